import { useTranslations } from '../i18n/index';
import { parseName, type CitationSource } from './formats';
import type { BriefView } from '../routing/brief-view';

/**
 * The citation data of one brief edition, from its view: the edition's
 * title and author names (split into family and given names as each
 * author's page says), the publisher's name in its language, and, for a
 * translation, its translator (the site, or the publisher for its own
 * translation), the original's title and the translation's absolute URL on
 * `site` (Astro's `site` setting).
 * @throws if `site` is not set: a citation needs absolute URLs.
 */
export function briefCitationSource(view: BriefView, site: URL | undefined): CitationSource {
  const { slug, locale, data, original, translator, publisherName: publisher } = view;
  if (!site) throw new Error('Set `site` in astro.config.ts: citations need absolute URLs');
  return {
    locale,
    id: slug,
    title: data.title,
    authors: view.authors.map((author) => parseName(author.entry.data.name, author.entry.data.family)),
    published: data.published,
    publisher,
    sourceUrl: data.source.url,
    translation:
      original && translator
        ? {
            translator: translator === 'site' ? useTranslations(locale)('site.name') : publisher,
            from: original.locale,
            originalTitle: original.entry.data.title,
            pageUrl: new URL(view.path, site).href,
          }
        : undefined,
  };
}
