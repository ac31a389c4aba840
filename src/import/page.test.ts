import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { editionLanguage, PageError, parsePage, recommendedPath } from './page.ts';

const SEED = readFileSync(new URL('../test/fixtures/seed/iraq-us-strategic-dialogue.txt', import.meta.url), 'utf8');
const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

/** A page's error, or a failure if it parsed. */
function errorOf(text: string): PageError {
  try {
    parsePage(text, 'page.txt');
  } catch (error) {
    if (error instanceof PageError) return error;
    throw error;
  }
  throw new Error('expected the page to be refused');
}

describe('parsePage', () => {
  it('reads the seed: title, byline with its link, date, edition link, author note, type label', () => {
    const page = parsePage(SEED, 'seed.txt');
    expect(page).toMatchObject({
      lang: 'en',
      title: 'Iraq-U.S. Strategic Dialogue: Finding Agreement within Contention',
      published: '2020-08-18',
      type: 'brief-analysis',
      editions: [{ lang: 'ar', href: '/ar/policy-analysis/alhwar-alastratyjy-byn-alraq-walwlayat-almthdt-ayjad-atfaq-dmn-alkhlaaf' }],
    });
    expect(page.authors).toEqual([
      { name: 'Farhad Alaaldin', href: '/experts/farhad-alaaldin', bio: expect.stringMatching(/^Farhad Alaaldin is a writer .* Fikra Forum\.$/) },
    ]);
    expect(page.body).toMatch(/^\*\*A\*\*fter much anticipation/);
    expect(page.body).toMatch(/correct framework\. ❖$/);
  });

  it('reads both layouts of the seed’s recommended entries (bold linked title, plain heading)', () => {
    expect(parsePage(SEED, 'seed.txt').recommended).toEqual([
      {
        type: 'brief-analysis',
        title: 'Iran Takes Next Steps on Rocket Technology',
        published: '2022-02-11',
        authors: ['Farzin Nadimi'],
        path: '/policy-analysis/iran-takes-next-steps-rocket-technology',
        line: 85,
      },
      {
        type: 'brief-analysis',
        title: 'Saudi Arabia Adjusts Its History, Diminishing the Role of Wahhabism',
        published: '2022-02-11',
        authors: ['Simon Henderson'],
        path: '/policy-analysis/saudi-arabia-adjusts-its-history-diminishing-role-wahhabism',
        line: 98,
      },
      {
        type: 'articles-testimony',
        title: "Podcast: Breaking Hezbollah's Golden Rule",
        published: '2022-02-09',
        authors: ['Matthew Levitt'],
        path: '/policy-analysis/podcast-breaking-hezbollahs-golden-rule',
        line: 112,
      },
    ]);
  });

  it('reads several authors, their notes, another type label, no edition links, and entries with several authors', () => {
    const page = parsePage(fixture('several-authors.txt'), 'several.txt');
    expect(page.type).toBe('articles-testimony');
    expect(page.editions).toEqual([]);
    expect(page.authors.map((a) => [a.name, a.href])).toEqual([
      ['Dana Stroul', '/experts/dana-stroul'],
      ['Farhad Alaaldin', '/experts/farhad-alaaldin'],
    ]);
    expect(page.authors[0]!.bio).toMatch(/Gulf program/);
    expect(page.recommended.map((r) => r.authors)).toEqual([['Farzin Nadimi'], ['Michael Knights', 'Dana Stroul'], ['Simon Henderson', 'Dana Stroul']]);
    expect(page.skippedRecommended).toEqual([{ line: 95, title: 'A Kind of Piece the Site Does Not Have', reason: expect.stringMatching(/"policy notes" is not one the site has/) }]);
  });

  it('reads an Arabic page by its Arabic labels and date', () => {
    const page = parsePage(fixture('bilingual-ar.txt'), 'ar.txt');
    expect(page).toMatchObject({
      lang: 'ar',
      title: 'محادثات الموازنة بين إقليم كردستان وبغداد',
      published: '2021-10-03',
      type: 'brief-analysis',
      editions: [{ lang: 'en', href: '/policy-analysis/kurdistans-budget-talks-baghdad' }],
      authors: [{ name: 'فرهاد علاء الدين', href: '/ar/experts/farhad-alaaldin' }],
    });
    expect(page.authors[0]!.bio).toMatch(/^فرهاد علاء الدين كاتب/);
    expect(page.recommended).toHaveLength(1);
    expect(page.chrome).toContain('"مقالات مقترحة"');
  });

  it('leaves out unknown lines before the article and says which', () => {
    const page = parsePage(SEED.replace('## ABOUT THE AUTHORS', 'Share this page\n\n## ABOUT THE AUTHORS'), 'seed.txt');
    expect(page.otherLines).toEqual([13]);
    expect(page.body).not.toMatch(/Share this page/);
  });
});

describe('a page that is not one fails with the file, the line and what was expected', () => {
  it.each<[string, string, RegExp]>([
    ['text that is no page', 'Just some notes.\n', /^page\.txt:1: expected the page's title as a '# ' heading/],
    ['a page without a title', SEED.replace(/^# .*$/m, 'Iraq-U.S. Strategic Dialogue'), /^page\.txt:3: expected the page's title/],
    ['a page without a byline', SEED.replace(/^by .*$/m, ''), /^page\.txt:7: expected the byline under the title/],
    ['a page without a date', SEED.replace('Aug 18, 2020', 'Sometime in 2020'), /^page\.txt:7: expected the date, such as "Aug 18, 2020", found "Sometime in 2020"/],
    ['a page without a type label', SEED.replace('### Brief Analysis', '### Op-Ed'), /^page\.txt:7: expected after the date, the type label as a heading before the article \(one of Brief Analysis/],
    ['a recommended entry without its address', SEED.replace('(/policy-analysis/podcast-breaking-hezbollahs-golden-rule)', ''), /^page\.txt:112: expected a recommended piece's entry .*found "ARTICLES & TESTIMONY"/],
    [
      'an edition link in an unknown language',
      SEED.replace(/^\[العربية.*$/m, '[Klingon \\(/tlh/x\\)](/policy-analysis/x)'),
      /^page\.txt:11: expected an edition link named by its language/,
    ],
  ])('%s', (_, text, message) => {
    expect(errorOf(text).message).toMatch(message);
  });
});

describe('editionLanguage and recommendedPath', () => {
  it('names an edition link’s language from its own name or its path', () => {
    expect(editionLanguage('العربية \\(/ar/x\\)', '/ar/x')).toBe('ar');
    expect(editionLanguage('English', '/policy-analysis/x')).toBe('en');
    expect(editionLanguage('فارسی', '/x')).toBe('fa');
    expect(editionLanguage('Other', '/tr/x')).toBe('tr');
    expect(editionLanguage('Other', '/x')).toBeUndefined();
  });

  it('reads a recommended piece’s address in each layout', () => {
    expect(recommendedPath('(/policy-analysis/a-b)')).toBe('/policy-analysis/a-b');
    expect(recommendedPath('**[\\(/policy-analysis/a-b\\)](#)**')).toBe('/policy-analysis/a-b');
    expect(recommendedPath('Farzin Nadimi')).toBeUndefined();
  });
});
