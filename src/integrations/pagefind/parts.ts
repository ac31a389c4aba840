import { constants, existsSync } from 'node:fs';
import { copyFile, link, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { createDigest } from '../../util/digest';
import { PART_WORDS } from './lexicon';

/**
 * How the Pagefind integration splits a language's pages into parts and
 * keeps each part's index in the build cache. Pure helpers, apart from the
 * file system work their names say.
 */

/** Pagefind's entry file: the languages of an index, their hashes and page counts. */
export const ENTRY = 'pagefind-entry.json';

/** A 32-bit FNV-1a hash: cheap, stable across runs and platforms. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** Throws unless `partSize` is a whole number of pages, at least 1. */
export function checkPartSize(partSize: number): void {
  if (!Number.isInteger(partSize) || partSize < 1) throw new RangeError(`A search index part holds a whole number of pages, at least 1, not ${partSize}`);
}

/**
 * Splits `files` into `ceil(files / partSize)` parts by a hash of each path,
 * so a page stays in its part while the number of parts is unchanged: adding
 * or editing a brief changes one part, not every part after it in some
 * order. Parts hold about `partSize` pages (the hash spreads them evenly, not
 * exactly); empty parts are dropped. Each part's files are sorted.
 */
export function splitIntoParts(files: readonly string[], partSize: number): string[][] {
  checkPartSize(partSize);
  const count = Math.ceil(files.length / partSize);
  const parts = Array.from({ length: count }, (): string[] => []);
  for (const file of [...files].sort()) parts[fnv1a(file) % count]!.push(file);
  return parts.filter((part) => part.length > 0);
}

/**
 * The cache key of one part's index: a digest of `salt` (what else decides
 * the index: `pagefindSalt` in src/config/cache-keys.ts) and of every
 * file's path and contents, read from `root`. Equal keys mean Pagefind would
 * write the same files.
 */
export async function partDigest(root: string, files: readonly string[], salt: string): Promise<string> {
  const digest = createDigest().update(salt);
  for await (const [file, data] of readInOrder(root, files)) digest.update(file).update(data);
  return digest.finish();
}

/** Files read at once: reading a library's many small pages one by one waits on each (3× slower at 10,000 briefs). */
const READ_BATCH = 8;

/** `files` (relative to `root`) with their contents, in order, read a few at a time. */
async function* readInOrder(root: string, files: readonly string[]): AsyncGenerator<[string, Buffer]> {
  for (let i = 0; i < files.length; i += READ_BATCH) {
    const batch = files.slice(i, i + READ_BATCH);
    const contents = await Promise.all(batch.map((file) => readFile(join(root, file))));
    for (const [j, file] of batch.entries()) yield [file, contents[j]!];
  }
}

/**
 * Puts `files` (relative to `from`) at the same paths below `to`, as hard
 * links where the file system allows (no copy of the data), else as copies.
 * Used both to stage a part's pages for Pagefind and to put a cached index
 * into the site; neither side is written to afterwards. A file already at
 * its path in `to` is kept, never written over: it may be a link into the
 * cache, and the only files two parts share are Pagefind's scripts, the same
 * for every part (index files are named by their contents' hash).
 */
export async function linkFiles(from: string, to: string, files: readonly string[]): Promise<void> {
  const folders = new Set<string>();
  for (const file of files) {
    const target = join(to, file);
    const folder = dirname(target);
    if (!folders.has(folder)) {
      await mkdir(folder, { recursive: true });
      folders.add(folder);
    }
    try {
      await link(join(from, file), target);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') continue;
      // Another file system, or one without hard links: copy, still never over an existing file.
      await copyFile(join(from, file), target, constants.COPYFILE_EXCL).catch((copyError: NodeJS.ErrnoException) => {
        if (copyError.code !== 'EEXIST') throw copyError;
      });
    }
  }
}

/**
 * Puts a part's pages (`files`, relative to `from`) at the same paths below
 * `to` for Pagefind to read: a page `prepare` leaves unchanged is linked
 * (`linkFiles`), a changed one is written there, so the site's own pages
 * are never written to.
 */
export async function stagePages(from: string, to: string, files: readonly string[], prepare: (html: string) => string): Promise<void> {
  const unchanged: string[] = [];
  for await (const [file, data] of readInOrder(from, files)) {
    const html = data.toString('utf8');
    const prepared = prepare(html);
    if (prepared === html) {
      unchanged.push(file);
      continue;
    }
    await mkdir(dirname(join(to, file)), { recursive: true });
    await writeFile(join(to, file), prepared);
  }
  await linkFiles(from, to, unchanged);
}

/** Files and folders Pagefind writes that hold one index's data; the rest (scripts, styles, wasm) are the same for every index. */
export function isIndexData(name: string): boolean {
  return name === ENTRY || name.endsWith('.pf_meta') || ['index', 'fragment', 'filter'].includes(name);
}

/**
 * Puts a part's Pagefind output from the cache into the site, as links to
 * the cached files: all of it for the first part, which the browser loads
 * Pagefind's scripts from, the index data alone for the others. Files of
 * other languages' parts already in `to` are kept (each file name carries
 * its index's hash). The entry file is left out: the caller writes the
 * merged entry of all languages, which must not write through a link into
 * the cache, and so are the part's counted words (`PART_WORDS`), which only
 * the build reads.
 */
export async function copyPart(cached: string, to: string, withScripts: boolean): Promise<void> {
  const entries = await readdir(cached, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(cached, join(entry.parentPath, entry.name)))
    .filter((file) => file !== ENTRY && file !== PART_WORDS && (withScripts || isIndexData(file.split(sep)[0]!)));
  await linkFiles(cached, to, files);
}

/**
 * Removes every cached part not named in `keep` (indexes of pages that are
 * gone or changed). The entry file goes first: a removal cut short leaves a
 * folder without one, which no build reuses.
 */
export async function pruneParts(cacheRoot: string, keep: ReadonlySet<string>): Promise<void> {
  if (!existsSync(cacheRoot)) return;
  for (const name of await readdir(cacheRoot)) {
    if (keep.has(name)) continue;
    await rm(join(cacheRoot, name, ENTRY), { force: true });
    await rm(join(cacheRoot, name), { recursive: true, force: true });
  }
}
