import { astroBuild } from './build';
import { DIST } from './paths';

/** Builds the real site into dist/ once, before any test file runs. */
export default async function setup() {
  const { code, output } = await astroBuild({ OUT_DIR: DIST });
  if (code !== 0) throw new Error(`astro build failed (exit ${code}):\n${output}`);
}
