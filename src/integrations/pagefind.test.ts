import type { AstroIntegrationLogger } from 'astro';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import pagefind, { mergeEntries, type PagefindApi } from './pagefind';

const GLOBS = ['briefs/*/index.html', 'ar/briefs/*/index.html'];
let site: string;

beforeEach(async () => {
  site = `${await mkdtemp(join(tmpdir(), 'pagefind-'))}/`;
});
afterEach(async () => {
  await rm(site, { recursive: true, force: true });
});

const entry = (...languages: string[]) => ({
  version: '1.6.0',
  languages: Object.fromEntries(languages.map((lang) => [lang, { hash: `${lang}_1`, wasm: lang, page_count: 2 }])),
  include_characters: ['_'],
});

/** A stand-in for Pagefind: each part writes an entry file naming the language of its glob. */
function fakeApi(overrides: { create?: string[]; add?: string[]; pages?: number; write?: string[]; language?: (glob: string) => string } = {}) {
  let glob = '';
  const language = overrides.language ?? ((g: string) => (g.startsWith('ar/') ? 'ar' : 'en'));
  const index = {
    addDirectory: vi.fn(async (options: { path: string; glob: string }) => {
      glob = options.glob;
      return { errors: overrides.add ?? [], page_count: overrides.pages ?? 2 };
    }),
    writeFiles: vi.fn(async ({ outputPath }: { outputPath: string }) => {
      await mkdir(outputPath, { recursive: true });
      await writeFile(join(outputPath, 'pagefind-entry.json'), JSON.stringify(entry(language(glob))));
      return { errors: overrides.write ?? [], outputPath };
    }),
  };
  const api = {
    createIndex: vi.fn(async () => ({ errors: overrides.create ?? [], index })),
    close: vi.fn(async () => null),
  };
  return { api: api as unknown as PagefindApi & typeof api, index };
}

const logger = { info: vi.fn(), warn: vi.fn(), error: vi.fn() } as unknown as AstroIntegrationLogger;

async function runHook(api: PagefindApi) {
  const hook = pagefind({ globs: GLOBS, api }).hooks['astro:build:done'] as (options: unknown) => Promise<void>;
  await hook({ dir: pathToFileURL(site), logger });
}

describe('the Pagefind integration', () => {
  it('indexes each glob in turn with a fresh Pagefind, writing into the output folder', async () => {
    const { api, index } = fakeApi();
    await runHook(api);
    expect(index.addDirectory.mock.calls).toEqual(GLOBS.map((glob) => [{ path: site, glob }]));
    expect(index.writeFiles).toHaveBeenCalledWith({ outputPath: `${site}pagefind` });
    expect(api.createIndex).toHaveBeenCalledTimes(2);
    expect(api.close).toHaveBeenCalledTimes(2);
  });

  it('leaves one entry file that lists every part’s language', async () => {
    const { api } = fakeApi();
    await runHook(api);
    expect(JSON.parse(await readFile(`${site}pagefind/pagefind-entry.json`, 'utf8'))).toEqual(entry('ar', 'en'));
  });

  it.each([
    ['createIndex', { create: ['bad config'] }, /createIndex failed:\n {2}bad config/],
    ['addDirectory', { add: ['unreadable file'] }, /addDirectory failed:\n {2}unreadable file/],
    ['addDirectory', { pages: 0 }, /no pages were indexed \(does any file matching briefs\/\*\/index\.html carry/],
    ['writeFiles', { write: ['disk full'] }, /writeFiles failed:\n {2}disk full/],
    ['a second part', { language: () => 'en' }, /en pages in more than one part \(the last was ar\/briefs\/\*\/index\.html\)/],
  ])('fails the build when %s reports an error, and still closes Pagefind', async (_, overrides, message) => {
    const { api } = fakeApi(overrides);
    await expect(runHook(api)).rejects.toThrow(message);
    expect(api.close).toHaveBeenCalledTimes(api.createIndex.mock.calls.length);
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
    expect(mergeEntries(undefined, entry('en'), 'x')).toEqual(entry('en'));
    expect(Object.keys(mergeEntries(entry('en'), entry('ar'), 'x').languages)).toEqual(['ar', 'en']);
  });
});
