import type { SitemapItem, SitemapOptions } from '@astrojs/sitemap';
import { defaultLocale, localeCodes, locales } from '../i18n/locales';
import { localizedPath, splitLocale } from '../routing/urls';
import { isIndexedPath } from './indexing';
import { createLastmod, readDatedBriefs } from './lastmod';

/**
 * Whether a built URL belongs in the sitemap: indexed pages only
 * (`isIndexedPath`, as their robots `<meta>` says), so files (`/404.html`,
 * feeds, scripts, `robots.txt`) and the search pages are left out.
 */
export function isListedInSitemap(url: string): boolean {
  const { pathname } = new URL(url);
  return pathname.endsWith('/') && isIndexedPath(splitLocale(pathname).path);
}

/**
 * A sitemap entry with its page's editions as `xhtml:link` alternates, one
 * per locale that has the page (`listed`), `hreflang` from the locale table,
 * and `x-default` as the pages declare it (the default locale's edition, or
 * the first one there is); none when the page has no other edition (an
 * English-only brief). The
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
  if (links.length < 2) return item;
  const fallback = links.find((link) => link.lang === locales[defaultLocale].lang) ?? links[0]!;
  return { ...item, links: [...links, { url: fallback.url, lang: 'x-default' }] };
}

/**
 * Options for `@astrojs/sitemap`: reading pages only, each with its
 * editions as alternates and its `lastmod` (`createLastmod`, from the
 * briefs' front matter under `contentDir`, read once); the sitemap
 * declares only the `xhtml` namespace it uses. `filter` sees every URL
 * before `serialize` sees any (the integration filters the whole list
 * first), so the pages it keeps are known when alternates are chosen. One
 * set of options per build.
 */
export function sitemapOptions({ contentDir }: { contentDir: string }) {
  const listed = new Set<string>();
  let lastmod: Promise<ReturnType<typeof createLastmod>> | undefined;
  return {
    filter: (url: string) => {
      const keep = isListedInSitemap(url);
      if (keep) listed.add(url);
      return keep;
    },
    serialize: async (item: SitemapItem) => {
      lastmod ??= readDatedBriefs(contentDir).then(createLastmod);
      const { locale, path } = splitLocale(new URL(item.url).pathname);
      const day = (await lastmod)(locale, path);
      return withAlternates(day ? { ...item, lastmod: day.toISOString().slice(0, 10) } : item, listed);
    },
    namespaces: { xhtml: true, news: false, image: false, video: false },
  } satisfies SitemapOptions;
}
