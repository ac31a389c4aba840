import { readdir } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { SitemapItem } from '@astrojs/sitemap';
import { isListedInSitemap, sitemapOptions, withAlternates } from './sitemap';

const SITE = 'https://briefs.example';

describe('isListedInSitemap', () => {
  it.each([
    ['/', true],
    ['/ar/', true],
    ['/briefs/x/', true],
    ['/ar/authors/y/', true],
    ['/search/', false],
    ['/ar/search/', false],
    ['/404.html', false],
    ['/rss.xml', false],
    ['/robots.txt', false],
  ])('answers %s → %s', (path, listed) => {
    expect(isListedInSitemap(SITE + path)).toBe(listed);
  });
});

describe('withAlternates', () => {
  const both = new Set([`${SITE}/`, `${SITE}/ar/`, `${SITE}/briefs/x/parallel/`, `${SITE}/ar/briefs/x/parallel/`, `${SITE}/briefs/english-only/`]);

  it('lists the English and the Arabic edition of a page, from either edition', () => {
    const links = [
      { url: `${SITE}/briefs/x/parallel/`, lang: 'en' },
      { url: `${SITE}/ar/briefs/x/parallel/`, lang: 'ar' },
      { url: `${SITE}/briefs/x/parallel/`, lang: 'x-default' },
    ];
    expect(withAlternates({ url: `${SITE}/briefs/x/parallel/` } as SitemapItem, both).links).toEqual(links);
    expect(withAlternates({ url: `${SITE}/ar/briefs/x/parallel/` } as SitemapItem, both).links).toEqual(links);
  });

  it('maps the home pages to each other and keeps the rest of the entry', () => {
    const item = { url: `${SITE}/ar/`, lastmod: '2020-08-18' } as SitemapItem;
    expect(withAlternates(item, both)).toEqual({
      ...item,
      links: [
        { url: `${SITE}/`, lang: 'en' },
        { url: `${SITE}/ar/`, lang: 'ar' },
        { url: `${SITE}/`, lang: 'x-default' },
      ],
    });
  });

  it('names no alternate for a page without another edition', () => {
    const item = { url: `${SITE}/briefs/english-only/` } as SitemapItem;
    expect(withAlternates(item, both)).toEqual(item);
  });
});

describe('sitemapOptions', () => {
  it('gives alternates only among the pages its filter kept, and each brief page its day', async () => {
    const options = sitemapOptions({ contentDir: 'src/test/fixtures/library' });
    const slug = (await readdir('src/test/fixtures/library/briefs'))[0]!;
    const urls = [`${SITE}/briefs/${slug}/`, `${SITE}/ar/briefs/${slug}/`, `${SITE}/briefs/y/`, `${SITE}/search/`, `${SITE}/ar/search/`];
    expect(urls.filter(options.filter)).toEqual(urls.slice(0, 3));
    const arabic = await options.serialize({ url: `${SITE}/ar/briefs/${slug}/` } as SitemapItem);
    expect(arabic?.links?.map((l) => l.lang)).toEqual(['en', 'ar', 'x-default']);
    expect(arabic?.lastmod).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect((await options.serialize({ url: `${SITE}/briefs/y/` } as SitemapItem))?.links).toBeUndefined();
  });
});
