import { parsePageDate } from './dates.ts';
import { foldLabel, knownTypeLabels, pageLabels, typeOfLabel, type PageLanguage } from './labels.ts';
import { findLinks, isOnlyLinks, plainLinkText, unescapeMarkdown } from './markdown-links.ts';

/** An author as a page names them: in the byline, with the note from "About the authors" when there is one. */
export interface PageAuthor {
  name: string;
  /** The author's page on the publisher's site, as linked (usually site-relative). */
  href?: string | undefined;
  /** The note about the author, as Markdown. */
  bio?: string | undefined;
}

/** A link under "Also available in": the language of the edition and its address. */
export interface PageEdition {
  lang: string;
  href: string;
  line: number;
}

/** A piece from the page's "Recommended" block. */
export interface RecommendedEntry {
  /** Site `type` from the printed label. */
  type: string;
  title: string;
  /** `YYYY-MM-DD`. */
  published: string;
  authors: string[];
  /** Site-relative path on the publisher's site. */
  path: string;
  line: number;
}

/** A recommended entry that could not be taken, and why. */
export interface SkippedEntry {
  line: number;
  title: string;
  reason: string;
}

/** What a saved publisher page says, read from the crawler's Markdown. */
export interface PublisherPage {
  file: string;
  lang: PageLanguage;
  title: string;
  authors: PageAuthor[];
  published: string;
  type: string;
  editions: PageEdition[];
  /** The article's Markdown as saved, between the type label and the "Recommended" block. */
  body: string;
  /** Line of the file where `body` starts (1-based). */
  bodyLine: number;
  recommended: RecommendedEntry[];
  skippedRecommended: SkippedEntry[];
  /** The parts of the page around the article that were left out (byline, date, …), named for the `repairs` list. */
  chrome: string[];
  /** Lines between the date and the article that are none of the known parts, left out too (1-based). */
  otherLines: number[];
  /** Where the byline is (1-based), for messages about the authors. */
  bylineLine: number;
}

/** A page that is not what the importer reads; the message names the file, the line and what was expected there. */
export class PageError extends Error {
  readonly file: string;
  readonly line: number;
  readonly expected: string;
  constructor(file: string, line: number, expected: string, found?: string) {
    super(`${file}:${line}: expected ${expected}${found === undefined ? '' : `, found "${found.length > 60 ? `${found.slice(0, 57)}…` : found}"`}`);
    this.name = 'PageError';
    this.file = file;
    this.line = line;
    this.expected = expected;
  }
}

const HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/;
const RULE = /^\s*(?:-{3,}|\*{3,}|_{3,})\s*$/;
const ORNAMENT_ONLY = /^[\s◆❖♦•·■▪●◼∎❧]+$/;
const headingText = (line: string) => HEADING.exec(line)?.[2];

/**
 * The language of an edition link, from its text (the language's own name,
 * such as «العربية» or "English") or else a `/xx/` path prefix.
 */
export function editionLanguage(text: string, href: string): string | undefined {
  const name = foldLabel(plainLinkText(text));
  for (const code of ['en', 'ar', 'fa', 'fr', 'tr', 'ku', 'he', 'ru', 'es', 'de', 'zh']) {
    if (foldLabel(new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? '') === name) return code;
  }
  return /^(?:https?:\/\/[^/]+)?\/([a-z]{2})\//.exec(href)?.[1];
}

/** The recommended piece's path from a line such as `(/policy-analysis/x)` or `**[\(/policy-analysis/x\)](#)**`. */
export function recommendedPath(line: string): string | undefined {
  const plain = line.replace(/\*\*|__/g, '').trim();
  return /^\[?\\?\((\/[^\s()\\]+)\\?\)(?:\]\([^()\s]*\))?$/.exec(plain)?.[1];
}

/** A title as printed in a recommended entry: heading marks, bold and a placeholder link removed. */
function entryTitle(line: string): string {
  let text = headingText(line) ?? line.trim();
  text = text.replace(/^\*\*(.*)\*\*$/, '$1').trim();
  const [link] = findLinks(text);
  if (link && link.raw === text) text = link.text;
  return plainLinkText(text);
}

/** Author names from the lines of a recommended entry: ornaments dropped, "A, B and C" split. */
function entryAuthors(lines: readonly string[]): string[] {
  return lines
    .map((line) => unescapeMarkdown(line.replace(/[◆❖♦•·■▪●◼∎❧*_]/g, '')).trim())
    .filter(Boolean)
    .flatMap((line) => line.split(/\s*[,،]\s*(?:and\s+)?|\s+(?:and|&)\s+/))
    .map((name) => name.trim())
    .filter(Boolean);
}

/**
 * Reads one page saved from the publisher's site, in the crawler's Markdown:
 * the title as `#`, the byline, the date, optionally "Also available in" with
 * links and "About the authors" with each author's link and note, the type
 * label as a heading, the article, then optionally the "Recommended" block.
 * Labels are recognised in English and Arabic (`labels.ts`).
 *
 * @throws PageError naming the line and what was expected there, for text
 *   that is not such a page or lacks its title, byline, date or type label.
 */
export function parsePage(text: string, file: string): PublisherPage {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const chrome: string[] = [];
  let i = 0;
  const skipBlank = () => {
    while (i < lines.length && lines[i]!.trim() === '') i++;
  };
  const lineNo = () => Math.min(i, lines.length - 1) + 1;

  skipBlank();
  const titleMatch = /^#\s+(.+?)\s*#*\s*$/.exec(lines[i] ?? '');
  if (!titleMatch) {
    throw new PageError(file, lineNo(), "the page's title as a '# ' heading (a page saved from the publisher's site in the crawler's Markdown)", lines[i]?.trim());
  }
  const title = unescapeMarkdown(titleMatch[1]!.replace(/^\*\*(.*)\*\*$/, '$1')).trim();
  i++;

  skipBlank();
  const bylineText = lines[i] ?? '';
  const lang = (Object.keys(pageLabels) as PageLanguage[]).find((code) =>
    new RegExp(`^\\s*${pageLabels[code].by}\\s`, 'iu').test(bylineText.replace(/[*_]/g, '')),
  );
  if (!lang) {
    throw new PageError(file, lineNo(), `the byline under the title ("${pageLabels.en.by}" or "${pageLabels.ar.by}" and the authors' links)`, bylineText.trim());
  }
  const labels = pageLabels[lang];
  const bylineLinks = findLinks(bylineText);
  const authors: PageAuthor[] = bylineLinks.length
    ? bylineLinks.map((link) => ({ name: plainLinkText(link.text), href: link.href }))
    : entryAuthors([bylineText.replace(/[*_]/g, '').trim().slice(labels.by.length)]).map((name) => ({ name }));
  if (authors.length === 0 || authors.some((a) => a.name === '')) {
    throw new PageError(file, lineNo(), "the authors' names after the byline's first word", bylineText.trim());
  }
  chrome.push('the byline');
  const bylineLine = i + 1;
  i++;

  skipBlank();
  const published = parsePageDate(lines[i] ?? '');
  if (!published) {
    throw new PageError(file, lineNo(), lang === 'ar' ? 'the date, such as «١٨ آب/أغسطس ٢٠٢٠»' : 'the date, such as "Aug 18, 2020"', lines[i]?.trim());
  }
  chrome.push('the date');
  i++;

  // Between the date and the type label: editions, author notes, and any other chrome.
  const editions: PageEdition[] = [];
  const bios = new Map<number, string[]>();
  const unknown: number[] = [];
  let typeAt = i;
  while (typeAt < lines.length && !(HEADING.test(lines[typeAt]!) && typeOfLabel(lines[typeAt]!) !== undefined)) typeAt++;
  if (typeAt === lines.length) {
    throw new PageError(file, i, `after the date, the type label as a heading before the article (one of ${knownTypeLabels().join(', ')})`);
  }
  const type = typeOfLabel(lines[typeAt]!)!;
  let section: 'editions' | 'about' | undefined;
  let currentAuthor: number | undefined;
  for (; i < typeAt; i++) {
    const line = lines[i]!;
    if (line.trim() === '') continue;
    const folded = foldLabel(line);
    if (folded === foldLabel(labels.alsoAvailableIn)) {
      section = 'editions';
      chrome.push(`"${labels.alsoAvailableIn}"`);
      continue;
    }
    if (folded === foldLabel(labels.aboutTheAuthors)) {
      section = 'about';
      chrome.push(`"${labels.aboutTheAuthors}"`);
      continue;
    }
    if (section === 'editions' && isOnlyLinks(line)) {
      for (const link of findLinks(line)) {
        const code = editionLanguage(link.text, link.href);
        if (!code) throw new PageError(file, i + 1, "an edition link named by its language (such as «العربية» or \"English\")", link.text);
        editions.push({ lang: code, href: link.href, line: i + 1 });
      }
      continue;
    }
    if (section === 'about' && isOnlyLinks(line)) {
      const [link] = findLinks(line);
      const name = plainLinkText(link!.text);
      currentAuthor = authors.findIndex((a) => a.href === link!.href || a.name === name);
      if (currentAuthor < 0) {
        throw new PageError(file, i + 1, 'an author named in the byline, under "About the authors"', name);
      }
      bios.set(currentAuthor, []);
      continue;
    }
    if (section === 'about' && currentAuthor !== undefined) {
      bios.get(currentAuthor)!.push(line.trim());
      continue;
    }
    unknown.push(i + 1);
  }
  if (unknown.length) chrome.push(`${unknown.length === 1 ? 'a line' : `${unknown.length} lines`} of the page's navigation`);
  chrome.push('the type label');
  for (const [index, paragraphs] of bios) authors[index]!.bio = paragraphs.join('\n\n');
  i++;

  // The article runs to the "Recommended" heading (or the end), without the rules before it.
  const bodyStart = i;
  let end = i;
  while (end < lines.length && !(HEADING.test(lines[end]!) && foldLabel(lines[end]!) === foldLabel(labels.recommended))) end++;
  const recommendedAt = end < lines.length ? end : undefined;
  let bodyEnd = end;
  while (bodyEnd > bodyStart && (lines[bodyEnd - 1]!.trim() === '' || RULE.test(lines[bodyEnd - 1]!))) bodyEnd--;
  let first = bodyStart;
  while (first < bodyEnd && lines[first]!.trim() === '') first++;
  const body = lines.slice(first, bodyEnd).join('\n');
  if (body.trim() === '') throw new PageError(file, first + 1, 'the article after the type label');

  const recommended: RecommendedEntry[] = [];
  const skippedRecommended: SkippedEntry[] = [];
  if (recommendedAt !== undefined) {
    chrome.push(`"${labels.recommended}"`);
    let j = recommendedAt + 1;
    while (j < lines.length) {
      while (j < lines.length && (lines[j]!.trim() === '' || RULE.test(lines[j]!))) j++;
      if (j >= lines.length) break;
      const start = j;
      const entry: string[] = [];
      while (j < lines.length && recommendedPath(lines[j]!) === undefined) {
        if (lines[j]!.trim() !== '' && !RULE.test(lines[j]!) && !ORNAMENT_ONLY.test(lines[j]!)) entry.push(lines[j]!);
        j++;
      }
      if (j >= lines.length) {
        throw new PageError(file, start + 1, "a recommended piece's entry (label, title, date, authors) closed by its address such as (/policy-analysis/…)", lines[start]!.trim());
      }
      const path = recommendedPath(lines[j]!)!;
      const line = start + 1;
      j++;
      const [label, titleLine, dateLine, ...authorLines] = entry;
      const entryType = label === undefined ? undefined : typeOfLabel(label);
      const entryTitleText = titleLine === undefined ? path : entryTitle(titleLine);
      if (entryType === undefined) {
        skippedRecommended.push({ line, title: entryTitleText, reason: `type label "${foldLabel(label ?? '')}" is not one the site has (${knownTypeLabels().join(', ')})` });
        continue;
      }
      const entryDate = parsePageDate(dateLine ?? '');
      if (titleLine === undefined || entryDate === undefined) {
        throw new PageError(file, line + 1, 'a recommended entry as its type label, title and date (such as "Feb 11, 2022") on lines of their own', (dateLine ?? titleLine ?? '').trim());
      }
      const names = entryAuthors(authorLines);
      if (names.length === 0) {
        skippedRecommended.push({ line, title: entryTitleText, reason: 'it names no author' });
        continue;
      }
      recommended.push({ type: entryType, title: entryTitleText, published: entryDate, authors: names, path, line });
    }
  }

  return { file, lang, title, authors, published, type, editions, body, bodyLine: first + 1, recommended, skippedRecommended, chrome, otherLines: unknown, bylineLine };
}
