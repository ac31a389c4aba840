import { file } from 'astro/loaders';
import { z } from 'astro/zod';
import { parse as parseYaml } from 'yaml';
import { parseDay } from './day';
import { localeCodes, type Locale } from '../i18n/locales';

/**
 * Schema pieces shared by the collections (`src/content.config.ts`) and the
 * glossary (`glossary.ts`), written once so a rule (what a slug or a day
 * looks like, which languages a text needs) cannot drift between them.
 */

/** A lowercase ASCII slug: the same in every edition and in URLs. */
export const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a lowercase slug such as "farhad-alaaldin"');

/** A calendar day, YYYY-MM-DD, quoted or not; an impossible day (2021-02-30) is an error. Read as midnight UTC. */
export const day = z.unknown().transform((value, context) => {
  const result = parseDay(value);
  if ('date' in result) return result.date;
  context.issues.push({ code: 'custom', message: result.error, input: value });
  return z.NEVER;
});

/**
 * A YAML data file's loader. Data files are read as YAML 1.2 (the `yaml`
 * package's core schema), as the briefs' front matter is: days stay text
 * for `day` to check.
 */
export const yamlFile = (path: string) => file(path, { parser: (text) => parseYaml(text) as Record<string, Record<string, unknown>> });

/** The publisher's label for a piece; its wording per language is `type.<value>` in the UI strings. */
export const contentType = z.enum(['brief-analysis', 'articles-testimony']);

/** `value` given in every site language, and in no other. */
export const perLocale = <T extends z.ZodType>(value: T) => z.strictObject(Object.fromEntries(localeCodes.map((code) => [code, value])) as Record<Locale, T>);

/** A string given in every site language. */
export const localized = perLocale(z.string().trim().min(1));
