import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe';
import { useBrowser } from '../support/session';

const BRIEF = '/briefs/iraq-us-strategic-dialogue/';
const AR_BRIEF = '/ar/briefs/iraq-us-strategic-dialogue/';
const AR_PMF = 'دور-القوات-الأمريكية-والحشد-الشعبي';

const browser = useBrowser();
const open = browser.open;
/** Chromium logs the 404 status of a missing page's document; that one message is expected there. */
const forgetDocument404 = () => browser.forget(/status of 404/);

const hashOf = (page: Page) => decodeURIComponent(new URL(page.url()).hash.slice(1));
const inViewport = (page: Page, selector: string) =>
  page.locator(selector).evaluate((el) => {
    const { top } = el.getBoundingClientRect();
    return top >= -1 && top < window.innerHeight / 2;
  });

describe('the language switch', () => {
  it('takes a reader from the PMF section of the English brief to the same section in Arabic', async () => {
    const { page } = await open(`${BRIEF}#the-role-of-us-troops-and-pmf`);
    await page.getByRole('navigation').getByRole('link', { name: 'العربية' }).click();
    await page.waitForURL((url) => url.pathname === AR_BRIEF);
    expect(hashOf(page)).toBe(AR_PMF);
    expect(await inViewport(page, `[id="${AR_PMF}"]`)).toBe(true);
  });

  it('keeps the paragraph when the reader is in the middle of a section', async () => {
    for (const where of ['navigation', 'article'] as const) {
      const { page } = await open(BRIEF);
      const reading = page.locator('.prose > p', { hasText: 'detaining 14 members of Kataib Hizballah' });
      const paragraph = await reading.getAttribute('id');
      expect(paragraph).toMatch(/^p\d+$/);
      await reading.evaluate(async (el) => {
        el.scrollIntoView({ block: 'start' });
        // A reader's scroll is painted before they click anything.
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      });
      const scope = where === 'article' ? page.locator('article') : page.getByRole('navigation');
      await scope.getByRole('link', { name: where === 'article' ? 'Arabic' : 'العربية' }).click();
      await page.waitForURL((url) => url.pathname === AR_BRIEF);
      expect([where, hashOf(page)]).toEqual([where, paragraph]);
      // The same paragraph id is the Arabic translation of that paragraph, inside the PMF section.
      expect(await page.locator(`[id="${paragraph}"]`).textContent()).toContain('كتائب حزب الله');
      const inSection = await page.evaluate(
        ([p, h]) => document.getElementById(h!)!.compareDocumentPosition(document.getElementById(p!)!) & Node.DOCUMENT_POSITION_FOLLOWING,
        [paragraph, AR_PMF],
      );
      expect(inSection).toBeTruthy();
    }
  });

  // One test per edition and width, each at two distances below the header.
  for (const [from, to, id, twin] of [
    [BRIEF, AR_BRIEF, 'the-role-of-us-troops-and-pmf', AR_PMF],
    [AR_BRIEF, BRIEF, AR_PMF, 'the-role-of-us-troops-and-pmf'],
  ] as const) {
    for (const width of [320, 1280]) {
      it(`takes the heading when only the last lines of the paragraph before it are left at the top (${from} at ${width}px)`, async () => {
        for (const below of [60, 110]) {
          const { page } = await open(from, { width });
          const shown = await page.locator(`[id="${id}"]`).evaluate(async (heading, gap) => {
            // The heading `gap` px below the header (the view's top where the header scrolls away,
            // as it does at 320px), the last lines of the paragraph before it above.
            const bar = document.querySelector('.site-header')!;
            // Where the header is not sticky it is scrolled away once the page is: the edge is the view's top.
            const header = () => (getComputedStyle(bar).position === 'sticky' ? bar.getBoundingClientRect().bottom : 0);
            window.scrollBy(0, heading.getBoundingClientRect().top - header() - gap);
            await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
            return heading.previousElementSibling!.getBoundingClientRect().bottom - header();
          }, below);
          // The paragraph before still shows a strip of itself: the case this is about.
          expect(shown).toBeGreaterThan(8);
          await page.getByRole('navigation').getByRole('link', { name: to === BRIEF ? 'English' : 'العربية' }).click();
          await page.waitForURL((url) => url.pathname === to);
          expect([from, width, below, hashOf(page)]).toEqual([from, width, below, twin]);
        }
      });
    }
  }

  it('keeps the section when the reader clicks before the page’s script has loaded', async () => {
    const { page } = await open(BRIEF);
    let release = () => {};
    let requested = () => {};
    const held = new Promise<void>((resolve) => (requested = resolve));
    await page.route('**/reader.js', async (route) => {
      await new Promise<void>((resolve) => ((release = resolve), requested()));
      await route.continue();
    });
    // Whether the loader kept the click from following the link, seen after every handler has run.
    await page.evaluate(() => addEventListener('click', (event) => ((window as { held?: boolean }).held = event.defaultPrevented), { once: true }));
    await page.locator('#the-role-of-us-troops-and-pmf').evaluate((el) => el.scrollIntoView());
    await held;
    await page.getByRole('navigation').getByRole('link', { name: 'العربية' }).click({ noWaitAfter: true });
    // The script is still on its way: the click waits for it instead of opening the top of the page.
    expect(await page.evaluate(() => (window as { held?: boolean }).held)).toBe(true);
    expect(new URL(page.url()).pathname).toBe(BRIEF);
    release();
    await page.waitForURL((url) => url.pathname === AR_BRIEF);
    expect(hashOf(page)).toBe(AR_PMF);
  });

  it('still opens the other edition, and the search page, when the page’s script cannot load', async () => {
    for (const control of ['switch', 'search'] as const) {
      const { page } = await open(BRIEF);
      await page.route('**/reader.js', (route) => route.abort());
      if (control === 'switch') await page.getByRole('navigation').getByRole('link', { name: 'العربية' }).click();
      else await page.keyboard.press('/');
      await page.waitForURL((url) => url.pathname === (control === 'switch' ? AR_BRIEF : '/search/'));
      // The failed requests and imports (the search page tries again) are reported a moment later.
      await browser.messagesLogged(...(control === 'switch' ? [/Failed to load resource/] : [/Failed to load resource/, /Failed to fetch dynamically imported module/]));
      browser.forget(/Failed to load resource|Failed to fetch dynamically imported module/);
    }
  });

  it('opens the top of the other edition when the reader has gone back to the top', async () => {
    const { page } = await open(`${BRIEF}#the-role-of-us-troops-and-pmf`, { clock: true });
    // The reader's own scroll to the top, seen by the page's script (its listener runs before this one).
    await page.evaluate(() => new Promise((resolve) => (addEventListener('scroll', resolve, { once: true }), scrollTo(0, 0))));
    await page.evaluate('import("/reader.js").then(() => true)');
    // A jump to the top just before a click is taken for reaching the link; a second later it is the reader's place.
    await page.clock.fastForward(1500);
    await page.locator('article').getByRole('link', { name: 'Arabic' }).click();
    await page.waitForURL((url) => url.pathname === AR_BRIEF);
    expect(hashOf(page)).toBe('');
  });

  it('goes back from the Arabic section to the English one', async () => {
    const { page } = await open(`${AR_BRIEF}#${encodeURIComponent('النتائج-المحتملة')}`);
    await page.getByRole('navigation').getByRole('link', { name: 'English' }).click();
    await page.waitForURL((url) => url.pathname === BRIEF);
    expect(hashOf(page)).toBe('possible-outcomes');
  });

  it('opens the top of the other edition from the top of the page', async () => {
    const { page } = await open(BRIEF);
    await page.getByRole('navigation').getByRole('link', { name: 'العربية' }).click();
    await page.waitForURL((url) => url.pathname === AR_BRIEF);
    expect(hashOf(page)).toBe('');
  });

  it('works as a plain link without JavaScript', async () => {
    const { page } = await open(`${BRIEF}#the-role-of-us-troops-and-pmf`, { javaScript: false });
    await page.getByRole('navigation').getByRole('link', { name: 'العربية' }).click();
    await page.waitForURL((url) => url.pathname === AR_BRIEF);
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
  });
});

describe('the Arabic brief', () => {
  it('is laid out right to left, with the sidebar on the left on a desktop', async () => {
    const { page } = await open(AR_BRIEF);
    expect(await page.locator('body').evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
    const article = await page.locator('article.brief').boundingBox();
    const aside = await page.locator('aside').boundingBox();
    expect(aside && article && aside.x + aside.width <= article.x).toBe(true);
    const heading = await page.locator('h1').boundingBox();
    // Right-aligned: the title ends at the article's right edge.
    expect(Math.abs((heading?.x ?? 0) + (heading?.width ?? 0) - ((article?.x ?? 0) + (article?.width ?? 0)))).toBeLessThan(2);
  });

  it('loads the self-hosted Arabic font, and the English brief loads none', async () => {
    const fonts = async (path: string) => {
      const { page } = await open(path);
      await page.evaluate(() => document.fonts.ready);
      return page.evaluate(() => [...document.fonts].filter((f) => f.status === 'loaded').map((f) => f.family));
    };
    expect(await fonts(AR_BRIEF)).toContain('Noto Naskh Arabic');
    expect(await fonts(BRIEF)).toEqual([]);
  });
});

describe('on a 390 px phone', () => {
  for (const path of [BRIEF, AR_BRIEF]) {
    it(`puts the sidebar after the article and never scrolls sideways (${path})`, async () => {
      const { page } = await open(path, { width: 390 });
      const article = await page.locator('article.brief').boundingBox();
      const aside = await page.locator('aside').boundingBox();
      expect(aside && article && aside.y >= article.y + article.height).toBe(true);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    });
  }
});

describe('printing', () => {
  it('prints the article alone, with the original’s address under the byline', async () => {
    const { page } = await open(BRIEF);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('aside').isVisible()).toBe(false);
    expect(await page.locator('header.site-header').isVisible()).toBe(false);
    expect(await page.locator('footer').isVisible()).toBe(false);
    expect(await page.locator('article h1').isVisible()).toBe(true);
    // The original's address is printed once, in the credit under the byline.
    await expect(page.locator('header .credit').textContent()).resolves.toContain(
      'https://www.washingtoninstitute.org/policy-analysis/iraq-us-strategic-dialogue-finding-agreement-within-contention',
    );
    expect(await page.locator('header .credit .print-url').isVisible()).toBe(true);
    expect(await page.locator('.source').isVisible()).toBe(false);
    // So is the side-by-side view's.
    const parallel = await open(`${BRIEF}parallel/`);
    await parallel.page.emulateMedia({ media: 'print' });
    expect(await parallel.page.locator('.credit .print-url').isVisible()).toBe(true);
  });
});

describe('the 404 page', () => {
  // The status is the host's to send (the test server sends 404 with /404.html, as static hosts do);
  // the site's part is the page, checked in the built site and here as a reader sees it.
  it('shows a reader who followed a dead link what happened, with a way home in both languages', async () => {
    const { page } = await open('/briefs/no-such-brief/');
    forgetDocument404();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Page not found');
    expect(await page.locator('main [lang=ar]').evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
    await expect(page.getByRole('link', { name: 'Go to the home page' }).getAttribute('href')).resolves.toBe('/');
    await expect(page.getByRole('link', { name: 'اذهب إلى الصفحة الرئيسية' }).getAttribute('href')).resolves.toBe('/ar/');
  });
});

describe('accessibility (axe, WCAG 2.2 AA)', () => {
  it('reports violations when there are some (the harness works)', async () => {
    const { page } = await open('/');
    await page.evaluate(() => {
      document.querySelector('main')?.insertAdjacentHTML('beforeend', '<img src="/favicon.svg"><a href="/"></a>');
    });
    const violations = await axeViolations(page);
    expect(violations.map((v) => v.split(':')[0])).toEqual(expect.arrayContaining(['image-alt', 'link-name']));
  });

  const paths = ['/', '/ar/', BRIEF, AR_BRIEF, '/authors/farhad-alaaldin/', '/ar/authors/farhad-alaaldin/', '/no-such-page/'];
  for (const colorScheme of ['light', 'dark'] as const) {
    for (const path of paths) {
      it(`finds no violations on ${path} (${colorScheme})`, async () => {
        const { page } = await open(path, { colorScheme });
        forgetDocument404();
        expect(await axeViolations(page)).toEqual([]);
      });
    }
  }
});

describe('keyboard use', () => {
  it('starts with a skip link that moves focus to the main content', async () => {
    const { page } = await open(BRIEF);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await expect(skip.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await page.keyboard.press('Enter');
    expect(new URL(page.url()).hash).toBe('#main');
  });
});
