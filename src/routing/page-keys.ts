import { bundleLoader } from '../client/bundle';
import { getLibrary } from '../content/library';
import { briefPagesKeyOf } from '../config/cache-keys';
import { memoize } from '../util/memoize';

/**
 * Cache keys for Astro's incremental build (`experimental.incrementalBuild`):
 * a page whose key and code both match the previous build is copied from it
 * instead of rendered. Astro hashes the page's module graph; the key must
 * change whenever anything else the page shows could. It covers every content
 * entry the page reads (by the digest of its file or data) and the inline
 * script, which esbuild bundles outside Astro's module graph. (Every cache
 * and its key: src/config/cache-keys.ts.)
 */

/** The inline script of every page (`EnhanceScript.astro`). */
export const enhanceScript = bundleLoader;

/**
 * The key of every page built from one brief (its editions, side-by-side
 * views and citation files): `briefPagesKeyOf` (src/config/cache-keys.ts)
 * over the library and the inline script. Computed once per build: four
 * routes ask for each brief's.
 */
export const briefPagesKey = memoize(async (slug: string): Promise<string> => briefPagesKeyOf(await getLibrary(), slug, await enhanceScript()));
