import { describe, expect, it } from 'vitest';
import { ContentError, findContentProblems, type BriefFile, type LibraryFiles } from './validate';

const sections = [
  { depth: 2, slug: 'points-of-disparity', text: '' },
  { depth: 3, slug: 'the-role-of-us-troops-and-pmf', text: '' },
];

function brief(id: string, overrides: Partial<BriefFile['data']> = {}, extra: Partial<BriefFile> = {}): BriefFile {
  return {
    id,
    filePath: `content/briefs/${id}.md`,
    data: {
      authors: ['farhad-alaaldin'],
      recommended: ['rec-1'],
      topics: ['iraq'],
      published: new Date('2020-08-18'),
      type: 'brief-analysis',
      source: { publisher: 'washington-institute', url: 'https://www.washingtoninstitute.org/x' },
      originalVersion: 'aaaaaaaaaaaa',
      ...overrides,
    },
    sections,
    paragraphs: 12,
    sectionParagraphs: [2, 6, 4],
    version: 'aaaaaaaaaaaa',
    ...extra,
  };
}

function library(briefs: BriefFile[]): LibraryFiles {
  return {
    briefs,
    authors: ['farhad-alaaldin/en', 'farhad-alaaldin/ar'].map((id) => ({ id, filePath: `content/authors/${id}.md`, data: {} })),
    recommendedIds: new Set(['rec-1']),
    publisherIds: new Set(['washington-institute']),
    topicIds: new Set(['iraq']),
  };
}

describe('findContentProblems', () => {
  it('finds nothing wrong in a consistent pair of editions', () => {
    expect(findContentProblems(library([brief('x/en'), brief('x/ar')]))).toEqual([]);
  });

  it('names the file and field of an unknown author', () => {
    expect(findContentProblems(library([brief('x/en', { authors: ['farhad-alaaldin', 'nobody'] })]))).toEqual([
      { file: 'content/briefs/x/en.md', field: 'authors[1]', message: expect.stringMatching(/unknown author "nobody"/) },
    ]);
  });

  it('requires the author page in the edition’s own language', () => {
    const lib = library([brief('x/en'), brief('x/ar')]);
    const onlyEnglish = { ...lib, authors: lib.authors.filter((a) => a.id.endsWith('/en')) };
    expect(findContentProblems(onlyEnglish)).toEqual([
      { file: 'content/briefs/x/ar.md', field: 'authors[0]', message: expect.stringMatching(/farhad-alaaldin\/ar\.md/) },
    ]);
  });

  it('names an unknown recommended item and an unknown publisher', () => {
    const problems = findContentProblems(
      library([brief('x/en', { recommended: ['rec-1', 'gone'], source: { publisher: 'nope', url: 'https://a.test/' } })]),
    );
    expect(problems.map((p) => p.field)).toEqual(['recommended[1]', 'source.publisher']);
  });

  it('names an unknown topic', () => {
    expect(findContentProblems(library([brief('x/en', { topics: ['iraq', 'mars'] })]))).toEqual([
      { file: 'content/briefs/x/en.md', field: 'topics[1]', message: 'unknown topic "mars" (not in topics.yaml)' },
    ]);
  });

  it('reports an edition whose shared fields differ from the original', () => {
    const problems = findContentProblems(library([brief('x/en'), brief('x/ar', { published: new Date('2020-08-19') })]));
    expect(problems).toEqual([
      { file: 'content/briefs/x/ar.md', field: 'published', message: expect.stringMatching(/differs from the en original/) },
    ]);
  });

  it('reports an edition whose sections do not line up with the original', () => {
    const problems = findContentProblems(library([brief('x/en'), brief('x/ar', {}, { sections: sections.slice(0, 1) })]));
    expect(problems).toEqual([{ file: 'content/briefs/x/ar.md', field: 'body', message: expect.stringMatching(/do not line up/) }]);
  });

  it('reports an edition whose paragraphs do not line up with the original', () => {
    const problems = findContentProblems(library([brief('x/en'), brief('x/ar', {}, { paragraphs: 11 })]));
    expect(problems).toEqual([
      { file: 'content/briefs/x/ar.md', field: 'body', message: 'paragraphs do not line up with the original: original has 12, this edition has 11' },
    ]);
  });

  it('reports a site translation whose paragraphs move between sections, even with the same count', () => {
    const problems = findContentProblems(library([brief('x/en'), brief('x/ar', { translatedFrom: 'en' }, { sectionParagraphs: [3, 5, 4] })]));
    expect(problems).toEqual([
      {
        file: 'content/briefs/x/ar.md',
        field: 'body',
        message:
          'paragraphs do not line up with the original: before the first section the original has 2 paragraphs, this edition 3; in section 1 ("") the original has 6 paragraphs, this edition 5',
      },
    ]);
  });

  it('builds a publisher’s translation that merges paragraphs, with a warning naming the section', () => {
    const merged = brief('x/ar', { translator: 'publisher' }, { paragraphs: 11, sectionParagraphs: [2, 5, 4] });
    const problems = findContentProblems(library([brief('x/en'), merged]));
    expect(problems).toEqual([
      {
        file: 'content/briefs/x/ar.md',
        field: 'body',
        message: expect.stringContaining('in section 1 ("") the original has 6 paragraphs, this edition 5'),
        warning: true,
      },
    ]);
  });

  it('still fails a publisher’s translation whose sections do not line up', () => {
    const problems = findContentProblems(library([brief('x/en'), brief('x/ar', { translator: 'publisher' }, { sections: sections.slice(0, 1) })]));
    expect(problems).toEqual([{ file: 'content/briefs/x/ar.md', field: 'body', message: expect.stringMatching(/do not line up/) }]);
  });

  it('warns of a translation made from an earlier version of its original, with the day it was revised', () => {
    const original = brief('x/en', { updated: new Date('2021-03-04') }, { version: 'bbbbbbbbbbbb' });
    expect(findContentProblems(library([original, brief('x/ar')]))).toEqual([
      {
        file: 'content/briefs/x/ar.md',
        field: 'originalVersion',
        message: expect.stringMatching(/^stale: .*made from aaaaaaaaaaaa, now bbbbbbbbbbbb; updated 2021-03-04\)/),
        warning: true,
      },
    ]);
  });

  it('asks a translation to record the version of its original', () => {
    expect(findContentProblems(library([brief('x/en'), brief('x/ar', { originalVersion: undefined })]))).toEqual([
      { file: 'content/briefs/x/ar.md', field: 'originalVersion', message: expect.stringContaining('add originalVersion: "aaaaaaaaaaaa"'), warning: true },
    ]);
  });

  it('reports an Arabic edition without its English original', () => {
    expect(findContentProblems(library([brief('x/ar')])).map((p) => [p.file, p.field])).toEqual([['content/briefs/x/ar.md', 'edition']]);
  });

  it('reports a body that failed to render, with the reason', () => {
    expect(findContentProblems(library([brief('x/en', {}, { renderError: 'x/en.md:9 → body: unsafe raw HTML' })]))).toEqual([
      { file: 'content/briefs/x/en.md', field: 'body', message: 'the Markdown body could not be rendered: x/en.md:9 → body: unsafe raw HTML' },
    ]);
  });

  it('compares no outline with an original that failed to render: only its own problem is reported', () => {
    const failed = brief('x/en', {}, { renderError: 'x/en.md:9 → body: unsafe raw HTML', sections: [], paragraphs: 0 });
    expect(findContentProblems(library([failed, brief('x/ar')])).map((p) => [p.file, p.field])).toEqual([['content/briefs/x/en.md', 'body']]);
  });

  it('reports an author profile at an unknown publisher', () => {
    const lib = library([]);
    const authors = [{ id: 'a/en', filePath: 'content/authors/a/en.md', data: { profile: { publisher: 'nope' } } }];
    expect(findContentProblems({ ...lib, authors })).toEqual([
      { file: 'content/authors/a/en.md', field: 'profile.publisher', message: expect.stringMatching(/unknown publisher/) },
    ]);
  });
});

describe('ContentError', () => {
  it('lists every problem with its file and field', () => {
    const error = new ContentError([
      { file: 'a.md', field: 'authors[0]', message: 'unknown author "x"' },
      { file: 'b.md', field: 'edition', message: 'no original' },
    ]);
    expect(error.message).toBe('Content has 2 problems:\n  a.md → authors[0]: unknown author "x"\n  b.md → edition: no original');
  });
});

describe('a brief’s body', () => {
  it('must have text: an empty body is named, once per edition', () => {
    expect(findContentProblems(library([brief('x/en', {}, { paragraphs: 0 }), brief('x/ar', {}, { paragraphs: 0 })]))).toEqual([
      { file: 'content/briefs/x/en.md', field: 'body', message: 'empty: a brief needs at least one paragraph of text' },
      { file: 'content/briefs/x/ar.md', field: 'body', message: 'empty: a brief needs at least one paragraph of text' },
    ]);
  });

  it('may link to the library’s briefs, authors and topics, and to pages it does not know', () => {
    const links = ['/briefs/y/', '/ar/briefs/x/parallel/', '/briefs/y/citation.bib', '/authors/farhad-alaaldin/#bio', '/topics/iraq/page/2/', '/search/?q=PMF', '/rss.xml'];
    expect(findContentProblems(library([brief('x/en', {}, { links: links.map((href) => ({ href, line: 5 })) }), brief('x/ar'), brief('y/en')]))).toEqual([]);
  });

  it('names each internal link that leads to no page, with its file, line and address', () => {
    const links = [
      { href: '/briefs/nope/', line: 7 },
      { href: '/ar/briefs/y/', line: 9 },
      { href: '/authors/nobody/' },
      { href: '/topics/atlantis/', line: 12 },
      { href: '/briefs/x/print/', line: 14 },
    ];
    expect(findContentProblems(library([brief('x/en', {}, { links }), brief('x/ar'), brief('y/en')]))).toEqual([
      { file: 'content/briefs/x/en.md:7', field: 'body', message: 'link to "/briefs/nope/" leads to no page (no brief "nope" in en)' },
      { file: 'content/briefs/x/en.md:9', field: 'body', message: 'link to "/ar/briefs/y/" leads to no page (no brief "y" in ar)' },
      { file: 'content/briefs/x/en.md', field: 'body', message: 'link to "/authors/nobody/" leads to no page (no author "nobody" in en)' },
      { file: 'content/briefs/x/en.md:12', field: 'body', message: 'link to "/topics/atlantis/" leads to no page (no topic "atlantis")' },
      { file: 'content/briefs/x/en.md:14', field: 'body', message: 'link to "/briefs/x/print/" leads to no page (the brief "x" has no page /briefs/x/print/)' },
    ]);
  });
});
