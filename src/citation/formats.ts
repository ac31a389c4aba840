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
  /** Authors in byline order, named as in this edition (see `parseName`). */
  authors: readonly PersonName[];
  /** Day of original publication (midnight UTC). */
  published: Date;
  /** The original publisher's name in the edition's language. */
  publisher: string;
  /** Absolute URL of the original on the publisher's site. */
  sourceUrl: string;
  /** Present when this edition is the site's own translation. */
  translation?: Translation | undefined;
}

/** A person's name: family and given names, or one name kept whole (a mononym, or a name no rule can split). */
export type PersonName = { family: string; given: string } | { literal: string };

/**
 * Splits a name into family and given names. `family`, when given, is the
 * family name as written at the start or end of `name` ("علاء الدين" in
 * "فرهاد علاء الدين"); the rest is the given name. Without it, a
 * Latin-script name is split at its last space ("Farhad Alaaldin" → family
 * "Alaaldin"); one-word names and names in other scripts, whose compound
 * family names ("علاء الدين") no rule can find, are kept whole.
 * @throws if `family` is neither the start nor the end of `name`.
 */
export function parseName(name: string, family?: string): PersonName {
  const clean = name.trim().replace(/\s+/g, ' ');
  if (family !== undefined) {
    const last = family.trim().replace(/\s+/g, ' ');
    if (clean === last) return { literal: clean };
    if (clean.endsWith(` ${last}`)) return { family: last, given: clean.slice(0, -last.length - 1) };
    if (clean.startsWith(`${last} `)) return { family: last, given: clean.slice(last.length + 1) };
    throw new Error(`family name "${family}" is neither the start nor the end of "${name}"`);
  }
  const at = clean.lastIndexOf(' ');
  if (at < 0 || !/^[\p{Script=Latin}\p{M}\s.'’-]+$/u.test(clean)) return { literal: clean };
  return { family: clean.slice(at + 1), given: clean.slice(0, at) };
}

/** The name in reading order ("Farhad Alaaldin", «فرهاد علاء الدين»). */
export const displayName = (name: PersonName) => ('literal' in name ? name.literal : `${name.given} ${name.family}`);

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
    // «ترجمة X» alone reads as "the translation of X"; the colon makes X the translator.
    translatedBy: (translator, language) => `ترجمة: ${translator}؛ النص الأصلي ب${language}`,
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

/** "Family, Given" with the edition's comma («علاء الدين، فرهاد»), or the name kept whole. */
const inverted = (name: PersonName, comma = ', ') => ('literal' in name ? name.literal : `${name.family}${comma}${name.given}`);

const isLatin = (text: string) => /^[\p{Script=Latin}\p{M}\s.'’-]+$/u.test(text);

/**
 * "Family, G. H." for Latin-script names (hyphenated given names keep the
 * hyphen: "J.-P."); names in other scripts, which have no initials, are
 * inverted whole with the edition's comma.
 */
const withInitials = (name: PersonName, comma = ', ') => {
  if ('literal' in name) return name.literal;
  if (!isLatin(name.given)) return inverted(name, comma);
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
  const authors = words.chicagoAuthors(source.authors.map((name, i) => (i === 0 ? inverted(name, words.comma) : displayName(name))));
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
  const authors = words.apaAuthors(source.authors.map((name) => withInitials(name, words.comma)));
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

/**
 * A BibLaTeX name. A one-word Latin family name is written "Family, Given".
 * A family name of several words or in another script is written in
 * biblatex's extended name format, `family={علاء الدين}, given={فرهاد}`:
 * in "Family, Given" a reader would take its first word for a particle
 * ("von"), as script without letter case gives it no capital to go by. A
 * name kept whole is braced whole.
 */
const bibtexName = (name: PersonName) => {
  if ('literal' in name) return `{${escapeBibtex(name.literal)}}`;
  const [family, given] = [escapeBibtex(name.family), escapeBibtex(name.given)];
  return /\s/.test(family) || !isLatin(name.family) ? `family={${family}}, given={${given}}` : `${family}, ${given}`;
};

/**
 * A BibLaTeX `@online` record, with only fields biber's data model allows
 * there: `author`, `title`, `organization` (the original publisher),
 * `date`, `url`, `language`, and for a translation `origtitle` and a
 * `note` naming the translator, the original's language and title, and the
 * original's URL. (`translator`, `origlanguage` and `publisher` are not
 * `@online` fields; the URL in the note is plain text, escaped, since
 * `\url{}` there is misread by BibTeX parsers.) Plain BibTeX styles read it
 * as `@misc`. The key is the brief's id and year, with the locale appended
 * for a non-default edition's language.
 */
export function bibtex(source: CitationSource): string {
  const { translation, locale } = source;
  const iso = source.published.toISOString().slice(0, 10);
  const year = iso.slice(0, 4);
  const key = `${source.id}-${year}${locale === defaultLocale ? '' : `-${locale}`}`;
  const fields: Field[] = [
    ['author', `{${source.authors.map(bibtexName).join(' and ')}}`],
    ['title', `{{${escapeBibtex(source.title)}}}`],
  ];
  if (translation) fields.push(['origtitle', `{{${escapeBibtex(translation.originalTitle)}}}`]);
  fields.push(
    ['organization', `{${escapeBibtex(source.publisher)}}`],
    ['date', `{${iso}}`],
    ['url', `{${bibtexUrl(translation ? translation.pageUrl : source.sourceUrl)}}`],
    ['language', `{${BIBTEX_LANGUAGE[locale]}}`],
  );
  if (translation) fields.push(['note', `{${escapeBibtex(translationNote(source))}}`]);
  return `@online{${key},\n${fields.map(([name, value]) => `  ${name} = ${value}`).join(',\n')}\n}\n`;
}

/** For a translation: "Translated by … from the … original: “…”. Original: URL", in the edition's language. */
const translationNote = (source: CitationSource) => `${translationClause(source)}. ${wording[source.locale].original}: ${source.sourceUrl}`;

/** One RIS field value: a single line. */
const risValue = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * An RIS record, lines ending CRLF as the format specifies. Authors are
 * "Family, Given" (`AU`). An original edition is a web page (`ELEC`). A
 * translation is a pamphlet (`PAMP`), the type for which readers map `OP`
 * to the original title (they drop it on `ELEC`); the translator and the
 * original's URL are in the note (`N1`), which every reader keeps, not in
 * `A4`, which some take for another author. `UR` is the cited page.
 */
export function ris(source: CitationSource): string {
  const { translation } = source;
  const iso = source.published.toISOString().slice(0, 10);
  const lines: Field[] = [
    ['TY', translation ? 'PAMP' : 'ELEC'],
    ['TI', source.title],
    ...source.authors.map((name): Field => ['AU', 'literal' in name ? `${name.literal},` : inverted(name)]),
    ...(translation ? ([['OP', translation.originalTitle]] satisfies Field[]) : []),
    ['PY', iso.slice(0, 4)],
    ['DA', `${iso.replaceAll('-', '/')}/`],
    ['PB', source.publisher],
    ['UR', translation ? translation.pageUrl : source.sourceUrl],
    ...(translation ? ([['N1', translationNote(source)]] satisfies Field[]) : []),
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
