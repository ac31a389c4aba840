import type { AstroIntegration } from 'astro';
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
// Imported statically: the config's module runner is closed by the time
// `astro:build:done` runs, so a dynamic import there fails.
import * as pagefindApi from 'pagefind';

/** The parts of Pagefind's Node API this integration uses (mockable in tests). */
export interface PagefindApi {
  createIndex: typeof import('pagefind').createIndex;
  close: typeof import('pagefind').close;
}

/** What Pagefind writes to `pagefind-entry.json`: one entry per language index. */
interface PagefindEntry {
  version: string;
  languages: Record<string, unknown>;
  include_characters?: string[];
}

/**
 * Indexes the finished site with Pagefind's Node API at `astro:build:done`,
 * so `astro build` alone produces a searchable site in `<outDir>/pagefind/`.
 * Scope comes from the pages: `data-pagefind-body` on the article, one
 * index per `<html lang>`.
 *
 * `globs` (relative to the output folder) name the files that can carry a
 * body, one part per language: reading only those keeps Pagefind from
 * parsing every listing and citation page (about 3× faster at 1,000
 * briefs), and each part is indexed by a fresh Pagefind process, so the
 * build holds one language's index in memory at a time, not all of them
 * (Pagefind keeps about half a megabyte per page until it writes). The
 * parts write their files side by side; their entry files are merged.
 * Any Pagefind error fails the build.
 */
export default function pagefind({ globs, api = pagefindApi }: { globs: readonly string[]; api?: PagefindApi }): AstroIntegration {
  return {
    name: 'pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const outputPath = `${outDir}pagefind`;
        const entryFile = `${outputPath}/pagefind-entry.json`;
        const { createIndex, close } = api;
        const started = performance.now();
        const fail = (step: string, errors: readonly string[]) => {
          throw new Error(`Pagefind ${step} failed:\n  ${errors.join('\n  ')}`);
        };
        let pages = 0;
        let merged: PagefindEntry | undefined;
        try {
          for (const glob of globs) {
            try {
              const { index, errors } = await createIndex({});
              if (!index || errors.length > 0) fail('createIndex', errors);
              const added = await index!.addDirectory({ path: outDir, glob });
              if (added.errors.length > 0) fail('addDirectory', added.errors);
              if (added.page_count === 0) fail('addDirectory', [`no pages were indexed (does any file matching ${glob} carry data-pagefind-body?)`]);
              const written = await index!.writeFiles({ outputPath });
              if (written.errors.length > 0) fail('writeFiles', written.errors);
              pages += added.page_count;
              merged = mergeEntries(merged, JSON.parse(await readFile(entryFile, 'utf8')) as PagefindEntry, glob);
            } finally {
              // Ends the Pagefind process, and with it the memory its index held.
              await close();
            }
          }
          await writeFile(entryFile, JSON.stringify(merged));
          const seconds = ((performance.now() - started) / 1000).toFixed(1);
          logger.info(`Indexed ${pages} pages into ${outputPath} in ${seconds} s`);
        } catch (error) {
          throw new Error(`Search index not built: ${(error as Error).message}`, { cause: error });
        }
      },
    },
  };
}

/** Adds one part's languages to the entry so far; a language indexed by two parts would lose one of them. */
export function mergeEntries(sofar: PagefindEntry | undefined, part: PagefindEntry, glob: string): PagefindEntry {
  if (!sofar) return part;
  const repeated = Object.keys(part.languages).filter((language) => language in sofar.languages);
  if (repeated.length > 0) {
    throw new Error(`Pagefind found ${repeated.join(', ')} pages in more than one part (the last was ${glob}); give each language one glob`);
  }
  const languages = Object.fromEntries(Object.entries({ ...sofar.languages, ...part.languages }).sort(([a], [b]) => a.localeCompare(b)));
  return { ...sofar, languages };
}
