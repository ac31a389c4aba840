import { cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { textVersion } from '../content/versions.ts';
import { runImport } from './cli.ts';
import { readMarkdownFile } from './library.ts';
import { splitBlocks } from './repair.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
const SEED = join(ROOT, 'src/test/fixtures/seed/iraq-us-strategic-dialogue.txt');
const FIXTURES = join(ROOT, 'src/import/fixtures');
const SEED_URL = 'https://www.washingtoninstitute.org/policy-analysis/iraq-us-strategic-dialogue-finding-agreement-within-contention';
const SLUG = 'iraq-us-strategic-dialogue';
const dirs: string[] = [];

/** A library with the publisher and topic tables and nothing else: no briefs, authors or recommended items. */
async function emptyLibrary(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'import-'));
  dirs.push(dir);
  for (const file of ['publishers.yaml', 'topics.yaml', 'glossary.yaml']) await cp(join(ROOT, 'content', file), join(dir, file));
  return dir;
}

/** Every file under `dir` with its text, for before/after comparisons. */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
  return Object.fromEntries(await Promise.all(files.map(async (f) => [f.slice(dir.length + 1), await readFile(f, 'utf8')] as const)));
}

const importSeed = (dir: string, ...flags: string[]) => runImport(['--content', dir, ...flags, '--url', SEED_URL, '--slug', SLUG, SEED]);

afterAll(async () => {
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('the seed imported into an empty library', async () => {
  const dir = await emptyLibrary();
  const result = await importSeed(dir);
  const imported = readMarkdownFile(await readFile(join(dir, `briefs/${SLUG}/en.md`), 'utf8'))!;
  const today = readMarkdownFile(await readFile(join(ROOT, `content/briefs/${SLUG}/en.md`), 'utf8'))!;

  it('succeeds and writes the brief, its author, the recommended items and the manifest', async () => {
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(Object.keys(await snapshot(dir)).sort()).toEqual(
      [`authors/farhad-alaaldin/en.md`, `briefs/${SLUG}/en.md`, 'glossary.yaml', 'imports.json', 'publishers.yaml', 'recommended.yaml', 'topics.yaml'].sort(),
    );
  });

  it('gives back today’s English brief paragraph for paragraph', () => {
    expect(splitBlocks(imported.body)).toEqual(splitBlocks(today.body));
  });

  it('gives back the front matter the page knows; summary and topics are listed to review', () => {
    for (const field of ['title', 'type', 'published', 'authors', 'recommended']) expect(imported.data[field], field).toEqual(today.data[field]);
    expect(imported.data['source']).toEqual({
      ...(today.data['source'] as object),
      editions: { ar: 'https://www.washingtoninstitute.org/ar/policy-analysis/alhwar-alastratyjy-byn-alraq-walwlayat-almthdt-ayjad-atfaq-dmn-alkhlaaf' },
    });
    expect(result.stdout).toMatch(new RegExp(`briefs/${SLUG}/en\\.md summary: the article's first sentence`));
    expect(result.stdout).toMatch(new RegExp(`briefs/${SLUG}/en\\.md topics: none`));
  });

  it('gives back the author page', async () => {
    const author = readMarkdownFile(await readFile(join(dir, 'authors/farhad-alaaldin/en.md'), 'utf8'));
    expect(author).toEqual(readMarkdownFile(await readFile(join(ROOT, 'content/authors/farhad-alaaldin/en.md'), 'utf8')));
  });

  it('gives back the three recommended items (Arabic text stands in English, to review)', async () => {
    const items = parse(await readFile(join(dir, 'recommended.yaml'), 'utf8')) as Record<string, { title: { en: string }; authors: { en: string }[] }>;
    const todays = parse(await readFile(join(ROOT, 'content/recommended.yaml'), 'utf8')) as typeof items;
    expect(Object.keys(items)).toEqual(Object.keys(todays));
    for (const [id, item] of Object.entries(items)) {
      const { title, authors, ...rest } = todays[id]!;
      expect(item).toMatchObject(rest);
      expect(item.title.en).toBe(title.en);
      expect(item.authors.map((a) => a.en)).toEqual(authors.map((a) => a.en));
      expect(result.stdout).toContain(`recommended.yaml ${id}: the Arabic title and author names are the English ones`);
    }
  });

  it('lists every repair made and nothing else', () => {
    expect(imported.data['repairs']).toEqual([
      'Left out the page\'s chrome around the article (the byline, the date, "Also available in", "About the authors", the type label and "Recommended"), which the site\'s own layout replaces.',
      'Restored the first word "After", which the scrape split into a bold drop cap "A" and "fter".',
      'Removed 2 backslash escapes the scrape put before "$".',
      'Removed 2 stray "0" tokens ("results, 0 moving", "covering 0 other").',
      'Removed the closing ornament (❖) after the last paragraph.',
      'Removed the bold markup from 3 headings ("Iraqi Economic Straits and Iranian Economic Influence", "The Role of U.S. Troops and PMF", "Possible Outcomes").',
      'Removed the trailing colon from the heading "Points of Disparity".',
      'Set the section headings in one hierarchy under the title: "Points of Disparity" from level 4 to 2, "Iraqi Economic Straits and Iranian Economic Influence" from level 4 to 3, "The Role of U.S. Troops and PMF" from level 4 to 3, "Possible Outcomes" from level 3 to 2.',
      'Joined 2 paragraphs split in two by page breaks ("help us and / we want", "of the armed / groups under").',
    ]);
  });
});

describe('importing again', () => {
  it('changes nothing when the page is the same', async () => {
    const dir = await emptyLibrary();
    await importSeed(dir);
    const before = await snapshot(dir);
    const again = await importSeed(dir);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/unchanged +briefs\/iraq-us-strategic-dialogue\/en\.md/);
    expect(again.stdout).toMatch(/Nothing to write/);
    expect(await snapshot(dir)).toEqual(before);
  });

  it('updates the brief from an updated page and says what changed', async () => {
    const dir = await emptyLibrary();
    await importSeed(dir);
    const updated = join(dir, 'updated.txt');
    await writeFile(updated, (await readFile(SEED, 'utf8')).replace('Finding Agreement within Contention', 'Finding Agreement').replace('two countries.', 'two nations.'));
    const result = await runImport(['--content', dir, '--url', SEED_URL, updated]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/updated +briefs\/iraq-us-strategic-dialogue\/en\.md: front matter: title, updated; body: 1 changed/);
    const brief = readMarkdownFile(await readFile(join(dir, `briefs/${SLUG}/en.md`), 'utf8'))!;
    expect(brief.data['title']).toBe('Iraq-U.S. Strategic Dialogue: Finding Agreement');
    // Its text changed: dated the day of the import, for its translations' notice, and listed to review.
    expect(brief.data['updated']).toBe(new Date().toISOString().slice(0, 10));
    expect(result.stdout).toMatch(/en\.md updated: the text changed, so it is dated \d{4}-\d\d-\d\d, the day of this import/);
    expect(brief.body).toMatch(/two nations\./);
  });

  it('keeps the summary and topics an editor wrote, without counting the file as edited', async () => {
    const dir = await emptyLibrary();
    await importSeed(dir);
    const path = join(dir, `briefs/${SLUG}/en.md`);
    const text = await readFile(path, 'utf8');
    await writeFile(path, text.replace(/^summary: .*$/m, 'summary: An editor’s summary.').replace('topics: []', 'topics: [iraq, iran]'));
    const updated = join(dir, 'updated.txt');
    await writeFile(updated, (await readFile(SEED, 'utf8')).replace('two countries.', 'two nations.'));
    const result = await runImport(['--content', dir, '--url', SEED_URL, updated]);
    expect(result.stdout).toMatch(/updated +briefs\/iraq-us-strategic-dialogue\/en\.md: front matter: updated; body: 1 changed/);
    const brief = readMarkdownFile(await readFile(path, 'utf8'))!;
    expect(brief.data).toMatchObject({ summary: 'An editor’s summary.', topics: ['iraq', 'iran'] });
    expect(result.stdout).not.toMatch(/summary: the article's first sentence/);
  });

  it('leaves a file edited by hand since its import alone, unless --force', async () => {
    const dir = await emptyLibrary();
    await importSeed(dir);
    const path = join(dir, `briefs/${SLUG}/en.md`);
    const edited = (await readFile(path, 'utf8')).replace('two countries.', 'two countries (edited).');
    await writeFile(path, edited);
    const kept = await importSeed(dir);
    expect(kept.code).toBe(0);
    expect(kept.stdout).toMatch(/left alone +briefs\/iraq-us-strategic-dialogue\/en\.md: edited by hand since its import; --force replaces it/);
    expect(await readFile(path, 'utf8')).toBe(edited);
    const forced = await importSeed(dir, '--force');
    expect(forced.stdout).toMatch(/overwritten +briefs\/iraq-us-strategic-dialogue\/en\.md: front matter: updated; body: 1 changed/);
    expect(await readFile(path, 'utf8')).not.toMatch(/\(edited\)/);
  });

  it('leaves a brief the import did not write alone (today’s hand-made brief), and its authors and items with it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'import-'));
    dirs.push(dir);
    await cp(join(ROOT, 'content'), dir, { recursive: true });
    const before = await snapshot(dir);
    const result = await importSeed(dir);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/left alone +briefs\/iraq-us-strategic-dialogue\/en\.md: not written by an import/);
    expect(await snapshot(dir)).toEqual(before);
  });
});

describe('--dry-run', () => {
  it('writes nothing and prints the report with a diff', async () => {
    const dir = await emptyLibrary();
    const before = await snapshot(dir);
    const result = await importSeed(dir, '--dry-run');
    expect(result.code).toBe(0);
    expect(await snapshot(dir)).toEqual(before);
    expect(result.stdout).toMatch(/Dry run: nothing written\. 4 files would be written/);
    expect(result.stdout).toMatch(/^\+\+\+ b\/briefs\/iraq-us-strategic-dialogue\/en\.md/m);
    expect(result.stdout).toMatch(/^\+After much anticipation/m);
  });
});

describe('recommended.yaml', () => {
  it('keeps the existing items and comments as they are and appends new ones', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'import-'));
    dirs.push(dir);
    await cp(join(ROOT, 'content'), dir, { recursive: true });
    const before = await readFile(join(dir, 'recommended.yaml'), 'utf8');
    const result = await runImport(['--content', dir, '--url', 'https://www.washingtoninstitute.org/policy-analysis/testimony-gulf', join(FIXTURES, 'several-authors.txt')]);
    expect(result.code, result.stderr).toBe(0);
    const after = await readFile(join(dir, 'recommended.yaml'), 'utf8');
    expect(after.startsWith(before)).toBe(true);
    expect(after.slice(before.length)).toMatch(/^\nmaritime-security-after-tanker-attacks:\n {2}publisher: washington-institute\n/);
    expect(result.stdout).toMatch(/recommended items the library has: iran-takes-next-steps-rocket-technology/);
    expect(result.stdout).toMatch(/left alone +authors\/farhad-alaaldin\/en\.md: the library has this author/);
  });
});

describe('an Arabic page', () => {
  it('becomes the publisher’s translation of the brief its "also available in" link names', async () => {
    const dir = await emptyLibrary();
    const result = await runImport([
      '--content',
      dir,
      join(FIXTURES, 'bilingual-ar.txt'),
      '--url',
      'https://www.washingtoninstitute.org/policy-analysis/kurdistans-budget-talks-baghdad',
      join(FIXTURES, 'bilingual-en.txt'),
    ]);
    expect(result.code, result.stderr).toBe(0);
    const en = readMarkdownFile(await readFile(join(dir, 'briefs/kurdistans-budget-talks-baghdad/en.md'), 'utf8'))!;
    const ar = readMarkdownFile(await readFile(join(dir, 'briefs/kurdistans-budget-talks-baghdad/ar.md'), 'utf8'))!;
    expect(ar.data).toMatchObject({ title: 'محادثات الموازنة بين إقليم كردستان وبغداد', translator: 'publisher', published: '2021-10-03', authors: ['farhad-alaaldin'] });
    expect(ar.data).not.toHaveProperty('translatedFrom');
    // It answers the original as imported: the build then says when the original changes.
    expect(ar.data['originalVersion']).toBe(textVersion(String(en.data['title']), en.body));
    for (const field of ['type', 'published', 'authors', 'topics', 'recommended', 'source']) expect(ar.data[field], field).toEqual(en.data[field]);
    expect(splitBlocks(ar.body).length).toBe(splitBlocks(en.body).length);
    expect(ar.body).toMatch(/^استؤنفت محادثات/);
    expect(result.stdout).toMatch(/briefs\/kurdistans-budget-talks-baghdad\/ar\.md repairs: written in English/);
    expect(await readFile(join(dir, 'authors/farhad-alaaldin/ar.md'), 'utf8')).toMatch(/^---\nname: فرهاد علاء الدين\n/);
  });

  it('whose English original the library lacks fails at its link, writing nothing', async () => {
    const dir = await emptyLibrary();
    const before = await snapshot(dir);
    const result = await runImport(['--content', dir, join(FIXTURES, 'bilingual-ar.txt')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/bilingual-ar\.txt:11: expected a link to an English original the library has; no brief's source is \/policy-analysis\/kurdistans-budget-talks-baghdad/);
    expect(await snapshot(dir)).toEqual(before);
  });
});

describe('bad input', () => {
  it('fails with the file, the line and what was expected, and writes nothing of the good pages in the same run', async () => {
    const dir = await emptyLibrary();
    const bad = join(dir, 'bad.txt');
    await writeFile(bad, (await readFile(SEED, 'utf8')).replace('Aug 18, 2020', 'Last summer'));
    const before = await snapshot(dir);
    const result = await runImport(['--content', dir, '--url', SEED_URL, SEED, '--url', SEED_URL, bad]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/bad\.txt:7: expected the date, such as "Aug 18, 2020", found "Last summer"/);
    expect(await snapshot(dir)).toEqual(before);
  });

  it('names an unreadable file', async () => {
    const dir = await emptyLibrary();
    const result = await runImport(['--content', dir, '--url', SEED_URL, join(dir, 'missing.txt')]);
    expect(result).toMatchObject({ code: 1, stderr: expect.stringMatching(/missing\.txt: expected a readable page file \(ENOENT\)/) });
  });

  it('asks for the page’s address when --url is missing', async () => {
    const dir = await emptyLibrary();
    const result = await runImport(['--content', dir, SEED]);
    expect(result.stderr).toMatch(/iraq-us-strategic-dialogue\.txt:1: expected a --url before the file/);
  });

  it('names publishers.yaml when no publisher has the page’s site', async () => {
    const dir = await emptyLibrary();
    const result = await runImport(['--content', dir, '--url', 'https://other.example/x', SEED]);
    expect(result.stderr).toMatch(/publishers\.yaml: expected a publisher whose site is https:\/\/other\.example/);
  });

  it('writes none of a run’s files when one cannot be written', async () => {
    const dir = await emptyLibrary();
    // A file where the authors' folder must go: the brief is staged first, then the author page cannot be.
    await writeFile(join(dir, 'authors'), 'not a folder');
    const before = await snapshot(dir);
    const result = await importSeed(dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/import failed, nothing written:\n {2}.*could not write the library's files \((EEXIST|ENOTDIR)/);
    expect(await snapshot(dir)).toEqual(before);
    expect(await readdir(dir)).not.toContain('briefs');
  });
});

describe('the command line', () => {
  it('refuses a --url after the last of several files', async () => {
    expect(await runImport(['a.txt', 'b.txt', '--url', SEED_URL])).toMatchObject({ code: 2, stderr: expect.stringMatching(/--url and --slug go before the FILE/) });
  });
});
