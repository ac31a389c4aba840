import type { Element, ElementContent, Parent, Root } from 'hast';
import { CONTINUE, SKIP, visitParents } from 'unist-util-visit-parents';
import type { VFile } from 'vfile';
import { contentDir } from '../config/content-dir';
import { splitAtMatches, wrapsAny } from '../util/split-at-matches';
import { localeOfFile } from './edition-file';
import { createTermMatcher, formGroup, readGlossary, type Glossary } from '../content/glossary';
import { aliasText } from '../content/alias-text';

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
const SKIP_TAGS = new Set(['a', 'abbr', 'code', 'pre', 'script', 'style']);
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
      const pieces = splitAtMatches(value, match(value), ({ id, form }): ElementContent | undefined => {
        const entry = entries[id];
        if (!entry) return undefined;
        const showExpansion = entry.abbr === form && entry.expansion && !abbreviated.has(id);
        const addAliases = !aliasedInSection.has(id);
        if (!showExpansion && !addAliases) return undefined;
        const properties: Element['properties'] = {};
        if (showExpansion) {
          properties['title'] = entry.expansion?.[locale] ?? '';
          abbreviated.add(id);
        }
        if (addAliases) {
          properties['dataPagefindIndexAttrs'] = 'data-search-aliases';
          properties['dataSearchAliases'] = aliasText(formGroup(entry), form);
          aliasedInSection.add(id);
        }
        return { type: 'element', tagName: showExpansion ? 'abbr' : 'span', properties, children: [{ type: 'text', value: form }] };
      });
      if (!wrapsAny(pieces)) return undefined;
      return pieces.map((piece) => (typeof piece === 'string' ? { type: 'text', value: piece } : piece));
    };

    visitParents(tree, (node, ancestors) => {
      if (node.type === 'element') {
        if (!HEADING.test(node.tagName)) return SKIP_TAGS.has(node.tagName) ? SKIP : CONTINUE;
        // Headings keep their text and start a section.
        aliasedInSection = new Set();
        return SKIP;
      }
      if (node.type !== 'text' || !ancestors.some((a) => a.type === 'element' && BLOCKS.has(a.tagName))) return CONTINUE;
      const annotated = annotate(node.value);
      if (!annotated) return CONTINUE;
      const parent = ancestors.at(-1) as Parent;
      const index = parent.children.indexOf(node);
      parent.children.splice(index, 1, ...annotated);
      return [SKIP, index + annotated.length];
    });
  };
}
