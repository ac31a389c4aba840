import type { ElementContent, Root, RootContent } from 'hast';
import type { VFile } from 'vfile';
import { locales } from '../i18n/locales';
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
const SKIP = new Set(['code', 'pre', 'bdi', 'bdo', 'script', 'style']);
// Pagefind takes a section's title from its heading's own text and drops
// text inside <bdi>: in headings a Latin run is only marked as English.
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** Splits a text value into text and `<bdi>` (or `wrapper`) nodes; returns `undefined` when there is no Latin run. */
export function isolateLatinRuns(value: string, wrapper: 'bdi' | 'span' = 'bdi'): ElementContent[] | undefined {
  const out: ElementContent[] = [];
  let last = 0;
  for (const match of value.matchAll(LATIN_RUN)) {
    const start = match.index;
    if (start > last) out.push({ type: 'text', value: value.slice(last, start) });
    out.push({ type: 'element', tagName: wrapper, properties: { lang: 'en' }, children: [{ type: 'text', value: match[0] }] });
    last = start + match[0].length;
  }
  if (out.length === 0) return undefined;
  if (last < value.length) out.push({ type: 'text', value: value.slice(last) });
  return out;
}

function isRtlFile(file: VFile): boolean {
  const locale = localeOfFile(file);
  return locale !== undefined && locales[locale].dir === 'rtl';
}

/** A node whose children the plugin may rewrite. */
type Parent = { children: (RootContent | ElementContent)[] };

function isolateIn(parent: Parent, wrapper: 'bdi' | 'span' = 'bdi'): void {
  const next: (RootContent | ElementContent)[] = [];
  for (const child of parent.children) {
    if (child.type === 'text') {
      next.push(...(isolateLatinRuns(child.value, wrapper) ?? [child]));
      continue;
    }
    // Links out (often English titles) and code keep their text as written.
    const external = child.type === 'element' && child.tagName === 'a' && /^https?:/.test(String(child.properties['href']));
    if (child.type === 'element' && !SKIP.has(child.tagName) && !external) isolateIn(child, HEADINGS.has(child.tagName) ? 'span' : wrapper);
    next.push(child);
  }
  parent.children = next;
}

export default function rehypeIsolateLatin() {
  return (tree: Root, file: VFile) => {
    if (isRtlFile(file)) isolateIn(tree);
  };
}
