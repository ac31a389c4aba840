import type { Locale } from './locales';
import { arSearch } from './search-ar';
import { enSearch, type SearchCountKey, type SearchTextKey } from './search-en';
import { translator, type Translator } from './translator';

export type { SearchKey, SearchCountKey, SearchTextKey } from './search-en';

/** The search UI's translator: its strings and its counts. */
export type SearchTranslator = Translator<SearchTextKey, SearchCountKey>;

const tables = { en: enSearch, ar: arSearch } as const;

/**
 * Returns the translator for `locale`'s search UI strings: the same strings
 * as `useTranslations` gives for these keys, without the rest of the site's
 * table, which the browser's search bundle does not need.
 */
export function useSearchTranslations(locale: Locale): SearchTranslator {
  return translator<SearchTextKey, SearchCountKey>(tables[locale], locale);
}
