/**
 * Spelling rules shared by the build (which writes the library's words into
 * a lexicon, src/integrations/pagefind/lexicon.ts) and the search box (which
 * looks a word up there when it finds nothing as typed). Pure functions.
 *
 * Two kinds of respelling:
 * - transliteration: names from Arabic and Persian are written many ways in
 *   Latin letters (Kadhimi, Kazimi, Khadhimi; Hizballah, Hezbollah). Each
 *   word folds to a key (`transliterationKey`) that is the same for all the
 *   usual spellings of one name; a word that finds nothing is looked up by
 *   its key among the names the library really has.
 * - slips: a word one edit away from a word the library has (two for long
 *   words), unless the word typed is itself a common word.
 */

/** Apostrophes and the letters that write ayn and hamza ("Shi'a", "Ba‘ath", "Daʿwa"). */
const AYN_HAMZA = /['‘’ʿʾʼ`´]/g;
const TASHKEEL = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g;

/** Which rules a word is respelled by: the script of its letters. */
export type Script = 'latin' | 'arabic';

/** `word`'s script when all its letters are Latin or all Arabic (digits allowed), else undefined. */
export function scriptOf(word: string): Script | undefined {
  if (/^[\p{Script=Latin}\p{M}\p{N}'‘’ʿʾʼ`´-]*\p{Script=Latin}[\p{Script=Latin}\p{M}\p{N}'‘’ʿʾʼ`´-]*$/u.test(word)) return 'latin';
  if (/^[\u0621-\u064A\u0660-\u0669\u064B-\u065F\u0670\u0640]*[\u0621-\u064A][\u0621-\u064A\u0660-\u0669\u064B-\u065F\u0670\u0640]*$/.test(word)) return 'arabic';
  return undefined;
}

/**
 * A word as the lexicon compares it: lower case, without diacritics,
 * apostrophes or the letters for ayn and hamza; Arabic without tashkeel or
 * tatweel, with أ/إ/آ as ا, ة as ه and ى as ي (the foldings Pagefind's
 * Arabic stemmer makes, so two spellings it finds alike compare alike).
 */
export function foldWord(word: string): string {
  return word
    .normalize('NFD')
    .replace(TASHKEEL, '')
    .replace(/\p{M}/gu, '')
    .normalize('NFC')
    .toLowerCase()
    .replace(AYN_HAMZA, '')
    .replace(/[أإآ]/g, 'ا')
    .replace(/ة/g, 'ه')
    .replace(/ى/g, 'ي');
}

/** The Arabic article with the one-letter words written onto it (و, ف, ب, ك, ل), or و/ف alone. */
const ARABIC_PREFIX = /^(?:[وف]?(?:[بك]?ال|لل)|[وف])(?=[\u0621-\u064A]{2})/;

/** A folded Arabic word without its article and the particles written before it («والحكومه» → «حكومه»). */
export function arabicBase(folded: string): string {
  return folded.replace(ARABIC_PREFIX, '');
}

/**
 * The Arabic article written before a transliterated name with a hyphen,
 * assimilated or not: al-, el-, ul-, and a sun letter's ad-, as-, ash-,
 * at-, ath-, az-, an-, ar- (also with e-).
 */
const LATIN_ARTICLE = /^(?:[aeu]l|[ae](?:sh|th|dh|[dnrstz]))-/;

/**
 * The key all usual Latin spellings of one Arabic or Persian name share,
 * folding what transliterations disagree on: the article (al-, el-, as-…);
 * ayn and hamza marks; dh, th, d and z (ذ ظ ض ث د ز); q, k, kh, c and ck; gh
 * and g; sh and ch; v and w; ph and f; j and dj; doubled letters; a final h
 * after a vowel (-ah/-a, -eh/-e); and vowels, y after the first letter
 * included, as "a vowel here" (Hizb/Hezb, ou/u/o, ei/ay, ee/i). Consonants
 * are kept in order, so the key still tells Kazimi from Kazemzadeh or
 * Karimi. Any other letters are kept as they are.
 */
export function transliterationKey(word: string): string {
  let w = foldWord(word).replace(LATIN_ARTICLE, '').replace(/[^\p{L}\p{N}]/gu, '');
  w = w.replace(/([aeiouy])h$/, '$1');
  w = w
    .replace(/kh|ck|q|c(?!h)/g, 'k')
    .replace(/gh/g, 'g')
    .replace(/sh|ch/g, 'x')
    .replace(/dh|th|z/g, 'd')
    .replace(/ph/g, 'f')
    .replace(/dj/g, 'j')
    .replace(/v/g, 'w');
  // y starting a word is a consonant ("Yazidi"), elsewhere a vowel ("Sayyid", "Husayn").
  w = w.slice(0, 1) + w.slice(1).replace(/y/g, 'i');
  return w.replace(/(.)\1+/g, '$1').replace(/[aeiou]+/g, 'a');
}

/**
 * Edits allowed for a slip in a word of `length` letters: none under 4
 * letters (too many short words sit one edit apart), one up to 7, two from 8.
 */
export function allowedEdits(length: number): number {
  return length < 4 ? 0 : length < 8 ? 1 : 2;
}

/**
 * The edit distance between `a` and `b` (insertions, deletions,
 * substitutions and swaps of two neighbouring letters, each one edit), or
 * `max + 1` as soon as it is known to be larger than `max`.
 */
export function editDistance(a: string, b: string, max: number): number {
  const x = [...a];
  const y = [...b];
  if (Math.abs(x.length - y.length) > max) return max + 1;
  let before = new Array<number>(y.length + 1).fill(0);
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      let d = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) d = Math.min(d, before[j - 2]! + 1);
      current.push(d);
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
    before = previous;
    previous = current;
  }
  return Math.min(previous[y.length]!, max + 1);
}

/**
 * The file of the lexicon `word` is looked up in (and the build files it
 * in): its script and the first letter of the form it is compared by, the
 * transliteration key for a Latin word (so all spellings of a name share a
 * file), the word without its article for an Arabic one. `undefined` for a
 * word in neither script.
 */
export function lexiconShard(word: string): string | undefined {
  const script = scriptOf(word);
  if (!script) return undefined;
  const folded = foldWord(word);
  const first = (script === 'latin' ? transliterationKey(word) : arabicBase(folded)).slice(0, 1);
  if (!first) return undefined;
  return SHARD_LETTERS[script].includes(first) ? `${script}-${first.codePointAt(0)!.toString(16)}` : `${script}-other`;
}

/** Letters a shard is named by; words starting with any other letter share the script's `other` shard. */
const SHARD_LETTERS: Record<Script, string> = {
  latin: 'abcdefghijklmnopqrstuvwxyz0123456789',
  arabic: [...Array.from({ length: 0x064a - 0x0621 + 1 }, (_, i) => String.fromCodePoint(0x0621 + i)), '0123456789', '٠١٢٣٤٥٦٧٨٩'].join(''),
};

/** Every shard name there is, so the build can write each one (empty or not) and a lookup never misses a file. */
export function allShards(): string[] {
  return (Object.keys(SHARD_LETTERS) as Script[]).flatMap((script) => [
    ...[...new Set(SHARD_LETTERS[script])].map((letter) => `${script}-${letter.codePointAt(0)!.toString(16)}`),
    `${script}-other`,
  ]);
}
