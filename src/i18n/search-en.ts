import type { Locale } from './locales';
import type { CountKey, LocaleStrings, TextKey } from './translator';

/**
 * English strings of the search dialog and search page that the browser
 * renders (src/search/ui.ts). They are part of the site's English table
 * (./en.ts) and also a table of their own, so the search UI's bundle carries
 * these strings only. `{name}` marks a placeholder.
 */
export const enSearch = {
  'search.title': 'Search the briefs',
  'search.label': 'Search terms',
  'search.placeholder': 'PMF, troop withdrawal…',
  'search.close': 'Close search',
  'search.shortcut': 'Press / or Ctrl+K to search from any page.',
  'search.shortcutMac': 'Press / or ⌘K to search from any page.',
  'search.highlighted': 'Your search words are highlighted.',
  'search.clearHighlights': 'Clear highlights',
  'search.topic': 'Topic',
  'search.allTopics': 'All topics',
  'search.loading': 'Searching…',
  'search.count': { one: '{count} result', other: '{count} results' },
  'search.none': 'Nothing found in the English edition for “{query}”.',
  'search.quoted': '“{query}”',
  'search.showing': 'Showing results for {queries}; nothing was found for “{query}”.',
  'search.closest': 'Closest spellings in this edition:',
  'search.otherEdition': 'Also in the Arabic edition',
  'search.sections': 'Sections',
  'search.unavailable': 'Search could not be loaded. Check your connection and try again; the page itself still works.',
} as const;

export type SearchKey = keyof typeof enSearch;
export type SearchTextKey = TextKey<typeof enSearch>;
export type SearchCountKey = CountKey<typeof enSearch>;
/** The search UI's table in `L`, with every plural form `L` has. */
export type SearchStrings<L extends Locale> = LocaleStrings<typeof enSearch, L>;

enSearch satisfies SearchStrings<'en'>;
