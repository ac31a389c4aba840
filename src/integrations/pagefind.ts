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
 * index per `<html lang>`. Any Pagefind error fails the build.
 */
export default function pagefind(api: PagefindApi = pagefindApi): AstroIntegration {
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
          const added = await index!.addDirectory({ path: outDir });
          if (added.errors.length > 0) fail('addDirectory', added.errors);
          if (added.page_count === 0) fail('addDirectory', ['no pages were indexed (is data-pagefind-body missing?)']);
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
