import { readFile } from 'node:fs/promises';
import { HtmlValidate } from 'html-validate';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { TEST_SITE_URL } from '../support/build';
import { builtPages, fileFor, type BuiltPage } from '../support/site';
import { DIST } from '../support/paths';
import { cspHash } from '../../publish/csp';

const SITE = TEST_SITE_URL;
const BRIEF = '/briefs/iraq-us-strategic-dialogue/';
const AR_BRIEF = '/ar/briefs/iraq-us-strategic-dialogue/';

let pages: BuiltPage[];
const page = (path: string) => {
  const found = pages.find((p) => p.path === path);
  if (!found) throw new Error(`no built page at ${path}`);
  return found;
};
const text = (path: string, selector: string) => page(path).doc.querySelector(selector)?.textContent.replace(/\s+/g, ' ').trim();

beforeAll(async () => {
  pages = await builtPages();
});

describe('the built site', () => {
  it('has the home, brief, parallel, author, topic, index, about and search pages in both languages, and a 404 page for each', () => {
    const topics = ['energy-economics', 'iran', 'iraq', 'military-security', 'us-policy'].map((t) => `/topics/${t}/`);
    const indexes = ['/briefs/', '/topics/', '/authors/', '/about/'];
    const english = ['/', BRIEF, `${BRIEF}parallel/`, '/authors/farhad-alaaldin/', '/search/', ...topics, ...indexes, '/404.html'];
    expect(pages.map((p) => p.path).sort()).toEqual([...english, ...english.map((p) => `/ar${p}`)].sort());
  });

  it('allows in each page’s Content-Security-Policy the hashes of its own inline script and style, and no others', () => {
    for (const { path, doc } of pages) {
      const policy = doc.querySelector('meta[http-equiv=content-security-policy]')?.getAttribute('content') ?? '';
      const hashes = (directive: string) => [...(new RegExp(`${directive} ([^;]*)`).exec(policy)?.[1] ?? '').matchAll(/'(sha256-[^']+)'/g)].map((m) => m[1]).sort();
      const own = (selector: string) => doc.querySelectorAll(selector).map((element) => cspHash(element.rawText)).sort();
      expect(hashes('script-src'), path).toEqual(own('script:not([src]):not([type="application/ld+json"])'));
      expect(hashes('style-src'), path).toEqual(own('style'));
      expect(hashes('style-src'), path).toHaveLength(1);
    }
  });

  it('sets lang and dir on every page from its locale', () => {
    for (const { path, doc } of pages) {
      const html = doc.querySelector('html');
      const arabic = path.startsWith('/ar/');
      expect([path, html?.getAttribute('lang'), html?.getAttribute('dir')]).toEqual([path, arabic ? 'ar' : 'en', arabic ? 'rtl' : 'ltr']);
    }
  });

  it('gives every page a canonical URL, hreflang alternates for both editions and x-default', () => {
    for (const { path, doc } of pages.filter((p) => !p.path.endsWith('/404.html'))) {
      const twin = path.startsWith('/ar/') ? path.slice(3) : `/ar${path}`;
      const english = path.startsWith('/ar/') ? twin : path;
      expect(doc.querySelector('link[rel=canonical]')?.getAttribute('href'), path).toBe(SITE + path);
      const alternates = Object.fromEntries(
        doc.querySelectorAll('link[rel=alternate][hreflang]').map((l) => [l.getAttribute('hreflang'), l.getAttribute('href')]),
      );
      expect(alternates, path).toEqual({
        en: SITE + english,
        ar: SITE + `/ar${english}`,
        'x-default': SITE + english,
      });
    }
  });

  it('links every page to its twin in the other language, with hreflang', () => {
    for (const { path, doc } of pages.filter((p) => !p.path.endsWith('/404.html'))) {
      const twin = path.startsWith('/ar/') ? path.slice(3) : `/ar${path}`;
      const link = doc.querySelector(`header a[href="${twin}"]`);
      expect(link?.getAttribute('hreflang'), path).toBe(path.startsWith('/ar/') ? 'en' : 'ar');
      // Only the links to the twin carry hreflang, so they are easy to find.
      const twins = new Set(doc.querySelectorAll('body a[hreflang]').map((a) => a.getAttribute('href')));
      expect([...twins], path).toEqual([twin]);
      expect(fileFor(twin), twin).toBeDefined();
    }
  });

  it('writes each edition’s 404 page, noindex, offering its search, its way home and the other edition’s', () => {
    // `404.html` at the root of the output is what a static host serves, with status 404, for a missing address.
    expect(fileFor('/404.html')).toBe(`${DIST}404.html`);
  });

  it('marks each edition’s 404 page noindex and offers its search, its way home and the other edition’s', () => {
    for (const [path, own, other] of [
      ['/404.html', 'en', 'ar'],
      ['/ar/404.html', 'ar', 'en'],
    ] as const) {
      const { doc } = page(path);
      expect(doc.querySelector('meta[name=robots]')?.getAttribute('content'), path).toBe('noindex');
      expect(doc.querySelector('html')?.getAttribute('lang'), path).toBe(own);
      expect(doc.querySelector('main form[role=search]')?.getAttribute('action'), path).toBe(own === 'en' ? '/search/' : '/ar/search/');
      expect(doc.querySelector(`main a[href="${own === 'en' ? '/' : '/ar/'}"]`)?.textContent, path).toBe(own === 'en' ? 'Go to the home page' : 'اذهب إلى الصفحة الرئيسية');
      expect(doc.querySelector(`main [lang=${other}] a[href="${other === 'en' ? '/' : '/ar/'}"]`), path).not.toBeNull();
    }
    expect(page('/ar/404.html').doc.querySelector('main [lang=en]')?.getAttribute('dir')).toBe('ltr');
    expect(page('/404.html').doc.querySelector('main [lang=ar]')?.getAttribute('dir')).toBe('rtl');
  });

  it('resolves every internal link and #fragment', () => {
    const broken: string[] = [];
    for (const { path, doc } of pages) {
      for (const element of doc.querySelectorAll('a[href], link[href]')) {
        const href = element.getAttribute('href') ?? '';
        const url = new URL(href, SITE + path);
        if (url.origin !== SITE) continue;
        const target = fileFor(url.pathname);
        if (!target) {
          broken.push(`${path} → ${href}`);
          continue;
        }
        if (url.hash) {
          const id = decodeURIComponent(url.hash.slice(1));
          const targetPage = pages.find((p) => p.file === target);
          if (targetPage && !targetPage.doc.getElementById(id)) broken.push(`${path} → ${href} (no #${id})`);
        }
      }
    }
    expect(broken).toEqual([]);
  });

  it('passes html-validate on every page', async () => {
    const validator = new HtmlValidate({
      extends: ['html-validate:recommended'],
      rules: {
        // Astro writes void elements self-closed (`<meta />`); both forms are valid HTML.
        'void-style': 'off',
        // Astro's compressHTML keeps whitespace inside inline elements as written.
        'no-trailing-whitespace': 'off',
        // Titles carry the publisher's full headline, which can exceed 70 characters.
        'long-title': 'off',
      },
    });
    const reports = await Promise.all(pages.map(async (p) => ({ path: p.path, report: await validator.validateString(p.html) })));
    const errors = reports.flatMap(({ path, report }) =>
      report.results.flatMap((r) => r.messages.map((m) => `${path}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`)),
    );
    expect(errors).toEqual([]);
  });

  it('runs one inline script under 1 KB per page, and links no script file', () => {
    for (const { path, doc } of pages) {
      const scripts = doc.querySelectorAll('script:not([type="application/ld+json"])');
      expect([path, scripts.length, scripts.filter((s) => s.hasAttribute('src')).length]).toEqual([path, 1, 0]);
      expect(Buffer.byteLength(scripts[0]?.textContent ?? ''), path).toBeLessThan(1024);
    }
  });

  it('loads nothing from another origin', async () => {
    const offsite: string[] = [];
    for (const { path, doc } of pages) {
      for (const element of doc.querySelectorAll('script[src], link[rel=stylesheet], link[rel=preload], link[rel=icon], img, source, iframe')) {
        const src = element.getAttribute('src') ?? element.getAttribute('href') ?? '';
        if (new URL(src, SITE + path).origin !== SITE) offsite.push(`${path}: ${src}`);
      }
      for (const href of doc.querySelectorAll('link[rel=stylesheet]').map((l) => l.getAttribute('href') ?? '')) {
        const css = await readFile(fileFor(href) ?? '', 'utf8');
        for (const [, url] of css.matchAll(/url\(\s*['"]?([^'")]+)/g)) {
          if (url && /^(https?:)?\/\//.test(url)) offsite.push(`${href}: ${url}`);
        }
      }
    }
    expect(offsite).toEqual([]);
  });
});

describe('the English brief page', () => {
  it('shows the label, title, linked byline, date and edition switch', () => {
    expect(text(BRIEF, 'article .label')).toBe('Brief Analysis');
    expect(text(BRIEF, 'h1')).toBe('Iraq-U.S. Strategic Dialogue: Finding Agreement within Contention');
    expect(page(BRIEF).doc.querySelector('.byline a')?.getAttribute('href')).toBe('/authors/farhad-alaaldin/');
    expect(text(BRIEF, '.byline a')).toBe('Farhad Alaaldin');
    const time = page(BRIEF).doc.querySelector('.byline time');
    expect([time?.getAttribute('datetime'), time?.textContent]).toEqual(['2020-08-18', 'Aug 18, 2020']);
    expect(text(BRIEF, 'article .language-switch')).toBe('Also available in Arabic');
  });

  it('gives the four section headings their rehype-slug ids', () => {
    const headings = page(BRIEF).doc.querySelectorAll('.prose :is(h2, h3)').map((h) => [h.tagName, h.id, h.textContent]);
    expect(headings).toEqual([
      ['H2', 'points-of-disparity', 'Points of Disparity'],
      ['H3', 'iraqi-economic-straits-and-iranian-economic-influence', 'Iraqi Economic Straits and Iranian Economic Influence'],
      ['H3', 'the-role-of-us-troops-and-pmf', 'The Role of U.S. Troops and PMF'],
      ['H2', 'possible-outcomes', 'Possible Outcomes'],
    ]);
  });

  it('has an About the author box, and a source line linking to the original', () => {
    expect(text(BRIEF, '.author-box h2')).toBe('About the author');
    expect(text(BRIEF, '.author-box')).toContain('head of the Iraqi Advisory Council');
    const original = page(BRIEF).doc.querySelector('.source a');
    expect(original?.getAttribute('href')).toBe(
      'https://www.washingtoninstitute.org/policy-analysis/iraq-us-strategic-dialogue-finding-agreement-within-contention',
    );
    expect(text(BRIEF, '.source')).toContain('Originally published by The Washington Institute for Near East Policy.');
    // Credited under the byline too, before the text, not only after it.
    expect(text(BRIEF, 'header .credit')).toContain('Originally published by The Washington Institute for Near East Policy.');
    expect(page(BRIEF).doc.querySelector('header .credit a')?.getAttribute('href')).toBe(original?.getAttribute('href'));
    // The address printed after the link reads left to right in the Arabic edition too.
    const printed = page(AR_BRIEF).doc.querySelector('header .credit .print-url bdi');
    expect(printed?.getAttribute('dir')).toBe('ltr');
    expect(printed?.textContent).toBe(`(${original?.getAttribute('href')})`);
  });

  it('lists the three recommended items in an aside, linking out to the publisher', () => {
    const items = page(BRIEF).doc.querySelectorAll('aside li');
    expect(items.map((li) => [li.querySelector('.label')?.textContent, li.querySelector('time')?.getAttribute('datetime')])).toEqual([
      ['Brief Analysis', '2022-02-11'],
      ['Brief Analysis', '2022-02-11'],
      ['Articles & Testimony', '2022-02-09'],
    ]);
    const links = items.map((li) => li.querySelector('a'));
    expect(links.map((a) => a?.getAttribute('href'))).toEqual([
      'https://www.washingtoninstitute.org/policy-analysis/iran-takes-next-steps-rocket-technology',
      'https://www.washingtoninstitute.org/policy-analysis/saudi-arabia-adjusts-its-history-diminishing-role-wahhabism',
      'https://www.washingtoninstitute.org/policy-analysis/podcast-breaking-hezbollahs-golden-rule',
    ]);
    expect(links.every((a) => a?.getAttribute('rel') === 'external')).toBe(true);
    expect(text(BRIEF, 'aside')).toContain('Matthew Levitt');
    // The links lead to English pages: said to screen readers, and shown to Arabic readers.
    expect(page(BRIEF).doc.querySelector('aside a .visually-hidden')?.textContent).toBe(' (external site, in English)');
    expect(page(AR_BRIEF).doc.querySelector('aside a .external-note')?.textContent).toContain('بالإنجليزية');
  });

  it('keeps the article alone in the search scope', () => {
    const { doc } = page(BRIEF);
    expect(doc.querySelectorAll('[data-pagefind-body]').length).toBe(1);
    expect(doc.querySelector('[data-pagefind-body] aside')).toBeNull();
  });
});

describe('the English copy', () => {
  /** The seed's body words, with the scrape artifacts the brief lists as repaired undone. */
  async function seedWords() {
    const seed = await readFile(new URL('../fixtures/seed/iraq-us-strategic-dialogue.txt', import.meta.url), 'utf8');
    const body = seed.split('### Brief Analysis')[1]?.split('## **RECOMMENDED**')[0] ?? '';
    return body
      .replace('**A**fter', 'After')
      .replaceAll('\\$', '$')
      .replace(/\b0\b/g, '')
      .replace('❖', '')
      .replace(/[*#]|^---$/gm, '')
      .replace('Disparity:', 'Disparity')
      .split(/\s+/)
      .filter(Boolean);
  }

  it('is the seed’s text word for word, repairs aside', async () => {
    const prose = parse(page(BRIEF).doc.querySelector('.prose')?.outerHTML ?? '');
    for (const permalink of prose.querySelectorAll('.permalink')) permalink.remove();
    const words = prose.textContent.split(/\s+/).filter(Boolean);
    expect(words).toEqual(await seedWords());
  });

  it('gives every body paragraph a language-neutral id and a permalink, shared by both editions', () => {
    for (const path of [BRIEF, AR_BRIEF]) {
      const paragraphs = page(path).doc.querySelectorAll('.prose > p');
      expect(paragraphs.map((p) => p.id)).toEqual(Array.from({ length: 21 }, (_, i) => `p${i + 1}`));
      expect(paragraphs.every((p) => p.querySelector('a.permalink')?.getAttribute('href') === `#${p.id}`)).toBe(true);
    }
    // For the mouse only: no Tab stop, nothing read out after each paragraph.
    expect(page(BRIEF).doc.querySelector('#p1 .permalink')?.getAttribute('title')).toBe('Link to paragraph 1');
    expect(page(AR_BRIEF).doc.querySelector('#p1 .permalink')?.getAttribute('title')).toBe('رابط إلى الفقرة 1');
    expect(page(BRIEF).doc.querySelector('#p1 .permalink')?.getAttribute('tabindex')).toBe('-1');
    expect(page(BRIEF).doc.querySelector('#p1 .permalink')?.getAttribute('aria-hidden')).toBe('true');
  });

  it('joins the paragraphs the scrape broke mid-sentence', () => {
    const paragraphs = page(BRIEF).doc.querySelectorAll('.prose p').map((p) => p.textContent);
    expect(paragraphs.some((p) => p.includes('help us and we want to be partners'))).toBe(true);
    expect(paragraphs.some((p) => p.includes('reign in some of the armed groups under their control'))).toBe(true);
    expect(paragraphs).toHaveLength(21);
  });
});

describe('the Arabic brief page', () => {
  it('is the translation, in Arabic, with the same paragraphs and sections as the English', () => {
    expect(text(AR_BRIEF, 'h1')).toBe('الحوار الاستراتيجي بين العراق والولايات المتحدة: إيجاد اتفاق ضمن الخلاف');
    expect(page(AR_BRIEF).doc.querySelectorAll('.prose p')).toHaveLength(21);
    expect(page(AR_BRIEF).doc.querySelectorAll('.prose :is(h2, h3)').map((h) => h.tagName)).toEqual(['H2', 'H3', 'H3', 'H2']);
  });

  it('says under its byline that it is this site’s translation, and links to the original', () => {
    expect(text(AR_BRIEF, 'header .credit')).toContain('ترجمة أعدّتها «موجزات السياسات»');
    expect(page(AR_BRIEF).doc.querySelector('header .credit a')?.getAttribute('href')).toMatch(/^https:\/\/www\.washingtoninstitute\.org\/policy-analysis\/iraq-us/);
  });

  it('uses Arabic labels and an Arabic date', () => {
    expect(text(AR_BRIEF, 'article .label')).toBe('تحليل موجز');
    expect(text(AR_BRIEF, '.byline time')).toBe('18 آب/أغسطس 2020');
    expect(text(AR_BRIEF, '.author-box h2')).toBe('عن الكاتب');
    expect(text(AR_BRIEF, 'aside h2')).toBe('مقالات مقترحة');
  });

  it('writes names in Arabic alone, with no Latin acronym in its text or its heading ids', () => {
    expect(text(AR_BRIEF, '.prose')).not.toMatch(/[A-Za-z]/);
    expect(page(AR_BRIEF).doc.querySelectorAll('.prose :is(h2, h3)').map((h) => h.id).join(' ')).not.toMatch(/[A-Za-z]/);
  });

  it('offers the English edition in an Arabic sentence, the link on the language’s Arabic name', () => {
    expect(text(AR_BRIEF, 'article .language-switch')).toBe('متاح أيضًا بالإنجليزية');
    const link = page(AR_BRIEF).doc.querySelector('article .language-switch a');
    expect([link?.textContent, link?.getAttribute('hreflang'), link?.getAttribute('href')]).toEqual(['بالإنجليزية', 'en', BRIEF]);
    // The site header keeps each language's own name, marked with its language.
    const header = page(AR_BRIEF).doc.querySelector('.site-header .language-switch a');
    expect([header?.textContent, header?.getAttribute('lang')]).toEqual(['English', 'en']);
  });

  it('credits the original “on the publisher’s site” and heads sharing with «مشاركة»', () => {
    expect(text(AR_BRIEF, 'header .credit')).toContain('نُشر النص الأصلي على موقع معهد واشنطن لسياسة الشرق الأدنى.');
    expect(text(AR_BRIEF, '#share-title')).toBe('مشاركة');
  });

  it('names people and groups in their usual Arabic forms', () => {
    const body = text(AR_BRIEF, '.prose') ?? '';
    for (const name of ['مصطفى الكاظمي', 'الحشد الشعبي', 'كتائب حزب الله', 'داعش']) expect(body).toContain(name);
  });
});

describe('the author pages', () => {
  it('show the bio and list the author’s briefs in each language', () => {
    expect(text('/authors/farhad-alaaldin/', 'h1')).toBe('Farhad Alaaldin');
    expect(text('/authors/farhad-alaaldin/', '.bio')).toContain('contributor to Fikra Forum');
    expect(page('/authors/farhad-alaaldin/').doc.querySelector(`a[href="${BRIEF}"]`)).not.toBeNull();
    expect(text('/ar/authors/farhad-alaaldin/', 'h1')).toBe('فرهاد علاء الدين');
    expect(page('/ar/authors/farhad-alaaldin/').doc.querySelector(`a[href="${AR_BRIEF}"]`)).not.toBeNull();
  });
});

describe('the home pages', () => {
  it('list the briefs with label, title, date and authors', () => {
    const card = page('/').doc.querySelector('main article');
    expect(card?.querySelector('.label')?.textContent).toBe('Brief Analysis');
    expect(card?.querySelector('a')?.getAttribute('href')).toBe(BRIEF);
    expect(card?.querySelector('time')?.getAttribute('datetime')).toBe('2020-08-18');
    expect(card?.querySelector(`a[href="/authors/farhad-alaaldin/"]`)).not.toBeNull();
    expect(parse(page('/ar/').html).querySelector(`main article a[href="${AR_BRIEF}"]`)?.textContent).toContain('الحوار الاستراتيجي');
  });
  it('count their briefs in the page’s language', () => {
    expect(text('/', '.list-count')).toBe('1 brief');
    expect(text('/ar/', '.list-count')).toBe('موجز واحد');
    expect(text('/ar/topics/iraq/', '.list-count')).toBe('موجز واحد');
  });
});
