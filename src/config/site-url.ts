import type { AstroIntegration } from 'astro';

/** The address `npm start` builds for and serves at (`astro preview`). */
export const LOCAL_SITE_URL = 'http://127.0.0.1:4321';

/** A `SITE_URL` that cannot be used, or is missing where a build needs one. */
export class SiteUrlError extends Error {
  override name = 'SiteUrlError';
}

/** What `SITE_URL` gave: the origin links are built from, and whether it was set at all. */
export interface SiteUrl {
  /** Scheme, host and port, without a trailing slash (`https://briefs.example.org`). */
  origin: string;
  /** False when `SITE_URL` was unset and `origin` is the local stand-in. */
  explicit: boolean;
}

const HOW_TO_SET =
  'Set it to the public address the site is published at, for example\n' +
  '  SITE_URL=https://briefs.example.org npm run build\n' +
  `For a build you will only open locally, \`npm start\` sets SITE_URL=${LOCAL_SITE_URL} itself (or set that yourself).`;

/**
 * Reads `SITE_URL`, the address canonical links, `hreflang` alternates, the
 * sitemap, the feeds, citations and copied links are built from.
 *
 * Unset (or empty) gives the local address with `explicit: false`; whether
 * that may be built is `assertPublishable`'s call. A set value must be an
 * absolute http(s) origin: no surrounding whitespace, no path (the site is
 * built for the root of its host), query, fragment or credentials; a
 * trailing slash is accepted.
 *
 * @throws {SiteUrlError} naming `SITE_URL`, the value and what is wrong with it.
 */
export function readSiteUrl(value: string | undefined): SiteUrl {
  if (value === undefined || value === '') return { origin: LOCAL_SITE_URL, explicit: false };
  const bad = (why: string) => new SiteUrlError(`SITE_URL=${JSON.stringify(value)} ${why}.\n${HOW_TO_SET}`);
  if (value.trim() !== value) throw bad('has spaces or line breaks around it');
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) throw bad('has no scheme: write it as https://host (or http://host)');
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw bad('is not a valid URL');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw bad(`uses ${url.protocol.slice(0, -1)}: only http and https are served`);
  if (url.username || url.password) throw bad('carries a user name or password');
  if (url.pathname !== '/') throw bad(`has a path (${url.pathname}): give the origin only, since the site is built for the root of its host`);
  if (url.search || url.hash || value.includes('?') || value.includes('#')) throw bad('has a query or fragment');
  return { origin: url.origin, explicit: true };
}

/**
 * Refuses a build for publishing without an explicit `SITE_URL`, which
 * would write the local address into every link a reader or crawler follows.
 * `astro dev`, `preview`, `sync` and `check` never publish, so they may run
 * on the local stand-in.
 *
 * @throws {SiteUrlError} saying what to set.
 */
export function assertPublishable(command: string, site: SiteUrl): void {
  if (command === 'build' && !site.explicit) throw new SiteUrlError(`SITE_URL is not set, so this build would link every page to ${site.origin}.\n${HOW_TO_SET}`);
}

/** An integration that applies `assertPublishable` once Astro knows which command runs. */
export function siteUrlCheck(site: SiteUrl): AstroIntegration {
  return {
    name: 'site-url',
    hooks: {
      'astro:config:setup': ({ command }) => assertPublishable(command, site),
    },
  };
}
