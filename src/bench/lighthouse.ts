/**
 * Lighthouse's mobile scores (default mobile emulation, simulated
 * throttling) for the brief, home and author pages in each edition, as bench
 * rows: the medians of three runs of the four category scores, LCP, TBT and
 * CLS, each beside its target, for a page below full marks the audits that
 * cost it points, and the Arabic brief's LCP as a share of the English one's.
 * One Debian Chromium (fresh profile, the tests' flags) serves every run.
 *
 * `npm run bench` calls it; alone, `node src/bench/lighthouse.ts [DIR]
 * [--briefs]` serves DIR (default `dist/`) with gzip on loopback and prints
 * the rows (`--briefs`: the two brief editions only).
 * With LIGHTHOUSE_REPORTS=DIR set, each page's full JSON report is written
 * there too, to look into a missed target.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import { CHROMIUM, CHROMIUM_ARGS } from '../test/support/browser.ts';

/** The brief measured in both editions; the Arabic one's LCP is compared with the English one's. */
const BRIEF_PATHS = { en: '/briefs/iraq-us-strategic-dialogue/', ar: '/ar/briefs/iraq-us-strategic-dialogue/' } as const;

export const LIGHTHOUSE_PAGES = [
  ['English brief', BRIEF_PATHS.en],
  ['Arabic brief', BRIEF_PATHS.ar],
  ['English home', '/'],
  ['Arabic home', '/ar/'],
  ['English author', '/authors/farhad-alaaldin/'],
  ['Arabic author', '/ar/authors/farhad-alaaldin/'],
] as const;

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

/** Starts Chromium with a fresh profile and its DevTools on a free loopback port. */
async function startChromium() {
  const profile = mkdtempSync(join(tmpdir(), 'lighthouse-chromium-'));
  const child = spawn(CHROMIUM, [...CHROMIUM_ARGS, `--user-data-dir=${profile}`, '--remote-debugging-address=127.0.0.1', '--remote-debugging-port=0', 'about:blank'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => reject(new Error(`Chromium did not open DevTools:\n${seen}`)), 30_000);
    child.stderr.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(seen);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Chromium exited (${code}) before DevTools opened:\n${seen}`));
    });
  });
  child.stderr.resume();
  return {
    port,
    async close() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

const score = (value: number | null | undefined) => (value == null ? '–' : String(Math.round(value * 100)));

/** Runs per page: the median run is reported, since one run on a shared machine swings by a score point or two. */
export const LIGHTHOUSE_RUNS = 3;

type Lhr = NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr'];

/** The middle value of `values` (the lower middle for an even count); `undefined` for none. */
export function median(values: readonly number[]): number | undefined {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

/**
 * Runs Lighthouse `runs` times on each of `pages` of the site at `origin`
 * and returns bench rows ([measure, figure, target]): per page the median
 * performance score with its range and the median of the other categories,
 * the median LCP (with its range), TBT and CLS, and the audits that cost
 * points in the median run; then the Arabic brief's LCP beside the English
 * one's. Runs go round the pages in turn, so a burst of load on the shared
 * machine falls on every page alike. Figures only: a missed target is
 * reported, never thrown.
 */
export async function lighthouseRows(
  origin: string,
  pages: readonly (readonly [string, string])[] = LIGHTHOUSE_PAGES,
  runs = LIGHTHOUSE_RUNS,
  throttlingMethod: 'simulate' | 'devtools' = 'simulate',
): Promise<string[][]> {
  const rows: string[][] = [];
  const reports = process.env['LIGHTHOUSE_REPORTS'];
  if (reports) mkdirSync(reports, { recursive: true });
  const results = new Map<string, Lhr[]>(pages.map(([, path]) => [path, []]));
  const failures = new Map<string, string>();
  const chromium = await startChromium();
  try {
    for (let run = 0; run < runs; run++) {
      for (const [, path] of pages) {
        const result = await lighthouse(origin + path, {
          port: chromium.port,
          output: 'json',
          logLevel: 'silent',
          onlyCategories: [...CATEGORIES],
          throttlingMethod,
        });
        const lhr = result?.lhr;
        if (!lhr || lhr.runtimeError) {
          failures.set(path, lhr?.runtimeError?.code ?? 'no report');
          continue;
        }
        results.get(path)!.push(lhr);
        if (reports) writeFileSync(join(reports, `${path.replace(/^\/|\/$/g, '').replace(/\//g, '_') || 'home'}-${run + 1}.json`), JSON.stringify(lhr, null, 1));
      }
    }
  } finally {
    await chromium.close();
  }
  const medianLcp = new Map<string, number>();
  for (const [label, path] of pages) {
    const lhrs = results.get(path) ?? [];
    if (lhrs.length === 0) {
      rows.push([`${label}: Lighthouse mobile`, `no result (${failures.get(path) ?? 'no report'})`, '']);
      continue;
    }
    const audit = (lhr: Lhr, id: string) => lhr.audits[id]?.numericValue;
    const lcps = lhrs.map((lhr) => audit(lhr, 'largest-contentful-paint')).filter((v): v is number => v != null);
    const lcp = median(lcps);
    if (lcp != null) medianLcp.set(path, lcp);
    // The run whose performance score is the median one stands for the page's audits.
    const perf = (lhr: Lhr) => lhr.categories['performance']?.score ?? 0;
    const middle = [...lhrs].sort((a, b) => perf(a) - perf(b))[Math.floor((lhrs.length - 1) / 2)]!;
    const categoryMedian = (id: (typeof CATEGORIES)[number]) => median(lhrs.map((lhr) => lhr.categories[id]?.score).filter((v): v is number => v != null));
    const perfScores = lhrs.map(perf).map((v) => Math.round(v * 100));
    const tbt = median(lhrs.map((lhr) => audit(lhr, 'total-blocking-time')).filter((v): v is number => v != null));
    const cls = median(lhrs.map((lhr) => audit(lhr, 'cumulative-layout-shift')).filter((v): v is number => v != null));
    const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
    const of = `median of ${lhrs.length}`;
    rows.push([
      `${label}: Lighthouse mobile (performance / accessibility / best practices / SEO; ${of})`,
      `${CATEGORIES.map((id) => score(categoryMedian(id))).join(' / ')}${lhrs.length > 1 ? ` (performance ${Math.min(...perfScores)}–${Math.max(...perfScores)})` : ''}`,
      '100 each',
    ]);
    rows.push([
      `${label}: Lighthouse mobile LCP / TBT / CLS (${of})`,
      `${lcp == null ? '–' : `${seconds(lcp)}${lcps.length > 1 ? ` (${seconds(Math.min(...lcps))}–${seconds(Math.max(...lcps))})` : ''}`} / ${tbt == null ? '–' : `${tbt.toFixed(0)} ms`} / ${cls == null ? '–' : cls.toFixed(3)}`,
      '≤ 2.5 s / ≤ 200 ms / ≤ 0.1',
    ]);
    // What cost points in the median run: weighted audits below full marks, by category.
    const missed = CATEGORIES.flatMap((id) => {
      const category = middle.categories[id];
      if (!category || category.score === 1) return [];
      const ids = category.auditRefs
        .filter((ref) => ref.weight > 0)
        .map((ref) => middle.audits[ref.id])
        .filter((a) => a && a.score !== null && a.score < 1 && !['notApplicable', 'informative', 'manual'].includes(a.scoreDisplayMode))
        .map((a) => `${a!.id}${a!.scoreDisplayMode === 'numeric' ? ` ${score(a!.score)}` : ''}`);
      return [`${id}: ${ids.join(', ') || '(no weighted audit failed)'}`];
    });
    if (missed.length) rows.push([`${label}: Lighthouse audits below full marks`, missed.join('; '), '']);
  }
  const [en, ar] = [medianLcp.get(BRIEF_PATHS.en), medianLcp.get(BRIEF_PATHS.ar)];
  if (en != null && ar != null) {
    rows.push(['Brief LCP, Arabic / English (median runs, same session)', `${(ar / 1000).toFixed(2)} s / ${(en / 1000).toFixed(2)} s = ${((ar / en) * 100).toFixed(0)}%`, '≤ 110%']);
  }
  return rows;
}

if (import.meta.main) {
  const { serveStatic } = await import('../test/support/serve.ts');
  const dist = process.argv.slice(2).find((arg) => !arg.startsWith('--')) ?? process.env['BENCH_DIST'] ?? join(new URL('../../', import.meta.url).pathname, 'dist');
  const server = await serveStatic(dist, { gzip: true });
  try {
    // `--briefs`: the two brief editions only (the comparison the Arabic font work is judged by).
    const pages = process.argv.includes('--briefs') ? LIGHTHOUSE_PAGES.slice(0, 2) : LIGHTHOUSE_PAGES;
    // `--devtools`: real throttling of the network and CPU during the load (what a reader on a slow phone gets) instead of Lantern's simulation.
    const throttling = process.argv.includes('--devtools') ? 'devtools' : 'simulate';
    for (const r of await lighthouseRows(server.origin, pages, LIGHTHOUSE_RUNS, throttling)) console.log(r.join('  |  '));
  } finally {
    await server.close();
  }
}
