import { createHash } from 'node:crypto';

/**
 * Versions of an edition's text, for telling when a translation has fallen
 * behind its original without git history (a build may run from a download
 * or a shallow clone): a translation records, in `originalVersion`, the
 * version of the original it was made from, and the build compares it with
 * the original's current version. The version covers what a translator
 * translates, the title and the body, with white space folded, so
 * re-wrapping lines or editing front matter (topics, summary) does not make
 * a translation stale.
 */

/** Hex digits in a text version: enough to tell versions apart, short enough to copy by hand. */
export const VERSION_LENGTH = 12;

/** The version of an edition whose headline is `title` and whose Markdown body is `body`. */
export function textVersion(title: string, body: string): string {
  const text = `${title.trim()}\n${body.replace(/\s+/g, ' ').trim()}`;
  return createHash('sha256').update(text).digest('hex').slice(0, VERSION_LENGTH);
}
