import type { Locale } from '../i18n/locales';
import { localizedPath } from '../routing/urls';

/**
 * Pieces of the per-language RSS feeds that `@astrojs/rss` leaves to us:
 * where each feed lives and the extension elements (language, self link,
 * authors by name) written as XML text.
 */

/** Site path of `locale`'s feed: `/rss.xml`, `/ar/rss.xml`. */
export function feedPath(locale: Locale): string {
  return localizedPath(locale, '/rss.xml');
}

/** Namespaces of the extension elements the feeds use. */
export const feedNamespaces = {
  atom: 'http://www.w3.org/2005/Atom',
  dc: 'http://purl.org/dc/elements/1.1/',
} as const;

/** Escapes text for an XML element or a double-quoted attribute. */
export function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The channel's `<language>` and its `atom:link rel="self"` to `feedUrl` (absolute). */
export function channelXml(lang: string, feedUrl: string): string {
  return `<language>${escapeXml(lang)}</language><atom:link href="${escapeXml(feedUrl)}" rel="self" type="application/rss+xml"/>`;
}

/**
 * One `<dc:creator>` per author name. RSS's own `<author>` must be an email
 * address, so names go in Dublin Core's creator element.
 */
export function creatorsXml(names: readonly string[]): string {
  return names.map((name) => `<dc:creator>${escapeXml(name)}</dc:creator>`).join('');
}
