import type { APIRoute } from 'astro';
import { bundleScript, scriptResponse } from '../client/bundle';

/**
 * `/search-respell.js`: respelling a query that found nothing
 * (`src/search/respell.ts`), imported by the search UI only then, so a
 * query that finds its words downloads none of it.
 */
export const GET: APIRoute = async () => scriptResponse(await bundleScript('src/search/respell.ts', { format: 'esm' }));
