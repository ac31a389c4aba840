import { describe, expect, it } from 'vitest';
import { countWords, formatMinutes, readingMinutes } from './reading';

describe('countWords', () => {
  it('counts words, not Markdown markup or punctuation', () => {
    expect(countWords('## A heading\n\nSome **bold** [link](https://example.org) text — done.')).toBe(7);
  });
  it('counts Arabic words', () => {
    expect(countWords('الحوار الاستراتيجي بين العراق والولايات المتحدة')).toBe(6);
  });
});

describe('countWords on rendered HTML', () => {
  it('counts the words, not tags, attributes or the pilcrow permalink', () => {
    expect(countWords('<p id="p1">Two <abbr title="Popular Mobilization Forces">PMF</abbr> words <a class="permalink" href="#p1">¶</a></p>')).toBe(3);
  });
});

describe('readingMinutes', () => {
  it('reads English at 230 words a minute', () => {
    expect(readingMinutes(countWords('word '.repeat(1380)), 'en')).toBe(6);
  });
  it('reads Arabic at 180 words a minute', () => {
    expect(readingMinutes(countWords('كلمة '.repeat(1080)), 'ar')).toBe(6);
  });
  it('never says zero minutes', () => {
    expect(readingMinutes(countWords('Short.'), 'en')).toBe(1);
  });
});

describe('formatMinutes', () => {
  it('writes minutes in English', () => {
    expect(formatMinutes(1, 'en')).toBe('1 minute');
    expect(formatMinutes(6, 'en')).toBe('6 minutes');
  });
  it('uses Arabic plural forms and Western digits', () => {
    expect(formatMinutes(6, 'ar')).toBe('6 دقائق');
    expect(formatMinutes(11, 'ar')).toBe('11 دقيقة');
  });
});
