import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import pagefind from './src/integrations/pagefind';
import { cacheDir } from './src/lib/cache-dir';
import { markdownOptions } from './src/lib/markdown';
import { sitemapOptions } from './src/lib/sitemap';
import { briefPagesGlobs } from './src/lib/urls';

/**
 * `SITE_URL` is the public address the site is deployed at; canonical and
 * alternate links are built from it. The default is where `npm start` serves.
 * `OUT_DIR` and `CACHE_DIR` (src/lib/cache-dir.ts) let tests build fixture
 * libraries side by side.
 */
const site = process.env['SITE_URL'] ?? 'http://localhost:4321';

export default defineConfig({
  site,
  trailingSlash: 'always',
  // Styles go inline: a page renders after one round trip, with no render-blocking request.
  build: { format: 'directory', inlineStylesheets: 'always' },
  ...(process.env['OUT_DIR'] ? { outDir: process.env['OUT_DIR'] } : {}),
  cacheDir,
  // Lossless whitespace removal: the default 'jsx' mode joins inline
  // elements written on separate lines ("PMF" + "Iraq" → "PMFIraq").
  compressHTML: true,
  devToolbar: { enabled: false },
  // Pages built from an unchanged brief are copied from the previous build
  // (their getStaticPaths give a cacheKey: src/lib/page-keys.ts).
  experimental: { incrementalBuild: true },
  integrations: [pagefind({ globs: briefPagesGlobs() }), sitemap(sitemapOptions)],
  markdown: {
    processor: unified(markdownOptions),
  },
});
