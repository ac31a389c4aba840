import { describe, expect, it } from 'vitest';
import { lexiconFiles, mergeShards, respell, type LexiconShard } from './lexicon';
import { closestQueries, insteadQueries, replaceWords, respellableWords } from './respell';

/** A lexicon file: [spelling, count, capitals]; names are written with a capital. */
const shard: LexiconShard = {
  words: [
    ['Mudhafi', 4, 4],
    ['Mudafi', 1, 1],
    ['muddafy', 6, 0],
    ['Zentrova', 3, 3],
    ['gravel', 5, 0],
    ['Quorvandel', 2, 2],
    ['Quorvendil', 1, 1],
  ],
  common: ['travel', 'tank'],
};

describe('respell', () => {
  it('searches a name as the library transliterates it, most frequent spelling first', () => {
    expect(respell('Muzafi', shard).instead).toEqual(['Mudhafi', 'Mudafi']);
    expect(respell('el-Muzafi', shard).instead).toEqual(['Mudhafi', 'Mudafi']);
    expect(respell('Almuzafi', mergeShards([shard])).instead).toEqual(['Mudhafi', 'Mudafi']);
  });

  it('does not take a word that is not a name for another spelling of one', () => {
    // "muddafy" folds like "Muzafi" but is written in lower case: a word, not a name.
    expect(respell('Muzafi', shard).instead).not.toContain('muddafy');
  });

  it('searches a slip as the word one edit away, two for a long word', () => {
    expect(respell('Zentorva', shard).instead).toEqual(['Zentrova']);
    expect(respell('Quorvendal', shard).instead).toEqual(['Quorvandel', 'Quorvendil']);
  });

  it('leaves a common word that is one edit from a library word alone, and offers the library word', () => {
    expect(respell('travel', shard)).toEqual({ instead: [], closest: ['gravel'] });
  });

  it('leaves short words and far words alone', () => {
    expect(respell('Zen', shard).instead).toEqual([]);
    expect(respell('Zentrxxx', shard).instead).toEqual([]);
  });

  it('never searches an Arabic word instead, only offers the closest', () => {
    const arabic: LexiconShard = { words: [['الأرجوان', 3, 0], ['أرجل', 1, 0]] };
    expect(respell('الأرجوانة', arabic)).toEqual({ instead: [], closest: ['الأرجوان'] });
    expect(respell('الأرجنتين', arabic).instead).toEqual([]);
  });

  it('asks for one file, or two where the article may be written onto a name', () => {
    expect(lexiconFiles('en', 'Kazimi')).toEqual(['lexicon/en/latin-6b.json']);
    expect(lexiconFiles('en', 'Alkazimi')).toEqual(['lexicon/en/latin-61.json', 'lexicon/en/latin-6b.json']);
    expect(lexiconFiles('en', 'Москва')).toEqual([]);
  });
});

describe('respelled queries', () => {
  const spellings = new Map([
    ['Hizbollah', { instead: ['Hizballah', 'Hezbollah'], closest: ['Hizballah'] }],
    ['Kazimi', { instead: ['Khadhimi'], closest: ['Khadhimi', 'Kadhimi'] }],
  ]);

  it('finds the words to respell, Latin or Arabic, punctuation left out', () => {
    expect(respellableWords('“Kazimi,” and الحشد U.S. Москва Kazimi')).toEqual(['Kazimi', 'and', 'الحشد']);
  });

  it('replaces words, keeping the punctuation around them', () => {
    expect(replaceWords('“Kazimi,” said', new Map([['Kazimi', 'Khadhimi']]))).toBe('“Khadhimi,” said');
  });

  it('searches every word’s first spelling, then each further spelling', () => {
    expect(insteadQueries('Hizbollah Kazimi', spellings)).toEqual(['Hizballah Khadhimi', 'Hezbollah Khadhimi']);
    expect(insteadQueries('troops', new Map([['troops', { instead: [], closest: [] }]]))).toEqual([]);
  });

  it('offers the closest spellings one word at a time, at most three', () => {
    expect(closestQueries('Hizbollah Kazimi', spellings)).toEqual(['Hizballah Kazimi', 'Hizbollah Khadhimi', 'Hizbollah Kadhimi']);
  });
});
