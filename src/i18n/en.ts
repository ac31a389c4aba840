import { enSearch } from './search-en';
import type { CountKey, LocaleStrings, TextKey } from './translator';
import type { Locale } from './locales';

/**
 * English interface strings. This table is the type source: every other
 * locale must define exactly these keys. `{name}` marks a placeholder. A
 * count is an object of plural forms (see `PluralForms`), read with
 * `t.count(key, n)`; every other locale gives each of its own plural forms.
 */
export const en = {
  ...enSearch,
  'site.name': 'Policy Brief Reader',
  'site.description': 'Policy briefs on the Middle East, in English and Arabic, with full-text search.',
  'site.shareImageAlt': 'Policy Brief Reader: policy briefs on the Middle East, in English and Arabic',
  'site.disclaimer':
    'An independent reading copy. Each brief is credited to, and links to, its original publisher; this site is not the publisher’s site.',
  'feed.title': 'Policy Brief Reader: new briefs in English',
  'nav.skip': 'Skip to content',
  'nav.home': 'Home',
  'nav.primary': 'Site',
  'home.title': 'Policy briefs',
  'home.intro': 'Analysis of the Middle East and U.S. policy, in English and Arabic.',
  'home.empty': 'No briefs yet.',
  'list.emptyHere': 'No briefs in this edition yet.',
  'list.readIn': 'Read them in {language}',
  'pagination.label': 'Pages',
  'pagination.newer': 'Newer briefs',
  'pagination.older': 'Older briefs',
  'pagination.status': 'Page {page} of {total}',
  'briefs.count': { one: '{count} brief', other: '{count} briefs' },
  'brief.by': 'By',
  'brief.published': 'Published',
  'brief.editions': 'Editions',
  /** `{languages}`: the other editions' `brief.alsoIn.<locale>` names, each a link, as a list. */
  'brief.alsoIn': 'Also available in {languages}',
  /** Each language's name as the `brief.alsoIn` sentence uses it. */
  'brief.alsoIn.en': 'English',
  'brief.alsoIn.ar': 'Arabic',
  'brief.aboutAuthor': 'About the author',
  'brief.aboutAuthors': 'About the authors',
  'brief.source': 'Source',
  'brief.originallyPublished': 'Originally published by {publisher}.',
  'brief.readOriginal': 'Read the original',
  'brief.translationNote':
    'This Arabic edition is {site}’s own translation of the English original. It is not published by {publisher}.',
  'brief.publisherTranslationNote': 'This Arabic edition is {publisher}’s own translation of the English original.',
  'brief.updated': 'Updated {date}',
  'brief.staleTranslation': 'The English original was revised on {date}, after this translation was made; the translation may not reflect the changes.',
  'brief.staleTranslationUndated': 'The English original was revised after this translation was made; the translation may not reflect the changes.',
  'brief.readCurrentOriginal': 'Read the current original',
  'brief.repairs': 'Notes on this copy',
  'brief.repairsIntro': 'This copy follows the original word for word. Repairs to the source text:',
  'brief.paragraphLink': 'Link to paragraph {n}',
  'brief.readingTime': 'Reading time: {duration}',
  'brief.contents': 'Contents',
  'brief.topics': 'Topics',
  'brief.parallel': 'Read side by side',
  'topic.title': 'Briefs on {topic}',
  'cite.title': 'Cite this brief',
  'cite.chicago': 'Chicago (notes and bibliography)',
  'cite.apa': 'APA (7th edition)',
  'cite.copy': 'Copy',
  'cite.files': 'For reference managers:',
  'cite.bibtex': 'BibTeX file',
  'cite.ris': 'RIS file',
  'copy.done': 'Copied',
  'copy.failed': 'Could not copy. Select the text and copy it instead.',
  'share.title': 'Share',
  'share.copyLink': 'Copy link',
  'share.native': 'Share…',
  'share.email': 'Send by e-mail',
  'recommended.title': 'Recommended',
  'link.external': '(external site, in English)',
  'author.briefs': 'Briefs by {name}',
  'author.profile': 'Profile at {publisher}',
  'author.none': 'No briefs yet.',
  'notFound.title': 'Page not found',
  'notFound.body': 'There is no page at this address. It may have moved, or the link may be mistyped.',
  'notFound.home': 'Go to the home page',
  'search.open': 'Search',
  'search.submit': 'Search',
  'search.needsJs': 'Search needs JavaScript, which is turned off or unavailable in this browser. Every brief is listed on the home page.',
  'share.copyHere': 'Copy link to this paragraph',
  'parallel.kicker': 'English and Arabic, side by side',
  'parallel.pageTitle': '{title} (side by side)',
  'parallel.credit': 'Originally published in English by {publisher}; the Arabic is {site}’s own translation.',
  'parallel.pair': 'Passage {n}',
  'nav.briefs': 'All briefs',
  'nav.topics': 'Topics',
  'nav.authors': 'Authors',
  'nav.feed': 'RSS feed',
  'nav.about': 'About this site',
  'briefs.title': 'All briefs',
  'topics.title': 'Topics',
  'topics.count': '{count} briefs',
  'authors.title': 'Authors',
  'about.title': 'About this site',
  'about.intro':
    'Policy Brief Reader is an independent reading site for policy briefs on the Middle East and U.S. policy, in English and Arabic. It is not the publishers’ site: every brief is credited to its original publisher and links to the original.',
  'about.editions':
    'The English text follows the original word for word. The Arabic edition is the site’s own translation; each brief can also be read side by side, paragraph beside paragraph, and the language switch keeps the reader’s place.',
  'about.search': 'Search covers the full text of both editions. New briefs are announced in each language’s RSS feed.',
  'notFound.search': 'Search the briefs',
  'type.brief-analysis': 'Brief Analysis',
  'type.articles-testimony': 'Articles & Testimony',
} as const;

export type UIKey = keyof typeof en;
/** Keys of single strings, read with `t(key)`. */
export type UITextKey = TextKey<typeof en>;
/** Keys of counts, read with `t.count(key, n)`. */
export type UICountKey = CountKey<typeof en>;
/** The site's table in `L`, with every plural form `L` has. */
export type UIStrings<L extends Locale> = LocaleStrings<typeof en, L>;

// English checks itself against its own plural categories.
en satisfies UIStrings<'en'>;
