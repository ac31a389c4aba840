import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEPLOY_CONF, deployConf } from './deploy-conf';
import { CACHE_RULES, cacheControlFor, IMMUTABLE, patternRegExp, REVALIDATE, SECURITY_HEADERS } from './headers';
import { parseHeadersFile, renderHeadersFile } from './headers-file';
import { headerLines, renderNginxConf } from './nginx';

describe('cacheControlFor', () => {
  it.each([
    '/_astro/noto-naskh-arabic-arabic-400-normal.U_i0HMfG.woff2',
    '/pagefind/pagefind.en_3b1f0c2a.pf_meta',
    '/pagefind/index/en_d26771b.pf_index',
    '/pagefind/part-2/fragment/ar_2ae3edf.pf_fragment',
    '/pagefind/filter/en_e6e6781.pf_filter',
  ])('keeps %s, named by its hash, for a year', (path) => {
    expect(cacheControlFor(path)).toBe(IMMUTABLE);
  });

  it.each([
    '/',
    '/briefs/x/',
    '/ar/rss.xml',
    '/sitemap-index.xml',
    '/reader.js',
    '/search.css',
    '/pagefind/pagefind.js',
    '/pagefind/pagefind-entry.json',
    '/pagefind/part-2/pagefind-entry.json',
    '/pagefind/parts.json',
    '/pagefind/wasm.ar.pagefind',
    '/briefs/x/citation.bib',
  ])('has %s revalidated', (path) => {
    expect(cacheControlFor(path)).toBe(REVALIDATE);
  });
});

describe('patternRegExp', () => {
  it('matches across slashes and anchors both ends', () => {
    const re = patternRegExp('/pagefind/*.pf_index');
    expect(re.test('/pagefind/part-3/index/x.pf_index')).toBe(true);
    expect(re.test('/pagefind/x.pf_index.br')).toBe(false);
    expect(re.test('/other/pagefind/x.pf_index')).toBe(false);
  });

  it('refuses a pattern without exactly one star', () => {
    expect(() => patternRegExp('/a/**')).toThrow(/one "\*"/);
    expect(() => patternRegExp('/a/')).toThrow(/one "\*"/);
  });
});

describe('_headers', () => {
  it('gives every path the security headers and each cache rule its Cache-Control, nothing else', () => {
    const rules = parseHeadersFile(renderHeadersFile());
    expect(rules).toEqual([
      { pattern: '/*', headers: SECURITY_HEADERS },
      ...CACHE_RULES.map((rule) => ({ pattern: rule.pattern, headers: { 'Cache-Control': rule.cacheControl } })),
    ]);
  });
});

/** The `add_header` lines of each `location` block of an nginx configuration, by its match. */
function locations(conf: string): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const [, match, body] of conf.matchAll(/^\s*location ([^{]+?) \{\n([\s\S]*?)^\s*\}/gm)) {
    found.set(match!, body!.split('\n').map((line) => line.trim()).filter((line) => line.startsWith('add_header')));
  }
  return found;
}

describe('deploy/nginx.conf', () => {
  it('is what src/publish/nginx.ts writes (npm run deploy:nginx-conf)', () => {
    expect(readFileSync(DEPLOY_CONF, 'utf8')).toBe(deployConf());
  });

  it('sends the table’s headers from every location, and each cache rule’s Cache-Control from its own', () => {
    const blocks = locations(readFileSync(DEPLOY_CONF, 'utf8'));
    for (const rule of CACHE_RULES) {
      const match = `~ ${patternRegExp(rule.pattern).source.replace(/\\\//g, '/')}`;
      expect(blocks.get(match), match).toEqual(headerLines(rule.cacheControl));
    }
    expect(blocks.get('/')).toEqual(headerLines(REVALIDATE));
    for (const [match, lines] of blocks) {
      if (match === '= /_headers') continue;
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(lines, match).toContain(`add_header ${name} "${value}" always;`);
    }
  });

  it('serves the .br files only where brotli is asked for, and never lists folders', () => {
    const options = { listen: '8080', root: '/srv/dist' };
    expect(renderNginxConf({ ...options, brotli: true })).toMatch(/^\s*brotli_static on;$/m);
    expect(renderNginxConf({ ...options, brotli: false })).not.toMatch(/brotli/);
    expect(renderNginxConf({ ...options, brotli: false })).toMatch(/^\s*autoindex off;$/m);
  });
});
