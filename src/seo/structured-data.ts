import { isoDate } from '../i18n/dates';

/**
 * Schema.org JSON-LD for brief and author pages. The builders are pure: they
 * take absolute URLs and plain values, so what a page tells search engines can
 * be tested without a build.
 */

/** A JSON-LD node: plain JSON values only. */
export type JsonLd = { [key: string]: JsonValue };
type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

const CONTEXT = 'https://schema.org';

/** Another edition of the same brief: its canonical URL and BCP 47 language. */
export interface EditionRef {
  url: string;
  inLanguage: string;
}

/** A person as a brief credits them: name and our absolute author page URL. */
export interface PersonRef {
  name: string;
  url: string;
}

/**
 * The `@id` of the person whose author page is `url`: the page's address
 * with `#person`, so a brief's author and the author page's `Person` are one
 * node to a reader of the graph, and neither is taken for the page itself.
 */
export const personId = (url: string) => `${url}#person`;

export interface BriefData {
  headline: string;
  /** The summary, also the page's meta description. */
  description: string;
  /** BCP 47 language of this edition. */
  inLanguage: string;
  /** Day of original publication. */
  published: Date;
  /** This edition's canonical URL; also its `@id`. */
  url: string;
  authors: readonly PersonRef[];
  /** The organisation that published the original, named in this edition's language. */
  publisher: { name: string; url: string };
  /** Address of the original on the publisher's site. */
  originalUrl: string;
  /** The edition this one was translated from, if it is a translation. */
  translatedFrom?: EditionRef | undefined;
  /** Who made this translation (the site, by its name in the edition's language, and its home page); only for a translation. */
  translator?: { name: string; url: string } | undefined;
  /** Editions translated from this one. */
  translations?: readonly EditionRef[] | undefined;
}

/**
 * An `AnalysisNewsArticle` for one edition of a brief. The original publisher
 * is credited as `sourceOrganization` and as publisher of the work it
 * `isBasedOn`, not as this copy's `publisher` (a translation is not theirs).
 * Editions link by direction: `translationOfWork` points at the edition this
 * one was translated from, `workTranslation` at those translated from it; a
 * translation credits its `translator`, the site, as an `Organization`.
 * Authors are `Person` nodes whose `@id` is their author page's (`personId`).
 */
export function createBriefJsonLd(brief: BriefData): JsonLd {
  const publisher = { '@type': 'Organization', name: brief.publisher.name, url: brief.publisher.url };
  const translations = brief.translations ?? [];
  return {
    '@context': CONTEXT,
    '@type': 'AnalysisNewsArticle',
    '@id': brief.url,
    url: brief.url,
    mainEntityOfPage: brief.url,
    headline: brief.headline,
    description: brief.description,
    inLanguage: brief.inLanguage,
    datePublished: isoDate(brief.published),
    author: brief.authors.map((person) => ({ '@type': 'Person', '@id': personId(person.url), name: person.name, url: person.url })),
    sourceOrganization: publisher,
    isBasedOn: { '@type': 'CreativeWork', url: brief.originalUrl, publisher },
    ...(brief.translatedFrom ? { translationOfWork: createWorkRef(brief.translatedFrom) } : {}),
    ...(brief.translatedFrom && brief.translator ? { translator: { '@type': 'Organization', name: brief.translator.name, url: brief.translator.url } } : {}),
    ...(translations.length > 0 ? { workTranslation: translations.map(createWorkRef) } : {}),
  };
}

function createWorkRef(edition: EditionRef): JsonLd {
  return { '@type': 'CreativeWork', '@id': edition.url, url: edition.url, inLanguage: edition.inLanguage };
}

export interface PersonData {
  name: string;
  /** Our absolute author page URL. */
  url: string;
  /** Short plain-text bio; omitted when empty. */
  description?: string | undefined;
  /** Profile pages elsewhere (the publisher's), absolute URLs. */
  sameAs?: readonly string[] | undefined;
}

/** A `Person` node for an author page; its `@id` is `personId` of the page, as in the briefs that credit the author. */
export function createPersonJsonLd(person: PersonData): JsonLd {
  const sameAs = person.sameAs ?? [];
  return {
    '@context': CONTEXT,
    '@type': 'Person',
    '@id': personId(person.url),
    name: person.name,
    url: person.url,
    ...(person.description ? { description: person.description } : {}),
    ...(sameAs.length > 0 ? { sameAs: [...sameAs] } : {}),
  };
}

/**
 * The first paragraph of a Markdown text as plain text: inline links keep
 * their text, paired emphasis and code marks are dropped, whitespace is collapsed.
 * Returns `''` for an empty text.
 */
export function firstParagraphText(markdown: string): string {
  const paragraph = markdown.trim().split(/\n\s*\n/)[0] ?? '';
  return paragraph
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/(\*\*|\*)(\S(?:.*?\S)?)\1/g, '$2')
    // Underscores inside a word (snake_case) are not emphasis in CommonMark.
    .replace(/(?<![\p{L}\p{N}_])(__|_)(\S(?:.*?\S)?)\1(?![\p{L}\p{N}_])/gu, '$2')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * JSON for inside `<script type="application/ld+json">`. `<`, `>` and `&` are
 * written as `\u003c`, `\u003e` and `\u0026` (the same JSON value), so no
 * text in the data can close the script or open a comment.
 */
export function serializeJsonLd(data: JsonLd): string {
  return JSON.stringify(data).replace(/[<>&]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
