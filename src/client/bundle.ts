import { build } from 'esbuild';
import { resolve } from 'node:path';

export interface BundleOptions {
  /** `esm` for a module the page imports; `iife` for a script inlined in the page. */
  format: 'esm' | 'iife';
  /** Compile-time constants (esbuild `define`). */
  define?: Record<string, string>;
}

const bundles = new Map<string, Promise<string>>();

/**
 * Bundles and minifies a browser script from `src/` (a path from the project
 * root) into one file's text. The site's scripts are built this way, not by
 * Astro, so a page downloads them only when the reader needs them; each is
 * built once per build, however many pages use it.
 */
export function bundleScript(entry: string, options: BundleOptions): Promise<string> {
  const key = `${entry} ${JSON.stringify(options)}`;
  let bundle = bundles.get(key);
  if (!bundle) {
    bundle = (async () => {
      const result = await build({
        // Resolved from the project root: callers run from Astro's build output.
        entryPoints: [resolve(process.cwd(), entry)],
        bundle: true,
        format: options.format,
        minify: true,
        target: 'es2022',
        write: false,
        legalComments: 'none',
        // Not the project's tsconfig: its `strict` would prefix a "use strict" the modules and the IIFE do not need.
        tsconfigRaw: {},
        ...(options.define ? { define: options.define } : {}),
      });
      const code = result.outputFiles[0]?.text;
      if (!code) throw new Error(`esbuild produced no bundle for ${entry}`);
      return code.trim();
    })();
    bundles.set(key, bundle);
  }
  return bundle;
}

/**
 * The inline script of every page (`src/client/loader.ts`, in
 * `EnhanceScript.astro`); the config hashes it for the pages'
 * Content-Security-Policy.
 */
export const bundleLoader = () => bundleScript('src/client/loader.ts', { format: 'iife' });

/** A JavaScript file as an endpoint's response. */
export const scriptResponse = (code: string) => new Response(code, { headers: { 'content-type': 'text/javascript; charset=utf-8' } });
