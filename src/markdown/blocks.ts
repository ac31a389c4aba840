import { parse } from 'node-html-parser';

/**
 * Splits a rendered brief body into its top-level blocks (headings,
 * paragraphs, lists…) as HTML, ready to sit beside the other edition's.
 * Ids and paragraph permalinks are dropped: both editions share them, and a
 * page showing the two side by side must not repeat an id.
 */
export function bodyBlocks(html: string): string[] {
  const root = parse(html);
  for (const permalink of root.querySelectorAll('.permalink')) permalink.remove();
  for (const element of root.querySelectorAll('[id]')) element.removeAttribute('id');
  return root.childNodes
    .filter((node) => node.nodeType === 1)
    .map((node) => node.toString().replace(/\s+<\/p>$/, '</p>'));
}

/** Pairs two editions' blocks in order; a missing partner is an empty string. */
export function pairBlocks(a: readonly string[], b: readonly string[]): [string, string][] {
  return Array.from({ length: Math.max(a.length, b.length) }, (_, i) => [a[i] ?? '', b[i] ?? '']);
}

/** The level and text of a block that is a section heading (`<h2>`…`<h6>`), else undefined: the side-by-side view's contents. */
export function blockHeading(html: string): { depth: number; text: string } | undefined {
  const element = parse(html).childNodes.find((node) => node.nodeType === 1);
  const match = element && 'tagName' in element ? /^H([2-6])$/.exec(String(element.tagName)) : null;
  return match ? { depth: Number(match[1]), text: element!.textContent.replace(/\s+/g, ' ').trim() } : undefined;
}
