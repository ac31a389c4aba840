import { originalLocaleOf, translatorOf, type Translator } from '../content/editions';
import type { Author, Brief, BriefEntry, Library, PublisherEntry, RecommendedEntry, TopicEntry } from '../content/library';
import type { Locale } from '../i18n/locales';
import { routes } from './urls';

/**
 * What every view of one brief edition shows besides its body, derived from
 * the checked library in this one place: the brief page, the side-by-side
 * view, the JSON-LD, the citation (page and files), the card in a listing
 * and the feed all read it, so none can credit other authors, another
 * publisher name or another translator than the rest.
 */
export interface BriefView {
  brief: Brief;
  slug: string;
  locale: Locale;
  data: BriefEntry['data'];
  /** The edition's own path, e.g. `/ar/briefs/x/`. */
  path: string;
  /** The locale-neutral path the language switch localizes, e.g. `/briefs/x/`. */
  neutralPath: string;
  /** Every locale the brief is published in, default first. */
  editions: Locale[];
  /** Each edition's section slugs, for the switch that keeps the reader's section. */
  sections: Partial<Record<Locale, string[]>>;
  /** How the editions line up (`Library.alignment`). */
  alignment: 'paragraphs' | 'sections';
  /** Its authors' pages in this locale, in the brief's order. */
  authors: Author[];
  /** The original's publisher and its name in this locale. */
  publisher: PublisherEntry;
  publisherName: string;
  topics: TopicEntry[];
  /** The recommended items, each with its own publisher. */
  recommended: { item: RecommendedEntry; publisher: PublisherEntry }[];
  /** Who made this edition if it is a translation: the site or the publisher; undefined for an original. */
  translator: Translator | undefined;
  /** The edition this one is translated from, when the library has it. */
  original: Brief | undefined;
  /** The library's editions translated from this one. */
  translations: Brief[];
  /** The original was revised after this translation was made (`Library.staleness`). */
  stale: { original: Locale; updated: Date | undefined } | undefined;
}

const views = new WeakMap<Brief, BriefView>();

/** The view of `brief`, built once per edition and build (the pages, feed and listings ask for the same editions many times). */
export function briefView(library: Library, brief: Brief): BriefView {
  let view = views.get(brief);
  if (!view) views.set(brief, (view = buildView(library, brief)));
  return view;
}

function buildView(library: Library, brief: Brief): BriefView {
  const { slug, locale, entry } = brief;
  const { data } = entry;
  const editions = library.briefLocales(slug);
  const others = editions.filter((code) => code !== locale).flatMap((code) => library.brief(slug, code) ?? []);
  const from = originalLocaleOf(locale, data);
  const publisher = library.publisher(data.source.publisher);
  const staleness = library.staleness(brief);
  return {
    brief,
    slug,
    locale,
    data,
    path: routes.brief(locale, slug),
    neutralPath: `/briefs/${slug}/`,
    editions,
    sections: Object.fromEntries(editions.map((code) => [code, library.brief(slug, code)?.sections.map((section) => section.slug) ?? []])),
    alignment: library.alignment(slug),
    authors: library.authorsOf(data, locale),
    publisher,
    publisherName: publisher.data.name[locale],
    topics: data.topics.map((id) => library.topic(id)),
    recommended: data.recommended.map((id) => {
      const item = library.recommended(id);
      return { item, publisher: library.publisher(item.data.publisher) };
    }),
    translator: translatorOf(locale, data),
    original: others.find((edition) => edition.locale === from),
    translations: others.filter((edition) => originalLocaleOf(edition.locale, edition.entry.data) === locale),
    stale: staleness && { original: staleness.original.locale, updated: staleness.updated },
  };
}
