import type { AstroIntegrationLogger } from 'astro';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ROOT } from '../../test/support/paths';
import pagefind, { mergeEntries, type PagefindApi } from './index';
import { PART_WORDS } from './lexicon';

const GLOBS = { en: 'briefs/*/index.html', ar: 'ar/briefs/*/index.html' };
let root: string;
let site: string;
let cache: string;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'pagefind-'));
  site = join(root, 'dist');
  cache = join(root, 'cache');
  await writePages(['a', 'b', 'c']);
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

async function writePage(path: string, text: string) {
  await mkdir(dirname(join(site, path)), { recursive: true });
  await writeFile(join(site, path), text);
}

async function writePages(slugs: readonly string[]) {
  for (const slug of slugs) {
    await writePage(`briefs/${slug}/index.html`, `<p>${slug}</p>`);
    await writePage(`ar/briefs/${slug}/index.html`, `<p>ar ${slug}</p>`);
  }
}

const entry = (languages: Record<string, number>) => ({
  version: '1.6.0',
  languages: Object.fromEntries(Object.entries(languages).map(([lang, pages]) => [lang, { hash: `${lang}_${pages}`, wasm: lang, page_count: pages }])),
  include_characters: ['_'],
});

/**
 * A stand-in for Pagefind: an index counts the pages in the folder it is
 * given, names their language from their path (or `language`), and writes
 * an entry, index data (a fragment whose text is its pages' paths) and a
 * script.
 */
function fakeApi(overrides: { create?: string[]; add?: string[]; pages?: number; write?: string[]; language?: string } = {}) {
  const added: string[][] = [];
  const createIndex = vi.fn(async () => {
    let pages: string[] = [];
    const index = {
      addDirectory: vi.fn(async ({ path }: { path: string }) => {
        pages = (await readdir(path, { recursive: true })).filter((name) => name.endsWith('.html')).sort();
        added.push(pages);
        return { errors: overrides.add ?? [], page_count: overrides.pages ?? pages.length };
      }),
      writeFiles: vi.fn(async ({ outputPath }: { outputPath: string }) => {
        const language = overrides.language ?? (pages[0]?.startsWith('ar/') ? 'ar' : 'en');
        await mkdir(join(outputPath, 'fragment'), { recursive: true });
        await writeFile(join(outputPath, 'pagefind-entry.json'), JSON.stringify(entry({ [language]: pages.length })));
        await writeFile(join(outputPath, `pagefind.${language}_${pages.length}.pf_meta`), pages.join());
        // A fragment as Pagefind writes one: gzip, a signature, the page's text as JSON (here, its pages' paths).
        const fragment = gzipSync(`pagefind_dcd${JSON.stringify({ url: pages[0], content: pages.join(' ') })}`);
        await writeFile(join(outputPath, 'fragment', `${language}_${pages.join('-').replaceAll('/', '_')}.pf_fragment`), fragment);
        await writeFile(join(outputPath, 'pagefind.js'), '// the same script for every index');
        return { errors: overrides.write ?? [], outputPath };
      }),
    };
    return { errors: overrides.create ?? [], index };
  });
  const api = { createIndex, close: vi.fn(async () => null) };
  return { api: api as unknown as PagefindApi & typeof api, added };
}

const logger = { info: vi.fn(), warn: vi.fn(), error: vi.fn() } as unknown as AstroIntegrationLogger;

async function runHook(api: PagefindApi, partSize?: number) {
  const integration = pagefind({ globs: GLOBS, cacheDir: cache, api, ...(partSize ? { partSize } : {}) });
  const setup = integration.hooks['astro:config:setup'] as (options: unknown) => void;
  // The project: the cache key covers its Pagefind version and the code that prepares pages.
  setup({ config: { root: pathToFileURL(ROOT) } });
  const hook = integration.hooks['astro:build:done'] as (options: unknown) => Promise<void>;
  await hook({ dir: pathToFileURL(`${site}/`), logger });
}

const readJson = async (path: string) => JSON.parse(await readFile(join(site, 'pagefind', path), 'utf8')) as unknown;

// Each build writes both languages' lexicon files too: on a busy machine that outlasts the 5 s default.
describe('the Pagefind integration', { timeout: 30_000 }, () => {
  it('indexes each language with a fresh Pagefind and writes one entry listing both', async () => {
    const { api, added } = fakeApi();
    await runHook(api);
    expect(added).toEqual([['briefs/a/index.html', 'briefs/b/index.html', 'briefs/c/index.html'], ['ar/briefs/a/index.html', 'ar/briefs/b/index.html', 'ar/briefs/c/index.html']]);
    expect(api.createIndex).toHaveBeenCalledTimes(2);
    expect(api.close).toHaveBeenCalledTimes(2);
    expect(await readJson('pagefind-entry.json')).toEqual(entry({ ar: 3, en: 3 }));
    expect(await readJson('parts.json')).toEqual({ en: 1, ar: 1 });
  });

  it('writes each language’s words, from all its parts, as a lexicon in files the search box can ask for', async () => {
    const { api } = fakeApi();
    await writePages(['d', 'e', 'f']);
    await runHook(api, 2);
    const words = async (language: string, shard: string) => ((await readJson(`lexicon/${language}/${shard}.json`)) as { words: [string, number, number][] }).words;
    // Every page's path has "briefs" (filed by its key "brfs") and "html", counted over every part.
    expect(await words('en', 'latin-62')).toEqual([['briefs', 6, 0]]);
    expect(await words('ar', 'latin-62')).toEqual([['briefs', 6, 0]]);
    expect((await words('en', 'latin-68')).find(([word]) => word === 'html')).toEqual(['html', 6, 0]);
    // Every shard is written, empty or not, so no lookup asks for a missing file.
    expect(await words('en', 'arabic-645')).toEqual([]);
    // The counted words stay in the cache, not in the site.
    expect(existsSync(join(site, 'pagefind', PART_WORDS))).toBe(false);
  });

  it('splits a language into parts of about partSize pages, each in its own folder, with the scripts in the first only', async () => {
    const { api, added } = fakeApi();
    await writePages(['d', 'e', 'f']);
    await runHook(api, 2);
    const parts = (await readJson('parts.json')) as Record<string, number>;
    expect(Object.keys(parts)).toEqual(['en', 'ar']);
    // At most ceil(6 / 2) parts, and the hash of these paths gives more than one.
    expect(parts['en']).toBeGreaterThan(1);
    expect(parts['en']).toBeLessThanOrEqual(3);
    // Every page is indexed once, in one part.
    expect(added.flat().sort()).toEqual(Object.values(GLOBS).flatMap((glob) => ['a', 'b', 'c', 'd', 'e', 'f'].map((slug) => glob.replace('*', slug))).sort());
    const folders = ['', ...Array.from({ length: Math.max(parts['en']!, parts['ar']!) - 1 }, (_, i) => `part-${i + 2}/`)];
    const pageCounts = await Promise.all(
      folders.map(async (folder) => Object.values(((await readJson(`${folder}pagefind-entry.json`)) as ReturnType<typeof entry>).languages).map((l) => l.page_count)),
    );
    expect(pageCounts.flat().reduce((a, b) => a + b)).toBe(12);
    expect(existsSync(join(site, 'pagefind/pagefind.js'))).toBe(true);
    expect(existsSync(join(site, 'pagefind/part-2/pagefind.js'))).toBe(false);
    expect((await readdir(join(site, 'pagefind/part-2/fragment'))).length).toBeGreaterThan(0);
    expect(existsSync(join(site, `pagefind/part-${folders.length + 1}`))).toBe(false);
  });

  it('reuses the index of every part whose pages are unchanged, and re-indexes a part whose page changed', async () => {
    await writePages(['d', 'e', 'f']);
    await runHook(fakeApi().api, 2);
    const before = [await readJson('parts.json'), await readJson('pagefind-entry.json')];
    const unchanged = fakeApi();
    await runHook(unchanged.api, 2);
    expect(unchanged.api.createIndex).not.toHaveBeenCalled();
    expect([await readJson('parts.json'), await readJson('pagefind-entry.json')]).toEqual(before);

    await writePage('briefs/e/index.html', '<p>e, edited</p>');
    const edited = fakeApi();
    await runHook(edited.api, 2);
    expect(edited.added).toHaveLength(1);
    expect(edited.added[0]).toContain('briefs/e/index.html');
    expect(edited.added[0]?.every((page) => page.startsWith('briefs/'))).toBe(true);
  });

  it('never writes into the cache through the links it puts in the site', async () => {
    await runHook(fakeApi().api);
    const cached = async () => {
      const files = (await readdir(cache, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile());
      return Promise.all(files.map(async (entry) => [join(entry.parentPath, entry.name), (await stat(join(entry.parentPath, entry.name))).mtimeMs]));
    };
    const before = await cached();
    // Both languages' first parts bring the same scripts into one folder.
    await runHook(fakeApi().api);
    expect(await cached()).toEqual(before);
  });

  it('drops from the cache the parts of pages that are gone', async () => {
    await runHook(fakeApi().api);
    await rm(join(site, 'briefs/c'), { recursive: true });
    await runHook(fakeApi().api);
    // One part per language, each under its digest: the old English part is gone.
    expect(await readdir(cache)).toHaveLength(2);
    expect(await readJson('pagefind-entry.json')).toEqual(entry({ ar: 3, en: 2 }));
  });

  it.each([
    ['createIndex', { create: ['bad config'] }, /createIndex failed:\n {2}bad config/],
    ['addDirectory', { add: ['unreadable file'] }, /addDirectory failed:\n {2}unreadable file/],
    ['addDirectory', { pages: 0 }, /no pages were indexed \(does any of briefs\/a\/index\.html and the rest carry data-pagefind-body/],
    ['writeFiles', { write: ['disk full'] }, /writeFiles failed:\n {2}disk full/],
  ])('fails the build when %s reports an error, still closes Pagefind, and caches nothing that failed', async (_, overrides, message) => {
    const { api } = fakeApi(overrides);
    await expect(runHook(api)).rejects.toThrow(message);
    expect(api.close).toHaveBeenCalledTimes(api.createIndex.mock.calls.length);
    const retry = fakeApi();
    await runHook(retry.api);
    expect(retry.api.createIndex).toHaveBeenCalledTimes(2);
  });

  it('fails the build when a glob matches pages of another language, or of two', async () => {
    await expect(runHook(fakeApi({ language: 'en' }).api)).rejects.toThrow(/ar\/briefs\/\*\/index\.html are not all in ar \(found en\)/);
    const mixed = fakeApi({ language: 'en' });
    mixed.api.createIndex.mockImplementationOnce(fakeApi({ language: 'de' }).api.createIndex);
    await expect(runHook(mixed.api, 1)).rejects.toThrow(/briefs\/\*\/index\.html are not all in en \(found de, en\)/);
  });

  it('gives a language with no pages no index, and counts its parts as 0', async () => {
    await rm(join(site, 'ar'), { recursive: true });
    const { api } = fakeApi();
    await runHook(api);
    expect(JSON.parse(await readFile(join(site, 'pagefind', 'parts.json'), 'utf8'))).toEqual({ en: 1, ar: 0 });
    expect(Object.keys(JSON.parse(await readFile(join(site, 'pagefind', 'pagefind-entry.json'), 'utf8')).languages)).toEqual(['en']);
  });

  it('refuses a part size that is not a whole number of pages', () => {
    expect(() => pagefind({ globs: GLOBS, cacheDir: cache, partSize: Number.NaN })).toThrow('whole number of pages, at least 1, not NaN');
    expect(() => pagefind({ globs: GLOBS, cacheDir: cache, partSize: 0 })).toThrow('not 0');
  });

  it('keeps the original error as the cause', async () => {
    const { api } = fakeApi();
    const failure = new Error('service crashed');
    api.createIndex.mockRejectedValueOnce(failure);
    const error = await runHook(api).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).cause).toBe(failure);
  });
});

describe('mergeEntries', () => {
  it('takes the first part as it is and adds later parts’ languages in order', () => {
    expect(mergeEntries(undefined, entry({ en: 2 }), 'x')).toEqual(entry({ en: 2 }));
    expect(Object.keys(mergeEntries(entry({ en: 2 }), entry({ ar: 2 }), 'x').languages)).toEqual(['ar', 'en']);
  });
});
