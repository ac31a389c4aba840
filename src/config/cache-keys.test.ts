import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../test/support/paths';
import {
  BODY_DATA_FILES,
  BODY_RENDER_ENTRY,
  bodyFingerprint,
  bodyKey,
  briefPagesKeyOf,
  bundleCode,
  PAGEFIND_PREPARE_ENTRY,
  pagefindSalt,
  workerFileName,
} from './cache-keys';

/** A copy of the project's source code (tests and fixtures left out), for edits that must not touch the project. */
let copy: string;
beforeAll(async () => {
  copy = await mkdtemp(join(tmpdir(), 'cache-keys-'));
  await cp(join(ROOT, 'src'), join(copy, 'src'), { recursive: true, filter: (path) => !path.startsWith(join(ROOT, 'src/test')) });
}, 60_000);
afterAll(async () => {
  await rm(copy, { recursive: true, force: true });
});

/** The copy's bundled code of `entry` after `edit` (a file below src/, a text to replace, its replacement); the copy is restored after. */
async function codeAfterEdit(entry: string, file: string, from: string, to: string): Promise<string> {
  const path = join(copy, 'src', file);
  const text = await readFile(path, 'utf8');
  if (!text.includes(from)) throw new Error(`edit did not apply to ${file}`);
  await writeFile(path, text.replace(from, to));
  try {
    return (await bundleCode(copy, entry)).code;
  } finally {
    await writeFile(path, text);
  }
}

// Bundling takes esbuild a fraction of a second, several seconds on a busy machine.
describe('the rendered-body key', { timeout: 30_000 }, () => {
  it('covers the source files the Markdown pipeline imports, and no others', async () => {
    const { inputs } = await bundleCode(ROOT, BODY_RENDER_ENTRY);
    expect(inputs).toEqual(
      expect.arrayContaining([
        'src/content/render-worker.ts',
        'src/markdown/pipeline.ts',
        'src/markdown/rehype-paragraph-ids.ts',
        'src/markdown/rehype-isolate-latin.ts',
        'src/markdown/rehype-glossary.ts',
        'src/content/glossary.ts',
        'src/i18n/en.ts',
        'src/i18n/ar.ts',
        'src/i18n/locales.ts',
      ]),
    );
    expect(inputs.filter((file) => /^src\/(citation|seo|routing|search|components|pages)\//.test(file))).toEqual([]);
  });

  it('changes with a string a plugin prints or a locale’s direction, and not with code no body imports', async () => {
    const before = (await bundleCode(copy, BODY_RENDER_ENTRY)).code;
    expect(await codeAfterEdit(BODY_RENDER_ENTRY, 'i18n/en.ts', "'Link to paragraph {n}'", "'Permalink to paragraph {n}'")).not.toBe(before);
    expect(await codeAfterEdit(BODY_RENDER_ENTRY, 'i18n/locales.ts', "dir: 'rtl'", "dir: 'ltr'")).not.toBe(before);
    expect(await codeAfterEdit(BODY_RENDER_ENTRY, 'markdown/rehype-isolate-latin.ts', "'bdi', 'bdo'", "'bdo'")).not.toBe(before);
    expect(await codeAfterEdit(BODY_RENDER_ENTRY, 'citation/formats.ts', 'Pure citation formatters', 'Citation formatters')).toBe(before);
    expect(await codeAfterEdit(BODY_RENDER_ENTRY, 'seo/sitemap.ts', "from '../routing/urls';", "from '../routing/urls';\nexport const unrelated = 1;")).toBe(before);
  });

  it('changes with each shared input: the code, the Markdown settings, the glossary and the lock file', () => {
    const inputs = { code: 'code', markdown: { smartypants: false }, data: ['glossary', 'lock'] };
    const key = bodyFingerprint(inputs);
    expect(bodyFingerprint({ ...inputs })).toBe(key);
    expect(bodyFingerprint({ ...inputs, code: 'code2' })).not.toBe(key);
    expect(bodyFingerprint({ ...inputs, markdown: { smartypants: true } })).not.toBe(key);
    expect(bodyFingerprint({ ...inputs, data: ['glossary2', 'lock'] })).not.toBe(key);
    expect(bodyFingerprint({ ...inputs, data: ['glossary', 'lock2'] })).not.toBe(key);
    expect(BODY_DATA_FILES).toEqual([expect.stringMatching(/glossary\.yaml$/), 'package-lock.json']);
  });

  it('changes with the edition’s id and text', () => {
    const key = bodyKey('f', 'x/en', 'Text.');
    expect(bodyKey('f', 'x/en', 'Text.')).toBe(key);
    expect(bodyKey('g', 'x/en', 'Text.')).not.toBe(key);
    expect(bodyKey('f', 'x/ar', 'Text.')).not.toBe(key);
    expect(bodyKey('f', 'x/en', 'Text!')).not.toBe(key);
  });
});

describe('the search index parts’ salt', { timeout: 30_000 }, () => {
  it('changes with Pagefind’s version, its options and the code preparing pages, and not with other code', async () => {
    const before = (await bundleCode(copy, PAGEFIND_PREPARE_ENTRY)).code;
    const salt = (prepareCode: string) => pagefindSalt({ pagefind: '1.6.0', options: {}, prepareCode });
    expect(salt(await codeAfterEdit(PAGEFIND_PREPARE_ENTRY, 'search/word-breaks.ts', "const BREAK = '\\u200A\\u2060'", "const BREAK = '\\u2009\\u2060'"))).not.toBe(salt(before));
    expect(salt(await codeAfterEdit(PAGEFIND_PREPARE_ENTRY, 'integrations/pagefind/prepare-page.ts', '/^h[1-6]$/i', '/^h[1-3]$/i'))).not.toBe(salt(before));
    expect(salt(await codeAfterEdit(PAGEFIND_PREPARE_ENTRY, 'i18n/en.ts', "'Link to paragraph {n}'", "'Permalink to paragraph {n}'"))).toBe(salt(before));
    expect(pagefindSalt({ pagefind: '1.6.1', options: {}, prepareCode: before })).not.toBe(salt(before));
    expect(pagefindSalt({ pagefind: '1.6.0', options: { forceLanguage: 'en' }, prepareCode: before })).not.toBe(salt(before));
  });
});

describe('the render worker’s bundle', () => {
  it('is kept under a name that changes with its code', () => {
    expect(workerFileName('a')).toBe(workerFileName('a'));
    expect(workerFileName('a')).not.toBe(workerFileName('b'));
  });
});

describe('the brief pages’ key', () => {
  const entry = (collection: string, id: string, data: object, digest?: string) => ({ collection, id, data, ...(digest ? { digest } : {}) });
  /** A library of one brief in two editions, by one author, with one publisher, recommended item and topic; `change` alters one entry. */
  const library = (change: { collection: string; id: string } | undefined = undefined) => {
    const changed = (e: ReturnType<typeof entry>) => (change?.collection === e.collection && change.id === e.id ? { ...e, digest: 'edited', data: { ...e.data, edited: true } } : e);
    const briefData = { authors: ['jane'], source: { publisher: 'pub' }, recommended: ['rec'], topics: ['iraq'] };
    return {
      briefLocales: () => ['en', 'ar'] as const,
      brief: (slug: string, locale: string) => ({ entry: changed(entry('briefs', `${slug}/${locale}`, briefData, `b-${locale}`)) }),
      author: (slug: string, locale: string) => (slug === 'jane' ? { entry: changed(entry('authors', `${slug}/${locale}`, { profile: { publisher: 'pub2' } }, `a-${locale}`)) } : undefined),
      publisher: (id: string) => changed(entry('publishers', id, { name: id })),
      recommended: (id: string) => changed(entry('recommended', id, { publisher: 'pub' })),
      topic: (id: string) => changed(entry('topics', id, { en: id })),
    } as unknown as Parameters<typeof briefPagesKeyOf>[0];
  };
  const key = briefPagesKeyOf(library(), 'x', 'script');

  it.each([
    ['the other edition', 'briefs', 'x/ar'],
    ['an author’s page in the other language', 'authors', 'jane/ar'],
    ['the publisher', 'publishers', 'pub'],
    ['the publisher of the author’s profile', 'publishers', 'pub2'],
    ['a recommended item', 'recommended', 'rec'],
    ['a topic', 'topics', 'iraq'],
  ])('changes with %s', (_, collection, id) => {
    expect(briefPagesKeyOf(library({ collection, id }), 'x', 'script')).not.toBe(key);
  });

  it('changes with the inline script, and not with entries the pages do not show', () => {
    expect(briefPagesKeyOf(library(), 'x', 'script2')).not.toBe(key);
    expect(briefPagesKeyOf(library({ collection: 'authors', id: 'john/en' }), 'x', 'script')).toBe(key);
    expect(briefPagesKeyOf(library({ collection: 'topics', id: 'iran' }), 'x', 'script')).toBe(key);
  });
});
