import { cp } from 'node:fs/promises';
import { join } from 'node:path';
import { astroBuild, type BuildResult } from './build';
import type { Edit } from './edit';
import { buildWorkdir } from './workdir';

/** A fixture library built into a folder of its own. */
export interface FixtureBuild extends BuildResult {
  /** The build's folder: `content/`, `dist/` and `cache/` are inside. */
  dir: string;
  content: string;
  dist: string;
}

/**
 * Copies the fixture library at `fixture` (a folder URL or path), applies
 * `edit` to the copy, and builds the site from it in a fresh folder. The
 * caller removes `dir` when done.
 */
export async function buildFixture(fixture: URL | string, edit?: Edit, prefix = 'fixture-'): Promise<FixtureBuild> {
  const dir = await buildWorkdir(prefix);
  const content = join(dir, 'content');
  const dist = join(dir, 'dist');
  await cp(fixture instanceof URL ? fixture.pathname : fixture, content, { recursive: true });
  await edit?.(content);
  const result = await astroBuild({ CONTENT_DIR: content, OUT_DIR: dist, CACHE_DIR: join(dir, 'cache') });
  return { ...result, dir, content, dist };
}
