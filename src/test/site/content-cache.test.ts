import { cp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { astroBuild } from '../support/build';
import { replaceIn } from '../support/edit';
import { buildWorkdir } from '../support/workdir';

/**
 * Brief bodies are rendered once and kept in the build cache
 * (src/content/briefs-loader.ts), and pages built from an unchanged brief are
 * copied from the previous build (src/routing/page-keys.ts). Each test starts
 * from the same state, the fixture library and the caches its first build
 * left (as an editor's next build does), makes its own edit and checks that
 * what the caches serve is never stale. No test depends on another's edits.
 */
const FIXTURE = new URL('../fixtures/library/', import.meta.url).pathname;
let dir: string;
let content: string;
let cache: string;
let primed: string;
/** The English page of the first build, before any edit. */
let firstPage: string;
let run = 0;

/** Builds into a fresh folder, or into `folder` again when given (as `npm run build` does into dist/), with `env` added. */
async function build(folder?: string, env: Record<string, string> = {}) {
  const out = join(dir, folder ?? `dist-${++run}`);
  const { code, output } = await astroBuild({ CONTENT_DIR: content, OUT_DIR: out, CACHE_DIR: cache, ...env });
  expect(code, output).toBe(0);
  const page = (path: string) => readFile(join(out, path, 'index.html'), 'utf8');
  const file = (path: string) => readFile(join(out, path), 'utf8');
  return { output, page, file };
}

const bodyFiles = async () => (await readdir(join(cache, 'bodies/briefs'))).filter((name) => name.endsWith('.html'));

/** Puts back the fixture library and the caches of the first build, at the same paths (the caches name them). */
async function restore() {
  await Promise.all([rm(content, { recursive: true, force: true }), rm(cache, { recursive: true, force: true })]);
  await Promise.all([cp(FIXTURE, content, { recursive: true }), cp(primed, cache, { recursive: true })]);
}

beforeAll(async () => {
  dir = await buildWorkdir('content-cache-');
  content = join(dir, 'content');
  cache = join(dir, 'cache');
  primed = join(dir, 'cache-after-first-build');
  await cp(FIXTURE, content, { recursive: true });
  const first = await build();
  firstPage = await first.page('briefs/sample');
  expect(firstPage).toContain('Opening paragraph.');
  await cp(cache, primed, { recursive: true });
}, 120_000);

beforeEach(restore);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the rendered-body cache', () => {
  it('serves an edited brief as edited, and keeps one body per edition', async () => {
    expect(await bodyFiles()).toHaveLength(2);

    await replaceIn('briefs/sample/en.md', 'Opening paragraph.', 'Opening paragraph, edited.')(content);
    const second = await build();
    expect(await second.page('briefs/sample')).toContain('Opening paragraph, edited.');
    expect(await second.page('ar/briefs/sample')).toContain('فقرة');
    // The old English body is pruned, the Arabic one kept.
    expect(await bodyFiles()).toHaveLength(2);
  });

  it('copies the pages of unchanged briefs from the previous build', async () => {
    const again = await build();
    expect(again.output).toMatch(/briefs\/sample\/index\.html \((cached|restored)\)/);
    expect(await again.page('briefs/sample')).toContain('Opening paragraph.');
  });

  it('rebuilds a brief’s pages, citation files included, when its author’s page changes', async () => {
    await replaceIn('authors/jane-doe/en.md', 'name: "Jane Doe"', 'name: "Jane Q. Doe"')(content);
    const after = await build();
    expect(await after.page('briefs/sample')).toContain('By <a href="/authors/jane-doe/">Jane Q. Doe</a>');
    expect(await after.file('briefs/sample/citation.ris')).toContain('AU  - Doe, Jane Q.');
  });

  it('rebuilds a brief’s pages when its publisher’s entry in publishers.yaml changes', async () => {
    await replaceIn('publishers.yaml', 'en: Sample Publisher', 'en: Sample Publishing House')(content);
    const after = await build();
    expect(await after.page('briefs/sample')).toContain('Originally published by Sample Publishing House.');
    expect(await after.file('briefs/sample/citation.ris')).toContain('Sample Publishing House');
  });

  it('rebuilds a brief’s pages when its recommended item in recommended.yaml changes', async () => {
    await replaceIn('recommended.yaml', 'en: Other Piece,', 'en: Other Piece Revised,')(content);
    const after = await build();
    expect(await after.page('briefs/sample')).toContain('Other Piece Revised');
  });

  it('rebuilds a brief’s pages when its topic’s name in topics.yaml changes', async () => {
    await replaceIn('topics.yaml', 'en: Iraq,', 'en: Iraq and Kurdistan,')(content);
    const after = await build();
    expect(await after.page('briefs/sample')).toMatch(/<a[^>]* href="\/topics\/iraq\/"[^>]*>Iraq and Kurdistan<\/a>/);
  });

  it('rebuilds a brief’s pages when its other edition changes', async () => {
    await replaceIn('briefs/sample/ar.md', '## القسم الأول', '## القسم الأول المعدل')(content);
    const after = await build();
    // The English page's language switch names the Arabic sections, to keep the reader's place.
    expect(await after.page('briefs/sample')).toContain('القسم-الأول-المعدل');
  });

  it('drops the pages and search entry of a brief that was removed', async () => {
    await cp(join(content, 'briefs/sample'), join(content, 'briefs/second'), { recursive: true });
    const withIt = await build('dist');
    expect(await withIt.page('briefs/second')).toContain('Opening paragraph');
    await rm(join(content, 'briefs/second'), { recursive: true });
    const without = await build('dist');
    await expect(without.page('briefs/second')).rejects.toThrow(/ENOENT/);
    await expect(without.file('briefs/second/citation.ris')).rejects.toThrow(/ENOENT/);
    expect(without.output).toMatch(/Indexed 2 pages/);
  });

  it('renders every body again when the glossary changes', async () => {
    expect(firstPage).not.toContain('<abbr');

    await writeFile(
      join(content, 'glossary.yaml'),
      'pmf:\n  abbr: PMF\n  expansion: { en: Popular Mobilization Forces, ar: قوات الحشد الشعبي }\n  forms:\n    en: [PMF]\n    ar: [الحشد الشعبي]\n',
    );
    const after = await build();
    expect(await after.page('briefs/sample')).toMatch(/<abbr title="Popular Mobilization Forces"[^>]*>PMF<\/abbr>/);
  });

  it('renders no body again when only the Astro config changed (Astro then clears its content store)', async () => {
    const filed = async () => Promise.all((await bodyFiles()).map(async (name) => [name, (await stat(join(dir, 'cache/bodies/briefs', name))).mtimeMs]));
    const before = await filed();
    const again = await build(undefined, { SITE_URL: 'https://mirror.example' });
    expect(again.output).toContain('Astro config changed');
    expect(await filed()).toEqual(before);
    expect(await again.page('briefs/sample')).toContain('Opening paragraph.');
    expect(await again.page('briefs/sample')).toContain('https://mirror.example/briefs/sample/');
  });
});

describe('the cache keys (src/config/cache-keys.ts)', () => {
  it('re-renders the pages an author edit changes and no body, in a library and cache of its own', async () => {
    const own = await buildWorkdir('cache-keys-');
    try {
      const library = join(own, 'content');
      await cp(FIXTURE, library, { recursive: true });
      const env = { CONTENT_DIR: library, CACHE_DIR: join(own, 'cache') };
      const bodies = join(own, 'cache/bodies/briefs');
      const filed = async () => Promise.all((await readdir(bodies)).sort().map(async (name) => [name, (await stat(join(bodies, name))).mtimeMs]));
      const first = await astroBuild({ ...env, OUT_DIR: join(own, 'dist-1') });
      expect(first.code, first.output).toBe(0);
      const before = await filed();

      await replaceIn('authors/jane-doe/en.md', 'name: "Jane Doe"', 'name: "Jane R. Doe"')(library);
      const second = await astroBuild({ ...env, OUT_DIR: join(own, 'dist-2') });
      expect(second.code, second.output).toBe(0);
      expect(await readFile(join(own, 'dist-2/briefs/sample/index.html'), 'utf8')).toContain('Jane R. Doe');
      expect(await filed()).toEqual(before);
    } finally {
      await rm(own, { recursive: true, force: true });
    }
    // Two builds of its own.
  }, 240_000);
});
