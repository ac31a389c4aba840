import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe';
import { useBrowser, type OpenOptions } from '../support/session';

const BRIEF = '/briefs/iraq-us-strategic-dialogue/';
const AR_BRIEF = '/ar/briefs/iraq-us-strategic-dialogue/';

const browser = useBrowser();
const forgetDocument404 = () => browser.forget(/status of 404/);

/** The ways a reader sets a page bigger: a phone, a phone on its side, zoom, a large default font size. */
const VIEWS: [string, OpenOptions][] = [
  ['a 390px phone', { width: 390, height: 844 }],
  ['a phone held sideways', { width: 844, height: 390 }],
  ['a desktop', { width: 1280, height: 720 }],
  ['200% zoom', { width: 1280, height: 720, zoom: 2 }],
  ['400% zoom', { width: 1280, height: 720, zoom: 4 }],
  ['a 32px default font size', { width: 1280, height: 720, defaultFontSize: 32 }],
  ['a 32px default font size on a phone', { width: 390, height: 844, defaultFontSize: 32 }],
];

/** Every sticky or fixed element over the article's column, with the share of the view it covers. */
const stickyOverArticle = (page: Page) =>
  page.evaluate(() => {
    const article = (document.querySelector('article') ?? document.querySelector('main')!).getBoundingClientRect();
    return [...document.querySelectorAll('body *')]
      .filter((el) => ['sticky', 'fixed'].includes(getComputedStyle(el).position))
      .map((el) => ({ el, box: el.getBoundingClientRect() }))
      .filter(({ box }) => box.width > 0 && box.right > article.left && box.left < article.right)
      .map(({ el, box }) => ({
        name: el.className || el.tagName,
        share: Math.max(0, Math.min(box.bottom, innerHeight) - Math.max(box.top, 0)) / innerHeight,
      }));
  });

/**
 * How far `act` scrolls the page, once it has stopped. Only a `scrollend`
 * that finds the page moved counts: an earlier scroll's, dispatched late on
 * a busy machine, would end the wait before `act`'s scroll and leave it to
 * be counted with the next one.
 */
async function scrolled(page: Page, act: () => Promise<void>): Promise<number> {
  const before = await page.evaluate(() => scrollY);
  const done = page.evaluate(
    (from) =>
      new Promise<void>((resolve) => {
        const end = () => {
          if (scrollY === from) return;
          removeEventListener('scrollend', end);
          resolve();
        };
        addEventListener('scrollend', end);
      }),
    before,
  );
  await act();
  await done;
  return (await page.evaluate(() => scrollY)) - before;
}

describe('nothing sticky covers the text', () => {
  for (const path of [BRIEF, AR_BRIEF]) {
    for (const [view, options] of VIEWS) {
      it(`takes at most a tenth of the view over the article on ${view} (${path})`, async () => {
        const { page } = await browser.open(path, options);
        await page.locator('#p6').evaluate((el) => el.scrollIntoView({ block: 'center' }));
        const covers = await stickyOverArticle(page);
        expect(covers.filter(({ share }) => share > 0.1)).toEqual([]);
      });
    }
  }
});

describe('Space and PageDown', () => {
  for (const path of [BRIEF, AR_BRIEF]) {
    for (const [width, height] of [
      [1280, 720],
      [640, 450],
      [390, 844],
    ] as const) {
      it(`never scroll a line out of sight unread at ${width}×${height} (${path})`, async () => {
        const { page } = await browser.open(path, { width, height });
        // Scrolled there, and that scroll's `scrollend` dispatched, before the keys are measured.
        await scrolled(page, () => page.locator('#p4').evaluate((el) => el.scrollIntoView({ block: 'start' })));
        // The tallest line of the body, and the view the chrome leaves: the header's bottom while it sticks.
        const line = await page.locator('.prose > p').first().evaluate((p) => parseFloat(getComputedStyle(p).lineHeight));
        for (const key of ['PageDown', 'Space', 'PageDown']) {
          const top = await page.evaluate(() => Math.max(0, document.querySelector('.site-header')!.getBoundingClientRect().bottom));
          const bottom = await page.evaluate(() => innerHeight);
          const moved = await scrolled(page, () => page.keyboard.press(key));
          // The last line wholly in view before the press is still wholly in view after it.
          expect([key, moved]).toEqual([key, expect.any(Number)]);
          expect(moved, `${key} at ${width}×${height}`).toBeLessThanOrEqual(bottom - top - line);
        }
      });
    }
  }
});

/** Tabs `presses` times (backwards with `shift`) and lists what focus landed on that the sticky header covers. */
async function focusUnderHeader(page: Page, presses: number, shift = false): Promise<string[]> {
  const hidden: string[] = [];
  for (let step = 0; step < presses; step++) {
    await page.keyboard.press(shift ? 'Shift+Tab' : 'Tab');
    const under = await page.evaluate(() => {
      const focused = document.activeElement;
      const header = document.querySelector('.site-header')!;
      if (!focused || focused === document.body || header.contains(focused)) return null;
      const f = focused.getBoundingClientRect();
      // What shows at the target's top edge and its middle: the header there means it is covered.
      const x = Math.min(Math.max(f.left + f.width / 2, 0), innerWidth - 1);
      const covered = [f.top + 1, f.top + f.height / 2].some((y) => y >= 0 && y < innerHeight && header.contains(document.elementFromPoint(x, y)));
      return covered ? focused.textContent?.trim() || focused.outerHTML.slice(0, 60) : null;
    });
    if (under) hidden.push(under);
  }
  return hidden;
}

describe('keyboard focus', () => {
  for (const path of [BRIEF, AR_BRIEF]) {
    for (const width of [390, 1280]) {
      it(`never lands under the sticky header, forwards or backwards, at ${width}px (${path})`, async () => {
        const { page } = await browser.open(path, { width, height: 720 });
        expect(await focusUnderHeader(page, 60)).toEqual([]);
        await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
        await page.locator('.share h2').evaluate((el) => el.scrollIntoView());
        await page.locator('footer a').last().focus();
        expect(await focusUnderHeader(page, 60, true)).toEqual([]);
      });
    }
  }

  it('reaches the header’s controls mid-article without moving the page', async () => {
    for (const width of [390, 1280]) {
      const { page } = await browser.open(BRIEF, { width, height: 720 });
      await page.locator('#p14').evaluate((el) => el.scrollIntoView());
      const before = await page.evaluate(() => scrollY);
      await page.locator('.site-header .brand').focus();
      for (let step = 0; step < 2; step++) await page.keyboard.press('Tab');
      expect(await page.evaluate(() => Boolean(document.activeElement?.closest('.site-header nav')))).toBe(true);
      expect([width, await page.evaluate(() => scrollY)]).toEqual([width, before]);
    }
  });

  it('reaches the contents list beside the article before the article, with no stop per paragraph', async () => {
    const { page } = await browser.open(BRIEF, { width: 1280 });
    const stops: string[] = [];
    for (let step = 0; step < 40; step++) {
      await page.keyboard.press('Tab');
      stops.push(
        await page.evaluate(() => {
          const el = document.activeElement!;
          return el.closest('nav.toc-side') ? 'contents' : el.closest('article') ? (el.classList.contains('permalink') ? 'permalink' : 'article') : 'other';
        }),
      );
    }
    expect(stops).not.toContain('permalink');
    const contents = stops.indexOf('contents');
    expect(contents).toBeGreaterThan(-1);
    expect(contents).toBeLessThan(stops.indexOf('article'));
    // Skip link, site name, search, language: then the contents.
    expect(contents).toBeLessThan(8);
  });
});

/** Targets on the page that are not links inside a sentence (WCAG 2.5.8's inline exception). */
const targets = (page: Page) =>
  page.evaluate(() => {
    const list = [...document.querySelectorAll<HTMLElement>('a[href], button, summary, input, select')].filter((el) => el.checkVisibility() && el.getClientRects().length > 0);
    const inline = (el: HTMLElement) => {
      if (el.tagName !== 'A') return false;
      const block = el.closest('p, li, dd, td, h1, h2, h3');
      return Boolean(block && (block.textContent ?? '').trim().length > (el.textContent ?? '').trim().length + 2);
    };
    return list
      .filter((el) => !inline(el))
      .map((el) => {
        const box = el.getBoundingClientRect();
        return { name: (el.textContent ?? '').trim().slice(0, 30) || el.getAttribute('aria-label') || el.tagName, x: box.left, y: box.top + scrollY, w: box.width, h: box.height };
      });
  });

describe('touch targets on a phone', () => {
  for (const path of [BRIEF, AR_BRIEF, `${BRIEF}parallel/`, '/', '/ar/topics/', '/ar/no-such-page/']) {
    it(`are 24px or spaced as if they were, everywhere on ${path} (WCAG 2.5.8)`, async () => {
      const { page } = await browser.open(path, { width: 390, touch: true });
      forgetDocument404();
      await page.locator('details').evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
      const all = await targets(page);
      const small = all.filter((t) => t.w < 24 || t.h < 24);
      // An undersized target passes if a 24px circle on its centre meets no other target.
      const crowded = small.filter((t) => {
        const cx = t.x + t.w / 2;
        const cy = t.y + t.h / 2;
        return all.some((o) => o !== t && Math.hypot(Math.max(o.x - cx, 0, cx - o.x - o.w), Math.max(o.y - cy, 0, cy - o.y - o.h)) < 12);
      });
      expect(crowded.map((t) => `${t.name} ${Math.round(t.w)}×${Math.round(t.h)}`)).toEqual([]);
    });
  }

  for (const path of [BRIEF, AR_BRIEF]) {
    it(`are at least 44px tall for the main controls (${path})`, async () => {
      const { page } = await browser.open(path, { width: 390, touch: true });
      const heights = await page
        .locator('.site-header a, .site-header button, summary, .button:not([hidden]), .edition-links a, .share a')
        .evaluateAll((els) => els.filter((el) => (el as HTMLElement).checkVisibility()).map((el) => [(el.textContent ?? '').trim() || el.tagName, Math.round(el.getBoundingClientRect().height)]));
      expect(heights.filter(([, h]) => (h as number) < 44)).toEqual([]);
      expect(heights.length).toBeGreaterThan(6);
    });
  }

  it('hide the paragraph permalinks, which a thumb would hit at a paragraph’s end', async () => {
    const { page } = await browser.open(BRIEF, { width: 390, touch: true });
    expect(await page.locator('#p3 .permalink').isVisible()).toBe(false);
  });
});

describe('the Arabic edition at its own size', () => {
  it('sets Arabic body text larger and looser than English, and the small text no smaller than 16px', async () => {
    const sizes = async (path: string) => {
      const { page } = await browser.open(path);
      return page.evaluate(() => {
        const style = (selector: string) => getComputedStyle(document.querySelector(selector)!);
        return { body: parseFloat(style('.prose p').fontSize), leading: parseFloat(style('.prose p').lineHeight) / parseFloat(style('.prose p').fontSize), meta: parseFloat(style('.byline').fontSize) };
      });
    };
    const en = await sizes(BRIEF);
    const ar = await sizes(AR_BRIEF);
    expect(ar.body / en.body).toBeGreaterThanOrEqual(1.1);
    expect(ar.body / en.body).toBeLessThanOrEqual(1.2);
    expect(ar.leading).toBeGreaterThanOrEqual(1.8);
    expect(ar.meta).toBeGreaterThanOrEqual(16);
  });

  it('writes the month in the byline as the body does', async () => {
    const { page } = await browser.open(AR_BRIEF);
    await expect(page.locator('.byline time').textContent()).resolves.toContain('آب/أغسطس');
    await expect(page.locator('.prose').textContent()).resolves.toContain('آب/أغسطس');
  });
});

describe('the "not found" page of each edition', () => {
  it('answers an unknown Arabic address in Arabic, with search and the way home', async () => {
    const { page, response } = await browser.open('/ar/briefs/no-such-brief/');
    forgetDocument404();
    expect(response?.status()).toBe(404);
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['ar', 'rtl']);
    expect(await page.title()).toBe('الصفحة غير موجودة · موجزات السياسات');
    await expect(page.locator('header .brand').textContent()).resolves.toBe('موجزات السياسات');
    await expect(page.getByRole('link', { name: 'اذهب إلى الصفحة الرئيسية' }).getAttribute('href')).resolves.toBe('/ar/');
    await page.getByLabel('ابحث في الموجزات').fill('الحشد');
    await page.getByLabel('ابحث في الموجزات').press('Enter');
    await page.waitForURL((url) => url.pathname === '/ar/search/' && url.searchParams.get('q') === 'الحشد');
  });

  it('answers other unknown addresses in English', async () => {
    const { page } = await browser.open('/no-such-page/');
    forgetDocument404();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await expect(page.locator('h1').textContent()).resolves.toBe('Page not found');
    expect(await page.locator('form[role=search]').getAttribute('action')).toBe('/search/');
  });

  it('has no axe violations in Arabic', async () => {
    const { page } = await browser.open('/ar/no-such-page/');
    forgetDocument404();
    expect(await axeViolations(page)).toEqual([]);
  });
});

describe('finding the way', () => {
  it('leads back to the contents from the header while reading on a phone', async () => {
    const { page } = await browser.open(AR_BRIEF, { width: 390 });
    await page.locator('#p12').evaluate((el) => el.scrollIntoView());
    await page.locator('.site-header').getByRole('link', { name: 'المحتويات' }).click();
    const toc = page.locator('details.toc-inline');
    await page.waitForFunction(() => (document.querySelector('details.toc-inline') as HTMLDetailsElement).open);
    expect(await toc.locator('summary').isVisible()).toBe(true);
    const top = await toc.locator('summary').evaluate((el) => el.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(await page.locator('.site-header').evaluate((el) => el.getBoundingClientRect().bottom));
  });

  it('keeps the reader’s pair when switching language side by side', async () => {
    const { page } = await browser.open(`${BRIEF}parallel/`, { width: 1280 });
    // The Arabic column's font changes the pairs' heights when it arrives.
    await page.evaluate(() => document.fonts.ready);
    await page.locator('#pair-14').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.locator('.site-header').getByRole('link', { name: 'العربية' }).click();
    await page.waitForURL((url) => url.pathname === `/ar${BRIEF}parallel/`);
    expect(new URL(page.url()).hash).toBe('#pair-14');
  });

  it('gives the side-by-side view its contents, and two columns on a tablet held upright', async () => {
    const { page } = await browser.open(`${BRIEF}parallel/`, { width: 820, height: 1180 });
    await page.locator('details.toc-inline summary').click();
    await page.locator('details.toc-inline').getByRole('link', { name: 'Possible Outcomes' }).click();
    await page.waitForURL((url) => url.hash.startsWith('#pair-'));
    const [a, b] = await page.locator('.pair').nth(3).locator('.cell').evaluateAll((cells) => cells.map((c) => c.getBoundingClientRect().toJSON() as DOMRect));
    expect(Math.abs(a!.top - b!.top)).toBeLessThan(2);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(820);
  });

  it('has a footer leading home, to the lists, search, the feed, the other edition and about', async () => {
    const { page } = await browser.open(BRIEF);
    const links = await page.locator('footer .footer-links a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toEqual(['/', '/briefs/', '/topics/', '/authors/', '/search/', '/rss.xml', '/about/', AR_BRIEF]);
    for (const path of ['/briefs/', '/topics/', '/authors/', '/about/', '/ar/briefs/', '/ar/topics/', '/ar/authors/', '/ar/about/']) {
      const response = await page.request.get(browser.origin() + path);
      expect([path, response.status()]).toEqual([path, 200]);
    }
  });
});

describe('small things that got in the way', () => {
  it('clears "Copied" after a while, without moving the e-mail link', async () => {
    const { page, context } = await browser.open(BRIEF);
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const mail = page.getByRole('link', { name: 'Send by e-mail' });
    await mail.scrollIntoViewIfNeeded();
    const before = await mail.boundingBox();
    await page.locator('#share-copy').click();
    await page.locator('#share-copy + [role=status]').getByText('Copied').waitFor();
    expect(await mail.boundingBox()).toEqual(before);
    await page.waitForFunction(() => document.querySelector('#share-copy + [role=status]')?.textContent === '', undefined, { timeout: 8000 });
  });

  it('lets the reader clear search highlights, and takes ?highlight= out of the address', async () => {
    const { page } = await browser.open(`${BRIEF}?highlight=PMF`);
    await page.waitForURL((url) => !url.search.includes('highlight'));
    expect(await page.locator('mark.search-hit').count()).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Clear highlights' }).click();
    expect(await page.locator('mark.search-hit').count()).toBe(0);
  });

  it('says ⌘K on a Mac, and gives no shortcut hint on a touch phone', async () => {
    const { page } = await browser.open(BRIEF, { width: 390, touch: true });
    await page.locator('.site-header [data-act=search]').click();
    await page.locator('dialog[open]').waitFor();
    expect(await page.locator('.search-hint').isVisible()).toBe(false);
    const desk = await browser.open(BRIEF);
    await desk.page.addInitScript(() => Object.defineProperty(navigator, 'platform', { get: () => 'MacIntel' }));
    await desk.page.reload();
    await desk.page.keyboard.press('/');
    await desk.page.locator('.search-hint').waitFor();
    await expect(desk.page.locator('.search-hint').textContent()).resolves.toContain('⌘K');
  });
});

describe('paper', () => {
  it('prints light boxes and the topics even from a dark screen, and keeps the author box with what comes before it', async () => {
    const { page } = await browser.open(BRIEF, { colorScheme: 'dark' });
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    const [credit, author] = await page.evaluate(() =>
      ['.credit', '.author-box'].map((s) => getComputedStyle(document.querySelector(s)!).backgroundColor),
    );
    for (const colour of [credit, author]) {
      const [r, g, b] = (colour ?? '').match(/\d+/g)!.map(Number);
      expect(Math.min(r!, g!, b!)).toBeGreaterThan(200);
    }
    expect(await page.locator('nav.topics a').first().isVisible()).toBe(true);
    expect(await page.locator('.author-box').evaluate((el) => getComputedStyle(el).breakBefore)).toBe('avoid-page');
  });
});
