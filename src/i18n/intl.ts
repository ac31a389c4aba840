import { locales, type Locale } from './locales';

/**
 * `Intl` formatters for a site locale, each built once per build: building
 * one costs far more than formatting with it, and a large library formats
 * dates, lists and durations on tens of thousands of pages.
 */

const cache = new Map<string, unknown>();

function cached<T>(kind: string, locale: Locale, options: object, build: (tag: string) => T): T {
  const key = `${kind} ${locale} ${JSON.stringify(options)}`;
  let formatter = cache.get(key) as T | undefined;
  if (formatter === undefined) cache.set(key, (formatter = build(locales[locale].intl)));
  return formatter;
}

export const dateFormat = (locale: Locale, options: Intl.DateTimeFormatOptions) =>
  cached('date', locale, options, (tag) => new Intl.DateTimeFormat(tag, options));

export const listFormat = (locale: Locale, options: Intl.ListFormatOptions) =>
  cached('list', locale, options, (tag) => new Intl.ListFormat(tag, options));

export const numberFormat = (locale: Locale, options: Intl.NumberFormatOptions) =>
  cached('number', locale, options, (tag) => new Intl.NumberFormat(tag, options));

export const displayNames = (locale: Locale, options: Intl.DisplayNamesOptions) =>
  cached('names', locale, options, (tag) => new Intl.DisplayNames(tag, options));

export const pluralRules = (locale: Locale, options: Intl.PluralRulesOptions) =>
  cached('plural', locale, options, (tag) => new Intl.PluralRules(tag, options));
