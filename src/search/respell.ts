/**
 * `/search-respell.js`: what the search box loads only when a query finds
 * nothing as typed: the words to respell, the lexicon files they need
 * (fetched once each), and what each might have meant (./lexicon.ts).
 */
import { lexiconFiles, mergeShards, respell, sameNames, splitFiles, type LexiconShard, type Respelling } from './lexicon';
import type { SearchTranslator } from '../i18n/search';
import type { PagefindResultData } from './pagefind';
import { scriptOf } from './spelling';

export type { Respelling } from './lexicon';
/** Pagefind's English stemmer, for the pages a query's words match only through it (./find.ts). */
export { stemmer as stemEnglish } from '@orama/stemmers/english';

/** A token of a query: its word and the punctuation around it. */
const tokenParts = (token: string) => {
  const [, before = '', word = '', after = ''] = /^([\p{P}\p{S}]*)(.*?)([\p{P}\p{S}]*)$/su.exec(token) ?? [];
  return { before, word, after };
};

/** The words of `query`, in order, without the punctuation around them. */
const queryWords = (query: string) => query.split(' ').map((token) => tokenParts(token).word);

/** The words of `query` in a script the lexicon keeps, Latin or Arabic (punctuation around them left out), each once. */
export function respellableWords(query: string): string[] {
  const words = queryWords(query);
  return [...new Set(words.filter((word) => scriptOf(word) !== undefined))];
}

/**
 * Neighbouring Latin words of `query` ("Ala al-Din"), each pair once, at
 * least one of them in `missing`: a name written in two parts that the
 * library may write as one ("Alaaldin").
 */
export function wordPairs(query: string, missing: readonly string[]): string[] {
  const words = queryWords(query);
  const pairs = words.slice(1).flatMap((second, i) => {
    const first = words[i]!;
    const latin = scriptOf(first) === 'latin' && scriptOf(second) === 'latin';
    return latin && (missing.includes(first) || missing.includes(second)) ? [`${first} ${second}`] : [];
  });
  return [...new Set(pairs)];
}

/** Most queries searched instead of one, and most offered. */
const MAX_QUERIES = 3;

/**
 * `query` written with each of `choices` (a word, or a pair of words, and
 * its spellings) as its first spelling, then with each further spelling of
 * one of them in its place; at most `MAX_QUERIES`, each once.
 */
function variations(query: string, choices: readonly (readonly [string, readonly string[]])[]): string[] {
  const first = new Map(choices.map(([words, spellings]) => [words, spellings[0]!]));
  const queries = [replaceWords(query, first)];
  for (const [words, spellings] of choices) {
    for (const other of spellings.slice(1)) queries.push(replaceWords(query, new Map([...first, [words, other]])));
  }
  return [...new Set(queries)].slice(0, MAX_QUERIES);
}

/**
 * The queries to search instead of `query`, best first: every word (or
 * pair of words, `wordPairs`, before the words in it) that has spellings to
 * search instead written as its first, then each further spelling of one in
 * its place; then the same with the words alone.
 */
export function insteadQueries(query: string, spellings: ReadonlyMap<string, Respelling>): string[] {
  const choices = [...spellings].flatMap(([words, { instead }]) => (instead.length > 0 ? [[words, instead] as const] : []));
  const words = choices.filter(([key]) => !key.includes(' '));
  const queries = [...(choices.length > words.length ? variations(query, choices) : []), ...(words.length > 0 ? variations(query, words) : [])];
  return [...new Set(queries)].slice(0, MAX_QUERIES);
}

/**
 * What to offer when nothing is found: `query` with every word that found
 * nothing (each single word of `spellings`) written as one of its closest
 * spellings, or nothing where one of them has none (an offer keeping a
 * word that finds nothing would find nothing either).
 */
export function closestQueries(query: string, spellings: ReadonlyMap<string, Respelling>): string[] {
  const words = [...spellings].filter(([words]) => !words.includes(' ')).map(([word, { closest }]) => [word, closest] as const);
  if (words.length === 0 || words.some(([, closest]) => closest.length === 0)) return [];
  return variations(query, words);
}

/**
 * `query` with each word in `replacements` (a word of `respellableWords`,
 * or two neighbouring ones, as `wordPairs` writes them) written as its
 * replacement, punctuation around it kept; a pair is replaced before the
 * words in it.
 */
export function replaceWords(query: string, replacements: ReadonlyMap<string, string>): string {
  const tokens = query.split(' ').map(tokenParts);
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const { before, word, after } = tokens[i]!;
    const next = tokens[i + 1];
    const pair = next && replacements.get(`${word} ${next.word}`);
    if (pair !== undefined && next) {
      out.push(`${before}${pair}${next.after}`);
      i++;
      continue;
    }
    const replacement = replacements.get(word);
    out.push(replacement === undefined ? `${before}${word}${after}` : `${before}${replacement}${after}`);
  }
  return out.join(' ');
}

const files = new Map<string, Promise<LexiconShard>>();

/** A lexicon file, fetched once (a failed fetch is tried again next time). */
function lexiconFile(url: string): Promise<LexiconShard> {
  let file = files.get(url);
  if (!file) {
    file = fetch(url).then((response) => {
      if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
      return response.json() as Promise<LexiconShard>;
    });
    file.catch(() => files.delete(url));
    files.set(url, file);
  }
  return file;
}

/** Lexicon files (paths in the Pagefind folder at `base`), read as one. */
const readFiles = async (base: string, paths: readonly string[]) => mergeShards(await Promise.all(paths.map((path) => lexiconFile(`${base}${path}`))));

/** The lexicon files `word` is looked up in, read as one. */
const shardFor = (base: string, language: string, word: string) => readFiles(base, lexiconFiles(language, word));

/**
 * What `word` might have meant (`respell`); where that is nothing to search
 * instead, looked up again with the files of its second half read as
 * another name (`splitFiles`), fetched only then.
 */
async function respellWord(base: string, language: string, word: string): Promise<Respelling> {
  const shard = await shardFor(base, language, word);
  const respelling = respell(word, shard);
  const rest = respelling.instead.length > 0 ? [] : splitFiles(language, word, shard);
  return rest.length > 0 ? respell(word, shard, await readFiles(base, rest)) : respelling;
}

/**
 * What each of `words` might have meant in `language`'s lexicon, read from
 * the Pagefind folder at `base` (`respell`); and each of `pairs`
 * (`wordPairs`), written as one word, the library's names it
 * transliterates ("Ala al-Din" as "Alaaldin", `sameNames`), pairs first.
 */
export async function respellWords(base: string, language: string, words: readonly string[], pairs: readonly string[] = []): Promise<Map<string, Respelling>> {
  const joined = await Promise.all(
    pairs.map(async (pair) => {
      const word = pair.replace(' ', '');
      const names: Respelling = { instead: sameNames(word, await shardFor(base, language, word)), closest: [] };
      return [pair, names] as const;
    }),
  );
  const single = await Promise.all(words.map(async (word) => [word, await respellWord(base, language, word)] as const));
  return new Map<string, Respelling>([...joined, ...single]);
}

/** What one edition has for a query. */
export interface Found {
  results: PagefindResultData[];
  /** The queries searched instead, where the query as typed found nothing and they found something. */
  instead: string[];
  /** Queries with the closest spellings the edition has, where nothing was found. */
  closest: string[];
}

/** How `respellQuery` runs. */
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
 * Respells `query`, which found nothing in one edition (searched with
 * `search`): the words that find nothing alone are looked up in the
 * edition's lexicon (`respellWords`), and the query is searched again with
 * each spelling the lexicon gives instead (another transliteration of a
 * name, the word a slip was meant to be), best first; if that finds nothing
 * either, the closest spellings are offered.
 */
export async function respellQuery(
  search: (query: string, filters: Record<string, string>) => Promise<PagefindResultData[]>,
  query: string,
  { filters, isStale, base, language, limit }: FindOptions,
): Promise<Found> {
  const none: Found = { results: [], instead: [], closest: [] };
  const words = respellableWords(query);
  if (words.length === 0 || isStale()) return none;
  // A query of one word found nothing, so that word finds nothing; in a longer one, each word is tried alone.
  const lone = words.length === 1 && query.split(' ').length === 1;
  const missing = lone ? words : (await Promise.all(words.map(async (word) => ((await search(word, {})).length === 0 ? [word] : [])))).flat();
  if (missing.length === 0 || isStale()) return none;
  const spellings = await respellWords(base, language, missing, wordPairs(query, missing));
  const byPage = new Map<string, PagefindResultData>();
  const instead: string[] = [];
  for (const candidate of insteadQueries(query, spellings)) {
    if (byPage.size >= limit) break;
    const found = await search(candidate, filters);
    if (isStale()) return none;
    if (found.length > 0) instead.push(candidate);
    for (const data of found) if (!byPage.has(data.url)) byPage.set(data.url, data);
  }
  if (byPage.size > 0) return { results: [...byPage.values()].slice(0, limit), instead, closest: [] };
  return { ...none, closest: closestQueries(query, spellings) };
}

/** What `showRespelling` needs from the page. */
export interface RespellingView {
  t: SearchTranslator;
  /** The page's `Intl` locale, for listing alternatives. */
  intl: string;
  /** The edition's search page, which a closest spelling links to. */
  searchPage: string;
  /** Runs a query in place, as the reader follows a closest spelling. */
  search: (query: string) => void;
}

/**
 * Shows what `respellQuery` did for `typed`: in `status` (which holds the
 * result count), which queries were searched instead ("Showing results for
 * “Kadhimi” or “Khadhimi”; nothing was found for “Kazimi”."); in `closest`,
 * the closest spellings as links to the search page that run in place, as
 * the page's language lists alternatives. `data-instead` on `status` names
 * the queries searched instead, for scripts and tests.
 */
export function showRespelling(status: HTMLElement, closest: HTMLElement, found: Found, typed: string, { t, intl, searchPage, search }: RespellingView): void {
  const list = new Intl.ListFormat(intl, { type: 'disjunction' });
  if (found.instead.length > 0) {
    const instead = document.createElement('span');
    instead.className = 'search-instead';
    instead.textContent = t('search.showing', { queries: list.format(found.instead.map((query) => t('search.quoted', { query }))), query: typed });
    status.prepend(instead, ' ');
    status.dataset['instead'] = found.instead.join('\n');
  }
  closest.replaceChildren();
  closest.hidden = found.closest.length === 0;
  if (found.closest.length === 0) return;
  closest.append(t('search.closest'), ' ');
  for (const part of list.formatToParts(found.closest)) {
    if (part.type === 'literal') {
      closest.append(part.value);
      continue;
    }
    const link = document.createElement('a');
    link.href = `${searchPage}?${new URLSearchParams({ q: part.value })}`;
    link.textContent = part.value;
    link.addEventListener('click', (event) => {
      event.preventDefault();
      search(part.value);
    });
    closest.append(link);
  }
}
