import { describe, expect, it } from 'vitest';
import { textVersion, VERSION_LENGTH } from './versions';

describe('textVersion', () => {
  const version = textVersion('Title', 'One paragraph.\n\nAnother.');
  it('is a short hex digest', () => {
    expect(version).toMatch(new RegExp(`^[0-9a-f]{${VERSION_LENGTH}}$`));
  });
  it('does not change when only white space does', () => {
    expect(textVersion(' Title ', 'One\nparagraph.\n\n\nAnother.  ')).toBe(version);
  });
  it('changes with a word of the body or the title', () => {
    expect(textVersion('Title', 'One paragraph.\n\nAnother one.')).not.toBe(version);
    expect(textVersion('A title', 'One paragraph.\n\nAnother.')).not.toBe(version);
  });
});
