import { mkdir, mkdtemp } from 'node:fs/promises';
import { join } from 'node:path';
import { ROOT } from './paths';

/**
 * A fresh folder for a fixture build, inside the project. Astro 7 writes a
 * static build's prerender chunks next to `outDir` only when `outDir` lies
 * under the working directory; otherwise it falls back to the shared
 * `.astro/.prerender/`, where two builds running at once delete each other's
 * chunks. Builds under `.test-builds/` (git-ignored) stay apart.
 */
export async function buildWorkdir(prefix: string): Promise<string> {
  const parent = join(ROOT, '.test-builds');
  await mkdir(parent, { recursive: true });
  return mkdtemp(join(parent, prefix));
}
