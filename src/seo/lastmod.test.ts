import { describe, expect, it } from 'vitest';
import { createLastmod, type DatedBrief } from './lastmod';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const briefs: DatedBrief[] = [
  { slug: 'old', locale: 'en', published: day('2020-01-01'), authors: ['a'], topics: ['iraq'] },
  { slug: 'old', locale: 'ar', published: day('2020-01-01'), authors: ['a'], topics: ['iraq'] },
  { slug: 'new', locale: 'en', published: day('2021-06-30'), authors: ['b'], topics: ['iraq', 'iran'] },
];
const lastmod = createLastmod(briefs);

describe('createLastmod', () => {
  it('dates a brief page and its side-by-side view by the brief', () => {
    expect(lastmod('en', '/briefs/old/')).toEqual(day('2020-01-01'));
    expect(lastmod('ar', '/briefs/old/parallel/')).toEqual(day('2020-01-01'));
  });

  it('dates every page of a list by the newest brief of that list in its edition', () => {
    expect(lastmod('en', '/')).toEqual(day('2021-06-30'));
    expect(lastmod('en', '/page/3/')).toEqual(day('2021-06-30'));
    expect(lastmod('ar', '/')).toEqual(day('2020-01-01'));
    expect(lastmod('en', '/topics/iraq/page/2/')).toEqual(day('2021-06-30'));
    expect(lastmod('en', '/authors/a/')).toEqual(day('2020-01-01'));
  });

  it('dates the indexes of briefs, topics and authors by the newest brief of the edition', () => {
    for (const path of ['/briefs/', '/briefs/page/2/', '/topics/', '/authors/']) expect([path, lastmod('en', path)]).toEqual([path, day('2021-06-30')]);
    expect(lastmod('ar', '/briefs/')).toEqual(day('2020-01-01'));
    expect(lastmod('en', '/about/')).toBeUndefined();
  });

  it('gives no day to a page it cannot date', () => {
    expect(lastmod('en', '/briefs/missing/')).toBeUndefined();
    expect(lastmod('en', '/search/')).toBeUndefined();
    expect(lastmod('ar', '/authors/b/')).toBeUndefined();
  });
});
