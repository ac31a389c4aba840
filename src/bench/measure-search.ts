/**
 * Measures search as a reader meets it, in Debian's Chromium against a built
 * site served with gzip on loopback: bytes on the wire until the first
 * results of a cold query (fresh browser context), then the time of a cold
 * and a warm query (the UI's own `search` performance measure), the cold
 * time as the median of several fresh contexts.
 */
import type { Browser, Page, Request } from 'playwright-core';
import { serveStatic } from '../test/support/serve.ts';

/** The respelling module (src/search/respell.ts), which loads the lexicons. */
const RESPELL_MODULE = /\/search-respell\.js$/;
/** The respelling's own files: its module and the lexicon files it reads. */
const RESPELLING_FILES = new RegExp(`${RESPELL_MODULE.source}|/pagefind/lexicon/`);
const isRespelling = (url: string) => RESPELLING_FILES.test(url);

export interface SearchCase {
  label: string;
  path: string;
  cold: string;
  warm: string;
  /** Requests to refuse, as a page would meet them without the module they load. */
  refuse?: RegExp;
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
  /** Whether the cold query loaded the respelling module or a lexicon (src/search/respell.ts). */
  coldRespelled: boolean;
  /** Bytes of those files (gzip, headers included), 0 where none loaded. */
  respellBytes: number;
  /** From the module's request to the last lexicon file's arrival (Resource Timing), 0 where none loaded. */
  respellMs: number;
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
  const size = async (requests: readonly Request[]) => {
    let bytes = 0;
    for (const request of requests) {
      const sizes = await request.sizes().catch(() => undefined);
      if (sizes) bytes += sizes.responseBodySize + sizes.responseHeadersSize;
    }
    return bytes;
  };
  return {
    bytes: await size(during),
    files: during.length,
    urls: during.map((request) => request.url()),
    after: await size(after),
    respellBytes: await size(during.filter((request) => isRespelling(request.url()))),
  };
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
async function measureOnce(browser: Browser, origin: string, { label, path, cold, warm, refuse }: SearchCase, thenWarm: boolean): Promise<SearchFigures> {
  const context = await browser.newContext();
  try {
    if (refuse) await context.route(refuse, (route) => route.abort());
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
    const respellMs = await page.evaluate((source) => {
      const files = performance.getEntriesByType('resource').filter((entry) => new RegExp(source).test(entry.name)) as PerformanceResourceTiming[];
      return files.length === 0 ? 0 : Math.max(...files.map((f) => f.responseEnd)) - Math.min(...files.map((f) => f.startTime));
    }, RESPELLING_FILES.source);
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
      coldRespelled: first.urls.some(isRespelling),
      respellBytes: first.respellBytes,
      respellMs,
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
        respellMs: median(runs.map((r) => r.respellMs)),
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
 * has. Both are found on the real brief and on every synthetic one.
 */
export const RESPELLING_PAIRS = [
  { kind: 'a slip', typed: 'wtihdrawal', right: 'withdrawal' },
  { kind: 'another transliteration', typed: 'Kazimi', right: 'Kadhimi' },
] as const;

export interface RespellingFigures {
  kind: string;
  /** The query as typed, respelled: the respelling module, a lexicon file and the search of what it meant. */
  typed: SearchFigures;
  /** The same query without the respelling module: Pagefind looking the word up and finding nothing. */
  unrespelled: SearchFigures;
  /** The spelling the library has, typed. */
  right: SearchFigures;
}

/**
 * What respelling adds to a query that needs it, on the English page at
 * `path`: each of `RESPELLING_PAIRS` as typed, as typed with the respelling
 * module refused (what the search costs without it), and spelled right.
 * Times are from the key press to the status (`keyToResultsMs`), the one
 * figure the three share: a refused module ends in "search unavailable".
 */
export async function measureRespelling(browser: Browser, dist: string, path: string): Promise<RespellingFigures[]> {
  const figures: RespellingFigures[] = [];
  for (const { kind, typed, right } of RESPELLING_PAIRS) {
    const [respelled, unrespelled, spelled] = await measureSearch(browser, dist, [
      { label: typed, path, cold: typed, warm: right },
      { label: typed, path, cold: typed, warm: right, refuse: RESPELL_MODULE },
      { label: right, path, cold: right, warm: typed },
    ]);
    figures.push({ kind, typed: respelled!, unrespelled: unrespelled!, right: spelled! });
  }
  return figures;
}

/** "+12%": how much more `value` is than `base`. */
export const percentMore = (value: number, base: number) => `${value >= base ? '+' : ''}${((value / base - 1) * 100).toFixed(0)}%`;

/** "+6%": `part` as a share of `whole`, as an addition to it. */
const share = (part: number, whole: number) => `+${((part / whole) * 100).toFixed(0)}%`;

/** One line on a pair of `measureRespelling`: bytes and times, and what respelling adds. */
export function respellingLine({ kind, typed, unrespelled, right }: RespellingFigures): string {
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  const figures = (s: SearchFigures) => `${kb(s.coldBytes)}, ${s.keyToResultsMs.toFixed(0)} ms`;
  return (
    `${kind}, "${typed.cold}": ${figures(typed)} to the results of "${right.cold}"; ${figures(unrespelled)} to finding nothing without respelling ` +
    `→ respelling adds ${percentMore(typed.coldBytes, unrespelled.coldBytes)} bytes, ${percentMore(typed.keyToResultsMs, unrespelled.keyToResultsMs)} time, ` +
    `of which its own files (module and lexicon) ${kb(typed.respellBytes)} (${share(typed.respellBytes, unrespelled.coldBytes)}) ` +
    `in ${typed.respellMs.toFixed(0)} ms (${share(typed.respellMs, unrespelled.keyToResultsMs)}) (target ≤ +20%); ` +
    `"${right.cold}" typed: ${figures(right)}`
  );
}
