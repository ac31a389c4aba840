/**
 * Pure helpers for the search UI: cleaning what a reader typed, widening an
 * Arabic query over the prefixes Pagefind's stemmer keeps, reading
 * Pagefind's excerpts safely, and the `?highlight=` round trip.
 */
import type { IndexedAlias } from '../content/alias-text';
import { splitAtMatches } from '../util/split-at-matches';
import { breakJoinedWords, rejoinWords } from './word-breaks';

/** Longest query sent to the index; longer input is cut at a word boundary. */
export const MAX_QUERY_LENGTH = 200;

// Bidi controls (LRM, RLM, ALM, embeddings, isolates) and other invisible format characters.
const INVISIBLE = /[\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/g;
// Tashkeel (harakat, tanwin, shadda, sukun, dagger alif) and tatweel.
const TASHKEEL = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g;

/**
 * The query as the index should see it: no invisible marks or diacritics,
 * words split where the index splits them (`breakJoinedWords`), single
 * spaces, bounded length.
 */
export function normalizeQuery(input: string): string {
  let query = breakJoinedWords(input.normalize('NFC').replace(INVISIBLE, '').replace(TASHKEEL, ''))
    .replace(/\s+/g, ' ')
    .trim();
  if (query.length > MAX_QUERY_LENGTH) {
    const cut = query.slice(0, MAX_QUERY_LENGTH);
    query = (cut.includes(' ') ? cut.slice(0, cut.lastIndexOf(' ')) : cut).trim();
  }
  return query;
}

const ARABIC_WORD = /^[\u0621-\u064A]+$/;

/**
 * The word without a one-letter prefix the stemmer keeps: و/ف (and, so)
 * before the article or an alef ("والحكومة", "فإيران"), or ب/ل/ك before an
 * alef ("بإيران"). `undefined` when there is none.
 */
function withoutPrefix(word: string): string | undefined {
  return word.length > 4 && (/^[وف](?:ال|[اأإآ])/.test(word) || /^[بلك][اأإآ]/.test(word)) ? word.slice(1) : undefined;
}

/**
 * Alternative forms of an Arabic query for what Pagefind's Arabic stemmer
 * leaves apart (it already folds tashkeel, tatweel, أ/إ/آ/ا, ة/ه, ى/ي and
 * the prefixes ال, بال, لل, as the index tests show): و/ف before ال or an
 * alef and ب/ل/ك before an alef ("فالحكومة" → "الحكومة", "بإيران" →
 * "إيران"), "الحكومة" also as "والحكومة", and a word with or without the
 * article also the other way ("قوات" ↔ "القوات").
 * Returns the query itself first; at most `limit` queries.
 */
export function arabicQueryVariants(query: string, limit = 4): string[] {
  const words = query.split(' ');
  if (!words.some((word) => ARABIC_WORD.test(word))) return [query];
  const swap = (change: (word: string) => string | undefined) => {
    let changed = false;
    const next = words.map((word) => {
      if (!ARABIC_WORD.test(word)) return word;
      const alt = change(word);
      if (alt === undefined) return word;
      changed = true;
      return alt;
    });
    return changed ? next.join(' ') : undefined;
  };
  const variants = [
    query,
    swap(withoutPrefix),
    swap((w) => (w.startsWith('ال') ? `و${w}` : undefined)),
    swap((w) => (!w.startsWith('ال') && w.length > 2 ? `ال${w}` : undefined)),
    swap((w) => (w.startsWith('ال') && w.length > 4 ? w.slice(2) : undefined)),
  ];
  return [...new Set(variants.filter((v): v is string => v !== undefined))].slice(0, limit);
}

/**
 * The query with each Arabic word sent as its stem. Pagefind stems a query
 * word itself, but first fetches the index chunk where the word as typed
 * would sort, and it cuts chunks in stem order: an Arabic word as typed
 * («الحشد») sorts among the stems that keep their article («القو» of
 * «القوات», on nearly every page), the largest chunk of each index part.
 * Sent as its stem («حشد»), the word fetches its own chunk only and finds
 * the same pages at the same places.
 *
 * Pagefind also ranks by the text it is sent: it prefers the spelling
 * written (a hamza where the reader typed one), so the stem keeps the
 * reader's letters («الإيرانية» → «إيران»); and it prefers words whose
 * length is close to the word sent, so pages using the stem itself rank a
 * little higher than before, pages using longer forms of it a little lower.
 *
 * `stem` must be the stemmer Pagefind indexes with (src/test/search-index.
 * test.ts holds the two together); it sees the word as Pagefind does,
 * without combining marks and punctuation. A word whose stem would stem
 * again, or stems to nothing, is sent as typed, so the index never sees a
 * word stemmed twice. Punctuation around a word stays (a quoted phrase
 * stays an exact search).
 */
export function stemmedQuery(query: string, stem: (word: string) => string): string {
  return query
    .split(' ')
    .map((token) => {
      const [, before = '', word = '', after = ''] = /^(\p{P}*)(.*?)(\p{P}*)$/su.exec(token) ?? [];
      const plain = word.normalize('NFD').replace(/\p{M}/gu, '');
      if (!ARABIC_WORD.test(plain)) return token;
      const stemmed = stem(plain);
      if (stemmed.length === 0 || stem(stemmed) !== stemmed) return token;
      // The stem as the reader wrote it, where it is a run of their letters (one per letter of `plain`).
      const at = plain.indexOf(stemmed);
      const written = at >= 0 && plain.length === word.length ? word.slice(at, at + stemmed.length) : stemmed;
      return `${before}${written}${after}`;
    })
    .join(' ');
}

/** How `searchWidening` runs: see there. */
export interface WideningOptions {
  /** Results that make the query as typed enough on its own. */
  enough: number;
  /** True once the reader has typed past this query: stop early. */
  isStale?: () => boolean;
  /** The form each spelling is sent in (`stemmedQuery`); spellings that come out alike run once. */
  prepare?: (query: string) => string;
}

/**
 * Runs the query as typed and, only when it finds fewer than `enough`
 * pages, its other spellings (`arabicQueryVariants`) at once. The spellings
 * widen recall past the stemmer; when the query as typed already fills the
 * result list they would only add downloads (at 10,000 briefs their index
 * chunks more than doubled a cold Arabic query). Responses in variant
 * order, the query as typed first; none once `isStale()`.
 */
export async function searchWidening<T extends { results: readonly unknown[] }>(
  search: (query: string) => Promise<T | null>,
  query: string,
  { enough, isStale = () => false, prepare = (q) => q }: WideningOptions,
): Promise<(T | null)[]> {
  const [asTyped = query, ...others] = [...new Set(arabicQueryVariants(query).map(prepare))];
  const first = await search(asTyped);
  if (isStale()) return [];
  if (others.length === 0 || (first?.results.length ?? 0) >= enough) return [first];
  const rest = await Promise.all(others.map(search));
  return isStale() ? [] : [first, ...rest];
}

/** A run of excerpt text, marked where the query matched. */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'", '#x27': "'", nbsp: '\u00a0' };
const decode = (s: string) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1]?.toLowerCase() === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });

/** Appends `text` to `parts`, joined to the last part when both are marked alike. */
function appendPart(parts: ExcerptPart[], text: string, mark: boolean): void {
  if (!text) return;
  const last = parts.at(-1);
  if (last && last.mark === mark) last.text += text;
  else parts.push({ text, mark });
}

/**
 * Splits a Pagefind excerpt (escaped text with `<mark>` tags) into text
 * parts. Any other tag is dropped, so an excerpt can never inject markup:
 * the UI writes the parts with `textContent`. Punctuation Pagefind marks
 * with a word ("PMF.", "(PMF).") is moved out of the mark.
 */
export function parseExcerpt(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  const push = (text: string, mark: boolean) => appendPart(parts, text, mark);
  let mark = false;
  for (const token of rejoinWords(excerpt).split(/(<\/?[a-z][^>]*>)/i)) {
    if (/^<mark\b/i.test(token)) mark = true;
    else if (/^<\/mark>/i.test(token)) mark = false;
    else if (/^<\/?[a-z]/i.test(token)) continue;
    else if (!mark) push(decode(token), false);
    else {
      const [, before = '', word = '', after = ''] = /^([\p{P}\p{S}]*)(.*?)([\p{P}\p{S}]*)$/su.exec(decode(token)) ?? [];
      push(before, false);
      push(word, word.length > 0);
      push(after, false);
    }
  }
  return parts;
}

/** The stemmers Pagefind indexes each script's words with, as far as `matchesQuery` should check them. */
export interface Stemmers {
  /** English (Snowball); without it, a Latin word's other forms count only where they start like it. */
  latin?: (word: string) => string;
  /** Arabic (Snowball light); without it, Arabic words are not checked. */
  arabic?: (word: string) => string;
}

/** Tashkeel, tatweel, and the letters Pagefind's Arabic stemmer folds (أ/إ/آ → ا, ة → ه, ى → ي). */
const foldArabic = (word: string) =>
  word.replace(TASHKEEL, '').replace(/[أإآ]/g, 'ا').replace(/ة/g, 'ه').replace(/ى/g, 'ي');
/** The article and the one-letter words written onto it, or و/ف/ب/ل/ك before an alef. */
const ARABIC_PROCLITICS = /^(?:[وف]?(?:[بك]?ال|لل)|[وفبلك](?=ا))(?=[\u0621-\u064A]{2})/;

/**
 * Whether a page Pagefind found matched each word of `query`, or only a
 * much shorter prefix of one: Pagefind looks an unknown word up by its
 * longest prefix in the index, so "aaaa" finds every "a", "onerror" finds
 * "one" and «كوريا» finds «كورونا». `matched` are the words at the page's
 * matched positions; a hyphenated one counts whole and by its parts, as
 * Pagefind indexes it ("Khadhimi" is found in "Al-Khadhimi", "backed" in
 * "Iran-backed"), and apostrophes inside words do not count.
 *
 * A Latin word (or number) counts as found where a matched word starts with
 * its first three letters or three fifths of it, whichever is longer (all
 * of a shorter word), so a word typed halfway or with a slip at its end
 * ("withdrawalzz") still finds the page; or where a matched word's stem
 * starts with the word's stem, as Pagefind matches them ("allies" and
 * "ally", "studies" and "study" share "alli", "studi"). An Arabic word
 * counts as found where a matched word, without its article and the
 * particles written onto it, has a stem starting with the word's stem
 * (with or without a one-letter particle): the stem Pagefind searched for,
 * in the form it indexed. Words with inner punctuation other than a hyphen
 * ("U.S.") are left to the index, and so are Arabic words without
 * `stem.arabic`.
 */
export function matchesQuery(query: string, matched: readonly string[], stem: Stemmers = {}): boolean {
  // Pagefind indexes a word without its apostrophes ("Ja'farawi" as "jafarawi").
  const bare = (word: string) =>
    word
      .toLowerCase()
      .replace(/^[\p{P}\p{S}\u2060]+|[\p{P}\p{S}]+$/gu, '')
      .replace(/(?<=\p{L})['’‘ʿʾ](?=\p{L})/gu, '');
  const found = matched.map(bare).flatMap((word) => (word.includes('-') ? [word, ...word.split('-')] : [word]));
  const stemLatin = stem.latin ?? ((word: string) => word);
  const arabicKey = (word: string) => stem.arabic!(foldArabic(word).replace(ARABIC_PROCLITICS, ''));
  const isLatin = (word: string) => /^[\p{Script=Latin}\p{N}]+$/u.test(word);
  const isArabic = (word: string) => ARABIC_WORD.test(word);
  const latinFound = (word: string) => {
    const head = word.slice(0, Math.max(3, Math.ceil(word.length * 0.6)));
    const stemmed = stemLatin(word);
    return found.some((candidate) => candidate.startsWith(head) || (isLatin(candidate) && stemLatin(candidate).startsWith(stemmed)));
  };
  const arabicFound = (word: string) => {
    const plain = foldArabic(word);
    const keys = [plain, ...(plain.length > 4 && /^[وفبلك]/.test(plain) ? [plain.slice(1)] : [])].map(arabicKey).filter((key) => key.length > 0);
    return found.some((candidate) => isArabic(foldArabic(candidate)) && keys.some((key) => arabicKey(candidate).startsWith(key)));
  };
  return query
    .split(' ')
    .map(bare)
    .flatMap((word) => (/^[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)+$/u.test(word) ? word.split('-') : [word]))
    .every((word) => {
      if (isLatin(word)) return latinFound(word);
      if (stem.arabic && isArabic(foldArabic(word))) return arabicFound(word);
      return true;
    });
}

/**
 * Words to highlight on the landing page: the query's words and the words
 * the excerpts, as shown, mark (the forms the index matched, or a glossary
 * term matched through one of its aliases).
 */
export function highlightTerms(query: string, excerpts: readonly (readonly ExcerptPart[])[]): string[] {
  const marked = excerpts.flatMap((parts) => parts.filter((p) => p.mark).map((p) => p.text));
  const words = [...query.split(' '), ...marked.flatMap((m) => m.split(/\s+/))]
    .map((w) => w.replace(/^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu, ''))
    .filter((w) => w.length > 0);
  return [...new Set(words)].slice(0, 12);
}

/** Adds `?highlight=` terms to a result URL, before its #fragment. */
export function withHighlight(url: string, terms: readonly string[]): string {
  if (terms.length === 0) return url;
  const hash = url.indexOf('#');
  const [path, fragment] = hash >= 0 ? [url.slice(0, hash), url.slice(hash)] : [url, ''];
  const params = new URLSearchParams(path.includes('?') ? path.slice(path.indexOf('?') + 1) : '');
  params.set('highlight', terms.join(' '));
  return `${path.split('?')[0]}?${params.toString()}${fragment}`;
}

/**
 * A pattern matching any of `terms` as written on the page, as whole words:
 * case-insensitive, with optional tashkeel or tatweel between Arabic
 * letters and one of the Arabic prefixes و/ف/ب/ل/ك allowed in front
 * (Pagefind's Arabic stemmer keeps «والحشد» apart from «الحشد»). A match
 * starts a word; an Arabic one runs to the end of its word (the suffixes ة,
 * ية, ات…), a Latin one must end there ("war" is not found in "warning").
 */
export function highlightPattern(terms: readonly string[]): RegExp | undefined {
  const clean = terms.map((t) => normalizeQuery(t)).filter((t) => t.length > 1 || /[\u0600-\u06FF]/.test(t));
  if (clean.length === 0) return undefined;
  // Only the characters with a meaning in a pattern: in a Unicode pattern any other escape (`\-`) is an error.
  const escapeChar = (c: string) => c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  const fuzzy = (term: string) =>
    [...term].map((c) => (/[\u0621-\u064A]/.test(c) ? `${escapeChar(c)}[\\u064B-\\u065F\\u0670\\u0640]*` : escapeChar(c))).join('');
  const sorted = [...new Set(clean)].sort((a, b) => b.length - a.length);
  const term = `(?:[وفبلك](?=[\\u0621-\\u064A]))?(?:${sorted.map(fuzzy).join('|')})`;
  return new RegExp(`(?<![\\p{L}\\p{M}])${term}[\\u0621-\\u064A\\u064B-\\u065F\\u0670\\u0640]*(?![\\p{L}\\p{M}])`, 'giu');
}

/** Marks, in the text Pagefind left unmarked, the words `pattern` (`highlightPattern`) finds. */
export function markMatches(parts: readonly ExcerptPart[], pattern: RegExp | undefined): ExcerptPart[] {
  if (!pattern) return [...parts];
  const marked: ExcerptPart[] = [];
  const push = (text: string, mark: boolean) => appendPart(marked, text, mark);
  for (const part of parts) {
    if (part.mark) {
      push(part.text, true);
      continue;
    }
    for (const piece of splitAtMatches(part.text, pattern, (_, matched) => ({ matched }))) {
      if (typeof piece === 'string') push(piece, false);
      else push(piece.matched, true);
    }
  }
  return marked;
}

/** Shortest piece of an alias text recognised where an excerpt starts or ends inside one. */
const MIN_ALIAS_PIECE = 4;

/**
 * Removes glossary alias texts (indexed beside a term so its other forms
 * find it) from excerpt parts, with the ". " Pagefind puts after them: they
 * are for the index, not for reading. Where the query matched inside an
 * alias, the term after it is marked instead (a reader typing «داعش» on
 * the English page sees "ISIS" marked). An excerpt that starts or ends
 * inside an alias text loses that piece of it too.
 */
export function withoutAliases(parts: readonly ExcerptPart[], aliases: readonly IndexedAlias[]): ExcerptPart[] {
  let text = '';
  const marked: boolean[] = [];
  for (const part of parts) {
    text += part.text;
    for (let i = 0; i < part.text.length; i++) marked.push(part.mark);
  }
  const keep = new Array<boolean>(text.length).fill(true);
  const drop = (from: number, to: number, form: string) => {
    let end = to;
    if (text[end] === '.') end++;
    if (text[end] === ' ') end++;
    if (marked.slice(from, to).some(Boolean) && text.startsWith(form, end)) marked.fill(true, end, end + form.length);
    keep.fill(false, from, end);
  };
  for (const { alias, form } of aliases) {
    for (let at = text.indexOf(alias); at >= 0; at = text.indexOf(alias, at + 1)) drop(at, at + alias.length, form);
    for (let cut = 1; alias.length - cut >= MIN_ALIAS_PIECE; cut++) {
      if (text.startsWith(alias.slice(cut))) {
        drop(0, alias.length - cut, form);
        break;
      }
    }
    for (let cut = alias.length - 1; cut >= MIN_ALIAS_PIECE; cut--) {
      if (text.endsWith(alias.slice(0, cut))) {
        keep.fill(false, text.length - cut);
        break;
      }
    }
  }
  const out: ExcerptPart[] = [];
  for (let i = 0; i < text.length; i++) {
    if (!keep[i]) continue;
    const last = out.at(-1);
    if (last && last.mark === marked[i]) last.text += text[i];
    else out.push({ text: text[i] ?? '', mark: marked[i] ?? false });
  }
  return out;
}
