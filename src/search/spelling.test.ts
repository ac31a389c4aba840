import { describe, expect, it } from 'vitest';
import { allowedEdits, allShards, arabicBase, editDistance, foldWord, lexiconShard, scriptOf, transliterationKey } from './spelling';

describe('transliterationKey', () => {
  const same = (...spellings: string[]) => new Set(spellings.map(transliterationKey)).size === 1;

  it.each([
    ['dh, z, d and th', ['Mudhafi', 'Muzafi', 'Mudafi', 'Muthafi']],
    ['e and i (Hizb, Hezb)', ['Hezbiyun', 'Hizbiyun']],
    ['ou, u and o', ['Nouriyan', 'Nuriyan', 'Noriyan']],
    ['doubled letters', ['Hassoumi', 'Hasumi', 'Hasoummi']],
    ['the article, hyphenated or assimilated', ['al-Sharqawi', 'el-Sharqawi', 'as-Sharqawi', 'ash-Sharqawi', 'Sharqawi']],
    ['a final -ah or -eh', ['Zubaydah', 'Zubayda', 'Zubaideh']],
    ['q, k, kh and c', ['Qarmani', 'Karmani', 'Kharmani', 'Carmani']],
    ['gh and g', ['Ghaznavi', 'Gaznavi']],
    ['sh and ch', ['Shahbazi', 'Chahbazi']],
    ['v and w', ['Velayati', 'Welayati']],
    ['apostrophes and the letters for ayn and hamza', ["Ja'farawi", 'Ja‘farawi', 'Jaʿfarawi', 'Jafarawi']],
    ['diacritics', ['Ṣadrawi', 'Sadrawi']],
    ['ay, ai, ei and y after the first letter', ['Husaynawi', 'Husainawi', 'Huseinawi']],
  ])('folds %s', (_, spellings) => {
    expect(same(...spellings), spellings.join(' ')).toBe(true);
  });

  it.each([
    ['another consonant', 'Karimawi', 'Kazimawi'],
    ['a missing consonant', 'Kazimawi', 'Kazmawi'.replace('zm', 'm')],
    ['a vowel where there is none', 'Sadrawi', 'Sadarawi'],
    ['y starting a word', 'Yazidawi', 'Azidawi'],
    ['an article without its hyphen, which may be part of the name', 'Alsharqawi', 'Sharqawi'],
  ])('keeps apart %s: %s and %s', (_, a, b) => {
    expect(transliterationKey(a)).not.toBe(transliterationKey(b));
  });
});

describe('editDistance', () => {
  it.each([
    ['zentrova', 'zentrova', 0],
    ['zentrova', 'zentorva', 1],
    ['zentrova', 'zentrva', 1],
    ['zentrova', 'zentrovaa', 1],
    ['quorvandel', 'quorvendal', 2],
    ['travel', 'gravel', 1],
  ])('%s → %s: %i', (a, b, distance) => {
    expect(editDistance(a, b, 3)).toBe(distance);
  });
  it('stops at max + 1', () => {
    expect(editDistance('abcdefgh', 'zyxwvuts', 2)).toBe(3);
    expect(editDistance('a', 'abcdef', 2)).toBe(3);
  });
  it('counts letters, not UTF-16 units', () => {
    expect(editDistance('كوريا', 'كوريه', 2)).toBe(1);
  });
});

describe('allowedEdits', () => {
  it('allows no slip under four letters, one up to seven, two from eight', () => {
    expect([3, 4, 7, 8, 12].map(allowedEdits)).toEqual([0, 1, 1, 2, 2]);
  });
});

describe('folding and files', () => {
  it('folds case, diacritics, ayn/hamza marks, tashkeel and the Arabic letters the stemmer folds', () => {
    expect(foldWord('Ja‘FARÍ')).toBe('jafari');
    expect(foldWord('الحُكومَة')).toBe('الحكومه');
    expect(foldWord('أإآى')).toBe('اااي');
  });

  it('takes the article and particles off an Arabic word', () => {
    expect(arabicBase('والحكومه')).toBe('حكومه');
    expect(arabicBase('بالحكومه')).toBe('حكومه');
    expect(arabicBase('للحكومه')).toBe('حكومه');
    expect(arabicBase('ولد')).toBe('لد');
    expect(arabicBase('ال')).toBe('ال');
  });

  it('tells the script of a word', () => {
    expect(['Kazimi', 'al-Sadr', "Shi'a", 'الحشد', 'PMF2', 'U.S.', 'Москва', '2020'].map(scriptOf)).toEqual([
      'latin',
      'latin',
      'latin',
      'arabic',
      'latin',
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('files every spelling of a name in one file, and every file it names exists', () => {
    const shards = new Set(allShards());
    for (const spelling of ['Qarmani', 'Karmani', 'Kharmani', 'al-Karmani']) expect(lexiconShard(spelling)).toBe(lexiconShard('Carmani'));
    for (const word of ['Kazimi', 'Ørsted', 'الحكومة', 'والحكومة', '٢٠٢٠x'.slice(0, 4)]) {
      const shard = lexiconShard(word);
      if (shard) expect(shards.has(shard), word).toBe(true);
    }
    expect(lexiconShard('والحكومة')).toBe(lexiconShard('حكومة'));
  });
});
