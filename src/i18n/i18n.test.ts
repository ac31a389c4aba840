import { describe, expect, it } from 'vitest';
import { ar } from './ar';
import { en } from './en';
import { defaultLocale, isLocale, localeCodes, locales, useTranslations } from './index';
import { useSearchTranslations } from './search';
import { arSearch } from './search-ar';
import { enSearch, type SearchCountKey, type SearchTextKey } from './search-en';
import { splitAtPlaceholder, translator } from './translator';
import { formatMinutes } from './reading';

/** Each string of an entry: the string itself, or each plural form. */
const forms = (entry: string | Readonly<Record<string, string>>) => (typeof entry === 'string' ? [entry] : Object.values(entry));
const placeholders = (s: string) => [...new Set([...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();

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
  it('keep every placeholder of the English string in the Arabic one ({count} may be left out of a plural form)', () => {
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      const english = placeholders(forms(en[key]).join(' ')).filter((name) => name !== 'count');
      for (const form of forms(ar[key])) expect(placeholders(form).filter((name) => name !== 'count'), key).toEqual(english);
    }
  });
  it('give each count a form for every plural category of its language, and no other', () => {
    for (const [locale, table] of [['en', en], ['ar', ar]] as const) {
      const categories = [...locales[locale].plurals].sort();
      expect(new Intl.PluralRules(locales[locale].intl).resolvedOptions().pluralCategories.toSorted(), locale).toEqual(categories);
      for (const [key, entry] of Object.entries(table)) {
        if (typeof entry !== 'string') expect(Object.keys(entry).sort(), `${locale} ${key}`).toEqual(categories);
      }
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
      for (const key of Object.keys(enSearch) as (keyof typeof enSearch)[]) {
        const vars = { query: 'PMF', queries: '“Kadhimi”' };
        if (typeof enSearch[key] === 'string') {
          const text = key as SearchTextKey;
          expect(useSearchTranslations(locale)(text, vars), `${locale} ${key}`).toBe(useTranslations(locale)(text, vars));
        } else {
          const count = key as SearchCountKey;
          for (const n of [0, 1, 2, 3, 11, 100]) {
            expect(useSearchTranslations(locale).count(count, n, vars), `${locale} ${key} ${n}`).toBe(useTranslations(locale).count(count, n, vars));
          }
        }
      }
    }
    expect(useSearchTranslations('ar')('search.title')).toBe('ابحث في الموجزات');
  });
});

describe('counts', () => {
  const numbers = [0, 1, 2, 3, 11, 100, 1000];
  const say = (locale: 'en' | 'ar', key: 'search.count' | 'briefs.count') => numbers.map((n) => useTranslations(locale).count(key, n));

  it('says English counts with one and other', () => {
    expect(say('en', 'search.count')).toEqual(['0 results', '1 result', '2 results', '3 results', '11 results', '100 results', '1,000 results']);
    expect(say('en', 'briefs.count')).toEqual(['0 briefs', '1 brief', '2 briefs', '3 briefs', '11 briefs', '100 briefs', '1,000 briefs']);
    expect(numbers.map((n) => formatMinutes(n, 'en'))).toEqual(['0 minutes', '1 minute', '2 minutes', '3 minutes', '11 minutes', '100 minutes', '1,000 minutes']);
  });
  it('says Arabic counts in their six forms: zero, one, two, few (3–10), many (11–99) and other (100…)', () => {
    expect(say('ar', 'search.count')).toEqual(['لا نتائج', 'نتيجة واحدة', 'نتيجتان', '3 نتائج', '11 نتيجة', '100 نتيجة', '1,000 نتيجة']);
    expect(say('ar', 'briefs.count')).toEqual(['لا موجزات', 'موجز واحد', 'موجزان', '3 موجزات', '11 موجزًا', '100 موجز', '1,000 موجز']);
    // Minutes come from the runtime's unit data (CLDR), which writes "one" and "two" without a figure.
    expect(numbers.map((n) => formatMinutes(n, 'ar'))).toEqual(['0 دقيقة', 'دقيقة', 'دقيقتان', '3 دقائق', '11 دقيقة', '100 دقيقة', '1,000 دقيقة']);
  });
  it('chooses the form by the plural rules, not by the number alone: 103 is "few" and 111 "many" in Arabic', () => {
    expect(useTranslations('ar').count('briefs.count', 103)).toBe('103 موجزات');
    expect(useTranslations('ar').count('briefs.count', 111)).toBe('111 موجزًا');
  });
  it('fills the other placeholders of a form and refuses a string key used as a count, or a count as a string', () => {
    const t = translator<'plain', 'items'>({ plain: 'Plain', items: { one: '{count} item in {place}', other: '{count} items in {place}' } }, 'en');
    expect(t.count('items', 2, { place: 'Iraq' })).toBe('2 items in Iraq');
    expect(() => t.count('items', 2)).toThrow(/Missing value for \{place\}/);
    expect(() => t.count('plain' as 'items', 1)).toThrow(/not a count/);
    expect(() => t('items' as 'plain')).toThrow(/is a count/);
  });
  it('throws when a form for the chosen category is missing', () => {
    const t = translator<never, 'items'>({ items: { one: 'one item', other: '{count} items' } }, 'ar');
    expect(t.count('items', 100)).toBe('100 items');
    expect(() => t.count('items', 3)).toThrow(/no "few" form for 3/);
  });
  it('writes numbers that are not counts for the locale', () => {
    expect(useTranslations('en').number(1234)).toBe('1,234');
    expect(useTranslations('ar').number(1234)).toBe('1,234');
  });
});

describe('splitAtPlaceholder', () => {
  it('splits a sentence around its placeholder', () => {
    expect(splitAtPlaceholder('Also available in {languages}', 'languages')).toEqual(['Also available in ', '']);
    expect(splitAtPlaceholder(useTranslations('ar')('brief.alsoIn', { languages: '{languages}' }), 'languages')).toEqual(['متاح أيضًا ', '']);
  });
  it('throws when the placeholder is missing or repeated', () => {
    expect(() => splitAtPlaceholder('Also available', 'languages')).toThrow(/found 0/);
    expect(() => splitAtPlaceholder('{a} {a}', 'a')).toThrow(/found 2/);
  });
});
