import { describe, expect, it } from 'vitest';
import { internalLinks } from './links';

describe('internalLinks', () => {
  it('lists links to site paths with the Markdown line that writes them, and nothing else', () => {
    const markdown = ['', '', 'See [the other brief](/briefs/other/#p2).', '', 'And [the publisher](https://example.org/) or [a section](#p1),', 'or [an author](/ar/authors/x/?a=1&b=2), or [a protocol-relative one](//cdn.example/).'].join('\n');
    const html =
      '<p>See <a href="/briefs/other/#p2">the other brief</a>.</p><p>And <a href="https://example.org/">the publisher</a> or <a href="#p1">a section</a>, ' +
      'or <a class="x" href="/ar/authors/x/?a=1&amp;b=2">an author</a>, or <a href="//cdn.example/">one</a>.</p>';
    expect(internalLinks(html, markdown)).toEqual([
      { href: '/briefs/other/#p2', line: 3 },
      { href: '/ar/authors/x/?a=1&b=2', line: 6 },
    ]);
  });

  it('gives no line for a link it cannot find written in the source', () => {
    expect(internalLinks('<a href="/briefs/x/">x</a>', 'something else')).toEqual([{ href: '/briefs/x/', line: undefined }]);
  });
});
