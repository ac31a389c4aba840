/** Where a match lies in a text: `start` inclusive, `end` exclusive. */
export interface Span {
  start: number;
  end: number;
}

/**
 * Splits `text` at `matches` (a global pattern's matches, or spans in order
 * that do not overlap) into the text between them, as strings, and what
 * `wrap` makes of each match. Where `wrap` returns `undefined` the match
 * stays text. Adjacent strings are joined and empty ones left out, so a
 * text without a wrapped match comes back as itself alone (or as nothing
 * when empty). `wrap` is called once per match, in order.
 */
export function splitAtMatches<T>(text: string, matches: RegExp, wrap: (span: Span, matched: string) => T | undefined): (string | T)[];
export function splitAtMatches<S extends Span, T>(text: string, matches: Iterable<S>, wrap: (span: S, matched: string) => T | undefined): (string | T)[];
export function splitAtMatches<T>(text: string, matches: RegExp | Iterable<Span>, wrap: (span: Span, matched: string) => T | undefined): (string | T)[] {
  const spans: Iterable<Span> =
    matches instanceof RegExp ? Array.from(text.matchAll(matches), (match) => ({ start: match.index, end: match.index + match[0].length })) : matches;
  const out: (string | T)[] = [];
  let pending = '';
  let last = 0;
  for (const span of spans) {
    const wrapped = wrap(span, text.slice(span.start, span.end));
    if (wrapped === undefined) continue;
    pending += text.slice(last, span.start);
    if (pending) out.push(pending);
    pending = '';
    out.push(wrapped);
    last = span.end;
  }
  pending += text.slice(last);
  if (pending) out.push(pending);
  return out;
}

/** Whether `splitAtMatches` wrapped anything: some piece is not a string (for a `wrap` that makes no strings). */
export const wrapsAny = <T>(pieces: readonly (string | T)[]): boolean => pieces.some((piece) => typeof piece !== 'string');
