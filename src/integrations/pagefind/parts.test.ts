import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isIndexData, splitIntoParts, stagePages } from './parts';

const pages = (n: number, from = 1) => Array.from({ length: n }, (_, i) => `briefs/brief-${String(from + i).padStart(5, '0')}/index.html`);

describe('splitIntoParts', () => {
  it('keeps a library within one part whole, in order', () => {
    expect(splitIntoParts(['b', 'a', 'c'], 3)).toEqual([['a', 'b', 'c']]);
    expect(splitIntoParts([], 3)).toEqual([]);
  });

  it('puts every page in exactly one part, and parts hold about partSize pages', () => {
    const files = pages(10_000);
    const parts = splitIntoParts(files, 2000);
    expect(parts).toHaveLength(5);
    expect(parts.flat().sort()).toEqual(files);
    for (const part of parts) {
      expect(part.length).toBeGreaterThan(1800);
      expect(part.length).toBeLessThan(2200);
      expect(part).toEqual([...part].sort());
    }
  });

  it('leaves every other page in its part when a page is added or removed', () => {
    const before = splitIntoParts(pages(5000), 2000);
    const after = splitIntoParts([...pages(5000), ...pages(1, 9999)], 2000);
    expect(after).toHaveLength(before.length);
    const changed = after.filter((part, i) => part.join() !== before[i]!.join());
    expect(changed).toHaveLength(1);
    expect(changed[0]).toContain(pages(1, 9999)[0]);
  });

  it('refuses a part size that is not a whole number of pages', () => {
    expect(() => splitIntoParts(['a'], 0)).toThrow(RangeError);
    expect(() => splitIntoParts(['a'], 1.5)).toThrow(RangeError);
  });
});

describe('isIndexData', () => {
  it('names the files and folders that hold one index, not the shared scripts', () => {
    for (const name of ['pagefind-entry.json', 'pagefind.en_1a2b.pf_meta', 'index', 'fragment', 'filter']) expect(isIndexData(name), name).toBe(true);
    for (const name of ['pagefind.js', 'pagefind-ui.css', 'wasm.ar.pagefind', 'pagefind-worker.js']) expect(isIndexData(name), name).toBe(false);
  });
});

describe('stagePages', () => {
  it('links the pages a preparation leaves alone, writes the ones it changes, and never writes to the site', async () => {
    const root = await mkdtemp(join(tmpdir(), 'stage-'));
    try {
      const site = join(root, 'site');
      const stage = join(root, 'stage');
      await mkdir(join(site, 'a'), { recursive: true });
      await mkdir(join(site, 'b'), { recursive: true });
      await writeFile(join(site, 'a/index.html'), '<p>plain</p>');
      await writeFile(join(site, 'b/index.html'), '<p>x—y</p>');
      await stagePages(site, stage, ['a/index.html', 'b/index.html'], (html) => html.replace('—', '— '));
      expect((await stat(join(stage, 'a/index.html'))).ino).toBe((await stat(join(site, 'a/index.html'))).ino);
      expect(await readFile(join(stage, 'b/index.html'), 'utf8')).toBe('<p>x— y</p>');
      expect(await readFile(join(site, 'b/index.html'), 'utf8')).toBe('<p>x—y</p>');
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
