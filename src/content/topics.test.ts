import { describe, expect, it } from 'vitest';
import { groupByTopic } from './topics';

describe('groupByTopic', () => {
  const a = { id: 'a', topics: ['iraq', 'iran'] };
  const b = { id: 'b', topics: ['iran'] };

  it('files each item under every topic it names, in the given order', () => {
    const groups = groupByTopic([a, b], ['iraq', 'iran']);
    expect(groups.get('iraq')?.map((i) => i.id)).toEqual(['a']);
    expect(groups.get('iran')?.map((i) => i.id)).toEqual(['a', 'b']);
  });

  it('keeps topics with no items, in the topic list’s order', () => {
    expect([...groupByTopic([b], ['energy', 'iran', 'iraq']).entries()].map(([id, items]) => [id, items.length])).toEqual([
      ['energy', 0],
      ['iran', 1],
      ['iraq', 0],
    ]);
  });

  it('ignores topics missing from the list (validation reports them)', () => {
    expect([...groupByTopic([{ topics: ['mars'] }], ['iraq']).keys()]).toEqual(['iraq']);
  });
});
