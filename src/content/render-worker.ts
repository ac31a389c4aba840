import { pathToFileURL } from 'node:url';
import { parentPort, workerData } from 'node:worker_threads';
import { unified, type AstroMarkdownOptions } from '@astrojs/markdown-remark';
import { markdownOptions } from '../markdown/pipeline';
import { bodyBlocks } from '../markdown/blocks';
import { countWords } from '../i18n/reading';
import { internalLinks } from '../markdown/links';
import type { RenderReply, RenderRequest, WorkerSetup } from './render-pool';

/**
 * A worker thread of the render pool (`render-pool.ts`): renders Markdown
 * bodies with the site's pipeline, built from the same options Astro's
 * `markdown.processor` uses, so a body renders the same here as in Astro;
 * and derives what pages need from the HTML (side-by-side blocks, word
 * count) once, here, instead of on every page that shows it.
 */
const { shared } = workerData as WorkerSetup;
// Astro's renderer logs a failing file's error, stack and all, before it throws it; the build
// reports that error itself, with the file's other content problems, so the log is dropped.
const logError = console.error;
console.error = (...args: unknown[]) => {
  if (!(args[0] instanceof Error && args[0].message.startsWith('Failed to parse Markdown file'))) logError(...args);
};
// The settings Astro itself hands the processor; its config types allow `undefined` where the processor's omit the key.
const renderer = await unified(markdownOptions).createRenderer(shared as AstroMarkdownOptions);

parentPort!.on('message', async ({ id, body, path }: RenderRequest) => {
  let reply: RenderReply;
  try {
    const { code, metadata } = await renderer.render(body, { fileURL: pathToFileURL(path) });
    reply = { id, html: code, headings: metadata.headings, blocks: bodyBlocks(code), words: countWords(code), links: internalLinks(code, body) };
  } catch (error) {
    reply = { id, error: (error as Error).message };
  }
  parentPort!.postMessage(reply);
});
