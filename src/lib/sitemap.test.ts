import { describe, expect, it } from 'vitest';
import { isListedInSitemap, sitemapOptions } from './sitemap';

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

describe('sitemapOptions', () => {
  it('maps every site locale to its hreflang, English by default', () => {
    expect(sitemapOptions.i18n).toEqual({ defaultLocale: 'en', locales: { en: 'en', ar: 'ar' } });
  });
});
