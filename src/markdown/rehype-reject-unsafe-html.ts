import type { Element, Root } from 'hast';
import { defaultSchema, sanitize, type Schema } from 'hast-util-sanitize';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

/**
 * Rehype plugin that fails the build on markup a sanitizer would remove: an
 * allow-list (hast-util-sanitize's GitHub schema, plus the inline elements
 * a brief may use) checks every element and attribute, so script-like
 * elements, `on*` event attributes, and `javascript:`, `vbscript:` or
 * `data:` URLs are refused, and so is anything the list does not name.
 * Nothing is removed silently: the error names the file, the line, the
 * offending markup and the field "body". Must run after rehype-raw (so raw
 * HTML is parsed into elements) and before the site's own plugins (whose
 * ids and attributes are not the author's).
 */
export const ALLOWED: Schema = {
  ...defaultSchema,
  tagNames: [...(defaultSchema.tagNames ?? []), 'abbr', 'bdi', 'bdo', 'caption', 'cite', 'dfn', 'figcaption', 'figure', 'mark', 'small', 'time', 'u', 'wbr'],
  // Each element is checked alone, outside its parents (`unsafeReason`).
  ancestors: {},
  // Ids are kept as written: the check removes nothing, and footnote links rely on them.
  clobber: [],
};

// Attributes whose value is a URL, for the message: browsers drop ASCII whitespace and
// control characters inside a scheme, so "java\tscript:" runs; they are stripped to name it.
const URL_PROPERTIES = new Set(['href', 'src', 'action', 'formAction', 'xLinkHref', 'poster', 'data', 'srcSet', 'cite', 'longDesc']);

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Describes what the allow-list would remove from `node` itself (its children are checked on their own), or returns `undefined` when nothing. */
export function unsafeReason(node: Element): string | undefined {
  const alone: Element = { ...node, children: [] };
  const kept = sanitize({ type: 'root', children: [alone] }, ALLOWED);
  const element = kept.type === 'root' ? kept.children[0] : kept;
  if (element?.type !== 'element' || element.tagName !== node.tagName) return `<${node.tagName}> element`;
  for (const [name, value] of Object.entries(node.properties)) {
    if (value === undefined || value === null || same(element.properties[name], value)) continue;
    if (/^on/i.test(name)) return `event-handler attribute "${name.toLowerCase()}" on <${node.tagName}>`;
    if (URL_PROPERTIES.has(name)) {
      const url = String(Array.isArray(value) ? value.join(' ') : value).replace(/[\u0000-\u0020]/g, '');
      const scheme = /^([^:/?#]+):/.exec(url)?.[1]?.toLowerCase();
      if (scheme) return `${scheme}: URL in "${name}" on <${node.tagName}>`;
    }
    return `attribute "${name}" on <${node.tagName}>`;
  }
  return undefined;
}

export default function rehypeRejectUnsafeHtml() {
  return (tree: Root, file: VFile) => {
    visit(tree, 'element', (node) => {
      const reason = unsafeReason(node);
      if (!reason) return;
      const line = node.position?.start.line;
      throw new Error(
        `${file.path ?? 'Markdown'}${line ? `:${line}` : ''} → body: unsafe raw HTML (${reason}); ` +
          'remove it, or describe the content in plain Markdown',
      );
    });
  };
}
