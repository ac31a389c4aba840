import type { APIRoute } from 'astro';

/**
 * `/robots.txt`: every page may be crawled; the sitemap index (written by
 * `@astrojs/sitemap` as `sitemap-index.xml`) is named by its absolute URL on
 * the configured `site`.
 */
export const GET: APIRoute = ({ site }) => {
  if (!site) throw new Error('robots.txt needs the `site` setting (SITE_URL)');
  const body = ['User-agent: *', 'Allow: /', '', `Sitemap: ${new URL('/sitemap-index.xml', site).href}`, ''].join('\n');
  return new Response(body, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
};
