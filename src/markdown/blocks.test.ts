import { describe, expect, it } from 'vitest';
import { blockHeading, pairBlocks, pairSections, sectionParagraphs } from './blocks';

describe('pairBlocks', () => {
  it('pairs blocks in order and pads the shorter edition', () => {
    expect(pairBlocks(['a', 'b'], ['أ'])).toEqual([
      ['a', 'أ'],
      ['b', ''],
    ]);
  });
});

describe('sectionParagraphs', () => {
  it('counts the paragraphs before the first section and in each section', () => {
    expect(sectionParagraphs(['<p>a</p>', '<h2>S</h2>', '<p>b</p>', '<ul><li>x</li></ul>', '<p>c</p>', '<h3>T</h3>'])).toEqual([1, 2, 0]);
  });
  it('counts nothing before a body that opens with a section', () => {
    expect(sectionParagraphs(['<h2 class="x">S</h2>', '<p class="y">b</p>'])).toEqual([0, 1]);
  });
});

describe('pairSections', () => {
  it('pairs editions section by section, whatever their paragraphs', () => {
    const english = ['<p>a</p>', '<p>b</p>', '<h2>S</h2>', '<p>c</p>', '<p>d</p>', '<p>e</p>'];
    const arabic = ['<p>أ ب</p>', '<h2>ق</h2>', '<p>ج</p>', '<p>د هـ</p>'];
    expect(pairSections(english, arabic)).toEqual([
      ['<p>a</p><p>b</p>', '<p>أ ب</p>'],
      ['<h2>S</h2><p>c</p><p>d</p><p>e</p>', '<h2>ق</h2><p>ج</p><p>د هـ</p>'],
    ]);
  });
  it('starts with the first section when a body has no opening paragraphs', () => {
    expect(pairSections(['<h2>S</h2>', '<p>a</p>'], ['<h2>ق</h2>', '<p>أ</p>'])).toEqual([['<h2>S</h2><p>a</p>', '<h2>ق</h2><p>أ</p>']]);
  });
});

describe('pairSections, when only one edition opens before its first section', () => {
  it('keeps the opening beside an empty cell', () => {
    expect(pairSections(['<p>a</p>', '<h2>S</h2>'], ['<h2>ق</h2>'])).toEqual([
      ['<p>a</p>', ''],
      ['<h2>S</h2>', '<h2>ق</h2>'],
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
