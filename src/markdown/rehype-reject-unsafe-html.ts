import type { Element, Root } from 'hast';
import type { VFile } from 'vfile';

/**
 * Rehype plugin that fails the build on raw HTML able to run script:
 * script-like elements, `on*` event attributes, and `javascript:`,
 * `vbscript:` or `data:` URLs in link and source attributes. Must run after
 * rehype-raw so raw HTML is parsed into elements. The error names the file,
 * the line and the offending markup, and the field "body".
 */
const UNSAFE_ELEMENTS = new Set(['script', 'iframe', 'frame', 'object', 'embed', 'base', 'meta', 'link', 'style', 'form']);
const URL_PROPERTIES = ['href', 'src', 'action', 'formAction', 'xLinkHref', 'poster', 'data', 'srcSet'];
// Browsers drop ASCII whitespace and control characters inside a scheme, so
// "java\tscript:" runs; strip them before testing.
const UNSAFE_URL = /^(?:javascript|vbscript|data):/i;

/** Describes why `node` is unsafe, or returns `undefined` when it is not. */
export function unsafeReason(node: Element): string | undefined {
  if (UNSAFE_ELEMENTS.has(node.tagName)) return `<${node.tagName}> element`;
  for (const [name, value] of Object.entries(node.properties)) {
    if (/^on/i.test(name)) return `event-handler attribute "${name.replace(/^on/i, 'on').toLowerCase()}" on <${node.tagName}>`;
    if (URL_PROPERTIES.includes(name)) {
      const url = String(Array.isArray(value) ? value.join(' ') : value).replace(/[\u0000-\u0020]/g, '');
      if (UNSAFE_URL.test(url)) return `${url.split(':')[0]?.toLowerCase()}: URL in "${name}" on <${node.tagName}>`;
    }
  }
  return undefined;
}

export default function rehypeRejectUnsafeHtml() {
  return (tree: Root, file: VFile) => {
    const visit = (node: Root | Element) => {
      for (const child of node.children) {
        if (child.type !== 'element') continue;
        const reason = unsafeReason(child);
        if (reason) {
          const line = child.position?.start.line;
          throw new Error(
            `${file.path ?? 'Markdown'}${line ? `:${line}` : ''} → body: unsafe raw HTML (${reason}); ` +
              'remove it, or describe the content in plain Markdown',
          );
        }
        visit(child);
      }
    };
    visit(tree);
  };
}
