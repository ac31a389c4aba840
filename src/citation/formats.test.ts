import { describe, expect, it } from 'vitest';
import { inTimeZone, TIME_ZONES } from '../test/support/time-zone';
import { useTranslations } from '../i18n/index';
import { apa, bibtex, bibtexUrl, chicago, citationFormats, escapeBibtex, parseName, ris, splitRuns, type CitationSource } from './formats';

/** The site's Arabic name, as the citation credits the translation to it (from the strings table). */
const SITE_AR = useTranslations('ar')('site.name');
const ALAALDIN = parseName('Farhad Alaaldin');
const ALAALDIN_AR = parseName('فرهاد علاء الدين', 'علاء الدين');

const ORIGINAL = 'https://www.washingtoninstitute.org/policy-analysis/iraq-us-strategic-dialogue-finding-agreement-within-contention';
const EN_TITLE = 'Iraq-U.S. Strategic Dialogue: Finding Agreement within Contention';
const AR_TITLE = 'الحوار الاستراتيجي بين العراق والولايات المتحدة: إيجاد اتفاق ضمن الخلاف';
const AR_PAGE = 'https://example.org/ar/briefs/iraq-us-strategic-dialogue/';

const english: CitationSource = {
  locale: 'en',
  id: 'iraq-us-strategic-dialogue',
  title: EN_TITLE,
  authors: [ALAALDIN],
  published: new Date('2020-08-18'),
  publisher: 'The Washington Institute for Near East Policy',
  sourceUrl: ORIGINAL,
};

const arabic: CitationSource = {
  ...english,
  locale: 'ar',
  title: AR_TITLE,
  authors: [ALAALDIN_AR],
  publisher: 'معهد واشنطن لسياسة الشرق الأدنى',
  translation: { translator: SITE_AR, from: 'en', originalTitle: EN_TITLE, pageUrl: AR_PAGE },
};

describe('parseName', () => {
  it.each([
    ['splits a Latin-script name at its last space', 'Farhad Alaaldin', { family: 'Alaaldin', given: 'Farhad' }],
    ['keeps middle names with the given name', 'Dana  Stroul Smith', { family: 'Smith', given: 'Dana Stroul' }],
    ['keeps an Arabic name whole when its family name is not given', 'فرهاد علاء الدين', { literal: 'فرهاد علاء الدين' }],
    ['keeps a one-word name whole', 'Madonna', { literal: 'Madonna' }],
  ])('%s', (_, name, expected) => {
    expect(parseName(name)).toEqual(expected);
  });

  it.each([
    ['splits an Arabic name before its compound family name', 'فرهاد  علاء الدين', 'علاء الدين', { family: 'علاء الدين', given: 'فرهاد' }],
    ['takes a family name written first', 'Mao Zedong', 'Mao', { family: 'Mao', given: 'Zedong' }],
    ['keeps a name that is all family name whole', 'Madonna', 'Madonna', { literal: 'Madonna' }],
  ])('%s', (_, name, family, expected) => {
    expect(parseName(name, family)).toEqual(expected);
  });

  it('refuses a family name that is not part of the name', () => {
    expect(() => parseName('فرهاد علاء الدين', 'الدين علاء')).toThrow('family name "الدين علاء" is neither the start nor the end of "فرهاد علاء الدين"');
  });
});

describe('chicago', () => {
  it.each([
    [
      'cites the English original with the publisher, the long date and the URL',
      english,
      `Alaaldin, Farhad. “${EN_TITLE}.” The Washington Institute for Near East Policy, August 18, 2020. ${ORIGINAL}.`,
    ],
    [
      'cites the Arabic translation in Arabic, naming the original, our page and the original URL',
      arabic,
      `علاء الدين، فرهاد. «${AR_TITLE}». ترجمة: ${SITE_AR}؛ النص الأصلي بالإنجليزية: «${EN_TITLE}». ` +
        `معهد واشنطن لسياسة الشرق الأدنى، 18 أغسطس 2020. ${AR_PAGE}. الأصل: ${ORIGINAL}.`,
    ],
    [
      'inverts only the first of several authors and joins them with a serial "and"',
      { ...english, authors: [ALAALDIN, parseName('Dana Stroul'), parseName('Michael Knights')] },
      `Alaaldin, Farhad, Dana Stroul, and Michael Knights. “${EN_TITLE}.” The Washington Institute for Near East Policy, August 18, 2020. ${ORIGINAL}.`,
    ],
    [
      'does not add a period after a title ending in a question mark',
      { ...english, title: 'What Next?' },
      `Alaaldin, Farhad. “What Next?” The Washington Institute for Near East Policy, August 18, 2020. ${ORIGINAL}.`,
    ],
  ])('%s', (_, source, expected) => {
    expect(chicago(source)).toBe(expected);
  });

  it.each(TIME_ZONES)('reads the publication day in UTC in %s', async (zone) => {
    await inTimeZone(zone, async () => {
      const formats = await import('./formats');
      const published = new Date('2020-01-01T00:00:00Z');
      // The zone really is in force: midnight UTC is another hour there.
      expect(published.getHours(), zone).not.toBe(0);
      expect(formats.chicago({ ...english, published })).toContain('January 1, 2020');
      expect(formats.chicago({ ...arabic, published })).toContain('1 يناير 2020');
      expect(formats.apa({ ...english, published })).toContain('(2020, January 1)');
      expect(formats.bibtex({ ...english, published })).toContain('date = {2020-01-01}');
      expect(formats.ris({ ...english, published })).toContain('2020/01/01');
    });
  });
});

describe('apa', () => {
  it.each([
    [
      'cites the English original with initials, year first and no period after the URL',
      english,
      `Alaaldin, F. (2020, August 18). ${EN_TITLE}. The Washington Institute for Near East Policy. ${ORIGINAL}`,
    ],
    [
      'cites the Arabic translation in Arabic, with the translator, our page and the original URL',
      arabic,
      `علاء الدين، فرهاد. (2020، 18 أغسطس). ${AR_TITLE} (ترجمة: ${SITE_AR}؛ النص الأصلي بالإنجليزية: «${EN_TITLE}»). ` +
        `معهد واشنطن لسياسة الشرق الأدنى. ${AR_PAGE}. الأصل: ${ORIGINAL}`,
    ],
    [
      'inverts every author, abbreviates hyphenated given names and joins with an ampersand',
      { ...english, authors: [ALAALDIN, parseName('Jean-Paul Sartre')] },
      `Alaaldin, F., & Sartre, J.-P. (2020, August 18). ${EN_TITLE}. The Washington Institute for Near East Policy. ${ORIGINAL}`,
    ],
    [
      'inverts Arabic names whole, without initials, and joins them with the Arabic conjunction',
      { ...arabic, authors: [ALAALDIN_AR, parseName('حمدي مالك', 'مالك')] },
      expect.stringMatching(/^علاء الدين، فرهاد ومالك، حمدي\. \(2020، 18 أغسطس\)/),
    ],
  ])('%s', (_, source, expected) => {
    expect(apa(source)).toEqual(expected);
  });
});

describe('escapeBibtex', () => {
  it.each([
    ['escapes LaTeX special characters', '50% of $12 & #1_a', '50\\% of \\$12 \\& \\#1\\_a'],
    ['escapes braces, backslashes, carets and tildes', 'a{b}\\c^d~e', 'a\\{b\\}\\textbackslash{}c\\^{}d\\~{}e'],
    ['collapses whitespace and line breaks', ' two\n  lines ', 'two lines'],
    ['leaves Arabic and punctuation alone', '«الحشد الشعبي»: U.S.', '«الحشد الشعبي»: U.S.'],
  ])('%s', (_, text, expected) => {
    expect(escapeBibtex(text)).toBe(expected);
  });

  it('percent-encodes only braces and backslashes in URLs', () => {
    expect(bibtexUrl('https://x.org/a_b?q={1}%20#c\\d')).toBe('https://x.org/a_b?q=%7B1%7D%20#c%5Cd');
  });
});

describe('bibtex', () => {
  it('writes a BibLaTeX @online record of the English original, the publisher as its organization', () => {
    expect(bibtex(english)).toBe(
      [
        '@online{iraq-us-strategic-dialogue-2020,',
        '  author = {Alaaldin, Farhad},',
        `  title = {{${EN_TITLE}}},`,
        '  organization = {The Washington Institute for Near East Policy},',
        '  date = {2020-08-18},',
        `  url = {${ORIGINAL}},`,
        '  language = {english}',
        '}',
        '',
      ].join('\n'),
    );
  });

  it('writes the Arabic translation with the family name marked as such, the original title, and the translator and original URL in a plain note', () => {
    const record = bibtex({ ...arabic, sourceUrl: 'https://x.org/a_b%20c#d' });
    expect(record).toMatch(/^@online\{iraq-us-strategic-dialogue-2020-ar,\n/);
    expect(record).toContain('  author = {family={علاء الدين}, given={فرهاد}},');
    expect(record).toContain(`  title = {{${AR_TITLE}}},`);
    expect(record).toContain(`  origtitle = {{${EN_TITLE}}},`);
    expect(record).toContain(`  url = {${AR_PAGE}},`);
    expect(record).toContain('  language = {arabic},');
    expect(record).toContain(`  note = {ترجمة: ${SITE_AR}؛ النص الأصلي بالإنجليزية: «${EN_TITLE}». الأصل: https://x.org/a\\_b\\%20c\\#d}`);
    expect(record).not.toMatch(/\\url|translator|origlanguage|publisher/);
  });

  it('escapes special characters in the title and joins authors with "and"', () => {
    const record = bibtex({ ...english, title: 'Oil & Gas: 50% Down', authors: [ALAALDIN, parseName('Dana Stroul'), parseName('Ludwig van Beethoven', 'van Beethoven')] });
    expect(record).toContain('  title = {{Oil \\& Gas: 50\\% Down}},');
    expect(record).toContain('  author = {Alaaldin, Farhad and Stroul, Dana and family={van Beethoven}, given={Ludwig}},');
  });
});

describe('ris', () => {
  it('writes an ELEC record of the English original with CRLF line ends', () => {
    expect(ris(english)).toBe(
      [
        'TY  - ELEC',
        `TI  - ${EN_TITLE}`,
        'AU  - Alaaldin, Farhad',
        'PY  - 2020',
        'DA  - 2020/08/18/',
        'PB  - The Washington Institute for Near East Policy',
        `UR  - ${ORIGINAL}`,
        'LA  - en',
        'ER  - ',
        '',
      ].join('\r\n'),
    );
  });

  it('writes the Arabic translation as a pamphlet with "family, given", the original title, and the translator in the note', () => {
    const lines = ris(arabic).split('\r\n');
    expect(lines).toEqual(
      expect.arrayContaining([
        'TY  - PAMP',
        `TI  - ${AR_TITLE}`,
        'AU  - علاء الدين, فرهاد',
        `OP  - ${EN_TITLE}`,
        `UR  - ${AR_PAGE}`,
        `N1  - ترجمة: ${SITE_AR}؛ النص الأصلي بالإنجليزية: «${EN_TITLE}». الأصل: ${ORIGINAL}`,
        'LA  - ar',
      ]),
    );
    expect(lines.filter((line) => /^A[1-4] /.test(line))).toEqual([]);
  });

  it('writes a name kept whole with a trailing comma, so readers do not split it', () => {
    expect(ris({ ...english, authors: [parseName('Madonna')] })).toContain('AU  - Madonna,\r\n');
  });

  it('keeps every value on one line', () => {
    expect(ris({ ...english, title: 'Two\nlines' })).toContain('TI  - Two lines\r\n');
  });
});

describe('splitRuns', () => {
  const url = { value: 'https://x.org/a/' };
  const title = { value: 'Iraq-U.S. Dialogue' };
  it.each([
    ['cuts out every run, in order of appearance', `«${title.value}». ${url.value}. الأصل: ${url.value}.`, [
      { text: '«' }, { text: title.value, run: title }, { text: '». ' }, { text: url.value, run: url }, { text: '. الأصل: ' }, { text: url.value, run: url }, { text: '.' },
    ]],
    ['returns the text whole when no run occurs', 'لا شيء', [{ text: 'لا شيء' }]],
    ['prefers the longer run where two start together', 'https://x.org/a/b', [{ text: 'https://x.org/a/b', run: { value: 'https://x.org/a/b' } }]],
  ])('%s', (_, text, expected) => {
    const runs = [url, title, { value: 'https://x.org/a/b' }];
    const pieces = splitRuns(text, runs);
    expect(pieces).toEqual(expected);
    expect(pieces.map((p) => p.text).join('')).toBe(text);
  });
});

describe('citationFormats', () => {
  it.each([
    ['bib', 'application/x-bibtex; charset=utf-8', bibtex],
    ['ris', 'application/x-research-info-systems; charset=utf-8', ris],
  ] as const)('serves .%s files as %s', (extension, type, format) => {
    expect(citationFormats[extension]).toEqual({ format, type });
  });
});
