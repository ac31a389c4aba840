import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { MarkdownHeading } from '@astrojs/markdown-remark';
import { sectionParagraphs } from '../markdown/blocks';
import type { BodyFacts } from '../markdown/rehype-body-facts';
import type { BodyLink } from '../markdown/links';

/**
 * Rendered Markdown bodies, kept as files in the build cache instead of in
 * Astro's content store. The store is bundled into the build and loaded
 * whole, so a library of 10,000 briefs with its bodies in it exceeds what
 * one JavaScript string (and a 4 GiB build) can hold; here each body is read
 * only by the pages that show it. A body is filed under a key that changes
 * whenever its rendering could (see `briefs-loader.ts`), so a file found
 * is always current.
 */

/** What the library needs to know about a body without reading its HTML. */
export type BodyOutline =
  | {
      /** Headings in document order, as Astro's renderer reports them. */
      headings: MarkdownHeading[];
      /** How many paragraphs carry a `p<n>` id (rehype-paragraph-ids). */
      paragraphs: number;
      /** Paragraphs before the first section heading, then in each section (`sectionParagraphs`). */
      sectionParagraphs: number[];
      /** The version of the edition's text (`textVersion`), for telling when a translation is stale. */
      version: string;
      /** Words in the body, for its reading time. */
      words: number;
      /** Links to pages of this site, for the build to check. */
      links: BodyLink[];
    }
  | {
      /** Why the body could not be rendered, naming the file and line. */
      error: string;
    };

/** The folder of one collection's bodies. */
export function bodyFolder(cacheDir: string, collection: string): string {
  return join(cacheDir, 'bodies', collection);
}

const htmlFile = (folder: string, key: string) => join(folder, `${key}.html`);
const outlineFile = (folder: string, key: string) => join(folder, `${key}.json`);
const blocksFile = (folder: string, key: string) => join(folder, `${key}.blocks.json`);

/** A rendered body, as the render workers deliver it: its HTML, headings and facts (src/markdown/rehype-body-facts.ts). */
export interface RenderedBody extends BodyFacts {
  html: string;
  headings: MarkdownHeading[];
  /** Links to pages of this site (`internalLinks`). */
  links: BodyLink[];
}

/** A rendered body as filed: with the version of the text it was rendered from. */
export type FiledBody = RenderedBody & { version: string };

/** Files a rendered body (or why it failed) under `key`. */
export async function writeBody(folder: string, key: string, body: FiledBody | { error: string }): Promise<void> {
  await mkdir(folder, { recursive: true });
  if ('error' in body) {
    await writeFile(outlineFile(folder, key), JSON.stringify({ error: body.error } satisfies BodyOutline));
    return;
  }
  // The HTML and blocks first: an outline on disk promises they are there too.
  await writeFile(htmlFile(folder, key), body.html);
  await writeFile(blocksFile(folder, key), JSON.stringify(body.blocks));
  const outline: BodyOutline = {
    headings: body.headings,
    paragraphs: body.paragraphs,
    sectionParagraphs: sectionParagraphs(body.blocks),
    words: body.words,
    version: body.version,
    links: body.links,
  };
  await writeFile(outlineFile(folder, key), JSON.stringify(outline));
}

/** Whether a body (or its failure) is filed under `key`. */
export function hasBody(folder: string, key: string): boolean {
  return existsSync(outlineFile(folder, key));
}

/** The outline filed under `key`, or undefined when there is none. */
export async function readOutline(folder: string, key: string): Promise<BodyOutline | undefined> {
  try {
    return JSON.parse(await readFile(outlineFile(folder, key), 'utf8')) as BodyOutline;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** The HTML filed under `key`. */
export function readBodyHtml(folder: string, key: string): Promise<string> {
  return readFile(htmlFile(folder, key), 'utf8');
}

/** The side-by-side blocks filed under `key`. */
export async function readBodyBlocks(folder: string, key: string): Promise<string[]> {
  return JSON.parse(await readFile(blocksFile(folder, key), 'utf8')) as string[];
}

/** Deletes the bodies of keys no longer in use (edited or removed files). */
export async function pruneBodies(folder: string, keep: ReadonlySet<string>): Promise<void> {
  const names = await readdir(folder).catch(() => [] as string[]);
  await Promise.all(
    names.filter((name) => !keep.has(name.replace(/(\.blocks)?\.(html|json)$/, ''))).map((name) => rm(join(folder, name), { force: true })),
  );
}
