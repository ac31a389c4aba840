/**
 * English interface strings. This table is the type source: every other
 * locale must define exactly these keys. `{name}` marks a placeholder.
 */
export const en = {
  'site.name': 'Policy Brief Reader',
  'site.description': 'Policy briefs on the Middle East, in English and Arabic, with full-text search.',
  'site.disclaimer':
    'An independent reading copy. Each brief is credited to, and links to, its original publisher; this site is not the publisher’s site.',
  'nav.skip': 'Skip to content',
  'nav.home': 'Home',
  'nav.primary': 'Site',
  'home.title': 'Policy briefs',
  'home.intro': 'Analysis of the Middle East and U.S. policy, in English and Arabic.',
  'home.empty': 'No briefs yet.',
  'brief.by': 'By',
  'brief.published': 'Published',
  'brief.editions': 'Editions',
  'brief.alsoIn': 'Also available in',
  'brief.aboutAuthor': 'About the author',
  'brief.aboutAuthors': 'About the authors',
  'brief.source': 'Source',
  'brief.originallyPublished': 'Originally published by {publisher}.',
  'brief.readOriginal': 'Read the original',
  'brief.translationNote':
    'This Arabic edition is the site’s own translation of the English original. It is not published by {publisher}.',
  'brief.repairs': 'Notes on this copy',
  'brief.repairsIntro': 'This copy follows the original word for word. Repairs to the source text:',
  'recommended.title': 'Recommended',
  'link.external': '(external site, in English)',
  'author.briefs': 'Briefs by {name}',
  'author.profile': 'Profile at {publisher}',
  'author.none': 'No briefs yet.',
  'notFound.title': 'Page not found',
  'notFound.body': 'There is no page at this address. It may have moved, or the link may be mistyped.',
  'notFound.home': 'Go to the home page',
  'search.open': 'Search',
  'search.title': 'Search the briefs',
  'search.label': 'Search terms',
  'search.placeholder': 'PMF, troop withdrawal…',
  'search.submit': 'Search',
  'search.close': 'Close search',
  'search.shortcut': 'Press / or Ctrl+K to search from any page.',
  'search.loading': 'Searching…',
  'search.count': 'Results: {count}',
  'search.none': 'Nothing found for “{query}”.',
  'search.otherEdition': 'Also in the Arabic edition',
  'search.sections': 'Sections',
  'search.unavailable': 'Search could not be loaded. Check your connection and try again; the page itself still works.',
  'search.needsJs': 'Search needs JavaScript, which is turned off or unavailable in this browser. Every brief is listed on the home page.',
  'type.brief-analysis': 'Brief Analysis',
  'type.articles-testimony': 'Articles & Testimony',
} as const;

export type UIKey = keyof typeof en;
export type UIStrings = Record<UIKey, string>;
