import { stemmer as stemArabic } from '@orama/stemmers/arabic';
import { stemmer as stemEnglish } from '@orama/stemmers/english';
import { describe, expect, it } from 'vitest';
import {
  MAX_QUERY_LENGTH,
  arabicQueryVariants,
  highlightPattern,
  highlightTerms,
  markMatches,
  matchesQuery,
  normalizeQuery,
  parseExcerpt,
  searchWidening,
  stemmedQuery,
  withHighlight,
  withoutAliases,
  type ExcerptPart,
} from './query';

describe('normalizeQuery', () => {
  it.each([
    ['  troop   withdrawal ', 'troop withdrawal'],
    ['\u200fالحشد الشعبي\u200e', 'الحشد الشعبي'],
    ['الحَشْدُ الشَّعْبِيّ', 'الحشد الشعبي'],
    ['الحــشد', 'الحشد'],
    ['<script>alert(1)</script>', '<script>alert(1)</script>'],
    ['', ''],
    ['\u202e\u2066 \u2069', ''],
    ['stream—especially', 'stream— especially'],
    ['إيران،العراق', 'إيران، العراق'],
  ])('cleans %j to %j', (input, expected) => {
    expect(normalizeQuery(input)).toBe(expected);
  });
  it('cuts a very long query at a word boundary', () => {
    const query = normalizeQuery('word '.repeat(400));
    expect(query.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
    expect(query.endsWith('word')).toBe(true);
  });
  it('cuts a very long single word at the limit', () => {
    expect(normalizeQuery('x'.repeat(1000))).toHaveLength(MAX_QUERY_LENGTH);
  });
});

describe('searchWidening', () => {
  /** A fake index that finds `found[query]` pages and records what it was asked. */
  const index = (found: Record<string, number>) => {
    const asked: string[] = [];
    const search = async (query: string) => {
      asked.push(query);
      return { results: Array.from({ length: found[query] ?? 0 }, (_, i) => `${query}#${i}`) };
    };
    return { asked, search };
  };

  it('runs the other spellings when the query as typed finds too few pages', async () => {
    const { asked, search } = index({ الحكومة: 1, والحكومة: 2 });
    const responses = await searchWidening(search, 'الحكومة', { enough: 8 });
    expect(asked).toEqual(['الحكومة', 'والحكومة', 'حكومة']);
    expect(responses.map((r) => r?.results.length)).toEqual([1, 2, 0]);
  });

  it('stops at the query as typed when it already fills the result list', async () => {
    const { asked, search } = index({ الحكومة: 8 });
    expect(await searchWidening(search, 'الحكومة', { enough: 8 })).toHaveLength(1);
    expect(asked).toEqual(['الحكومة']);
  });

  it('sends each spelling in its prepared form, once', async () => {
    const { asked, search } = index({});
    await searchWidening(search, 'الحكومة', { enough: 8, prepare: (q) => stemmedQuery(q, stemArabic) });
    // «الحكومة» and «حكومة» share the stem «حكوم»; «والحكومة» keeps its و.
    expect(asked).toEqual(['حكوم', 'والحكوم']);
  });

  it('runs a Latin query once, and answers nothing once the reader has typed on', async () => {
    const latin = index({});
    await searchWidening(latin.search, 'troop withdrawal', { enough: 8 });
    expect(latin.asked).toEqual(['troop withdrawal']);
    const stale = index({});
    expect(await searchWidening(stale.search, 'الحكومة', { enough: 8, isStale: () => true })).toEqual([]);
    expect(stale.asked).toEqual(['الحكومة']);
  });
});

describe('stemmedQuery', () => {
  const stemmed = (query: string) => stemmedQuery(query, stemArabic);

  it('sends Arabic words as their stems', () => {
    expect(stemmed('الحشد الشعبي')).toBe('حشد شعب');
    expect(stemmed('انسحاب القوات')).toBe('انسحاب القو');
  });

  it('leaves Latin words, digits and mixed tokens as typed', () => {
    expect(stemmed('PMF الحشد 2020')).toBe('PMF حشد 2020');
    expect(stemmed('troop withdrawal')).toBe('troop withdrawal');
    expect(stemmed('الحشدPMF')).toBe('الحشدPMF');
  });

  it('keeps the punctuation around a word, so a quoted phrase stays a phrase', () => {
    expect(stemmed('الحشد، الشعبي.')).toBe('حشد، شعب.');
    expect(stemmed('«الحشد الشعبي»')).toBe('«حشد شعب»');
    expect(stemmed('"الحشد الشعبي"')).toBe('"حشد شعب"');
  });

  it('stems a word with hamza as Pagefind does, and sends the stem in the letters typed', () => {
    // Pagefind stems «الايرانية» to «ايران»; it ranks first the pages spelling it as sent.
    expect(stemArabic('الايرانية')).toBe('ايران');
    expect(stemmed('الإيرانية')).toBe('إيران');
    expect(stemmed('الايرانية')).toBe('ايران');
  });

  it('sends a word as typed when its stem would stem again', () => {
    // «الأمريكية» → «امريك» → «امر»: the index would see a word stemmed twice.
    expect(stemArabic(stemArabic('امريكية'))).not.toBe(stemArabic('امريكية'));
    expect(stemmed('الأمريكية')).toBe('الأمريكية');
  });

  it('sends a word as typed when it stems to nothing', () => {
    expect(stemmedQuery('الحشد', () => '')).toBe('الحشد');
  });
});

describe('arabicQueryVariants', () => {
  it('leaves a Latin query alone', () => {
    expect(arabicQueryVariants('troop withdrawal')).toEqual(['troop withdrawal']);
  });
  it('searches a word with the article also with و in front, and without the article', () => {
    expect(arabicQueryVariants('الحكومة')).toEqual(['الحكومة', 'والحكومة', 'حكومة']);
  });
  it('searches a word with و+article also without the و', () => {
    expect(arabicQueryVariants('والحكومة')).toContain('الحكومة');
    expect(arabicQueryVariants('فالحكومة')).toContain('الحكومة');
  });
  it('searches a word with a preposition before an alef also without it', () => {
    expect(arabicQueryVariants('بإيران')).toContain('إيران');
  });
  it('leaves short words and words that merely start with those letters alone', () => {
    expect(arabicQueryVariants('بحث')).toEqual(['بحث', 'البحث']);
  });
  it('searches a word without the article also with it', () => {
    expect(arabicQueryVariants('قوات')).toEqual(['قوات', 'القوات']);
  });
  it('keeps Latin words of a mixed query as typed and caps the number of variants', () => {
    const variants = arabicQueryVariants('انسحاب القوات PMF');
    expect(variants[0]).toBe('انسحاب القوات PMF');
    expect(variants.every((v) => v.endsWith(' PMF'))).toBe(true);
    expect(variants.length).toBeLessThanOrEqual(4);
  });
});

describe('parseExcerpt', () => {
  it('keeps marked and unmarked text apart', () => {
    expect(parseExcerpt('the <mark>PMF</mark> fired')).toEqual([
      { text: 'the ', mark: false },
      { text: 'PMF', mark: true },
      { text: ' fired', mark: false },
    ]);
  });
  it('moves punctuation marked with a word out of the mark', () => {
    expect(parseExcerpt('troops and <mark>(PMF).</mark> It')).toEqual([
      { text: 'troops and (', mark: false },
      { text: 'PMF', mark: true },
      { text: '). It', mark: false },
    ]);
  });
  it('decodes entities and drops any other tag, so nothing can be injected', () => {
    expect(parseExcerpt('a &lt;b&gt; &amp; <img src=x onerror=alert(1)><mark>c</mark>')).toEqual([
      { text: 'a <b> & ', mark: false },
      { text: 'c', mark: true },
    ]);
  });
});

describe('highlight', () => {
  it('collects the query words and the forms the index marked', () => {
    const excerpts = ['any <mark>troop</mark> <mark>withdrawal.</mark>', 'to <mark>withdraw</mark> its'].map(parseExcerpt);
    expect(highlightTerms('troop withdrawal', excerpts)).toEqual(['troop', 'withdrawal', 'withdraw']);
  });
  it('collects a glossary term marked in place of the alias the query matched', () => {
    const aliases = [{ alias: '(Popular Mobilization Forces, الحشد الشعبي)', form: 'PMF' }];
    const shown = withoutAliases(parseExcerpt('the (Popular Mobilization Forces, <mark>الحشد</mark> <mark>الشعبي)</mark>. PMF fired'), aliases);
    expect(highlightTerms('الحشد الشعبي', [shown])).toEqual(['الحشد', 'الشعبي', 'PMF']);
  });
  it('adds the terms to a section URL before its fragment', () => {
    expect(withHighlight('/briefs/x/#the-role-of-us-troops-and-pmf', ['PMF', 'troop'])).toBe(
      '/briefs/x/?highlight=PMF+troop#the-role-of-us-troops-and-pmf',
    );
    expect(withHighlight('/ar/briefs/x/', [])).toBe('/ar/briefs/x/');
  });
  it('matches Arabic words with tashkeel, tatweel and a prefix, and Latin words in any case', () => {
    const pattern = highlightPattern(['الحشد', 'pmf']);
    expect('والحَشْد'.match(pattern!)?.[0]).toBe('والحَشْد');
    expect('الحــشد'.match(pattern!)?.[0]).toBe('الحــشد');
    expect('The PMF fired'.match(pattern!)?.[0]).toBe('PMF');
  });
  it('matches whole words only, as the landing page marks them', () => {
    expect('other, further, they'.match(highlightPattern(['the'])!)).toBeNull();
    expect('The state stated'.match(highlightPattern(['state'])!)).toEqual(['state']);
    // An Arabic match starts a word and takes its suffixes, never the middle of a longer word.
    expect('القوات'.match(highlightPattern(['قوات'])!)).toBeNull();
    expect('قواتها وبقواتهم'.match(highlightPattern(['قوات'])!)).toEqual(['قواتها']);
  });

  it('treats regex characters in terms as text', () => {
    const pattern = highlightPattern(['a.b(c']);
    expect(pattern?.test('a.b(c')).toBe(true);
    expect(highlightPattern(['a.b(c'])?.test('axb(c')).toBe(false);
  });
  it('makes no pattern from nothing', () => {
    expect(highlightPattern([])).toBeUndefined();
    expect(highlightPattern([' '])).toBeUndefined();
  });
});

describe('withoutAliases', () => {
  const pmf = { alias: '(Popular Mobilization Forces, Hashd)', form: 'PMF' };
  const marks = (parts: ExcerptPart[]) => parts.filter((p) => p.mark).map((p) => p.text);

  it('drops an indexed alias text and the full stop after it, keeping the marks elsewhere', () => {
    const parts = parseExcerpt('the (Popular Mobilization Forces, Hashd). <mark>PMF</mark> fired');
    expect(withoutAliases(parts, [pmf])).toEqual([
      { text: 'the ', mark: false },
      { text: 'PMF', mark: true },
      { text: ' fired', mark: false },
    ]);
  });

  it('marks the term where the query matched only its alias', () => {
    const parts = parseExcerpt('the (Popular Mobilization Forces, <mark>Hashd</mark>). PMF fired');
    expect(withoutAliases(parts, [pmf]).map((p) => p.text).join('')).toBe('the PMF fired');
    expect(marks(withoutAliases(parts, [pmf]))).toEqual(['PMF']);
  });

  it('drops the piece of an alias an excerpt starts or ends inside', () => {
    const starts = withoutAliases(parseExcerpt('Forces, <mark>Hashd</mark>). PMF fired'), [pmf]);
    expect(starts.map((p) => p.text).join('')).toBe('PMF fired');
    expect(marks(starts)).toEqual(['PMF']);
    expect(withoutAliases(parseExcerpt('the <mark>PMF</mark> and (Popular Mob'), [pmf]).map((p) => p.text).join('')).toBe('the PMF and ');
  });

  it('leaves an excerpt without aliases as it is', () => {
    const parts = parseExcerpt('plain <mark>text</mark>. Forces rose');
    expect(withoutAliases(parts, [{ alias: '(x)', form: 'x' }, pmf])).toEqual(parts);
  });
});


describe('markMatches', () => {
  const marks = (excerpt: string, terms: string[]) =>
    markMatches(parseExcerpt(excerpt), highlightPattern(terms))
      .filter((part) => part.mark)
      .map((part) => part.text);

  it('marks an Arabic query word Pagefind left unmarked behind a prefix, and keeps Pagefind’s marks', () => {
    expect(marks('القوات الأمريكية والحشد <mark>الشعبي</mark> (PMF).', ['الحشد', 'الشعبي'])).toEqual(['والحشد', 'الشعبي']);
  });

  it('marks a whole Arabic word, suffix included, and only from the start of a word', () => {
    expect(marks('قوات الحشدية وغيرها', ['الحشد'])).toEqual(['الحشدية']);
    expect(marks('بالحشد', ['الحشد'])).toEqual(['بالحشد']);
    expect(marks('تالحشد', ['الحشد'])).toEqual([]);
  });

  it('marks a Latin word only where it is the whole word', () => {
    expect(marks('War and warning, a war.', ['war'])).toEqual(['War', 'war']);
  });

  it('leaves the parts as they are without a pattern', () => {
    expect(markMatches(parseExcerpt('a <mark>b</mark>'), undefined)).toEqual(parseExcerpt('a <mark>b</mark>'));
  });
});

describe('highlightPattern with hyphens and other punctuation', () => {
  it('matches a hyphenated term as written (a Unicode pattern rejects the escape "\\-")', () => {
    expect('the al-Hashd forces'.match(highlightPattern(['al-Hashd'])!)).toEqual(['al-Hashd']);
    expect('U.S. (troops)'.match(highlightPattern(['U.S.', '(troops)'])!)).toEqual(['U.S.', '(troops)']);
  });
});

describe('matchesQuery', () => {
  it('rejects a page found only through a much shorter prefix of a word', () => {
    expect(matchesQuery('aaaa', ['a', '“a'])).toBe(false);
    expect(matchesQuery('onerror alert', ['one', 'al-Kadhimi', 'one-way'])).toBe(false);
    expect(matchesQuery('troop withdrawal', ['troops', 'one'])).toBe(false);
  });

  it('accepts the word, its other forms, a half-typed word and a slip at its end', () => {
    expect(matchesQuery('troop withdrawal', ['Troops', 'withdraw', 'withdrawal.'])).toBe(true);
    expect(matchesQuery('PMF', ['(PMF).'])).toBe(true);
    expect(matchesQuery('withdr', ['withdrawal'])).toBe(true);
    expect(matchesQuery('troopsxyz withdrawalzz', ['troops', 'withdrawal'])).toBe(true);
    expect(matchesQuery('3- 4', ['3-', '\u20604'])).toBe(true);
  });

  it('leaves words in other scripts and with inner punctuation to the index', () => {
    expect(matchesQuery('حشد شعب', ['الحشد'])).toBe(true);
    expect(matchesQuery('U.S. PMF', ['PMF'])).toBe(true);
  });
});

describe('matchesQuery with the stemmers the index uses', () => {
  const stems = { latin: stemEnglish, arabic: stemArabic };

  it('finds a word inside a hyphenated compound, as Pagefind indexes its parts', () => {
    expect(matchesQuery('Zarqawiyyin', ['Al-Zarqawiyyin,'], stems)).toBe(true);
    expect(matchesQuery('sponsored', ['Tehran-sponsored'], stems)).toBe(true);
    expect(matchesQuery('al-Zarqawiyyin', ['Al-Zarqawiyyin'], stems)).toBe(true);
    // Pagefind drops an apostrophe inside a word.
    expect(matchesQuery('Jafarawi', ["Ja'farawi,"], stems)).toBe(true);
    expect(matchesQuery('Ja‘farawi', ['Ja’farawi'], stems)).toBe(true);
    // A part that only starts like a much longer word is still a prefix match.
    expect(matchesQuery('sponsorship', ['Tehran-spo'], stems)).toBe(false);
  });

  it('keeps every form Pagefind’s stemmer matched, however it is spelled', () => {
    expect(matchesQuery('allies', ['ally'], stems)).toBe(true);
    expect(matchesQuery('parties', ['party.'], stems)).toBe(true);
    expect(matchesQuery('studies', ['study'], stems)).toBe(true);
    expect(matchesQuery('ferries', ['ferry,'], stems)).toBe(true);
    // Without the stemmer, "parti" is not where "party" starts.
    expect(matchesQuery('parties', ['party.'])).toBe(false);
  });

  it('still drops pages found only through a much shorter prefix', () => {
    expect(matchesQuery('onerror', ['one', 'one-way'], stems)).toBe(false);
    expect(matchesQuery('partisans', ['part'], stems)).toBe(false);
    expect(matchesQuery('aaaa', ['a'], stems)).toBe(false);
  });

  it('drops an Arabic word found only through a shorter word it starts like, in either edition', () => {
    expect(matchesQuery('كوريا', ['كورونا،'], stems)).toBe(false);
    expect(matchesQuery('ألمانيا', ['ما'], stems)).toBe(false);
    expect(matchesQuery('البرازيل', ['والأهم'], stems)).toBe(false);
  });

  it('keeps Arabic matches through proclitics, ة/ه, ى/ي, hamza and tashkeel', () => {
    expect(matchesQuery('الحكومة', ['والحكومة'], stems)).toBe(true);
    expect(matchesQuery('فالحكومة', ['الحكومة'], stems)).toBe(true);
    expect(matchesQuery('بإيران', ['إيران.'], stems)).toBe(true);
    expect(matchesQuery('الحكومه', ['الحكومة'], stems)).toBe(true);
    expect(matchesQuery('مستوي', ['المستوى'], stems)).toBe(true);
    expect(matchesQuery('الامريكية', ['الأمريكية'], stems)).toBe(true);
    expect(matchesQuery('الحَشْد', ['والحشد'], stems)).toBe(true);
    expect(matchesQuery('قوات', ['القوات'], stems)).toBe(true);
    expect(matchesQuery('الحش', ['الحشد'], stems)).toBe(true);
  });
});
