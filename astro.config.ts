import { join } from 'node:path';
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import pagefind from './src/integrations/pagefind/index';
import edition404 from './src/integrations/edition-404';
import { cacheDir } from './src/config/cache-dir';
import { markdownOptions } from './src/markdown/pipeline';
import { sitemapOptions } from './src/seo/sitemap';
import { briefPagesGlobs } from './src/routing/urls';

/**
 * `SITE_URL` is the public address the site is deployed at; canonical and
 * alternate links are built from it. The default is where `npm start` serves.
 * `OUT_DIR` and `CACHE_DIR` (src/config/cache-dir.ts) let tests build fixture
 * libraries side by side. `SEARCH_PART_SIZE` sets how many pages go into
 * one part of the search index (src/integrations/pagefind.ts): fewer pages
 * need less memory to build and more requests to search.
 */
const site = process.env['SITE_URL'] ?? 'http://localhost:4321';
const partSize = process.env['SEARCH_PART_SIZE'] ? Number(process.env['SEARCH_PART_SIZE']) : undefined;

export default defineConfig({
  site,
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // Styles go inline: a page renders after one round trip, with no render-blocking request.
    inlineStylesheets: 'always',
    // Pages read their bodies from the build cache and are written to disk: rendering four at a
    // time overlaps that file work with rendering (the page stage of a 1,000-brief build takes
    // half the time; eight at a time is no faster).
    concurrency: 4,
  },
  ...(process.env['OUT_DIR'] ? { outDir: process.env['OUT_DIR'] } : {}),
  cacheDir,
  // Lossless whitespace removal: the default 'jsx' mode joins inline
  // elements written on separate lines ("PMF" + "Iraq" → "PMFIraq").
  compressHTML: true,
  devToolbar: { enabled: false },
  // Pages built from an unchanged brief are copied from the previous build
  // (their getStaticPaths give a cacheKey: src/routing/page-keys.ts).
  experimental: { incrementalBuild: true },
  integrations: [edition404(), pagefind({ globs: briefPagesGlobs(), cacheDir: join(cacheDir, 'pagefind'), partSize }), sitemap(sitemapOptions())],
  markdown: {
    processor: unified(markdownOptions),
  },
});
