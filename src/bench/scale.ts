/**
 * `npm run bench -- --scale [--sizes=100,1000,10000] [--topical-share=0.15]`: builds synthetic
 * libraries of N bilingual briefs (src/synthetic/library.ts) in a temporary
 * folder and prints, for each N: wall time per stage (Astro, Pagefind),
 * pages per second, peak memory, the size of the site and of its index, the
 * precompression of its text files, a rebuild after changing one brief, and
 * the bytes and time of a cold and a warm query, with what respelling adds
 * to a query that finds nothing as typed (`measureRespelling`). Nothing
 * is written inside the repository.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LOCAL_SITE_URL } from '../config/site-url.ts';
import { launchChromium } from '../test/support/browser.ts';
import { measureRespelling, measureSearch, respellingLine } from './measure-search.ts';
import { watchMemory } from './memory.ts';
import { DEFAULT_TOPICAL_SHARE, writeSyntheticLibrary } from '../synthetic/library.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');
const sizes = (process.argv.find((a) => a.startsWith('--sizes='))?.slice(8) ?? '100,1000,10000').split(',').map(Number);
// `--topical-share=1` gives every brief every word of the real brief (src/synthetic/library.ts).
const topicalShare = Number(process.argv.find((a) => a.startsWith('--topical-share='))?.slice(16) ?? DEFAULT_TOPICAL_SHARE);

async function folderBytes(dir: string): Promise<number> {
  let total = 0;
  for (const name of await readdir(dir, { recursive: true })) {
    const info = await stat(join(dir, name));
    if (info.isFile()) total += info.size;
  }
  return total;
}

/** Runs `astro build` on a library; wall seconds, Pagefind's seconds, pages, and the peak memory of all its processes. */
function build(content: string, out: string, cache: string) {
  return new Promise<{ seconds: number; pagefind: number; compress: string; pages: number; indexed: number; peakBytes: number | undefined; log: string }>((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [ASTRO, 'build'], {
      cwd: ROOT,
      env: { SITE_URL: LOCAL_SITE_URL, ...process.env, CONTENT_DIR: content, OUT_DIR: out, CACHE_DIR: cache, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
    });
    const memory = watchMemory(child.pid!);
    let log = '';
    child.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const peakBytes = memory.stop();
      if (code !== 0) return reject(new Error(`build of ${content} failed:\n${log.slice(-3000)}`));
      const indexed = /Indexed (\d+) pages .* in ([\d.]+) s/.exec(log);
      resolve({
        seconds: (performance.now() - started) / 1000,
        pagefind: Number(indexed?.[2] ?? Number.NaN),
        // src/publish/integration.ts: "Precompressed N files in X s: A → brotli B, gzip C (D files written)".
        compress: /Precompressed (.*)/.exec(log)?.[1] ?? 'n/a',
        indexed: Number(indexed?.[1] ?? Number.NaN),
        pages: Number(/(\d+) page\(s\) built/.exec(log)?.[1] ?? Number.NaN),
        peakBytes,
        log,
      });
    });
  });
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const browser = await launchChromium();
const lines: string[] = [];
try {
  for (const n of sizes) {
    const dir = await mkdtemp(join(tmpdir(), `briefs-${n}-`));
    try {
      const content = join(dir, 'content');
      const out = join(dir, 'dist');
      const cache = join(dir, 'cache');
      writeSyntheticLibrary(content, n, { topicalShare });
      const cold = await build(content, out, cache);
      // An editor's change to one brief: a sentence more at the end of its last paragraph.
      const edited = join(content, 'briefs/brief-00001/en.md');
      await writeFile(edited, (await readFile(edited, 'utf8')).replace(/\n$/, ' One more sentence, edited for the rebuild.\n'));
      const warm = await build(content, join(dir, 'dist-2'), cache);
      const [search] = await measureSearch(browser, out, [{ label: `${n}`, path: '/briefs/brief-00001/', cold: 'PMF', warm: 'troop withdrawal' }]);
      const [arabic] = await measureSearch(browser, out, [{ label: `${n}`, path: '/ar/briefs/brief-00001/', cold: 'الحشد الشعبي', warm: 'انسحاب القوات' }]);
      const respellings = await measureRespelling(browser, out, '/briefs/brief-00001/');
      const astro = cold.seconds - cold.pagefind;
      lines.push(
        [
          `N = ${n} briefs (${cold.pages} pages, ${cold.indexed} in the search index; topical share ${topicalShare})`,
          `  build: ${cold.seconds.toFixed(1)} s (Astro ${astro.toFixed(1)} s, Pagefind ${cold.pagefind.toFixed(1)} s), ${(cold.pages / cold.seconds).toFixed(0)} pages/s`,
          `  peak memory (Astro and Pagefind together): ${cold.peakBytes ? `${(cold.peakBytes / 1024 ** 3).toFixed(2)} GiB` : 'n/a (no /proc)'}   target < 4 GiB at 10,000`,
          `  dist/: ${mb(await folderBytes(out))}, Pagefind index: ${mb(await folderBytes(join(out, 'pagefind')))} (its lexicons, src/search/lexicon.ts: ${mb(await folderBytes(join(out, 'pagefind', 'lexicon')))})`,
          `  precompression (src/publish/): ${cold.compress}`,
          `  rebuild after editing one brief: ${warm.seconds.toFixed(1)} s (${(cold.seconds / warm.seconds).toFixed(1)}× faster)   target ≥ 3×`,
          ...[search, arabic].map(
            (s) =>
              `  ${s?.cold}: cold ${kb(s?.coldBytes ?? 0)} to first results (respelling loaded: ${s?.coldRespelled ? 'yes' : 'no'}), ${s?.coldMs.toFixed(0)} ms (median of 3); warm "${s?.warm}" ${s?.warmMs.toFixed(0)} ms   targets at 10,000: < 300 KB, < 500 ms`,
          ),
          ...respellings.map((pair) => `  ${respellingLine(pair)}`),
        ].join('\n'),
      );
      console.log(lines.at(-1));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
} finally {
  await browser.close();
}
