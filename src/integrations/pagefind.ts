import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
// Imported statically: the config's module runner is closed by the time
// `astro:build:done` runs, so a dynamic import there fails.
import * as pagefindApi from 'pagefind';

/** The parts of Pagefind's Node API this integration uses (mockable in tests). */
export interface PagefindApi {
  createIndex: typeof import('pagefind').createIndex;
  close: typeof import('pagefind').close;
}

/**
 * Indexes the finished site with Pagefind's Node API at `astro:build:done`,
 * so `astro build` alone produces a searchable site in `<outDir>/pagefind/`.
 * Scope comes from the pages: `data-pagefind-body` on the article, one
 * index per `<html lang>`. `glob` (relative to the output folder) names the
 * files that can carry a body; reading only those keeps Pagefind from
 * parsing every listing and citation page of a large library (about 3×
 * faster at 1,000 briefs). Any Pagefind error fails the build.
 */
export default function pagefind({ glob, api = pagefindApi }: { glob: string; api?: PagefindApi }): AstroIntegration {
  return {
    name: 'pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const { createIndex, close } = api;
        const started = performance.now();
        const fail = (step: string, errors: readonly string[]) => {
          throw new Error(`Pagefind ${step} failed:\n  ${errors.join('\n  ')}`);
        };
        try {
          const { index, errors } = await createIndex({});
          if (!index || errors.length > 0) fail('createIndex', errors);
          const added = await index!.addDirectory({ path: outDir, glob });
          if (added.errors.length > 0) fail('addDirectory', added.errors);
          if (added.page_count === 0) fail('addDirectory', [`no pages were indexed (does any file matching ${glob} carry data-pagefind-body?)`]);
          const written = await index!.writeFiles({ outputPath: `${outDir}pagefind` });
          if (written.errors.length > 0) fail('writeFiles', written.errors);
          const seconds = ((performance.now() - started) / 1000).toFixed(1);
          logger.info(`Indexed ${added.page_count} pages into ${written.outputPath} in ${seconds} s`);
        } catch (error) {
          throw new Error(`Search index not built: ${(error as Error).message}`, { cause: error });
        } finally {
          await close();
        }
      },
    },
  };
}
