import { readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { Loader } from 'astro/loaders';
import pMap from 'p-map';
import { BODY_RENDER_ENTRY, bodyFingerprint, bodyKey, bundleCode, readBodyData } from '../config/cache-keys';
import { parse as parseYaml } from 'yaml';
import { bodyFolder, hasBody, pruneBodies, writeBody } from './body-store';
import { textVersion } from './versions';
import { createRenderPool, type RenderPool, type WorkerSetup } from './render-pool';

/**
 * A content loader for Markdown editions (`<slug>/<locale>.md` below
 * `base`) that keeps rendered bodies out of Astro's content store: the store
 * gets the id, the validated front matter, the file path and a key; the body
 * is rendered with the site's Markdown pipeline on worker threads
 * (`render-pool.ts`) and filed in the build cache under that key
 * (`body-store.ts`).
 *
 * The key (`bodyKey`, src/config/cache-keys.ts) covers the file and exactly
 * what its rendering depends on: the render worker's code as bundled (the
 * Markdown pipeline and every module it imports), the Markdown settings, the
 * glossary and the lock file. An unchanged file is neither parsed nor
 * rendered again on the next build; editing the glossary, a plugin or a
 * string a plugin prints re-renders every body, and editing code no body
 * imports re-renders none.
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
  /** Checks what every body's rendering reads (the glossary) once, before any renders; throws to fail the build. */
  check?: () => void;
}): Loader {
  const { base, cacheDir, check } = options;
  return {
    name: 'markdown-editions',
    load: async (context) => {
      const { config, collection, store, logger, watcher } = context;
      check?.();
      const root = fileURLToPath(config.root);
      const folder = resolve(root, base);
      const bodies = bodyFolder(cacheDir, collection);
      const { syntaxHighlight, shikiConfig, gfm, smartypants } = config.markdown;
      const setup: WorkerSetup = { shared: { syntaxHighlight, shikiConfig, gfm, smartypants } };
      const worker = await bundleCode(root, BODY_RENDER_ENTRY);
      const fingerprint = bodyFingerprint({ code: worker.code, markdown: setup.shared, data: await readBodyData(root) });
      const idOf = (path: string) => posixRelative(folder, path).replace(/\.md$/, '');

      /** Brings the store and the bodies up to date with `paths`; the keys of their bodies. */
      const sync = async (paths: readonly string[]): Promise<Set<string>> => {
        const keys = new Set<string>();
        // Workers start only if some body needs rendering.
        let pool: Promise<RenderPool> | undefined;
        const renderBody = async (body: string, path: string) =>
          (await (pool ??= createRenderPool(root, worker.code, setup, Math.min(availableParallelism(), paths.length)))).render(body, path);
        try {
          // A few files at a time: reading waits on the disk while the workers render. The first failure stops the rest.
          await pMap(paths, async (path) => {
            const id = idOf(path);
            const contents = await readFile(path, 'utf8');
            const key = bodyKey(fingerprint, id, contents);
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
              await writeBody(bodies, key, 'error' in rendered ? rendered : { ...rendered, version: textVersion(String(frontmatter['title'] ?? ''), body) });
            }
            store.set({ id, data, filePath, digest: key });
          }, { concurrency: 2 * availableParallelism() });
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
