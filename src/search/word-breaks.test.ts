import { describe, expect, it } from 'vitest';
import { breakJoinedWords, breakJoinedWordsInHtml } from './word-breaks';

describe('breakJoinedWords', () => {
  it.each([
    ['stream—especially', 'stream—\u200Aespecially'],
    ['stream—“especially”', 'stream—\u200A“especially”'],
    ['1990–2003', '1990–\u200A2003'],
    ['2003-2011', '2003-\u200A2011'],
    ['wait…what', 'wait…\u200Awhat'],
    ['non‑state', 'non‑\u200Astate'],
    ['إيران،العراق', 'إيران،\u200Aالعراق'],
  ])('splits %j', (input, expected) => {
    expect(breakJoinedWords(input)).toBe(expected);
  });

  it.each(['stream — especially', 'U.S.-Iraq', 'troop-withdrawal', 'Iran’s', 'إيران، العراق', 'an end—', 'الراهن،.', 'wait…?', 'plain text'])('leaves %j as it is', (input) => {
    expect(breakJoinedWords(input)).toBe(input);
  });
});

describe('breakJoinedWordsInHtml', () => {
  it('splits words in text, also where a tag follows the joiner', () => {
    expect(breakJoinedWordsInHtml('<p>stream—especially, stream—<em>especially</em></p>')).toBe(
      '<p>stream—\u200Aespecially, stream—\u200A<em>especially</em></p>',
    );
  });

  it('leaves markup as written: filter and metadata values keep their names', () => {
    const html = '<span data-pagefind-filter="author:Jean‑Pierre" title="Iraq–Iran">Iraq–Iran</span>';
    expect(breakJoinedWordsInHtml(html)).toBe('<span data-pagefind-filter="author:Jean‑Pierre" title="Iraq–Iran">Iraq–\u200AIran</span>');
  });

  it('leaves scripts and styles alone, and a joiner that ends its element', () => {
    const html = '<script type="application/ld+json">{"datePublished":"2020-08-18","name":"a—b"}</script><style>a::after{content:"—x"}</style><button>Share…</button>';
    expect(breakJoinedWordsInHtml(html)).toBe(html);
  });
});
