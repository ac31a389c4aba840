import { existsSync } from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { AstroConfig } from 'astro';
import { workerFileName } from '../config/cache-keys';
import type { RenderedBody } from './body-store';

/**
 * Renders Markdown bodies on worker threads, one per core: rendering is the
 * bulk of a cold build's content sync, and one thread would leave the other
 * cores idle. Each worker runs `render-worker.ts`, as bundled by the caller
 * (`bundleCode(root, BODY_RENDER_ENTRY)`, the same bundle the body keys
 * cover), written once per version into `node_modules/.cache/` (where its
 * packages resolve).
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

/** Writes the worker's bundled `code` under `root`, once per version of it; its path. */
async function workerFile(root: string, code: string): Promise<string> {
  const folder = join(root, 'node_modules/.cache/markdown-worker');
  const file = join(folder, workerFileName(code));
  if (!existsSync(file)) {
    await mkdir(folder, { recursive: true });
    // Written whole, then renamed: a build running beside this one never sees half a file.
    const partial = `${file}.${process.pid}.tmp`;
    await writeFile(partial, code);
    await rename(partial, file);
  }
  return file;
}

/** Starts `size` workers running `code` (the bundled `render-worker.ts`) with `setup`. */
export async function createRenderPool(root: string, code: string, setup: WorkerSetup, size = availableParallelism()): Promise<RenderPool> {
  const file = await workerFile(root, code);
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
