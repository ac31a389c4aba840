/**
 * `npm run bench`: builds the site, then prints what a reader pays for it:
 * build time, the brief pages' weight, and what search downloads and how
 * long it takes for a cold and a warm query in each edition, each figure
 * beside its target, then Lighthouse's mobile scores and LCP/TBT/CLS for the
 * brief, home and author pages (./lighthouse.ts). Runs on the built site
 * served with gzip on loopback, in Debian's Chromium. Figures only: it never
 * fails on a missed target.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { launchChromium } from '../test/support/browser.ts';
import { lighthouseRows } from './lighthouse.ts';
import { serveStatic } from '../test/support/serve.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
// The built site: BENCH_DIST (or the build's OUT_DIR), else dist/; with --no-build, any built folder.
const DIST = resolve(ROOT, process.env['BENCH_DIST'] ?? process.env['OUT_DIR'] ?? 'dist');
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const rows: string[][] = [];
const row = (...cells: (string | number)[]) => rows.push(cells.map(String));

// Build.
if (!process.argv.includes('--no-build')) {
  const start = performance.now();
  execFileSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: ROOT,
    stdio: 'ignore',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  row('Build (astro build with Pagefind)', `${((performance.now() - start) / 1000).toFixed(1)} s`, '');
}

// Page weight: HTML (styles are inlined into it) and the fonts each brief uses.
const fonts = readdirSync(join(DIST, '_astro')).filter((f) => f.endsWith('.woff2'));
for (const [label, path] of [
  ['English brief', 'briefs/iraq-us-strategic-dialogue/index.html'],
  ['Arabic brief', 'ar/briefs/iraq-us-strategic-dialogue/index.html'],
] as const) {
  const html = readFileSync(join(DIST, path));
  const external = [...html.toString().matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map((m) => readFileSync(join(DIST, m[1] ?? '')));
  const css = external.reduce((sum, file) => sum + file.length, 0);
  const cssGz = external.reduce((sum, file) => sum + gzipSync(file).length, 0);
  row(`${label}: HTML incl. inline CSS (raw / gzip)`, `${kb(html.length)} / ${kb(gzipSync(html).length)}`, '≤ 14 KB gzip with its CSS');
  row(`${label}: external CSS (raw / gzip)`, `${kb(css)} / ${kb(cssGz)}`, '');
}
row('Arabic fonts (woff2, Arabic subset, 2 weights)', fonts.filter((f) => /arabic-(400|700)/.test(f)).map((f) => kb(statSync(join(DIST, '_astro', f)).size)).join(' + '), '≤ 2 files, 120 KB');
row('Search UI (/search-ui.js, raw / gzip)', `${kb(statSync(join(DIST, 'search-ui.js')).size)} / ${kb(gzipSync(readFileSync(join(DIST, 'search-ui.js'))).length)}`, '');

// Search, in the browser.
const server = await serveStatic(DIST, { gzip: true });
const browser = await launchChromium();

/**
 * Bytes on the wire (gzip, headers included) for the requests `action`
 * starts; requests started after it returns (the other edition's search,
 * which runs after the results are shown) are counted apart, as `after`.
 */
async function transferred(page: Page, action: () => Promise<void>) {
  const during: import('playwright-core').Request[] = [];
  const after: import('playwright-core').Request[] = [];
  let done = false;
  const onRequest = (request: import('playwright-core').Request) => (done ? after : during).push(request);
  page.on('request', onRequest);
  await action();
  done = true;
  await page.waitForTimeout(800);
  page.off('request', onRequest);
  const size = async (requests: import('playwright-core').Request[]) => {
    let bytes = 0;
    for (const request of requests) {
      const sizes = await request.sizes().catch(() => undefined);
      if (sizes) bytes += sizes.responseBodySize + sizes.responseHeadersSize;
    }
    return bytes;
  };
  return { bytes: await size(during), files: during.length, after: await size(after), afterFiles: after.length };
}

const resultsFor = (page: Page, query: string) =>
  page.waitForFunction((q) => document.querySelector<HTMLElement>('dialog .search-status')?.dataset['query'] === q, query);
const lastSearchMs = (page: Page) => page.evaluate(() => performance.getEntriesByName('search').at(-1)?.duration ?? NaN);

for (const [label, path, cold, warm] of [
  ['English', '/briefs/iraq-us-strategic-dialogue/', 'PMF', 'troop withdrawal'],
  ['Arabic', '/ar/briefs/iraq-us-strategic-dialogue/', 'الحشد الشعبي', 'انسحاب القوات'],
] as const) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const load = await transferred(page, async () => {
    await page.goto(server.origin + path, { waitUntil: 'networkidle' });
  });
  const scripts = await page.evaluate(() => performance.getEntriesByType('resource').filter((e) => /\.m?js(\?|#|$)/.test(e.name)).length);
  row(`${label} brief: page load (${load.files} files, gzip)`, kb(load.bytes), '');
  row(`${label} brief: JavaScript files before search`, scripts, '0');
  let sinceKey = 0;
  const first = await transferred(page, async () => {
    const start = performance.now();
    await page.keyboard.press('/');
    await page.locator('dialog input').fill(cold);
    await resultsFor(page, cold);
    sinceKey = performance.now() - start;
  });
  row(`${label} cold query "${cold}": downloaded to first results`, `${kb(first.bytes)} (${first.files} files)`, '< 100 KB gzip');
  row(`${label} cold query "${cold}": then the other edition's index`, `${kb(first.after)} (${first.afterFiles} files)`, '');
  row(`${label} cold query "${cold}": search to results`, `${(await lastSearchMs(page)).toFixed(0)} ms`, '< 300 ms');
  row(`${label} cold query "${cold}": key press to results (incl. UI load, 120 ms debounce)`, `${sinceKey.toFixed(0)} ms`, '');
  const again = await transferred(page, async () => {
    await page.locator('dialog input').fill(warm);
    await resultsFor(page, warm);
  });
  row(`${label} warm query "${warm}": search to results`, `${(await lastSearchMs(page)).toFixed(0)} ms (${kb(again.bytes)} more)`, '< 20 ms');
  await context.close();
}
await browser.close();

// Lighthouse, mobile (its default emulation and simulated throttling), per page.
for (const r of await lighthouseRows(server.origin)) rows.push(r);
await server.close();

const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => (r[i] ?? '').length), ['Measure', 'Figure', 'Target'][i]!.length));
const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  |  ');
console.log(line(['Measure', 'Figure', 'Target']));
console.log(widths.map((w) => '-'.repeat(w)).join('--+--'));
for (const r of rows) console.log(line(r));
