import type { AstroIntegration } from 'astro';
import { mkdir, rename, rmdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { defaultLocale, localeCodes } from '../i18n/locales';

/**
 * Where each edition's "not found" page is built (`/ar/404/index.html`:
 * Astro writes only the root `404` as a file) and where the host looks for
 * it (`/ar/404.html`), relative to the output folder.
 */
export function notFoundFiles(): { built: string; served: string }[] {
  return localeCodes
    .filter((locale) => locale !== defaultLocale)
    .map((locale) => ({ built: `${locale}/404/index.html`, served: `${locale}/404.html` }));
}

/** Moves each non-default edition's 404 page to `<locale>/404.html` after the build. */
export default function edition404(): AstroIntegration {
  return {
    name: 'edition-404',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const out = fileURLToPath(dir);
        for (const { built, served } of notFoundFiles()) {
          const from = `${out}${built}`;
          try {
            await mkdir(`${out}${served}`.replace(/\/[^/]+$/, ''), { recursive: true });
            await rename(from, `${out}${served}`);
            await rmdir(from.replace(/\/index\.html$/, ''));
          } catch (error) {
            throw new Error(`edition-404: could not move ${built} to ${served}`, { cause: error });
          }
        }
      },
    },
  };
}
