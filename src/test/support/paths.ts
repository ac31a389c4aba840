import { fileURLToPath } from 'node:url';

/** The project root. */
export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
/**
 * The site built by the global setup: `dist/`, or `TEST_DIST` (a folder inside the project,
 * ending in "/") so two test runs can work side by side; `TEST_CACHE` then
 * keeps their Astro caches apart too.
 */
export const DIST = process.env['TEST_DIST'] ?? fileURLToPath(new URL('../../../dist/', import.meta.url));
/** Astro's CLI, run on the Node that npm scripts use. */
export const ASTRO_BIN = fileURLToPath(new URL('../../../node_modules/astro/bin/astro.mjs', import.meta.url));
/** The address test builds are made for (`SITE_URL`): local on purpose. */
export const TEST_SITE_URL = 'http://localhost:4321';
