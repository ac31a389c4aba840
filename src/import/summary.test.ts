import { describe, expect, it } from 'vitest';
import { firstSentence, SUMMARY_MAX } from './summary.ts';

describe('firstSentence', () => {
  it('does not end a sentence after an abbreviation such as "U.S."', () => {
    expect(firstSentence('The meeting between Iraq and U.S. President Trump went well. Then more.\n\nNext.', 'en')).toBe(
      'The meeting between Iraq and U.S. President Trump went well.',
    );
  });

  it('takes the first paragraph, not a heading, and drops links and emphasis', () => {
    expect(firstSentence('## Heading\n\nSee **[the report](https://x.example/r)** now. Later.', 'en')).toBe('See the report now.');
  });

  it('reads Arabic sentences', () => {
    expect(firstSentence('بعد ترقب طويل، أكد البيت الأبيض اللقاء. ويأتي هذا اللقاء لاحقاً.', 'ar')).toBe('بعد ترقب طويل، أكد البيت الأبيض اللقاء.');
  });

  it('cuts a sentence longer than a summary may be at a word, with an ellipsis', () => {
    const summary = firstSentence(`${'word '.repeat(100)}end.`, 'en');
    expect(summary.length).toBeLessThanOrEqual(SUMMARY_MAX);
    expect(summary).toMatch(/word…$/);
  });
});
