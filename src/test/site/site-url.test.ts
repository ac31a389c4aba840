import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { astroBuild } from '../support/build';
import { ROOT } from '../support/paths';

it('refuses to build without SITE_URL, saying what to set, and writes nothing', async () => {
  const dir = await mkdtemp(join(ROOT, '.test-builds/site-url-'));
  try {
    const { code, output } = await astroBuild({ SITE_URL: undefined, OUT_DIR: join(dir, 'dist'), CACHE_DIR: join(dir, 'cache') });
    expect(code).not.toBe(0);
    expect(output).toMatch(/SITE_URL is not set/);
    expect(output).toMatch(/SITE_URL=https:\/\/briefs\.example\.org npm run build/);
    expect(output).toMatch(/npm start/);
    expect(existsSync(join(dir, 'dist'))).toBe(false);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
