import { describe, expect, it } from 'vitest';
import { inTimeZone, TIME_ZONES } from '../test/support/time-zone';
import { formatDate, isoDate, listParts } from './dates';

const published = new Date('2020-08-18'); // as YAML front matter parses it: midnight UTC

describe('isoDate', () => {
  it('writes the calendar day for <time datetime>', () => {
    expect(isoDate(published)).toBe('2020-08-18');
  });
});

describe('formatDate', () => {
  it('formats an English date as the publisher does', () => {
    expect(formatDate(published, 'en')).toBe('Aug 18, 2020');
  });
  it('formats an Arabic date with the Arabic month name and Western digits', () => {
    const text = formatDate(published, 'ar');
    // Both month names, as the Arabic briefs write them ("2 آب/أغسطس").
    expect(text).toBe('18 آب/أغسطس 2020');
    expect(text).toContain('18');
    expect(text).toContain('2020');
    expect(text).not.toMatch(/[٠-٩]/);
  });
  it.each(TIME_ZONES)('keeps the publication day in %s', async (zone) => {
    await inTimeZone(zone, async () => {
      const dates = await import('./dates');
      // The zone really is in force: midnight UTC is another hour there (Aug 17 in New York).
      expect(published.getHours(), zone).not.toBe(0);
      expect(dates.formatDate(published, 'en')).toBe('Aug 18, 2020');
      expect(dates.formatDate(published, 'ar')).toContain('18');
      expect(dates.isoDate(published)).toBe('2020-08-18');
    });
  });
});

describe('listParts', () => {
  const render = (names: string[], locale: 'en' | 'ar') =>
    listParts(names.length, locale)
      .map((part) => ('literal' in part ? part.literal : names[part.item]))
      .join('');
  it('returns a single author alone', () => {
    expect(listParts(1, 'en')).toEqual([{ item: 0 }]);
  });
  it('joins English names with commas and "and"', () => {
    expect(render(['A', 'B', 'C'], 'en')).toBe('A, B, and C');
  });
  it('joins Arabic names with the Arabic conjunction', () => {
    expect(render(['أ', 'ب'], 'ar')).toBe('أ وب');
  });
});
