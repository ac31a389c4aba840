import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFixture, type FixtureBuild } from '../support/fixture-build';
import { useBrowser } from '../support/session';

/**
 * Reading a library as it arrives from a publisher (src/test/fixtures/editions/):
 * a translation by the publisher that merges and splits paragraphs, beside a
 * bilingual brief whose paragraphs line up, and English-only briefs that an
 * Arabic reader reaches through search. The same library without any Arabic
 * edition is read too.
 */
const FIXTURE = new URL('../fixtures/editions/', import.meta.url);
const MERGED = '/briefs/publisher-translation/';
const AR_MERGED = '/ar/briefs/publisher-translation/';

let library: FixtureBuild;
let englishOnly: FixtureBuild;
beforeAll(async () => {
  [library, englishOnly] = await Promise.all([
    buildFixture(FIXTURE, undefined, 'editions-browser-'),
    buildFixture(
      FIXTURE,
      async (content) => {
        for (const name of await readdir(join(content, 'briefs'), { recursive: true })) {
          if (name.endsWith('ar.md')) await rm(join(content, 'briefs', name));
        }
      },
      'english-only-browser-',
    ),
  ]);
  expect([library.code, englishOnly.code]).toEqual([0, 0]);
}, 240_000);
afterAll(async () => {
  await Promise.all([library, englishOnly].map((build) => build && rm(build.dir, { recursive: true, force: true })));
});

const browser = useBrowser(() => library.dist);
const bare = useBrowser(() => englishOnly.dist);

const hashOf = (page: Page) => decodeURIComponent(new URL(page.url()).hash.slice(1));

/** Scrolls the `n`th paragraph (0-based) after the heading `headingId` to the top, as a reader would, and follows the header's language link. */
async function switchFrom(page: Page, headingId: string, n: number, language: string, to: string) {
  await page.locator(`[id="${headingId}"] ~ p`).nth(n).evaluate(async (el) => {
    el.scrollIntoView({ block: 'start' });
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  });
  await page.getByRole('navigation').getByRole('link', { name: language }).click();
  await page.waitForURL((url) => url.pathname === to);
}

describe('the language switch on a publisher’s translation that merges and splits paragraphs', () => {
  it('keeps the reader’s section, from the middle of a section, in both directions', async () => {
    const { page } = await browser.open(MERGED);
    await switchFrom(page, 'what-the-council-decided', 2, 'العربية', AR_MERGED);
    expect(hashOf(page)).toBe('ما-قرره-المجلس');
    await switchFrom(page, 'ما-الذي-ينتظرنا', 1, 'English', MERGED);
    expect(hashOf(page)).toBe('what-comes-next');
  });

  it('keeps the paragraph where the editions line up', async () => {
    const { page } = await browser.open('/briefs/bilingual/');
    await switchFrom(page, 'what-the-council-decided', 2, 'العربية', '/ar/briefs/bilingual/');
    expect(hashOf(page)).toBe('p5');
  });
});

describe('English-only briefs, for an Arabic reader', () => {
  it('are found through search’s offer from the English edition', async () => {
    const { page } = await browser.open('/ar/search/?q=council');
    const other = page.locator('.search-other');
    await other.waitFor();
    const links = await other.locator('.search-result-title').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(links).toContain('/briefs/english-only/');
  });

  it('are found from the Arabic search page of a library with no Arabic edition at all', async () => {
    const { page } = await bare.open('/ar/search/?q=council');
    const other = page.locator('.search-other');
    await other.waitFor();
    const links = await other.locator('.search-result-title').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(links.sort()).toEqual(['/briefs/bilingual/', '/briefs/english-only/', '/briefs/publisher-translation/', '/briefs/revised/']);
    expect(await page.locator('.search-status').first().textContent()).toMatch(/council/);
  });
});
