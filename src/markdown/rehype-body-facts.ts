import type { Element, ElementContent, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { countWords } from '../i18n/reading';
import { isBriefFile } from './edition-file';

/** What the library needs to know about a brief's body besides its HTML and headings, derived from its tree in one pass. */
export interface BodyFacts {
  /** The top-level blocks (headings, paragraphs, lists…) as HTML, without ids or paragraph permalinks, for the side-by-side view. */
  blocks: string[];
  /** Body paragraphs: the ones rehype-paragraph-ids numbered. */
  paragraphs: number;
  /** Words in the body, for its reading time. */
  words: number;
}

/**
 * Where the facts travel: Astro's renderer returns a file's front matter as
 * `metadata.frontmatter`, and nothing else a plugin adds.
 */
export const BODY_FACTS = 'bodyFacts';

const PARAGRAPH_ID = /^p\d+$/;
const isPermalink = (node: ElementContent) => node.type === 'element' && node.tagName === 'a' && [node.properties['className']].flat().includes('permalink');

/**
 * A brief body's facts (`BodyFacts`) from its finished tree. Blocks are
 * copies: both editions share ids and permalinks, and a page showing them
 * side by side must not repeat an id.
 */
export function bodyFacts(tree: Root): BodyFacts {
  const texts: string[] = [];
  let paragraphs = 0;
  visit(tree, (node) => {
    if (node.type === 'text') texts.push(node.value);
    else if (node.type === 'element' && node.tagName === 'p' && PARAGRAPH_ID.test(String(node.properties['id'] ?? ''))) paragraphs++;
  });
  const blocks = tree.children
    .filter((node): node is Element => node.type === 'element')
    .map((block) => {
      const copy = structuredClone(block);
      visit(copy, 'element', (node) => {
        delete node.properties['id'];
        node.children = node.children.filter((child) => !isPermalink(child));
      });
      // The no-break space that kept the permalink beside the last word.
      const last = copy.children.at(-1);
      if (copy.tagName === 'p' && last?.type === 'text') last.value = last.value.trimEnd();
      return toHtml(copy, { allowDangerousHtml: true });
    });
  // Every element boundary separates words, as a tag does in the HTML.
  return { blocks, paragraphs, words: countWords(texts.join(' ')) };
}

/** Rehype plugin, last in the pipeline: files a brief body's facts in its front matter (`BODY_FACTS`). */
export default function rehypeBodyFacts() {
  return (tree: Root, file: VFile) => {
    if (!isBriefFile(file)) return;
    const astro = file.data['astro'] as { frontmatter?: Record<string, unknown> } | undefined;
    if (astro?.frontmatter) astro.frontmatter[BODY_FACTS] = bodyFacts(tree);
  };
}
