import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readGlossary } from './glossary';

let dir: string | undefined;
const withGlossary = (text: string) => {
  dir = mkdtempSync(join(tmpdir(), 'glossary-'));
  writeFileSync(join(dir, 'glossary.yaml'), text);
  return dir;
};

afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

describe('readGlossary', () => {
  it('says an acronym needs its expansion', () => {
    const folder = withGlossary('pmf:\n  abbr: PMF\n  forms: { en: [PMF], ar: [الحشد] }\n');
    expect(() => readGlossary(folder)).toThrow(`Content has 1 problem:\n  ${folder}/glossary.yaml → pmf.expansion: an entry with "abbr" needs "expansion"`);
  });

  it('reads the terms and their forms in both languages', () => {
    const glossary = readGlossary(withGlossary('pmf:\n  abbr: PMF\n  expansion: { en: Popular Mobilization Forces, ar: الحشد الشعبي }\n  forms: { en: [PMF], ar: [الحشد] }\n'));
    expect(glossary['pmf']?.forms.ar).toEqual(['الحشد']);
  });

  it('names the file and each field of a malformed entry', () => {
    const folder = withGlossary('pmf:\n  abbr: PMF\n  forms: { en: [PMF], arabic: [الحشد] }\n');
    expect(() => readGlossary(folder)).toThrow(
      [
        'Content has 2 problems:',
        `  ${folder}/glossary.yaml → pmf.forms.ar: required field missing`,
        `  ${folder}/glossary.yaml → pmf.forms.arabic: unknown field (not in the schema; check its spelling)`,
      ].join('\n'),
    );
  });

  it('names the line where the file stops being YAML', () => {
    const folder = withGlossary('pmf:\n  forms: { en: [PMF, ar: [] }\n');
    expect(() => readGlossary(folder)).toThrow(new RegExp(`^Content has 1 problem:\\n {2}${folder}/glossary\\.yaml:2 → \\(file\\): not valid YAML \\(`));
  });
});
