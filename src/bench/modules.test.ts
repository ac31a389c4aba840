import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

/**
 * `npm run bench` runs these modules with Node itself, which strips their
 * types but, unlike Vitest and Astro, resolves only imports written with
 * their extension: an import the bundlers forgive stops the bench.
 */
const MODULES = ['../synthetic/library.ts', './measure-search.ts', './lighthouse.ts', './memory.ts', './render-blocking.ts'];

describe('the bench’s modules', () => {
  it.each(MODULES)('%s loads in Node without a bundler', async (module) => {
    const url = new URL(module, import.meta.url).href;
    const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', `await import(${JSON.stringify(url)}); console.log('loaded')`]);
    expect(stdout.trim()).toBe('loaded');
  });
});
