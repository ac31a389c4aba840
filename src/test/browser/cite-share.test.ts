import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { TEST_SITE_URL } from '../support/build';
import { axeViolations } from '../support/axe';
import { useBrowser } from '../support/session';

const SITE = TEST_SITE_URL;
const ORIGINAL = 'https://www.washingtoninstitute.org/policy-analysis/iraq-us-strategic-dialogue-finding-agreement-within-contention';
const EN_TITLE = 'Iraq-U.S. Strategic Dialogue: Finding Agreement within Contention';
const AR_TITLE = 'الحوار الاستراتيجي بين العراق والولايات المتحدة: إيجاد اتفاق ضمن الخلاف';
const AR_PMF = 'دور-القوات-الأمريكية-والحشد-الشعبي';

const editions = [
  {
    lang: 'en',
    path: '/briefs/iraq-us-strategic-dialogue/',
    summary: 'Cite this brief',
    copied: 'Copied',
    copyLink: 'Copy link',
    copyHere: 'Copy link to this paragraph',
    styles: {
      chicago: {
        button: 'Copy Chicago (notes and bibliography)',
        text: `Alaaldin, Farhad. “${EN_TITLE}.” The Washington Institute for Near East Policy, August 18, 2020. ${ORIGINAL}.`,
      },
      apa: {
        button: 'Copy APA (7th edition)',
        text: `Alaaldin, F. (2020, August 18). ${EN_TITLE}. The Washington Institute for Near East Policy. ${ORIGINAL}`,
      },
    },
    files: { bib: 'BibTeX file', ris: 'RIS file' },
    title: EN_TITLE,
    author: ['Alaaldin', 'Farhad'],
    urls: [ORIGINAL],
    pmf: 'the-role-of-us-troops-and-pmf',
  },
  {
    lang: 'ar',
    path: '/ar/briefs/iraq-us-strategic-dialogue/',
    summary: 'كيفية الاستشهاد بهذا الموجز',
    copied: 'تم النسخ',
    copyLink: 'انسخ الرابط',
    copyHere: 'انسخ رابط هذه الفقرة',
    styles: {
      chicago: {
        button: 'انسخ أسلوب شيكاغو (الحواشي والمراجع)',
        text:
          `علاء الدين، فرهاد. «${AR_TITLE}». ترجمة: موجزات السياسات؛ النص الأصلي بالإنجليزية: «${EN_TITLE}». ` +
          `معهد واشنطن لسياسة الشرق الأدنى، 18 أغسطس 2020. ${SITE}/ar/briefs/iraq-us-strategic-dialogue/. الأصل: ${ORIGINAL}.`,
      },
      apa: {
        button: 'انسخ أسلوب APA (الإصدار السابع)',
        text:
          `علاء الدين، فرهاد. (2020، 18 أغسطس). ${AR_TITLE} (ترجمة: موجزات السياسات؛ النص الأصلي بالإنجليزية: «${EN_TITLE}»). ` +
          `معهد واشنطن لسياسة الشرق الأدنى. ${SITE}/ar/briefs/iraq-us-strategic-dialogue/. الأصل: ${ORIGINAL}`,
      },
    },
    files: { bib: 'ملف BibTeX', ris: 'ملف RIS' },
    title: AR_TITLE,
    author: ['علاء الدين', 'فرهاد'],
    urls: [`${SITE}/ar/briefs/iraq-us-strategic-dialogue/`, ORIGINAL],
    pmf: encodeURIComponent(AR_PMF),
  },
] as const;

const browser = useBrowser();

/** Opens `path` with clipboard access granted to the served origin. */
async function openWithClipboard(path: string): Promise<{ page: Page; context: BrowserContext }> {
  const { page, context } = await browser.open(path);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: browser.origin() });
  return { page, context };
}

const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

/** Scrolls the element into view as a reader would, and waits until that is painted. */
const scrollTo = (page: Page, selector: string) =>
  page.locator(selector).evaluate(async (el) => {
    el.scrollIntoView({ block: 'start' });
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  });

for (const edition of editions) {
  describe(`"Cite this brief" (${edition.lang})`, () => {
    for (const style of ['chicago', 'apa'] as const) {
      it(`copies exactly the ${style} citation and confirms it`, async () => {
        const { page } = await openWithClipboard(edition.path);
        await page.locator('details.cite summary').click();
        const { button, text } = edition.styles[style];
        await expect(page.locator(`#cite-${style}`).textContent()).resolves.toBe(text);
        await page.getByRole('button', { name: button, exact: true }).click();
        await page.locator(`#cite-${style}-copy + [role=status]`).getByText(edition.copied, { exact: true }).waitFor();
        expect(await clipboard(page)).toBe(text);
      });
    }

    it('links BibTeX and RIS files naming the title, author, year and URL', async () => {
      const { page } = await browser.open(edition.path);
      await page.locator('details.cite summary').click();
      for (const [kind, name] of Object.entries(edition.files)) {
        const href = await page.getByRole('link', { name, exact: true }).getAttribute('href');
        expect(href).toBe(`${edition.path}citation.${kind}`);
        const response = await page.request.get(browser.origin() + href);
        expect(response.status()).toBe(200);
        const body = await response.text();
        for (const part of [edition.title, ...edition.author, '2020', ...edition.urls]) expect([kind, body]).toEqual([kind, expect.stringContaining(part)]);
      }
    });

    it('has no axe violations with the citation box open and a citation copied', async () => {
      const { page } = await openWithClipboard(edition.path);
      await page.locator('details.cite summary').click();
      await page.getByRole('button', { name: edition.styles.chicago.button, exact: true }).click();
      await page.getByText(edition.copied, { exact: true }).first().waitFor();
      expect(await axeViolations(page)).toEqual([]);
    });
  });

  describe(`sharing (${edition.lang})`, () => {
    it('copies the link to the PMF section, from beside the article, after the reader scrolls to it', async () => {
      const { page } = await openWithClipboard(edition.path);
      await scrollTo(page, `[id="${decodeURIComponent(edition.pmf)}"]`);
      await page.getByRole('button', { name: edition.copyHere, exact: true }).click();
      await page.locator('#copy-here + [role=status]').getByText(edition.copied, { exact: true }).waitFor();
      expect(await clipboard(page)).toBe(`${SITE}${edition.path}#${edition.pmf}`);
    });

    it('copies the section link from the keyboard, without moving the reader', async () => {
      const { page } = await openWithClipboard(edition.path);
      await scrollTo(page, `[id="${decodeURIComponent(edition.pmf)}"]`);
      const before = await page.evaluate(() => scrollY);
      await page.getByRole('button', { name: edition.copyHere, exact: true }).focus();
      await page.keyboard.press('Enter');
      await page.locator('#copy-here + [role=status]').getByText(edition.copied, { exact: true }).waitFor();
      expect(await clipboard(page)).toBe(`${SITE}${edition.path}#${edition.pmf}`);
      expect(await page.evaluate(() => scrollY)).toBe(before);
    });

    it('copies the plain link at the top of the page, and at the article’s end', async () => {
      const { page } = await openWithClipboard(edition.path);
      await page.getByRole('button', { name: edition.copyHere, exact: true }).click();
      await page.locator('#copy-here + [role=status]').getByText(edition.copied, { exact: true }).waitFor();
      expect(await clipboard(page)).toBe(`${SITE}${edition.path}`);
      await page.getByRole('button', { name: edition.copyLink, exact: true }).click();
      await page.locator('#share-copy + [role=status]').getByText(edition.copied, { exact: true }).waitFor();
      expect(await clipboard(page)).toBe(`${SITE}${edition.path}`);
    });
  });
}

describe('sharing', () => {
  it('copies the link to the paragraph being read when paragraphs have ids', async () => {
    const { page } = await openWithClipboard(editions[0].path);
    const paragraph = page.locator('.prose p', { hasText: 'detaining 14 members of Kataib Hizballah' });
    const id = await paragraph.getAttribute('id');
    expect(id).toBeTruthy();
    await paragraph.evaluate(async (el) => {
      el.scrollIntoView({ block: 'start' });
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    });
    await page.getByRole('button', { name: 'Copy link to this paragraph', exact: true }).click();
    await page.getByText('Copied', { exact: true }).waitFor();
    expect(await clipboard(page)).toBe(`${SITE}${editions[0].path}#${id}`);
  });

  it('offers the share sheet at the article’s end only where the browser has one, with the title and link', async () => {
    const { page } = await browser.open(editions[0].path);
    const native = page.getByRole('button', { name: 'Share…' });
    expect(await native.isVisible()).toBe(await page.evaluate(() => 'share' in navigator));

    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'share', {
        value: (data: ShareData) => {
          (window as unknown as { shared: ShareData }).shared = data;
          return Promise.resolve();
        },
      });
    });
    await page.reload();
    await scrollTo(page, `[id="${editions[0].pmf}"]`);
    await native.click();
    await page.waitForFunction(() => 'shared' in window);
    expect(await page.evaluate(() => (window as unknown as { shared: ShareData }).shared)).toEqual({
      title: EN_TITLE,
      url: `${SITE}${editions[0].path}`,
    });
  });

  it('offers an e-mail link with the title as subject and the link as body', async () => {
    const { page } = await browser.open(editions[1].path);
    const href = await page.getByRole('link', { name: 'أرسل بالبريد الإلكتروني' }).getAttribute('href');
    const mail = new URL(href ?? '');
    expect([mail.protocol, mail.searchParams.get('subject'), mail.searchParams.get('body')]).toEqual([
      'mailto:',
      AR_TITLE,
      `${SITE}${editions[1].path}`,
    ]);
  });

  it('works without JavaScript: the copy buttons are hidden, the citations and e-mail link are there', async () => {
    const { page } = await browser.open(editions[0].path, { javaScript: false });
    await page.locator('details.cite summary').click();
    await expect(page.locator('#cite-chicago').isVisible()).resolves.toBe(true);
    await expect(page.locator('button.copy, [data-share]').evaluateAll((buttons) => buttons.filter((b) => b.checkVisibility()).length)).resolves.toBe(0);
    await expect(page.getByRole('link', { name: 'Send by e-mail' }).isVisible()).resolves.toBe(true);
  });
});

describe('reading pages', () => {
  it('download no JavaScript file before the reader interacts', async () => {
    const { page } = await browser.open(editions[1].path);
    await page.waitForLoadState('networkidle');
    const scripts = await page.evaluate(() =>
      performance.getEntriesByType('resource').filter((entry) => /\.m?js(\?|$)/.test(entry.name)).map((entry) => entry.name),
    );
    expect(scripts).toEqual([]);
  });
});
