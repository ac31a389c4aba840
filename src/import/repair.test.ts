import { describe, expect, it } from 'vitest';
import {
  repairBody,
  repairClosingOrnament,
  repairDropCap,
  repairEscapes,
  repairHeadings,
  repairLinks,
  repairPageBreaks,
  repairStrayTokens,
  splitBlocks,
} from './repair.ts';

const SITE = 'https://publisher.example';
const blocks = (markdown: string) => splitBlocks(markdown);

describe('splitBlocks', () => {
  it('keeps a fenced code block with blank lines as one block', () => {
    expect(blocks('Para.\n\n```\na\n\nb\n```\n\nNext.')).toEqual(['Para.', '```\na\n\nb\n```', 'Next.']);
  });
});

describe('repairDropCap', () => {
  it('joins a bold first letter back to its word', () => {
    expect(repairDropCap(['**A**fter much anticipation.', 'Next.'])).toEqual({
      blocks: ['After much anticipation.', 'Next.'],
      notes: ['Restored the first word "After", which the scrape split into a bold drop cap "A" and "fter".'],
    });
  });

  it('leaves a bold first word, and bold later in the body, alone', () => {
    expect(repairDropCap(['**Note** well.', '**A**fter']).notes).toEqual([]);
    expect(repairDropCap(['Text.', '**A**fter']).notes).toEqual([]);
  });
});

describe('repairLinks', () => {
  it('drops the crawler’s address from link texts and resolves site-relative targets on the publisher’s site', () => {
    const { blocks: out, notes } = repairLinks(['See [the report \\(/r/x\\)](/r/x) and [this \\(https://o.example/y\\)](https://o.example/y).'], SITE);
    expect(out).toEqual([`See [the report](${SITE}/r/x) and [this](https://o.example/y).`]);
    expect(notes).toEqual(['Removed the address the scrape wrote into the text of 2 links.', `Pointed 1 site-relative link at the publisher's site (${SITE}).`]);
  });

  it('reduces a placeholder link to its text and keeps links inside code as written', () => {
    expect(repairLinks(['[Title](#) and `[x](/y)`'], SITE).blocks).toEqual(['Title and `[x](/y)`']);
  });
});

describe('repairEscapes', () => {
  it('removes escapes that change nothing and says before which characters', () => {
    expect(repairEscapes(['Runs at \\$12 billion \\(about\\) 40\\%.'])).toEqual({
      blocks: ['Runs at $12 billion (about) 40%.'],
      notes: ['Removed 4 backslash escapes the scrape put before "$", "(", ")" and "%".'],
    });
  });

  it('keeps escapes that stop Markdown syntax', () => {
    const kept = ['1\\. Not a list', '\\- Not a list either', '\\# Not a heading', 'A \\*literal\\* star', 'See [x]\\(not a link\\)', 'Say \\![x]'];
    const { blocks: out, notes } = repairEscapes(kept);
    expect(out).toEqual(['1\\. Not a list', '\\- Not a list either', '\\# Not a heading', 'A \\*literal\\* star', 'See [x]\\(not a link)', 'Say \\![x]']);
    expect(notes).toEqual(['Removed 1 backslash escape the scrape put before ")".']);
  });

  it('leaves code alone', () => {
    expect(repairEscapes(['`\\$x`', '```\n\\$y\n```']).notes).toEqual([]);
  });
});

describe('repairStrayTokens', () => {
  it('removes a lone "0" between words, inside emphasis too', () => {
    expect(repairStrayTokens(['having **“talks with results, 0 moving away but covering 0** other sectors.'])).toEqual({
      blocks: ['having **“talks with results, moving away but covering** other sectors.'],
      notes: ['Removed 2 stray "0" tokens ("results, 0 moving", "covering 0 other").'],
    });
  });

  it('keeps a "0" that is a number', () => {
    const numbers = ['Rates fell to 0 last year.', 'A 0 percent rate.', 'Exports fell by 0 percent.', 'From 0 to 5.', 'A score of 0.', 'Rates at 0 and rising.', 'It cost $0 in total.', 'Version 2.0 is out.'];
    expect(repairStrayTokens(numbers)).toEqual({ blocks: numbers, notes: [] });
  });
});

describe('repairClosingOrnament', () => {
  it('removes the ornament after the last word, or on a line of its own', () => {
    expect(repairClosingOrnament(['First.', 'framework. ❖'])).toEqual({ blocks: ['First.', 'framework.'], notes: ['Removed the closing ornament (❖) after the last paragraph.'] });
    expect(repairClosingOrnament(['Last.', '◆']).blocks).toEqual(['Last.']);
  });

  it('keeps an ornament inside the article', () => {
    expect(repairClosingOrnament(['A ❖ B.', 'Last.'])).toEqual({ blocks: ['A ❖ B.', 'Last.'], notes: [] });
  });
});

describe('repairHeadings', () => {
  it('gives the seed’s headings one hierarchy: a colon heading introducing same-level headings sits above them', () => {
    const { blocks: out, notes } = repairHeadings(['#### Points of Disparity:', 'Text.', '#### **Economy**', 'Text.', '#### **Troops**', 'Text.', '### **Possible Outcomes**', 'Text.']);
    expect(out).toEqual(['## Points of Disparity', 'Text.', '### Economy', 'Text.', '### Troops', 'Text.', '## Possible Outcomes', 'Text.']);
    expect(notes).toEqual([
      'Removed the bold markup from 3 headings ("Economy", "Troops", "Possible Outcomes").',
      'Removed the trailing colon from the heading "Points of Disparity".',
      'Set the section headings in one hierarchy under the title: "Points of Disparity" from level 4 to 2, "Economy" from level 4 to 3, "Troops" from level 4 to 3, "Possible Outcomes" from level 3 to 2.',
    ]);
  });

  it('leaves well-formed headings as they are and says nothing', () => {
    const good = ['## One', 'Text.', '### Sub', 'Text.', '## Two'];
    expect(repairHeadings(good)).toEqual({ blocks: good, notes: [] });
  });

  it('places a colon heading above the same-level headings it introduces, even at the top level', () => {
    expect(repairHeadings(['### Background', 'T.', '### Points:', 'T.', '### Economy', 'T.', '### Troops', 'T.']).blocks).toEqual([
      '## Background',
      'T.',
      '## Points',
      'T.',
      '### Economy',
      'T.',
      '### Troops',
      'T.',
    ]);
  });

  it('closes a gap in levels (no heading more than one level below the one before)', () => {
    expect(repairHeadings(['## A', '#### B', '### C']).blocks).toEqual(['## A', '### B', '### C']);
  });
});

describe('repairPageBreaks', () => {
  it('joins an English paragraph cut mid-sentence when the next goes on in lower case', () => {
    expect(repairPageBreaks(['We need the U.S. to help us and', 'we want to be partners.'], 'en')).toEqual({
      blocks: ['We need the U.S. to help us and we want to be partners.'],
      notes: ['Joined a paragraph split in two by page breaks ("help us and / we want").'],
    });
  });

  it('keeps paragraphs apart that end a sentence, start a new one, or are lists, quotes or headings', () => {
    const apart = ['It ended.', 'then lower case.', 'A quote ends here”', 'and goes on.', 'No stop here', 'Capital start.', 'Facts:', '- a list', '> a quote', 'a line', '## heading'];
    expect(repairPageBreaks(apart, 'en')).toEqual({ blocks: apart, notes: [] });
  });

  it('joins an Arabic paragraph cut on a word', () => {
    expect(repairPageBreaks(['الأرقام متباعدة', 'كثيراً، وكل منها.'], 'ar').blocks).toEqual(['الأرقام متباعدة كثيراً، وكل منها.']);
    expect(repairPageBreaks(['انتهت الجملة.', 'جملة جديدة.'], 'ar').notes).toEqual([]);
  });
});

describe('repairBody', () => {
  it('keeps what the article really has: lists, quotes, emphasis, links, code', () => {
    const body = '*Lead* paragraph.\n\n- one\n- two\n\n1. first\n2. second\n\n> A quote.\n\nSee [a link](https://o.example/a) and `code`.\n';
    expect(repairBody(body, { lang: 'en', site: SITE })).toEqual({ body, repairs: [] });
  });
});
