import type { Locale } from './locales';
import { arSearch } from './search-ar';
import { enSearch, type SearchKey, type SearchStrings } from './search-en';
import { translator, type Translator } from './translator';

export type { SearchKey } from './search-en';

const tables: Record<Locale, SearchStrings> = { en: enSearch, ar: arSearch };

/**
 * Returns the translator for `locale`'s search UI strings: the same strings
 * as `useTranslations` gives for these keys, without the rest of the site's
 * table, which the browser's search bundle does not need.
 */
export function useSearchTranslations(locale: Locale): Translator<SearchKey> {
  return translator(tables[locale], locale);
}
