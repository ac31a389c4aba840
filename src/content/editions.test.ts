import { describe, expect, it } from 'vitest';
import { bodySections, byNewest, compareOutlines, editionLocales, groupEditions, parseEditionId } from './editions';

const file = (id: string) => ({ id, filePath: `content/briefs/${id}.md` });

describe('parseEditionId', () => {
  it('reads the slug and locale of a brief edition', () => {
    expect(parseEditionId('iraq-us-strategic-dialogue/ar')).toEqual({ slug: 'iraq-us-strategic-dialogue', locale: 'ar' });
  });
  it.each([
    ['flat-file', /expected <slug>\/<locale>\.md/],
    ['a/b/en', /expected <slug>\/<locale>\.md/],
    ['brief/fr', /"fr" is not a site locale/],
    ['Brief/en', /must be lowercase ASCII/],
    ['حوار/ar', /must be lowercase ASCII/],
    ['double--hyphen/en', /single hyphens/],
  ])('rejects %s', (id, message) => {
    const parsed = parseEditionId(id);
    expect('error' in parsed && parsed.error).toMatch(message);
  });
});

describe('groupEditions', () => {
  it('pairs the editions that share a slug', () => {
    const { groups, problems } = groupEditions([file('x/en'), file('x/ar'), file('y/en')]);
    expect(problems).toEqual([]);
    expect(Object.keys(groups.get('x') ?? {}).sort()).toEqual(['ar', 'en']);
    expect(Object.keys(groups.get('y') ?? {})).toEqual(['en']);
  });
  it('reports an Arabic edition without its English original', () => {
    const { problems } = groupEditions([file('x/ar')]);
    expect(problems).toEqual([
      { file: 'content/briefs/x/ar.md', field: 'edition', message: expect.stringMatching(/no en original/) },
    ]);
  });
  it('reports a file outside the <slug>/<locale>.md layout', () => {
    const { problems } = groupEditions([file('x/de')]);
    expect(problems[0]).toMatchObject({ file: 'content/briefs/x/de.md', field: 'file name' });
  });
  it('reports slugs that differ only in letter case as duplicates', () => {
    const { problems } = groupEditions([file('sample/en'), file('Sample/en')]);
    expect(problems).toEqual([{ file: 'content/briefs/Sample/en.md', field: 'slug', message: 'duplicate of content/briefs/sample/en.md' }]);
  });
  it('reports two files that claim one slug and locale', () => {
    const { problems } = groupEditions([file('x/en'), { id: 'x/en', filePath: 'content/briefs/x/en.markdown' }]);
    expect(problems).toEqual([
      { file: 'content/briefs/x/en.markdown', field: 'slug', message: 'duplicate of content/briefs/x/en.md' },
    ]);
  });
});

describe('editionLocales', () => {
  it('lists the default locale first', () => {
    expect(editionLocales({ ar: 1, en: 2 })).toEqual(['en', 'ar']);
    expect(editionLocales({ ar: 1 })).toEqual(['ar']);
  });
});

describe('sections', () => {
  const h = (depth: number, slug: string) => ({ depth, slug, text: slug });
  it('leaves the GFM footnotes heading and the title out of the body’s sections', () => {
    expect(bodySections([h(1, 'title'), h(2, 'a'), h(2, 'footnote-label')])).toEqual([h(2, 'a')]);
  });
  it('accepts outlines with the same levels in the same order', () => {
    expect(compareOutlines([h(2, 'a'), h(3, 'b')], [h(2, 'أ'), h(3, 'ب')])).toBeUndefined();
  });
  it('describes outlines that do not line up', () => {
    expect(compareOutlines([h(2, 'a'), h(3, 'b')], [h(2, 'أ')])).toMatch(/original has h2 h3, this edition has h2$/);
    expect(compareOutlines([h(2, 'a')], [h(3, 'أ')])).toMatch(/do not line up/);
  });
});

describe('byNewest', () => {
  it('orders by date, newest first, then by slug', () => {
    const items = [
      { slug: 'b', published: new Date('2020-01-01') },
      { slug: 'a', published: new Date('2020-01-01') },
      { slug: 'c', published: new Date('2021-01-01') },
    ];
    expect(items.sort(byNewest).map((i) => i.slug)).toEqual(['c', 'a', 'b']);
  });
});
