import type { APIRoute } from 'astro';
import { bundleScript, scriptResponse } from '../client/bundle';

/**
 * `/reader.js`: the reading page's interactions (`src/client/reader.ts`)
 * as one ES module, imported by the inline loader on the reader's first
 * interaction.
 */
export const GET: APIRoute = async () => scriptResponse(await bundleScript('src/client/reader.ts', { format: 'esm' }));
