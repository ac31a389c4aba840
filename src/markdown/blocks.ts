import { parse } from 'node-html-parser';

/** Pairs two editions' blocks in order; a missing partner is an empty string. */
export function pairBlocks(a: readonly string[], b: readonly string[]): [string, string][] {
  return Array.from({ length: Math.max(a.length, b.length) }, (_, i) => [a[i] ?? '', b[i] ?? '']);
}

/** Whether a top-level block opens a section (a heading of level 2 or deeper). */
const isSectionHeading = (block: string) => /^<h[2-6][\s>]/.test(block);

/**
 * How many paragraphs each part of a body has: the part before its first
 * section heading, then each section in order. Two editions whose counts are
 * equal line up paragraph for paragraph.
 */
export function sectionParagraphs(blocks: readonly string[]): number[] {
  const counts = [0];
  for (const block of blocks) {
    if (isSectionHeading(block)) counts.push(0);
    else if (/^<p[\s>]/.test(block)) counts[counts.length - 1]!++;
  }
  return counts;
}

/**
 * Pairs two editions section by section, for editions whose paragraphs do
 * not line up (a translation that merges or splits them): each pair holds a
 * section's heading and paragraphs in order, with no claim that any one
 * paragraph answers another. The editions' sections must line up.
 */
export function pairSections(a: readonly string[], b: readonly string[]): [string, string][] {
  const split = (blocks: readonly string[]) => {
    const parts: string[][] = [[]];
    for (const block of blocks) {
      if (isSectionHeading(block)) parts.push([]);
      parts[parts.length - 1]!.push(block);
    }
    return parts.map((part) => part.join(''));
  };
  const pairs = pairBlocks(split(a), split(b));
  // The part before the first section, where neither edition has one.
  return pairs[0]![0] === '' && pairs[0]![1] === '' ? pairs.slice(1) : pairs;
}

/** The level and text of a block that is a section heading (`<h2>`…`<h6>`), else undefined: the side-by-side view's contents. */
export function blockHeading(html: string): { depth: number; text: string } | undefined {
  const element = parse(html).childNodes.find((node) => node.nodeType === 1);
  const match = element && 'tagName' in element ? /^H([2-6])$/.exec(String(element.tagName)) : null;
  return match ? { depth: Number(match[1]), text: element!.textContent.replace(/\s+/g, ' ').trim() } : undefined;
}
