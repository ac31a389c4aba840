import { astroBuild } from './build';
import { DIST } from './paths';

/** Builds the real site into dist/ once, before any test file runs. */
export default async function setup() {
  const cache = process.env['TEST_CACHE'];
  const { code, output } = await astroBuild({ OUT_DIR: DIST, ...(cache ? { CACHE_DIR: cache } : {}) });
  if (code !== 0) throw new Error(`astro build failed (exit ${code}):\n${output}`);
}
