import { ar } from './ar';
import { en, type UIKey, type UIStrings } from './en';
import { locales, type Direction, type Locale } from './locales';

export * from './locales';
export type { UIKey } from './en';

const tables: Record<Locale, UIStrings> = { en, ar };

/** A translator bound to one locale. */
export interface Translator {
  /** The string for `key`, with each `{name}` replaced from `vars`. */
  (key: UIKey, vars?: Record<string, string>): string;
  /** The locale's writing direction. */
  dir(): Direction;
  /** The locale's `lang` tag. */
  lang(): string;
}

/**
 * Returns the translator for `locale`.
 * @throws if a placeholder in the string has no value in `vars`, so a
 *   template cannot silently print "{name}".
 */
export function useTranslations(locale: Locale): Translator {
  const table = tables[locale];
  const t = (key: UIKey, vars: Record<string, string> = {}) =>
    table[key].replace(/\{(\w+)\}/g, (_, name: string) => {
      const value = vars[name];
      if (value === undefined) throw new Error(`Missing value for {${name}} in "${key}" (${locale})`);
      return value;
    });
  return Object.assign(t, { dir: () => locales[locale].dir, lang: () => locales[locale].lang });
}
