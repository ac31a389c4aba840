import type { APIRoute } from 'astro';
import { bundleScript, scriptResponse } from '../lib/bundle';

/**
 * `/reader.js`: the reading page's interactions (`src/enhance/reader.ts`)
 * as one ES module, imported by the inline loader on the reader's first
 * interaction.
 */
export const GET: APIRoute = async () => scriptResponse(await bundleScript('src/enhance/reader.ts', { format: 'esm' }));
