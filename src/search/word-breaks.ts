/**
 * Where Pagefind sees one word but a reader sees two. Pagefind splits text
 * into words at whitespace (and at `.`, `,`, `/`, `:` and an ASCII hyphen
 * between letters), so a close em dash joins its neighbours:
 * "stream—especially" is indexed as one word, and a search for
 * "especially" misses it. The same holds for the en dash, the other Unicode
 * dashes and hyphens, the ellipsis, Arabic punctuation written without its
 * space («إيران،العراق»), and an ASCII hyphen between digits ("2003-2011"
 * is one number to Pagefind). This module is the contract between the index
 * (the integration gives Pagefind its pages through it) and the search box
 * (queries go through it too), so both split words in the same places.
 */

/** Dashes and hyphens (U+2010–2015, U+2E3A–2E3B), the ellipsis, and Arabic comma, semicolon and question mark. */
const JOINERS = '\\u2010-\\u2015\\u2026\\u2E3A\\u2E3B\\u060C\\u061B\\u061F';

/** What starts a word: a letter or digit, or an opening quote or bracket before one. */
const WORD_START = `[\\p{L}\\p{N}\\p{Pi}\\p{Ps}"']`;
/** A joiner directly followed by `next`, or an ASCII hyphen between digits ("2003-2011"). */
const joined = (next: string) => `[${JOINERS}](?=${next})|(?<=\\p{N})-(?=\\p{N})`;
const JOINED_WORDS = new RegExp(joined(WORD_START), 'gu');
/**
 * The same in an HTML page's text, where an opening tag may also start the
 * next word: not inside a tag (followed by a `>` before the next `<`), and
 * not in a script or style element, which the first alternative matches
 * whole.
 */
const JOINED_WORDS_IN_HTML = new RegExp(`<(script|style)\\b[\\s\\S]*?</\\1>|(?:${joined(`${WORD_START}|<(?!/)`)})(?![^<]*>)`, 'giu');

/**
 * What a page gets after a joiner: a hair space, which Pagefind splits
 * words at, then a word joiner (U+2060), invisible, which Pagefind keeps in
 * its excerpts and titles where it turns every space into a plain one, so
 * `rejoinWords` can tell the breaks it added from the text's own spaces.
 */
const BREAK = '\u200A\u2060';

/** `text` (a query) with a space after every joiner directly followed by a word. */
export function breakJoinedWords(text: string): string {
  return text.replace(JOINED_WORDS, '$& ');
}

/**
 * `breakJoinedWords` on the text of an HTML page, not on its markup, with
 * `BREAK` for the space: attribute values (a filter's author or topic name,
 * metadata) stay as written, so they still equal the site's own names. A
 * joiner before an opening tag counts as joined
 * ("stream—<em>especially</em>"): Pagefind runs inline elements' text
 * together.
 */
export function breakJoinedWordsInHtml(html: string): string {
  return html.replace(JOINED_WORDS_IN_HTML, (match, element?: string) => (element ? match : match + BREAK));
}

/**
 * Text from the index (an excerpt, which may mark the word after a break,
 * or a title) without the breaks `breakJoinedWordsInHtml` added: the words
 * as the page writes them.
 */
export function rejoinWords(text: string): string {
  return text.replace(/\s(<mark>)?\u2060/g, '$1');
}
