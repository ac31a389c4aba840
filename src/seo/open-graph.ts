import { isoDate } from '../i18n/dates';

/**
 * Open Graph and Twitter card tags: what link previews show. Pure, so the
 * tags for every kind of page can be tested without a build.
 */

/** What kind of object a page is, with the facts its Open Graph type adds. */
export type OpenGraphObject =
  | { type: 'website' }
  /** A brief: its publication day and its authors' pages (site paths or absolute URLs). */
  | { type: 'article'; published: Date; authors: readonly string[] }
  | { type: 'profile' };

export interface OpenGraphPage {
  object: OpenGraphObject;
  title: string;
  description: string;
  siteName: string;
  /** The canonical URL; absent for a page with no address of its own (404). */
  url?: string | undefined;
  /** Open Graph locale tag of the page (`en_US`). */
  locale: string;
  /** Open Graph locale tags of the page's other editions. */
  alternateLocales: readonly string[];
  /** The picture a link preview shows (PNG or JPEG: previews ignore SVG), described in the page's language. */
  image?: ShareImage | undefined;
}

/** A share image: its path on the site (or absolute URL), size in pixels, type and text alternative. */
export interface ShareImage {
  path: string;
  width: number;
  height: number;
  type: 'image/png' | 'image/jpeg';
  alt: string;
}

/** One `<meta>` tag: Open Graph uses `property`, Twitter cards `name`. */
export interface MetaTag {
  attribute: 'property' | 'name';
  key: string;
  content: string;
}

/**
 * The page's Open Graph and Twitter card tags, in document order. Relative
 * author paths and the image resolve against `site`. Twitter reads title
 * and description from the Open Graph tags, so only its card type and image
 * are added (a large card where there is an image).
 */
export function createOpenGraphTags(page: OpenGraphPage, site: URL | string | undefined): MetaTag[] {
  const og = (key: string, content: string): MetaTag => ({ attribute: 'property', key: `og:${key}`, content });
  const { object } = page;
  return [
    og('type', object.type),
    og('title', page.title),
    og('description', page.description),
    og('site_name', page.siteName),
    ...(page.url === undefined ? [] : [og('url', page.url)]),
    og('locale', page.locale),
    ...page.alternateLocales.map((locale) => og('locale:alternate', locale)),
    ...(object.type === 'article'
      ? [
          { attribute: 'property', key: 'article:published_time', content: isoDate(object.published) } as const,
          ...object.authors.map((author) => ({ attribute: 'property', key: 'article:author', content: new URL(author, site).href }) as const),
        ]
      : []),
    ...(page.image
      ? [
          og('image', new URL(page.image.path, site).href),
          og('image:type', page.image.type),
          og('image:width', String(page.image.width)),
          og('image:height', String(page.image.height)),
          og('image:alt', page.image.alt),
        ]
      : []),
    { attribute: 'name', key: 'twitter:card', content: page.image ? 'summary_large_image' : 'summary' },
    ...(page.image
      ? ([
          { attribute: 'name', key: 'twitter:image', content: new URL(page.image.path, site).href },
          { attribute: 'name', key: 'twitter:image:alt', content: page.image.alt },
        ] as const)
      : []),
  ];
}
