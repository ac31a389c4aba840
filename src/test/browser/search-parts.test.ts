import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSyntheticLibrary } from '../../synthetic/library';
import { splitIntoParts } from '../../integrations/pagefind/parts';
import { extraPartFolders } from '../../search/parts';
import { astroBuild } from '../support/build';
import { replaceIn } from '../support/edit';
import { loadPagefind } from '../support/pagefind-node';
import { useBrowser } from '../support/session';
import { buildWorkdir } from '../support/workdir';

/**
 * A library whose search index comes in parts: 12 synthetic briefs with at
 * most 4 pages a part. The site's search and the index's rebuild must treat
 * the parts as one index.
 */
const BRIEFS = 12;
const PART_SIZE = '4';
let dir: string;
let build: () => Promise<string>;
const slugs = Array.from({ length: BRIEFS }, (_, i) => `brief-${String(i + 1).padStart(5, '0')}`);
// A brief outside the first part in both languages, from the same split the build makes.
const firstPart = (prefix: string) => splitIntoParts(slugs.map((slug) => `${prefix}briefs/${slug}/index.html`), Number(PART_SIZE))[0]!;
const outside = slugs.find((slug) => !firstPart('').includes(`briefs/${slug}/index.html`) && !firstPart('ar/').includes(`ar/briefs/${slug}/index.html`))!;
const dist = () => join(dir, 'dist');

beforeAll(async () => {
  dir = await buildWorkdir('search-parts-');
  const content = join(dir, 'content');
  writeSyntheticLibrary(content, BRIEFS);
  await replaceIn(`briefs/${outside}/en.md`, /\n$/, ' Quokkapart.\n')(content);
  await replaceIn(`briefs/${outside}/ar.md`, /\n$/, ' كوكابارت.\n')(content);
  build = async () => {
    const env = { CONTENT_DIR: content, OUT_DIR: dist(), CACHE_DIR: join(dir, 'cache'), SEARCH_PART_SIZE: PART_SIZE };
    const { code, output } = await astroBuild(env);
    if (code !== 0) throw new Error(output);
    return output;
  };
  await build();
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const browser = useBrowser(dist);

// Before the test that rebuilds the library with an edit.
describe('search by topic on a library whose briefs are on different topics', () => {
  it('lists only the briefs filed under the topic chosen', async () => {
    // Every synthetic brief is on Iraq, and each on some of the other topics: take one that some briefs are not on.
    const topicsOf = async (slug: string) => /^topics: \[(.*)\]$/m.exec(await readFile(join(dir, 'content/briefs', slug, 'en.md'), 'utf8'))?.[1]?.split(', ') ?? [];
    const filed = await Promise.all(slugs.map(async (slug) => ({ slug, topics: await topicsOf(slug) })));
    const topic = ['iran', 'us-policy', 'military-security', 'energy-economics'].find((id) => {
      const count = filed.filter((brief) => brief.topics.includes(id)).length;
      return count > 0 && count < 8;
    });
    expect(topic, 'a topic with between 1 and 7 of the briefs').toBeDefined();
    const expected = filed.filter((brief) => brief.topics.includes(topic!)).map((brief) => `/briefs/${brief.slug}/`);
    const { page } = await browser.open(`/search/?q=the&topic=${topic}`);
    await page.waitForFunction(() => document.querySelector<HTMLElement>('.search-page .search-status')?.dataset['query'] === 'the');
    const found = await page.locator('ol.search-results').first().locator(':scope > .search-result .search-result-title').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(found.sort()).toEqual(expected.sort());
  });
});

describe('a search index in parts', () => {
  it('writes each language in more than one part, each part in its folder', async () => {
    const pagefind = join(dist(), 'pagefind');
    const counts = JSON.parse(await readFile(join(pagefind, 'parts.json'), 'utf8')) as Record<string, number>;
    expect(counts['en']).toBeGreaterThan(1);
    expect(counts['ar']).toBeGreaterThan(1);
    expect(outside).toBeDefined();
    for (const folder of extraPartFolders(counts, 'en')) expect(await readdir(join(pagefind, folder))).toContain('pagefind-entry.json');
  });

  it('finds pages of every part, in each language', async () => {
    for (const [lang, word] of [['en', 'the'], ['ar', 'في']] as const) {
      const index = await loadPagefind(dist(), lang);
      const { results } = await index.search(word);
      expect(results.length, lang).toBe(BRIEFS);
    }
  });

  it('shows a reader a brief from a later part, in English and in Arabic', async () => {
    for (const [path, query] of [[`/briefs/${outside}/`, 'Quokkapart'], [`/ar/briefs/${outside}/`, 'كوكابارت']] as const) {
      const { page } = await browser.open(path);
      await page.keyboard.press('/');
      await page.locator('dialog.search-dialog').getByRole('searchbox').fill(query);
      const first = page.locator('dialog.search-dialog .search-results > .search-result').first();
      await first.waitFor();
      expect(await first.locator('a').first().getAttribute('href'), query).toMatch(new RegExp(`^${path}(\\?|#|$)`));
    }
  });

  it('re-indexes only the part whose page changed, and finds the change', async () => {
    await replaceIn(`briefs/${slugs[0]}/en.md`, /\n$/, ' Wombatedit.\n')(join(dir, 'content'));
    const output = await build();
    const [, parts, unchanged] = /\((\d+) parts, [^;]*; (\d+) unchanged since the last build\)/.exec(output) ?? [];
    expect(Number(parts)).toBeGreaterThan(2);
    expect(Number(unchanged)).toBe(Number(parts) - 1);
    const { results } = await (await loadPagefind(dist(), 'en')).search('Wombatedit');
    expect(await Promise.all(results.map(async (result) => (await result.data()).url))).toEqual([`/briefs/${slugs[0]}/`]);
  });
});
