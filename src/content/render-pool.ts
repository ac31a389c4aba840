import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { AstroConfig } from 'astro';
import { build } from 'esbuild';
import type { RenderedBody } from './body-store';

/**
 * Renders Markdown bodies on worker threads, one per core: rendering is the
 * bulk of a cold build's content sync, and one thread would leave the other
 * cores idle. Each worker runs `markdown-worker.ts`, bundled on first use
 * into `node_modules/.cache/` (where its packages resolve).
 */

/** The shared Markdown settings Astro hands its processor (`config.markdown`), as plain data; absent ones take the processor's defaults. */
export interface WorkerSetup {
  shared: Partial<Pick<AstroConfig['markdown'], 'syntaxHighlight' | 'shikiConfig' | 'gfm' | 'smartypants'>>;
}
export interface RenderRequest {
  id: number;
  /** The Markdown body. */
  body: string;
  /** Absolute path of its file: plugins read the locale from it, errors name it. */
  path: string;
}
export type Rendered = RenderedBody | { error: string };
export type RenderReply = Rendered & { id: number };

export interface RenderPool {
  render(body: string, path: string): Promise<Rendered>;
  close(): Promise<void>;
}

/** Bundles the worker once per version of its code, into a file named by its hash. */
async function workerFile(root: string): Promise<string> {
  const result = await build({
    entryPoints: [join(root, 'src/content/render-worker.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    packages: 'external',
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]!.text;
  const folder = join(root, 'node_modules/.cache/markdown-worker');
  const file = join(folder, `${createHash('sha256').update(code).digest('hex').slice(0, 16)}.mjs`);
  if (!existsSync(file)) {
    await mkdir(folder, { recursive: true });
    // Written whole, then renamed: a build running beside this one never sees half a file.
    const partial = `${file}.${process.pid}.tmp`;
    await writeFile(partial, code);
    await rename(partial, file);
  }
  return file;
}

export async function createRenderPool(root: string, setup: WorkerSetup, size = availableParallelism()): Promise<RenderPool> {
  const file = await workerFile(root);
  const pending = new Map<number, { resolve: (rendered: Rendered) => void; reject: (error: Error) => void }>();
  const queue: RenderRequest[] = [];
  const idle: Worker[] = [];
  let nextId = 0;
  let failure: Error | undefined;

  const dispatch = () => {
    while (idle.length > 0 && queue.length > 0) idle.pop()!.postMessage(queue.shift()!);
  };
  const fail = (error: Error) => {
    failure = new Error(`A Markdown render worker stopped: ${error.message}`, { cause: error });
    for (const { reject } of pending.values()) reject(failure);
    pending.clear();
  };

  const workers = Array.from({ length: Math.max(1, size) }, () => {
    const worker = new Worker(file, { workerData: setup });
    worker.on('message', (reply: RenderReply) => {
      const { id, ...rendered } = reply;
      pending.get(id)?.resolve(rendered);
      pending.delete(id);
      idle.push(worker);
      dispatch();
    });
    worker.on('error', fail);
    idle.push(worker);
    return worker;
  });

  return {
    render(body, path) {
      if (failure) return Promise.reject(failure);
      const id = nextId++;
      return new Promise<Rendered>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        queue.push({ id, body, path });
        dispatch();
      });
    },
    async close() {
      fail(new Error('the pool was closed'));
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}
