import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { markdownOptions } from './pipeline';
import { BODY_FACTS } from './rehype-body-facts';

// No code blocks here: the facts do not need the highlighter, slow to start.
const processor = await createMarkdownProcessor({ ...markdownOptions, syntaxHighlight: false });
const factsOf = async (markdown: string, file = '/content/briefs/x/en.md') =>
  (await processor.render(markdown, { fileURL: new URL(`file://${file}`) })).metadata.frontmatter[BODY_FACTS];

describe('a brief body’s facts', () => {
  it('splits the body into top-level blocks without ids or permalinks', async () => {
    const facts = await factsOf('One.\n\n## Section\n\nTwo [link](#p1).\n\n- a\n- b');
    expect(facts).toMatchObject({
      blocks: ['<p>One.</p>', '<h2>Section</h2>', '<p>Two <a href="#p1">link</a>.</p>', '<ul>\n<li>a</li>\n<li>b</li>\n</ul>'],
    });
  });
  it('counts the numbered paragraphs, not those inside quotes or lists', async () => {
    expect(await factsOf('One.\n\n> Quoted.\n\nTwo.\n\n- item')).toMatchObject({ paragraphs: 2 });
  });
  it('counts words in the text, leaving out markup, permalinks and alias attributes', async () => {
    expect(await factsOf('Two **bold** [words](https://example.org) — here.\n\n## A heading')).toMatchObject({ words: 6 });
  });
  it('counts Arabic words', async () => {
    expect(await factsOf('الحوار الاستراتيجي بين العراق والولايات المتحدة', '/content/briefs/x/ar.md')).toMatchObject({ words: 6 });
  });
  it('leaves author pages without facts', async () => {
    expect(await factsOf('Bio.', '/content/authors/x/en.md')).toBeUndefined();
  });
});
