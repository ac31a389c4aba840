/**
 * Links as the crawler writes them. It appends each link's address to its
 * text, escaped: `[Farhad Alaaldin \(/experts/farhad-alaaldin\)](/experts/farhad-alaaldin)`.
 */

/** One inline link: its text (as written, the crawler's address included) and its target. */
export interface MarkdownLink {
  text: string;
  href: string;
  /** Offset of the opening `[` in the searched text. */
  index: number;
  /** The whole link as written. */
  raw: string;
}

// Text: escapes or anything but an unescaped `]`; target: no spaces, at most one level of parentheses.
const LINK = /(?<!!)\[((?:\\.|[^\]\\])*)\]\(([^()\s]*(?:\([^()\s]*\)[^()\s]*)*)\)/g;

/** Every inline link (not image) in `text`, in order. */
export function findLinks(text: string): MarkdownLink[] {
  return [...text.matchAll(LINK)].map((m) => ({ text: m[1]!, href: m[2]!, index: m.index, raw: m[0] }));
}

/** The crawler's ` \(address\)` suffix at the end of a link text, if any. */
export const ADDRESS_SUFFIX = /\s*\\\(([^()]*?)\\\)\s*$/;

/** Backslash escapes of ASCII punctuation undone: `Smith \(ed.\)` → `Smith (ed.)`. */
export const unescapeMarkdown = (text: string) => text.replace(/\\([!-/:-@[-`{-~])/g, '$1');

/** A link text as a reader sees it: the crawler's address dropped, escapes undone, emphasis marks removed. */
export const plainLinkText = (text: string) => unescapeMarkdown(text.replace(ADDRESS_SUFFIX, '')).replace(/\*\*|__/g, '').trim();

/** True when `line` holds nothing but links (and the spaces or separators between them). */
export function isOnlyLinks(line: string): boolean {
  const links = findLinks(line);
  if (links.length === 0) return false;
  let rest = line;
  for (const link of links) rest = rest.replace(link.raw, '');
  return /^[\s,،|*_]*$/.test(rest);
}
