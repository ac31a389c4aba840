import { z } from 'astro/zod';
import { localeCodes, type Locale } from '../i18n/locales';

/**
 * Schema pieces shared by the collections (`src/content.config.ts`) and the
 * glossary (`glossary.ts`), written once so a rule (what a slug or a day
 * looks like, which languages a text needs) cannot drift between them.
 */

/** A lowercase ASCII slug: the same in every edition and in URLs. */
export const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a lowercase slug such as "farhad-alaaldin"');

/** A calendar day, written YYYY-MM-DD. */
export const day = z.date({ error: 'expected a date written YYYY-MM-DD' });

/** The publisher's label for a piece; its wording per language is `type.<value>` in the UI strings. */
export const contentType = z.enum(['brief-analysis', 'articles-testimony']);

/** `value` given in every site language, and in no other. */
export const perLocale = <T extends z.ZodType>(value: T) => z.strictObject(Object.fromEntries(localeCodes.map((code) => [code, value])) as Record<Locale, T>);

/** A string given in every site language. */
export const localized = perLocale(z.string().trim().min(1));
