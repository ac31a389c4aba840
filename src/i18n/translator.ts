import { numberFormat, pluralRules } from './intl';
import { locales, type Direction, type Locale } from './locales';

/**
 * How a count reads in one language: a string per CLDR plural category the
 * language has (`Intl.PluralRules`), where `{count}` is the number written
 * for the locale. English has `one` and `other`; Arabic `zero`, `one`,
 * `two`, `few`, `many` and `other` («نتيجة واحدة», «نتيجتان», «3 نتائج»,
 * «11 نتيجة», «100 نتيجة»). A form may leave the number out.
 */
export type PluralForms<C extends Intl.LDMLPluralRule = Intl.LDMLPluralRule> = Readonly<Record<C | 'other', string>>;

/** The plural categories of `locale` (the locale table's `plurals`). */
export type PluralCategory<L extends Locale> = (typeof locales)[L]['plurals'][number];

/** Keys of `T` whose value is a single string. */
export type TextKey<T> = { [K in keyof T]: T[K] extends string ? K : never }[keyof T] & string;

/** Keys of `T` whose value is a count's plural forms. */
export type CountKey<T> = Exclude<keyof T & string, TextKey<T>>;

/**
 * `locale`'s table of the keys of the English table `T`: a string where the
 * English has one, and every plural form of `locale` where the English has
 * plural forms, so a missing Arabic form is a type error.
 */
export type LocaleStrings<T, L extends Locale> = { [K in keyof T]: T[K] extends string ? string : PluralForms<PluralCategory<L>> };

/** A translator bound to one locale and one string table. */
export interface Translator<K extends string, C extends string = never> {
  /** The string for `key`, with each `{name}` replaced from `vars`. */
  (key: K, vars?: Record<string, string>): string;
  /**
   * The form of `key` that the locale's plural rules choose for `count`,
   * with `{count}` replaced by the number written for the locale and the
   * other `{name}`s from `vars`.
   */
  count(key: C, count: number, vars?: Record<string, string>): string;
  /** `n` written for the locale (digits, grouping), for numbers that are not counts, such as a page number. */
  number(n: number): string;
  /**
   * The string for `key` cut at its `{slot}` placeholder, the other
   * placeholders filled from `vars`: the text before and after, for a
   * template to put markup (a date, a link) in the slot.
   */
  around(key: K, slot: string, vars?: Record<string, string>): [before: string, after: string];
  /** The locale's writing direction. */
  dir(): Direction;
  /** The locale's `lang` tag. */
  lang(): string;
}

type Entry = string | Readonly<Partial<Record<Intl.LDMLPluralRule, string>>>;

/**
 * The translator over `table`, `locale`'s strings.
 * @throws if a placeholder in the string has no value in `vars`, so a
 *   template cannot silently print "{name}"; if a count's key is used as a
 *   string or a string's key as a count; if a count has no form for the
 *   category its number falls in.
 */
export function translator<K extends string, C extends string = never>(
  table: Readonly<Record<K | C, Entry>>,
  locale: Locale,
): Translator<K, C> {
  const fill = (key: string, text: string, vars: Record<string, string>) =>
    text.replace(/\{(\w+)\}/g, (_, name: string) => {
      const value = vars[name];
      if (value === undefined) throw new Error(`Missing value for {${name}} in "${key}" (${locale})`);
      return value;
    });
  const t = (key: K, vars: Record<string, string> = {}) => {
    const entry = table[key];
    if (typeof entry !== 'string') throw new Error(`"${key}" is a count: use t.count("${key}", n) (${locale})`);
    return fill(key, entry, vars);
  };
  const number = (n: number) => numberFormat(locale, {}).format(n);
  const count = (key: C, n: number, vars: Record<string, string> = {}) => {
    const entry = table[key];
    if (typeof entry === 'string') throw new Error(`"${key}" is not a count: use t("${key}") (${locale})`);
    const category = pluralRules(locale, {}).select(n);
    const form = entry[category];
    if (form === undefined) throw new Error(`"${key}" has no "${category}" form for ${n} (${locale})`);
    return fill(key, form, { ...vars, count: number(n) });
  };
  const around = (key: K, slot: string, vars: Record<string, string> = {}) => splitAtPlaceholder(t(key, { ...vars, [slot]: `{${slot}}` }), slot);
  return Object.assign(t, { count, number, around, dir: () => locales[locale].dir, lang: () => locales[locale].lang });
}

/**
 * The text before and after the one `{name}` placeholder in `text`, for a
 * sentence whose placeholder becomes markup (a link) rather than text.
 * @throws if `text` has no `{name}`, or has it more than once.
 */
export function splitAtPlaceholder(text: string, name: string): [string, string] {
  const parts = text.split(`{${name}}`);
  if (parts.length !== 2) throw new Error(`Expected one {${name}} in "${text}", found ${parts.length - 1}`);
  return [parts[0]!, parts[1]!];
}
