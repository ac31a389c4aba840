import type { AstroIntegration } from 'astro';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { precompress } from './compress';
import { limitPoliciesToOwnHashes } from './csp';
import { renderHeadersFile } from './headers-file';

/** File name Netlify and Cloudflare Pages read their header rules from. */
export const HEADERS_FILE = '_headers';

/**
 * Readies the built site for a static server at `astro:build:done`; listed
 * after the integrations that write files (Pagefind, the sitemap), since
 * Astro runs the hooks in that order. Writes `_headers` from the header
 * table, limits each page's Content-Security-Policy to its own inline code
 * (`limitPoliciesToOwnHashes`), and writes the precompressed `.br` and `.gz`
 * files (`precompress`, which keeps them in `cacheDir` so a rebuild
 * compresses only what changed).
 */
export default function publish({ cacheDir }: { /** Absolute folder for compressed copies between builds. */ cacheDir: string }): AstroIntegration {
  return {
    name: 'publish',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        await writeFile(join(outDir, HEADERS_FILE), renderHeadersFile());
        // Before compressing: it rewrites the pages.
        await limitPoliciesToOwnHashes(outDir);
        const started = performance.now();
        const stats = await precompress(outDir, { cacheDir });
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        const mb = (bytes: number) => (bytes / 1e6).toFixed(1);
        logger.info(
          `Precompressed ${stats.files} files in ${seconds} s: ${mb(stats.bytes)} MB → brotli ${mb(stats.brotliBytes)} MB, gzip ${mb(stats.gzipBytes)} MB (${stats.written} files written)`,
        );
      },
    },
  };
}
