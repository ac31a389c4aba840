/**
 * `npm run bench`: builds the site, then prints what a reader pays for it:
 * build time, the brief pages' weight, and what search downloads and how
 * long it takes for a cold and a warm query in each edition, each figure
 * beside its target, then Lighthouse's mobile scores and LCP/TBT/CLS for the
 * brief, home and author pages (./lighthouse.ts). Runs on the built site
 * served with gzip on loopback, in Debian's Chromium, with the requests that
 * block the brief pages' first render as Chromium marks them. Figures only: it never
 * fails on a missed target. `--scale` runs ./scale.ts instead.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchChromium } from '../test/support/browser.ts';
import { lighthouseRows } from './lighthouse.ts';
import { measureRespelling, measureSearch, respellingLine } from './measure-search.ts';
import { renderBlockingRequests } from './render-blocking.ts';
import { serveStatic } from '../test/support/serve.ts';
import { compressFile } from '../publish/compress.ts';
import { LOCAL_SITE_URL } from '../config/site-url.ts';

if (process.argv.includes('--scale')) {
  // `npm run bench -- --scale`: the synthetic-library builds instead (./scale.ts).
  await import('./scale.ts');
  process.exit(0);
}

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
    // A local build on purpose: the benchmark serves it on loopback.
    env: { SITE_URL: LOCAL_SITE_URL, ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
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
  // The brotli copy the build publishes beside the page, which deploy/nginx.conf sends to browsers that accept it.
  const { br } = await compressFile(path, html);
  row(`${label}: HTML incl. inline CSS (raw / gzip / published brotli)`, `${kb(html.length)} / ${kb(gzipSync(html).length)} / ${kb(br?.length ?? html.length)}`, '≤ 14 KB with its CSS');
  row(`${label}: external CSS (raw / gzip)`, `${kb(css)} / ${kb(cssGz)}`, '');
}
const fontSizes = (subset: string) => fonts.filter((f) => f.includes(`-${subset}.`)).map((f) => kb(statSync(join(DIST, '_astro', f)).size)).join(' + ');
row('Arabic font, core subset (variable woff2, 400 and 700; preloaded on Arabic pages)', fontSizes('core'), '1 file, ≤ 25 KB');
row('Arabic font, extended subset (variable woff2, 400 and 700; fetched only for letters outside the core)', fontSizes('extended'), '');
const inlineScript = (path: string) =>
  [...readFileSync(join(DIST, path), 'utf8').matchAll(/<script(?![^>]*application\/ld\+json)[^>]*>([\s\S]*?)<\/script>/g)].reduce(
    (sum, m) => sum + Buffer.byteLength(m[1] ?? ''),
    0,
  );
row('Brief: inline JavaScript run before interaction (en / ar)', `${inlineScript('briefs/iraq-us-strategic-dialogue/index.html')} B / ${inlineScript('ar/briefs/iraq-us-strategic-dialogue/index.html')} B`, '< 1 KB');
row('Reader module (/reader.js, on first interaction, raw / gzip)', `${kb(statSync(join(DIST, 'reader.js')).size)} / ${kb(gzipSync(readFileSync(join(DIST, 'reader.js'))).length)}`, '');
row('Search UI (/search-ui.js, raw / gzip)', `${kb(statSync(join(DIST, 'search-ui.js')).size)} / ${kb(gzipSync(readFileSync(join(DIST, 'search-ui.js'))).length)}`, '');

// Search, in the browser.
const browser = await launchChromium();
const searches = await measureSearch(browser, DIST, [
  { label: 'English', path: '/briefs/iraq-us-strategic-dialogue/', cold: 'PMF', warm: 'troop withdrawal' },
  { label: 'Arabic', path: '/ar/briefs/iraq-us-strategic-dialogue/', cold: 'الحشد الشعبي', warm: 'انسحاب القوات' },
]);
const respellings = await measureRespelling(browser, DIST, '/briefs/iraq-us-strategic-dialogue/');
const pageServer = await serveStatic(DIST, { gzip: true });
const blocking = await renderBlockingRequests(browser, pageServer.origin, ['/briefs/iraq-us-strategic-dialogue/', '/ar/briefs/iraq-us-strategic-dialogue/']);
await pageServer.close();
await browser.close();
row(
  'Brief: render-blocking requests (en / ar)',
  [...blocking.values()].map((paths) => (paths.length ? `${paths.length} (${paths.join(', ')})` : '0')).join(' / '),
  '≤ 1',
);
for (const s of searches) {
  row(`${s.label} brief: page load (gzip)`, kb(s.pageBytes), '');
  row(`${s.label} brief: JavaScript files before search`, s.scriptsBeforeSearch, '0');
  row(`${s.label} cold query "${s.cold}": downloaded to first results`, `${kb(s.coldBytes)} (${s.coldFiles} files; respelling loaded: ${s.coldRespelled ? 'yes' : 'no'})`, '< 100 KB gzip');
  row(`${s.label} cold query "${s.cold}": then the other edition's index`, kb(s.otherBytes), '');
  row(`${s.label} cold query "${s.cold}": search to results (median of 3)`, `${s.coldMs.toFixed(0)} ms`, '< 300 ms');
  row(`${s.label} cold query "${s.cold}": key press to results (incl. UI load, 120 ms debounce; median of 3)`, `${s.keyToResultsMs.toFixed(0)} ms`, '');
  row(`${s.label} warm query "${s.warm}": search to results`, `${s.warmMs.toFixed(0)} ms`, '< 20 ms');
}

for (const pair of respellings) row(`Respelling ${pair.kind}`, respellingLine(pair), 'loaded only then');

// Lighthouse, mobile (its default emulation and simulated throttling), per page.
const server = await serveStatic(DIST, { gzip: true });
for (const r of await lighthouseRows(server.origin)) rows.push(r);
await server.close();

const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => (r[i] ?? '').length), ['Measure', 'Figure', 'Target'][i]!.length));
const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  |  ');
console.log(line(['Measure', 'Figure', 'Target']));
console.log(widths.map((w) => '-'.repeat(w)).join('--+--'));
for (const r of rows) console.log(line(r));
