import { existsSync } from 'node:fs';
import { readFile, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTranslations } from '../../i18n/index';
import { buildFixture, type FixtureBuild } from '../support/fixture-build';
import { builtPages, type BuiltPage } from '../support/site';

/**
 * A library as a publisher's archive arrives: a bilingual brief (the site's
 * translation, paragraph for paragraph), an English-only brief, a brief the
 * publisher translated itself (paragraphs merged and split), and a brief
 * whose English text was revised after its translation was made.
 */
const FIXTURE = new URL('../fixtures/editions/', import.meta.url);

let library: FixtureBuild;
let englishOnly: FixtureBuild;
let pages: BuiltPage[];
const doc = (path: string) => {
  const found = pages.find((page) => page.path === path);
  if (!found) throw new Error(`no built page at ${path}`);
  return found.doc;
};

beforeAll(async () => {
  [library, englishOnly] = await Promise.all([
    buildFixture(FIXTURE, undefined, 'editions-'),
    // The same archive before any Arabic edition exists.
    buildFixture(
      FIXTURE,
      async (content) => {
        for (const name of await readdir(join(content, 'briefs'), { recursive: true })) {
          if (name.endsWith('ar.md')) await rm(join(content, 'briefs', name));
        }
      },
      'english-only-',
    ),
  ]);
  expect(library.output).not.toMatch(/\[ERROR\]/);
  expect(library.code).toBe(0);
  pages = await builtPages(library.dist);
}, 240_000);

afterAll(async () => {
  await Promise.all([library, englishOnly].map((build) => build && rm(build.dir, { recursive: true, force: true })));
});

describe('an English-only brief beside a bilingual one', () => {
  it('has no Arabic page, and points to none: no language link, side-by-side link or hreflang alternate', () => {
    expect(existsSync(join(library.dist, 'ar/briefs/english-only/index.html'))).toBe(false);
    expect(existsSync(join(library.dist, 'briefs/english-only/parallel/index.html'))).toBe(false);
    const page = doc('/briefs/english-only/');
    expect(page.querySelectorAll('a[href^="/ar/briefs/"], a[data-act="place"]')).toEqual([]);
    expect(page.querySelector('.parallel-link')).toBeNull();
    expect(page.querySelectorAll('link[rel="alternate"][hreflang]').map((link) => link.getAttribute('hreflang'))).toEqual(['en', 'x-default']);
    // The bilingual brief beside it keeps all three.
    const bilingual = doc('/briefs/bilingual/');
    expect(bilingual.querySelector('.edition-links a[href="/ar/briefs/bilingual/"]')).not.toBeNull();
    expect(bilingual.querySelector('.parallel-link')?.getAttribute('href')).toBe('/briefs/bilingual/parallel/');
    expect(bilingual.querySelectorAll('link[rel="alternate"][hreflang]').map((link) => link.getAttribute('hreflang'))).toEqual(['en', 'ar', 'x-default']);
  });

  it('is listed in the English home, topic and author pages, and in none of the Arabic ones', () => {
    const links = (path: string) => doc(path).querySelectorAll('main article h2 a, main article h3 a').map((a) => a.getAttribute('href'));
    for (const path of ['/', '/topics/iraq/', '/authors/jane-doe/']) expect(links(path)).toContain('/briefs/english-only/');
    for (const path of ['/ar/', '/ar/topics/iraq/', '/ar/authors/jane-doe/']) {
      expect(links(path)).not.toContain('/ar/briefs/english-only/');
      expect(links(path)).toContain('/ar/briefs/bilingual/');
    }
    // A topic only English-only briefs are filed under offers the English list.
    expect(links('/ar/topics/iran/')).toEqual([]);
    expect(doc('/ar/topics/iran/').querySelector('main .elsewhere a')?.getAttribute('href')).toBe('/topics/iran/');
  });

  it('is in the English search index only', async () => {
    expect(JSON.parse(await readFile(join(library.dist, 'pagefind/parts.json'), 'utf8'))).toEqual({ en: 1, ar: 1 });
  });
});

describe('a library with no Arabic edition at all', () => {
  it('builds, with an Arabic home that offers the English briefs and an Arabic search page', async () => {
    expect(englishOnly.output).not.toMatch(/\[ERROR\]/);
    expect(englishOnly.code).toBe(0);
    const english = await builtPages(englishOnly.dist);
    const arHome = english.find((page) => page.path === '/ar/')!.doc;
    expect(arHome.querySelector('html')?.getAttribute('lang')).toBe('ar');
    expect(arHome.querySelector('main p')?.textContent).toBeDefined();
    expect(arHome.querySelector('main .elsewhere a')?.getAttribute('href')).toBe('/');
    expect(english.find((page) => page.path === '/ar/search/')?.doc.querySelector('html')?.getAttribute('dir')).toBe('rtl');
    // No Arabic brief page (the Arabic list of briefs, /ar/briefs/, is there, empty).
    expect(english.filter((page) => /^\/ar\/briefs\/[^/]+\//.test(page.path)).map((page) => page.path)).toEqual([]);
    // No Arabic index: the search UI reads 0 parts and loads none.
    expect(JSON.parse(await readFile(join(englishOnly.dist, 'pagefind/parts.json'), 'utf8'))).toEqual({ en: 1, ar: 0 });
    const entry = JSON.parse(await readFile(join(englishOnly.dist, 'pagefind/pagefind-entry.json'), 'utf8')) as { languages: object };
    expect(Object.keys(entry.languages)).toEqual(['en']);
  });
});

describe('a publisher’s translation that merges and splits paragraphs', () => {
  it('builds, and the build lists where the editions differ, section by section, as a warning', () => {
    expect(library.output).toContain(
      'briefs/publisher-translation/ar.md → body: the publisher\'s translation merges or splits paragraphs (before the first section the original has 2 paragraphs, this edition 1; in section 1 ("What the Council Decided") the original has 4 paragraphs, this edition 2; in section 2 ("What Comes Next") the original has 2 paragraphs, this edition 3)',
    );
    expect(library.output).not.toMatch(/briefs\/(bilingual|english-only)\/\w+\.md →/);
  });

  it('is credited to the publisher, and its language switch keeps the section, not the paragraph', () => {
    const arabic = doc('/ar/briefs/publisher-translation/');
    expect(arabic.querySelector('.credit')?.textContent).toContain('نشر الناشر التجريبي هذه الترجمة العربية');
    // Not the site's translation: the site is not named as its translator.
    expect(arabic.querySelector('.credit')?.textContent).not.toContain(useTranslations('ar')('site.name'));
    expect(doc('/ar/briefs/bilingual/').querySelector('.credit')?.textContent).toContain(useTranslations('ar')('site.name'));
    for (const path of ['/ar/briefs/publisher-translation/', '/briefs/publisher-translation/']) {
      const links = doc(path).querySelectorAll('a[data-act="place"]');
      expect(links.length).toBeGreaterThan(0);
      for (const link of links) expect(link.getAttribute('data-align')).toBe('sections');
    }
    for (const link of doc('/briefs/bilingual/').querySelectorAll('a[data-act="place"]')) expect(link.getAttribute('data-align')).toBeUndefined();
  });

  it('is set side by side section beside section, each section’s paragraphs in order', () => {
    const pairs = doc('/briefs/publisher-translation/parallel/').querySelectorAll('.pair');
    // The opening, then the two sections.
    expect(pairs.length).toBe(3);
    const count = (index: number) => pairs[index]!.querySelectorAll('.cell').map((cell) => cell.querySelectorAll('p').length);
    expect([count(0), count(1), count(2)]).toEqual([
      [2, 1],
      [4, 2],
      [2, 3],
    ]);
    expect(pairs[1]!.querySelectorAll('.cell h2').map((h) => h.textContent)).toEqual(['What the Council Decided', 'ما قرره المجلس']);
    // A brief whose editions line up is still set paragraph beside paragraph.
    expect(doc('/briefs/bilingual/parallel/').querySelectorAll('.pair').length).toBe(9);
  });
});

describe('a translation made before its original was revised', () => {
  it('is named by the build as stale, with the versions to compare', () => {
    expect(library.output).toMatch(
      /briefs\/revised\/ar\.md → originalVersion: stale: the en original has changed since this translation \(made from 0123456789ab, now [0-9a-f]{12}; updated 2022-05-01\)/,
    );
  });

  it('tells its Arabic reader, in Arabic, with the day of the revision and a link to the original', () => {
    const notice = doc('/ar/briefs/revised/').querySelector('.stale-translation');
    expect(notice?.getAttribute('role')).toBe('note');
    expect(notice?.textContent).toContain('عُدِّل النص الإنجليزي الأصلي في');
    expect(notice?.querySelector('time')?.getAttribute('datetime')).toBe('2022-05-01');
    expect(notice?.querySelector('a')?.getAttribute('href')).toBe('/briefs/revised/');
    // The English original says when it was revised; translations that are current say nothing.
    expect(doc('/briefs/revised/').querySelector('.byline .updated time')?.getAttribute('datetime')).toBe('2022-05-01');
    for (const path of ['/briefs/revised/', '/ar/briefs/bilingual/', '/ar/briefs/publisher-translation/']) {
      expect(doc(path).querySelector('.stale-translation')).toBeNull();
    }
  });
});
