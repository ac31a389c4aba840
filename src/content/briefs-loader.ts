import { readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { Loader } from 'astro/loaders';
import { parse as parseYaml } from 'yaml';
import { bodyFolder, hasBody, pruneBodies, writeBody } from './body-store';
import { createRenderPool, type RenderPool, type WorkerSetup } from './render-pool';

/**
 * A content loader for Markdown editions (`<slug>/<locale>.md` below
 * `base`) that keeps rendered bodies out of Astro's content store: the store
 * gets the id, the validated front matter, the file path and a key; the body
 * is rendered with the site's Markdown pipeline on worker threads
 * (`render-pool.ts`) and filed in the build cache under that key
 * (`body-store.ts`).
 *
 * The key is a digest of the file and of the files its rendering depends on
 * (`dependsOn`: files, or folders whose non-test `.ts` files count), so an
 * unchanged file is neither parsed nor rendered again on the next build, and
 * editing the glossary or a plugin re-renders every body.
 *
 * Errors: front matter that is not YAML or does not match the schema throws,
 * naming the file (Astro reports the field); a body that fails to render has
 * its reason filed, for the library to report with the other problems.
 */
export function markdownEditions(options: {
  /** Folder of the editions, from the project root. */
  base: string;
  /** Absolute folder of the build cache, where bodies are filed. */
  cacheDir: string;
  /** Files and folders, from the project root, whose contents change how a body renders. */
  dependsOn: readonly string[];
  /** Checks what every body's rendering reads (the glossary) once, before any renders; throws to fail the build. */
  check?: () => void;
}): Loader {
  const { base, cacheDir, dependsOn, check } = options;
  return {
    name: 'markdown-editions',
    load: async (context) => {
      const { config, collection, store, logger, watcher } = context;
      check?.();
      const root = fileURLToPath(config.root);
      const folder = resolve(root, base);
      const bodies = bodyFolder(cacheDir, collection);
      const fingerprint = context.generateDigest(await readAll(root, dependsOn));
      const { syntaxHighlight, shikiConfig, gfm, smartypants } = config.markdown;
      const setup: WorkerSetup = { shared: { syntaxHighlight, shikiConfig, gfm, smartypants } };
      const idOf = (path: string) => posixRelative(folder, path).replace(/\.md$/, '');

      /** Brings the store and the bodies up to date with `paths`; the keys of their bodies. */
      const sync = async (paths: readonly string[]): Promise<Set<string>> => {
        const keys = new Set<string>();
        // Workers start only if some body needs rendering.
        let pool: Promise<RenderPool> | undefined;
        const renderBody = async (body: string, path: string) =>
          (await (pool ??= createRenderPool(root, setup, Math.min(availableParallelism(), paths.length)))).render(body, path);
        try {
          await inLanes(paths, 2 * availableParallelism(), async (path) => {
            const id = idOf(path);
            const contents = await readFile(path, 'utf8');
            // The id counts too: a plugin reads the edition's locale from its file name.
            const key = context.generateDigest(`${fingerprint}\0${id}\0${contents}`);
            keys.add(key);
            const filed = hasBody(bodies, key);
            if (filed && store.get(id)?.digest === key) return;
            const filePath = posixRelative(root, path);
            const { frontmatter, body } = splitFile(contents, filePath);
            const data = await context.parseData({ id, data: frontmatter, filePath: path });
            // Astro clears its store when the config changes; a body filed under the same key is still current.
            if (!filed) {
              const rendered = await renderBody(body, path);
              if ('error' in rendered) rendered.error = rendered.error.replace(/^Failed to parse Markdown file "[^"]*":\n/, '').replaceAll(path, filePath);
              await writeBody(bodies, key, rendered);
            }
            store.set({ id, data, filePath, digest: key });
          });
        } finally {
          await (await pool)?.close();
        }
        return keys;
      };

      const paths = (await readdir(folder, { recursive: true })).filter((name) => name.endsWith('.md')).map((name) => join(folder, name));
      const keys = await sync(paths.sort());
      const ids = new Set(paths.map(idOf));
      for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
      await pruneBodies(bodies, keys);

      if (!watcher) return;
      const inFolder = (path: string) => path.startsWith(folder + sep) && path.endsWith('.md');
      const reload = async (path: string) => {
        if (!inFolder(path)) return;
        try {
          await sync([path]);
          logger.info(`Reloaded ${relative(root, path)}`);
        } catch (error) {
          logger.error(`Failed to reload ${relative(root, path)}: ${(error as Error).message}`);
        }
      };
      watcher.add(folder);
      watcher.on('change', reload);
      watcher.on('add', reload);
      watcher.on('unlink', (path) => {
        if (inFolder(path)) store.delete(idOf(path));
      });
    },
  };
}

/** Runs `task` over `items` with at most `lanes` at a time; stops and fails at the first error. */
async function inLanes<T>(items: readonly T[], lanes: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  let failed = false;
  const lane = async () => {
    while (!failed && next < items.length) {
      try {
        await task(items[next++]!);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(lanes, items.length) }, lane));
}

/** `to` from `from`, with `/` between folders on every system. */
const posixRelative = (from: string, to: string) => relative(from, to).split(sep).join('/');

/**
 * A Markdown file's front matter and body, or an error naming the file and
 * line. Blank lines stand in the body for the front matter, so line numbers
 * in render errors count from the top of the file.
 */
function splitFile(contents: string, filePath: string): { frontmatter: Record<string, unknown>; body: string } {
  try {
    const { rawFrontmatter, content } = parseFrontmatter(contents, { frontmatter: 'empty-with-lines' });
    // Read again as YAML 1.2, as the data files are (content.config.ts): days stay text, for the schema to check.
    const frontmatter: unknown = parseYaml(rawFrontmatter);
    return { frontmatter: frontmatter !== null && typeof frontmatter === 'object' ? (frontmatter as Record<string, unknown>) : {}, body: content };
  } catch (error) {
    const { reason, mark } = error as { reason?: string; mark?: { line: number } };
    const where = mark ? `${filePath}:${mark.line + 1}` : filePath;
    throw new Error(`${where} → front matter: not valid YAML (${reason ?? (error as Error).message})`, { cause: error });
  }
}

/** The contents of `paths` (files, or folders of non-test `.ts` files), joined; a missing file counts as empty. */
async function readAll(root: string, paths: readonly string[]): Promise<string> {
  const files = await Promise.all(
    paths.map(async (path) => {
      const full = resolve(root, path);
      const names = await readdir(full).catch(() => undefined);
      if (!names) return [full];
      return names.filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts')).sort().map((name) => join(full, name));
    }),
  );
  const contents = await Promise.all(files.flat().map((file) => readFile(file, 'utf8').catch(() => '')));
  return contents.join('\0');
}
