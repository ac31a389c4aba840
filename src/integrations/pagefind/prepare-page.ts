import { breakJoinedWordsInHtml } from '../../search/word-breaks';

/**
 * A built page as Pagefind reads it (the page in `dist/` is not changed):
 * words joined by punctuation broken apart (`breakJoinedWordsInHtml`), and
 * ids kept on headings only (`headingAnchorsOnly`).
 */
export function preparePage(html: string): string {
  return headingAnchorsOnly(breakJoinedWordsInHtml(html));
}

/** An opening tag: its name and its attributes (values quoted, as Astro writes them). */
const OPENING_TAG = /<([a-zA-Z][\w-]*)(\s[^>]*)>/g;
const ID = /\sid="[^"]*"/;

/**
 * `html` without the `id` of any element but a heading. Pagefind stores
 * every element with an id as an anchor in the page's fragment, with the
 * element's whole text, and uses only headings' anchors (a result's
 * sections). Each paragraph carries an id for its link, so without this
 * every result's fragment would hold the brief's text twice.
 */
export function headingAnchorsOnly(html: string): string {
  return html.replace(OPENING_TAG, (tag, name: string, attributes: string) =>
    /^h[1-6]$/i.test(name) || !ID.test(attributes) ? tag : `<${name}${attributes.replace(ID, '')}>`,
  );
}
