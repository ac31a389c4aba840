import { defaultLocale, isLocale, localeCodes, locales, type Locale } from '../i18n/locales';

/**
 * Pure URL helpers. Every internal path ends in a slash (Astro's
 * `trailingSlash: 'always'`), and the default locale has no prefix:
 * `/briefs/x/` is English, `/ar/briefs/x/` is Arabic.
 */

/** Prefixes a locale-neutral path (starting with `/`) for `locale`. */
export function localizedPath(locale: Locale, path: string): string {
  if (!path.startsWith('/')) throw new Error(`Path must start with "/": ${path}`);
  return locale === defaultLocale ? path : `/${locale}${path}`;
}

/** Splits a pathname into its locale and the locale-neutral rest. */
export function splitLocale(pathname: string): { locale: Locale; path: string } {
  const match = /^\/([^/]+)(\/.*)?$/.exec(pathname);
  const first = match?.[1];
  if (first && first !== defaultLocale && isLocale(first)) {
    return { locale: first, path: match?.[2] ?? '/' };
  }
  return { locale: defaultLocale, path: pathname || '/' };
}

/** Maps a page's pathname to the same page in `target`'s edition. */
export function twinPath(pathname: string, target: Locale): string {
  return localizedPath(target, splitLocale(pathname).path);
}

/** Route builders: the URL scheme in one place. */
export const routes = {
  home: (locale: Locale) => localizedPath(locale, '/'),
  brief: (locale: Locale, slug: string) => localizedPath(locale, `/briefs/${slug}/`),
  author: (locale: Locale, slug: string) => localizedPath(locale, `/authors/${slug}/`),
  search: (locale: Locale) => localizedPath(locale, '/search/'),
  topic: (locale: Locale, topic: string) => localizedPath(locale, `/topics/${topic}/`),
  parallel: (locale: Locale, slug: string) => localizedPath(locale, `/briefs/${slug}/parallel/`),
};

/**
 * Globs, relative to the output folder, matching the built files of the
 * brief pages, keyed by each edition's `lang`: the pages search indexes.
 */
export function briefPagesGlobs(): Record<string, string> {
  return Object.fromEntries(localeCodes.map((locale) => [locales[locale].lang, `${routes.brief(locale, '*').slice(1)}index.html`]));
}

/** The `[...lang]` route parameter for a locale: absent for the default. */
export function langParam(locale: Locale): string | undefined {
  return locale === defaultLocale ? undefined : locale;
}

/**
 * Joins a publisher's site address and a site-relative path from the
 * publisher's page into an absolute URL.
 * @throws if `path` is not site-relative, so a scraped full URL to another
 *   host cannot slip through as the publisher's.
 */
export function publisherUrl(site: string, path: string): string {
  if (!path.startsWith('/') || path.startsWith('//')) {
    throw new Error(`Publisher path must be site-relative: ${path}`);
  }
  return new URL(path, site).href;
}
