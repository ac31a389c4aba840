/**
 * Which pages search engines may index: one rule for the pages' robots
 * `<meta>` (Base.astro) and the sitemap (sitemap.ts), so they agree.
 */

/**
 * Locale-neutral paths of pages that exist for readers but not for search engines: search
 * results depend on a query; an edition's "not found" page is built under `/ar/404/` before it
 * moves to `/ar/404.html`.
 */
const UNINDEXED = ['/search/', '/404/'];

/** Whether the page at a locale-neutral path (`/briefs/x/`) is indexed and listed in the sitemap. */
export function isIndexedPath(path: string): boolean {
  return !UNINDEXED.includes(path);
}
