import type { PageLanguage } from './labels.ts';
import { ADDRESS_SUFFIX, findLinks } from './markdown-links.ts';

/**
 * Repairs of the artifacts the crawler leaves in an article's Markdown. Each
 * repair is a pure function from blocks to blocks that also returns the
 * sentences describing what it changed (none when it changed nothing), so the
 * brief's `repairs` list claims exactly what was done. What the article really
 * has (lists, block quotes, links, emphasis, code) is kept.
 */

/** A Markdown body as blocks: runs of lines between blank lines; a fenced code block is one block. */
export type Blocks = readonly string[];

/** What a repair returns: the new blocks and a sentence per kind of change made. */
export interface Repaired {
  blocks: string[];
  notes: string[];
}

export interface RepairOptions {
  lang: PageLanguage;
  /** The publisher's site (`https://host`), against which site-relative links are resolved. */
  site: string;
}

const FENCE = /^\s{0,3}(```|~~~)/;

/** Splits a body into blocks; blank lines inside a fenced code block stay in it. */
export function splitBlocks(markdown: string): string[] {
  const blocks: string[] = [];
  let current: string[] = [];
  let fence: string | undefined;
  for (const line of markdown.replace(/\r\n?/g, '\n').split('\n')) {
    const opener = FENCE.exec(line)?.[1];
    if (fence) {
      current.push(line);
      if (opener === fence) fence = undefined;
      continue;
    }
    if (opener) fence = opener;
    if (line.trim() === '' && !fence) {
      if (current.length) blocks.push(current.join('\n'));
      current = [];
    } else current.push(line.replace(/\s+$/, (space) => (space.startsWith('  ') ? '  ' : '')));
  }
  if (current.length) blocks.push(current.join('\n'));
  return blocks;
}

export const joinBlocks = (blocks: Blocks) => `${blocks.join('\n\n')}\n`;

type BlockKind = 'heading' | 'paragraph' | 'list' | 'quote' | 'code' | 'rule' | 'table' | 'html';

export function blockKind(block: string): BlockKind {
  if (FENCE.test(block) || /^( {4}|\t)/.test(block)) return 'code';
  if (/^#{1,6}\s/.test(block)) return 'heading';
  if (/^\s*(?:-{3,}|\*{3,}|_{3,})\s*$/.test(block)) return 'rule';
  if (/^\s{0,3}>/.test(block)) return 'quote';
  if (/^\s{0,3}(?:[-*+]|\d{1,9}[.)])\s/.test(block)) return 'list';
  if (/^\s*\|/.test(block)) return 'table';
  if (/^\s*<[a-zA-Z!/]/.test(block)) return 'html';
  return 'paragraph';
}

const isText = (block: string) => blockKind(block) !== 'code' && blockKind(block) !== 'html';
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const quoteList = (items: readonly string[]) => items.map((s) => `"${s}"`).join(', ');
/** Replaces outside inline code spans only. */
const outsideCode = (text: string, fn: (part: string) => string) =>
  text
    .split(/(`+[^`]*`+)/)
    .map((part, i) => (i % 2 ? part : fn(part)))
    .join('');
const words = (text: string) => text.replace(/[*_]/g, '').split(/\s+/).filter(Boolean);

/**
 * The crawler writes each link's address into its text (`[Name \(/x\)](/x)`),
 * keeps the site's relative addresses, and leaves placeholder links (`[Title](#)`)
 * where the page had a script. The address is dropped from the text, a
 * site-relative target made absolute on the publisher's site, and a
 * placeholder link reduced to its text.
 */
export function repairLinks(blocks: Blocks, site: string): Repaired {
  let suffixes = 0;
  let relative = 0;
  let placeholders = 0;
  const out = blocks.map((block) => {
    if (!isText(block)) return block;
    return outsideCode(block, (part) => {
      let result = '';
      let last = 0;
      for (const link of findLinks(part)) {
        let text = link.text;
        if (ADDRESS_SUFFIX.test(text)) {
          text = text.replace(ADDRESS_SUFFIX, '');
          suffixes++;
        }
        let replacement: string;
        if (link.href === '' || link.href === '#') {
          replacement = text;
          placeholders++;
        } else if (/^\/(?!\/)/.test(link.href)) {
          replacement = `[${text}](${site}${link.href})`;
          relative++;
        } else replacement = `[${text}](${link.href})`;
        result += part.slice(last, link.index) + replacement;
        last = link.index + link.raw.length;
      }
      return result + part.slice(last);
    });
  });
  const notes: string[] = [];
  if (suffixes) notes.push(`Removed the address the scrape wrote into the text of ${plural(suffixes, 'link')}.`);
  if (relative) notes.push(`Pointed ${plural(relative, 'site-relative link')} at the publisher's site (${site}).`);
  if (placeholders) notes.push(`Reduced ${plural(placeholders, 'placeholder link')} (to "#") to ${placeholders === 1 ? 'its' : 'their'} text.`);
  return { blocks: out, notes };
}

/** The first paragraph's opening letter set apart in bold (`**A**fter`) is joined back to its word. */
export function repairDropCap(blocks: Blocks): Repaired {
  const index = blocks.findIndex((block) => blockKind(block) !== 'rule');
  const block = blocks[index];
  const match = block === undefined || blockKind(block) !== 'paragraph' ? null : /^(\*\*|__)(\p{L})\1(\p{L}+)/u.exec(block);
  if (!match) return { blocks: [...blocks], notes: [] };
  const out = [...blocks];
  out[index] = block!.replace(match[0], match[2]! + match[3]!);
  return {
    blocks: out,
    notes: [`Restored the first word "${match[2]}${match[3]}", which the scrape split into a bold drop cap "${match[2]}" and "${match[3]}".`],
  };
}

/** Punctuation whose escape never changes what Markdown means. */
const ALWAYS_LITERAL = new Set([...'$%&,;:?@\'"=^{}/()']);

/**
 * Backslash escapes the crawler puts before punctuation that needs none
 * (`\$12 billion`). An escape that keeps Markdown from reading a character as
 * syntax stays: `* _ [ ] < | ~` and backslashes and backticks anywhere, `- + # >` at a line's start,
 * `1\.` opening a line, `\!` before `[`, and `\(` right after `]`.
 */
export function repairEscapes(blocks: Blocks): Repaired {
  const removed = new Map<string, number>();
  const out = blocks.map((block) => {
    if (!isText(block)) return block;
    return block
      .split('\n')
      .map((line) =>
        line
          .split(/(`+[^`]*`+)/)
          .map((part, segment) =>
            segment % 2
              ? part
              : part.replace(/\\([!-/:-@[-`{-~])/g, (escape, char: string, offset: number) => {
                  const before = part.slice(0, offset);
                  const atLineStart = segment === 0 && /^\s*$/.test(before);
                  let literal = ALWAYS_LITERAL.has(char);
                  if (char === '(' && before.endsWith(']')) literal = false;
                  if ('-+#>'.includes(char)) literal = !atLineStart;
                  if (char === '.') literal = !(segment === 0 && /^\s*\d*$/.test(before));
                  if (char === '!') literal = part[offset + 2] !== '[';
                  if (!literal) return escape;
                  removed.set(char, (removed.get(char) ?? 0) + 1);
                  return char;
                }),
          )
          .join(''),
      )
      .join('\n');
  });
  const count = [...removed.values()].reduce((a, b) => a + b, 0);
  const chars = [...removed.keys()].map((c) => `"${c}"`);
  const notes = count
    ? [`Removed ${plural(count, 'backslash escape')} the scrape put before ${chars.length > 1 ? `${chars.slice(0, -1).join(', ')} and ${chars.at(-1)}` : chars[0]}.`]
    : [];
  return { blocks: out, notes };
}

/** Words before a "0" that make it a real number ("from 0", "at 0"). */
const NUMBER_BEFORE = /^(?:from|to|at|of|and|or|by|between|than|is|was|were|are|be|been|reached|fell|rose|dropped|zero|[-–—+=<>≤≥~]|\d[\d.,]*[%]?)$/i;
/** Words after a "0" that make it a real number ("0 percent", "0 and 1"). */
const NUMBER_AFTER = /^(?:percent|per|%|degrees?|points?|dollars?|cents?|million|billion|times|out|and|or|to|[-–—]|\d[\d.,]*)$/i;

/**
 * A lone "0" between words is the crawler's trace of an inline element it
 * could not read (`results, 0 moving away`); a "0" that reads as a number
 * ("from 0 to 5", "0 percent") is kept.
 */
export function repairStrayTokens(blocks: Blocks): Repaired {
  const found: string[] = [];
  const out = blocks.map((block) => {
    if (!isText(block) || blockKind(block) === 'table') return block;
    return outsideCode(block, (part) =>
      part.replace(/(\S*)[ \t]+0(?=[*_]*(?:[ \t]+(\S+)|$))/gm, (match, prev: string, next?: string) => {
        const previousWord = prev.replace(/[*_“"‘(]/g, '');
        const nextWord = (next ?? '').replace(/[*_,.;:”"’)]/g, '');
        if (prev === '' || NUMBER_BEFORE.test(previousWord) || (next !== undefined && NUMBER_AFTER.test(nextWord))) return match;
        if (/[\d$€£]$/.test(previousWord)) return match;
        found.push(`${words(prev).join(' ')} 0${next === undefined ? '' : ` ${words(next).join(' ')}`}`);
        return prev;
      }),
    );
  });
  // A block whose line was "0" alone is also a stray token.
  const kept = out.filter((block) => {
    if (block.trim() !== '0') return true;
    found.push('0');
    return false;
  });
  return {
    blocks: kept,
    notes: found.length ? [`Removed ${plural(found.length, 'stray "0" token')} (${quoteList(found)}).`] : [],
  };
}

const ORNAMENT = /\s*[◆❖♦■▪●◼∎❧]+\s*$/u;

/** The ornament the publisher sets after an article's last word (`framework. ❖`). */
export function repairClosingOrnament(blocks: Blocks): Repaired {
  const out = [...blocks];
  const notes: string[] = [];
  const last = out.length - 1;
  const block = out[last];
  if (block === undefined || !isText(block)) return { blocks: out, notes };
  const ornament = ORNAMENT.exec(block);
  if (!ornament) return { blocks: out, notes };
  const rest = block.slice(0, ornament.index);
  if (rest.trim() === '') out.pop();
  else out[last] = rest;
  notes.push(`Removed the closing ornament (${ornament[0].trim()}) after the last paragraph.`);
  return { blocks: out, notes };
}

interface HeadingInfo {
  index: number;
  level: number;
  text: string;
}

/**
 * Headings as the scrape has them carry bold markup (`#### **Possible
 * Outcomes**`), a trailing colon, and levels picked for looks. Bold markup and
 * colons go; the levels become one hierarchy under the title, starting at 2:
 * a heading that ended with a colon and is followed by headings of its own
 * level introduces them, so it is placed one level above them; then the
 * levels used are numbered in order (2, 3, …), and no heading sits more than
 * one level below the one before it.
 */
export function repairHeadings(blocks: Blocks): Repaired {
  const headings: HeadingInfo[] = [];
  const bold: string[] = [];
  const colons: string[] = [];
  blocks.forEach((block, index) => {
    const match = /^(#{1,6})\s+(.*?)(?:\s+#+)?\s*$/.exec(block);
    if (!match || block.includes('\n')) return;
    let text = match[2]!;
    const unbolded = text.replace(/^(\*\*|__)(.+)\1$/, '$2').trim();
    if (unbolded !== text) {
      text = unbolded;
      bold.push(text.replace(/[:：]\s*$/, ''));
    }
    headings.push({ index, level: match[1]!.length, text });
  });
  const leadIn = headings.map((h, i) => /[:：]$/.test(h.text) && headings[i + 1]?.level === h.level);
  for (const h of headings) {
    if (/[:：]$/.test(h.text)) {
      h.text = h.text.replace(/\s*[:：]$/, '');
      colons.push(h.text);
    }
  }
  const raw = headings.map((h, i) => h.level - (leadIn[i] ? 1 : 0));
  const ranks = [...new Set(raw)].sort((a, b) => a - b);
  const moved: string[] = [];
  let previous = 1;
  const out = [...blocks];
  headings.forEach((h, i) => {
    const level = Math.min(ranks.indexOf(raw[i]!) + 2, previous + 1, 6);
    previous = level;
    if (level !== h.level) moved.push(`"${h.text}" from level ${h.level} to ${level}`);
    out[h.index] = `${'#'.repeat(level)} ${h.text}`;
  });
  const notes: string[] = [];
  if (bold.length) notes.push(`Removed the bold markup from ${plural(bold.length, 'heading')} (${quoteList(bold)}).`);
  if (colons.length) notes.push(`Removed the trailing colon from ${colons.length === 1 ? 'the heading' : plural(colons.length, 'heading')} ${quoteList(colons)}.`);
  if (moved.length) notes.push(`Set the section headings in one hierarchy under the title: ${moved.join(', ')}.`);
  return { blocks: out, notes };
}

/**
 * A paragraph split in two by a page break of the publisher's PDF or print
 * layout: the first part stops without closing punctuation and, in English,
 * the second part goes on in lower case (`help us and` / `we want to`).
 * Arabic has no case, so there the first part ending on a letter is enough.
 */
export function repairPageBreaks(blocks: Blocks, lang: PageLanguage): Repaired {
  const out: string[] = [];
  const joins: string[] = [];
  for (const block of blocks) {
    const previous = out.at(-1);
    if (previous !== undefined && blockKind(previous) === 'paragraph' && blockKind(block) === 'paragraph' && !previous.endsWith('  ')) {
      const end = previous.replace(/[*_]+$/, '').trimEnd();
      const start = block.replace(/^[*_]+/, '');
      // The first part ends on a letter, digit or comma: no closing punctuation, quote or bracket.
      const continues = lang === 'ar' ? /[\p{L}\p{N}،,]$/u.test(end) && /^\p{L}/u.test(start) : /[\p{L}\p{N},]$/u.test(end) && /^\p{Ll}/u.test(start);
      if (continues) {
        joins.push(`${words(previous).slice(-3).join(' ')} / ${words(block).slice(0, 2).join(' ')}`);
        out[out.length - 1] = `${previous} ${block}`;
        continue;
      }
    }
    out.push(block);
  }
  return {
    blocks: out,
    notes: joins.length ? [`Joined ${joins.length === 1 ? 'a paragraph' : `${joins.length} paragraphs`} split in two by page breaks (${quoteList(joins)}).`] : [],
  };
}

/**
 * Every repair, in order: links first (their escaped addresses), the drop cap
 * before escapes and tokens, headings before joining paragraphs across what
 * were page breaks.
 * @returns the repaired body (ending with a newline) and the repair notes.
 */
export function repairBody(markdown: string, options: RepairOptions): { body: string; repairs: string[] } {
  let blocks = splitBlocks(markdown);
  const repairs: string[] = [];
  for (const step of [
    (b: Blocks) => repairDropCap(b),
    (b: Blocks) => repairLinks(b, options.site),
    (b: Blocks) => repairEscapes(b),
    (b: Blocks) => repairStrayTokens(b),
    (b: Blocks) => repairClosingOrnament(b),
    (b: Blocks) => repairHeadings(b),
    (b: Blocks) => repairPageBreaks(b, options.lang),
  ]) {
    const result = step(blocks);
    blocks = result.blocks;
    repairs.push(...result.notes);
  }
  return { body: joinBlocks(blocks), repairs };
}
