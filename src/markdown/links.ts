/**
 * Links in a rendered body that point inside the site, so the build can
 * check them against the library (`src/content/validate.ts`).
 */

/** An internal link in a body: its address and the line of the Markdown source that writes it, when found. */
export interface BodyLink {
  href: string;
  line?: number | undefined;
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&quot;': '"', '&#x27;': "'", '&#39;': "'", '&lt;': '<', '&gt;': '>' };

/**
 * Every `<a href>` in `html` whose address is a path on this site (starts
 * with one `/`), in order, with the 1-based line of `markdown` where the
 * address is first written (the body keeps the file's line numbers).
 */
export function internalLinks(html: string, markdown: string): BodyLink[] {
  const lines = markdown.split('\n');
  const links: BodyLink[] = [];
  for (const match of html.matchAll(/<a\s[^>]*?href="([^"]*)"/g)) {
    const href = match[1]!.replace(/&(?:amp|quot|#x27|#39|lt|gt);/g, (entity) => ENTITIES[entity] ?? entity);
    if (!href.startsWith('/') || href.startsWith('//')) continue;
    const index = lines.findIndex((line) => line.includes(href));
    links.push({ href, line: index >= 0 ? index + 1 : undefined });
  }
  return links;
}
