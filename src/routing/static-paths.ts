import { getLibrary, type Library } from '../content/library';
import { localeCodes, type Locale } from '../i18n/locales';
import { briefPagesKey } from './page-keys';
import { langParam } from './urls';

/** One page of a `[...lang]` route in one locale: its params besides `lang`, its props, and its incremental-build key when it has one. */
export interface LocalePage<Params, Props> {
  params: Params;
  props: Props;
  cacheKey?: string;
}

/**
 * `getStaticPaths` for a route under `src/pages/[...lang]/` (the default
 * locale at the root, the others under their prefix), written once: `pages`
 * lists the route's pages in one locale, and each gets the `lang` param and
 * a `locale` prop. Locales come from the locale table, so a new locale gets
 * every route.
 */
export function perLocale<Params extends Record<string, string>, Props extends object>(
  pages: (locale: Locale, library: Library) => LocalePage<Params, Props>[] | Promise<LocalePage<Params, Props>[]>,
) {
  return async () => {
    const library = await getLibrary();
    const lists = await Promise.all(
      localeCodes.map(async (locale) =>
        (await pages(locale, library)).map(({ params, props, cacheKey }) => ({
          params: { ...params, lang: langParam(locale) },
          props: { ...props, locale },
          ...(cacheKey === undefined ? {} : { cacheKey }),
        })),
      ),
    );
    return lists.flat();
  };
}

/** One page per locale, for routes whose pages exist in every locale (home, search, feed). */
export const everyLocale = perLocale(() => [{ params: {}, props: {} }]);

/** One page per brief edition (the brief, its citation files), keyed for incremental builds (`briefPagesKey`). */
export const briefEditionPaths = perLocale((locale, library) =>
  Promise.all(library.briefs(locale).map(async (brief) => ({ params: { slug: brief.slug }, props: { brief }, cacheKey: await briefPagesKey(brief.slug) }))),
);
