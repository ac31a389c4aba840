import { locales, type Direction, type Locale } from './locales';

/** A translator bound to one locale and one string table. */
export interface Translator<K extends string> {
  /** The string for `key`, with each `{name}` replaced from `vars`. */
  (key: K, vars?: Record<string, string>): string;
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
  return Object.assign(t, { dir: () => locales[locale].dir, lang: () => locales[locale].lang });
}
