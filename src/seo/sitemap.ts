import type { SitemapItem, SitemapOptions } from '@astrojs/sitemap';
import { localeCodes, locales } from '../i18n/locales';
import { localizedPath, splitLocale } from '../routing/urls';

/** Locale-neutral paths of pages that exist but are not worth listing: search results depend on a query; an edition's "not found" page (built under `/ar/404/` before it moves to `/ar/404.html`). */
const UNLISTED = ['/search/', '/404/'];

/**
 * Whether a built URL belongs in the sitemap: reading pages only, so files
 * (`/404.html`, feeds, scripts, `robots.txt`) and the search pages are left out.
 */
export function isListedInSitemap(url: string): boolean {
  const { pathname } = new URL(url);
  const unlisted = localeCodes.flatMap((locale) => UNLISTED.map((path) => localizedPath(locale, path)));
  return pathname.endsWith('/') && !unlisted.includes(pathname);
}

/**
 * A sitemap entry with its page's editions as `xhtml:link` alternates, one
 * per locale that has the page (`listed`), `hreflang` from the locale table;
 * none when the page has no other edition (an English-only brief). The
 * alternates follow from the URL: constant work per page, where the
 * integration's own `i18n` option compares every URL with every other
 * (19 s at 10,000 briefs).
 */
export function withAlternates(item: SitemapItem, listed: ReadonlySet<string>): SitemapItem {
  const url = new URL(item.url);
  const { path } = splitLocale(url.pathname);
  const links = localeCodes
    .map((code) => ({ url: new URL(localizedPath(code, path), url).href, lang: locales[code].lang }))
    .filter((link) => listed.has(link.url));
  return links.length > 1 ? { ...item, links } : item;
}

/**
 * Options for `@astrojs/sitemap`: reading pages only, each with its
 * editions as alternates; the sitemap declares only the `xhtml` namespace
 * it uses. `filter` sees every URL before `serialize` sees any (the
 * integration filters the whole list first), so the pages it keeps are
 * known when alternates are chosen. One set of options per build.
 */
export function sitemapOptions() {
  const listed = new Set<string>();
  return {
    filter: (url: string) => {
      const keep = isListedInSitemap(url);
      if (keep) listed.add(url);
      return keep;
    },
    serialize: (item: SitemapItem) => withAlternates(item, listed),
    namespaces: { xhtml: true, news: false, image: false, video: false },
  } satisfies SitemapOptions;
}
