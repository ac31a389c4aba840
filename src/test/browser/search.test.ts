import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { MAX_QUERY_LENGTH, normalizeQuery } from '../../search/query';
import { axeViolations } from '../support/axe';
import { useBrowser } from '../support/session';

const BRIEF = '/briefs/iraq-us-strategic-dialogue/';
const AR_BRIEF = '/ar/briefs/iraq-us-strategic-dialogue/';
const AR_PMF = 'دور-القوات-الأمريكية-والحشد-الشعبي';

const browser = useBrowser();

const isFocused = (page: Page, selector: string) => page.locator(selector).evaluate((el) => el === document.activeElement);
const dialog = (page: Page) => page.locator('dialog.search-dialog');

/** Waits until the results shown are those of `query` (as the UI normalised it). */
async function resultsFor(page: Page, query: string, scope = 'dialog') {
  await page.waitForFunction(
    ([selector, q]) => document.querySelector<HTMLElement>(`${selector} .search-status`)?.dataset['query'] === q,
    [scope, query] as const,
  );
}

async function searchFor(page: Page, query: string) {
  await page.keyboard.press('/');
  await dialog(page).getByRole('searchbox').fill(query);
  await resultsFor(page, query);
}

describe('opening search', () => {
  it('downloads nothing for search until the reader reaches for it', async () => {
    const { page, context } = await browser.open(BRIEF);
    const requests: string[] = [];
    context.on('request', (request) => requests.push(new URL(request.url()).pathname));
    await page.waitForLoadState('networkidle');
    const loaded = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname));
    expect(loaded.filter((path) => /\.(m?js|pagefind|pf_\w+)$/.test(path) || path.includes('pagefind'))).toEqual([]);
    await page.locator('.site-header').getByRole('link', { name: 'Search' }).click();
    await dialog(page).getByRole('searchbox').waitFor();
    expect(requests).toContain('/search-ui.js');
  });

  it('opens with "/" on a labelled, focused search box, and Escape returns focus', async () => {
    const { page } = await browser.open(BRIEF);
    await page.locator('.site-header').getByRole('link', { name: 'Search' }).focus();
    await page.keyboard.press('/');
    const box = page.getByRole('searchbox', { name: 'Search terms' });
    await box.waitFor();
    expect(await isFocused(page, 'dialog input[type=search]')).toBe(true);
    expect(await dialog(page).getAttribute('aria-labelledby')).toBe('search-dialog-title');
    await page.keyboard.press('Escape');
    expect(await dialog(page).isVisible()).toBe(false);
    expect(await isFocused(page, '.search-button')).toBe(true);
  });

  it('opens with Ctrl+K and with the header button', async () => {
    const { page } = await browser.open('/');
    await page.keyboard.press('Control+k');
    await dialog(page).getByRole('searchbox').waitFor();
    await page.keyboard.press('Escape');
    await page.locator('.site-header').getByRole('link', { name: 'Search' }).click();
    expect(await dialog(page).isVisible()).toBe(true);
  });

  it('opens with the same keys on an Arabic keyboard layout, where they type «ظ» and «ن»', async () => {
    for (const [key, ctrlKey, code] of [
      ['ظ', false, 'Slash'],
      ['ن', true, 'KeyK'],
    ] as const) {
      const { page } = await browser.open(AR_BRIEF);
      await page.evaluate(([k, c, ctrl]) => document.body.dispatchEvent(new KeyboardEvent('keydown', { key: k, code: c, ctrlKey: ctrl, bubbles: true, cancelable: true })), [key, code, ctrlKey] as const);
      await dialog(page).getByRole('searchbox').waitFor();
    }
  });
});

describe('finding "PMF" in English', () => {
  it('lists the brief with its PMF section, title and highlighted excerpt', async () => {
    const { page } = await browser.open(BRIEF);
    await searchFor(page, 'PMF');
    const result = dialog(page).locator('.search-results > .search-result').first();
    await expect(result.locator('.search-result-title').textContent()).resolves.toBe(
      'Iraq-U.S. Strategic Dialogue: Finding Agreement within Contention',
    );
    const section = result.getByRole('list', { name: 'Sections' }).getByRole('link', { name: 'The Role of U.S. Troops and PMF' });
    expect(await section.getAttribute('href')).toMatch(/^\/briefs\/iraq-us-strategic-dialogue\/\?highlight=[^#]*#the-role-of-us-troops-and-pmf$/);
    expect(await result.locator('mark').allTextContents()).toContain('PMF');
    // Glossary aliases are for the index, not for reading.
    expect(await result.textContent()).not.toContain('Popular Mobilisation Forces');
  });

  it('is reachable by keyboard alone and lands on the section with the words highlighted', async () => {
    const { page } = await browser.open('/');
    await searchFor(page, 'PMF');
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
      'Iraq-U.S. Strategic Dialogue: Finding Agreement within Contention',
    );
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('The Role of U.S. Troops and PMF');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    expect(await isFocused(page, 'dialog input[type=search]')).toBe(true);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === BRIEF && url.hash === '#the-role-of-us-troops-and-pmf');
    await page.locator('mark.search-hit').first().waitFor();
    expect(await page.locator('.prose mark.search-hit').allTextContents()).toContain('PMF');
    const top = await page.locator('#the-role-of-us-troops-and-pmf').evaluate((el) => el.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(450);
  });

  it('finds the PMF section for "troop withdrawal"', async () => {
    const { page } = await browser.open(BRIEF);
    await searchFor(page, 'troop withdrawal');
    await expect(dialog(page).locator('.search-results').first().getByRole('link', { name: 'The Role of U.S. Troops and PMF' }).count()).resolves.toBe(1);
  });

  it('finds a word a dash joins to the one before, and shows it as the page writes it', async () => {
    const { page } = await browser.open(BRIEF);
    await searchFor(page, 'especially');
    const results = dialog(page).locator('.search-results').first();
    expect(await results.locator('mark').allTextContents()).toContain('especially');
    expect(await results.textContent()).toContain('one-way stream—especially in the');
  });

  it('finds the PMF passages by the glossary’s other names', async () => {
    const { page } = await browser.open(BRIEF);
    for (const alias of ['Popular Mobilization Forces', 'Hashd']) {
      await searchFor(page, alias);
      await expect(dialog(page).locator('.search-results').first().getByRole('link', { name: 'The Role of U.S. Troops and PMF' }).count(), alias).resolves.toBe(1);
      await page.keyboard.press('Escape');
    }
  });

  it('shows the expansion of PMF at its first use in the brief', async () => {
    const { page } = await browser.open(BRIEF);
    await expect(page.locator('.prose abbr', { hasText: 'PMF' }).getAttribute('title')).resolves.toBe('Popular Mobilization Forces');
  });
});

describe('search in Arabic', () => {
  it('has an Arabic, right-to-left dialog that finds the Arabic PMF section', async () => {
    const { page } = await browser.open(AR_BRIEF);
    await searchFor(page, 'الحشد الشعبي');
    expect(await dialog(page).getByRole('heading', { level: 2 }).textContent()).toBe('ابحث في الموجزات');
    expect(await dialog(page).getByRole('searchbox', { name: 'كلمات البحث' }).count()).toBe(1);
    expect(await dialog(page).evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
    const section = dialog(page).locator('.search-results').first().getByRole('link', { name: 'دور القوات الأمريكية والحشد الشعبي' });
    expect(decodeURIComponent((await section.getAttribute('href')) ?? '')).toMatch(new RegExp(`^${AR_BRIEF}\\?highlight=.*#${AR_PMF}$`));
    expect(await dialog(page).locator('.search-status').textContent()).toBe('نتيجة واحدة');
    // Both words are marked in the excerpt, the one written with «و» in front too.
    expect(await dialog(page).locator('.search-results').first().locator('mark').allTextContents()).toEqual(expect.arrayContaining(['والحشد', 'الشعبي']));
  });

  it('finds "انسحاب القوات" and lands on the Arabic section with the words highlighted', async () => {
    const { page } = await browser.open(AR_BRIEF);
    await searchFor(page, 'انسحاب القوات');
    await dialog(page).locator('.search-results').first().getByRole('link', { name: 'دور القوات الأمريكية والحشد الشعبي' }).click();
    await page.waitForURL((url) => decodeURIComponent(url.hash) === `#${AR_PMF}`);
    await page.locator('mark.search-hit').first().waitFor();
    expect(await page.locator('.prose mark.search-hit').allTextContents()).toEqual(expect.arrayContaining(['انسحاب', 'القوات']));
  });

  it('is reachable by keyboard alone in Arabic, and Escape returns focus to the search button', async () => {
    const { page } = await browser.open(AR_BRIEF);
    await page.locator('.site-header').getByRole('link', { name: 'بحث' }).focus();
    await page.keyboard.press('Enter');
    await dialog(page).getByRole('searchbox').waitFor();
    await page.keyboard.type('الحشد الشعبي');
    await resultsFor(page, 'الحشد الشعبي');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('دور القوات الأمريكية والحشد الشعبي');
    await page.keyboard.press('Escape');
    expect(await dialog(page).isVisible()).toBe(false);
    expect(await isFocused(page, '.search-button')).toBe(true);
    await page.keyboard.press('Control+k');
    await dialog(page).getByRole('searchbox').waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => decodeURIComponent(url.hash) === `#${AR_PMF}`);
    await page.locator('mark.search-hit').first().waitFor();
  });

  // Pagefind rewrites a page's cached sub-results for every search that
  // reaches it; a search left running for "ال" once put its sections on the
  // results of the query typed after it. The first search is held at each
  // stage (its first index chunk, its first page fragment) until the second
  // has started, so the two really overlap there.
  for (const stage of ['index', 'fragment'] as const) {
    it(`shows each query its own sections when the reader types past a search waiting for its ${stage} file`, async () => {
      const { page } = await browser.open(AR_BRIEF);
      await page.keyboard.press('/');
      const box = dialog(page).getByRole('searchbox');
      await box.waitFor();
      let release = () => {};
      let reached = () => {};
      const held = new Promise<void>((resolve) => (reached = resolve));
      let first = true;
      await page.route(`**/pagefind/${stage}/**`, async (route) => {
        if (first) {
          first = false;
          await new Promise<void>((resolve) => ((release = resolve), reached()));
        }
        await route.continue();
      });
      const submit = (value: string) =>
        box.evaluate((input: HTMLInputElement, text) => {
          input.value = text;
          input.form?.requestSubmit();
        }, value);
      await submit('ال');
      await held;
      expect(await dialog(page).locator('.search-status').getAttribute('data-query')).toBeNull();
      await submit('الحشد الشعبي');
      release();
      await resultsFor(page, 'الحشد الشعبي');
      const sections = dialog(page).locator('ol.search-results').first().locator('.search-sections a');
      expect(await sections.allTextContents()).toEqual(['دور القوات الأمريكية والحشد الشعبي']);
    });
  }

  it('widens prefixed Arabic words the stemmer keeps apart', async () => {
    const { page } = await browser.open(AR_BRIEF);
    for (const query of ['فالحكومة', 'بإيران']) {
      await searchFor(page, query);
      expect(await dialog(page).locator('.search-status').textContent(), query).toBe('نتيجة واحدة');
      await page.keyboard.press('Escape');
    }
  });
});

describe('the other edition', () => {
  it('is offered on the English page for an Arabic query', async () => {
    const { page } = await browser.open(BRIEF);
    await searchFor(page, 'الحشد الشعبي');
    const other = dialog(page).locator('.search-other');
    await other.waitFor();
    expect(await other.getByRole('heading').textContent()).toBe('Also in the Arabic edition');
    expect(await other.locator('.search-result').getAttribute('lang')).toBe('ar');
    expect(await other.locator('.search-result').getAttribute('dir')).toBe('rtl');
    // The Arabic result's section list is named in Arabic, like the result itself.
    expect(await other.getByRole('list', { name: 'الأقسام' }).count()).toBe(1);
    expect(decodeURIComponent((await other.locator('.search-result-title').getAttribute('href')) ?? '')).toMatch(/^\/ar\/briefs\/iraq-us-strategic-dialogue\//);
    // The English edition downloads no font, searching included.
    await page.waitForLoadState('networkidle');
    expect(await page.evaluate(() => [...document.fonts].filter((f) => f.status !== 'unloaded').map((f) => f.family))).toEqual([]);
  });

  it('marks the term on the page where an Arabic name matched its English alias', async () => {
    const { page } = await browser.open(BRIEF);
    await searchFor(page, 'داعش');
    const result = dialog(page).locator('.search-results > .search-result').first();
    expect(await result.locator('mark').allTextContents()).toContain('ISIS');
    expect(await result.textContent()).not.toContain('داعش');
  });

  it('keeps pieces of alias texts out of excerpts that start inside one', async () => {
    const { page } = await browser.open(AR_BRIEF);
    await searchFor(page, 'الحكومة');
    const text = (await dialog(page).locator('.search-results').first().textContent()) ?? '';
    expect(text).not.toMatch(/\)\.|Kadhimi|Daesh/);
  });

  it('says which edition had nothing when only the other one has the words', async () => {
    const { page } = await browser.open(BRIEF);
    await searchFor(page, 'الحكومة');
    expect(await dialog(page).locator('.search-status').textContent()).toBe('Nothing found in the English edition for “الحكومة”.');
    const other = dialog(page).locator('.search-other');
    await other.waitFor();
    expect(decodeURIComponent((await other.locator('.search-result-title').getAttribute('href')) ?? '')).toMatch(/^\/ar\/briefs\/iraq-us-strategic-dialogue\//);
  });

  it('lands with the term highlighted where an Arabic query matched only its English alias', async () => {
    const { page } = await browser.open(AR_BRIEF);
    await searchFor(page, 'الحشد الشعبي');
    const other = dialog(page).locator('.search-other');
    await other.waitFor();
    const section = other.getByRole('link', { name: 'The Role of U.S. Troops and PMF' });
    expect(decodeURIComponent((await section.getAttribute('href')) ?? '')).toMatch(/[?&]highlight=[^#]*\bPMF\b/);
    await section.click();
    await page.waitForURL(/#the-role-of-us-troops-and-pmf$/);
    await page.locator('mark.search-hit').first().waitFor();
    expect(await page.locator('.prose mark.search-hit').allTextContents()).toContain('PMF');
  });

  it('is offered on the Arabic page for "PMF"', async () => {
    const { page } = await browser.open(AR_BRIEF);
    await searchFor(page, 'PMF');
    const other = dialog(page).locator('.search-other');
    await other.waitFor();
    expect(await other.getByRole('heading').textContent()).toBe('أيضًا في الطبعة الإنجليزية');
    expect(await other.getByRole('link', { name: 'The Role of U.S. Troops and PMF' }).count()).toBe(1);
  });
});

describe('the search page', () => {
  it('runs the query in ?q= and keeps the address in step with the box', async () => {
    const { page } = await browser.open('/search/?q=PMF');
    await resultsFor(page, 'PMF', '.search-page');
    expect(await page.locator('.search-result').count()).toBeGreaterThan(0);
    expect(await page.getByRole('searchbox').inputValue()).toBe('PMF');
    await page.getByRole('searchbox').fill('troop withdrawal');
    await page.waitForURL((url) => url.searchParams.get('q') === 'troop withdrawal');
    expect(await page.locator('.search-needs-js').count()).toBe(0);
    // The other edition's matches sit under an h2, one level below the page's h1.
    expect(await page.locator('.search-other h2').textContent()).toBe('Also in the Arabic edition');
    // The language switch keeps the query.
    expect(await page.locator('.language-switch a[hreflang="ar"]').getAttribute('href')).toBe('/ar/search/?q=troop+withdrawal');
  });

  it('works in Arabic at /ar/search/', async () => {
    const { page } = await browser.open(`/ar/search/?q=${encodeURIComponent('الحشد الشعبي')}`);
    await page.locator('.search-result').first().waitFor();
    expect(await page.locator('h1').textContent()).toBe('ابحث في الموجزات');
    expect(decodeURIComponent((await page.locator('.search-result-title').first().getAttribute('href')) ?? '')).toContain(AR_BRIEF);
  });

  it('says search needs JavaScript when it is off, and the header control leads there', async () => {
    const { page } = await browser.open(BRIEF, { javaScript: false });
    await page.locator('.site-header').getByRole('link', { name: 'Search' }).click();
    await page.waitForURL((url) => url.pathname === '/search/');
    expect(await page.locator('.search-needs-js').textContent()).toContain('Search needs JavaScript');
  });
});

describe('odd queries', () => {
  const queries = ['a', '', 'x'.repeat(1000), '.*+?^${}()|[]\\', '<img src=x onerror="window.__injected=1">', 'PMF الحشد', '\u200f\u202e\u2066', '"\'`;--'];
  it('never throw, inject markup or leave the reader without a status', async () => {
    const { page } = await browser.open(BRIEF);
    await page.keyboard.press('/');
    const box = dialog(page).getByRole('searchbox');
    await box.waitFor();
    const answered: string[] = [];
    for (const query of queries) {
      // Forget the last answer, so the wait below can only end on this query's own.
      await page.evaluate(() => delete document.querySelector<HTMLElement>('dialog .search-status')?.dataset['query']);
      await box.fill(query);
      const expected = normalizeQuery(query);
      await resultsFor(page, expected);
      answered.push(expected);
      const status = (await dialog(page).locator('.search-status').textContent()) ?? '';
      // Every query ends in a settled state: results, "nothing found", or an empty box.
      if (expected === '') expect(status, JSON.stringify(query)).toBe('');
      else expect(status, JSON.stringify(query)).toMatch(/^(\d+ results?|Nothing found in the English edition for “.*”\.)$/s);
    }
    // Each query was searched as itself, the long one cut to the length the index takes.
    expect(answered[2]).toBe('x'.repeat(MAX_QUERY_LENGTH));
    expect(answered).toContain('<img src=x onerror="window.__injected=1">');
    expect(await page.evaluate(() => (window as { __injected?: number }).__injected)).toBeUndefined();
    expect(await dialog(page).locator('img').count()).toBe(0);
  });
});

describe('words that are not in the brief', () => {
  it('find nothing, though Pagefind would offer a shorter word they start with; a slip at the end still finds the word', async () => {
    const { page } = await browser.open(BRIEF);
    for (const query of ['aaaa', 'onerror alert']) {
      await searchFor(page, query);
      expect(await dialog(page).locator('.search-status').textContent(), query).toBe(`Nothing found in the English edition for “${query}”.`);
      // The other edition is searched a moment after (and finds nothing either).
      await page.waitForFunction((q) => document.querySelector<HTMLElement>('dialog .search-other')?.dataset['query'] === q, query);
      expect(await dialog(page).locator('.search-other').isVisible(), query).toBe(false);
    }
    await searchFor(page, 'withdrawalzz');
    expect(await dialog(page).locator('.search-results').first().getByRole('link', { name: 'The Role of U.S. Troops and PMF' }).count()).toBe(1);
  });
});

describe('when the index cannot load', () => {
  it('says so in the page’s language and the page stays usable', async () => {
    for (const [path, message] of [
      [BRIEF, 'Search could not be loaded'],
      [AR_BRIEF, 'تعذّر تحميل البحث'],
    ] as const) {
      const { page, context } = await browser.open(path);
      await context.route('**/pagefind/**', (route) => route.abort());
      await searchFor(page, 'PMF');
      expect(await dialog(page).locator('.search-status').textContent()).toContain(message);
      browser.forget(/Failed to load|ERR_FAILED|pagefind/i);
      await page.keyboard.press('Escape');
      await page.locator('.byline a').click();
      await page.waitForURL(/\/authors\/farhad-alaaldin\/$/);
    }
  });
});

describe('accessibility of the open dialog (axe, WCAG 2.2 AA)', () => {
  for (const [path, query] of [
    [BRIEF, 'PMF'],
    [AR_BRIEF, 'الحشد الشعبي'],
  ] as const) {
    for (const colorScheme of ['light', 'dark'] as const) {
      it(`finds no violations with results on ${path} (${colorScheme})`, async () => {
        const { page } = await browser.open(path, { colorScheme });
        await searchFor(page, query);
        await dialog(page).locator('.search-other').waitFor();
        expect(await axeViolations(page)).toEqual([]);
      });
    }
  }
});

describe('spellings the library does not use', () => {
  it('searches a name as the brief transliterates it, says so, and marks it', async () => {
    const { page } = await browser.open(BRIEF);
    await searchFor(page, 'Kazimi');
    const status = dialog(page).locator('.search-status');
    expect(await status.textContent()).toMatch(/^Showing results for “Kh?adhimi”( or “Kh?adhimi”)?; nothing was found for “Kazimi”\. 1 result$/);
    const result = dialog(page).locator('.search-results > .search-result').first();
    expect(await result.locator('.search-result-title').getAttribute('href')).toMatch(/^\/briefs\/iraq-us-strategic-dialogue\//);
    expect((await result.locator('mark').allTextContents()).join(' ')).toMatch(/Kh?adhimi/);
  });

  it('does the same on the Arabic page, in Arabic, for a name in Latin letters', async () => {
    const { page } = await browser.open(AR_BRIEF);
    await searchFor(page, 'Hizbollah');
    expect(await dialog(page).locator('.search-status').textContent()).toMatch(/^تُعرض نتائج «.+»، إذ لم يُعثر على شيء عن «Hizbollah»\. نتيجة واحدة$/);
  });

  it('says nothing was found in the page’s language and offers the closest spellings, which search when followed', async () => {
    const { page } = await browser.open(BRIEF);
    await searchFor(page, 'convention');
    expect(await dialog(page).locator('.search-status').textContent()).toBe('Nothing found in the English edition for “convention”.');
    const closest = dialog(page).locator('.search-closest');
    expect(await closest.textContent()).toContain('Closest spellings in this edition:');
    // Offered as the library spells it (here, as in the brief's title).
    const offer = closest.getByRole('link', { name: /^contention$/i });
    const spelling = (await offer.textContent()) ?? '';
    expect(await offer.getAttribute('href')).toBe(`/search/?q=${spelling}`);
    await offer.click();
    await resultsFor(page, spelling);
    expect(await dialog(page).locator('.search-results > .search-result').count()).toBe(1);
    expect(await closest.isVisible()).toBe(false);
  });

  it('finds nothing for an Arabic word the library lacks, in both editions, and offers the closest in Arabic', async () => {
    const { page } = await browser.open(AR_BRIEF);
    await searchFor(page, 'كوريا');
    expect(await dialog(page).locator('.search-status').textContent()).toBe('لا نتائج في الطبعة العربية عن «كوريا».');
    expect(await dialog(page).locator('.search-results').first().locator('.search-result').count()).toBe(0);
    expect(await dialog(page).locator('.search-closest').getByRole('link').allTextContents()).toContain('كورونا');
    // The English edition is searched after, and has nothing either.
    await page.waitForFunction(() => document.querySelector<HTMLElement>('dialog .search-other')?.dataset['query'] === 'كوريا');
    expect(await dialog(page).locator('.search-other').isVisible()).toBe(false);
  });

  it('loads no respelling code or lexicon for a query that finds its words', async () => {
    const { page, context } = await browser.open(BRIEF);
    const requests: string[] = [];
    context.on('request', (request) => requests.push(new URL(request.url()).pathname));
    await searchFor(page, 'PMF');
    await page.waitForLoadState('networkidle');
    expect(requests.filter((path) => path.includes('respell') || path.includes('/lexicon/'))).toEqual([]);
  });
});
