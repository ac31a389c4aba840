import { fileURLToPath } from 'node:url';

/** The project root. */
export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
/** The site built by the global setup. */
export const DIST = fileURLToPath(new URL('../../../dist/', import.meta.url));
/** Astro's CLI, run on the Node that npm scripts use. */
export const ASTRO_BIN = fileURLToPath(new URL('../../../node_modules/astro/bin/astro.mjs', import.meta.url));
