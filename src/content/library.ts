import { getCollection, type CollectionEntry } from 'astro:content';
import type { Locale } from '../i18n/locales';
import { bodyFolder, readBodyBlocks, readBodyHtml, readOutline } from './body-store';
import { cacheDir } from '../config/cache-dir';
import { memoize } from '../util/memoize';
import { bodySections, byNewest, editionLocales, groupEditions, originalLocaleOf, type Section } from './editions';
import { groupByTopic } from './topics';
import { ContentError, findContentProblems, formatProblem } from './validate';

/**
 * The checked content library that pages read. Loading it validates every
 * cross-file rule and throws a `ContentError` listing all problems, so a
 * content mistake fails the build instead of rendering a broken page.
 */

export type BriefEntry = CollectionEntry<'briefs'>;
export type AuthorEntry = CollectionEntry<'authors'>;
export type RecommendedEntry = CollectionEntry<'recommended'>;
export type PublisherEntry = CollectionEntry<'publishers'>;
export type TopicEntry = CollectionEntry<'topics'>;

/** One edition of a brief. */
export interface Brief {
  slug: string;
  locale: Locale;
  entry: BriefEntry;
  /** Section headings of the body, in order (lined up across editions). */
  sections: Section[];
  /** Words in the body. */
  words: number;
  /** Paragraphs before the first section, then in each section. */
  sectionParagraphs: readonly number[];
  /** The version of the edition's text (`textVersion`): a translation records its original's. */
  version: string;
  /** The rendered body. */
  html(): Promise<string>;
  /** The body's top-level blocks, ids removed, for the side-by-side view. */
  blocks(): Promise<string[]>;
}

/** One edition of an author page. */
export interface Author {
  slug: string;
  locale: Locale;
  entry: AuthorEntry;
}

export interface Library {
  /** The brief's edition in `locale`, if it exists. */
  brief(slug: string, locale: Locale): Brief | undefined;
  /** Locales in which the brief exists, default first. */
  briefLocales(slug: string): Locale[];
  /**
   * How the brief's editions line up: `paragraphs` when every edition has the
   * original's paragraphs section by section (a paragraph's id names the same
   * paragraph in each), else `sections` (a publisher's translation that merges
   * or splits paragraphs; sections always line up).
   */
  alignment(slug: string): 'paragraphs' | 'sections';
  /**
   * For a translation made from an earlier version of its original (its
   * `originalVersion` is not the original's version now): the original, and
   * the day it was revised if its front matter says. Otherwise `undefined`.
   */
  staleness(brief: Brief): { original: Brief; updated: Date | undefined } | undefined;
  /** Every brief edition in `locale`, newest first. */
  briefs(locale: Locale): Brief[];
  author(slug: string, locale: Locale): Author | undefined;
  authorLocales(slug: string): Locale[];
  authors(locale: Locale): Author[];
  /** The pages in `locale` of the authors a brief lists (`authors`: their slugs), in its order; one without such a page is left out. */
  authorsOf(brief: { authors: readonly string[] }, locale: Locale): Author[];
  /** Brief editions in `locale` that list the author, newest first. */
  briefsBy(authorSlug: string, locale: Locale): Brief[];
  recommended(id: string): RecommendedEntry;
  publisher(id: string): PublisherEntry;
  topic(id: string): TopicEntry;
  /** Every topic, in the order of topics.yaml. */
  topics(): TopicEntry[];
  /** Brief editions in `locale` filed under the topic, newest first. */
  briefsOn(topicId: string, locale: Locale): Brief[];
}

async function loadLibrary(): Promise<Library> {
  const [briefEntries, authorEntries, recommendedEntries, publisherEntries, topicEntries] = await Promise.all([
    getCollection('briefs'),
    getCollection('authors'),
    getCollection('recommended'),
    getCollection('publishers'),
    getCollection('topics'),
  ]);
  const bodies = bodyFolder(cacheDir, 'briefs');
  const briefs = [];
  // One file at a time: a library of 10,000 briefs has 20,000 outlines, more than a process may hold open.
  for (const entry of briefEntries) {
    const outline = entry.digest === undefined ? undefined : await readOutline(bodies, String(entry.digest));
    const body = outline && !('error' in outline) ? outline : undefined;
    const renderError = !outline ? 'its rendered body is missing from the build cache; build again' : 'error' in outline ? outline.error : undefined;
    briefs.push({
      entry,
      renderError,
      sections: body ? bodySections(body.headings) : [],
      paragraphs: body?.paragraphs ?? 0,
      sectionParagraphs: body?.sectionParagraphs ?? [],
      version: body?.version ?? '',
      words: body?.words ?? 0,
      links: body?.links ?? [],
    });
  }

  const problems = findContentProblems({
    briefs: briefs.map(({ entry, renderError, sections, paragraphs, sectionParagraphs, version, links }) => ({
      id: entry.id,
      filePath: filePathOf(entry),
      data: entry.data,
      sections,
      paragraphs,
      sectionParagraphs,
      version,
      renderError,
      links,
    })),
    authors: authorEntries.map((entry) => ({ id: entry.id, filePath: filePathOf(entry), data: entry.data })),
    recommendedIds: new Set(recommendedEntries.map((entry) => entry.id)),
    publisherIds: new Set(publisherEntries.map((entry) => entry.id)),
    topicIds: new Set(topicEntries.map((entry) => entry.id)),
  });
  const errors = problems.filter((problem) => !problem.warning);
  if (errors.length > 0) throw new ContentError(errors);
  for (const warning of problems) console.warn(`[content] warning: ${formatProblem(warning)}`);

  // Validation passed, so grouping drops nothing: every file is a proper edition.
  const briefGroups = groupEditions(briefs.map((b) => ({ ...b, id: b.entry.id, filePath: filePathOf(b.entry) }))).groups;
  const authorGroups = groupEditions(authorEntries.map((entry) => ({ ...entry, filePath: filePathOf(entry) }))).groups;
  const recommended = new Map(recommendedEntries.map((entry) => [entry.id, entry]));
  const publishers = new Map(publisherEntries.map((entry) => [entry.id, entry]));
  const topics = new Map(topicEntries.map((entry) => [entry.id, entry]));

  const brief = (slug: string, locale: Locale): Brief | undefined => {
    const found = briefGroups.get(slug)?.[locale];
    if (!found) return undefined;
    const { entry, sections, words, sectionParagraphs, version } = found;
    const key = String(entry.digest);
    return {
      slug,
      locale,
      entry,
      sections,
      words,
      sectionParagraphs,
      version,
      html: () => readBodyHtml(bodies, key),
      blocks: () => readBodyBlocks(bodies, key),
    };
  };
  // Lists are computed once per build and shared: every listing page asks
  // for them, and sorting the whole library per page grows as N² with it.
  const briefsIn = memoize((locale: Locale) =>
    [...briefGroups.keys()]
      .flatMap((slug) => brief(slug, locale) ?? [])
      .sort((a, b) => byNewest({ ...a.entry.data, slug: a.slug }, { ...b.entry.data, slug: b.slug })),
  );
  const byTopic = memoize((locale: Locale) =>
    groupByTopic(
      briefsIn(locale).map((brief) => ({ brief, topics: brief.entry.data.topics })),
      topicEntries.map((topic) => topic.id),
    ),
  );
  const byAuthor = memoize((locale: Locale) => {
    const lists = new Map<string, Brief[]>();
    for (const brief of briefsIn(locale)) {
      for (const slug of brief.entry.data.authors) {
        const list = lists.get(slug);
        if (list) list.push(brief);
        else lists.set(slug, [brief]);
      }
    }
    return lists;
  });
  const author = (slug: string, locale: Locale): Author | undefined => {
    const entry = authorGroups.get(slug)?.[locale];
    return entry && { slug, locale, entry };
  };

  const alignment = memoize((slug: string): 'paragraphs' | 'sections' => {
    const editions = Object.values(briefGroups.get(slug) ?? {});
    const [first] = editions;
    const same = editions.every((edition) => edition.sectionParagraphs.join() === first?.sectionParagraphs.join());
    return same ? 'paragraphs' : 'sections';
  });

  return {
    brief,
    alignment,
    staleness: ({ slug, locale, entry }) => {
      const from = originalLocaleOf(locale, entry.data);
      const original = from && brief(slug, from);
      const recorded = entry.data.originalVersion;
      if (!original || recorded === undefined || recorded === original.version) return undefined;
      return { original, updated: original.entry.data.updated };
    },
    briefLocales: (slug) => editionLocales(briefGroups.get(slug) ?? {}),
    briefs: briefsIn,
    author,
    authorLocales: (slug) => editionLocales(authorGroups.get(slug) ?? {}),
    authors: (locale) => [...authorGroups.keys()].flatMap((slug) => author(slug, locale) ?? []),
    authorsOf: (brief, locale) => brief.authors.flatMap((slug) => author(slug, locale) ?? []),
    briefsBy: (authorSlug, locale) => byAuthor(locale).get(authorSlug) ?? [],
    recommended: (id) => required(recommended.get(id), `recommended item ${id}`),
    publisher: (id) => required(publishers.get(id), `publisher ${id}`),
    topic: (id) => required(topics.get(id), `topic ${id}`),
    topics: () => topicEntries,
    briefsOn: (topicId, locale) => byTopic(locale).get(topicId)?.map(({ brief }) => brief) ?? [],
  };
}

function filePathOf(entry: { id: string; filePath?: string | undefined }): string {
  return entry.filePath ?? entry.id;
}

function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`Missing ${what}`); // unreachable after validation
  return value;
}

let library: Promise<Library> | undefined;

/** The validated library, loaded once per build. */
export function getLibrary(): Promise<Library> {
  return (library ??= loadLibrary());
}

