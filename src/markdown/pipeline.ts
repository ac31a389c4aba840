import rehypeRaw from 'rehype-raw';
import rehypeSlug from 'rehype-slug';
import remarkGfm from 'remark-gfm';
import rehypeBodyFacts from './rehype-body-facts';
import rehypeGlossary from './rehype-glossary';
import rehypeIsolateLatin from './rehype-isolate-latin';
import rehypeParagraphIds from './rehype-paragraph-ids';
import rehypeRejectUnsafeHtml from './rehype-reject-unsafe-html';

/**
 * The Markdown pipeline of every content file, shared by `astro.config.ts`
 * and the tests so both run exactly the same plugins.
 */
export const markdownOptions = {
  // The unified processor would add its own remark-gfm; we pass the one we pin.
  gfm: false,
  // Keep the source's characters exactly: no curly-quote or dash rewriting.
  smartypants: false,
  remarkPlugins: [remarkGfm],
  // rehype-raw first, so raw HTML is parsed into elements before it is checked;
  // glossary terms are marked before Latin runs are isolated inside them;
  // a brief's facts are read from the finished tree.
  rehypePlugins: [rehypeRaw, rehypeRejectUnsafeHtml, rehypeSlug, rehypeGlossary, rehypeIsolateLatin, rehypeParagraphIds, rehypeBodyFacts],
};
