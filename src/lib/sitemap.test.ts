import { describe, expect, it } from 'vitest';
import type { SitemapItem } from '@astrojs/sitemap';
import { isListedInSitemap, withAlternates } from './sitemap';

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
  it('lists the English and the Arabic edition of a page, from either edition', () => {
    const links = [
      { url: `${SITE}/briefs/x/parallel/`, lang: 'en' },
      { url: `${SITE}/ar/briefs/x/parallel/`, lang: 'ar' },
    ];
    expect(withAlternates({ url: `${SITE}/briefs/x/parallel/` } as SitemapItem).links).toEqual(links);
    expect(withAlternates({ url: `${SITE}/ar/briefs/x/parallel/` } as SitemapItem).links).toEqual(links);
  });

  it('maps the home pages to each other and keeps the rest of the entry', () => {
    const item = { url: `${SITE}/ar/`, lastmod: '2020-08-18' } as SitemapItem;
    expect(withAlternates(item)).toEqual({ ...item, links: [{ url: `${SITE}/`, lang: 'en' }, { url: `${SITE}/ar/`, lang: 'ar' }] });
  });
});
