import { Cite, type CslItem } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { parse as parseRis } from 'astrocite-ris';
import { BibLatexParser, CSLExporter } from 'biblatex-csl-converter';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTranslations } from '../../i18n/index';
import { DIST } from '../support/paths';

/**
 * The built citation files as reference managers read them: each file of
 * each edition goes through two real parsers (RIS: Citation.js and
 * astrocite; BibLaTeX: Citation.js and biblatex-csl-converter, which checks
 * fields against biblatex's data model), and what they make of it is
 * compared with what the brief says.
 */
const SITE = 'http://localhost:4321';
const ORIGINAL = 'https://www.washingtoninstitute.org/policy-analysis/iraq-us-strategic-dialogue-finding-agreement-within-contention';
const editions = {
  en: {
    path: '/briefs/iraq-us-strategic-dialogue/',
    author: { family: 'Alaaldin', given: 'Farhad' },
    publisher: 'The Washington Institute for Near East Policy',
    translation: undefined,
  },
  ar: {
    path: '/ar/briefs/iraq-us-strategic-dialogue/',
    author: { family: 'علاء الدين', given: 'فرهاد' },
    publisher: 'معهد واشنطن لسياسة الشرق الأدنى',
    translation: { translator: useTranslations('ar')('site.name'), originalTitle: 'Iraq-U.S. Strategic Dialogue: Finding Agreement within Contention' },
  },
} as const;

const read = (path: string, file: string) => readFileSync(join(DIST, path, file), 'utf8');
const name = (n: { family?: string | undefined; given?: string | undefined }) => ({ family: n.family, given: n.given });

/** What every parser must have kept, in CSL-JSON terms. */
function expectBrief(item: Partial<CslItem>, edition: (typeof editions)[keyof typeof editions]) {
  expect((item.author ?? []).map(name)).toEqual([edition.author]);
  expect(item.publisher).toBe(edition.publisher);
  expect(item.URL).toBe(edition.translation ? SITE + edition.path : ORIGINAL);
  if (edition.translation) {
    expect(item['original-title']).toBe(edition.translation.originalTitle);
    // The translator and the original's address are in the note, which every parser keeps whole.
    expect(item.note).toContain(edition.translation.translator);
    expect(item.note).toContain(ORIGINAL);
  } else {
    expect(item.note).toBeUndefined();
  }
}

describe.each(Object.entries(editions))('the %s citation files', (_, edition) => {
  it('RIS, read by Citation.js', () => {
    const [item, ...rest] = new Cite(read(edition.path, 'citation.ris'), { forceType: '@ris/file' }).data;
    expect(rest).toEqual([]);
    expectBrief(item!, edition);
  });

  it('RIS, read by astrocite', () => {
    const [item, ...rest] = parseRis(read(edition.path, 'citation.ris'));
    expect(rest).toEqual([]);
    expectBrief(item as Partial<CslItem>, edition);
  });

  it('BibLaTeX, read by Citation.js', () => {
    const [item, ...rest] = new Cite(read(edition.path, 'citation.bib'), { forceType: '@biblatex/text' }).data;
    expect(rest).toEqual([]);
    expectBrief(item!, edition);
  });

  it('BibLaTeX, read by biblatex-csl-converter: an @online entry with no field outside biblatex’s data model', () => {
    const parser = new BibLatexParser(read(edition.path, 'citation.bib'), { processUnexpected: true, processUnknown: true });
    const bibliography = parser.parse();
    // The test build's address is a loopback one, which the parser flags as an unknown kind of URI and sets aside.
    const loopback = (p: { type: string; value?: unknown }) => p.type === 'unknown_uri' && /^http:\/\/localhost[:/]/.test(String(p.value));
    expect([...bibliography.errors, ...bibliography.warnings].filter((p) => !loopback(p))).toEqual([]);
    const setAside = bibliography.errors.find(loopback)?.value as string | undefined;
    const entries = Object.values(bibliography.entries);
    expect(entries.map((entry) => [entry.bib_type, Object.keys(entry.unexpected_fields ?? {}), Object.keys(entry.unknown_fields ?? {})])).toEqual([['online', [], []]]);
    // Its CSL export drops `organization` on `@online`: the publisher is read from the parsed field.
    const organization = entries[0]?.fields['organization'] as { text: string }[][] | undefined;
    expect(organization?.map((part) => part.map((node) => node.text).join(''))).toEqual([edition.publisher]);
    const csl = Object.values(new CSLExporter(bibliography.entries).parse())[0] as Partial<CslItem>;
    expectBrief({ ...csl, publisher: edition.publisher, URL: csl.URL ?? setAside ?? '' }, edition);
  });
});
