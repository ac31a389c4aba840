import { describe, expect, it } from 'vitest';
import { lexiconFiles, mergeShards, respell, splitFiles, type LexiconShard } from './lexicon';
import { closestQueries, insteadQueries, replaceWords, respellableWords, wordPairs } from './respell';

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

  it('offers a name typed with a capital the closest names, not the words a few letters away', () => {
    expect(respell('Grivol', shard).closest).toEqual([]);
    expect(respell('grivol', shard).closest).toEqual(['gravel']);
    expect(respell('Zentrxva', shard).closest).toEqual(['Zentrova']);
  });

  it('searches a word typed as one as two names the library writes apart, reading the second half’s file', () => {
    const first: LexiconShard = { words: [['Abdul', 5, 5], ['Abbas', 2, 2], ['under', 9, 0]], common: ['understand'] };
    const rest: LexiconShard = { words: [['Mahdi', 4, 4], ['mahdis', 1, 0]] };
    expect(splitFiles('en', 'Abdulmahdi', first)).toEqual(['lexicon/en/latin-6d.json']);
    expect(respell('Abdulmahdi', first, rest).instead).toEqual(['Abdul Mahdi']);
    expect(respell('Abdelmahdy', first, rest).instead).toEqual(['Abdul Mahdi']);
    // Not without the second half's file, not a common word, not a word the two names do not make.
    expect(respell('Abdulmahdi', first).instead).toEqual([]);
    expect(splitFiles('en', 'understand', first)).toEqual([]);
    expect(respell('Abdulmahmud', first, rest).instead).toEqual([]);
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

  it('offers the closest spellings with every word that found nothing respelled, at most three', () => {
    expect(closestQueries('Hizbollah Kazimi', spellings)).toEqual(['Hizballah Khadhimi', 'Hizballah Kadhimi']);
    const three = new Map([['Kazimi', { instead: [], closest: ['Khadhimi', 'Kadhimi', 'Kazemi', 'Karimi'] }]]);
    expect(closestQueries('Kazimi met', three)).toEqual(['Khadhimi met', 'Kadhimi met', 'Kazemi met']);
  });

  it('offers nothing where a word that found nothing has no close spelling: the offer would find nothing', () => {
    const oneWithout = new Map([...spellings, ['Zqx', { instead: [], closest: [] }]]);
    expect(closestQueries('Hizbollah Zqx', oneWithout)).toEqual([]);
  });

  it('pairs neighbouring Latin words of which one found nothing, each pair once', () => {
    expect(wordPairs('Farhad Ala al-Din', ['Ala', 'al-Din'])).toEqual(['Farhad Ala', 'Ala al-Din']);
    expect(wordPairs('“Abdul Mahdi,” said', ['Abdul'])).toEqual(['Abdul Mahdi']);
    expect(wordPairs('Farhad met', [])).toEqual([]);
    expect(wordPairs('الحشد Ala', ['Ala'])).toEqual([]);
  });

  it('searches a pair written as one name before the words in it, punctuation kept', () => {
    const withPair = new Map([
      ['Ala al-Din', { instead: ['Alaaldin'], closest: [] }],
      ['Ala', { instead: ['Alan'], closest: [] }],
    ]);
    expect(insteadQueries('“Farhad Ala al-Din,”', withPair)).toEqual(['“Farhad Alaaldin,”', '“Farhad Alan al-Din,”']);
    expect(replaceWords('Ala al-Din', new Map([['Ala', 'Alan']]))).toBe('Alan al-Din');
  });
});
