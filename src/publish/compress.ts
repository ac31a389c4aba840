import { createHash } from 'node:crypto';
import { glob, mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gunzip, gzip } from 'node:zlib';
import { gzipAsync as zopfli } from '@gfx/zopfli';
import pMap from 'p-map';

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);
const inflate = promisify(gunzip);

/** Files a reader downloads as text: each gets a `.br` and a `.gz` where they are smaller. */
export const COMPRESSIBLE = /\.(html|css|js|mjs|json|xml|txt|svg|bib|ris|webmanifest)$/;

/**
 * Brotli quality by file: 11 (the smallest, about 40 ms for a 40 KB page)
 * for the few files every page shares; 5 (about 2 ms, 15% larger) for the
 * per-page documents, of which a 10,000-brief library has about 85,000.
 */
export function brotliQuality(path: string): number {
  return /\.(html|xml|bib|ris)$/.test(path) ? 5 : 11;
}

/**
 * The files every reader's first search downloads, the same whatever the
 * library: the site's own scripts and stylesheets at the top of the site,
 * Pagefind's script and its WebAssembly (in the index and in each of its
 * parts). They are compressed with Zopfli, whose gzip is 4–6% smaller than
 * zlib's best and which takes about 20 ms per 1 KB: for these few files,
 * which change only with the code or Pagefind's version, the cache makes
 * that a one-time cost. Pages, index chunks and fragments, many and each
 * read rarely, keep zlib's speed.
 */
export const SHARED_ASSET = /^(?:[^/]+\.(?:js|css)|pagefind\/(?:part-\d+\/)?(?:pagefind\.js|wasm\.[^/]+\.pagefind))$/;

/**
 * Pagefind's WebAssembly (`wasm.<language>.pagefind`), which Pagefind
 * writes gzipped and its script inflates: served as it is (no
 * Content-Encoding), so `precompress` recompresses the file itself.
 */
export const PAGEFIND_WASM = /(?:^|\/)wasm\.[^/]+\.pagefind$/;

/** Zopfli passes: one gives nearly all of its gain over zlib (15 is 0.1% smaller and takes twice as long). */
const ZOPFLI_ITERATIONS = 1;

/** The gzip of `data`: Zopfli's for a shared asset, zlib's best for the rest. */
const gzipFor = async (path: string, data: Buffer): Promise<Buffer> =>
  SHARED_ASSET.test(path) ? Buffer.from(await zopfli(data, { numiterations: ZOPFLI_ITERATIONS })) : gz(data, { level: 9 });

/** What `precompress` did. */
export interface CompressStats {
  files: number;
  bytes: number;
  /** Bytes a reader accepting each encoding downloads for the same files. */
  brotliBytes: number;
  gzipBytes: number;
  written: number;
  /** Pagefind WebAssembly files rewritten smaller (`recompressGzip`). */
  recompressed: number;
}

/**
 * Compresses one file's `data`: the `.br` and `.gz` versions worth writing
 * (smaller than the file itself), or `undefined` for each that is not.
 */
export async function compressFile(path: string, data: Buffer): Promise<{ br?: Buffer; gz?: Buffer }> {
  const [br, gzipped] = await Promise.all([
    brotli(data, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: brotliQuality(path),
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
      },
    }),
    gzipFor(path, data),
  ]);
  return { ...(br.length < data.length ? { br } : {}), ...(gzipped.length < data.length ? { gz: gzipped } : {}) };
}

/** Suffixes of the compressed copies, by encoding. */
const ENCODINGS = ['br', 'gz'] as const;

type Copies = { br?: Buffer; gz?: Buffer };

/** How a file's copies are made, for its cache key: brotli's quality and the gzip encoder. */
export function compressionMethod(path: string): string {
  return `br${brotliQuality(path)}-${SHARED_ASSET.test(path) ? `zopfli${ZOPFLI_ITERATIONS}` : 'zlib9'}`;
}

/**
 * Pagefind's gzipped WebAssembly (`PAGEFIND_WASM`) gzipped again with
 * Zopfli, or `undefined` where that is not smaller (a file done already).
 */
export async function recompressGzip(data: Buffer): Promise<Buffer | undefined> {
  const again = Buffer.from(await zopfli(await inflate(data), { numiterations: ZOPFLI_ITERATIONS }));
  return again.length < data.length ? again : undefined;
}

/**
 * Writes `x.br` and `x.gz` beside every compressible file `x` under `dir`
 * where they are smaller than `x`, after deleting every `.br` and `.gz` in
 * `dir`, so no compressed copy outlives or contradicts its file, and
 * rewrites Pagefind's WebAssembly smaller (`recompressGzip`). Files run
 * `concurrency` at a time (zlib works on libuv's thread pool).
 *
 * With `cacheDir`, each file's copies are kept there under a digest of its
 * content and how it is compressed (`compressionMethod`), so a rebuild
 * compresses only files that changed (an empty cache file records a copy
 * not worth writing); entries this build did not use are deleted.
 */
export async function precompress(dir: string, { concurrency = 4, cacheDir }: { concurrency?: number; cacheDir?: string } = {}): Promise<CompressStats> {
  const stale = await Array.fromAsync(glob('**/*.{br,gz}', { cwd: dir }));
  await pMap(stale, (file) => rm(join(dir, file), { force: true }), { concurrency: 16 });
  const all = await Array.fromAsync(glob('**/*', { cwd: dir }));
  if (cacheDir) await mkdir(cacheDir, { recursive: true });
  const used = new Set<string>();
  /** Copies being made, by key: files with the same content (each index part's wasm) wait for one another. */
  const making = new Map<string, Promise<Copies>>();
  /** `make`'s result for `data` and `method`, from the cache where it has one (`encodings` are the entry's parts). */
  const cached = (data: Buffer, method: string, encodings: readonly (keyof Copies)[], make: () => Promise<Copies>): Promise<Copies> => {
    if (!cacheDir) return make();
    const key = `${createHash('sha256').update(data).digest('hex')}-${method}`;
    used.add(key);
    let copies = making.get(key);
    if (!copies) {
      copies = (async () => {
        const found = (await fromCache(cacheDir, key, encodings)) ?? (await make());
        await toCache(cacheDir, key, found, encodings);
        return found;
      })().finally(() => making.delete(key));
      making.set(key, copies);
    }
    return copies;
  };
  const stats: CompressStats = { files: 0, bytes: 0, brotliBytes: 0, gzipBytes: 0, written: 0, recompressed: 0 };
  await pMap(
    all.filter((file) => COMPRESSIBLE.test(file)),
    async (file) => {
      const path = join(dir, file);
      const data = await readFile(path);
      const copies = await cached(data, compressionMethod(file), ENCODINGS, () => compressFile(file, data));
      stats.files++;
      stats.bytes += data.length;
      stats.brotliBytes += copies.br?.length ?? data.length;
      stats.gzipBytes += copies.gz?.length ?? data.length;
      for (const encoding of ENCODINGS) {
        const copy = copies[encoding];
        if (!copy) continue;
        await writeFile(`${path}.${encoding}`, copy);
        stats.written++;
      }
    },
    { concurrency },
  );
  await pMap(
    all.filter((file) => PAGEFIND_WASM.test(file)),
    async (file) => {
      const path = join(dir, file);
      const data = await readFile(path);
      const { gz: smaller } = await cached(data, `wasm-zopfli${ZOPFLI_ITERATIONS}`, ['gz'], async () => {
        const again = await recompressGzip(data);
        return again ? { gz: again } : {};
      });
      if (!smaller) return;
      // Aside and renamed: a server never sends half a file.
      await writeFile(`${path}.tmp`, smaller);
      await rename(`${path}.tmp`, path);
      stats.recompressed++;
    },
    { concurrency },
  );
  if (cacheDir) {
    // Keys have no dot: what follows it is the encoding (and a temporary suffix).
    const unused = (await readdir(cacheDir)).filter((name) => !used.has(name.split('.')[0]!));
    await pMap(unused, (name) => rm(join(cacheDir, name), { force: true }), { concurrency: 16 });
  }
  return stats;
}

/** A file's cached copies, or `undefined` where the cache has not an entry for each of `encodings`. */
async function fromCache(cacheDir: string, key: string, encodings: readonly (keyof Copies)[]): Promise<Copies | undefined> {
  try {
    const entries = await Promise.all(encodings.map(async (encoding) => [encoding, await readFile(join(cacheDir, `${key}.${encoding}`))] as const));
    return Object.fromEntries(entries.filter(([, copy]) => copy.length > 0));
  } catch {
    return undefined;
  }
}

let writes = 0;

/** Files `copies` under `key` (whole or not at all: written aside and renamed), unless already there. */
async function toCache(cacheDir: string, key: string, copies: Copies, encodings: readonly (keyof Copies)[]): Promise<void> {
  for (const encoding of encodings) {
    const target = join(cacheDir, `${key}.${encoding}`);
    if (await stat(target).then(() => true, () => false)) continue;
    // Two files with the same content write the same entry: each through its own temporary name.
    const temporary = `${target}.${process.pid}-${++writes}`;
    await writeFile(temporary, copies[encoding] ?? Buffer.alloc(0));
    await rename(temporary, target);
  }
}
