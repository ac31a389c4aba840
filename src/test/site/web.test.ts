import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import sax from 'sax';
import { beforeAll, describe, expect, it } from 'vitest';
import { TEST_SITE_URL } from '../support/build';
import { useTranslations } from '../../i18n/index';
import { DIST } from '../support/paths';
import { builtPages, fileFor, type BuiltPage } from '../support/site';

const SITE = TEST_SITE_URL;
const SLUG = 'iraq-us-strategic-dialogue';
const BRIEF = `/briefs/${SLUG}/`;
const AR_BRIEF = `/ar/briefs/${SLUG}/`;
const AUTHOR = '/authors/farhad-alaaldin/';
const AR_AUTHOR = '/ar/authors/farhad-alaaldin/';

/** Parses built XML, keeping attributes (`@_name`) and always giving repeatable elements as arrays. */
const parser = new XMLParser({
  ignoreAttributes: false,
  isArray: (name) => ['item', 'dc:creator', 'url', 'sitemap', 'xhtml:link'].includes(name),
});

/** Throws unless `xml` is well-formed XML whose every prefix is bound to a namespace. */
function assertWellFormed(xml: string, name: string) {
  const strict = sax.parser(true, { xmlns: true });
  strict.onerror = (error) => {
    throw new Error(`${name} is not well-formed XML: ${error.message}`);
  };
  strict.write(xml).close();
}

/** Reads a built XML file, checks it is well-formed and parses it. */
async function readXml(path: string) {
  const xml = await readFile(join(DIST, path), 'utf8');
  assertWellFormed(xml, path);
  return parser.parse(xml) as Record<string, any>;
}

let pages: BuiltPage[];
const page = (path: string) => {
  const found = pages.find((p) => p.path === path);
  if (!found) throw new Error(`no built page at ${path}`);
  return found;
};
/** The page's JSON-LD blocks, parsed. */
const jsonLd = (path: string) =>
  page(path)
    .doc.querySelectorAll('script[type="application/ld+json"]')
    .map((script) => JSON.parse(script.textContent) as Record<string, any>);
/** The page's `<meta property>` values for `property`, in document order. */
const meta = (path: string, property: string) =>
  page(path)
    .doc.querySelectorAll(`meta[property="${property}"]`)
    .map((m) => m.getAttribute('content'));

beforeAll(async () => {
  pages = await builtPages();
});

describe('the RSS feeds', () => {
  it.each([
    ['/rss.xml', 'en', '/', BRIEF, 'Iraq-U.S. Strategic Dialogue: Finding Agreement within Contention', 'Farhad Alaaldin'],
    ['/ar/rss.xml', 'ar', '/ar/', AR_BRIEF, 'الحوار الاستراتيجي بين العراق والولايات المتحدة: إيجاد اتفاق ضمن الخلاف', 'فرهاد علاء الدين'],
  ])('%s lists the %s briefs with absolute links, date, summary and author', async (feed, lang, home, brief, title, author) => {
    const { channel } = (await readXml(feed))['rss'];
    expect(channel.language).toBe(lang);
    expect(channel.link).toBe(SITE + home);
    expect(channel['atom:link']['@_href']).toBe(SITE + feed);
    expect(channel.item).toHaveLength(1);
    const [item] = channel.item;
    expect(item.title).toBe(title);
    expect(item.link).toBe(SITE + brief);
    expect(new Date(item.pubDate).toISOString()).toBe('2020-08-18T00:00:00.000Z');
    expect(item.description).toBe(page(brief).doc.querySelector('meta[name=description]')?.getAttribute('content'));
    expect(item['dc:creator']).toEqual([author]);
  });

  it('titles and describes each feed in its own language', async () => {
    const english = (await readXml('/rss.xml'))['rss'].channel;
    const arabic = (await readXml('/ar/rss.xml'))['rss'].channel;
    expect(english.title).toBe('Policy Brief Reader: new briefs in English');
    expect(arabic.title).toMatch(/^موجزات السياسات/);
    expect(arabic.description).toMatch(/موجزات سياسات/);
  });

  it('is announced in the head of every page, in the page’s language', () => {
    for (const { path, doc } of pages) {
      const feeds = doc.querySelectorAll('head link[rel=alternate][type="application/rss+xml"]').map((l) => l.getAttribute('href'));
      expect([path, feeds]).toEqual([path, [path.startsWith('/ar/') ? '/ar/rss.xml' : '/rss.xml']]);
    }
  });
});

describe('the sitemap', () => {
  async function sitemapUrls() {
    const index = (await readXml('/sitemap-index.xml'))['sitemapindex'];
    const locs: string[] = index.sitemap.map((s: { loc: string }) => s.loc);
    const sitemaps = await Promise.all(locs.map((loc) => readXml(new URL(loc).pathname)));
    return sitemaps.flatMap((s) => s['urlset'].url as { loc: string; lastmod?: string; 'xhtml:link'?: Record<string, string>[] }[]);
  }

  it('lists both editions of the home, brief, parallel, author, topic, index and about pages, and nothing else', async () => {
    const locs = (await sitemapUrls()).map((u) => u.loc).sort();
    const topics = ['energy-economics', 'iran', 'iraq', 'military-security', 'us-policy'].map((t) => `/topics/${t}/`);
    const english = ['/', AUTHOR, BRIEF, `${BRIEF}parallel/`, ...topics, '/briefs/', '/topics/', '/authors/', '/about/'];
    expect(locs).toEqual([...english, ...english.map((p) => `/ar${p}`)].map((p) => SITE + p).sort());
  });

  it('leaves out the 404 and search pages', async () => {
    const locs = (await sitemapUrls()).map((u) => new URL(u.loc).pathname);
    for (const path of ['/404.html', '/search/', '/ar/search/']) expect(locs).not.toContain(path);
  });

  it('gives every page xhtml:link alternates for its English and Arabic editions', async () => {
    for (const url of await sitemapUrls()) {
      const english = new URL(url.loc).pathname.replace(/^\/ar\//, '/');
      const links = Object.fromEntries((url['xhtml:link'] ?? []).map((l) => [l['@_hreflang'], l['@_href']]));
      expect([url.loc, links]).toEqual([url.loc, { en: SITE + english, ar: `${SITE}/ar${english}`, 'x-default': SITE + english }]);
      expect(url['xhtml:link']?.every((l) => l['@_rel'] === 'alternate')).toBe(true);
    }
  });

  it('names as alternates only pages it lists itself', async () => {
    const urls = await sitemapUrls();
    const listed = new Set(urls.map((u) => u.loc));
    const alternates = urls.flatMap((u) => (u['xhtml:link'] ?? []).map((l) => l['@_href']));
    expect(alternates.length).toBe(urls.length * 3);
    expect(alternates.filter((href) => !listed.has(href ?? ''))).toEqual([]);
  });

  it('dates every page that lists or shows briefs by its newest brief, and the about page not at all', async () => {
    // The sitemap integration writes the day as a full W3C datetime.
    for (const url of await sitemapUrls()) {
      expect([url.loc, url.lastmod]).toEqual([url.loc, /\/about\/$/.test(url.loc) ? undefined : '2020-08-18T00:00:00.000Z']);
    }
  });

  it('agrees with the pages: it lists exactly the pages that may be indexed, with their canonical URLs and alternates', async () => {
    const urls = await sitemapUrls();
    const listed = new Map(urls.map((u) => [u.loc, u]));
    for (const built of pages) {
      const canonical = built.doc.querySelector('link[rel=canonical]')?.getAttribute('href');
      const noindex = /noindex/.test(built.doc.querySelector('meta[name=robots]')?.getAttribute('content') ?? '');
      if (!canonical) {
        expect([built.path, noindex]).toEqual([built.path, true]);
        continue;
      }
      expect([built.path, listed.has(canonical)]).toEqual([built.path, !noindex]);
      const entry = listed.get(canonical);
      if (!entry) continue;
      const inPage = built.doc.querySelectorAll('link[rel=alternate][hreflang]').map((l) => [l.getAttribute('hreflang'), l.getAttribute('href')]);
      const inSitemap = (entry['xhtml:link'] ?? []).map((l) => [l['@_hreflang'], l['@_href']]);
      expect([built.path, inSitemap]).toEqual([built.path, inPage]);
    }
  });

  it('leaves the search pages to readers: noindex, still followed', () => {
    for (const path of ['/search/', '/ar/search/']) expect(page(path).doc.querySelector('meta[name=robots]')?.getAttribute('content')).toBe('noindex, follow');
  });

  it('is named in robots.txt by its absolute URL', async () => {
    const robots = await readFile(join(DIST, 'robots.txt'), 'utf8');
    expect(robots).toMatch(/^User-agent: \*$/m);
    expect(robots).toMatch(new RegExp(`^Sitemap: ${SITE}/sitemap-index.xml$`, 'm'));
    expect(fileFor('/sitemap-index.xml')).toBeDefined();
  });
});

describe('the JSON-LD of the brief pages', () => {
  it.each([
    [BRIEF, 'en', AUTHOR, 'Farhad Alaaldin', 'The Washington Institute for Near East Policy'],
    [AR_BRIEF, 'ar', AR_AUTHOR, 'فرهاد علاء الدين', 'معهد واشنطن لسياسة الشرق الأدنى'],
  ])('on %s describes the %s edition as an AnalysisNewsArticle by our author', (path, lang, author, name, publisher) => {
    const [article, ...rest] = jsonLd(path);
    expect(rest).toEqual([]);
    expect(article).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'AnalysisNewsArticle',
      inLanguage: lang,
      datePublished: '2020-08-18',
      url: SITE + path,
      mainEntityOfPage: SITE + path,
      headline: page(path).doc.querySelector('h1')?.textContent.trim(),
      author: [{ '@type': 'Person', '@id': `${SITE + author}#person`, name, url: SITE + author }],
      sourceOrganization: { '@type': 'Organization', name: publisher, url: 'https://www.washingtoninstitute.org' },
      isBasedOn: { url: page(path).doc.querySelector('.source a')?.getAttribute('href') },
    });
    expect(fileFor(author)).toBeDefined();
  });

  it('links the English original to its Arabic translation', () => {
    const [article] = jsonLd(BRIEF);
    expect(article?.['workTranslation']).toEqual([{ '@type': 'CreativeWork', '@id': SITE + AR_BRIEF, url: SITE + AR_BRIEF, inLanguage: 'ar' }]);
    expect(article).not.toHaveProperty('translationOfWork');
  });

  it('links the Arabic translation back to the English original', () => {
    const [article] = jsonLd(AR_BRIEF);
    expect(article?.['translationOfWork']).toEqual({ '@type': 'CreativeWork', '@id': SITE + BRIEF, url: SITE + BRIEF, inLanguage: 'en' });
    expect(article).not.toHaveProperty('workTranslation');
  });

  it('credits the Arabic translation to the site, by its Arabic name, as an Organization; the original names no translator', () => {
    expect(jsonLd(AR_BRIEF)[0]?.['translator']).toEqual({ '@type': 'Organization', name: useTranslations('ar')('site.name'), url: `${SITE}/ar/` });
    expect(jsonLd(BRIEF)[0]).not.toHaveProperty('translator');
  });

  it('gives the author the same @id on the brief and on the author page', () => {
    for (const [brief, author] of [[BRIEF, AUTHOR], [AR_BRIEF, AR_AUTHOR]] as const) {
      const person = jsonLd(author).find((node) => node['@type'] === 'Person');
      expect(person?.['@id']).toBe(`${SITE + author}#person`);
      expect(jsonLd(brief)[0]?.['author']?.[0]?.['@id']).toBe(person?.['@id']);
    }
  });

  it('never lets the data close its script element', () => {
    for (const { path, doc } of pages) {
      for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) expect(script.textContent, path).not.toContain('<');
    }
  });
});

describe('the JSON-LD of the author pages', () => {
  it.each([
    [AUTHOR, 'Farhad Alaaldin', 'head of the Iraqi Advisory Council'],
    [AR_AUTHOR, 'فرهاد علاء الدين', 'المجلس الاستشاري العراقي'],
  ])('on %s is a Person with name, page URL, bio and publisher profile', (path, name, bio) => {
    const [person, ...rest] = jsonLd(path);
    expect(rest).toEqual([]);
    expect(person).toMatchObject({
      '@type': 'Person',
      name,
      url: SITE + path,
      sameAs: ['https://www.washingtoninstitute.org/experts/farhad-alaaldin'],
    });
    expect(person?.['description']).toContain(bio);
  });
});

describe('the Open Graph and Twitter card tags', () => {
  it.each([
    ['/', 'website', 'en_US', 'ar_AR'],
    ['/ar/', 'website', 'ar_AR', 'en_US'],
    [BRIEF, 'article', 'en_US', 'ar_AR'],
    [AR_BRIEF, 'article', 'ar_AR', 'en_US'],
    [AUTHOR, 'profile', 'en_US', 'ar_AR'],
    [AR_AUTHOR, 'profile', 'ar_AR', 'en_US'],
    ['/search/', 'website', 'en_US', 'ar_AR'],
    ['/ar/search/', 'website', 'ar_AR', 'en_US'],
  ])('on %s say %s, with locale %s and alternate %s', (path, type, locale, alternate) => {
    const { doc } = page(path);
    expect(meta(path, 'og:type')).toEqual([type]);
    expect(meta(path, 'og:url')).toEqual([doc.querySelector('link[rel=canonical]')?.getAttribute('href')]);
    expect(meta(path, 'og:locale')).toEqual([locale]);
    expect(meta(path, 'og:locale:alternate')).toEqual([alternate]);
    expect(meta(path, 'og:description')).toEqual([doc.querySelector('meta[name=description]')?.getAttribute('content')]);
    expect(meta(path, 'og:site_name')).toEqual([path.startsWith('/ar/') ? 'موجزات السياسات' : 'Policy Brief Reader']);
    expect(meta(path, 'og:title')[0]).toBeTruthy();
    expect(doc.querySelector('meta[name="twitter:card"]')?.getAttribute('content')).toBe('summary_large_image');
  });

  it.each([
    ['/', 'en', /^Policy Brief Reader: policy briefs/],
    [BRIEF, 'en', /^Policy Brief Reader: policy briefs/],
    ['/ar/', 'ar', /^موجزات السياسات: /],
    [AR_AUTHOR, 'ar', /^موجزات السياسات: /],
    ['/404.html', 'en', /^Policy Brief Reader/],
  ])('on %s show the %s edition’s PNG card, described in the page’s language', async (path, locale, alt) => {
    const { doc } = page(path);
    const image = `${SITE}/share/${locale}.png`;
    expect(meta(path, 'og:image')).toEqual([image]);
    expect(doc.querySelector('meta[name="twitter:image"]')?.getAttribute('content')).toBe(image);
    expect(meta(path, 'og:image:type')).toEqual(['image/png']);
    expect(meta(path, 'og:image:alt')[0]).toMatch(alt);
    expect(doc.querySelector('meta[name="twitter:image:alt"]')?.getAttribute('content')).toBe(meta(path, 'og:image:alt')[0]);
    const png = await readFile(join(DIST, `share/${locale}.png`));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    // Width and height from the PNG's header match the tags.
    expect([png.readUInt32BE(16), png.readUInt32BE(20)].map(String)).toEqual([...meta(path, 'og:image:width'), ...meta(path, 'og:image:height')]);
  });

  it.each([
    [BRIEF, AUTHOR],
    [AR_BRIEF, AR_AUTHOR],
  ])('on %s give the publication day and the author’s page', (path, author) => {
    expect(meta(path, 'og:title')).toEqual([page(path).doc.querySelector('h1')?.textContent.trim()]);
    expect(meta(path, 'article:published_time')).toEqual(['2020-08-18']);
    expect(meta(path, 'article:author')).toEqual([SITE + author]);
  });

  it('on the 404 page have no og:url and no alternate locale', () => {
    expect(meta('/404.html', 'og:url')).toEqual([]);
    expect(meta('/404.html', 'og:locale')).toEqual(['en_US']);
    expect(meta('/404.html', 'og:locale:alternate')).toEqual([]);
  });
});
