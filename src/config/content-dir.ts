/**
 * Folder the site's content is read from, relative to the project root.
 * `CONTENT_DIR` points a build at another library (test fixtures, the
 * synthetic library of the benchmark); the default is `content`.
 */
export const contentDir = (process.env['CONTENT_DIR'] ?? 'content').replace(/\/+$/, '');
