import type { Element, ElementContent, Root, RootContent } from 'hast';
import type { VFile } from 'vfile';
import { contentDir } from '../config/content-dir';
import { localeOfFile } from './edition-file';
import { aliasText, createTermMatcher, readGlossary, type Glossary } from '../content/glossary';

/**
 * Rehype plugin that marks glossary terms in a brief's body (`glossary.yaml`):
 * - the first use of an acronym on the page becomes `<abbr title="expansion">`;
 * - the first use of any term in each section carries the term's other forms,
 *   in both languages, as an attribute Pagefind indexes
 *   (`data-pagefind-index-attrs`), so searching "Hashd", "Popular
 *   Mobilization Forces" or "الحشد الشعبي" finds the section that says "PMF".
 * Headings, links and code are left as written.
 */
const BLOCKS = new Set(['p', 'li', 'blockquote', 'td', 'th', 'dd', 'figcaption']);
const SKIP = new Set(['a', 'abbr', 'code', 'pre', 'script', 'style']);
const HEADING = /^h[1-6]$/;

export default function rehypeGlossary(options: { glossary?: Glossary } = {}) {
  let glossary = options.glossary;
  return (tree: Root, file: VFile) => {
    const locale = localeOfFile(file);
    if (!locale) return;
    glossary ??= readGlossary(contentDir);
    const entries = glossary;
    const match = createTermMatcher(entries, locale);
    const abbreviated = new Set<string>();
    let aliasedInSection = new Set<string>();

    const annotate = (value: string): ElementContent[] | undefined => {
      const matches = match(value);
      if (matches.length === 0) return undefined;
      const out: ElementContent[] = [];
      let last = 0;
      for (const { start, end, id, form } of matches) {
        const entry = entries[id];
        if (!entry) continue;
        const showExpansion = entry.abbr === form && entry.expansion && !abbreviated.has(id);
        const addAliases = !aliasedInSection.has(id);
        if (!showExpansion && !addAliases) continue;
        if (start > last) out.push({ type: 'text', value: value.slice(last, start) });
        const properties: Element['properties'] = {};
        if (showExpansion) {
          properties['title'] = entry.expansion?.[locale] ?? '';
          abbreviated.add(id);
        }
        if (addAliases) {
          properties['dataPagefindIndexAttrs'] = 'data-search-aliases';
          properties['dataSearchAliases'] = aliasText(entry, form);
          aliasedInSection.add(id);
        }
        out.push({
          type: 'element',
          tagName: showExpansion ? 'abbr' : 'span',
          properties,
          children: [{ type: 'text', value: form }],
        });
        last = end;
      }
      if (out.length === 0) return undefined;
      if (last < value.length) out.push({ type: 'text', value: value.slice(last) });
      return out;
    };

    const walk = (parent: { children: (RootContent | ElementContent)[] }, inBlock: boolean) => {
      const next: (RootContent | ElementContent)[] = [];
      for (const child of parent.children) {
        if (child.type === 'element' && HEADING.test(child.tagName)) aliasedInSection = new Set();
        if (child.type === 'text' && inBlock) {
          next.push(...(annotate(child.value) ?? [child]));
          continue;
        }
        if (child.type === 'element' && !SKIP.has(child.tagName) && !HEADING.test(child.tagName)) {
          walk(child, inBlock || BLOCKS.has(child.tagName));
        }
        next.push(child);
      }
      parent.children = next;
    };
    walk(tree, false);
  };
}
