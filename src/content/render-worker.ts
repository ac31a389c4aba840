import { pathToFileURL } from 'node:url';
import { parentPort, workerData } from 'node:worker_threads';
import { unified, type AstroMarkdownOptions } from '@astrojs/markdown-remark';
import { markdownOptions } from '../markdown/pipeline';
import { BODY_FACTS, type BodyFacts } from '../markdown/rehype-body-facts';
import { internalLinks } from '../markdown/links';
import type { RenderReply, RenderRequest, WorkerSetup } from './render-pool';

/**
 * A worker thread of the render pool (`render-pool.ts`): renders Markdown
 * bodies with the site's pipeline, built from the same options Astro's
 * `markdown.processor` uses, so a body renders the same here as in Astro.
 * The pipeline's last plugin derives what pages need besides the HTML
 * (side-by-side blocks, paragraphs, words) from the tree, once, here,
 * instead of on every page that shows it.
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
    const facts = metadata.frontmatter[BODY_FACTS] as BodyFacts | undefined;
    if (!facts) throw new Error(`${path} → body: not a brief's edition (briefs/<slug>/<locale>.md)`);
    reply = { id, html: code, headings: metadata.headings, ...facts, links: internalLinks(code, body) };
  } catch (error) {
    reply = { id, error: (error as Error).message };
  }
  parentPort!.postMessage(reply);
});
