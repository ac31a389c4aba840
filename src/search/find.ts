/**
 * How the search box finds a query in one edition's index, apart from the
 * page: widening and stemming the query, leaving out Pagefind's prefix
 * guesses, and respelling a query that finds nothing. The browser runs it
 * on Pagefind's JS API (./ui.ts); the index tests run the same code on the
 * built index in Node.
 */
import { stemmer as stemArabic } from '@orama/stemmers/arabic';
import type { PagefindResult, PagefindResultData } from './pagefind';
import type { FindOptions, Found } from './respell';
import { matchesQuery, searchWidening, stemmedQuery } from './query';

/** The respelling module (./respell.ts), which the browser loads only when a query finds nothing. */
export type Respeller = typeof import('./respell');

/** Pagefind's Arabic stemmer, for telling its matches from its prefix guesses (`matchesQuery`); the English one is loaded when needed. */
const MATCH_STEMMERS = { arabic: stemArabic };

/** An index to search: Pagefind's `search`. */
export interface SearchableIndex {
  search(term: string, options?: { filters?: Record<string, string> }): Promise<{ results: readonly PagefindResult[] } | null>;
}

/** How `searchIndex` runs. */
export interface SearchOptions {
  filters?: Record<string, string>;
  /** True once the reader has typed past this query: give up early. */
  isStale?: () => boolean;
  /** The stemmer to send the query's words as (`stemmedQuery`), where the edition has one. */
  stem?: (word: string) => string;
  /** Most results. */
  limit: number;
  /**
   * Pagefind's English stemmer, loaded only where a page would be dropped
   * without it: most matches start like the word searched, and the stemmer
   * is not worth a cold query's bytes.
   */
  loadLatinStemmer: () => Promise<(word: string) => string>;
}

/**
 * Searches one index, widening Arabic queries over prefixes the stemmer
 * keeps and sending them as stems (`searchWidening`, `stemmedQuery`); best
 * results first. A page found by an earlier variant (the query as typed
 * comes first) keeps that variant's result, so its sections and excerpt do
 * not depend on which variant happened to score higher. Pages that matched
 * a word only through a much shorter prefix of it are dropped
 * (`matchesQuery`). Results are copies of Pagefind's, which it rewrites on
 * the next search reaching the same page.
 */
export async function searchIndex(
  index: SearchableIndex,
  query: string,
  { filters = {}, isStale = () => false, stem, limit, loadLatinStemmer }: SearchOptions,
): Promise<PagefindResultData[]> {
  const responses = await searchWidening((variant) => index.search(variant, { filters }), query, {
    enough: limit,
    isStale,
    ...(stem && { prepare: (variant: string) => stemmedQuery(variant, stem) }),
  });
  if (isStale()) return [];
  const byPage = new Map<string, PagefindResult>();
  for (const response of responses) {
    for (const result of response?.results ?? []) if (!byPage.has(result.id)) byPage.set(result.id, result);
  }
  const top = [...byPage.values()].sort((a, b) => b.score - a.score).slice(0, limit);
  const pages = (await Promise.all(top.map((result) => result.data()))).map((data) => ({ ...data }));
  const matched = (data: PagefindResultData) => data.locations.map((at) => data.content.split(' ')[at] ?? '');
  const kept = pages.map((data) => matchesQuery(query, matched(data), MATCH_STEMMERS));
  if (kept.includes(false)) {
    const latin = await loadLatinStemmer();
    for (const [i, data] of pages.entries()) kept[i] ||= matchesQuery(query, matched(data), { ...MATCH_STEMMERS, latin });
  }
  return pages.filter((_, i) => kept[i]);
}

export type { Found, FindOptions } from './respell';

/**
 * Searches one edition with `search` and, only where the query finds
 * nothing, loads the respelling module and respells it
 * (`respellQuery` in ./respell.ts). A respelled query is searched only when
 * the query as typed found nothing, so a looser match never ranks above an
 * exact one, and a query that finds its words never loads the respelling
 * code or a lexicon.
 */
export async function findWithRespelling(
  search: (query: string, filters: Record<string, string>) => Promise<PagefindResultData[]>,
  loadRespeller: () => Promise<Respeller>,
  query: string,
  options: FindOptions,
): Promise<Found> {
  const results = await search(query, options.filters);
  if (results.length > 0 || options.isStale()) return { results, instead: [], closest: [] };
  return (await loadRespeller()).respellQuery(search, query, options);
}
