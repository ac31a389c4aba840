/**
 * Pagination of growing lists (home, author and topic pages): a fixed page
 * size, page 1 at the list's own path and page n at `<path>page/<n>/`.
 */

/** Briefs per listing page. */
export const PAGE_SIZE = 20;

/** How many pages `total` items fill; an empty list still has its first page. */
export function pageCount(total: number, size = PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / size));
}

/** The items on page `page` (1-based). */
export function pageItems<T>(items: readonly T[], page: number, size = PAGE_SIZE): T[] {
  return items.slice((page - 1) * size, page * size);
}

/** The path of page `page` of the list at `base` (which ends in "/"). */
export function pagePath(base: string, page: number): string {
  if (!Number.isInteger(page) || page < 1) throw new Error(`Page numbers start at 1: ${page}`);
  return page === 1 ? base : `${base}page/${page}/`;
}

/** Page numbers 2…n of a list of `total` items: the extra pages to generate. */
export function laterPages(total: number, size = PAGE_SIZE): number[] {
  return Array.from({ length: pageCount(total, size) - 1 }, (_, i) => i + 2);
}
