/** The search UI's stylesheet (src/pages/search.css.ts). */
export const SEARCH_CSS = '/search.css';

/**
 * Adds `<link rel="stylesheet" href>` to the head once (a file, so the
 * Content-Security-Policy allows it as the site's own); resolves when it has
 * loaded or failed, since an unstyled dialog still works.
 */
export function loadStylesheet(href: string): Promise<void> {
  let link = document.head.querySelector<HTMLLinkElement>(`link[rel=stylesheet][href="${href}"]`);
  if (link?.sheet) return Promise.resolve();
  if (!link) {
    link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = href;
    document.head.append(link);
  }
  const added = link;
  return new Promise((resolve) => {
    added.addEventListener('load', () => resolve(), { once: true });
    added.addEventListener('error', () => resolve(), { once: true });
  });
}
