import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { locales, useTranslations, type Locale } from '../../i18n/index';
import { channelXml, creatorsXml, feedNamespaces, feedPath } from '../../seo/feed';
import { getLibrary } from '../../content/library';
import { everyLocale } from '../../routing/static-paths';
import { routes } from '../../routing/urls';
import { briefView } from '../../routing/brief-view';

/**
 * `/rss.xml` and `/ar/rss.xml`: the briefs of one language, newest first,
 * each with its absolute URL, publication day, summary and author names.
 */
export const getStaticPaths = everyLocale satisfies GetStaticPaths;

export const GET: APIRoute<{ locale: Locale }> = async ({ props, site }) => {
  if (!site) throw new Error('RSS feeds need the `site` setting (SITE_URL)');
  const { locale } = props;
  const t = useTranslations(locale);
  const library = await getLibrary();
  const absolute = (path: string) => new URL(path, site).href;
  return rss({
    title: t('feed.title'),
    description: t('site.description'),
    site: absolute(routes.home(locale)),
    xmlns: feedNamespaces,
    customData: channelXml(locales[locale].lang, absolute(feedPath(locale))),
    items: library.briefs(locale).map((brief) => {
      const { data, path, authors } = briefView(library, brief);
      return {
        title: data.title,
        link: absolute(path),
        pubDate: data.published,
        description: data.summary,
        customData: creatorsXml(authors.map((author) => author.entry.data.name)),
      };
    }),
  });
};
