import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ensureNginx } from '../../publish/ensure-nginx';
import { startNginx, type RunningNginx } from '../../publish/nginx-process';
import { launchChromium } from '../support/browser';
import { DIST } from '../support/paths';

/**
 * The built site through nginx (deploy/nginx.conf's headers) in Chromium,
 * with every page's Content-Security-Policy in force: no page of either
 * edition may report a violation, as a `securitypolicyviolation` event or on
 * the console, while search, the place-keeping switch, copying and
 * highlighting still work.
 */
let nginx: RunningNginx;
let browser: Browser;
let context: BrowserContext | undefined;
/** Everything each page reported: violations, console messages and errors. */
let reports: string[] = [];

const BRIEF = '/briefs/iraq-us-strategic-dialogue/';
const AR_BRIEF = '/ar/briefs/iraq-us-strategic-dialogue/';

beforeAll(async () => {
  const problem = ensureNginx();
  if (problem) throw new Error(problem);
  nginx = await startNginx({ root: DIST });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await nginx?.close();
});
afterEach(async () => {
  await context?.close();
  context = undefined;
});

async function open(path: string): Promise<Page> {
  await context?.close();
  reports = [];
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: nginx.origin });
  // Runs before the page's own scripts, and outside its policy.
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`);
    });
  });
  const page = await context.newPage();
  page.on('console', (message) => reports.push(`${message.type()}: ${message.text()}`));
  page.on('pageerror', (error) => reports.push(`pageerror: ${error.message}`));
  await page.goto(nginx.origin + path);
  return page;
}

/** What the page reported, apart from Chromium's note of a 404 document on a missing page. */
const reported = (missing = false) => reports.filter((r) => !(missing && /status of 404/.test(r)));

/** The reader's first move: loads `/reader.js` (and with it what the page needs), unless the page has already. */
async function wake(page: Page) {
  await page.keyboard.press('Shift');
  await page.waitForFunction(() => performance.getEntriesByType('resource').some((entry) => entry.name.endsWith('/reader.js')));
}

async function searchFor(page: Page, query: string) {
  await page.keyboard.press('/');
  const dialog = page.locator('dialog.search-dialog');
  await dialog.getByRole('searchbox').fill(query);
  await dialog.locator('.search-result').first().waitFor();
  return dialog;
}

const pages = [
  ['home', '/', '/ar/'],
  ['brief', BRIEF, AR_BRIEF],
  ['side-by-side', `${BRIEF}parallel/`, `${AR_BRIEF}parallel/`],
  ['author', '/authors/farhad-alaaldin/', '/ar/authors/farhad-alaaldin/'],
  ['topic', '/topics/iraq/', '/ar/topics/iraq/'],
  ['search with results', '/search/?q=PMF', '/ar/search/?q=%D8%A7%D9%84%D8%AD%D8%B4%D8%AF'],
  ['404', '/no-such-page/', '/ar/no-such-page/'],
] as const;

describe('the Content-Security-Policy in Chromium', () => {
  it('is in each page’s <meta>, without unsafe-inline, beside the header’s frame-ancestors', async () => {
    const page = await open(BRIEF);
    const policy = await page.locator('meta[http-equiv=content-security-policy]').getAttribute('content');
    expect(policy).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
    expect(policy).toMatch(/style-src 'self' 'sha256-/);
    expect(policy).not.toMatch(/'unsafe-inline'|'unsafe-eval'|'unsafe-hashes'/);
    const response = await page.request.get(nginx.origin + BRIEF);
    expect(response.headers()['content-security-policy']).toMatch(/frame-ancestors 'none'/);
  });

  for (const [name, en, ar] of pages) {
    for (const path of [en, ar]) {
      it(`reports no violation on the ${name} page (${path})`, async () => {
        const page = await open(path);
        await wake(page);
        if (name === 'search with results') await page.locator('[data-search-page] .search-result').first().waitFor();
        await page.waitForLoadState('networkidle');
        expect(reported(name === '404')).toEqual([]);
      });
    }
  }

  it('finds with search, styled by /search.css, in both editions, and reports no violation', async () => {
    for (const [path, query] of [
      [BRIEF, 'PMF'],
      [AR_BRIEF, 'الحشد'],
    ] as const) {
      const page = await open(path);
      const dialog = await searchFor(page, query);
      expect(await dialog.evaluate((el) => getComputedStyle(el).borderTopStyle)).toBe('solid');
      const link = dialog.locator('.search-result a').first();
      const target = new URL((await link.getAttribute('href'))!, nginx.origin);
      expect(target.searchParams.has('highlight'), path).toBe(true);
      await link.click();
      // The landing page takes `highlight` out of its address as it marks the words, so the
      // wait is for what lasts: the marks, on the result's page.
      await page.locator('mark.search-hit').first().waitFor();
      expect(new URL(page.url()).pathname, path).toBe(target.pathname);
      expect(reported(), path).toEqual([]);
    }
  }, 120_000);

  it('keeps the reader’s place across the language switch and reports no violation', async () => {
    const page = await open(`${BRIEF}#the-role-of-us-troops-and-pmf`);
    await wake(page);
    await page.getByRole('navigation').getByRole('link', { name: 'العربية' }).click();
    await page.waitForURL((url) => url.pathname === AR_BRIEF && url.hash.length > 1);
    expect(reported()).toEqual([]);
  });

  it('copies a citation and reports no violation', async () => {
    const page = await open(BRIEF);
    await page.locator('details.cite summary').click();
    await page.locator('#cite-chicago-copy').click();
    await page.locator('#cite-chicago-copy + [role=status]').getByText(/copied/i).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('Alaaldin');
    expect(reported()).toEqual([]);
  });

  it('highlights the words a result was found by and reports no violation', async () => {
    const page = await open(`${BRIEF}?highlight=PMF`);
    await wake(page);
    const mark = page.locator('mark.search-hit').first();
    await mark.waitFor();
    expect(await mark.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(255, 229, 138)');
    expect(reported()).toEqual([]);
  });

  it('catches a violation when there is one (the harness works)', async () => {
    const page = await open(BRIEF);
    await page.evaluate(() => {
      const style = document.createElement('style');
      style.textContent = 'body { outline: 1px solid red }';
      document.head.append(style);
    });
    await expect.poll(() => reported().join('\n')).toMatch(/style-src/);
  });
});
