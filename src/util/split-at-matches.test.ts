import { describe, expect, it } from 'vitest';
import { splitAtMatches, wrapsAny } from './split-at-matches';

describe('splitAtMatches', () => {
  it('splits a text at a pattern’s matches into the text between and the wrapped matches', () => {
    expect(splitAtMatches('the PMF and U.S. troops', /[A-Z][A-Z.]+/g, (_, matched) => ({ bdi: matched }))).toEqual([
      'the ',
      { bdi: 'PMF' },
      ' and ',
      { bdi: 'U.S.' },
      ' troops',
    ]);
  });
  it('leaves out empty text at either end and between adjacent matches', () => {
    expect(splitAtMatches('ABC', /[A-Z]/g, (_, matched) => [matched])).toEqual([['A'], ['B'], ['C']]);
  });
  it('keeps a match as text, joined to its neighbours, where wrap returns undefined', () => {
    const spans = [
      { start: 0, end: 1, keep: false },
      { start: 2, end: 3, keep: true },
    ];
    expect(splitAtMatches('a b c', spans, (span, matched) => (span.keep ? matched.toUpperCase() : undefined))).toEqual(['a ', 'B', ' c']);
  });
  it('returns the text alone when nothing matches, and nothing for an empty text', () => {
    const pieces = splitAtMatches('plain', /x/g, () => 1);
    expect(pieces).toEqual(['plain']);
    expect(wrapsAny(pieces)).toBe(false);
    expect(splitAtMatches('', /x/g, () => 1)).toEqual([]);
  });
});
