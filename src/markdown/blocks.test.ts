import { describe, expect, it } from 'vitest';
import { blockHeading, bodyBlocks, pairBlocks } from './blocks';

describe('bodyBlocks', () => {
  it('splits a body into top-level blocks without ids or permalinks', () => {
    const html = '<p id="p1">One <a class="permalink" href="#p1">¶</a></p>\n<h2 id="s">Section</h2>\n<p id="p2">Two <abbr title="x">PMF</abbr></p>';
    expect(bodyBlocks(html)).toEqual(['<p>One</p>', '<h2>Section</h2>', '<p>Two <abbr title="x">PMF</abbr></p>']);
  });
});

describe('pairBlocks', () => {
  it('pairs blocks in order and pads the shorter edition', () => {
    expect(pairBlocks(['a', 'b'], ['أ'])).toEqual([
      ['a', 'أ'],
      ['b', ''],
    ]);
  });
});

describe('blockHeading', () => {
  it('gives a heading block’s level and plain text, and nothing for other blocks', () => {
    expect(blockHeading('<h3>The Role of <abbr title="x">PMF</abbr></h3>')).toEqual({ depth: 3, text: 'The Role of PMF' });
    expect(blockHeading('<p>Not a heading</p>')).toBeUndefined();
    expect(blockHeading('<h1>The title</h1>')).toBeUndefined();
    expect(blockHeading('')).toBeUndefined();
  });
});
