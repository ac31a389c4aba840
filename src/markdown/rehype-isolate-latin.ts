import type { ElementContent, Parent, Root } from 'hast';
import { CONTINUE, SKIP, visitParents } from 'unist-util-visit-parents';
import type { VFile } from 'vfile';
import { locales } from '../i18n/locales';
import { splitAtMatches, wrapsAny } from '../util/split-at-matches';
import { localeOfFile } from './edition-file';

/**
 * Rehype plugin for right-to-left editions: wraps each run of Latin text
 * (an acronym such as "PMF", a name, "U.S.") in `<bdi lang="en">`, so the
 * bidi algorithm keeps its letters, trailing dot and neighbouring numbers in
 * order, and screen readers voice it in English (in headings, `<span
 * lang="en">`). The edition's direction
 * comes from its file name (`<slug>/<locale>.md`) through the locale table;
 * left-to-right files pass through untouched.
 */
const LATIN_RUN = /[A-Za-z][A-Za-z0-9]*(?:[.\-&'’ ]+[A-Za-z0-9]+)*\.?/g;
const SKIP_TAGS = new Set(['code', 'pre', 'bdi', 'bdo', 'script', 'style']);
// Pagefind takes a section's title from its heading's own text and drops
// text inside <bdi>: in headings a Latin run is only marked as English.
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** Splits a text value into text and `<bdi>` (or `wrapper`) nodes; returns `undefined` when there is no Latin run. */
export function isolateLatinRuns(value: string, wrapper: 'bdi' | 'span' = 'bdi'): ElementContent[] | undefined {
  const pieces = splitAtMatches(value, LATIN_RUN, (_, run): ElementContent => ({
    type: 'element',
    tagName: wrapper,
    properties: { lang: 'en' },
    children: [{ type: 'text', value: run }],
  }));
  if (!wrapsAny(pieces)) return undefined;
  return pieces.map((piece) => (typeof piece === 'string' ? { type: 'text', value: piece } : piece));
}

function isRtlFile(file: VFile): boolean {
  const locale = localeOfFile(file);
  return locale !== undefined && locales[locale].dir === 'rtl';
}

/** Wraps the Latin runs of every text in `tree`, except in code, links out and runs already isolated. */
function isolateIn(tree: Root): void {
  visitParents(tree, (node, ancestors) => {
    if (node.type === 'element') {
      // Links out (often English titles) and code keep their text as written.
      const external = node.tagName === 'a' && /^https?:/.test(String(node.properties['href']));
      return SKIP_TAGS.has(node.tagName) || external ? SKIP : CONTINUE;
    }
    if (node.type !== 'text') return CONTINUE;
    const inHeading = ancestors.some((a) => a.type === 'element' && HEADINGS.has(a.tagName));
    const isolated = isolateLatinRuns(node.value, inHeading ? 'span' : 'bdi');
    if (!isolated) return CONTINUE;
    const parent = ancestors.at(-1) as Parent;
    const index = parent.children.indexOf(node);
    parent.children.splice(index, 1, ...isolated);
    return [SKIP, index + isolated.length];
  });
}

export default function rehypeIsolateLatin() {
  return (tree: Root, file: VFile) => {
    if (isRtlFile(file)) isolateIn(tree);
  };
}
