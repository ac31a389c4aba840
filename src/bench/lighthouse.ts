/**
 * Lighthouse's mobile scores (default mobile emulation, simulated
 * throttling) for the brief, home and author pages in each edition, as bench
 * rows: the four category scores, then LCP, TBT and CLS, each beside its
 * target, and, for a page below full marks, the audits that cost it points.
 * One Debian Chromium (fresh profile, the tests' flags) serves every run.
 *
 * `npm run bench` calls it; alone, `node src/bench/lighthouse.ts [DIR]`
 * serves DIR (default `dist/`) with gzip on loopback and prints the rows.
 * With LIGHTHOUSE_REPORTS=DIR set, each page's full JSON report is written
 * there too, to look into a missed target.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import { CHROMIUM, CHROMIUM_ARGS } from '../test/support/browser.ts';

export const LIGHTHOUSE_PAGES = [
  ['English brief', '/briefs/iraq-us-strategic-dialogue/'],
  ['Arabic brief', '/ar/briefs/iraq-us-strategic-dialogue/'],
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

/**
 * Runs Lighthouse on each page of the site at `origin` and returns bench rows
 * ([measure, figure, target]). Figures only: a missed target is reported, never thrown.
 */
export async function lighthouseRows(origin: string): Promise<string[][]> {
  const rows: string[][] = [];
  const reports = process.env['LIGHTHOUSE_REPORTS'];
  if (reports) mkdirSync(reports, { recursive: true });
  const chromium = await startChromium();
  try {
    for (const [label, path] of LIGHTHOUSE_PAGES) {
      const result = await lighthouse(origin + path, {
        port: chromium.port,
        output: 'json',
        logLevel: 'silent',
        onlyCategories: [...CATEGORIES],
      });
      const lhr = result?.lhr;
      if (!lhr || lhr.runtimeError) {
        rows.push([`${label}: Lighthouse mobile`, `no result (${lhr?.runtimeError?.code ?? 'no report'})`, '']);
        continue;
      }
      if (reports) writeFileSync(join(reports, `${path.replace(/^\/|\/$/g, '').replace(/\//g, '_') || 'home'}.json`), JSON.stringify(lhr, null, 1));
      const audit = (id: string) => lhr.audits[id]?.numericValue;
      const lcp = audit('largest-contentful-paint');
      const tbt = audit('total-blocking-time');
      const cls = audit('cumulative-layout-shift');
      rows.push([
        `${label}: Lighthouse mobile (performance / accessibility / best practices / SEO)`,
        CATEGORIES.map((id) => score(lhr.categories[id]?.score)).join(' / '),
        '100 each',
      ]);
      rows.push([
        `${label}: Lighthouse mobile LCP / TBT / CLS`,
        `${lcp == null ? '–' : `${(lcp / 1000).toFixed(1)} s`} / ${tbt == null ? '–' : `${tbt.toFixed(0)} ms`} / ${cls == null ? '–' : cls.toFixed(3)}`,
        '≤ 2.5 s / ≤ 200 ms / ≤ 0.1',
      ]);
      // What cost points: weighted audits below full marks, by category.
      const missed = CATEGORIES.flatMap((id) => {
        const category = lhr.categories[id];
        if (!category || category.score === 1) return [];
        const ids = category.auditRefs
          .filter((ref) => ref.weight > 0)
          .map((ref) => lhr.audits[ref.id])
          .filter((a) => a && a.score !== null && a.score < 1 && !['notApplicable', 'informative', 'manual'].includes(a.scoreDisplayMode))
          .map((a) => `${a!.id}${a!.scoreDisplayMode === 'numeric' ? ` ${score(a!.score)}` : ''}`);
        return [`${id}: ${ids.join(', ') || '(no weighted audit failed)'}`];
      });
      if (missed.length) rows.push([`${label}: Lighthouse audits below full marks`, missed.join('; '), '']);
    }
  } finally {
    await chromium.close();
  }
  return rows;
}

if (import.meta.main) {
  const { serveStatic } = await import('../test/support/serve.ts');
  const dist = process.argv[2] ?? process.env['BENCH_DIST'] ?? join(new URL('../../', import.meta.url).pathname, 'dist');
  const server = await serveStatic(dist, { gzip: true });
  try {
    for (const r of await lighthouseRows(server.origin)) console.log(r.join('  |  '));
  } finally {
    await server.close();
  }
}
