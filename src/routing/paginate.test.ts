import { describe, expect, it } from 'vitest';
import { laterPages, pageCount, pageItems, pagePath } from './paginate';

describe('pagination', () => {
  it('counts pages, with one page for an empty list', () => {
    expect([pageCount(0, 20), pageCount(20, 20), pageCount(21, 20), pageCount(10_000, 20)]).toEqual([1, 1, 2, 500]);
  });
  it('slices the items of a page', () => {
    const items = Array.from({ length: 45 }, (_, i) => i);
    expect(pageItems(items, 1, 20)).toHaveLength(20);
    expect(pageItems(items, 3, 20)).toEqual([40, 41, 42, 43, 44]);
    expect(pageItems(items, 4, 20)).toEqual([]);
  });
  it('keeps page 1 at the list’s own path and numbers the others', () => {
    expect(pagePath('/ar/topics/iraq/', 1)).toBe('/ar/topics/iraq/');
    expect(pagePath('/', 7)).toBe('/page/7/');
    expect(() => pagePath('/', 0)).toThrow(/start at 1/);
  });
  it('lists the extra pages to build', () => {
    expect(laterPages(41, 20)).toEqual([2, 3]);
    expect(laterPages(3, 20)).toEqual([]);
  });
});
