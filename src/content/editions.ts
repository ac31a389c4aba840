import { defaultLocale, isLocale, type Locale } from '../i18n/locales';

/**
 * Editions: every brief and author lives in `<slug>/<locale>.md`, and the
 * files that share a slug are editions of one work. The functions here are
 * pure so the rules can be tested without a build.
 */

/** Lowercase ASCII words joined by single hyphens: safe in every URL. */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** One content file, as the checks need to see it. */
export interface EditionFile {
  /** Entry id: the path below the collection folder, without `.md`. */
  id: string;
  /** Path of the file from the project root, for error messages. */
  filePath: string;
}

/** A content mistake, addressed the way an editor would look for it. */
export interface ContentProblem {
  file: string;
  field: string;
  message: string;
  /** Set on what the build reports but builds anyway; any other problem fails the build. */
  warning?: true;
}

/** Who made a translation: the site itself, or the original's publisher. */
export type Translator = 'site' | 'publisher';

/** What an edition's front matter says about its translation. */
export interface TranslationFields {
  translatedFrom?: Locale | undefined;
  translator?: Translator | undefined;
}

/**
 * Who translated an edition in `locale`: the site (its own translation, set
 * by `translatedFrom`) or the original publisher (`translator: publisher`,
 * or any edition beside the original that does not say it is the site's);
 * `undefined` for the original itself.
 */
export function translatorOf(locale: Locale, data: TranslationFields): Translator | undefined {
  if (locale === defaultLocale && !data.translatedFrom) return undefined;
  return data.translator ?? (data.translatedFrom ? 'site' : 'publisher');
}

/** The locale an edition in `locale` was translated from; `undefined` for the original. */
export function originalLocaleOf(locale: Locale, data: TranslationFields): Locale | undefined {
  return data.translatedFrom ?? (locale === defaultLocale ? undefined : defaultLocale);
}

/** The slug and locale an entry id names, or why it names none. */
export function parseEditionId(id: string): { slug: string; locale: Locale } | { error: string } {
  const parts = id.split('/');
  const [slug, locale] = parts;
  if (parts.length !== 2 || slug === undefined || locale === undefined) {
    return { error: `expected <slug>/<locale>.md, found "${id}.md"` };
  }
  if (!isLocale(locale)) return { error: `"${locale}" is not a site locale (file must be named en.md or ar.md)` };
  if (!SLUG.test(slug)) return { error: `slug "${slug}" must be lowercase ASCII letters, digits and single hyphens` };
  return { slug, locale };
}

/** Editions grouped by slug, each slug's editions keyed by locale. */
export type EditionGroups<T> = Map<string, Partial<Record<Locale, T>>>;

/**
 * Groups files into works by slug, reporting files whose names do not follow
 * the `<slug>/<locale>.md` layout and slugs that differ only in letter case
 * (which would collide on case-insensitive file systems and confuse readers).
 */
export function groupEditions<T extends EditionFile>(
  files: readonly T[],
): { groups: EditionGroups<T>; problems: ContentProblem[] } {
  const groups: EditionGroups<T> = new Map();
  const problems: ContentProblem[] = [];
  const seen = new Map<string, T>();
  for (const file of files) {
    // Case-insensitive, and before the slug's own check, so "Sample/" beside
    // "sample/" is reported as the duplicate it is.
    const key = file.id.toLowerCase();
    const earlier = seen.get(key);
    if (earlier) {
      problems.push({ file: file.filePath, field: 'slug', message: `duplicate of ${earlier.filePath}` });
      continue;
    }
    seen.set(key, file);
    const parsed = parseEditionId(file.id);
    if ('error' in parsed) {
      problems.push({ file: file.filePath, field: 'file name', message: parsed.error });
      continue;
    }
    const group = groups.get(parsed.slug) ?? {};
    group[parsed.locale] = file;
    groups.set(parsed.slug, group);
  }
  for (const group of groups.values()) {
    for (const [locale, file] of Object.entries(group) as [Locale, T][]) {
      if (locale !== defaultLocale && !group[defaultLocale]) {
        problems.push({
          file: file.filePath,
          field: 'edition',
          message: `the ${locale} edition has no ${defaultLocale} original beside it (${defaultLocale}.md)`,
        });
      }
    }
  }
  return { groups, problems };
}

/** The editions of a work that exist, default locale first. */
export function editionLocales(group: Partial<Record<Locale, unknown>>): Locale[] {
  return (Object.keys(group) as Locale[]).sort((a, b) =>
    a === defaultLocale ? -1 : b === defaultLocale ? 1 : a.localeCompare(b),
  );
}

/** A section heading of a rendered body. */
export interface Section {
  depth: number;
  slug: string;
  text: string;
}

/** Headings that form the body's sections (GFM's hidden footnote heading is not one). */
export function bodySections(headings: readonly Section[]): Section[] {
  return headings.filter((heading) => heading.slug !== 'footnote-label' && heading.depth >= 2);
}

/**
 * Checks that two editions' section outlines line up one to one (same count,
 * same levels in the same order), which the language switch relies on.
 * @returns a sentence describing the first mismatch, or `undefined`.
 */
export function compareOutlines(original: readonly Section[], edition: readonly Section[]): string | undefined {
  const describe = (sections: readonly Section[]) => sections.map((s) => `h${s.depth}`).join(' ') || 'none';
  if (original.length !== edition.length || original.some((s, i) => s.depth !== edition[i]?.depth)) {
    return `section headings do not line up with the original: original has ${describe(original)}, this edition has ${describe(edition)}`;
  }
  return undefined;
}

/** Orders works newest first, then by slug for a stable listing. */
export function byNewest<T extends { published: Date; slug: string }>(a: T, b: T): number {
  return b.published.getTime() - a.published.getTime() || a.slug.localeCompare(b.slug);
}
