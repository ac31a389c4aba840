import type { SitemapItem, SitemapOptions } from '@astrojs/sitemap';
import { localeCodes, locales } from '../i18n/locales';
import { localizedPath, splitLocale } from './urls';

/** Locale-neutral paths of pages that exist but are not worth listing: search results depend on a query. */
const UNLISTED = ['/search/'];

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
 * per locale, `hreflang` from the locale table. Every listed page exists in
 * every locale (the build fails on an edition without its pair), so the
 * alternates follow from the URL alone: constant work per page, where the
 * integration's own `i18n` option compares every URL with every other
 * (19 s at 10,000 briefs).
 */
export function withAlternates(item: SitemapItem): SitemapItem {
  const url = new URL(item.url);
  const { path } = splitLocale(url.pathname);
  return { ...item, links: localeCodes.map((code) => ({ url: new URL(localizedPath(code, path), url).href, lang: locales[code].lang })) };
}

/**
 * Options for `@astrojs/sitemap`: reading pages only, each with its
 * editions as alternates; the sitemap declares only the `xhtml` namespace
 * it uses.
 */
export const sitemapOptions = {
  filter: isListedInSitemap,
  serialize: withAlternates,
  namespaces: { xhtml: true, news: false, image: false, video: false },
} satisfies SitemapOptions;
