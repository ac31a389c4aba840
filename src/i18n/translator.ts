import { locales, type Direction, type Locale } from './locales';

/** A translator bound to one locale and one string table. */
export interface Translator<K extends string> {
  /** The string for `key`, with each `{name}` replaced from `vars`. */
  (key: K, vars?: Record<string, string>): string;
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

/**
 * The translator over `table`, `locale`'s strings.
 * @throws if a placeholder in the string has no value in `vars`, so a
 *   template cannot silently print "{name}".
 */
export function translator<K extends string>(table: Record<K, string>, locale: Locale): Translator<K> {
  const t = (key: K, vars: Record<string, string> = {}) =>
    table[key].replace(/\{(\w+)\}/g, (_, name: string) => {
      const value = vars[name];
      if (value === undefined) throw new Error(`Missing value for {${name}} in "${key}" (${locale})`);
      return value;
    });
  const around = (key: K, slot: string, vars: Record<string, string> = {}): [string, string] => {
    const [before = '', after = ''] = t(key, { ...vars, [slot]: '\u0000' }).split('\u0000');
    return [before, after];
  };
  return Object.assign(t, { around, dir: () => locales[locale].dir, lang: () => locales[locale].lang });
}
