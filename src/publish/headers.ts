/**
 * The site's response headers, in one table that both outputs are written
 * from: `_headers` for hosts that read it (Netlify, Cloudflare Pages;
 * `headers-file.ts`) and `deploy/nginx.conf` (`nginx.ts`).
 *
 * The Content-Security-Policy that limits scripts and styles is not here but
 * in each page's `<meta http-equiv="content-security-policy">` (`csp.ts`):
 * its hashes change with every change to the pages' CSS or inline script,
 * and a header would tie the server's configuration to one build. The header
 * carries what a `<meta>` policy cannot (`frame-ancestors`) and what holds
 * for every build; a browser enforces both policies.
 */

/** Sent with every response, error pages included. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': "frame-ancestors 'none'; base-uri 'self'; object-src 'none'; form-action 'self'",
  // Links to a brief's publisher tell it the site, not the page.
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Content-Type-Options': 'nosniff',
  // Powerful features off. The copy and share buttons need clipboard-write and web-share, whose
  // default is the site itself; naming web-share would log a warning in browsers without it.
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/** Files whose names carry their content's hash: a new version has a new name. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/**
 * Everything else: HTML, feeds, sitemaps, the scripts with fixed names and
 * Pagefind's entry files (`pagefind.js`, `pagefind-entry.json`,
 * `parts.json`, its wasm), which name the hashed files of the current build.
 * A browser or CDN keeps them but asks before reuse (a 304 costs one round trip).
 * This is also what Netlify and Cloudflare Pages send by default.
 */
export const REVALIDATE = 'public, max-age=0, must-revalidate';

/** A group of files with its own `Cache-Control`, named by a URL pattern with one `*`. */
export interface CacheRule {
  /** What the files are, for comments in the outputs. */
  what: string;
  /** A site path with exactly one `*`, which matches any characters, `/` included. */
  pattern: string;
  cacheControl: string;
}

/**
 * Files served as immutable. Astro names everything in `/_astro/` by hash;
 * Pagefind names its index, fragment, filter and metadata chunks by hash, in
 * every part of the index (`/pagefind/part-2/…`). Files matching no rule get
 * `REVALIDATE`.
 */
export const CACHE_RULES: readonly CacheRule[] = [
  { what: "Astro's hashed assets (fonts)", pattern: '/_astro/*', cacheControl: IMMUTABLE },
  ...['pf_meta', 'pf_index', 'pf_fragment', 'pf_filter'].map((ext) => ({
    what: `Pagefind's hashed .${ext} chunks`,
    pattern: `/pagefind/*.${ext}`,
    cacheControl: IMMUTABLE,
  })),
];

/** The `Cache-Control` value a site path is served with, by the first matching rule. */
export function cacheControlFor(path: string): string {
  return CACHE_RULES.find((rule) => patternRegExp(rule.pattern).test(path))?.cacheControl ?? REVALIDATE;
}

/** A `CacheRule` pattern as an anchored regular expression over a URL path. */
export function patternRegExp(pattern: string): RegExp {
  const parts = pattern.split('*');
  if (parts.length !== 2 || !pattern.startsWith('/')) throw new Error(`a cache rule's pattern starts with "/" and has one "*": ${pattern}`);
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  return new RegExp(`^${escape(parts[0]!)}.*${escape(parts[1]!)}$`);
}

/**
 * Content types by file extension, for servers without their own table entry
 * (nginx's types block; an object store's upload). Text types carry UTF-8.
 */
export const CONTENT_TYPES: Readonly<Record<string, string>> = {
  html: 'text/html; charset=utf-8',
  css: 'text/css; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  mjs: 'text/javascript; charset=utf-8',
  json: 'application/json',
  xml: 'application/xml; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
  svg: 'image/svg+xml',
  png: 'image/png',
  ico: 'image/x-icon',
  woff2: 'font/woff2',
  woff: 'font/woff',
  wasm: 'application/wasm',
  bib: 'application/x-bibtex; charset=utf-8',
  ris: 'application/x-research-info-systems; charset=utf-8',
  // Pagefind's chunks and wasm: gzip data its script inflates itself, not a Content-Encoding.
  pagefind: 'application/octet-stream',
  pf_meta: 'application/octet-stream',
  pf_index: 'application/octet-stream',
  pf_fragment: 'application/octet-stream',
  pf_filter: 'application/octet-stream',
};
