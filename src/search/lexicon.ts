/**
 * The library's words, as the build writes them for the search box
 * (src/integrations/pagefind/lexicon.ts) and the search box reads them:
 * the contract between the two, and the lookup. The words come from the
 * pages Pagefind indexed, one lexicon per index language, split into small
 * files (`lexiconShard`) that the search box fetches one at a time, only
 * for a word that finds nothing as typed.
 */
import { allowedEdits, arabicBase, editDistance, foldWord, lexiconShard, scriptOf, transliterationKey } from './spelling';

/** Folder of the lexicons, in the Pagefind folder. */
export const LEXICON_FOLDER = 'lexicon';

/** A word of the library: as it is most often written, how often it occurs, how often with a capital letter. */
export type LexiconWord = [spelling: string, count: number, capitals: number];

/** One file of a lexicon: its words, most frequent first, and common English words the library lacks (Latin files only). */
export interface LexiconShard {
  words: LexiconWord[];
  common?: string[];
}

/** Path of a lexicon file, relative to the Pagefind folder. */
export const lexiconPath = (language: string, shard: string) => `${LEXICON_FOLDER}/${language}/${shard}.json`;

/** A Latin word written with the article joined to it ("Alkazimi"), without the article; else undefined. */
const withoutGluedArticle = (folded: string) => (/^[ae]l\p{L}{4}/u.test(folded) ? folded.slice(2) : undefined);

/**
 * The lexicon files `respell` needs for `word` in `language`'s lexicon (one,
 * or two for a Latin word that may have the article joined to it), relative
 * to the Pagefind folder; none for a word in no script the lexicon keeps.
 */
export function lexiconFiles(language: string, word: string): string[] {
  const folded = foldWord(word);
  const forms = scriptOf(word) === 'latin' ? [word, withoutGluedArticle(folded)] : [word];
  const shards = forms.map((form) => form && lexiconShard(form)).filter((shard): shard is string => shard !== undefined);
  return [...new Set(shards)].map((shard) => lexiconPath(language, shard));
}

/** The lexicon files in `shards` read as one. */
export function mergeShards(shards: readonly LexiconShard[]): LexiconShard {
  return { words: shards.flatMap((shard) => shard.words), common: shards.flatMap((shard) => shard.common ?? []) };
}

/** What a word that found nothing might have meant. */
export interface Respelling {
  /** Spellings the library has to search instead, best first: the same name transliterated another way, else the word the slip was meant to be. */
  instead: string[];
  /** The closest spellings the library has, to offer when nothing is found. */
  closest: string[];
}

/** Most spellings searched instead of one word. */
const MAX_INSTEAD = 3;
/** Most spellings offered for one word. */
const MAX_CLOSEST = 3;

/** Two spellings of one name differ in length by at most half the shorter one, or three letters. */
const comparableLength = (a: string, b: string) => Math.abs(a.length - b.length) <= Math.max(3, Math.min(a.length, b.length) / 2);

/** A name: written with a capital letter at least half the times it occurs (so at least some times not at a sentence's start). */
const isName = ([, count, capitals]: LexiconWord) => capitals * 2 >= count && capitals > 0;

/** The more frequent word first. */
const byCount = (a: LexiconWord, b: LexiconWord) => b[1] - a[1];

/**
 * Whether `word` may be searched as another spelling (a name's, two names',
 * a slip's): a Latin word that is not a common English word, which is
 * meant as typed however a name or a slip would fold ("tank" is not made
 * "task", "understand" is not split).
 */
const mayRespell = (word: string, shard: LexiconShard) => scriptOf(word) === 'latin' && !new Set(shard.common).has(foldWord(word));

/**
 * The names of `shard` that are `word` transliterated another way: the same
 * transliteration key, a glued article left out too ("Alkazimi"), and a
 * comparable length; most frequent first. None for `word` itself.
 */
export function sameNames(word: string, shard: LexiconShard): string[] {
  const folded = foldWord(word);
  const keys = new Set([transliterationKey(word)]);
  const bare = withoutGluedArticle(folded);
  if (bare) keys.add(transliterationKey(bare));
  return shard.words
    .filter((entry) => isName(entry) && foldWord(entry[0]) !== folded && keys.has(transliterationKey(entry[0])) && comparableLength(folded, foldWord(entry[0])))
    .sort(byCount)
    .map(([spelling]) => spelling);
}

/** Fewest letters of a name's key for it to be a part of a word split in two. */
const MIN_PART = 3;

/** The names of `shard` whose transliteration key begins `key`, leaving at least `MIN_PART` letters of it. */
const heads = (key: string, shard: LexiconShard) =>
  shard.words.filter((entry) => {
    const head = transliterationKey(entry[0]);
    return isName(entry) && head.length >= MIN_PART && key.length - head.length >= MIN_PART && key.startsWith(head);
  });

/**
 * The lexicon files that hold the second half of `word` read as two names
 * the library writes apart ("Abdulmahdi" as "Abdul Mahdi"): for each name
 * of `shard` (the word's own files) that begins it, the file of what
 * follows. `respell` takes them as `rest`.
 */
export function splitFiles(language: string, word: string, shard: LexiconShard): string[] {
  if (!mayRespell(word, shard)) return [];
  const key = transliterationKey(word);
  const shards = heads(key, shard).map((head) => lexiconShard(key.slice(transliterationKey(head[0]).length)));
  return [...new Set(shards.filter((name): name is string => name !== undefined))].map((name) => lexiconPath(language, name));
}

/** Two names, the first of `shard` and the second of `rest`, whose transliteration key written together is `word`'s; most frequent first. */
function splitNames(word: string, shard: LexiconShard, rest: LexiconShard): string[] {
  const key = transliterationKey(word);
  const pairs = heads(key, shard).flatMap(([head, headCount]) =>
    rest.words
      .filter((tail) => isName(tail) && transliterationKey(`${head}${tail[0]}`) === key)
      .map(([tail, tailCount]) => ({ spelling: `${head} ${tail}`, count: Math.min(headCount, tailCount) })),
  );
  return [...new Set(pairs.sort((a, b) => b.count - a.count).map(({ spelling }) => spelling))];
}

/**
 * What `word` (typed by a reader, found nowhere as typed) might mean among
 * the words of `shard` (its lexicon files, `lexiconFiles`):
 * - a Latin word is searched instead as every name of the library with its
 *   transliteration key ("Kazimi" as "Khadhimi"), a glued article left out
 *   too ("Alkazimi"); failing that, as two names the library writes apart
 *   ("Abdulmahdi" as "Abdul Mahdi", the second from `rest`, `splitFiles`);
 *   failing that, as the library's words one edit away
 *   (two for a word of 8 letters or more) that occur most; unless the word
 *   typed is a common English word ("tank" is not made "task", "modify" not
 *   "Mudhafi");
 * - an Arabic word is never searched instead: Arabic words one letter apart
 *   are different words, and a word the library lacks must find nothing;
 * - either is offered the library's closest spellings; a Latin word typed
 *   with a capital, its closest names.
 */
export function respell(word: string, shard: LexiconShard, rest: LexiconShard = { words: [] }): Respelling {
  const script = scriptOf(word);
  if (!script) return { instead: [], closest: [] };
  const folded = foldWord(word);
  const others = shard.words.filter(([spelling]) => foldWord(spelling) !== folded);
  const instead: string[] = [];
  // Compared without the article and particles for Arabic, whole for Latin.
  const form = (w: string) => (script === 'arabic' ? arabicBase(foldWord(w)) : foldWord(w));
  const typed = form(word);
  const near = (limit: number, among = others) =>
    among
      .map((entry) => ({ entry, distance: editDistance(typed, form(entry[0]), limit) }))
      .filter(({ distance }) => distance <= limit)
      .sort((a, b) => a.distance - b.distance || byCount(a.entry, b.entry));
  if (mayRespell(word, shard)) {
    instead.push(...sameNames(word, shard));
    if (instead.length === 0) instead.push(...splitNames(word, shard, rest));
    const edits = allowedEdits([...typed].length);
    if (instead.length === 0 && edits > 0) {
      const slips = near(edits);
      const best = slips[0]?.distance;
      instead.push(...slips.filter(({ distance }) => distance === best).map(({ entry }) => entry[0]));
    }
  }
  // Offered a little farther than a slip is searched: the reader chooses.
  // A name typed (with a capital) is offered the library's names, not the common words a few letters away ("Mahdi" not "made").
  const offered = script === 'latin' && /^\p{Lu}/u.test(word) ? others.filter(isName) : others;
  const closest = near(Math.max(1, allowedEdits([...typed].length) + 1), offered).map(({ entry }) => entry[0]);
  return { instead: instead.slice(0, MAX_INSTEAD), closest: [...new Set([...instead, ...closest])].slice(0, MAX_CLOSEST) };
}
