import { describe, expect, it } from 'vitest';
import { pairBlocks } from './blocks';

describe('pairBlocks', () => {
  it('pairs blocks in order and pads the shorter edition', () => {
    expect(pairBlocks(['a', 'b'], ['أ'])).toEqual([
      ['a', 'أ'],
      ['b', ''],
    ]);
  });
});
