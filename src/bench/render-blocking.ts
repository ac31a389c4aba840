import type { Browser } from 'playwright-core';

/**
 * The requests that block a page's first render, as Chromium marks them
 * (`PerformanceResourceTiming.renderBlockingStatus`): stylesheets and
 * scripts in the head that the page must wait for. Inlined styles and the
 * inline loader are not requests; preloaded fonts do not block. Each page
 * opens in a fresh context (an empty cache). Returns, per path, the blocking
 * requests' paths.
 */
export async function renderBlockingRequests(browser: Browser, origin: string, paths: readonly string[]): Promise<Map<string, string[]>> {
  const found = new Map<string, string[]>();
  for (const path of paths) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(origin + path, { waitUntil: 'load' });
    found.set(
      path,
      await page.evaluate(() =>
        (performance.getEntriesByType('resource') as (PerformanceResourceTiming & { renderBlockingStatus?: string })[])
          .filter((entry) => entry.renderBlockingStatus === 'blocking')
          .map((entry) => new URL(entry.name).pathname),
      ),
    );
    await context.close();
  }
  return found;
}
