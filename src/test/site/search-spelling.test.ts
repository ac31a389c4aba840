import { cp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { stemmer as stemArabic } from '@orama/stemmers/arabic';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findWithRespelling, searchIndex, type Found, type SearchableIndex } from '../../search/find';
import { astroBuild } from '../support/build';
import { loadPagefind } from '../support/pagefind-node';
import { buildWorkdir } from '../support/workdir';

/**
 * The search box's matching and respelling (src/search/find.ts, the code
 * the browser runs) on the built index of a fixture library whose words are
 * made up for each rule, so the rules are shown to be general: the brief
 * `names` (src/test/fixtures/spellings/) writes each name one way, and the
 * queries write it another.
 */
const LIBRARY = new URL('../fixtures/library/', import.meta.url).pathname;
const SPELLINGS = new URL('../fixtures/spellings/', import.meta.url).pathname;
const EN = '/briefs/names/';
const AR = '/ar/briefs/names/';
const LIMIT = 8;

let dir: string;
const editions: Record<'en' | 'ar', (query: string) => Promise<Found>> = {} as never;

beforeAll(async () => {
  dir = await buildWorkdir('search-spelling-');
  const content = join(dir, 'content');
  await cp(LIBRARY, content, { recursive: true });
  await cp(SPELLINGS, content, { recursive: true });
  const dist = join(dir, 'dist');
  const { code, output } = await astroBuild({ CONTENT_DIR: content, OUT_DIR: dist, CACHE_DIR: join(dir, 'cache') });
  if (code !== 0) throw new Error(output);
  for (const [language, stem] of [['en', undefined], ['ar', stemArabic]] as const) {
    const index = (await loadPagefind(`${dist}/`, language)) as unknown as SearchableIndex;
    const loadLatinStemmer = async () => (await import('../../search/respell')).stemEnglish;
    const search = (query: string, filters: Record<string, string>) => searchIndex(index, query, { filters, limit: LIMIT, loadLatinStemmer, ...(stem && { stem }) });
    editions[language] = (query) =>
      findWithRespelling(search, () => import('../../search/respell'), query, {
        filters: {},
        isStale: () => false,
        base: pathToFileURL(join(dist, 'pagefind/')).href,
        language,
        limit: LIMIT,
      });
  }
}, 180_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const urls = (found: Found) => found.results.map((result) => result.url);

/** Expects `query` to find the brief in `language`'s edition as typed, with nothing searched instead. */
async function findsAsTyped(language: 'en' | 'ar', query: string) {
  const found = await editions[language](query);
  expect(urls(found), query).toEqual([language === 'en' ? EN : AR]);
  expect(found.instead, query).toEqual([]);
}

/** Expects `query` to find nothing in `language`'s edition, and nothing to be searched instead. */
async function findsNothing(language: 'en' | 'ar', query: string) {
  const found = await editions[language](query);
  expect(urls(found), query).toEqual([]);
  expect(found.instead, query).toEqual([]);
  return found;
}

describe('hyphenated compounds', () => {
  it.each(['Sharqawi', 'al-Sharqawi', 'sponsored', 'Tehran'])('"%s" finds the compound it is part of', (query) => findsAsTyped('en', query));
  it('a longer word that only starts like a part still finds nothing ("portside", with "port" in the text)', () => findsNothing('en', 'portside'));
});

describe('stems', () => {
  it.each([
    ['ferries', 'ferry'],
    ['lorry', 'lorries'],
    ['study', 'studies'],
  ])('"%s" finds "%s", another form of it', (query) => findsAsTyped('en', query));
});

describe('transliterations of names', () => {
  it.each([
    ['dh/z', 'Muzafi', 'Mudhafi'],
    ['th/z', 'Baziqa', 'Bathiqa'],
    ['e/i (Hizb/Hezb)', 'Hizbiyun', 'Hezbiyun'],
    ['ou/u', 'Nuriyan', 'Nouriyan'],
    ['doubled letters', 'Hasumi', 'Hassoumi'],
    ['el- for al-', 'el-Sharqawi', 'Sharqawi'],
    ['as- for al-', 'as-Sharqawi', 'Sharqawi'],
    ['the article written on', 'Alsharqawi', 'Sharqawi'],
    ['-a for -ah', 'Zubaida', 'Zubaydah'],
    ['k for q', 'Karmani', 'Qarmani'],
    ['‘ for an apostrophe', 'Ja‘farawi', "Ja'farawi"],
    ['no apostrophe', 'Jafarawi', "Ja'farawi"],
  ])('%s: "%s" finds the brief, as "%s"', async (_, query, written) => {
    const found = await editions.en(query);
    expect(urls(found), query).toEqual([EN]);
    // Found as typed, or searched as the library writes the name.
    if (found.instead.length > 0) expect(found.instead.join(' ').toLowerCase()).toContain(written.toLowerCase().replace(/['‘]/g, ''));
  });

  it('says which spelling it searched for, and keeps the rest of the query', async () => {
    const found = await editions.en('Muzafi envoy');
    expect(found.instead).toEqual(['Mudhafi envoy']);
    expect(urls(found)).toEqual([EN]);
  });

  it.each([
    ['a name the library writes as one word, typed as two words', 'Zahra al-Din', 'Zahraldin'],
    ['a name the library writes as one word, typed as two words, the article another way', 'Zahra el-Din', 'Zahraldin'],
    ['a name the library writes as one word, typed hyphenated', 'Zahra-al-Din', 'Zahraldin'],
    ['two names the library writes apart, typed as one word', 'Abdulvarzani', 'Abdul Varzani'],
    ['two names the library writes apart, typed as one word another way', 'Abdelvarzany', 'Abdul Varzani'],
  ])('%s: "%s" is searched as "%s"', async (_, query, written) => {
    const found = await editions.en(query);
    expect(found.instead).toEqual([written]);
    expect(urls(found)).toEqual([EN]);
  });

  it('keeps the words around a name it joins', async () => {
    expect((await editions.en('minister Zahra al-Din')).instead).toEqual(['minister Zahraldin']);
  });

  it.each([
    ['th/z, another consonant ("Bakiqa", Bathiqa)', 'Bakiqa'],
    ['e/i, another ending ("Hizbiyat", Hezbiyun)', 'Hizbiyat'],
    ['ou/u, another ending ("Nuriyat", Nouriyan)', 'Nuriyat'],
    ['doubled letters, another ending ("Hasumin", Hassoumi)', 'Hasumin'],
    ['the article, another name after it ("al-Shirwani", al-Sharqawi)', 'al-Shirwani'],
    ['-a/-ah, other letters ("Zibaidat", Zubaydah)', 'Zibaidat'],
    ['‘ for an apostrophe, another consonant ("Ja‘dawi", Ja\'farawi)', 'Ja‘dawi'],
    ['stems, a longer word that only starts like one ("ferryboat", ferry)', 'ferryboat'],
  ])('leaves alone a near name or word, one per rule: %s', async (_, query) => {
    await findsNothing('en', query);
  });

  it.each([
    ['a common English word that folds like a name ("modify", Mudhafi)', 'modify'],
    ['the parts of a name the library writes as one word, in another order ("Din Zahra", Zahraldin)', 'Din Zahra'],
    ['two names the library writes apart, typed as one in another order ("Varzaniabdul", Abdul Varzani)', 'Varzaniabdul'],
    ['a name with another consonant ("Kazmani", Qarmani)', 'Kazmani'],
  ])('leaves alone %s', async (_, query) => {
    await findsNothing('en', query);
  });
});

describe('slips', () => {
  it.each([
    ['a swap of two letters', 'Zentorva', 'Zentrova'],
    ['a missing letter', 'Zentrva', 'Zentrova'],
    ['two edits in a long word', 'Quorvendal', 'Quorvandel'],
  ])('%s: "%s" is searched as "%s"', async (_, query, meant) => {
    const found = await editions.en(query);
    expect(found.instead).toEqual([meant]);
    expect(urls(found)).toEqual([EN]);
  });

  it('never turns a common word into another word: "gavel" is not searched as "gravel", only offered it', async () => {
    const found = await findsNothing('en', 'gavel');
    expect(found.closest).toEqual(['gravel']);
  });

  it('offers whole queries, with every word that found nothing respelled', async () => {
    // "gavel" is only offered "gravel", so "gavel Zentrva" finds nothing even as "gavel Zentrova".
    expect((await findsNothing('en', 'gavel Zentrva')).closest).toEqual(['gravel Zentrova']);
    // A word with no close spelling leaves nothing to offer: keeping it would find nothing.
    expect((await findsNothing('en', 'gavel Zqxvbnm')).closest).toEqual([]);
  });

  it('leaves short words and words too far from any word alone', async () => {
    // "prt" is one edit from "port", too short to tell a slip from another word.
    expect((await findsNothing('en', 'prt')).closest).toContain('port');
    await findsNothing('en', 'Zenkrafo');
  });
});

describe('Arabic', () => {
  it.each([
    ['en', 'الأرجنتين'],
    ['ar', 'الأرجنتين'],
    ['ar', 'البرازيل'],
    ['en', 'Argentina'],
    ['ar', 'Argentina'],
  ] as const)('a word the library lacks finds nothing in the %s edition, though the index shares a prefix with it ("%s")', async (language, query) => {
    await findsNothing(language, query);
  });

  it.each([
    ['proclitics', 'فالحكومة'],
    ['a preposition before an alef', 'بإيران'],
    ['ة written as ه', 'الحكومه'],
    ['ى written as ي', 'مستوي'],
    ['hamza written plain', 'الامريكية'],
    ['tashkeel', 'الحُكُومَة'],
    ['a word without its article', 'أرجوان'],
  ])('still finds words through %s ("%s")', (_, query) => findsAsTyped('ar', query));

  it('never searches an Arabic word as another, and offers the closest spelling', async () => {
    const found = await findsNothing('ar', 'الأرجوام');
    expect(found.closest).toEqual(['الأرجوان']);
  });
});
