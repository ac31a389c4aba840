import { beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe';
import { useBrowser } from '../support/session';
import { builtPages, type BuiltPage } from '../support/site';

const BRIEF = '/briefs/iraq-us-strategic-dialogue/';
const AR_BRIEF = '/ar/briefs/iraq-us-strategic-dialogue/';
const SECTIONS_EN = ['Points of Disparity', 'Iraqi Economic Straits and Iranian Economic Influence', 'The Role of U.S. Troops and PMF', 'Possible Outcomes'];

let pages: BuiltPage[];
const doc = (path: string) => {
  const found = pages.find((p) => p.path === path);
  if (!found) throw new Error(`no built page at ${path}`);
  return found.doc;
};

beforeAll(async () => {
  pages = await builtPages();
});

describe('table of contents (built pages)', () => {
  it('lists the brief’s sections, nested, linking to their ids, in both editions', () => {
    const links = doc(BRIEF).querySelectorAll('nav.toc-side a').map((a) => [a.textContent, a.getAttribute('href')]);
    expect(links.map(([text]) => text)).toEqual(SECTIONS_EN);
    expect(links[2]?.[1]).toBe('#the-role-of-us-troops-and-pmf');
    expect(doc(BRIEF).querySelectorAll('nav.toc-side ol ol a').map((a) => a.textContent)).toEqual(SECTIONS_EN.slice(1, 3));
    expect(doc(AR_BRIEF).querySelectorAll('nav.toc-side a').map((a) => a.textContent)).toEqual([
      'نقاط التباين',
      'الضائقة الاقتصادية العراقية والنفوذ الاقتصادي الإيراني',
      'دور القوات الأمريكية والحشد الشعبي',
      'النتائج المحتملة',
    ]);
    expect(doc(BRIEF).querySelector('details.toc-inline summary')?.textContent).toBe('Contents');
    expect(doc(AR_BRIEF).querySelector('details.toc-inline summary')?.textContent).toBe('المحتويات');
  });
});

describe('reading time', () => {
  it('is given in the page’s language', () => {
    expect(doc(BRIEF).querySelector('.reading-time')?.textContent).toMatch(/^Reading time: \d+ minutes$/);
    expect(doc(AR_BRIEF).querySelector('.reading-time')?.textContent).toMatch(/^مدة القراءة: \d+ (دقائق|دقيقة)$/);
  });
});

describe('topics', () => {
  it('are linked from the brief and each has a page per language listing its briefs', () => {
    const links = doc(BRIEF).querySelectorAll('nav.topics a').map((a) => [a.textContent, a.getAttribute('href')]);
    expect(links).toEqual([
      ['Iraq', '/topics/iraq/'],
      ['Iran', '/topics/iran/'],
      ['U.S. Policy', '/topics/us-policy/'],
      ['Military & Security', '/topics/military-security/'],
      ['Energy & Economics', '/topics/energy-economics/'],
    ]);
    expect(doc(AR_BRIEF).querySelector('nav.topics a')?.textContent).toBe('العراق');
    expect(doc('/topics/iraq/').querySelector('h1')?.textContent).toBe('Briefs on Iraq');
    expect(doc('/topics/iraq/').querySelector(`main article a[href="${BRIEF}"]`)).not.toBeNull();
    expect(doc('/ar/topics/iraq/').querySelector('h1')?.textContent).toBe('موجزات عن العراق');
    expect(doc('/ar/topics/iraq/').querySelector(`main article a[href="${AR_BRIEF}"]`)).not.toBeNull();
  });
});

describe('parallel reading (built pages)', () => {
  it('pairs every block of the English and the Arabic edition, each in its own language and direction', () => {
    const pairs = doc(`${BRIEF}parallel/`).querySelectorAll('.pair');
    expect(pairs).toHaveLength(25);
    for (const pair of pairs) {
      const cells = pair.querySelectorAll('.cell');
      expect(cells.map((c) => [c.getAttribute('lang'), c.getAttribute('dir')])).toEqual([
        ['en', 'ltr'],
        ['ar', 'rtl'],
      ]);
      expect(cells.every((c) => c.textContent.trim().length > 0)).toBe(true);
    }
    expect(pairs[9]?.querySelector('[lang=en] h3')?.textContent).toBe('Iraqi Economic Straits and Iranian Economic Influence');
    expect(pairs[9]?.querySelector('[lang=ar] h3')?.textContent).toBe('الضائقة الاقتصادية العراقية والنفوذ الاقتصادي الإيراني');
  });

  it('puts the page’s own edition first on the Arabic parallel page, and is linked beside the edition switch', () => {
    expect(doc(`/ar${BRIEF}parallel/`).querySelector('.pair .cell')?.getAttribute('lang')).toBe('ar');
    // Credited as the brief page is: its author, its publisher, a link to the original, and in
    // Arabic that the translation is this site's.
    for (const path of [`${BRIEF}parallel/`, `/ar${BRIEF}parallel/`]) {
      expect(doc(path).querySelector('.byline a')?.getAttribute('href'), path).toMatch(/\/authors\/farhad-alaaldin\/$/);
      expect(doc(path).querySelector('.credit a')?.getAttribute('href'), path).toMatch(/^https:\/\/www\.washingtoninstitute\.org\/policy-analysis\/iraq-us/);
    }
    // One statement, not "not published by X… Originally published by X".
    expect(doc(`${BRIEF}parallel/`).querySelector('.credit')?.textContent).toContain('Originally published in English by The Washington Institute');
    expect(doc(`${BRIEF}parallel/`).querySelector('.credit')?.textContent).toContain('the Arabic is Policy Brief Reader’s own translation');
    expect(doc(`${BRIEF}parallel/`).querySelector('.credit')?.textContent).not.toContain('not published');
    expect(doc(`${BRIEF}parallel/`).querySelector('title')?.textContent?.match(/:/g)).toHaveLength(1);
    expect(doc(`/ar${BRIEF}parallel/`).querySelector('.credit')?.textContent).toContain('ترجمة أعدّتها «موجزات السياسات»');
    expect(doc(BRIEF).querySelector('a.parallel-link')?.getAttribute('href')).toBe(`${BRIEF}parallel/`);
    expect(doc(AR_BRIEF).querySelector('a.parallel-link')?.getAttribute('href')).toBe(`/ar${BRIEF}parallel/`);
  });
});

const browser = useBrowser();

describe('table of contents (browser)', () => {
  it('sits beside the article on a wide screen and marks the section being read', async () => {
    const { page } = await browser.open(BRIEF, { width: 1280 });
    expect(await page.locator('details.toc-inline').isVisible()).toBe(false);
    const side = page.getByRole('navigation', { name: 'Contents' });
    expect(await side.isVisible()).toBe(true);
    const article = await page.locator('article.brief').boundingBox();
    const box = await side.boundingBox();
    expect(box && article && box.x > article.x + article.width).toBe(true);
    await page.locator('#possible-outcomes').scrollIntoViewIfNeeded();
    await page.locator('#the-role-of-us-troops-and-pmf').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.waitForFunction(() => document.querySelector('nav.toc-side a[aria-current="true"]')?.getAttribute('href') === '#the-role-of-us-troops-and-pmf');
    await side.getByRole('link', { name: 'Possible Outcomes' }).click();
    await page.waitForFunction(() => document.querySelector('nav.toc-side a[aria-current="true"]')?.textContent === 'Possible Outcomes');
  });

  it('sits on the inline-start side in Arabic', async () => {
    const { page } = await browser.open(AR_BRIEF, { width: 1280 });
    const article = await page.locator('article.brief').boundingBox();
    const box = await page.getByRole('navigation', { name: 'المحتويات' }).boundingBox();
    expect(box && article && box.x + box.width < article.x).toBe(true);
  });

  it('is a collapsible list at the top of the article on a phone', async () => {
    for (const [path, summary] of [
      [BRIEF, 'Contents'],
      [AR_BRIEF, 'المحتويات'],
    ] as const) {
      const { page } = await browser.open(path, { width: 390 });
      expect(await page.locator('nav.toc-side').isVisible()).toBe(false);
      const details = page.locator('details.toc-inline');
      expect(await details.locator('a').first().isVisible()).toBe(false);
      await details.getByText(summary).click();
      expect(await details.locator('a').first().isVisible()).toBe(true);
      await details.locator('a').nth(2).click();
      await page.waitForURL((url) => url.hash.length > 1);
    }
  });
});

describe('section links (browser)', () => {
  for (const path of [BRIEF, AR_BRIEF]) {
    for (const width of [320, 390, 1280]) {
      it(`bring the section title into view below the header, on ${path} at ${width}px`, async () => {
        const { page } = await browser.open(path, { width });
        // Following the link (setting the fragment) scrolls before `hashchange` fires.
        await page
          .locator('.prose h2, .prose h3')
          .nth(2)
          .evaluate((heading) => new Promise((resolve) => (addEventListener('hashchange', resolve, { once: true }), (location.hash = heading.id))));
        const [header, heading] = await page.evaluate(() => [
          document.querySelector('header.site-header')!.getBoundingClientRect().bottom,
          document.getElementById(decodeURIComponent(location.hash.slice(1)))!.getBoundingClientRect().top,
        ]);
        expect(heading).toBeGreaterThanOrEqual(Math.max(0, header!));
      });
    }
  }
});

describe('parallel reading (browser)', () => {
  it('shows the editions side by side on a wide screen and interleaved on a phone', async () => {
    for (const path of [`${BRIEF}parallel/`, `/ar${BRIEF}parallel/`]) {
      const wide = await browser.open(path, { width: 1280 });
      const [a, b] = await wide.page.locator('.pair').nth(3).locator('.cell').evaluateAll((cells) => cells.map((c) => c.getBoundingClientRect().toJSON() as DOMRect));
      expect(Math.abs(a!.top - b!.top)).toBeLessThan(2);
      const rtl = path.startsWith('/ar/');
      // The page's own edition comes first in reading order: left in English, right in Arabic.
      expect(rtl ? a!.left > b!.left : a!.left < b!.left).toBe(true);
      const narrow = await browser.open(path, { width: 390 });
      const [c, d] = await narrow.page.locator('.pair').nth(3).locator('.cell').evaluateAll((cells) => cells.map((cell) => cell.getBoundingClientRect().toJSON() as DOMRect));
      expect(d!.top).toBeGreaterThanOrEqual(c!.bottom);
      expect(await narrow.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    }
  });
});

describe('paragraph permalinks', () => {
  it('appear on mouse hover', async () => {
    const { page } = await browser.open(BRIEF);
    const permalink = page.locator('#p3 .permalink');
    expect(await permalink.evaluate((el) => getComputedStyle(el).opacity)).toBe('0');
    await page.locator('#p3').hover();
    expect(await permalink.evaluate((el) => getComputedStyle(el).opacity)).toBe('1');
  });

  it('never wrap alone onto a line of their own', async () => {
    for (const path of [BRIEF, AR_BRIEF]) {
      for (const width of [390, 1280]) {
        const { page } = await browser.open(path, { width });
        // Paragraphs whose pilcrow starts a line below their last word.
        const stranded = await page.locator('.prose > p > .permalink').evaluateAll((links) =>
          links
            .filter((link) => {
              const range = document.createRange();
              range.selectNodeContents(link.parentElement!);
              range.setEndBefore(link);
              const lastLine = [...range.getClientRects()].filter((r) => r.width > 0).at(-1);
              return !lastLine || link.getBoundingClientRect().top >= lastLine.bottom;
            })
            .map((link) => link.getAttribute('href')),
        );
        expect([path, width, stranded]).toEqual([path, width, []]);
      }
    }
  });
});

describe('search by topic', () => {
  // The one real brief is on every topic, so nothing here can show a brief left out: that the filter
  // excludes the briefs not on a topic is tested on a synthetic library (search-parts.test.ts).
  it('takes the topic chosen on the search page, and keeps its slug in the address and across editions', async () => {
    for (const wanted of ['Iraq', 'iraq']) {
      const { page } = await browser.open(`/search/?q=PMF&topic=${wanted}`);
      await page.waitForFunction(() => document.querySelector<HTMLElement>('.search-page .search-status')?.dataset['query'] === 'PMF');
      expect(await page.getByLabel('Topic').inputValue()).toBe('iraq');
      // The page's own edition; the other edition's matches follow in their own list.
      expect(await page.locator('ol.search-results').first().locator(':scope > .search-result').count()).toBe(1);
    }
    const { page } = await browser.open('/search/?q=PMF');
    await page.waitForFunction(() => document.querySelector<HTMLElement>('.search-page .search-status')?.dataset['query'] === 'PMF');
    await page.getByLabel('Topic').selectOption({ label: 'U.S. Policy' });
    await page.waitForURL((url) => url.searchParams.get('topic') === 'us-policy');
    await page.getByRole('navigation').getByRole('link', { name: 'العربية' }).click();
    await page.waitForURL((url) => url.pathname === '/ar/search/' && url.searchParams.get('topic') === 'us-policy');
    await page.waitForFunction(() => document.querySelector<HTMLElement>('.search-page .search-status')?.dataset['query'] === 'PMF');
    expect(await page.locator('#search-page-topic option:checked').textContent()).toBe('السياسة الأمريكية');
  });
});

describe('accessibility of the new pages (axe, WCAG 2.2 AA)', () => {
  for (const path of [`${BRIEF}parallel/`, `/ar${BRIEF}parallel/`, '/topics/iraq/', '/ar/topics/iraq/']) {
    it(`finds no violations on ${path}`, async () => {
      const { page } = await browser.open(path);
      expect(await axeViolations(page)).toEqual([]);
    });
  }
  it('finds no violations on the phone contents list, opened', async () => {
    const { page } = await browser.open(AR_BRIEF, { width: 390 });
    await page.locator('details.toc-inline summary').click();
    expect(await axeViolations(page)).toEqual([]);
  });
});
