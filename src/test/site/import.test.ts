import { cp, mkdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runImport } from '../../import/cli';
import { astroBuild, type BuildResult } from '../support/build';
import { ROOT } from '../support/paths';
import { buildWorkdir } from '../support/workdir';

/**
 * Pages saved from the publisher's site, each varying what the seed has,
 * imported with `npm run import` into a library that starts empty (only the
 * publisher, topic and glossary tables), which must then build:
 * - the seed (one author, "Brief Analysis", an Arabic edition link, both recommended layouts);
 * - several-authors.txt: two authors (one the library already has), "Articles & Testimony",
 *   no other edition, lists, a block quote, links and emphasis in the body, recommended
 *   entries of each layout with several authors, and one of a type the site does not have;
 * - bilingual-en.txt / bilingual-ar.txt: an English page and the publisher's Arabic page of it.
 */
const FIXTURES = join(ROOT, 'src/import/fixtures');
const PUBLISHER = 'https://www.washingtoninstitute.org';
let dir: string;
let imported: Awaited<ReturnType<typeof runImport>>;
let build: BuildResult;
const html = async (path: string) => parse(await readFile(join(dir, 'dist', path, 'index.html'), 'utf8'));

beforeAll(async () => {
  dir = await buildWorkdir('import-');
  const content = join(dir, 'content');
  await mkdir(content);
  for (const file of ['publishers.yaml', 'topics.yaml', 'glossary.yaml']) await cp(join(ROOT, 'content', file), join(content, file));
  imported = await runImport([
    '--content',
    content,
    '--url',
    `${PUBLISHER}/policy-analysis/iraq-us-strategic-dialogue-finding-agreement-within-contention`,
    '--slug',
    'iraq-us-strategic-dialogue',
    join(ROOT, 'src/test/fixtures/seed/iraq-us-strategic-dialogue.txt'),
    '--url',
    `${PUBLISHER}/policy-analysis/testimony-gulf-energy-security`,
    join(FIXTURES, 'several-authors.txt'),
    join(FIXTURES, 'bilingual-ar.txt'),
    '--url',
    `${PUBLISHER}/policy-analysis/kurdistans-budget-talks-baghdad`,
    join(FIXTURES, 'bilingual-en.txt'),
  ]);
  build = await astroBuild({ CONTENT_DIR: content, OUT_DIR: join(dir, 'dist'), CACHE_DIR: join(dir, 'cache') });
}, 240_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('a library imported from publisher pages', () => {
  it('imports every page', () => {
    expect(imported.stderr).toBe('');
    expect(imported.code).toBe(0);
  });

  it('builds without errors', () => {
    expect(build.output).not.toMatch(/\[ERROR\]/);
    expect(build.code, build.output).toBe(0);
  });

  it('has a page for each imported brief, edition and author', async () => {
    for (const path of [
      'briefs/iraq-us-strategic-dialogue',
      'briefs/testimony-gulf-energy-security',
      'briefs/kurdistans-budget-talks-baghdad',
      'ar/briefs/kurdistans-budget-talks-baghdad',
      'authors/dana-stroul',
      'authors/farhad-alaaldin',
      'ar/authors/farhad-alaaldin',
    ]) {
      expect((await html(path)).querySelector('h1'), path).not.toBeNull();
    }
  });

  it('keeps the body’s lists, quote, links and emphasis', async () => {
    const article = (await html('briefs/testimony-gulf-energy-security')).querySelector('article')!;
    const list = (first: string) => article.querySelectorAll('ul, ol').find((l) => l.querySelector('li')?.textContent.startsWith(first));
    expect(list('Oil exports')?.tagName).toBe('UL');
    expect(list('Oil exports')?.querySelectorAll('li')).toHaveLength(3);
    expect(list('Fund the joint')?.tagName).toBe('OL');
    expect(list('Fund the joint')?.querySelectorAll('li')).toHaveLength(3);
    expect(article.querySelector('blockquote')?.textContent).toMatch(/We cannot secure the shipping lanes alone/);
    expect(article.querySelector('em')?.textContent).toBe('energy security');
    expect(article.querySelector(`a[href="${PUBLISHER}/policy-analysis/grid-interconnection"]`)?.textContent).toBe('grid interconnection');
  });

  it('shows the publisher’s Arabic edition in Arabic, with its Arabic author name', async () => {
    const page = await html('ar/briefs/kurdistans-budget-talks-baghdad');
    expect(page.querySelector('html')?.getAttribute('lang')).toBe('ar');
    expect(page.querySelector('h1')?.textContent).toMatch(/محادثات الموازنة/);
    expect(page.textContent).toMatch(/فرهاد علاء الدين/);
  });
});
