import { createHash } from 'node:crypto';
import { glob, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import pMap from 'p-map';

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

/** A page's inline `<script>` and `<style>` elements: tag, attributes, text. */
const INLINE_ELEMENT = /<(script|style)\b([^>]*)>([\s\S]*?)<\/\1>/g;
/** A script the browser runs: no `src`, and no `type` or a JavaScript one (JSON-LD is data). */
const runs = (attributes: string) => {
  const type = /\stype="?([^"\s>]*)/.exec(attributes)?.[1] ?? '';
  return !/\ssrc=/.test(attributes) && /^(?:|module|(?:text|application)\/javascript)$/i.test(type);
};
const POLICY_META = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/;
const HASH_SOURCE = /^'sha(?:256|384|512)-/;

/**
 * `html` with its Content-Security-Policy `<meta>` allowing only the page's
 * own inline code: Astro lists in every page's `script-src` and `style-src`
 * the hashes of every inline script and style in the whole build (it does
 * not group them by page), so a page would also allow code that only other
 * pages carry, and every page pays about 1 KB for the list. A hash of an
 * element on the page that Astro did not list is not added: the policy
 * never allows more than Astro's.
 */
export function ownHashesOnly(html: string): string {
  const own = new Set<string>();
  for (const [, tag, attributes = '', text = ''] of html.matchAll(INLINE_ELEMENT)) {
    if (tag === 'style' || runs(attributes)) own.add(`'${cspHash(text)}'`);
  }
  return html.replace(POLICY_META, (_, open: string, policy: string, close: string) => {
    const directives = policy.split(';').map((directive) =>
      /^\s*(?:script|style)-src\s/.test(directive)
        ? directive
            .split(' ')
            .filter((source) => !HASH_SOURCE.test(source) || own.has(source))
            .join(' ')
        : directive,
    );
    return `${open}${directives.join(';')}${close}`;
  });
}

/** Rewrites every HTML page under `dir` with `ownHashesOnly`, where that changes it. */
export async function limitPoliciesToOwnHashes(dir: string): Promise<void> {
  const pages = await Array.fromAsync(glob('**/*.html', { cwd: dir }));
  await pMap(
    pages,
    async (page) => {
      const path = join(dir, page);
      const html = await readFile(path, 'utf8');
      const own = ownHashesOnly(html);
      if (own !== html) await writeFile(path, own);
    },
    { concurrency: 8 },
  );
}
