/**
 * Measures search as a reader meets it, in Debian's Chromium against a built
 * site served with gzip on loopback: bytes on the wire until the first
 * results of a cold query (fresh browser context), then the time of a cold
 * and a warm query (the UI's own `search` performance measure), the cold
 * time as the median of several fresh contexts.
 */
import type { Browser, Page, Request } from 'playwright-core';
import { serveStatic } from '../test/support/serve.ts';

export interface SearchCase {
  label: string;
  path: string;
  cold: string;
  warm: string;
}

export interface SearchFigures {
  label: string;
  cold: string;
  warm: string;
  /** JavaScript files the page loaded before search was opened. */
  scriptsBeforeSearch: number;
  pageBytes: number;
  coldBytes: number;
  coldFiles: number;
  /** Bytes of the other edition's index, fetched after the results show. */
  otherBytes: number;
  coldMs: number;
  keyToResultsMs: number;
  warmMs: number;
}

/** Bytes (gzip, headers included) of the requests `action` starts, and of those started after it. */
async function transferred(page: Page, action: () => Promise<void>) {
  const during: Request[] = [];
  const after: Request[] = [];
  let done = false;
  const onRequest = (request: Request) => (done ? after : during).push(request);
  page.on('request', onRequest);
  await action();
  done = true;
  await page.waitForTimeout(800);
  page.off('request', onRequest);
  const size = async (requests: Request[]) => {
    let bytes = 0;
    for (const request of requests) {
      const sizes = await request.sizes().catch(() => undefined);
      if (sizes) bytes += sizes.responseBodySize + sizes.responseHeadersSize;
    }
    return bytes;
  };
  return { bytes: await size(during), files: during.length, after: await size(after) };
}

const resultsFor = (page: Page, query: string) =>
  page.waitForFunction((q) => document.querySelector<HTMLElement>('dialog .search-status')?.dataset['query'] === q, query, { timeout: 60_000 });
const lastSearchMs = (page: Page) => page.evaluate(() => performance.getEntriesByName('search').at(-1)?.duration ?? Number.NaN);

/** The middle value of `values` (the lower middle of an even count). */
const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)]!;

/**
 * One reader in a fresh browser context (an empty HTTP cache): the page
 * loads, a cold query runs, then, with `thenWarm`, a warm one (else its
 * time is NaN).
 */
async function measureOnce(browser: Browser, origin: string, { label, path, cold, warm }: SearchCase, thenWarm: boolean): Promise<SearchFigures> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const load = await transferred(page, async () => {
      await page.goto(origin + path, { waitUntil: 'networkidle' });
    });
    const scriptsBeforeSearch = await page.evaluate(
      () => performance.getEntriesByType('resource').filter((e) => /\.m?js(\?|#|$)/.test(e.name)).length,
    );
    let keyToResultsMs = 0;
    const first = await transferred(page, async () => {
      const start = performance.now();
      await page.keyboard.press('/');
      await page.locator('dialog input').fill(cold);
      await resultsFor(page, cold);
      keyToResultsMs = performance.now() - start;
    });
    const coldMs = await lastSearchMs(page);
    let warmMs = Number.NaN;
    if (thenWarm) {
      await page.locator('dialog input').fill(warm);
      await resultsFor(page, warm);
      warmMs = await lastSearchMs(page);
    }
    return {
      label,
      cold,
      warm,
      scriptsBeforeSearch,
      pageBytes: load.bytes,
      coldBytes: first.bytes,
      coldFiles: first.files,
      otherBytes: first.after,
      coldMs,
      keyToResultsMs,
      warmMs,
    };
  } finally {
    await context.close();
  }
}

/**
 * Each case is measured by `coldRuns` readers (`measureOnce`) and its cold
 * times reported as their median, so one slow run on a busy machine does
 * not stand for the site; bytes are the first reader's (every reader
 * downloads the same files), the warm time the last one's.
 */
export async function measureSearch(browser: Browser, dist: string, cases: readonly SearchCase[], coldRuns = 3): Promise<SearchFigures[]> {
  const server = await serveStatic(dist, { gzip: true });
  const figures: SearchFigures[] = [];
  try {
    for (const searchCase of cases) {
      const runs: SearchFigures[] = [];
      for (let run = 0; run < coldRuns; run++) runs.push(await measureOnce(browser, server.origin, searchCase, run === coldRuns - 1));
      figures.push({
        ...runs[0]!,
        coldMs: median(runs.map((r) => r.coldMs)),
        keyToResultsMs: median(runs.map((r) => r.keyToResultsMs)),
        warmMs: runs.at(-1)!.warmMs,
      });
    }
  } finally {
    await server.close();
  }
  return figures;
}

/**
 * Queries that find nothing as typed, each beside the spelling the library
 * has: the respelling (src/search/respell.ts) loads its module and a
 * lexicon file and searches again, and these pairs measure what that adds.
 * Both are found on the real brief and on every synthetic one.
 */
export const RESPELLING_PAIRS = [
  { kind: 'a slip', typed: 'wtihdrawal', right: 'withdrawal' },
  { kind: 'another transliteration', typed: 'Kazimi', right: 'Kadhimi' },
] as const;

export interface RespellingFigures {
  kind: string;
  typed: SearchFigures;
  right: SearchFigures;
}

/** The cold queries of `RESPELLING_PAIRS` on the English page at `path` (`measureSearch`). */
export async function measureRespelling(browser: Browser, dist: string, path: string): Promise<RespellingFigures[]> {
  const figures: RespellingFigures[] = [];
  for (const { kind, typed, right } of RESPELLING_PAIRS) {
    const [slip, spelled] = await measureSearch(browser, dist, [
      { label: typed, path, cold: typed, warm: right },
      { label: right, path, cold: right, warm: typed },
    ]);
    figures.push({ kind, typed: slip!, right: spelled! });
  }
  return figures;
}

/** "+12%": how much more `value` is than `base`. */
export const percentMore = (value: number, base: number) => `${value >= base ? '+' : ''}${((value / base - 1) * 100).toFixed(0)}%`;
