import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { fieldPath, schemaProblems } from './schema-errors';

const schema = z.strictObject({
  title: z.string(),
  authors: z.array(z.string().regex(/^[a-z-]+$/, 'expected a lowercase slug')).min(1),
  source: z.strictObject({ url: z.url() }),
});
const problems = (data: unknown, prefix?: string[]) => {
  const result = schema.safeParse(data);
  if (result.success) throw new Error('expected the data not to match');
  return schemaProblems('content/briefs/x/en.md', data, result.error.issues, prefix);
};

describe('fieldPath', () => {
  it.each([
    [['title'], 'title'],
    [['authors', 0], 'authors[0]'],
    [['source', 'url'], 'source.url'],
    [['other-piece', 'title', 'ar'], 'other-piece.title.ar'],
  ])('writes %j as %s', (path, text) => {
    expect(fieldPath(path)).toBe(text);
  });
});

describe('schemaProblems', () => {
  const valid = { title: 'T', authors: ['jane'], source: { url: 'https://a.test/' } };

  it('says a missing field is required', () => {
    const { title: _, ...data } = valid;
    expect(problems(data)).toEqual([{ file: 'content/briefs/x/en.md', field: 'title', message: 'required field missing' }]);
  });

  it('names a misspelt field as unknown, by its own name', () => {
    expect(problems({ ...valid, autors: ['jane'] })).toEqual([
      { file: 'content/briefs/x/en.md', field: 'autors', message: 'unknown field (not in the schema; check its spelling)' },
    ]);
  });

  it('keeps the schema’s message, at the nested field', () => {
    expect(problems({ ...valid, authors: ['Jane'] })).toEqual([{ file: 'content/briefs/x/en.md', field: 'authors[0]', message: 'expected a lowercase slug' }]);
  });

  it('starts the field with the entry’s id in a file of many entries', () => {
    const { source: _, ...data } = valid;
    expect(problems(data, ['other-piece'])).toEqual([{ file: 'content/briefs/x/en.md', field: 'other-piece.source', message: 'required field missing' }]);
  });
});
