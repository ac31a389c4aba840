import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { build } from 'esbuild';
import type { Library } from '../content/library';
import { localeCodes } from '../i18n/locales';
import { digest } from '../util/digest';
import { contentDir } from './content-dir';

/**
 * Every cache the build keeps between builds, and what its key covers. A key
 * covers exactly what its output depends on: a change to any input gives a
 * new key (the output is made again), a change to anything else keeps it
 * (the cached output is served). The README's "Builds and caches" table
 * says the same for readers.
 *
 * | Cache | Kept in | Key covers |
 * | --- | --- | --- |
 * | Rendered bodies (`content/body-store.ts`) | `<cache>/bodies/briefs/` | `bodyKey`: the edition file (its id and text); the render code (`BODY_RENDER_ENTRY` as esbuild bundles it: every source file the Markdown pipeline imports, nothing else); Astro's Markdown settings; `BODY_DATA_FILES` (the glossary; the lock file, for the packages' versions) |
 * | Brief pages (Astro's incremental build, `routing/page-keys.ts`) | Astro's cache | Astro: the page's module graph. `briefPagesKeyOf`: the store digest (`bodyKey`) of every edition shown, its authors' pages, publishers, recommended items and topics; the inline script's bundled code |
 * | Search index parts (`integrations/pagefind/`) | `<cache>/pagefind/` | `partDigest` (`integrations/pagefind/parts.ts`): the part's pages (paths and bytes) and `pagefindSalt`: Pagefind's version, its options, and the code that prepares pages for it (`PAGEFIND_PREPARE_ENTRY` bundled) |
 * | Render worker bundle (`content/render-pool.ts`) | `node_modules/.cache/markdown-worker/` | `workerFileName`: the bundled code it runs |
 *
 * Listings, feeds and the sitemap are always rendered; Astro's own content
 * store is cleared by Astro whenever its config changes (bodies are kept:
 * their keys do not name the config).
 */

/** Code bundled the way the build runs it, and the project's source files it was made from. */
export interface CodeBundle {
  /** The bundle's text; packages stay imports (their versions are in the lock file). */
  code: string;
  /** Project files the bundle contains, relative to the root, sorted. */
  inputs: string[];
}

/**
 * Bundles `entry` (from `root`) for Node with esbuild, packages left as
 * imports. Its code is what a key depending on that module's behaviour
 * covers: an edit to any file it imports changes it (comments and types
 * aside), an edit to a file it does not import cannot.
 */
export async function bundleCode(root: string, entry: string): Promise<CodeBundle> {
  const result = await build({
    entryPoints: [resolve(root, entry)],
    absWorkingDir: root,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    packages: 'external',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]?.text;
  if (code === undefined) throw new Error(`esbuild produced no bundle for ${entry}`);
  return { code, inputs: Object.keys(result.metafile.inputs).sort() };
}

/** The module the render workers run: the Markdown pipeline and the facts derived from its output. */
export const BODY_RENDER_ENTRY = 'src/content/render-worker.ts';

/** Files (from the root) a body's rendering reads besides its own file and code: the glossary, and the lock file for the plugins' versions. */
export const BODY_DATA_FILES: readonly string[] = [`${contentDir}/glossary.yaml`, 'package-lock.json'];

/** Everything every body's rendering shares. */
export interface BodyRenderInputs {
  /** The render worker's bundled code (`bundleCode(root, BODY_RENDER_ENTRY)`). */
  code: string;
  /** The Markdown settings Astro hands the processor (`config.markdown`'s shared part). */
  markdown: unknown;
  /** The text of each of `BODY_DATA_FILES`, in order; a missing file is empty. */
  data: readonly string[];
}

/** The part of every body key that all bodies share. */
export function bodyFingerprint({ code, markdown, data }: BodyRenderInputs): string {
  return digest(['bodies', code, markdown, ...data]);
}

/** Reads `BODY_DATA_FILES` below `root`, for `bodyFingerprint`. */
export function readBodyData(root: string): Promise<string[]> {
  return Promise.all(BODY_DATA_FILES.map((file) => readFile(resolve(root, file), 'utf8').catch(() => '')));
}

/**
 * The key of one edition's rendered body, and its version in the content
 * store: the shared fingerprint, the id (a plugin reads the locale from the
 * file name) and the file's text.
 */
export function bodyKey(fingerprint: string, id: string, contents: string): string {
  return digest([fingerprint, id, contents]);
}

/** A content entry as the page key reads it: Astro's glob loaders keep a digest of its file, `file()` loaders none. */
interface VersionedEntry {
  collection: string;
  id: string;
  digest?: string | number | undefined;
  data: unknown;
}

/** One content entry's current version: its store digest (for a brief, its `bodyKey`), or for an entry of a YAML list a digest of its data. */
const version = (entry: VersionedEntry) => `${entry.collection}/${entry.id}@${entry.digest ?? digest([entry.data])}`;

/**
 * The key of every page built from one brief (its editions, side-by-side
 * views and citation files), beside Astro's digest of the page's code: all
 * its editions, their authors' pages in every language, the publishers, the
 * recommended items and the topics they name, and `script` (the inline
 * script every page carries, bundled outside Astro's module graph).
 */
export function briefPagesKeyOf(
  library: Pick<Library, 'brief' | 'briefLocales' | 'author' | 'publisher' | 'recommended' | 'topic'>,
  slug: string,
  script: string,
): string {
  const parts = new Set<string>();
  for (const locale of library.briefLocales(slug)) {
    const { entry } = library.brief(slug, locale)!;
    const { data } = entry;
    parts.add(version(entry));
    for (const author of data.authors) {
      for (const other of localeCodes) {
        const page = library.author(author, other);
        if (!page) continue;
        parts.add(version(page.entry));
        const profile = page.entry.data.profile;
        if (profile) parts.add(version(library.publisher(profile.publisher)));
      }
    }
    parts.add(version(library.publisher(data.source.publisher)));
    for (const id of data.recommended) {
      const item = library.recommended(id);
      parts.add(version(item));
      parts.add(version(library.publisher(item.data.publisher)));
    }
    for (const id of data.topics) parts.add(version(library.topic(id)));
  }
  return digest(['pages', ...parts, script]);
}

/** The module that prepares pages for Pagefind (`preparePage`). */
export const PAGEFIND_PREPARE_ENTRY = 'src/integrations/pagefind/prepare-page.ts';

/** What decides every part's index besides its pages. */
export function pagefindSalt(inputs: { pagefind: string; options: unknown; prepareCode: string }): string {
  return digest(['pagefind', inputs.pagefind, inputs.options, inputs.prepareCode]);
}

/** The name the render worker's bundle is kept under: one file per version of its code. */
export const workerFileName = (code: string) => `${digest([code]).slice(0, 16)}.mjs`;
