import { describe, expect, it } from 'vitest';
import { ar } from './ar';
import { en } from './en';
import { defaultLocale, isLocale, localeCodes, locales, useTranslations } from './index';
import { useSearchTranslations } from './search';
import { arSearch } from './search-ar';
import { enSearch, type SearchKey } from './search-en';

describe('locale table', () => {
  it('lists English first as the default, then Arabic', () => {
    expect(defaultLocale).toBe('en');
    expect(localeCodes).toEqual(['en', 'ar']);
  });
  it('writes Arabic right to left and English left to right', () => {
    expect(locales.ar.dir).toBe('rtl');
    expect(locales.en.dir).toBe('ltr');
  });
  it('labels each language in its own script', () => {
    expect(locales.ar.label).toBe('العربية');
    expect(locales.en.label).toBe('English');
  });
  it('recognises only site locales', () => {
    expect(isLocale('ar')).toBe(true);
    expect(isLocale('fr')).toBe(false);
    expect(isLocale('toString')).toBe(false);
  });
});

describe('string tables', () => {
  it('define the same keys in every language', () => {
    expect(Object.keys(ar).sort()).toEqual(Object.keys(en).sort());
  });
  it('keep every placeholder of the English string in the Arabic one', () => {
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(placeholders(ar[key]), key).toEqual(placeholders(en[key]));
    }
  });
});

describe('useTranslations', () => {
  it('returns the string for the locale and fills placeholders', () => {
    expect(useTranslations('en')('author.briefs', { name: 'Farhad Alaaldin' })).toBe('Briefs by Farhad Alaaldin');
    expect(useTranslations('ar')('recommended.title')).toBe('مقالات مقترحة');
  });
  it('answers the locale’s direction and lang', () => {
    expect(useTranslations('ar').dir()).toBe('rtl');
    expect(useTranslations('ar').lang()).toBe('ar');
  });
  it('cuts a string at one placeholder for markup to fill, filling the others', () => {
    expect(useTranslations('en').around('brief.staleTranslation', 'date')).toEqual([
      'The English original was revised on ',
      ', after this translation was made; the translation may not reflect the changes.',
    ]);
    expect(useTranslations('en').around('author.briefs', 'name')).toEqual(['Briefs by ', '']);
  });
  it('throws when a placeholder has no value', () => {
    expect(() => useTranslations('en')('author.briefs')).toThrow(/Missing value for \{name\}/);
  });
});

describe('useSearchTranslations', () => {
  it('gives the search UI the site table’s own strings, in both languages', () => {
    expect(Object.keys(arSearch).sort()).toEqual(Object.keys(enSearch).sort());
    for (const locale of localeCodes) {
      for (const key of Object.keys(enSearch) as SearchKey[]) {
        const vars = { count: '3', query: 'PMF' };
        expect(useSearchTranslations(locale)(key, vars), `${locale} ${key}`).toBe(useTranslations(locale)(key, vars));
      }
    }
    expect(useSearchTranslations('ar')('search.title')).toBe('ابحث في الموجزات');
  });
});
