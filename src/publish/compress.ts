import { createHash } from 'node:crypto';
import { glob, mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import pMap from 'p-map';

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

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

/** What `precompress` did. */
export interface CompressStats {
  files: number;
  bytes: number;
  /** Bytes a reader accepting each encoding downloads for the same files. */
  brotliBytes: number;
  gzipBytes: number;
  written: number;
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
    gz(data, { level: 9 }),
  ]);
  return { ...(br.length < data.length ? { br } : {}), ...(gzipped.length < data.length ? { gz: gzipped } : {}) };
}

/** Suffixes of the compressed copies, by encoding. */
const ENCODINGS = ['br', 'gz'] as const;

/**
 * Writes `x.br` and `x.gz` beside every compressible file `x` under `dir`
 * where they are smaller than `x`, after deleting every `.br` and `.gz` in
 * `dir`, so no compressed copy outlives or contradicts its file. Files run
 * `concurrency` at a time (zlib works on libuv's thread pool).
 *
 * With `cacheDir`, each file's copies are kept there under a digest of its
 * content and brotli quality, so a rebuild compresses only files that
 * changed (an empty cache file records a copy not worth writing); entries
 * this build did not use are deleted.
 */
export async function precompress(dir: string, { concurrency = 4, cacheDir }: { concurrency?: number; cacheDir?: string } = {}): Promise<CompressStats> {
  const stale = await Array.fromAsync(glob('**/*.{br,gz}', { cwd: dir }));
  await pMap(stale, (file) => rm(join(dir, file), { force: true }), { concurrency: 16 });
  const files = (await Array.fromAsync(glob('**/*', { cwd: dir }))).filter((file) => COMPRESSIBLE.test(file));
  if (cacheDir) await mkdir(cacheDir, { recursive: true });
  const used = new Set<string>();
  const stats: CompressStats = { files: 0, bytes: 0, brotliBytes: 0, gzipBytes: 0, written: 0 };
  await pMap(
    files,
    async (file) => {
      const path = join(dir, file);
      const data = await readFile(path);
      const key = cacheDir && `${createHash('sha256').update(data).digest('hex')}-q${brotliQuality(file)}`;
      const copies = (key && (await fromCache(cacheDir, key))) || (await compressFile(file, data));
      if (key) {
        used.add(key);
        await toCache(cacheDir, key, copies);
      }
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
  if (cacheDir) {
    // Keys have no dot: what follows it is the encoding (and a temporary suffix).
    const unused = (await readdir(cacheDir)).filter((name) => !used.has(name.split('.')[0]!));
    await pMap(unused, (name) => rm(join(cacheDir, name), { force: true }), { concurrency: 16 });
  }
  return stats;
}

type Copies = { br?: Buffer; gz?: Buffer };

/** A file's cached copies, or `undefined` where the cache has not both encodings' entries. */
async function fromCache(cacheDir: string, key: string): Promise<Copies | undefined> {
  try {
    const [br, gz] = await Promise.all(ENCODINGS.map((encoding) => readFile(join(cacheDir, `${key}.${encoding}`))));
    return { ...(br!.length > 0 ? { br } : {}), ...(gz!.length > 0 ? { gz } : {}) };
  } catch {
    return undefined;
  }
}

let writes = 0;

/** Files `copies` under `key` (whole or not at all: written aside and renamed), unless already there. */
async function toCache(cacheDir: string, key: string, copies: Copies): Promise<void> {
  for (const encoding of ENCODINGS) {
    const target = join(cacheDir, `${key}.${encoding}`);
    if (await stat(target).then(() => true, () => false)) continue;
    // Two files with the same content write the same entry: each through its own temporary name.
    const temporary = `${target}.${process.pid}-${++writes}`;
    await writeFile(temporary, copies[encoding] ?? Buffer.alloc(0));
    await rename(temporary, target);
  }
}
