/**
 * `/search-respell.js`: what the search box loads only when a query finds
 * nothing as typed: the words to respell, the lexicon files they need
 * (fetched once each), and what each might have meant (./lexicon.ts).
 */
import { lexiconFiles, mergeShards, respell, type LexiconShard, type Respelling } from './lexicon';
import { scriptOf } from './spelling';

export type { Respelling } from './lexicon';

/** The words of `query` in a script the lexicon keeps, Latin or Arabic (punctuation around them left out), each once. */
export function respellableWords(query: string): string[] {
  const words = query.split(' ').map((token) => token.replace(/^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu, ''));
  return [...new Set(words.filter((word) => scriptOf(word) !== undefined))];
}

/** Most queries searched instead of one, and most offered. */
const MAX_QUERIES = 3;

/**
 * The queries to search instead of `query`, best first: every word that
 * has spellings to search instead written as its first, then each further
 * spelling of a word in its place.
 */
export function insteadQueries(query: string, spellings: ReadonlyMap<string, Respelling>): string[] {
  const first = new Map([...spellings].flatMap(([word, { instead }]) => (instead[0] ? [[word, instead[0]] as const] : [])));
  if (first.size === 0) return [];
  const queries = [replaceWords(query, first)];
  for (const [word, { instead }] of spellings) {
    for (const other of instead.slice(1)) queries.push(replaceWords(query, new Map([...first, [word, other]])));
  }
  return [...new Set(queries)].slice(0, MAX_QUERIES);
}

/** `query` with one word at a time written as one of its closest spellings: what to offer when nothing is found. */
export function closestQueries(query: string, spellings: ReadonlyMap<string, Respelling>): string[] {
  const queries = [...spellings].flatMap(([word, { closest }]) => closest.map((spelling) => replaceWords(query, new Map([[word, spelling]]))));
  return [...new Set(queries)].slice(0, MAX_QUERIES);
}

/**
 * `query` with each word in `replacements` (a word of `respellableWords`)
 * written as its replacement, punctuation around it kept.
 */
export function replaceWords(query: string, replacements: ReadonlyMap<string, string>): string {
  return query
    .split(' ')
    .map((token) => {
      const [, before = '', word = '', after = ''] = /^([\p{P}\p{S}]*)(.*?)([\p{P}\p{S}]*)$/su.exec(token) ?? [];
      const replacement = replacements.get(word);
      return replacement === undefined ? token : `${before}${replacement}${after}`;
    })
    .join(' ');
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

/**
 * What each of `words` might have meant in `language`'s lexicon, read from
 * the Pagefind folder at `base` (`respell`).
 */
export async function respellWords(base: string, language: string, words: readonly string[]): Promise<Map<string, Respelling>> {
  const entries = await Promise.all(
    words.map(async (word) => [word, respell(word, mergeShards(await Promise.all(lexiconFiles(language, word).map((path) => lexiconFile(`${base}${path}`)))))] as const),
  );
  return new Map(entries);
}
