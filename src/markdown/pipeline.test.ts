import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { markdownOptions } from './pipeline';

const processor = await createMarkdownProcessor(markdownOptions);
const render = (markdown: string, file = '/content/briefs/x/en.md') =>
  processor.render(markdown, { fileURL: new URL(`file://${file}`) });

describe('headings', () => {
  it('get ids from rehype-slug', async () => {
    const { code, metadata } = await render('## The Role of U.S. Troops and PMF\n\ntext');
    expect(code).toContain('<h2 id="the-role-of-us-troops-and-pmf">');
    expect(metadata.headings).toEqual([{ depth: 2, slug: 'the-role-of-us-troops-and-pmf', text: 'The Role of U.S. Troops and PMF' }]);
  });
  it('keep Arabic letters in Arabic ids', async () => {
    const { code } = await render('## نقاط التباين', '/content/briefs/x/ar.md');
    expect(code).toContain('id="نقاط-التباين"');
  });
});

describe('source text', () => {
  it('keeps straight quotes and dashes as written', async () => {
    const { code } = await render(`didn't -- "quoted" ...`);
    expect(code).toMatch(/^<p id="p1">didn't -- "quoted" \.\.\.\u00a0<a /u);
  });
  it('renders GFM tables and footnotes', async () => {
    const { code } = await render('| a |\n| - |\n| b |\n\nNote[^1]\n\n[^1]: Footnote.');
    expect(code).toContain('<table>');
    expect(code).toContain('data-footnote-ref');
  });
});

describe('paragraph ids', () => {
  it('number a brief’s paragraphs and leave author pages alone', async () => {
    const brief = await render('One.\n\nTwo.');
    expect(brief.code).toContain('<p id="p2">Two.\u00a0<a class="permalink" href="#p2" title="Link to paragraph 2" tabindex="-1" aria-hidden="true" data-pagefind-ignore="">¶</a></p>');
    const author = await render('Bio.', '/content/authors/x/en.md');
    expect(author.code).toBe('<p>Bio.</p>');
  });
});

describe('unsafe raw HTML', () => {
  it.each([
    ['a script element', '<script>alert(1)</script>', /<script> element/],
    ['an event-handler attribute', '<p onclick="alert(1)">x</p>', /event-handler attribute "onclick"/],
    ['an event handler in mixed case', '<img src="x.png" OnError="alert(1)" alt="">', /event-handler attribute "onerror"/],
    ['a javascript: link in raw HTML', '<a href="javascript:alert(1)">x</a>', /javascript: URL in "href"/],
    ['a javascript: link in Markdown', '[x](javascript:alert(1))', /javascript: URL in "href"/],
    ['a scheme hidden by a tab', '<a href="java\tscript:alert(1)">x</a>', /javascript: URL/],
    ['an iframe', '<iframe src="https://example.org"></iframe>', /<iframe> element/],
    ['a data: image', '<img src="data:image/png;base64,AAAA" alt="">', /data: URL in "src" on <img>/],
    ['an element the allow-list does not name', '<marquee>x</marquee>', /<marquee> element/],
    ['an attribute the allow-list does not name', '<p style="color: red">x</p>', /attribute "style" on <p>/],
  ])('fails the file on %s, naming the file, line and field', async (_, markdown, reason) => {
    await expect(render(`Intro.\n\n${markdown}\n`, '/content/briefs/x/en.md')).rejects.toThrow(
      new RegExp(`/content/briefs/x/en\\.md:3 → body: unsafe raw HTML \\(${reason.source}`),
    );
  });
  it('lets harmless inline HTML through', async () => {
    const { code } = await render('A <abbr title="Popular Mobilization Forces">PMF</abbr> unit, <sup>1</sup> <a href="https://example.org/">link</a>.');
    expect(code).toContain('<abbr title="Popular Mobilization Forces">PMF</abbr>');
  });
  it('lets tables, footnotes, task lists and relative links through', async () => {
    const markdown = '| a |\n| - |\n| b |\n\nNote[^1] and [a section](#p1).\n\n- [x] done\n\n[^1]: Footnote.';
    await expect(render(markdown)).resolves.toMatchObject({ code: expect.stringContaining('data-footnote-backref') });
  });
});

describe('Latin runs in right-to-left editions', () => {
  it('isolates acronyms and dotted abbreviations in an Arabic file', async () => {
    const { code } = await render('قوات الحشد الشعبي (PMF) و U.S. معاً', '/content/briefs/x/ar.md');
    expect(code).toContain('(<bdi lang="en">PMF</bdi>)');
    expect(code).toContain('<bdi lang="en">U.S.</bdi>');
  });
  it('marks Latin runs in headings as English without a <bdi>, which search would drop from the section title', async () => {
    const { code } = await render('### دور القوات الأمريكية والحشد الشعبي (PMF)', '/content/briefs/x/ar.md');
    expect(code).toBe('<h3 id="دور-القوات-الأمريكية-والحشد-الشعبي-pmf">دور القوات الأمريكية والحشد الشعبي (<span lang="en">PMF</span>)</h3>');
  });
  it('leaves English files untouched', async () => {
    const { code } = await render('The PMF and U.S. troops');
    expect(code).not.toContain('<bdi');
  });
});
