import { ar } from './ar';
import { en, type UICountKey, type UITextKey } from './en';
import type { Locale } from './locales';
import { translator, type Translator } from './translator';

export * from './locales';
export type { UICountKey, UIKey, UITextKey } from './en';

const tables = { en, ar } as const;

/** The site's translator: its strings (`t(key)`) and counts (`t.count(key, n)`). */
export type UITranslator = Translator<UITextKey, UICountKey>;

/** Returns the translator for `locale` over the site's whole string table (see `translator`). */
export function useTranslations(locale: Locale): UITranslator {
  return translator<UITextKey, UICountKey>(tables[locale], locale);
}
