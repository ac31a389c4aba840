import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeSyntheticLibrary } from './library';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'synthetic-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const COUNT = 40;
const bodies = (locale: string) =>
  Promise.all(Array.from({ length: COUNT }, (_, i) => readFile(join(dir, `briefs/brief-${String(i + 1).padStart(5, '0')}/${locale}.md`), 'utf8').then((text) => text.split('---')[2]!)));
const containing = (texts: string[], word: string) => texts.filter((text) => text.split(/[\s.]+/).includes(word)).length;

describe('the synthetic library', () => {
  it('gives every brief the function words and only some briefs a subject’s words', async () => {
    writeSyntheticLibrary(dir, COUNT);
    const [en, ar] = [await bodies('en'), await bodies('ar')];
    expect(containing(en, 'the')).toBe(COUNT);
    expect(containing(ar, 'في')).toBe(COUNT);
    for (const [texts, word] of [[en, 'PMF'], [ar, 'الحشد']] as const) {
      expect(containing(texts, word), word).toBeGreaterThan(0);
      expect(containing(texts, word), word).toBeLessThan(COUNT / 2);
    }
  });

  it('with a topical share of 1, uses all of the real brief’s words in every brief', async () => {
    writeSyntheticLibrary(dir, COUNT, { topicalShare: 1 });
    expect(containing(await bodies('en'), 'PMF')).toBe(COUNT);
  });
});
