import { describe, expect, it } from 'vitest';
import { digestOf } from './page-keys';

describe('digestOf', () => {
  it('is stable for the same parts and changes with any of them or their order', () => {
    expect(digestOf(['briefs/x/en@1', 'authors/a/en@2'])).toBe(digestOf(['briefs/x/en@1', 'authors/a/en@2']));
    expect(digestOf(['briefs/x/en@1', 'authors/a/en@3'])).not.toBe(digestOf(['briefs/x/en@1', 'authors/a/en@2']));
    expect(digestOf(['authors/a/en@2', 'briefs/x/en@1'])).not.toBe(digestOf(['briefs/x/en@1', 'authors/a/en@2']));
    expect(digestOf(['a', 'b'])).not.toBe(digestOf(['ab']));
  });
});
