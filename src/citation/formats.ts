import { defaultLocale, locales, type Locale } from '../i18n/locales';
import { dateFormat, displayNames, listFormat } from '../i18n/intl';

/**
 * Pure citation formatters: Chicago and APA as plain text in the edition's
 * language, and BibTeX and RIS records for reference managers. Every one
 * credits the original publisher and links the original; an edition that is
 * the site's own translation also says so and gives the translation's URL.
 *
 * Titles are kept as published: turning them into APA's sentence case
 * automatically would lowercase proper nouns ("Strategic Dialogue").
 */

/** A translation of a brief: the site's own, or the original publisher's. */
export interface Translation {
  /** Who translated it, in the edition's language: the site's name, or the publisher's for its own translation. */
  translator: string;
  /** The locale the edition was translated from. */
  from: Locale;
  /** The title of the original edition, in its language. */
  originalTitle: string;
  /** Absolute URL of this translation (the page being cited). */
  pageUrl: string;
}

/** Everything a citation names, already in the edition's language. */
export interface CitationSource {
  /** The edition's language: wording, dates and name order follow it. */
  locale: Locale;
  /** Stable ASCII identifier of the brief (its slug); BibTeX keys derive from it. */
  id: string;
  title: string;
  /** Author names as written in this edition, in byline order. */
  authors: readonly string[];
  /** Day of original publication (midnight UTC). */
  published: Date;
  /** The original publisher's name in the edition's language. */
  publisher: string;
  /** Absolute URL of the original on the publisher's site. */
  sourceUrl: string;
  /** Present when this edition is the site's own translation. */
  translation?: Translation | undefined;
}

/** A person's name: split into family and given names when it is in Latin script, else kept whole. */
export type PersonName = { family: string; given: string } | { literal: string };

/**
 * Splits a Latin-script name at its last space ("Farhad Alaaldin" →
 * family "Alaaldin"). Names in other scripts, and one-word names, are kept
 * whole: Arabic compound names ("علاء الدين") cannot be split by rule.
 */
export function parseName(name: string): PersonName {
  const clean = name.trim().replace(/\s+/g, ' ');
  const at = clean.lastIndexOf(' ');
  if (at < 0 || !/^[\p{Script=Latin}\p{M}\s.'’-]+$/u.test(clean)) return { literal: clean };
  return { family: clean.slice(at + 1), given: clean.slice(0, at) };
}

interface Wording {
  /** Separator between list items and clauses. */
  comma: string;
  /** Quotes a title and ends it with `end` (inside the quotes in English, outside in Arabic). */
  quote(title: string, end: string): string;
  /** Joins Chicago's author names (the first already inverted). */
  chicagoAuthors(names: readonly string[]): string;
  /** Joins APA's author names. */
  apaAuthors(names: readonly string[]): string;
  /** "Translated by {translator} from the {language} original". */
  translatedBy(translator: string, language: string): string;
  /** Lead-in before the original's title and URL. */
  original: string;
}

const andList = (names: readonly string[], and: string) =>
  names.length < 2 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')}, ${and} ${names.at(-1)}`;

const wording: Record<Locale, Wording> = {
  en: {
    comma: ', ',
    quote: (title, end) => `“${title}${/[.?!]$/.test(title) ? '' : end}”`,
    chicagoAuthors: (names) => andList(names, 'and'),
    apaAuthors: (names) => andList(names, '&'),
    translatedBy: (translator, language) => `Translated by ${translator} from the ${language} original`,
    original: 'Original',
  },
  ar: {
    comma: '، ',
    quote: (title, end) => `«${title}»${end}`,
    chicagoAuthors: (names) => listFormat('ar', { type: 'conjunction' }).format(names),
    apaAuthors: (names) => listFormat('ar', { type: 'conjunction' }).format(names),
    translatedBy: (translator, language) => `ترجمة ${translator} عن النص الأصلي ب${language}`,
    original: 'الأصل',
  },
};

const BIBTEX_LANGUAGE: Record<Locale, string> = { en: 'english', ar: 'arabic' };

const dateText = (date: Date, locale: Locale, options: Intl.DateTimeFormatOptions) =>
  dateFormat(locale, { ...options, timeZone: 'UTC' }).format(date);

const languageName = (of: Locale, locale: Locale) =>
  displayNames(locale, { type: 'language' }).of(locales[of].lang) ?? of;

/** Ends a sentence with a period unless it already ends with one. */
const sentence = (text: string) => (/[.?!]$/.test(text) ? text : `${text}.`);

/** "Family, Given" for Latin-script names, else the name as written. */
const inverted = (name: PersonName) => ('literal' in name ? name.literal : `${name.family}, ${name.given}`);

/** "Family, G. H." for Latin-script names (hyphenated given names keep the hyphen: "J.-P."). */
const withInitials = (name: PersonName) => {
  if ('literal' in name) return name.literal;
  const initials = name.given
    .split(' ')
    .map((word) =>
      word
        .split('-')
        .map((part) => `${[...part][0] ?? ''}.`)
        .join('-'),
    )
    .join(' ');
  return `${name.family}, ${initials}`;
};

/** The translation clause and the original's title, or nothing for an original edition. */
const translationClause = (source: CitationSource) => {
  const { translation, locale } = source;
  if (!translation) return undefined;
  const words = wording[locale];
  return `${words.translatedBy(translation.translator, languageName(translation.from, locale))}: ${words.quote(translation.originalTitle, '')}`;
};

/**
 * Chicago notes-bibliography style, bibliography entry for a web article:
 * `Family, Given. “Title.” Publisher, Month D, YYYY. URL.` A translation
 * adds "Translated by …" with the original's title, gives its own URL, then
 * the original's URL.
 */
export function chicago(source: CitationSource): string {
  const words = wording[source.locale];
  const authors = words.chicagoAuthors(source.authors.map((name, i) => (i === 0 ? inverted(parseName(name)) : name)));
  const date = dateText(source.published, source.locale, { year: 'numeric', month: 'long', day: 'numeric' });
  const translation = translationClause(source);
  const parts = [
    sentence(authors),
    words.quote(source.title, '.'),
    ...(translation ? [sentence(translation)] : []),
    `${source.publisher}${words.comma}${date}.`,
  ];
  if (source.translation) parts.push(`${source.translation.pageUrl}.`, `${words.original}: ${source.sourceUrl}.`);
  else parts.push(`${source.sourceUrl}.`);
  return parts.join(' ');
}

/**
 * APA 7th edition, web page with an organisational publisher:
 * `Family, G. (YYYY, Month D). Title. Publisher. URL`. A translation adds
 * the translator and the original's title in brackets after the title,
 * gives its own URL, then the original's URL. APA ends without a period
 * after a URL.
 */
export function apa(source: CitationSource): string {
  const words = wording[source.locale];
  const authors = words.apaAuthors(source.authors.map((name) => withInitials(parseName(name))));
  const year = dateText(source.published, source.locale, { year: 'numeric' });
  const day = dateText(source.published, source.locale, { month: 'long', day: 'numeric' });
  const translation = translationClause(source);
  const title = translation ? `${source.title} (${translation})` : source.title;
  const parts = [sentence(authors), `(${year}${words.comma}${day}).`, sentence(title), sentence(source.publisher)];
  if (source.translation) parts.push(`${source.translation.pageUrl}. ${words.original}: ${source.sourceUrl}`);
  else parts.push(source.sourceUrl);
  return parts.join(' ');
}

const BIBTEX_SPECIALS: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  $: '\\$',
  '&': '\\&',
  '%': '\\%',
  '#': '\\#',
  _: '\\_',
  '^': '\\^{}',
  '~': '\\~{}',
};

/** Escapes text for a BibTeX field: LaTeX's special characters become commands, whitespace one space. */
export function escapeBibtex(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/[\\{}$&%#_^~]/g, (c) => BIBTEX_SPECIALS[c] ?? c);
}

/**
 * Makes a URL safe inside a BibTeX `url` field, which biblatex reads
 * verbatim: only braces and backslashes, which would unbalance the field,
 * are percent-encoded.
 */
export function bibtexUrl(url: string): string {
  return url.replace(/[{}\\]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** A record's field: its name or tag, and its value. */
type Field = [string, string];

const bibtexName = (name: PersonName) =>
  'literal' in name ? `{${escapeBibtex(name.literal)}}` : `${escapeBibtex(name.family)}, ${escapeBibtex(name.given)}`;

/**
 * A BibTeX `@misc` record (fields biblatex also reads: `date`, `url`,
 * `language`, and for a translation `translator`, `origtitle`,
 * `origlanguage` and a note with the original's URL). Names outside Latin
 * script are braced so BibTeX keeps them whole. The key is the brief's id
 * and year, with the locale appended for a non-default edition's language.
 */
export function bibtex(source: CitationSource): string {
  const { translation, locale } = source;
  const iso = source.published.toISOString().slice(0, 10);
  const [year, month] = [iso.slice(0, 4), Number(iso.slice(5, 7))];
  const months = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
  const key = `${source.id}-${year}${locale === defaultLocale ? '' : `-${locale}`}`;
  const fields: Field[] = [
    ['author', `{${source.authors.map((name) => bibtexName(parseName(name))).join(' and ')}}`],
    ['title', `{{${escapeBibtex(source.title)}}}`],
  ];
  if (translation) {
    fields.push(
      ['translator', `{{${escapeBibtex(translation.translator)}}}`],
      ['origtitle', `{{${escapeBibtex(translation.originalTitle)}}}`],
      ['origlanguage', `{${BIBTEX_LANGUAGE[translation.from]}}`],
    );
  }
  fields.push(
    ['publisher', `{${escapeBibtex(source.publisher)}}`],
    ['year', `{${year}}`],
    ['month', months[month - 1] ?? `{${month}}`],
    ['date', `{${iso}}`],
    ['url', `{${bibtexUrl(translation ? translation.pageUrl : source.sourceUrl)}}`],
    ['language', `{${BIBTEX_LANGUAGE[locale]}}`],
  );
  if (translation) {
    const note = `${escapeBibtex(translationClause(source) ?? '')}. ${escapeBibtex(wording[locale].original)}: \\url{${bibtexUrl(source.sourceUrl).replace(/[%#]/g, '\\$&')}}`;
    fields.push(['note', `{${note}}`]);
  }
  return `@misc{${key},\n${fields.map(([name, value]) => `  ${name} = ${value}`).join(',\n')}\n}\n`;
}

/** One RIS field value: a single line. */
const risValue = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * An RIS record (type ELEC), lines ending CRLF as the format specifies.
 * A translation names the translator (A4), the original title (OP) and,
 * in a note, the original's URL; `UR` is the cited page.
 */
export function ris(source: CitationSource): string {
  const { translation } = source;
  const iso = source.published.toISOString().slice(0, 10);
  const lines: Field[] = [
    ['TY', 'ELEC'],
    ['TI', source.title],
    ...source.authors.map((name): Field => ['AU', inverted(parseName(name))]),
    ...(translation ? ([['A4', translation.translator], ['OP', translation.originalTitle]] satisfies Field[]) : []),
    ['PY', iso.slice(0, 4)],
    ['DA', `${iso.replaceAll('-', '/')}/`],
    ['PB', source.publisher],
    ['UR', translation ? translation.pageUrl : source.sourceUrl],
    ...(translation
      ? ([['N1', `${translationClause(source)}. ${wording[source.locale].original}: ${source.sourceUrl}`]] satisfies Field[])
      : []),
    ['LA', locales[source.locale].lang],
    ['ER', ''],
  ];
  return lines.map(([tag, value]) => `${tag}  - ${risValue(value)}\r\n`).join('');
}

/** A piece of citation text; `run` is set on a piece that is one of the runs asked for. */
export interface Piece<R> {
  text: string;
  run?: R;
}

/**
 * Cuts `text` at every occurrence of the runs' `value`s (earliest first,
 * longest first on a tie), so a right-to-left page can isolate URLs and
 * Latin titles from the Arabic around them. The pieces' text joins back
 * into `text` exactly.
 */
export function splitRuns<R extends { value: string }>(text: string, runs: readonly R[]): Piece<R>[] {
  const pieces: Piece<R>[] = [];
  const wanted = runs.filter((run) => run.value.length > 0).sort((a, b) => b.value.length - a.value.length);
  let at = 0;
  while (at < text.length) {
    let next: { index: number; run: R } | undefined;
    for (const run of wanted) {
      const index = text.indexOf(run.value, at);
      if (index >= 0 && (!next || index < next.index)) next = { index, run };
    }
    if (!next) break;
    if (next.index > at) pieces.push({ text: text.slice(at, next.index) });
    pieces.push({ text: next.run.value, run: next.run });
    at = next.index + next.run.value.length;
  }
  if (at < text.length) pieces.push({ text: text.slice(at) });
  return pieces;
}

/** The downloadable citation formats: file extension → formatter and media type (UTF-8). */
export const citationFormats = {
  bib: { format: bibtex, type: 'application/x-bibtex; charset=utf-8' },
  ris: { format: ris, type: 'application/x-research-info-systems; charset=utf-8' },
} as const satisfies Record<string, { format: (source: CitationSource) => string; type: string }>;

export type CitationFormat = keyof typeof citationFormats;
