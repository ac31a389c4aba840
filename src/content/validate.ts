import { defaultLocale, type Locale } from '../i18n/locales';
import type { BodyLink } from '../markdown/links';
import { splitLocale } from '../routing/urls';
import { compareOutlines, groupEditions, type ContentProblem, type EditionFile, type Section, type TranslationFields } from './editions';

export { ContentError, formatProblem } from './problems';

/** What the cross-file checks need to know about one brief edition. */
export interface BriefFile extends EditionFile {
  data: TranslationFields & {
    authors: readonly string[];
    recommended: readonly string[];
    topics: readonly string[];
    published: Date;
    type: string;
    source: { publisher: string; url: string };
    updated?: Date | undefined;
    originalVersion?: string | undefined;
  };
  /** The rendered body's section headings, in order. */
  sections: readonly Section[];
  /** How many body paragraphs the rendered body has (they carry ids p1…pN). */
  paragraphs: number;
  /** Paragraphs before the first section, then in each section (`sectionParagraphs`). */
  sectionParagraphs: readonly number[];
  /** The version of the edition's text (`textVersion`). */
  version: string;
  /** Why the Markdown body could not be rendered, if it could not. */
  renderError?: string | undefined;
  /** The body's links to pages of this site. */
  links?: readonly BodyLink[] | undefined;
}

/** The whole library, as the cross-file checks see it. */
export interface LibraryFiles {
  briefs: readonly BriefFile[];
  authors: readonly (EditionFile & { data: { profile?: { publisher: string } | undefined } })[];
  recommendedIds: ReadonlySet<string>;
  publisherIds: ReadonlySet<string>;
  topicIds: ReadonlySet<string>;
}

/** What a link inside the site can point at: the library's briefs, authors and topics, each in its languages. */
export interface LinkTargets {
  briefs: ReadonlyMap<string, Partial<Record<Locale, unknown>>>;
  authors: ReadonlyMap<string, Partial<Record<Locale, unknown>>>;
  topicIds: ReadonlySet<string>;
}

/**
 * Why `href`, a path on this site, leads to no page: a brief, author or
 * topic that does not exist in the link's language, or a page a brief does
 * not have. Undefined when it leads to one, or names no brief, author or
 * topic (other pages are the site's own, checked in the built site).
 */
export function missingLinkTarget(href: string, targets: LinkTargets): string | undefined {
  const pathname = href.split(/[?#]/)[0] ?? href;
  const { locale, path } = splitLocale(pathname);
  const match = /^\/(briefs|authors|topics)\/([^/]+)(\/.*)?$/.exec(path);
  if (!match) return undefined;
  const [, kind, slug, rest] = match as unknown as [string, 'briefs' | 'authors' | 'topics', string, string | undefined];
  const exists = kind === 'topics' ? targets.topicIds.has(slug) : targets[kind].get(slug)?.[locale] !== undefined;
  const noun = { briefs: 'brief', authors: 'author', topics: 'topic' }[kind];
  if (!exists) return `no ${noun} "${slug}"${kind === 'topics' ? '' : ` in ${locale}`}`;
  const pages = kind === 'briefs' ? /^\/(?:parallel\/|citation\.(?:bib|ris))?$/ : /^\/(?:page\/\d+\/)?$/;
  if (rest === undefined || !pages.test(rest)) return `the ${noun} "${slug}" has no page ${pathname}`;
  return undefined;
}

/** Front-matter fields every edition of a brief must share with its original. */
const SHARED_FIELDS = ['published', 'type', 'authors', 'topics', 'recommended', 'source'] as const;

const same = (a: unknown, b: unknown) =>
  JSON.stringify(a, (_, v: unknown) => (v instanceof Date ? v.getTime() : v)) ===
  JSON.stringify(b, (_, v: unknown) => (v instanceof Date ? v.getTime() : v));

/**
 * Finds the mistakes a schema cannot see because they span files: file
 * layout, editions without their original, editions that disagree with it,
 * and references to authors, recommended items or publishers that do not
 * exist. Schema errors (a missing or malformed field) are Astro's to report.
 */
export function findContentProblems(library: LibraryFiles): ContentProblem[] {
  const briefs = groupEditions(library.briefs);
  const authors = groupEditions(library.authors);
  const problems = [...briefs.problems, ...authors.problems];

  for (const author of library.authors) {
    const publisher = author.data.profile?.publisher;
    if (publisher !== undefined && !library.publisherIds.has(publisher)) {
      problems.push({ file: author.filePath, field: 'profile.publisher', message: `unknown publisher "${publisher}" (not in publishers.yaml)` });
    }
  }

  for (const [slug, group] of briefs.groups) {
    const original = group[defaultLocale];
    for (const [locale, brief] of Object.entries(group) as [Locale, BriefFile][]) {
      const problem = (field: string, message: string) => problems.push({ file: brief.filePath, field, message });
      const warn = (field: string, message: string) => problems.push({ file: brief.filePath, field, message, warning: true });

      if (brief.renderError !== undefined) {
        problem('body', `the Markdown body could not be rendered: ${brief.renderError}`);
        continue;
      }
      if (brief.paragraphs === 0) problem('body', 'empty: a brief needs at least one paragraph of text');
      for (const { href, line } of brief.links ?? []) {
        const missing = missingLinkTarget(href, { briefs: briefs.groups, authors: authors.groups, topicIds: library.topicIds });
        if (missing) problems.push({ file: line ? `${brief.filePath}:${line}` : brief.filePath, field: 'body', message: `link to "${href}" leads to no page (${missing})` });
      }
      brief.data.authors.forEach((author, i) => {
        if (!authors.groups.get(author)?.[locale]) {
          problem(`authors[${i}]`, `unknown author "${author}" (no content/authors/${author}/${locale}.md)`);
        }
      });
      brief.data.topics.forEach((id, i) => {
        if (!library.topicIds.has(id)) problem(`topics[${i}]`, `unknown topic "${id}" (not in topics.yaml)`);
      });
      brief.data.recommended.forEach((id, i) => {
        if (!library.recommendedIds.has(id)) problem(`recommended[${i}]`, `unknown recommended item "${id}" (not in recommended.yaml)`);
      });
      if (!library.publisherIds.has(brief.data.source.publisher)) {
        problem('source.publisher', `unknown publisher "${brief.data.source.publisher}" (not in publishers.yaml)`);
      }

      if (!original || original === brief) continue;
      for (const field of SHARED_FIELDS) {
        if (!same(brief.data[field], original.data[field])) {
          problem(field, `differs from the ${defaultLocale} original of "${slug}" (${original.filePath}); editions must agree`);
        }
      }
      // An original that failed to render has no outline to line up with; its own problem says why.
      if (original.renderError !== undefined) continue;
      const outline = compareOutlines(original.sections, brief.sections);
      if (outline) problem('body', outline);
      // An empty body is reported on its own; it has no paragraphs to line up.
      else if (brief.paragraphs > 0 && original.paragraphs > 0) {
        const differences = paragraphDifferences(original, brief);
        // Every translation keeps the original's paragraphs one to one, except one marked as the
        // publisher's own, which may merge or split them.
        if (brief.data.translator !== 'publisher') {
          if (brief.paragraphs !== original.paragraphs) {
            problem('body', `paragraphs do not line up with the original: original has ${original.paragraphs}, this edition has ${brief.paragraphs}`);
          } else if (differences.length > 0) problem('body', `paragraphs do not line up with the original: ${differences.join('; ')}`);
        } else if (differences.length > 0) {
          warn(
            'body',
            `the publisher's translation merges or splits paragraphs (${differences.join('; ')}); the language switch and the side-by-side view pair its sections instead`,
          );
        }
      }
      if (brief.data.originalVersion === undefined) {
        warn('originalVersion', `not recorded: if this translation matches the current ${defaultLocale} original, add originalVersion: "${original.version}"`);
      } else if (brief.data.originalVersion !== original.version) {
        const when = original.data.updated ? `updated ${isoDay(original.data.updated)}` : `no "updated" day in ${original.filePath}, so readers are told no date`;
        warn(
          'originalVersion',
          `stale: the ${defaultLocale} original has changed since this translation (made from ${brief.data.originalVersion}, now ${original.version}; ${when}). ` +
            `Its page tells readers; once the translation is brought up to date, set originalVersion: "${original.version}"`,
        );
      }
    }
  }
  return problems;
}

/** Where two editions' paragraphs differ, section by section, in words an editor can act on. */
function paragraphDifferences(original: BriefFile, edition: BriefFile): string[] {
  const count = (n: number) => `${n} paragraph${n === 1 ? '' : 's'}`;
  return original.sectionParagraphs.flatMap((expected, i) => {
    const found = edition.sectionParagraphs[i] ?? 0;
    if (found === expected) return [];
    const where = i === 0 ? 'before the first section' : `in section ${i} ("${original.sections[i - 1]?.text ?? ''}")`;
    return [`${where} the original has ${count(expected)}, this edition ${found}`];
  });
}

const isoDay = (date: Date) => date.toISOString().slice(0, 10);
