import { describe, expect, it } from 'vitest';
import { headingAnchorsOnly, preparePage } from './prepare-page';

describe('headingAnchorsOnly', () => {
  it('keeps the ids of headings and drops every other element’s', () => {
    const html = '<h2 id="outcomes">Outcomes</h2><p id="p3" class="x">Text <a id="n1" href="#p3">1</a></p><H3 ID="upper" id="sub">Sub</H3><section id="s" data-id="kept">';
    expect(headingAnchorsOnly(html)).toBe('<h2 id="outcomes">Outcomes</h2><p class="x">Text <a href="#p3">1</a></p><H3 ID="upper" id="sub">Sub</H3><section data-id="kept">');
  });

  it('leaves a page without ids, and attributes that merely end in "id", as they are', () => {
    const html = '<p data-id="a" aria-valid="b">No id here</p><div>text</div>';
    expect(headingAnchorsOnly(html)).toBe(html);
  });
});

describe('preparePage', () => {
  it('breaks joined words and drops paragraph ids in one pass over the page', () => {
    expect(preparePage('<p id="p1">stream—especially</p>')).toBe('<p>stream—\u200A\u2060especially</p>');
  });
});
