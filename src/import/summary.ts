import { blockKind, splitBlocks } from './repair.ts';

/** The most a summary may hold (the schema's limit). */
export const SUMMARY_MAX = 320;

/** Abbreviations a sentence does not end on: initials ("U.S."), titles, Latin shorthands. */
const ABBREVIATION = /(?:\b(?:\p{Lu}\.){1,4}|\b(?:Mr|Mrs|Ms|Dr|Prof|St|Gen|Col|Lt|Maj|Sgt|Gov|Sen|Rep|Jr|Sr|No|vs|etc|e\.g|i\.e|Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\.)\s*$/u;

/** Markdown reduced to the text a reader sees: links to their text, emphasis and escapes removed. */
export const plainText = (markdown: string) =>
  markdown
    .replace(/!?\[((?:\\.|[^\]\\])*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__|\*|_|`)/g, '')
    .replace(/\\([!-/:-@[-`{-~])/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * The first sentence of a body's first paragraph, as plain text, for a
 * summary the page does not give. Sentences are found with `Intl.Segmenter`
 * in the page's language, not split after an abbreviation such as "U.S.".
 * A sentence longer than the schema allows is cut at a word and ends with "…".
 */
export function firstSentence(body: string, lang: string): string {
  const paragraph = splitBlocks(body).find((block) => blockKind(block) === 'paragraph') ?? splitBlocks(body)[0] ?? '';
  const text = plainText(paragraph.replace(/^\s{0,3}(?:[-*+>]|\d+[.)]|#{1,6})\s+/gm, ''));
  let sentence = '';
  for (const { segment } of new Intl.Segmenter(lang, { granularity: 'sentence' }).segment(text)) {
    sentence += segment;
    if (!ABBREVIATION.test(sentence)) break;
  }
  sentence = sentence.trim();
  if (sentence.length <= SUMMARY_MAX) return sentence;
  const cut = sentence.slice(0, SUMMARY_MAX - 1);
  return `${cut.slice(0, cut.lastIndexOf(' ')).replace(/[\s,;:،]+$/, '')}…`;
}
