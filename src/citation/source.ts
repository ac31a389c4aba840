import { useTranslations } from '../i18n/index';
import { parseName, type CitationSource } from './formats';
import type { Brief, Library } from '../content/library';
import { originalLocaleOf, translatorOf } from '../content/editions';
import { routes } from '../routing/urls';

/**
 * The citation data of one brief edition, from the checked library: the
 * edition's title and author names (split into family and given names as
 * each author's page says), the publisher's name in its language, and, for
 * a translation, its translator (the site, or the publisher for its own
 * translation), the original's title and the translation's absolute URL on
 * `site` (Astro's `site` setting).
 * @throws if `site` is not set: a citation needs absolute URLs.
 */
export function briefCitationSource(brief: Brief, library: Library, site: URL | undefined): CitationSource {
  const { slug, locale, entry } = brief;
  const { data } = entry;
  if (!site) throw new Error('Set `site` in astro.config.ts: citations need absolute URLs');
  const pageUrl = new URL(routes.brief(locale, slug), site).href;
  const from = originalLocaleOf(locale, data);
  const original = from && library.brief(slug, from);
  const publisher = library.publisher(data.source.publisher).data.name[locale];
  return {
    locale,
    id: slug,
    title: data.title,
    authors: library.authorsOf(data, locale).map((author) => parseName(author.entry.data.name, author.entry.data.family)),
    published: data.published,
    publisher,
    sourceUrl: data.source.url,
    translation:
      from && original
        ? {
            translator: translatorOf(locale, data) === 'site' ? useTranslations(locale)('site.name') : publisher,
            from,
            originalTitle: original.entry.data.title,
            pageUrl,
          }
        : undefined,
  };
}
