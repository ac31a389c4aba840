import { readFileSync } from 'node:fs';
import { z } from 'astro/zod';
import { parse } from 'yaml';
import { schemaProblems } from './schema-errors';
import { ContentError } from './problems';
import { localeCodes, type Locale } from '../i18n/locales';
import { perLocale } from './schemas';


/** One glossary entry: a name or acronym and its forms in each language. */
export const glossaryEntrySchema = z
  .strictObject({
    /** The acronym, when the entry is one; its first use on a page shows `expansion`. */
    abbr: z.string().trim().min(1).optional(),
    /** What the acronym stands for, per language; required with `abbr`. */
    expansion: perLocale(z.string().trim().min(1)).optional(),
    /** Every form a reader might search for, per language, longest match first not required. */
    forms: perLocale(z.array(z.string().trim().min(1)).min(1)),
  })
  .refine((entry) => !entry.abbr || entry.expansion, { message: 'an entry with "abbr" needs "expansion"', path: ['expansion'] });

export const glossarySchema = z.record(z.string(), glossaryEntrySchema);
export type Glossary = z.infer<typeof glossarySchema>;
export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;

/**
 * Reads and checks `glossary.yaml` in `dir`. A missing file is an empty
 * glossary; a malformed one throws a `ContentError` naming the file and
 * each field (`content/glossary.yaml → pmf.forms.ar: …`), or the line where
 * it stops being YAML.
 */
export function readGlossary(dir: string): Glossary {
  const file = `${dir}/glossary.yaml`;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return {};
  }
  let data: unknown;
  try {
    data = parse(text) ?? {};
  } catch (error) {
    const line = (error as { linePos?: { line: number }[] }).linePos?.[0]?.line;
    const reason = (error as Error).message.split('\n')[0];
    throw new ContentError([{ file: line ? `${file}:${line}` : file, field: '(file)', message: `not valid YAML (${reason})` }]);
  }
  const result = glossarySchema.safeParse(data);
  if (!result.success) throw new ContentError(schemaProblems(file, data, result.error.issues));
  return result.data;
}

/** A form found in a text: where, which entry, and which form. */
export interface TermMatch {
  start: number;
  end: number;
  id: string;
  form: string;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// Letters and digits of any script: a form matches only as a whole word.
const WORD = '\\p{L}\\p{M}\\p{N}';
// Arabic words take the conjunctions و/ف and the prepositions ب/ل/ك as prefixes.
const ARABIC_PREFIX = '(?:[وف]?[بلك]?)';

/**
 * Builds a matcher for the forms of `locale`, longest forms first so
 * "Popular Mobilization Forces" wins over a shorter overlapping form.
 */
export function createTermMatcher(glossary: Glossary, locale: Locale): (text: string) => TermMatch[] {
  const forms = Object.entries(glossary)
    .flatMap(([id, entry]) => entry.forms[locale].map((form) => ({ id, form })))
    .sort((a, b) => b.form.length - a.form.length);
  if (forms.length === 0) return () => [];
  const byForm = new Map(forms.map((f) => [f.form, f.id]));
  const prefix = locale === 'ar' ? ARABIC_PREFIX : '';
  const pattern = new RegExp(
    `(?<![${WORD}])${prefix}(${forms.map((f) => escape(f.form)).join('|')})(?![${WORD}])`,
    'gu',
  );
  return (text) =>
    [...text.matchAll(pattern)].map((match) => {
      const form = match[1] ?? '';
      const start = match.index + match[0].length - form.length;
      return { start, end: start + form.length, id: byForm.get(form) ?? '', form };
    });
}

/** Every form of an entry, in every language, each once: what the index should know a use of any of them by. */
export function formGroup(entry: GlossaryEntry): string[] {
  return [...new Set(localeCodes.flatMap((code) => entry.forms[code]))];
}

/** Each entry's forms (`formGroup`): what the search UI rebuilds the alias texts from (`indexedAliases`, ./alias-text.ts). */
export function formGroups(glossary: Glossary): string[][] {
  return Object.values(glossary).map(formGroup);
}
