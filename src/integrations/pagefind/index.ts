import type { AstroIntegration } from 'astro';
import { existsSync } from 'node:fs';
import { glob, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
// Imported statically: the config's module runner is closed by the time
// `astro:build:done` runs, so a dynamic import there fails.
import * as pagefindApi from 'pagefind';
import { PARTS_FILE, partFolder, type PartCounts } from '../../search/parts';
import { preparePage } from './prepare-page';
import { bundleCode, PAGEFIND_PREPARE_ENTRY, pagefindSalt } from '../../config/cache-keys';
import { commonWords, mergeWordCounts, partWords, writeLexicon, type WordCounts } from './lexicon';
import { checkPartSize, copyPart, ENTRY, partDigest, pruneParts, splitIntoParts, stagePages } from './parts';

/** The parts of Pagefind's Node API this integration uses (mockable in tests). */
export interface PagefindApi {
  createIndex: typeof import('pagefind').createIndex;
  close: typeof import('pagefind').close;
}

/** What Pagefind writes to `pagefind-entry.json`: one entry per language index. */
interface PagefindEntry {
  version: string;
  languages: Record<string, { hash: string; wasm: string; page_count: number }>;
  include_characters?: string[];
}

/** Options given to Pagefind's `createIndex`; part of every cache key. */
const INDEX_OPTIONS = {};

/**
 * Pages per part. Pagefind holds about half a megabyte per Arabic page while
 * it writes, so a part of 4,000 pages needs about 2 GB beside the build's
 * own 1.5 GB at 10,000 briefs: under 4 GiB together. Parts are as large as
 * that allows because every part adds its own index chunks to each query.
 */
export const DEFAULT_PART_SIZE = 4000;

/**
 * Indexes the finished site with Pagefind's Node API at `astro:build:done`,
 * so `astro build` alone produces a searchable site in `<outDir>/pagefind/`.
 * Scope comes from the pages: `data-pagefind-body` on the article, one
 * index per `<html lang>`. Pagefind reads each page as built, except for a
 * break (a hair space and a word joiner) after each dash or other
 * punctuation that joins two words, so that each of them is found, and ids
 * on headings only, so a fragment holds the text once (./prepare-page.ts).
 *
 * `globs` (relative to the output folder) name the files that can carry a
 * body, one per index language (`<html lang>`): reading only those keeps
 * Pagefind from parsing every listing and citation page. A language whose
 * glob matches no page (a library with no Arabic edition yet) gets no index
 * and a count of 0 parts, which the search UI reads as "nothing here". Each language's files are split into
 * parts of about `partSize` pages (`splitIntoParts`), each indexed by a
 * fresh Pagefind process, so the build holds one part's index in memory at
 * a time, not the library's. Part 1 of every language is written to the
 * Pagefind folder, part n to its `part-n/` folder (src/search/parts.ts);
 * `parts.json` counts them for the browser, which merges them. Each
 * language's words, read back from its parts, are written as a lexicon
 * (`lexicon/<language>/`, ./lexicon.ts) that the search box respells a
 * query with.
 *
 * A part's index is kept in `cacheDir` under a digest of its pages
 * (`partDigest`), so a rebuild re-indexes only the parts whose pages
 * changed; parts no longer built are removed from the cache.
 *
 * Any Pagefind error fails the build.
 */
export default function pagefind({
  globs,
  cacheDir,
  partSize = DEFAULT_PART_SIZE,
  api = pagefindApi,
}: {
  /** Per index language, the glob of its pages. */
  globs: Readonly<Record<string, string>>;
  /** Absolute folder for the parts' indexes between builds. */
  cacheDir: string;
  /** Pages per part; `undefined` takes the default. */
  partSize?: number | undefined;
  api?: PagefindApi;
}): AstroIntegration {
  // At config time, not after the pages are built.
  checkPartSize(partSize);
  let root = '';
  return {
    name: 'pagefind',
    hooks: {
      'astro:config:setup': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const outputPath = join(outDir, 'pagefind');
        const started = performance.now();
        const fail: Run['fail'] = (step, errors) => {
          throw new Error(`Pagefind ${step} failed:\n  ${errors.join('\n  ')}`);
        };
        try {
          const prepareCode = (await bundleCode(root, PAGEFIND_PREPARE_ENTRY)).code;
          const salt = pagefindSalt({ pagefind: await pagefindVersion(root), options: INDEX_OPTIONS, prepareCode });
          const run: Run = { api, outDir, cacheDir, partSize, salt, used: new Set(), reused: 0, fail };
          await rm(outputPath, { recursive: true, force: true });
          const entries: PagefindEntry[] = [];
          const counts: PartCounts = {};
          let pages = 0;
          for (const [name, pattern] of Object.entries(globs)) {
            const language = await indexLanguage(run, name, pattern);
            counts[name] = language.parts.length;
            for (const [i, { cached, entry }] of language.parts.entries()) {
              await copyPart(cached, join(outputPath, partFolder(i + 1)), i === 0);
              entries[i] = mergeEntries(entries[i], entry, pattern);
              pages += entry.languages[name]!.page_count;
            }
            await writeLexicon(outputPath, name, language.words, commonWords());
          }
          for (const [i, entry] of entries.entries()) await writeFile(join(outputPath, partFolder(i + 1), ENTRY), JSON.stringify(entry));
          await writeFile(join(outputPath, PARTS_FILE), JSON.stringify(counts));
          await pruneParts(cacheDir, run.used);
          const seconds = ((performance.now() - started) / 1000).toFixed(1);
          const parts = Object.values(counts).reduce((sum, count) => sum + count, 0);
          const perLanguage = Object.entries(counts).map(([language, count]) => `${language}: ${count}`).join(', ');
          logger.info(`Indexed ${pages} pages into ${outputPath} in ${seconds} s (${parts} parts, ${perLanguage}; ${run.reused} unchanged since the last build)`);
        } catch (error) {
          throw new Error(`Search index not built: ${(error as Error).message}`, { cause: error });
        }
      },
    },
  };
}

/**
 * The installed Pagefind's version, which decides what it writes: a new one
 * re-indexes every part. Read from its package (its `exports` hide
 * `package.json` from `import`); where it is not installed at the project
 * root, the lock file stands in, so any dependency change re-indexes.
 */
async function pagefindVersion(root: string): Promise<string> {
  for (const file of ['node_modules/pagefind/package.json', 'package-lock.json']) {
    const path = join(root, file);
    if (!existsSync(path)) continue;
    const text = await readFile(path, 'utf8');
    return file === 'package-lock.json' ? text : (JSON.parse(text) as { version: string }).version;
  }
  return '';
}

/** One build's indexing: its settings, and the cache entries it used. */
interface Run {
  api: PagefindApi;
  outDir: string;
  cacheDir: string;
  partSize: number;
  /** What decides an index besides its pages (Pagefind's version, its options, how pages are prepared for it). */
  salt: string;
  /** Cache entries this build used; the others are pruned. */
  used: Set<string>;
  /** Parts found in the cache. */
  reused: number;
  fail: (step: string, errors: readonly string[]) => never;
}

/**
 * Indexes the files matching `pattern` in parts, or finds the parts in the
 * cache; checks they are all in the language `name`. No file, no part.
 */
async function indexLanguage(run: Run, name: string, pattern: string): Promise<{ parts: { cached: string; entry: PagefindEntry }[]; words: WordCounts }> {
  const files = (await Array.fromAsync(glob(pattern, { cwd: run.outDir }))).sort();
  const parts: { cached: string; entry: PagefindEntry }[] = [];
  const languages = new Set<string>();
  const words: WordCounts = new Map();
  for (const part of splitIntoParts(files, run.partSize)) {
    const digest = await partDigest(run.outDir, part, run.salt);
    const cached = join(run.cacheDir, digest);
    run.used.add(digest);
    if (existsSync(join(cached, ENTRY))) run.reused++;
    else await indexPart(run.api, run.outDir, part, cached, run.fail);
    const entry = JSON.parse(await readFile(join(cached, ENTRY), 'utf8')) as PagefindEntry;
    for (const language of Object.keys(entry.languages)) languages.add(language);
    mergeWordCounts(words, await partWords(cached));
    parts.push({ cached, entry });
  }
  if (languages.size > 1 || (languages.size === 1 && !languages.has(name))) {
    run.fail('indexing', [`the pages matching ${pattern} are not all in ${name} (found ${[...languages].sort().join(', ')}); give each language its own glob`]);
  }
  return { parts, words };
}

/**
 * Indexes one part's `files` (relative to `outDir`) with a fresh Pagefind
 * process and writes the index to `to`, whole or not at all: it is written
 * beside `to` and renamed into place, so an interrupted build leaves no
 * half-written part for the next build to reuse.
 */
async function indexPart(api: PagefindApi, outDir: string, files: readonly string[], to: string, fail: Run['fail']) {
  const stage = `${to}.pages`;
  const written = `${to}.writing`;
  await rm(stage, { recursive: true, force: true });
  await rm(written, { recursive: true, force: true });
  try {
    await stagePages(outDir, stage, files, preparePage);
    const { index, errors } = await api.createIndex(INDEX_OPTIONS);
    if (!index || errors.length > 0) fail('createIndex', errors);
    const added = await index!.addDirectory({ path: stage });
    if (added.errors.length > 0) fail('addDirectory', added.errors);
    if (added.page_count === 0) fail('addDirectory', [`no pages were indexed (does any of ${files[0]} and the rest carry data-pagefind-body?)`]);
    const result = await index!.writeFiles({ outputPath: written });
    if (result.errors.length > 0) fail('writeFiles', result.errors);
    await rename(written, to);
  } finally {
    // Ends the Pagefind process, and with it the memory its index held. Settled, not awaited
    // one by one: a failure here must not hide Pagefind's own error, and leftovers are only
    // folders no build reads (no entry file in place).
    await Promise.allSettled([api.close(), rm(stage, { recursive: true, force: true }), rm(written, { recursive: true, force: true })]);
  }
}

/** Adds one part's languages to the entry so far; a language indexed by two parts would lose one of them. */
export function mergeEntries(sofar: PagefindEntry | undefined, part: PagefindEntry, glob: string): PagefindEntry {
  if (!sofar) return part;
  const repeated = Object.keys(part.languages).filter((language) => language in sofar.languages);
  if (repeated.length > 0) {
    throw new Error(`Pagefind found ${repeated.join(', ')} pages in more than one part (the last was ${glob}); give each language one glob`);
  }
  const languages = Object.fromEntries(Object.entries({ ...sofar.languages, ...part.languages }).sort(([a], [b]) => a.localeCompare(b)));
  return { ...sofar, languages };
}
