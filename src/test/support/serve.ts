import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { createGzip } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.wasm': 'application/wasm',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.bib': 'application/x-bibtex; charset=utf-8',
  '.ris': 'application/x-research-info-systems; charset=utf-8',
};

export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

/**
 * Serves a built site from `root` on a free loopback port the way a static
 * host does: `/x/` serves `x/index.html`, and a missing path gets
 * `404.html` with status 404. With `gzip`, text responses are compressed
 * for clients that accept it, as a production host would (for measuring):
 * the build's precompressed `.gz` copy where there is one.
 */
export async function serveStatic(root: string, options: { gzip?: boolean } = {}): Promise<StaticServer> {
  const server: Server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      pathname = '/__invalid__';
    }
    let file = normalize(join(root, pathname));
    if (!file.startsWith(normalize(root + sep)) && file !== normalize(root)) file = join(root, '404.html');
    let status = 200;
    let modified: Date | undefined;
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      modified = (await stat(file)).mtime;
    } catch {
      // An edition's own "not found" page for its addresses (`/ar/…` → `/ar/404.html`), as the host is configured.
      const edition = /^\/([a-z]{2,3})\//.exec(pathname)?.[1];
      file = join(root, '404.html');
      if (edition && (await stat(join(root, edition, '404.html')).catch(() => undefined))) file = join(root, edition, '404.html');
      status = 404;
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    // Validators, as a static host sends them, so a browser can reuse what it fetched.
    const lastModified = modified && new Date(Math.floor(modified.getTime() / 1000) * 1000);
    const since = Date.parse(String(request.headers['if-modified-since']));
    if (lastModified && since >= lastModified.getTime()) {
      response.writeHead(304).end();
      return;
    }
    if (lastModified) response.setHeader('last-modified', lastModified.toUTCString());
    // Fonts and Pagefind's index, fragment and wasm files come compressed already.
    const compressible = /^(text\/|application\/(json|xml)|image\/svg)/.test(type);
    if (options.gzip && compressible && /\bgzip\b/.test(String(request.headers['accept-encoding']))) {
      // The build's own `.gz` copy where it wrote one, as nginx's `gzip_static` sends it (deploy/nginx.conf).
      const copy = await stat(`${file}.gz`).catch(() => undefined);
      const headers = { 'content-type': type, 'content-encoding': 'gzip', vary: 'accept-encoding' };
      if (copy) {
        response.writeHead(status, { ...headers, 'content-length': copy.size });
        createReadStream(`${file}.gz`).pipe(response);
      } else {
        response.writeHead(status, headers);
        createReadStream(file).pipe(createGzip()).pipe(response);
      }
      return;
    }
    response.writeHead(status, { 'content-type': type });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
