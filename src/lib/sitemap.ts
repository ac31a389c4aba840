import type { SitemapOptions } from '@astrojs/sitemap';
import { defaultLocale, localeCodes, locales } from '../i18n/locales';
import { localizedPath } from './urls';

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
 * Options for `@astrojs/sitemap`: each page lists its editions as
 * `xhtml:link` alternates, with `hreflang` from the locale table; the
 * sitemap declares only the `xhtml` namespace it uses.
 */
export const sitemapOptions = {
  filter: isListedInSitemap,
  i18n: {
    defaultLocale,
    locales: Object.fromEntries(localeCodes.map((code) => [code, locales[code].lang])),
  },
  namespaces: { xhtml: true, news: false, image: false, video: false },
} satisfies SitemapOptions;
