import { astroBuild } from './build';
import { DIST } from './paths';

/**
 * Builds the real site into dist/ once, before any test file runs. The
 * `site` and `browser` projects both name this setup and Vitest runs each
 * project's: the first build marks the run's process, and the second
 * finds the site built.
 */
export default async function setup() {
  if (process.env['TEST_SITE_BUILT'] === DIST) return;
  const cache = process.env['TEST_CACHE'];
  const { code, output } = await astroBuild({ OUT_DIR: DIST, ...(cache ? { CACHE_DIR: cache } : {}) });
  if (code !== 0) throw new Error(`astro build failed (exit ${code}):\n${output}`);
  process.env['TEST_SITE_BUILT'] = DIST;
}
