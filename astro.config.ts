import { join } from 'node:path';
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import arabicFont from './src/integrations/arabic-font/index';
import pagefind from './src/integrations/pagefind/index';
import edition404 from './src/integrations/edition-404';
import { cacheDir } from './src/config/cache-dir';
import { contentDir } from './src/config/content-dir';
import { markdownOptions } from './src/markdown/pipeline';
import { sitemapOptions } from './src/seo/sitemap';
import { briefPagesGlobs } from './src/routing/urls';
import { readSiteUrl, siteUrlCheck } from './src/config/site-url';
import { bundleLoader } from './src/client/bundle';
import { CSP_DIRECTIVES, CSP_SCRIPT_RESOURCES, CSP_STYLE_RESOURCES, cspHash } from './src/publish/csp';
import publish from './src/publish/integration';

/**
 * `SITE_URL` is the public address the site is deployed at; canonical and
 * alternate links are built from it. `astro build` refuses to run without it
 * (src/config/site-url.ts); `npm start` sets the address it serves at.
 * `OUT_DIR` and `CACHE_DIR` (src/config/cache-dir.ts) let tests build fixture
 * libraries side by side. `SEARCH_PART_SIZE` sets how many pages go into
 * one part of the search index (src/integrations/pagefind.ts): fewer pages
 * need less memory to build and more requests to search.
 */
const site = readSiteUrl(process.env['SITE_URL']);
const partSize = process.env['SEARCH_PART_SIZE'] ? Number(process.env['SEARCH_PART_SIZE']) : undefined;

export default defineConfig({
  site: site.origin,
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
  // Each page's Content-Security-Policy <meta>, with the hashes of its inline style and of the
  // inline loader. The loader's hash is given here, for every page: a hash a component adds
  // while the body renders comes after Astro has written the <head>.
  security: {
    csp: {
      directives: [...CSP_DIRECTIVES],
      scriptDirective: { resources: CSP_SCRIPT_RESOURCES, hashes: [cspHash(await bundleLoader())] },
      styleDirective: { resources: CSP_STYLE_RESOURCES },
    },
  },
  // `publish` last: it compresses what the others write.
  integrations: [
    siteUrlCheck(site),
    arabicFont(),
    edition404(),
    pagefind({ globs: briefPagesGlobs(), cacheDir: join(cacheDir, 'pagefind'), partSize }),
    sitemap(sitemapOptions({ contentDir })),
    publish({ cacheDir: join(cacheDir, 'precompressed') }),
  ],
  markdown: {
    processor: unified(markdownOptions),
    // Briefs carry no code; Shiki's inline styles would also need 'unsafe-inline' under the CSP.
    syntaxHighlight: false,
  },
});
