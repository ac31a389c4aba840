import { ar } from './ar';
import { en, type UIKey, type UIStrings } from './en';
import type { Locale } from './locales';
import { translator, type Translator } from './translator';

export * from './locales';
export type { UIKey } from './en';

const tables: Record<Locale, UIStrings> = { en, ar };

/** Returns the translator for `locale` over the site's whole string table (see `translator`). */
export function useTranslations(locale: Locale): Translator<UIKey> {
  return translator(tables[locale], locale);
}
