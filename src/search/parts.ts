/**
 * A language's search index can be written in parts (src/integrations/
 * pagefind.ts), so no build holds a large library's whole index in memory
 * and an edit re-indexes one part only. The browser merges the parts back
 * with Pagefind's `mergeIndex`. This module is the contract between the two:
 * where the parts live and the file that counts them.
 */

/** File in the Pagefind folder mapping each index language to its number of parts. */
export const PARTS_FILE = 'parts.json';

/** How many parts each index language has (`en` → 1 for a small library). */
export type PartCounts = Record<string, number>;

/**
 * Folder of part `n` (1-based), relative to the Pagefind folder. Part 1 is
 * the Pagefind folder itself, so a library small enough for one part has
 * Pagefind's usual layout.
 */
export function partFolder(n: number): string {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`a search index part is numbered from 1, not ${n}`);
  return n === 1 ? '' : `part-${n}/`;
}

/** Folders of the parts after the first for `language`, relative to the Pagefind folder. */
export function extraPartFolders(counts: PartCounts, language: string): string[] {
  const count = counts[language] ?? 1;
  return Array.from({ length: Math.max(0, count - 1) }, (_, i) => partFolder(i + 2));
}
