import type { APIRoute } from 'astro';
import { bundleScript, scriptResponse } from '../client/bundle';
import { contentDir } from '../config/content-dir';
import { formGroups, readGlossary } from '../content/glossary';

/**
 * `/search-ui.js`: the search UI (`src/search/ui.ts`) as one small ES
 * module, imported by `/reader.js` only when the reader reaches for search.
 */
export const GET: APIRoute = async () =>
  scriptResponse(
    await bundleScript('src/search/ui.ts', {
      format: 'esm',
      define: { __GLOSSARY_FORMS__: JSON.stringify(formGroups(readGlossary(contentDir))) },
    }),
  );
