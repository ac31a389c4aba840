import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { z } from 'astro/zod';
import { localeCodes } from './i18n/locales';
import { cacheDir } from './config/cache-dir';
import { contentDir } from './config/content-dir';
import { VERSION_LENGTH } from './content/versions';
import { markdownEditions } from './content/briefs-loader';
import { readGlossary } from './content/glossary';
import { withSchemaProblems } from './content/schema-errors';
import { contentType, day, localized, slug, yamlFile } from './content/schemas';

/**
 * A collection whose entries that do not match `schema` fail the build as
 * `file → field: message` (`withSchemaProblems`); `entryInField` for a YAML
 * file of many entries, whose fields start with the entry's id.
 */
const checked = <S extends z.ZodType>(loader: Loader, schema: S, options: { entryInField?: boolean } = {}) =>
  defineCollection({ loader: withSchemaProblems(loader, schema, options), schema });

/** A brief edition's front matter. */
const briefSchema = z.strictObject({
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
    /** The publisher's own editions in other languages ("Also available in"), by language code; default none. */
    editions: z.record(z.string().regex(/^[a-z]{2,3}$/, 'expected a language code such as "ar"'), z.url({ protocol: /^https?$/ })).optional(),
  }),
  /** Day the text was last revised after publication, YYYY-MM-DD; shown in the byline, and in a translation's notice that the original has changed. Default: never revised. */
  updated: day.optional(),
  /** Set on an edition that is the site's own translation: the locale it was translated from. Default: not the site's translation. */
  translatedFrom: z.enum(localeCodes).optional(),
  /**
   * Who translated this edition: `site` (what `translatedFrom` alone means) or `publisher`, the original
   * publisher's own translation, credited to it. A translation's paragraphs must line up one to one with the
   * original's, except with `translator: publisher`, where they may merge or split (the build lists where;
   * sections must still line up). Default: `site` with `translatedFrom`, else credited to the publisher.
   */
  translator: z.enum(['site', 'publisher']).optional(),
  /**
   * On a translation: the version of the original it was made from (12 hex digits; the build prints the
   * original's current version). When the original changes, the build lists the translation as stale and
   * its page tells readers. Default: not recorded (the build warns).
   */
  originalVersion: z
    // Quoted: YAML reads some versions unquoted as numbers (123456789012, 123e45678901).
    .string({ error: 'expected the version in quotes, as the build prints it (originalVersion: "0123456789ab")' })
    .regex(new RegExp(`^[0-9a-f]{${VERSION_LENGTH}}$`), `expected the ${VERSION_LENGTH} hex digits the build prints for the original`)
    .optional(),
  /** Repairs made to the source text (scrape artifacts), listed for readers; default none. */
  repairs: z.array(z.string().trim().min(1)).default([]),
});

/** Briefs and authors are `<slug>/<locale>.md`; an entry's id is that path without `.md`. */
const briefs = checked(
  // A library holds thousands of briefs: their rendered bodies stay out of
  // the content store (src/content/briefs-loader.ts), keyed by what renders
  // them (src/config/cache-keys.ts).
  markdownEditions({
    base: `${contentDir}/briefs`,
    cacheDir,
    // A malformed glossary is one problem, not one per body that reads it.
    check: () => void readGlossary(contentDir),
  }),
  briefSchema,
);

const authors = checked(
  // Author pages are few and short: Astro's glob loader keeps their bodies. The id keeps the path, `<slug>/<locale>`.
  glob({ base: `${contentDir}/authors`, pattern: '**/*.md', generateId: ({ entry }) => entry.replace(/\.md$/, '') }),
  z
    .strictObject({
      /** Name as written in the edition's language. */
      name: z.string().trim().min(1),
      /**
       * The family name as written at the start or end of `name`, for
       * citations ("Family, Given"): "علاء الدين" in "فرهاد علاء الدين".
       * Default: the last word of a Latin-script name; a name of several
       * words in another script, which no rule can split, is then cited whole.
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
      if (family === undefined) return;
      const whole = name.trim().split(/\s+/).join(' ');
      const last = family.trim().split(/\s+/).join(' ');
      if (whole !== last && !whole.endsWith(` ${last}`) && !whole.startsWith(`${last} `)) {
        context.addIssue({ code: 'custom', path: ['family'], message: `"${family}" is neither the start nor the end of name "${name}"` });
      }
    }),
);

const publishers = checked(
  yamlFile(`${contentDir}/publishers.yaml`),
  z.strictObject({
    /** The publisher's name in every site language. */
    name: localized,
    /** The publisher's site; relative paths in `recommended.yaml` resolve against it. */
    site: z.url({ protocol: /^https$/ }),
  }),
  { entryInField: true },
);

const recommended = checked(
  yamlFile(`${contentDir}/recommended.yaml`),
  z.strictObject({
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
  { entryInField: true },
);

/** A topic's name in every site language. */
const topics = checked(yamlFile(`${contentDir}/topics.yaml`), localized, { entryInField: true });

export const collections = { briefs, authors, publishers, recommended, topics };
