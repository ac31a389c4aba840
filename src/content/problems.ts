import type { ContentProblem } from './editions';

/**
 * How content problems are reported, in a module of its own: the glossary,
 * which every body's rendering reads, reports through it without bringing
 * the cross-file checks into the render workers' code (and the body cache's
 * key, src/config/cache-keys.ts).
 */

/** One problem as the build prints it: `file → field: message`. */
export const formatProblem = (p: ContentProblem) => `${p.file} → ${p.field}: ${p.message}`;

/** Error thrown by the build when content has mistakes; its message lists them all. */
export class ContentError extends Error {
  constructor(readonly problems: readonly ContentProblem[]) {
    super(
      `Content has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n` +
        problems.map((p) => `  ${formatProblem(p)}`).join('\n'),
    );
    this.name = 'ContentError';
  }
}
