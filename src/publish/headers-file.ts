import { CACHE_RULES, SECURITY_HEADERS } from './headers';

/**
 * The `_headers` file of Netlify and Cloudflare Pages: the security headers
 * on every path, and `Cache-Control` on the immutable files.
 *
 * Revalidated files get no rule: it would also match the immutable files,
 * and Cloudflare Pages joins the values of every matching rule ("max-age=0,
 * …, max-age=31536000") where Netlify keeps the most specific. Both hosts
 * already send `REVALIDATE` for any file without a rule.
 */
export function renderHeadersFile(): string {
  const block = (pattern: string, headers: Record<string, string>, comment: string) =>
    [`# ${comment}`, pattern, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n');
  return (
    [
      '# Written by the build from src/publish/headers.ts; edit that table, not this file.',
      block('/*', { ...SECURITY_HEADERS }, 'Every response'),
      ...CACHE_RULES.map((rule) => block(rule.pattern, { 'Cache-Control': rule.cacheControl }, rule.what)),
    ].join('\n\n') + '\n'
  );
}

/** The rules of a `_headers` file: each pattern with its headers, in order. */
export function parseHeadersFile(text: string): { pattern: string; headers: Record<string, string> }[] {
  const rules: { pattern: string; headers: Record<string, string> }[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: {} });
      continue;
    }
    const rule = rules.at(-1);
    const colon = line.indexOf(':');
    if (!rule || colon < 0) throw new Error(`_headers: a header line outside a rule or without a colon: ${line}`);
    rule.headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  }
  return rules;
}
