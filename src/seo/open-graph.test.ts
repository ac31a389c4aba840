import { describe, expect, it } from 'vitest';
import { createOpenGraphTags, type OpenGraphPage } from './open-graph';

const SITE = 'https://briefs.example';
const page: OpenGraphPage = {
  object: { type: 'website' },
  title: 'Policy Brief Reader',
  description: 'Briefs.',
  siteName: 'Policy Brief Reader',
  url: `${SITE}/`,
  locale: 'en_US',
  alternateLocales: ['ar_AR'],
};
const tags = (input: OpenGraphPage) => createOpenGraphTags(input, SITE).map(({ key, content }) => [key, content]);

describe('createOpenGraphTags', () => {
  it('describes a website with title, description, site name, URL, locale and the other editions’ locales', () => {
    expect(tags(page)).toEqual([
      ['og:type', 'website'],
      ['og:title', 'Policy Brief Reader'],
      ['og:description', 'Briefs.'],
      ['og:site_name', 'Policy Brief Reader'],
      ['og:url', `${SITE}/`],
      ['og:locale', 'en_US'],
      ['og:locale:alternate', 'ar_AR'],
      ['twitter:card', 'summary'],
    ]);
  });

  it('adds the share image, absolute, with its size, type and text alternative, and a large Twitter card for it', () => {
    const image = { path: '/share/ar.png', width: 1200, height: 630, type: 'image/png', alt: 'بطاقة' } as const;
    expect(tags({ ...page, image }).slice(-8)).toEqual([
      ['og:image', `${SITE}/share/ar.png`],
      ['og:image:type', 'image/png'],
      ['og:image:width', '1200'],
      ['og:image:height', '630'],
      ['og:image:alt', 'بطاقة'],
      ['twitter:card', 'summary_large_image'],
      ['twitter:image', `${SITE}/share/ar.png`],
      ['twitter:image:alt', 'بطاقة'],
    ]);
  });

  it('adds an article’s publication day and its authors’ absolute page URLs', () => {
    const article = tags({ ...page, object: { type: 'article', published: new Date('2020-08-18'), authors: ['/authors/a/', `${SITE}/authors/b/`] } });
    expect(article[0]).toEqual(['og:type', 'article']);
    expect(article.filter(([key]) => key?.startsWith('article:'))).toEqual([
      ['article:published_time', '2020-08-18'],
      ['article:author', `${SITE}/authors/a/`],
      ['article:author', `${SITE}/authors/b/`],
    ]);
  });

  it('marks an author page as a profile', () => {
    expect(tags({ ...page, object: { type: 'profile' } })[0]).toEqual(['og:type', 'profile']);
  });

  it('leaves out og:url for a page with no address, and alternates for a page in one language', () => {
    const keys = tags({ ...page, url: undefined, alternateLocales: [] }).map(([key]) => key);
    expect(keys).not.toContain('og:url');
    expect(keys).not.toContain('og:locale:alternate');
  });

  it('writes Open Graph tags as property and the Twitter card as name', () => {
    const attributes = Object.fromEntries(createOpenGraphTags(page, SITE).map(({ attribute, key }) => [key, attribute]));
    expect([attributes['og:title'], attributes['twitter:card']]).toEqual(['property', 'name']);
  });
});
