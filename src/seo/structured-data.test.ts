import { describe, expect, it } from 'vitest';
import { createBriefJsonLd, createPersonJsonLd, firstParagraphText, serializeJsonLd, type BriefData } from './structured-data';

const SITE = 'https://briefs.example';
const EN = `${SITE}/briefs/x/`;
const AR = `${SITE}/ar/briefs/x/`;

const english: BriefData = {
  headline: 'A headline',
  description: 'A summary.',
  inLanguage: 'en',
  published: new Date('2020-08-18'),
  url: EN,
  authors: [
    { name: 'Jane Doe', url: `${SITE}/authors/jane-doe/` },
    { name: 'John Roe', url: `${SITE}/authors/john-roe/` },
  ],
  publisher: { name: 'The Institute', url: 'https://institute.example' },
  originalUrl: 'https://institute.example/analysis/x',
  translations: [{ url: AR, inLanguage: 'ar' }],
};

const arabic: BriefData = {
  ...english,
  headline: 'عنوان',
  inLanguage: 'ar',
  url: AR,
  authors: [{ name: 'جين دو', url: `${SITE}/ar/authors/jane-doe/` }],
  publisher: { name: 'المعهد', url: 'https://institute.example' },
  translatedFrom: { url: EN, inLanguage: 'en' },
  translator: { name: 'الموقع', url: `${SITE}/ar/` },
  translations: [],
};

describe('createBriefJsonLd', () => {
  const ld = createBriefJsonLd(english);

  it.each([
    ['@context', 'https://schema.org'],
    ['@type', 'AnalysisNewsArticle'],
    ['@id', EN],
    ['url', EN],
    ['mainEntityOfPage', EN],
    ['headline', 'A headline'],
    ['description', 'A summary.'],
    ['inLanguage', 'en'],
    ['datePublished', '2020-08-18'],
  ])('sets %s to %s', (key, value) => {
    expect(ld[key]).toBe(value);
  });

  it('credits every author, in byline order, as a Person with our author page URL', () => {
    expect(ld['author']).toEqual([
      { '@type': 'Person', '@id': `${SITE}/authors/jane-doe/#person`, name: 'Jane Doe', url: `${SITE}/authors/jane-doe/` },
      { '@type': 'Person', '@id': `${SITE}/authors/john-roe/#person`, name: 'John Roe', url: `${SITE}/authors/john-roe/` },
    ]);
  });

  it('credits the original publisher as source organisation and as publisher of the work it is based on', () => {
    const institute = { '@type': 'Organization', name: 'The Institute', url: 'https://institute.example' };
    expect(ld['sourceOrganization']).toEqual(institute);
    expect(ld['isBasedOn']).toEqual({ '@type': 'CreativeWork', url: 'https://institute.example/analysis/x', publisher: institute });
    expect(ld).not.toHaveProperty('publisher');
  });

  it('names the publisher in the edition’s language', () => {
    expect(createBriefJsonLd(arabic)['sourceOrganization']).toMatchObject({ name: 'المعهد' });
  });

  it('links an original to its translations with workTranslation only', () => {
    expect(ld['workTranslation']).toEqual([{ '@type': 'CreativeWork', '@id': AR, url: AR, inLanguage: 'ar' }]);
    expect(ld).not.toHaveProperty('translationOfWork');
  });

  it('credits a translation to its translator as an Organization, and an original to none', () => {
    expect(createBriefJsonLd(arabic)['translator']).toEqual({ '@type': 'Organization', name: 'الموقع', url: `${SITE}/ar/` });
    expect(ld).not.toHaveProperty('translator');
    expect(createBriefJsonLd({ ...english, translator: { name: 'x', url: SITE } })).not.toHaveProperty('translator');
  });

  it('links a translation to its original with translationOfWork only', () => {
    const translated = createBriefJsonLd(arabic);
    expect(translated['translationOfWork']).toEqual({ '@type': 'CreativeWork', '@id': EN, url: EN, inLanguage: 'en' });
    expect(translated).not.toHaveProperty('workTranslation');
  });

  it('links nothing for a brief with a single edition', () => {
    const alone = createBriefJsonLd({ ...english, translations: undefined });
    expect(alone).not.toHaveProperty('workTranslation');
    expect(alone).not.toHaveProperty('translationOfWork');
  });
});

describe('createPersonJsonLd', () => {
  it('describes an author with the @id briefs credit them by, name, page URL, bio and publisher profile', () => {
    expect(
      createPersonJsonLd({
        name: 'Jane Doe',
        url: `${SITE}/authors/jane-doe/`,
        description: 'Jane writes.',
        sameAs: ['https://institute.example/experts/jane-doe'],
      }),
    ).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Person',
      '@id': `${SITE}/authors/jane-doe/#person`,
      name: 'Jane Doe',
      url: `${SITE}/authors/jane-doe/`,
      description: 'Jane writes.',
      sameAs: ['https://institute.example/experts/jane-doe'],
    });
  });

  it('leaves out an empty bio and a missing profile', () => {
    const person = createPersonJsonLd({ name: 'Jane Doe', url: `${SITE}/authors/jane-doe/`, description: '', sameAs: [] });
    expect(Object.keys(person)).toEqual(['@context', '@type', '@id', 'name', 'url']);
  });
});

describe('firstParagraphText', () => {
  it.each([
    ['returns the first paragraph alone', 'One line.\n\nSecond paragraph.', 'One line.'],
    ['joins a paragraph’s lines', 'One\nparagraph\n  here.', 'One paragraph here.'],
    ['keeps a link’s text and drops its address', 'Writes for [Fikra Forum](https://x.example/fikra).', 'Writes for Fikra Forum.'],
    ['drops emphasis and code marks', 'A **bold**, *quiet* and _plain_ `code_name` word_with_underscores.', 'A bold, quiet and plain code_name word_with_underscores.'],
    ['reads Arabic text unchanged', 'كاتب ومراقب.\n\nفقرة ثانية.', 'كاتب ومراقب.'],
    ['returns an empty string for an empty text', '  \n ', ''],
  ])('%s', (_, markdown, expected) => {
    expect(firstParagraphText(markdown)).toBe(expected);
  });
});

describe('serializeJsonLd', () => {
  it('writes < > & as unicode escapes so the text cannot close the script', () => {
    const json = serializeJsonLd({ headline: '</script><script>alert(1)</script> & <!--' });
    expect(json).not.toMatch(/[<>&]/);
    expect(json).toContain('\\u003c/script\\u003e');
  });

  it('round-trips to the same value through JSON.parse', () => {
    const data = { headline: 'a</script>b & c > d', inLanguage: 'ar', list: ['<', { x: '&' }] };
    expect(JSON.parse(serializeJsonLd(data))).toEqual(data);
  });
});
