import { describe, expect, it } from 'vitest';
import { dateFormat, listFormat } from './intl';

describe('cached Intl formatters', () => {
  it('builds one formatter per locale and options, and reuses it', () => {
    const options = { year: 'numeric', timeZone: 'UTC' } as const;
    expect(dateFormat('en', options)).toBe(dateFormat('en', { ...options }));
    expect(dateFormat('ar', options)).not.toBe(dateFormat('en', options));
    expect(dateFormat('en', { ...options, month: 'long' })).not.toBe(dateFormat('en', options));
  });

  it('formats with the locale table’s Intl locale', () => {
    expect(dateFormat('ar', { year: 'numeric', timeZone: 'UTC' }).format(new Date('2020-08-18'))).toBe('2020');
    expect(listFormat('en', { type: 'conjunction' }).format(['A', 'B', 'C'])).toBe('A, B, and C');
  });
});
