import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROLIFIC_AUTHOR, writeSyntheticLibrary } from '../../synthetic/library';
import { astroBuild } from '../support/build';
import { buildWorkdir } from '../support/workdir';

/**
 * Lists that grow with the library paginate. Builds a synthetic library of
 * 45 bilingual briefs (more than two pages of 20) and reads the pages.
 */
let dir: string;
const page = async (path: string) => parse(await readFile(join(dir, 'dist', path, 'index.html'), 'utf8'));

beforeAll(async () => {
  dir = await buildWorkdir('briefs-paging-');
  writeSyntheticLibrary(join(dir, 'content'), 45);
  const { code, output } = await astroBuild({ CONTENT_DIR: join(dir, 'content'), OUT_DIR: join(dir, 'dist'), CACHE_DIR: join(dir, 'cache') });
  if (code !== 0) throw new Error(output);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('pagination', () => {
  it('splits the home page into pages of 20, newest first, linked both ways', async () => {
    const first = await page('');
    const second = await page('page/2');
    const third = await page('page/3');
    expect(first.querySelectorAll('main article.card')).toHaveLength(20);
    expect(second.querySelectorAll('main article.card')).toHaveLength(20);
    expect(third.querySelectorAll('main article.card')).toHaveLength(5);
    expect(first.querySelector('a[rel=next]')?.getAttribute('href')).toBe('/page/2/');
    expect(first.querySelector('a[rel=prev]')).toBeNull();
    expect(second.querySelector('a[rel=prev]')?.getAttribute('href')).toBe('/');
    expect(third.querySelector('a[rel=next]')).toBeNull();
    expect(third.querySelector('nav.pagination [aria-current=page]')?.textContent).toBe('Page 3 of 3');
    // Every page of the list counts the whole list.
    expect([first, third].map((doc) => doc.querySelector('.list-count')?.textContent)).toEqual(['45 briefs', '45 briefs']);
    const dates = [first, second, third].flatMap((doc) => doc.querySelectorAll('main article.card time').map((t) => t.getAttribute('datetime') ?? ''));
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('paginates the Arabic home page in Arabic, with alternates for the twin page', async () => {
    const second = await page('ar/page/2');
    expect(second.querySelector('nav.pagination')?.getAttribute('aria-label')).toBe('الصفحات');
    expect(second.querySelector('nav.pagination [aria-current=page]')?.textContent).toBe('الصفحة 2 من 3');
    // 11 to 99 take the singular with tanween in Arabic ("many").
    expect(second.querySelector('.list-count')?.textContent).toBe('45 موجزًا');
    expect(second.querySelector('a[rel=prev]')?.getAttribute('href')).toBe('/ar/');
    expect(second.querySelector('link[rel=alternate][hreflang=en]')?.getAttribute('href')).toMatch(/\/page\/2\/$/);
  });

  it('keeps every list page small: no page grows with the library', async () => {
    for (const path of ['', 'page/2', 'ar/page/3']) {
      expect((await page(path)).querySelectorAll('main article.card').length).toBeLessThanOrEqual(20);
    }
  });

  it('paginates topic pages too', async () => {
    // Every synthetic brief is filed under Iraq: 45 briefs, three pages.
    const topic = await page('topics/iraq');
    expect(topic.querySelector('nav.pagination [aria-current=page]')?.textContent).toBe('Page 1 of 3');
    expect((await page('ar/topics/iraq/page/3')).querySelectorAll('main article.card')).toHaveLength(5);
  });

  it('paginates the page of an author with more than 20 briefs, in both languages', async () => {
    // Counted from the library written, not assumed from how it was written.
    const slugs = await readdir(join(dir, 'content/briefs'));
    const written = await Promise.all(slugs.map((slug) => readFile(join(dir, 'content/briefs', slug, 'en.md'), 'utf8')));
    const count = written.filter((text) => text.includes(`authors: [${PROLIFIC_AUTHOR}]`)).length;
    expect(count).toBeGreaterThan(20);
    expect(count).toBeLessThanOrEqual(40);
    const first = await page(`authors/${PROLIFIC_AUTHOR}`);
    expect(first.querySelector('h1')?.textContent).toMatch(/^Author 1 /);
    expect(first.querySelectorAll('main article.card')).toHaveLength(20);
    expect(first.querySelector('a[rel=next]')?.getAttribute('href')).toBe(`/authors/${PROLIFIC_AUTHOR}/page/2/`);
    const second = await page(`ar/authors/${PROLIFIC_AUTHOR}/page/2`);
    expect(second.querySelectorAll('main article.card')).toHaveLength(count - 20);
    expect(second.querySelector('a[rel=prev]')?.getAttribute('href')).toBe(`/ar/authors/${PROLIFIC_AUTHOR}/`);
    expect(second.querySelector('nav.pagination [aria-current=page]')?.textContent).toBe('الصفحة 2 من 2');
  });
});

describe('the feeds of a library of many briefs', () => {
  const items = async (feed: string) =>
    (new XMLParser({ isArray: (name) => name === 'item' }).parse(await readFile(join(dir, 'dist', feed), 'utf8')) as { rss: { channel: { item: { link: string; pubDate: string }[] } } }).rss.channel.item;

  it('list every brief once, newest first, in each language', async () => {
    for (const [feed, prefix] of [['rss.xml', '/briefs/'], ['ar/rss.xml', '/ar/briefs/']] as const) {
      const list = await items(feed);
      expect(list, feed).toHaveLength(45);
      expect(new Set(list.map((item) => item.link)).size, feed).toBe(45);
      for (const item of list) expect(new URL(item.link).pathname, feed).toMatch(new RegExp(`^${prefix}brief-\\d{5}/$`));
      const days = list.map((item) => Date.parse(item.pubDate));
      expect(days, feed).toEqual([...days].sort((a, b) => b - a));
    }
  });
});
