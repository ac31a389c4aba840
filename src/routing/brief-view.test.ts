import { describe, expect, it } from 'vitest';
import type { Brief, Library } from '../content/library';
import type { Locale } from '../i18n/locales';
import { briefView } from './brief-view';

/** A brief edition with only what the view reads. */
function edition(slug: string, locale: Locale, data: Record<string, unknown> = {}): Brief {
  return {
    slug,
    locale,
    entry: { data: { title: `${slug} ${locale}`, authors: ['a', 'b'], topics: ['t'], recommended: ['r'], source: { publisher: 'p' }, ...data } },
    sections: [{ slug: `${locale}-one` }, { slug: `${locale}-two` }],
  } as unknown as Brief;
}

/** A library of `editions`, with one publisher, topic, recommended item and two authors. */
function libraryOf(...editions: Brief[]): Library {
  const find = (slug: string, locale: Locale) => editions.find((brief) => brief.slug === slug && brief.locale === locale);
  return {
    brief: find,
    briefLocales: (slug: string) => (['en', 'ar'] as const).filter((locale) => find(slug, locale)),
    alignment: () => 'paragraphs',
    staleness: () => undefined,
    // Names the locale, so a view that asks for the wrong one shows it.
    authorsOf: ({ authors }: { authors: readonly string[] }, locale: Locale) => authors.map((slug) => ({ slug, locale })),
    publisher: (id: string) => ({ id, data: { name: { en: 'Institute', ar: 'المعهد' } } }),
    topic: (id: string) => ({ id }),
    recommended: (id: string) => ({ id, data: { publisher: 'q' } }),
  } as unknown as Library;
}

describe('briefView', () => {
  const english = edition('x', 'en');
  const arabic = edition('x', 'ar', { translatedFrom: 'en' });
  const library = libraryOf(english, arabic);

  it('links an original to its translations and a site translation to its original', () => {
    const original = briefView(library, english);
    expect(original).toMatchObject({ translator: undefined, original: undefined, translations: [arabic], editions: ['en', 'ar'] });
    const translation = briefView(library, arabic);
    expect(translation).toMatchObject({ translator: 'site', original: english, translations: [] });
  });

  it('credits a publisher’s own translation to the publisher', () => {
    const own = edition('y', 'ar');
    const view = briefView(libraryOf(edition('y', 'en'), own), own);
    expect(view.translator).toBe('publisher');
    expect(view.original?.locale).toBe('en');
  });

  it('gives an English-only brief no other edition', () => {
    const alone = edition('z', 'en');
    expect(briefView(libraryOf(alone), alone)).toMatchObject({ editions: ['en'], translations: [], original: undefined, sections: { en: ['en-one', 'en-two'] } });
  });

  it('reads authors, publisher and paths in the edition’s own locale', () => {
    const view = briefView(library, arabic);
    expect(view.authors).toEqual([
      { slug: 'a', locale: 'ar' },
      { slug: 'b', locale: 'ar' },
    ]);
    expect(view.publisherName).toBe('المعهد');
    expect(view.path).toBe('/ar/briefs/x/');
    expect(view.neutralPath).toBe('/briefs/x/');
    expect(view.sections).toEqual({ en: ['en-one', 'en-two'], ar: ['ar-one', 'ar-two'] });
    expect(view.recommended).toEqual([{ item: { id: 'r', data: { publisher: 'q' } }, publisher: expect.objectContaining({ id: 'q' }) }]);
  });

  it('builds each edition’s view once', () => {
    expect(briefView(library, english)).toBe(briefView(library, english));
  });
});
