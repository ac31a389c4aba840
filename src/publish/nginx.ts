import { defaultLocale, localeCodes } from '../i18n/locales.ts';
import { CACHE_RULES, CONTENT_TYPES, patternRegExp, REVALIDATE, SECURITY_HEADERS } from './headers.ts';

/** Where and how an nginx configuration serves the built site. */
export interface NginxOptions {
  /** `listen` address: a port, or `host:port`. */
  listen: string;
  /** Absolute path of the built site (`dist/`). */
  root: string;
  /** Whether to serve the `.br` files (needs Debian's libnginx-mod-http-brotli-static). */
  brotli: boolean;
  /**
   * A folder for the pid and temporary files of nginx run in the foreground
   * by a user (`npm run serve:nginx`, the tests), which logs errors to
   * stderr and nothing else. Absent: a system service with Debian's paths.
   */
  runDir?: string;
}

/** The configuration shipped as `deploy/nginx.conf`: Debian's nginx as a service, on port 80. */
export const DEPLOY_OPTIONS: NginxOptions = { listen: '80', root: '/var/www/policy-briefs/dist', brotli: true };

/** Debian's path of the brotli_static module, loaded by path where the service's modules-enabled is not read. */
export const BROTLI_STATIC_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';

const quote = (value: string) => `"${value.replace(/["\\]/g, '\\$&')}"`;

/**
 * The `add_header` lines of one location. nginx drops the `add_header`s a
 * location inherits as soon as it has one of its own, so every location
 * repeats the security headers. They go on every status (`always`);
 * `Cache-Control` only on success, so a missing hashed file is not cached
 * for a year.
 */
export function headerLines(cacheControl: string): string[] {
  return [
    ...Object.entries(SECURITY_HEADERS).map(([name, value]) => `add_header ${name} ${quote(value)} always;`),
    `add_header Cache-Control ${quote(cacheControl)};`,
  ];
}

/**
 * A complete nginx configuration (the whole `nginx.conf`) serving the built
 * site: the headers of `headers.ts`, the precompressed `.gz` and `.br` files,
 * the content types of `CONTENT_TYPES`, `404.html` with status 404 (each
 * edition's own 404 page under its prefix where the build has one, else the
 * default one), no directory listings, and `_headers` kept private.
 */
export function renderNginxConf(options: NginxOptions): string {
  const { listen, root, brotli, runDir } = options;
  const indent = (lines: string[], depth: number) => lines.map((line) => (line ? '    '.repeat(depth) + line : line));
  const byType = new Map<string, string[]>();
  for (const [ext, type] of Object.entries(CONTENT_TYPES)) {
    const bare = type.split(';')[0]!;
    byType.set(bare, [...(byType.get(bare) ?? []), ext]);
  }
  const withCharset = [...new Set(Object.values(CONTENT_TYPES).filter((t) => /charset=utf-8/.test(t)).map((t) => t.split(';')[0]!))].filter(
    (type) => type !== 'text/html',
  );
  const editions404 = localeCodes
    .filter((locale) => locale !== defaultLocale)
    .flatMap((locale) => {
      // The edition's prefix, as routing/urls.ts localizedPath gives it (that module is not loadable by plain Node).
      const prefix = `/${locale}/`;
      const page = `${prefix}404.html`;
      return [
        '',
        `# Unknown paths under ${prefix} get that edition's 404 page, or the default one where the build has none.`,
        `location ${prefix} {`,
        // Recursive: where the edition's 404 page is missing, its own 404 goes on to the default one.
        ...indent([...headerLines(REVALIDATE), 'try_files $uri $uri/ =404;', 'recursive_error_pages on;', `error_page 404 ${page};`, `error_page 403 =404 ${page};`], 1),
        '}',
        `location = ${page} {`,
        ...indent([...headerLines(REVALIDATE), 'error_page 404 /404.html;'], 1),
        '}',
      ];
    });
  const service = !runDir;
  const http = [
    'sendfile on;',
    'tcp_nopush on;',
    'server_tokens off;',
    service ? 'access_log /var/log/nginx/access.log;' : 'access_log off;',
    ...(service ? [] : ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((kind) => `${kind === 'body' ? 'client_body' : kind}_temp_path ${runDir}/${kind};`)),
    '',
    '# Content types by extension (src/publish/headers.ts CONTENT_TYPES); UTF-8 for the text types.',
    'types {',
    ...indent([...byType].map(([type, exts]) => `${type} ${exts.join(' ')};`), 1),
    '}',
    'default_type application/octet-stream;',
    'charset utf-8;',
    `charset_types ${withCharset.join(' ')};`,
    '',
    '# The build writes .gz and .br beside each text file where they are smaller; nothing is compressed on the fly.',
    'gzip_static on;',
    'gzip_vary on;',
    ...(brotli ? ['brotli_static on;'] : []),
    '',
    'server {',
    ...indent(
      [
        `listen ${listen};`,
        ...(service ? [`listen [::]:${listen};`] : []),
        'server_name _;',
        `root ${root};`,
        'index index.html;',
        'autoindex off;',
        // A slash added to a folder's path keeps the host the reader asked for.
        'absolute_redirect off;',
        'error_page 404 /404.html;',
        // A folder without an index page is not listed: it does not exist for a reader.
        'error_page 403 =404 /404.html;',
        '',
        'location / {',
        ...indent([...headerLines(REVALIDATE), 'try_files $uri $uri/ =404;'], 1),
        '}',
        ...editions404,
        '',
        '# Read by Netlify and Cloudflare Pages; not a page.',
        'location = /_headers {',
        ...indent(['return 404;'], 1),
        '}',
        ...CACHE_RULES.flatMap((rule) => [
          '',
          `# ${rule.what}`,
          `location ~ ${patternRegExp(rule.pattern).source.replace(/\\\//g, '/')} {`,
          ...indent(headerLines(rule.cacheControl), 1),
          '}',
        ]),
      ],
      1,
    ),
    '}',
  ];
  return [
    '# Written from src/publish/nginx.ts by `npm run deploy:nginx-conf`; edit that, not this file.',
    `# A complete configuration for Debian's nginx serving the built site from ${root}${brotli ? '\n# (with libnginx-mod-http-brotli-static installed, for the .br files)' : ''}.`,
    ...(service
      ? ['user www-data;', 'worker_processes auto;', 'pid /run/nginx.pid;', 'error_log /var/log/nginx/error.log;', 'include /etc/nginx/modules-enabled/*.conf;']
      : ['daemon off;', 'worker_processes 1;', `pid ${runDir}/nginx.pid;`, 'error_log stderr;', ...(brotli ? [`load_module ${BROTLI_STATIC_MODULE};`] : [])]),
    '',
    'events {',
    '    worker_connections 768;',
    '}',
    '',
    'http {',
    ...indent(http, 1),
    '}',
    '',
  ].join('\n');
}
