/** Pairs two editions' blocks in order; a missing partner is an empty string. */
export function pairBlocks(a: readonly string[], b: readonly string[]): [string, string][] {
  return Array.from({ length: Math.max(a.length, b.length) }, (_, i) => [a[i] ?? '', b[i] ?? '']);
}
