import { resolve } from 'node:path';

/**
 * Absolute folder of the build cache: Astro's content store and the
 * rendered bodies (`body-store.ts`). `CACHE_DIR` gives each test or
 * benchmark build its own; the default is Astro's.
 */
export const cacheDir = resolve(process.env['CACHE_DIR'] ?? 'node_modules/.astro');
