import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { extraPartFolders, PARTS_FILE, type PartCounts } from '../../search/parts';

/** The subset of Pagefind's browser API the tests use. */
export interface PagefindSearch {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  mergeIndex(path: string, options?: Record<string, unknown>): Promise<void>;
  search(term: string, options?: Record<string, unknown>): Promise<{
    /** `words`: where on the page the query matched, as word positions. */
    results: { id: string; words: number[]; data(): Promise<PagefindResult> }[];
    unfilteredResultCount: number;
  }>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

export interface PagefindResult {
  url: string;
  content: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
  language?: string;
  sub_results: { title: string; url: string; excerpt: string }[];
}

let shimmed = false;
let loads = 0;

/**
 * Loads the built site's own `pagefind.js` in Node, as a browser on a page
 * with `<html lang=lang>` would: `fetch` reads the index from disk and a
 * minimal `document` answers the page language. Each language gets its own
 * module instance (a distinct import URL), and so does each load, which
 * reads the index as it is now. An index in parts is merged.
 */
export async function loadPagefind(dist: string, lang: string): Promise<PagefindSearch> {
  if (!shimmed) {
    const realFetch = globalThis.fetch;
    globalThis.fetch = (async (input: string | URL | Request, init?: RequestInit) => {
      const url = new URL(input instanceof Request ? input.url : input.toString());
      if (url.protocol !== 'file:') return realFetch(input, init);
      return new Response(await readFile(fileURLToPath(url)));
    }) as typeof fetch;
    shimmed = true;
  }
  const g = globalThis as { document?: unknown };
  g.document = { currentScript: null, querySelector: (selector: string) => (selector === 'html' ? { getAttribute: () => lang } : null) };
  const bundle = pathToFileURL(join(dist, 'pagefind/'));
  const module = (await import(/* @vite-ignore */ `${new URL('pagefind.js', bundle).href}?lang=${lang}&load=${++loads}`)) as PagefindSearch;
  await module.options({ basePath: bundle.href, baseUrl: '/' });
  // Pagefind reads <html lang> when it starts: start it while `document` says `lang`.
  await module.init();
  // Searches every part of the language's index, as the site's search does (src/search/ui.ts).
  const counts = JSON.parse(await readFile(join(dist, 'pagefind', PARTS_FILE), 'utf8')) as PartCounts;
  for (const folder of extraPartFolders(counts, lang)) await module.mergeIndex(new URL(folder, bundle).href, { language: lang, baseUrl: '/' });
  return module;
}
