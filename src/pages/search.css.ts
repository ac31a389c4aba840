import type { APIRoute } from 'astro';
import { css } from '../search/styles';

/**
 * `/search.css`: the search dialog's, results' and highlights' styles,
 * loaded with `/search-ui.js`. A file, not a `<style>` the script writes,
 * so the page's Content-Security-Policy allows it without `'unsafe-inline'`.
 */
export const GET: APIRoute = () => new Response(css.trim() + '\n', { headers: { 'content-type': 'text/css; charset=utf-8' } });
