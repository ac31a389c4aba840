import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { link, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { brotliQuality, compressFile, compressionMethod, precompress, SHARED_ASSET } from './compress';

/** Real text to compress: this project's search UI source. */
const SOURCE = readFileSync(new URL('../search/ui.ts', import.meta.url));

describe('compressFile', () => {
  it('writes no copy that would be larger than the file', async () => {
    expect(await compressFile('x.js', randomBytes(2000))).toEqual({});
  });

  it('gives copies that decompress to the file', async () => {
    const text = Buffer.from('<p>Policy brief</p>'.repeat(200));
    const { br, gz } = await compressFile('x.html', text);
    expect(brotliDecompressSync(br!)).toEqual(text);
    expect(gunzipSync(gz!)).toEqual(text);
  });

  it('compresses the per-page documents faster and the shared files harder', () => {
    expect(brotliQuality('briefs/x/index.html')).toBeLessThan(brotliQuality('reader.js'));
  });

  it("gzips the files every first search downloads with Zopfli, smaller than zlib's best", async () => {
    const zlibBest = gzipSync(SOURCE, { level: 9 });
    const shared = await compressFile('search-ui.js', SOURCE);
    expect(gunzipSync(shared.gz!)).toEqual(SOURCE);
    expect(shared.gz!.length).toBeLessThan(zlibBest.length * 0.98);
    // A page's or a fragment's copy is zlib's, whose speed a 10,000-brief library needs.
    expect((await compressFile('briefs/x/index.js', SOURCE)).gz).toEqual(zlibBest);
  });

  it('names the shared files: the site\'s own scripts and stylesheets, Pagefind\'s script and WebAssembly', () => {
    const shared = ['reader.js', 'search-ui.js', 'search.css', 'pagefind/pagefind.js', 'pagefind/wasm.ar.pagefind', 'pagefind/part-3/wasm.en.pagefind'];
    const others = ['index.html', 'briefs/x/index.html', 'pagefind/pagefind-ui.js', 'pagefind/lexicon/en/latin-61.json', 'pagefind/index/en_1.pf_index', 'pagefind/fragment/en_1.pf_fragment'];
    expect(shared.filter((path) => SHARED_ASSET.test(path))).toEqual(shared);
    expect(others.filter((path) => SHARED_ASSET.test(path))).toEqual([]);
    // The cache tells the two apart.
    expect(compressionMethod('reader.js')).not.toBe(compressionMethod('briefs/x/index.js'));
  });
});

describe('precompress', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'precompress-'));
    await mkdir(join(dir, 'site/pagefind/index'), { recursive: true });
    await writeFile(join(dir, 'site/index.html'), '<p>Policy brief</p>'.repeat(100));
    await writeFile(join(dir, 'site/pagefind/pagefind.js'), 'export const a = 1;'.repeat(100));
    await writeFile(join(dir, 'site/pagefind/index/en_1.pf_index'), randomBytes(500));
    await writeFile(join(dir, 'site/font.woff2'), randomBytes(500));
    await writeFile(join(dir, 'site/tiny.txt'), 'a');
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('writes .br and .gz beside the text files where smaller, and only there', async () => {
    const stats = await precompress(join(dir, 'site'));
    const files = (await readdir(join(dir, 'site'), { recursive: true })).sort();
    expect(files.filter((f) => /\.(br|gz)$/.test(f))).toEqual(['index.html.br', 'index.html.gz', 'pagefind/pagefind.js.br', 'pagefind/pagefind.js.gz']);
    expect(stats).toMatchObject({ files: 3, written: 4 });
    expect(stats.brotliBytes).toBeLessThan(stats.bytes);
  });

  it("rewrites Pagefind's gzipped WebAssembly smaller, to the same bytes, without touching a hard link to it", async () => {
    const wasm = join(dir, 'site/pagefind/wasm.en.pagefind');
    const pagefindCache = join(dir, 'pagefind-cache.pagefind');
    const original = gzipSync(SOURCE, { level: 9 });
    await writeFile(pagefindCache, original);
    // As Pagefind's integration links its cached files into the site.
    await link(pagefindCache, wasm);
    const stats = await precompress(join(dir, 'site'), { cacheDir: join(dir, 'cache') });
    const rewritten = await readFile(wasm);
    expect(rewritten.length).toBeLessThan(original.length);
    expect(gunzipSync(rewritten)).toEqual(SOURCE);
    expect(await readFile(pagefindCache)).toEqual(original);
    expect(stats.recompressed).toBe(1);
    // No .gz copy of it: it is gzip data its script inflates, served as it is.
    expect(existsSync(`${wasm}.gz`)).toBe(false);
    // Done once: the next build finds nothing smaller to write.
    expect((await precompress(join(dir, 'site'), { cacheDir: join(dir, 'cache') })).recompressed).toBe(0);
    expect(await readFile(wasm)).toEqual(rewritten);
  });

  it('deletes copies whose file changed or is gone before writing new ones', async () => {
    await writeFile(join(dir, 'site/gone.html.br'), 'stale');
    await writeFile(join(dir, 'site/tiny.txt.gz'), 'stale');
    await precompress(join(dir, 'site'));
    expect(existsSync(join(dir, 'site/gone.html.br'))).toBe(false);
    expect(existsSync(join(dir, 'site/tiny.txt.gz'))).toBe(false);
  });

  it('reuses cached copies of unchanged files and drops the cache entries of files no longer built', async () => {
    const cacheDir = join(dir, 'cache');
    await precompress(join(dir, 'site'), { cacheDir });
    const first = (await readdir(cacheDir)).sort();
    expect(first).toHaveLength(6); // three files, two encodings
    // A cached copy is what the next build writes, without compressing again.
    const brName = first.find((name) => name.endsWith('.br') && name.includes('-br5-'))!;
    await writeFile(join(cacheDir, brName), 'from the cache');
    await writeFile(join(dir, 'site/pagefind/pagefind.js'), 'export const b = 2;'.repeat(100));
    await precompress(join(dir, 'site'), { cacheDir });
    expect(await readFile(join(dir, 'site/index.html.br'), 'utf8')).toBe('from the cache');
    const second = (await readdir(cacheDir)).sort();
    expect(second).toHaveLength(6);
    expect(second.filter((name) => first.includes(name))).toHaveLength(4);
  });
});
