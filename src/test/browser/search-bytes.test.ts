import type { Request } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser } from '../support/session';

/** The most a reader's first query may download, gzip and headers included (issue 15). */
const COLD_QUERY_BUDGET = 100 * 1024;

const browser = useBrowser(undefined, { gzip: true });

describe('a cold query, served compressed as a host serves the built site', () => {
  for (const { edition, path, query } of [
    { edition: 'English', path: '/briefs/iraq-us-strategic-dialogue/', query: 'PMF' },
    { edition: 'Arabic', path: '/ar/briefs/iraq-us-strategic-dialogue/', query: 'الحشد الشعبي' },
  ]) {
    it(`downloads at most 100 KB to its first results in the ${edition} edition`, async () => {
      const { page, context } = await browser.open(path);
      await page.waitForLoadState('networkidle');
      const requests: Request[] = [];
      context.on('request', (request) => requests.push(request));
      await page.keyboard.press('/');
      await page.locator('dialog input').fill(query);
      await page.waitForFunction((q) => document.querySelector<HTMLElement>('dialog .search-status')?.dataset['query'] === q, query);
      // The requests until the results showed (the other edition is searched after them).
      const cold = [...requests];
      expect(await page.locator('dialog .search-results > li').count()).toBeGreaterThan(0);
      const sizes = await Promise.all(cold.map((request) => request.sizes()));
      const bytes = sizes.reduce((sum, size) => sum + size.responseBodySize + size.responseHeadersSize, 0);
      const files = cold.map((request) => new URL(request.url()).pathname);
      expect(files).toContain('/pagefind/pagefind.js');
      expect(bytes, files.join(', ')).toBeLessThanOrEqual(COLD_QUERY_BUDGET);
    });
  }
});
