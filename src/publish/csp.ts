import { createHash } from 'node:crypto';

/**
 * The page's Content-Security-Policy, written by Astro (`security.csp`) into
 * a `<meta>` at the top of every page's `<head>`, with the hashes of the
 * page's inline `<style>` (Astro's) and of the inline loader script
 * (astro.config.ts gives it). No `'unsafe-inline'` anywhere: the
 * search UI's CSS is a file (`/search.css`) and no element has a `style`
 * attribute.
 *
 * - scripts: the page's own files (`/reader.js`, `/search-ui.js`, Pagefind's
 *   `pagefind.js`) and the hashed loader; Pagefind compiles its WebAssembly,
 *   which needs `'wasm-unsafe-eval'` (not `'unsafe-eval'`).
 * - everything else from the site itself; images also as `data:` URLs.
 */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

export const CSP_SCRIPT_RESOURCES = ["'self'", "'wasm-unsafe-eval'"];
export const CSP_STYLE_RESOURCES = ["'self'"];

/** The CSP source hash of an inline script or style, as Astro writes it (`sha256-<base64>`). */
export function cspHash(text: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}
