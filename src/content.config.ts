import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { localeCodes } from './i18n/locales';
import { cacheDir } from './config/cache-dir';
import { contentDir } from './config/content-dir';
import { markdownEditions } from './content/briefs-loader';

const contentType = z.enum(['brief-analysis', 'articles-testimony']);
const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a lowercase slug such as "farhad-alaaldin"');
const day = z.date({ error: 'expected a date written YYYY-MM-DD' });

/** A string given in every site language. */
const localized = z.strictObject(Object.fromEntries(localeCodes.map((code) => [code, z.string().trim().min(1)])) as {
  [K in (typeof localeCodes)[number]]: z.ZodString;
});

/** Briefs and authors are `<slug>/<locale>.md`; an entry's id is that path without `.md`. */
const briefs = defineCollection({
  // A library holds thousands of briefs: their rendered bodies stay out of
  // the content store (src/content/briefs-loader.ts). Rendering depends on the
  // glossary, the Markdown plugins and their versions.
  loader: markdownEditions({
    base: `${contentDir}/briefs`,
    cacheDir,
    dependsOn: [`${contentDir}/glossary.yaml`, 'src/markdown', 'src/i18n', 'package-lock.json'],
  }),
  schema: z.strictObject({
    /** Headline in the edition's language. */
    title: z.string().trim().min(1),
    /** One or two sentences for listings and the page's meta description. */
    summary: z.string().trim().min(1).max(320),
    /** The publisher's label for the piece; its wording per language is `type.<value>` in the UI strings. */
    type: contentType,
    /** Day of original publication, YYYY-MM-DD; identical in every edition. */
    published: day,
    /** Author slugs, in byline order; each needs `content/authors/<slug>/<locale>.md` for this edition's locale. */
    authors: z.array(slug).min(1),
    /** Topic and region slugs from `content/topics.yaml`; identical in every edition; default none. */
    topics: z.array(slug).default([]),
    /** Ids from `content/recommended.yaml` for the sidebar, in display order; default none. */
    recommended: z.array(z.string()).default([]),
    /** The original publication this copy reproduces. */
    source: z.strictObject({
      /** Key in `content/publishers.yaml`. */
      publisher: slug,
      /** Address of the original on the publisher's site. */
      url: z.url({ protocol: /^https?$/ }),
    }),
    /** Set on an edition that is the site's own translation: the locale it was translated from. Default: not a translation. */
    translatedFrom: z.enum(localeCodes).optional(),
    /** Repairs made to the source text (scrape artifacts), listed for readers; default none. */
    repairs: z.array(z.string().trim().min(1)).default([]),
  }),
});

const authors = defineCollection({
  // Author pages are few and short: Astro's glob loader keeps their bodies. The id keeps the path, `<slug>/<locale>`.
  loader: glob({ base: `${contentDir}/authors`, pattern: '**/*.md', generateId: ({ entry }) => entry.replace(/\.md$/, '') }),
  schema: z
    .strictObject({
      /** Name as written in the edition's language. */
      name: z.string().trim().min(1),
      /**
       * The family name as written at the start or end of `name`, for
       * citations ("Family, Given"): "علاء الدين" in "فرهاد علاء الدين".
       * Default: the last word of a Latin-script name. Required for a name of
       * several words in another script, which no rule can split.
       */
      family: z.string().trim().min(1).optional(),
      /** The author's page at a publisher; optional. */
      profile: z
        .strictObject({
          /** Key in `content/publishers.yaml`. */
          publisher: slug,
          /** Address of the author's page there. */
          url: z.url({ protocol: /^https?$/ }),
        })
        .optional(),
    })
    .superRefine(({ name, family }, context) => {
      const words = name.trim().split(/\s+/);
      if (family === undefined) {
        if (words.length > 1 && !/^[\p{Script=Latin}\p{M}\s.'’-]+$/u.test(name)) {
          context.addIssue({ code: 'custom', path: ['family'], message: `"${name}" is not in Latin script: give its family name, as written at its start or end` });
        }
        return;
      }
      const last = family.trim().split(/\s+/).join(' ');
      const whole = words.join(' ');
      if (whole !== last && !whole.endsWith(` ${last}`) && !whole.startsWith(`${last} `)) {
        context.addIssue({ code: 'custom', path: ['family'], message: `"${family}" is neither the start nor the end of name "${name}"` });
      }
    }),
});

const publishers = defineCollection({
  loader: file(`${contentDir}/publishers.yaml`),
  schema: z.strictObject({
    /** The publisher's name in every site language. */
    name: localized,
    /** The publisher's site; relative paths in `recommended.yaml` resolve against it. */
    site: z.url({ protocol: /^https$/ }),
  }),
});

const recommended = defineCollection({
  loader: file(`${contentDir}/recommended.yaml`),
  schema: z.strictObject({
    /** Key in `content/publishers.yaml`. */
    publisher: slug,
    /** Site-relative path of the piece on the publisher's site. */
    path: z.string().regex(/^\/[^/]/, 'expected a site-relative path such as "/policy-analysis/..."'),
    /** The publisher's label for the piece. */
    type: contentType,
    /** Day of publication, YYYY-MM-DD. */
    published: day,
    /** Title in every site language (the linked page itself is in English). */
    title: localized,
    /** Author names in byline order, each in every site language. */
    authors: z.array(localized).min(1),
  }),
});

const topics = defineCollection({
  loader: file(`${contentDir}/topics.yaml`),
  /** A topic's name in every site language. */
  schema: localized,
});

export const collections = { briefs, authors, publishers, recommended, topics };
