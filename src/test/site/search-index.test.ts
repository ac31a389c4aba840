import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stemmer as stemArabic } from '@orama/stemmers/arabic';
import * as pagefindApi from 'pagefind';
import { beforeAll, describe, expect, it } from 'vitest';
import { readGlossary } from '../../content/glossary';
import { PARTS_FILE } from '../../search/parts';
import { normalizeQuery, stemmedQuery } from '../../search/query';
import { loadPagefind, type PagefindResult, type PagefindSearch } from '../support/pagefind-node';
import { DIST, ROOT } from '../support/paths';
import { builtPages } from '../support/site';

const BRIEF = '/briefs/iraq-us-strategic-dialogue/';
const AR_BRIEF = '/ar/briefs/iraq-us-strategic-dialogue/';

let en: PagefindSearch;
let ar: PagefindSearch;

async function search(index: PagefindSearch, query: string): Promise<PagefindResult[]> {
  const response = await index.search(query);
  return Promise.all(response.results.map((result) => result.data()));
}

const anchors = (results: PagefindResult[]) => results.flatMap((r) => r.sub_results.map((s) => decodeURIComponent(s.url)));

beforeAll(async () => {
  en = await loadPagefind(DIST, 'en');
  ar = await loadPagefind(DIST, 'ar');
});

describe('the Pagefind index', () => {
  it('has one index per edition language', async () => {
    const entry = JSON.parse(await readFile(`${DIST}pagefind/pagefind-entry.json`, 'utf8')) as { languages: Record<string, unknown> };
    expect(Object.keys(entry.languages).sort()).toEqual(['ar', 'en']);
  });

  it('holds every page that marks a search body, in its own language, and no other', async () => {
    const entry = JSON.parse(await readFile(`${DIST}pagefind/pagefind-entry.json`, 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    const bodies = (await builtPages()).filter(({ html }) => html.includes('data-pagefind-body'));
    const byLanguage = Object.groupBy(bodies, ({ doc }) => doc.querySelector('html')?.getAttribute('lang') ?? '');
    expect(bodies.length).toBeGreaterThan(0);
    expect(Object.fromEntries(Object.entries(entry.languages).map(([lang, { page_count }]) => [lang, page_count]))).toEqual(
      Object.fromEntries(Object.entries(byLanguage).map(([lang, pages]) => [lang, pages?.length])),
    );
  });

  it('finds the English brief for "PMF", with the PMF section among its sub-results', async () => {
    const results = await search(en, 'PMF');
    expect(results.map((r) => r.url)).toEqual([BRIEF]);
    expect(anchors(results)).toContain(`${BRIEF}#the-role-of-us-troops-and-pmf`);
  });

  it('finds the PMF section for "troop withdrawal"', async () => {
    const results = await search(en, 'troop withdrawal');
    expect(results.map((r) => r.url)).toEqual([BRIEF]);
    expect(anchors(results)).toContain(`${BRIEF}#the-role-of-us-troops-and-pmf`);
  });

  it('finds the Arabic brief for "الحشد الشعبي" and "انسحاب القوات", in its PMF section', async () => {
    for (const query of ['الحشد الشعبي', 'انسحاب القوات']) {
      const results = await search(ar, query);
      expect(results.map((r) => r.url), query).toEqual([AR_BRIEF]);
      expect(anchors(results), query).toContain(`${AR_BRIEF}#دور-القوات-الأمريكية-والحشد-الشعبي`);
    }
  });

  it('keeps each edition in its own index', async () => {
    expect((await search(en, 'الاستراتيجي')).map((r) => r.url)).toEqual([]);
    expect((await search(ar, 'troop')).map((r) => r.url)).toEqual([]);
  });

  it('indexes the article only: the sidebar, author box and site chrome are not in it', async () => {
    const [english] = await search(en, 'PMF');
    const [arabic] = await search(ar, 'الحشد');
    expect(english?.content).toContain('The Role of U.S. Troops and PMF');
    // The byline's author is searchable, its date and reading time are not.
    expect(english?.content).toContain('By Farhad Alaaldin');
    for (const outside of ['Wahhabism', 'Nadimi', 'Levitt', 'Recommended', 'About the author', 'Fikra Forum', 'Originally published', 'independent reading copy', 'Also available in', 'Reading time', 'Aug 18, 2020']) {
      expect(english?.content, outside).not.toContain(outside);
    }
    expect(arabic?.content).toContain('نقاط التباين');
    for (const outside of ['الوهابية', 'ليفيت', 'مقالات مقترحة', 'عن الكاتب', 'منتدى فكرة', 'متاح أيضًا', 'مدة القراءة', '18 أغسطس 2020', 'ترجمة أعدّتها', 'نُشر النص الأصلي']) {
      expect(arabic?.content, outside).not.toContain(outside);
    }
  });

  it('carries the type, author, topics and language as filters, the title as its only metadata, and section titles as written', async () => {
    expect(await en.filters()).toEqual({
      author: { 'Farhad Alaaldin': 1 },
      language: { English: 1 },
      topic: { 'Energy & Economics': 1, Iran: 1, Iraq: 1, 'Military & Security': 1, 'U.S. Policy': 1 },
      type: { 'Brief Analysis': 1 },
    });
    expect(await ar.filters()).toEqual({
      author: { 'فرهاد علاء الدين': 1 },
      language: { العربية: 1 },
      topic: { 'الطاقة والاقتصاد': 1, 'إيران': 1, 'العراق': 1, 'الشؤون العسكرية والأمنية': 1, 'السياسة الأمريكية': 1 },
      type: { 'تحليل موجز': 1 },
    });
    const [result] = await search(ar, 'الحشد');
    // Pagefind indexes every metadata value as words: any other field would add made-up words.
    expect(Object.keys(result?.meta ?? {})).toEqual(['title']);
    expect(result?.sub_results.map((sub) => sub.title)).toContain('دور القوات الأمريكية والحشد الشعبي');
  });
});

describe('every word of a brief', () => {
  // The words a reader sees in the article (its search body without what Pagefind is told to skip), "we’ve" as one.
  const articleWords = async (path: string) => {
    const page = (await builtPages()).find((p) => p.path === path)!;
    const body = page.doc.querySelector('[data-pagefind-body]')!;
    for (const skipped of body.querySelectorAll('[data-pagefind-ignore]')) skipped.remove();
    return new Set(body.textContent.match(/[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}\p{N}]+)*/gu));
  };

  it.each([
    ['en', BRIEF],
    ['ar', AR_BRIEF],
  ] as const)('finds the %s brief, also words a dash joins to the next ("stream—especially", "3-4")', async (lang, path) => {
    const index = lang === 'en' ? en : ar;
    const words = await articleWords(path);
    expect(words.size).toBeGreaterThan(500);
    for (const joined of ['especially', '4']) if (lang === 'en') expect(words).toContain(joined);
    const missed: string[] = [];
    for (const word of words) if (!(await search(index, normalizeQuery(word))).some((r) => r.url === path)) missed.push(word);
    expect(missed).toEqual([]);
  });
});

describe('glossary aliases', () => {
  const glossary = readGlossary(`${ROOT}content`);

  // The tests below are made from the glossary: without it they would not fail, they would not exist.
  it('has the site’s glossary to test, with the PMF entry', () => {
    expect(existsSync(`${ROOT}content/glossary.yaml`)).toBe(true);
    expect(glossary['pmf']?.forms.en).toEqual(expect.arrayContaining(['PMF', 'Popular Mobilization Forces']));
  });
  for (const [id, entry] of Object.entries(glossary)) {
    for (const form of [...entry.forms.en, ...entry.forms.ar]) {
      it(`"${form}" (${id}) finds the brief in both editions`, async () => {
        expect((await search(en, form)).map((r) => r.url)).toEqual([BRIEF]);
        expect((await search(ar, form)).map((r) => r.url)).toEqual([AR_BRIEF]);
      });
    }
  }

  it('lets every PMF alias find the English PMF section', async () => {
    for (const alias of ['Popular Mobilization Forces', 'Hashd', 'الحشد الشعبي']) {
      expect(anchors(await search(en, alias)), alias).toContain(`${BRIEF}#the-role-of-us-troops-and-pmf`);
    }
  });
});

describe('Arabic matching in the index (what Pagefind’s stemmer already folds)', () => {
  it.each([
    ['tashkeel', 'الحَشْدُ', 'الحشد'],
    ['tatweel', 'الحــشد', 'الحشد'],
    ['the article', 'حشد', 'الحشد'],
    ['alef with hamza written plain', 'الامريكية', 'الأمريكية'],
    ['taa marbuta written as haa', 'الحكومه', 'الحكومة'],
    ['alef maqsura written as yaa', 'مستوي', 'المستوى'],
    ['بال and لل prefixes', 'بالحكومة', 'الحكومة'],
    ['Arabic-Indic digits', '١٢', '12'],
  ])('folds %s: "%s" finds "%s"', async (_, query, word) => {
    const results = await search(ar, query);
    expect(results.map((r) => r.url)).toEqual([AR_BRIEF]);
    expect(results.flatMap((r) => [r.excerpt, ...r.sub_results.map((s) => s.excerpt)]).join(' ')).toContain(`<mark>${word}`);
  });

  it.each(['فالحكومة', 'بإيران'])('does not fold "%s" (the search UI widens such queries)', async (query) => {
    expect(await search(ar, query)).toEqual([]);
  });
});

describe('Arabic queries sent as stems (stemmedQuery in src/search/query.ts)', () => {
  /** Each page the query finds, with the word positions it matched there. */
  const places = async (query: string) => (await ar.search(query)).results.map((r) => `${r.id} ${r.words.join(',')}`).sort();

  it('find the same pages at the same places as every word of the Arabic brief as typed', async () => {
    const text = await readFile(`${ROOT}content/briefs/iraq-us-strategic-dialogue/ar.md`, 'utf8');
    let compared = 0;
    for (const word of new Set(text.match(/[\u0621-\u064A]+/g))) {
      const stem = stemmedQuery(word, stemArabic);
      if (stem === word) continue;
      const asTyped = await places(word);
      expect(await places(stem), `${word} sent as ${stem}`).toEqual(asTyped);
      if (asTyped.length > 0) compared++;
    }
    // The comparison covers most of the brief's vocabulary, each word found, not a handful of words.
    expect(compared).toBeGreaterThan(300);
  });

  it('rank first the page spelled as the reader typed, hamza or not', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'stems-'));
    try {
      const { index } = await pagefindApi.createIndex({});
      if (!index) throw new Error('Pagefind could not create an index');
      const filler = 'تقرير عن العلاقات بين البلدين في المنطقة هذا العام.';
      await index.addCustomRecord({ url: '/hamza/', content: `${filler} السياسة الإيرانية. ${filler}`, language: 'ar' });
      await index.addCustomRecord({ url: '/bare/', content: `${filler} السياسة الايرانية. ${filler}`, language: 'ar' });
      await index.writeFiles({ outputPath: join(dir, 'pagefind') });
      await writeFile(join(dir, 'pagefind', PARTS_FILE), JSON.stringify({ ar: 1 }));
      const small = await loadPagefind(`${dir}/`, 'ar');
      const first = async (query: string) => (await (await small.search(stemmedQuery(query, stemArabic))).results[0]?.data())?.url;
      expect(await first('الإيرانية')).toBe('/hamza/');
      expect(await first('الايرانية')).toBe('/bare/');
    } finally {
      await pagefindApi.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
