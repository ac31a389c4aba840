/**
 * The publisher's page vocabulary, per language of the page: the words its
 * pages print around the content (byline, edition links, author notes, the
 * type label, the recommended block). These are the publisher's wording, not
 * the site's interface strings: a page is recognised by them even where the
 * site words the same thing differently.
 */
export interface PageLabels {
  /** Word opening the byline, before the author links. */
  by: string;
  /** Heading or line introducing the links to the page's other editions. */
  alsoAvailableIn: string;
  /** Heading of the authors' notes. */
  aboutTheAuthors: string;
  /** Heading of the recommended-reading block that closes the page. */
  recommended: string;
  /** Type labels as printed, keyed by the site's `type` value. */
  types: Record<string, string>;
}

export const pageLabels = {
  en: {
    by: 'by',
    alsoAvailableIn: 'Also available in',
    aboutTheAuthors: 'About the authors',
    recommended: 'Recommended',
    types: { 'brief-analysis': 'Brief Analysis', 'articles-testimony': 'Articles & Testimony' },
  },
  ar: {
    by: 'بقلم',
    alsoAvailableIn: 'متوفر أيضاً باللغة',
    aboutTheAuthors: 'عن المؤلفين',
    recommended: 'مقالات مقترحة',
    types: { 'brief-analysis': 'تحليل موجز', 'articles-testimony': 'مقالات وشهادات' },
  },
} as const satisfies Record<string, PageLabels>;

export type PageLanguage = keyof typeof pageLabels;

/**
 * Folds a label for comparison: Markdown emphasis and heading marks, a
 * trailing colon, case, Arabic short vowels and tatweel, and the hamza forms
 * of alef are ignored, and spaces collapsed ("**RECOMMENDED**" = "Recommended",
 * «متوفر أيضا باللغة» = «متوفر أيضاً باللغة»).
 */
export function foldLabel(text: string): string {
  return text
    .replace(/^#{1,6}\s+/, '')
    .replace(/[*_]/g, '')
    .replace(/[:：]\s*$/, '')
    .replace(/[\u064B-\u065F\u0670\u0640]/g, '')
    .replace(/[أإآ]/g, 'ا')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** The site `type` a printed label stands for, in any page language; undefined if none. */
export function typeOfLabel(text: string): string | undefined {
  const folded = foldLabel(text);
  for (const labels of Object.values(pageLabels)) {
    for (const [type, label] of Object.entries(labels.types)) if (foldLabel(label) === folded) return type;
  }
  return undefined;
}

/** Every type label the importer knows, for error messages. */
export const knownTypeLabels = (): string[] => Object.values(pageLabels).flatMap((labels) => Object.values(labels.types));
