import { createHash } from 'node:crypto';
import { localeCodes } from '../i18n/locales';
import { bundleLoader } from '../client/bundle';
import { getLibrary } from '../content/library';
import { memoize } from '../util/memoize';
import { langParam } from './urls';

/**
 * Cache keys for Astro's incremental build (`experimental.incrementalBuild`):
 * a page whose key and code both match the previous build is copied from it
 * instead of rendered. Astro hashes the page's module graph; the key must
 * change whenever anything else the page shows could. It covers every content
 * entry the page reads (by the digest of its file or data) and the inline
 * script, which esbuild bundles outside Astro's module graph.
 */

/** The inline script of every page (`EnhanceScript.astro`). */
export const enhanceScript = bundleLoader;

/** A short digest of the parts, in order. */
export function digestOf(parts: readonly unknown[]): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('base64url').slice(0, 24);
}

/**
 * Identifies one content entry's current version: the digest Astro's glob
 * loaders keep of its file, or, for entries of a YAML list (the `file()`
 * loader keeps no digest), a digest of its data.
 */
const version = (entry: { collection: string; id: string; digest?: string | number | undefined; data: unknown }) =>
  `${entry.collection}/${entry.id}@${entry.digest ?? digestOf([entry.data])}`;

/**
 * The key of every page built from one brief (its editions, side-by-side
 * views and citation files): all its editions, their authors' pages in every
 * language, the publishers, the recommended items and the topics they name.
 * Computed once per build: four routes ask for each brief's.
 */
export const briefPagesKey = memoize(async (slug: string): Promise<string> => {
  const library = await getLibrary();
  const editions = library.briefLocales(slug).map((locale) => library.brief(slug, locale)!);
  const parts = new Set<string>();
  for (const { entry } of editions) {
    const { data } = entry;
    parts.add(version(entry));
    for (const author of data.authors) {
      for (const locale of localeCodes) {
        const page = library.author(author, locale);
        if (!page) continue;
        parts.add(version(page.entry));
        const profile = page.entry.data.profile;
        if (profile) parts.add(version(library.publisher(profile.publisher)));
      }
    }
    parts.add(version(library.publisher(data.source.publisher)));
    for (const id of data.recommended) {
      const item = library.recommended(id);
      parts.add(version(item));
      parts.add(version(library.publisher(item.data.publisher)));
    }
    for (const id of data.topics) parts.add(version(library.topic(id)));
  }
  return digestOf([...parts, await enhanceScript()]);
});

/** `getStaticPaths` entries for a route with one page per brief edition (the brief, its citation files), keyed. */
export async function briefEditionPaths() {
  const library = await getLibrary();
  return Promise.all(
    localeCodes.flatMap((locale) =>
      library.briefs(locale).map(async (brief) => ({
        params: { lang: langParam(locale), slug: brief.slug },
        props: { brief },
        cacheKey: await briefPagesKey(brief.slug),
      })),
    ),
  );
}
