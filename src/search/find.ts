/**
 * How the search box finds a query in one edition's index, apart from the
 * page: widening and stemming the query, leaving out Pagefind's prefix
 * guesses, and respelling a query that finds nothing. The browser runs it
 * on Pagefind's JS API (./ui.ts); the index tests run the same code on the
 * built index in Node.
 */
import { stemmer as stemArabic } from '@orama/stemmers/arabic';
import { stemmer as stemEnglish } from '@orama/stemmers/english';
import type { PagefindResult, PagefindResultData } from './pagefind';
import { matchesQuery, searchWidening, stemmedQuery } from './query';

/** The respelling module (./respell.ts), which the browser loads only when a query finds nothing. */
export type Respeller = typeof import('./respell');

/** The stemmers Pagefind indexes words with, for telling its matches from its prefix guesses (`matchesQuery`). */
const MATCH_STEMMERS = { latin: stemEnglish, arabic: stemArabic };

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
export async function searchIndex(index: SearchableIndex, query: string, { filters = {}, isStale = () => false, stem, limit }: SearchOptions): Promise<PagefindResultData[]> {
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
  return (await Promise.all(top.map((result) => result.data())))
    .filter((data) => {
      const words = data.content.split(' ');
      return matchesQuery(query, data.locations.map((at) => words[at] ?? ''), MATCH_STEMMERS);
    })
    .map((data) => ({ ...data }));
}

/** What one edition has for a query. */
export interface Found {
  results: PagefindResultData[];
  /** The queries searched instead, where the query as typed found nothing and they found something. */
  instead: string[];
  /** Queries with the closest spellings the edition has, where nothing was found. */
  closest: string[];
}

/** How `findWithRespelling` runs. */
export interface FindOptions {
  filters: Record<string, string>;
  isStale: () => boolean;
  /** The Pagefind folder's URL, ending in `/`, the lexicons are read from. */
  base: string;
  /** The edition's index language (its lexicon). */
  language: string;
  limit: number;
}

/**
 * Searches one edition with `search` and, only where the query finds
 * nothing, respells it: the words that find nothing alone are looked up in the edition's lexicon (./respell.ts), and
 * the query is searched again with each spelling the lexicon gives instead
 * (another transliteration of a name, the word a slip was meant to be),
 * best first; if that finds nothing either, the closest spellings are
 * offered. A respelled query is searched only when the query as typed found
 * nothing, so a looser match never ranks above an exact one, and a query
 * that finds its words never loads the respelling code or a lexicon.
 */
export async function findWithRespelling(
  search: (query: string, filters: Record<string, string>) => Promise<PagefindResultData[]>,
  loadRespeller: () => Promise<Respeller>,
  query: string,
  { filters, isStale, base, language, limit }: FindOptions,
): Promise<Found> {
  const none: Found = { results: [], instead: [], closest: [] };
  const results = await search(query, filters);
  if (results.length > 0 || isStale()) return { ...none, results };
  const respell = await loadRespeller();
  const words = respell.respellableWords(query);
  if (words.length === 0 || isStale()) return none;
  // A query of one word found nothing, so that word finds nothing; in a longer one, each word is tried alone.
  const lone = words.length === 1 && query.split(' ').length === 1;
  const missing = lone ? words : (await Promise.all(words.map(async (word) => ((await search(word, {})).length === 0 ? [word] : [])))).flat();
  if (missing.length === 0 || isStale()) return none;
  const spellings = await respell.respellWords(base, language, missing);
  const byPage = new Map<string, PagefindResultData>();
  const instead: string[] = [];
  for (const candidate of respell.insteadQueries(query, spellings)) {
    if (byPage.size >= limit) break;
    const found = await search(candidate, filters);
    if (isStale()) return none;
    if (found.length > 0) instead.push(candidate);
    for (const data of found) if (!byPage.has(data.url)) byPage.set(data.url, data);
  }
  if (byPage.size > 0) return { results: [...byPage.values()].slice(0, limit), instead, closest: [] };
  return { ...none, closest: respell.closestQueries(query, spellings) };
}
