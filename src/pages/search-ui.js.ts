import type { APIRoute } from 'astro';
import { build } from 'esbuild';
import { resolve } from 'node:path';
import { contentDir } from '../lib/content-dir';
import { allAliasTexts, readGlossary } from '../lib/glossary';

/**
 * `/search-ui.js`: the search UI (`src/search/ui.ts`) bundled as one small
 * ES module. It is a separate file, not an Astro-bundled script, so reading
 * pages download no JavaScript until the reader reaches for search; the
 * inline loader in the layout imports it on demand.
 */
export const GET: APIRoute = async () => {
  const result = await build({
    // Resolved from the project root: this module runs from Astro's build output.
    entryPoints: [resolve(process.cwd(), 'src/search/ui.ts')],
    bundle: true,
    format: 'esm',
    minify: true,
    target: 'es2022',
    write: false,
    legalComments: 'none',
    define: { __GLOSSARY_ALIASES__: JSON.stringify(allAliasTexts(readGlossary(contentDir))) },
  });
  const code = result.outputFiles[0]?.text;
  if (!code) throw new Error('esbuild produced no search UI bundle');
  return new Response(code, { headers: { 'content-type': 'text/javascript; charset=utf-8' } });
};
