import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureNginx } from '../../publish/ensure-nginx';
import { IMMUTABLE, REVALIDATE, SECURITY_HEADERS } from '../../publish/headers';
import { renderHeadersFile } from '../../publish/headers-file';
import { startNginx, type RunningNginx } from '../../publish/nginx-process';
import { rawGet } from '../support/http';
import { DIST } from '../support/paths';

/** The built site served by Debian's nginx through the configuration of deploy/nginx.conf. */
let nginx: RunningNginx;
const BRIEF = '/briefs/iraq-us-strategic-dialogue/';
const get = (path: string, encoding = 'identity') => rawGet(nginx.origin + path, { 'accept-encoding': encoding });
const pagefindFile = (folder: string) => `/pagefind/${folder}/${readdirSync(join(DIST, 'pagefind', folder))[0]}`;

beforeAll(async () => {
  const problem = ensureNginx();
  if (problem) throw new Error(problem);
  nginx = await startNginx({ root: DIST });
});
afterAll(() => nginx?.close());

describe('nginx serving the built site', () => {
  it.each([
    [BRIEF, 'text/html; charset=utf-8', 'briefs/iraq-us-strategic-dialogue/index.html'],
    ['/search.css', 'text/css; charset=utf-8', 'search.css'],
    ['/pagefind/pagefind.js', 'text/javascript; charset=utf-8', 'pagefind/pagefind.js'],
  ])('serves %s as %s, precompressed for brotli and gzip readers, as is for the others', async (path, type, file) => {
    const original = readFileSync(join(DIST, file));
    const plain = await get(path);
    expect(plain.status).toBe(200);
    expect(plain.headers['content-type']).toBe(type);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toEqual(original);

    const gz = await get(path, 'gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gz.headers['vary']).toBe('Accept-Encoding');
    expect(gunzipSync(gz.body)).toEqual(original);

    const br = await get(path, 'br, gzip');
    expect(br.headers['content-encoding']).toBe(nginx.brotli ? 'br' : 'gzip');
    if (nginx.brotli) {
      expect(brotliDecompressSync(br.body)).toEqual(original);
      expect(br.body.length).toBeLessThan(gz.body.length);
    }
  });

  it('sends the security headers with every response, errors included', async () => {
    for (const path of [BRIEF, '/search.css', pagefindFile('index'), '/no-such-page/']) {
      const { headers } = await get(path);
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(headers[name.toLowerCase()], `${name} on ${path}`).toBe(value);
    }
  });

  it.each([
    ['/', REVALIDATE],
    [BRIEF, REVALIDATE],
    ['/ar/rss.xml', REVALIDATE],
    ['/sitemap-index.xml', REVALIDATE],
    ['/reader.js', REVALIDATE],
    ['/pagefind/pagefind.js', REVALIDATE],
    ['/pagefind/pagefind-entry.json', REVALIDATE],
    ['/pagefind/parts.json', REVALIDATE],
    ['/pagefind/wasm.en.pagefind', REVALIDATE],
  ])('has %s revalidated', async (path, cacheControl) => {
    const response = await get(path);
    expect(response.status).toBe(200);
    expect(response.headers['cache-control']).toBe(cacheControl);
  });

  it('keeps the files named by their hash for a year', async () => {
    const hashed = [
      `/_astro/${readdirSync(join(DIST, '_astro')).find((f) => f.endsWith('.woff2'))}`,
      pagefindFile('index'),
      pagefindFile('fragment'),
      pagefindFile('filter'),
      `/pagefind/${readdirSync(join(DIST, 'pagefind')).find((f) => f.endsWith('.pf_meta'))}`,
    ];
    for (const path of hashed) {
      const response = await get(path);
      expect(response.status, path).toBe(200);
      expect(response.headers['cache-control'], path).toBe(IMMUTABLE);
    }
  });

  it.each([
    ['/briefs/iraq-us-strategic-dialogue/citation.bib', 'application/x-bibtex; charset=utf-8'],
    ['/ar/briefs/iraq-us-strategic-dialogue/citation.ris', 'application/x-research-info-systems; charset=utf-8'],
    ['/rss.xml', 'application/xml; charset=utf-8'],
    ['/sitemap-0.xml', 'application/xml; charset=utf-8'],
    ['/pagefind/wasm.ar.pagefind', 'application/octet-stream'],
    ['/robots.txt', 'text/plain; charset=utf-8'],
  ])('serves %s as %s', async (path, type) => {
    const response = await get(path);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe(type);
  });

  it('answers an unknown path with the 404 page and status 404, in the edition of its prefix', async () => {
    const english = await get('/no-such-page/');
    expect(english.status).toBe(404);
    expect(english.body.toString()).toBe(readFileSync(join(DIST, '404.html'), 'utf8'));
    const arabic = await get('/ar/no-such-page/');
    expect(arabic.status).toBe(404);
    expect(arabic.body.toString()).toBe(readFileSync(join(DIST, 'ar/404.html'), 'utf8'));
    expect(english.headers['cache-control']).toBeUndefined();
  });

  it('lists no folder and keeps _headers private', async () => {
    for (const path of ['/pagefind/', '/_astro/', '/_headers']) {
      const response = await get(path);
      expect(response.status, path).toBe(404);
      expect(response.body.toString(), path).not.toMatch(/Index of|Cache-Control/);
    }
  });

  it('adds the slash to a page path without one, on the host asked for', async () => {
    const response = await get(BRIEF.slice(0, -1));
    expect(response.status).toBe(301);
    expect(response.headers['location']).toBe(BRIEF);
  });
});

describe('the built _headers', () => {
  it('is the header table', () => {
    expect(readFileSync(join(DIST, '_headers'), 'utf8')).toBe(renderHeadersFile());
  });
});
