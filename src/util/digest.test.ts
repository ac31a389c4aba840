import { describe, expect, it } from 'vitest';
import { createDigest, digest } from './digest';

describe('digest', () => {
  it('is stable for the same parts and changes with any part', () => {
    expect(digest(['briefs/x/en@1', 'authors/a/en@2'])).toBe(digest(['briefs/x/en@1', 'authors/a/en@2']));
    expect(digest(['briefs/x/en@1', 'authors/a/en@3'])).not.toBe(digest(['briefs/x/en@1', 'authors/a/en@2']));
  });
  it('counts the parts’ order and boundaries', () => {
    expect(digest(['b', 'a'])).not.toBe(digest(['a', 'b']));
    expect(digest(['a', 'b'])).not.toBe(digest(['ab']));
    expect(digest(['a\0', 'b'])).not.toBe(digest(['a', '\0b']));
  });
  it('tells text from the same bytes, and reads other values as JSON', () => {
    expect(digest([new TextEncoder().encode('a')])).not.toBe(digest(['a']));
    expect(digest([{ a: 1 }])).toBe(digest([{ a: 1 }]));
    expect(digest([{ a: 1 }])).not.toBe(digest([{ a: 2 }]));
  });
  it('gives the same digest whether parts are added at once or one by one', () => {
    expect(createDigest().update('a').update(Buffer.from('b')).finish()).toBe(digest(['a', Buffer.from('b')]));
  });
});
