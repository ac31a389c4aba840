import { describe, expect, it } from 'vitest';
import { briefPagesGlobs, localizedPath, publisherUrl, routes, splitLocale, twinPath } from './urls';

describe('localizedPath', () => {
  it('leaves English paths unprefixed', () => {
    expect(localizedPath('en', '/briefs/x/')).toBe('/briefs/x/');
  });
  it('prefixes Arabic paths with /ar', () => {
    expect(localizedPath('ar', '/briefs/x/')).toBe('/ar/briefs/x/');
    expect(localizedPath('ar', '/')).toBe('/ar/');
  });
  it('rejects a relative path', () => {
    expect(() => localizedPath('ar', 'briefs/x/')).toThrow(/must start with/);
  });
});

describe('splitLocale', () => {
  it.each([
    ['/', 'en', '/'],
    ['/briefs/x/', 'en', '/briefs/x/'],
    ['/ar/', 'ar', '/'],
    ['/ar', 'ar', '/'],
    ['/ar/authors/y/', 'ar', '/authors/y/'],
    ['/arabic/', 'en', '/arabic/'],
    ['/en/briefs/x/', 'en', '/en/briefs/x/'],
  ])('reads %s as locale %s with path %s', (pathname, locale, path) => {
    expect(splitLocale(pathname)).toEqual({ locale, path });
  });
});

describe('twinPath', () => {
  it('maps an English brief URL to its Arabic twin', () => {
    expect(twinPath('/briefs/iraq-us-strategic-dialogue/', 'ar')).toBe('/ar/briefs/iraq-us-strategic-dialogue/');
  });
  it('maps an Arabic author URL to its English twin', () => {
    expect(twinPath('/ar/authors/farhad-alaaldin/', 'en')).toBe('/authors/farhad-alaaldin/');
  });
  it('maps the home pages to each other', () => {
    expect(twinPath('/', 'ar')).toBe('/ar/');
    expect(twinPath('/ar/', 'en')).toBe('/');
  });
  it('is the identity for the page’s own locale', () => {
    expect(twinPath('/ar/briefs/x/', 'ar')).toBe('/ar/briefs/x/');
  });
});

describe('routes', () => {
  it('builds every kind of page in both locales', () => {
    expect(routes.home('en')).toBe('/');
    expect(routes.brief('ar', 'x')).toBe('/ar/briefs/x/');
    expect(routes.author('en', 'y')).toBe('/authors/y/');
    expect(routes.search('ar')).toBe('/ar/search/');
    expect(routes.topic('ar', 'iraq')).toBe('/ar/topics/iraq/');
    expect(routes.parallel('en', 'x')).toBe('/briefs/x/parallel/');
  });
});

describe('briefPagesGlobs', () => {
  it('matches the brief pages of each edition, relative to the output folder', () => {
    expect(briefPagesGlobs()).toEqual({ en: 'briefs/*/index.html', ar: 'ar/briefs/*/index.html' });
  });
});

describe('publisherUrl', () => {
  it('joins the publisher’s site and a scraped relative path', () => {
    expect(publisherUrl('https://www.washingtoninstitute.org', '/policy-analysis/podcast-breaking-hezbollahs-golden-rule')).toBe(
      'https://www.washingtoninstitute.org/policy-analysis/podcast-breaking-hezbollahs-golden-rule',
    );
  });
  it('refuses absolute and protocol-relative paths', () => {
    expect(() => publisherUrl('https://example.org', 'https://evil.test/x')).toThrow(/site-relative/);
    expect(() => publisherUrl('https://example.org', '//evil.test/x')).toThrow(/site-relative/);
  });
});
