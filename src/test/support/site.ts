import { readdir, readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { DIST } from './paths';

/** A built HTML page: its URL path and parsed document. */
export interface BuiltPage {
  /** URL path, e.g. `/ar/briefs/x/` or `/404.html`. */
  path: string;
  file: string;
  html: string;
  doc: HTMLElement;
}

/** Every HTML page of the built site in `root` (default: the real site's dist/). */
export async function builtPages(root = DIST): Promise<BuiltPage[]> {
  const files = (await readdir(root, { recursive: true })).filter((f) => f.endsWith('.html'));
  return Promise.all(
    files.sort().map(async (name) => {
      const file = join(root, name);
      const html = await readFile(file, 'utf8');
      const rel = relative(root, file).split('\\').join('/');
      const path = rel.endsWith('index.html') ? `/${rel.slice(0, -'index.html'.length)}` : `/${rel}`;
      return { path, file, html, doc: parse(html) };
    }),
  );
}

/** The built file a site path is served from, if any. */
export function fileFor(path: string): string | undefined {
  const clean = decodeURIComponent(path.split(/[?#]/)[0] ?? '/');
  const candidates = clean.endsWith('/') ? [join(DIST, clean, 'index.html')] : [join(DIST, clean), join(DIST, clean, 'index.html')];
  return candidates.find((candidate) => existsSync(candidate));
}
