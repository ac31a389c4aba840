import { describe, expect, it } from 'vitest';
import { breakJoinedWords, breakJoinedWordsInHtml, rejoinWords } from './word-breaks';

describe('breakJoinedWords', () => {
  it.each([
    ['stream—especially', 'stream— especially'],
    ['stream—“especially”', 'stream— “especially”'],
    ['1990–2003', '1990– 2003'],
    ['2003-2011', '2003- 2011'],
    ['wait…what', 'wait… what'],
    ['non‑state', 'non‑ state'],
    ['إيران،العراق', 'إيران، العراق'],
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
      '<p>stream—\u200A\u2060especially, stream—\u200A\u2060<em>especially</em></p>',
    );
  });

  it('leaves markup as written: filter and metadata values keep their names', () => {
    const html = '<span data-pagefind-filter="author:Jean‑Pierre" title="Iraq–Iran">Iraq–Iran</span>';
    expect(breakJoinedWordsInHtml(html)).toBe('<span data-pagefind-filter="author:Jean‑Pierre" title="Iraq–Iran">Iraq–\u200A\u2060Iran</span>');
  });

  it('leaves scripts and styles alone, and a joiner that ends its element', () => {
    const html = '<script type="application/ld+json">{"datePublished":"2020-08-18","name":"a—b"}</script><style>a::after{content:"—x"}</style><button>Share…</button>';
    expect(breakJoinedWordsInHtml(html)).toBe(html);
  });
});

describe('rejoinWords', () => {
  it('takes out the breaks Pagefind shows as plain spaces, marked or not, and only those', () => {
    expect(rejoinWords('one-way stream— <mark>\u2060especially</mark> in the 3- \u20604 day visit')).toBe('one-way stream—<mark>especially</mark> in the 3-4 day visit');
    expect(rejoinWords('إيران، \u2060العراق')).toBe('إيران،العراق');
    const own = 'a — b, wait… what, إيران، العراق';
    expect(rejoinWords(own)).toBe(own);
  });

  it('gives back what a page wrote, after Pagefind turned its spaces into plain ones', () => {
    const text = 'stream—especially, 3-4, “a”—“b”, إيران،العراق';
    const indexed = breakJoinedWordsInHtml(text).replace(/\s/g, ' ');
    expect(indexed).not.toBe(text);
    expect(rejoinWords(indexed)).toBe(text);
  });
});
