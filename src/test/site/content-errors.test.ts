import { readFileSync } from 'node:fs';
import { cp, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { astroBuild } from '../support/build';
import { replaceIn, type Edit } from '../support/edit';
import { buildWorkdir } from '../support/workdir';

/**
 * Each case copies the small, valid fixture library, makes one editor's
 * mistake in it, builds the site from it and expects the build to fail with
 * a message naming the file and the field.
 */
const FIXTURE = new URL('../fixtures/library/', import.meta.url).pathname;
const work: string[] = [];

async function buildWith(edit?: Edit) {
  const dir = await buildWorkdir('brief-content-');
  work.push(dir);
  const content = join(dir, 'content');
  await cp(FIXTURE, content, { recursive: true });
  await edit?.(content);
  return astroBuild({ CONTENT_DIR: content, OUT_DIR: join(dir, 'dist'), CACHE_DIR: join(dir, 'cache') });
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The line the build prints for a problem, `file → field: message`, as the
 * README promises: `file` from the library's folder (the fixture's copy sits
 * under a build folder), `:N` in it standing for a line number.
 */
const line = (file: string, field: string, message: string) =>
  new RegExp(`^ {2}\\S*/content/${escape(file).replace(':N', ':\\d+')} → ${escape(field)}: ${escape(message)}$`, 'm');

/** The 1-based line of the fixture file on which `text` is written. */
const lineOf = (file: string, text: string) => readFileSync(join(FIXTURE, file), 'utf8').split('\n').findIndex((l) => l.includes(text)) + 1;

afterAll(async () => {
  await Promise.all(work.map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('the fixture library', () => {
  // Its Arabic edition writes the day in quotes, the English one without: both are the same day.
  it('builds without errors as given', async () => {
    const { code, output } = await buildWith();
    expect(output).not.toMatch(/\[ERROR\]/);
    expect(code).toBe(0);
  });
});

describe('a content mistake fails the build, naming the file and the field', () => {
  it.each<[string, Edit, RegExp[]]>([
    ['a missing title', replaceIn('briefs/sample/en.md', /^title: .*\n/m, ''), [line('briefs/sample/en.md', 'title', 'required field missing')]],
    [
      'a malformed date',
      replaceIn('briefs/sample/en.md', 'published: 2021-03-04', 'published: March 4th'),
      [line('briefs/sample/en.md', 'published', 'expected a date written YYYY-MM-DD, found "March 4th"')],
    ],
    [
      'a day that is not in the calendar',
      replaceIn('briefs/sample/en.md', 'published: 2021-03-04', 'published: 2021-02-30'),
      [line('briefs/sample/en.md', 'published', '2021-02-30 is not a day of the calendar (February 2021 has 28 days)')],
    ],
    [
      'a translation’s original version that YAML reads as a number',
      replaceIn('briefs/sample/ar.md', 'translatedFrom: en', 'translatedFrom: en\noriginalVersion: 123456789012'),
      [line('briefs/sample/ar.md', 'originalVersion', 'expected the version in quotes, as the build prints it (originalVersion: "0123456789ab")')],
    ],
    [
      'an unknown content type',
      replaceIn('briefs/sample/en.md', 'type: brief-analysis', 'type: op-ed'),
      [line('briefs/sample/en.md', 'type', 'Invalid option: expected one of "brief-analysis"|"articles-testimony"')],
    ],
    [
      'a misspelt field',
      replaceIn('briefs/sample/en.md', 'authors:', 'autors:'),
      [line('briefs/sample/en.md', 'autors', 'unknown field (not in the schema; check its spelling)'), line('briefs/sample/en.md', 'authors', 'required field missing')],
    ],
    [
      'an empty body',
      replaceIn('briefs/sample/en.md', /\n---\n[^]*$/, '\n---\n'),
      [line('briefs/sample/en.md', 'body', 'empty: a brief needs at least one paragraph of text')],
    ],
    [
      'a link in the body to a brief that does not exist',
      replaceIn('briefs/sample/en.md', 'Another paragraph.', 'Another [paragraph](/briefs/no-such-brief/#p2).'),
      [
        line(
          `briefs/sample/en.md:${lineOf('briefs/sample/en.md', 'Another paragraph.')}`,
          'body',
          'link to "/briefs/no-such-brief/#p2" leads to no page (no brief "no-such-brief" in en)',
        ),
      ],
    ],
    [
      'a link in the body to an author page missing in the link’s language',
      replaceIn('briefs/sample/ar.md', 'فقرة أخرى.', 'فقرة [أخرى](/ar/authors/john-smith/).'),
      [line(`briefs/sample/ar.md:${lineOf('briefs/sample/ar.md', 'فقرة أخرى.')}`, 'body', 'link to "/ar/authors/john-smith/" leads to no page (no author "john-smith" in ar)')],
    ],
    [
      'a malformed glossary',
      async (dir) => writeFile(join(dir, 'glossary.yaml'), 'pmf:\n  abbr: PMF\n  forms: { en: [PMF] }\n'),
      [line('glossary.yaml', 'pmf.forms.ar', 'required field missing')],
    ],
    [
      'an unknown author',
      replaceIn('briefs/sample/ar.md', 'authors: [jane-doe]', 'authors: [john-smith]'),
      [/briefs\/sample\/ar\.md → authors\[0\]: unknown author "john-smith"/],
    ],
    [
      'an author page missing in the edition’s language',
      async (dir) => rm(join(dir, 'authors/jane-doe/ar.md')),
      [/briefs\/sample\/ar\.md → authors\[0\]: unknown author "jane-doe" \(no content\/authors\/jane-doe\/ar\.md\)/],
    ],
    [
      'an unknown recommended item',
      replaceIn('briefs/sample/en.md', 'recommended: [other-piece]', 'recommended: [missing-piece]'),
      [/briefs\/sample\/en\.md → recommended\[0\]: unknown recommended item "missing-piece"/],
    ],
    [
      'an unknown topic',
      replaceIn('briefs/sample/en.md', 'topics: [iraq]', 'topics: [iraq, atlantis]'),
      [/briefs\/sample\/en\.md → topics\[1\]: unknown topic "atlantis"/],
    ],
    [
      'an Arabic edition without its English original',
      async (dir) => rename(join(dir, 'briefs/sample/en.md'), join(dir, 'briefs/sample/en.md.draft')),
      [/briefs\/sample\/ar\.md → edition: the ar edition has no en original/],
    ],
    [
      'an edition whose sections do not line up',
      replaceIn('briefs/sample/ar.md', '### قسم فرعي', '## قسم فرعي'),
      [/briefs\/sample\/ar\.md → body: section headings do not line up/],
    ],
    [
      'an edition with a paragraph missing',
      replaceIn('briefs/sample/ar.md', '\nفقرة أخرى.\n', '\n'),
      [/briefs\/sample\/ar\.md → body: paragraphs do not line up with the original: original has 3, this edition has 2/],
    ],
    [
      'an edition whose date differs from the original',
      replaceIn('briefs/sample/ar.md', 'published: "2021-03-04"', 'published: "2021-03-05"'),
      [/briefs\/sample\/ar\.md → published: differs from the en original/],
    ],
    [
      'a duplicate slug',
      async (dir) => cp(join(dir, 'briefs/sample'), join(dir, 'briefs/Sample'), { recursive: true }),
      [/briefs\/Sample\/en\.md → slug: duplicate of .*briefs\/sample\/en\.md/],
    ],
    [
      'an edition in an unknown language',
      async (dir) => cp(join(dir, 'briefs/sample/en.md'), join(dir, 'briefs/sample/fr.md')),
      [/briefs\/sample\/fr\.md → file name: "fr" is not a site locale/],
    ],
    [
      'a script element in the body',
      replaceIn('briefs/sample/en.md', 'Opening paragraph.', 'Opening paragraph.\n\n<script>alert(1)</script>'),
      [/briefs\/sample\/en\.md:\d+ → body: unsafe raw HTML \(<script> element\)/, /briefs\/sample\/en\.md → body: the Markdown body could not be rendered/],
    ],
    [
      'an event-handler attribute in the body',
      replaceIn('briefs/sample/ar.md', 'فقرة أخرى.', '<p onmouseover="steal()">فقرة أخرى.</p>'),
      [/briefs\/sample\/ar\.md:\d+ → body: unsafe raw HTML \(event-handler attribute "onmouseover"/],
    ],
    [
      'a javascript: link in the body',
      replaceIn('briefs/sample/en.md', 'Another paragraph.', 'Another [paragraph](javascript:alert(1)).'),
      [/briefs\/sample\/en\.md:\d+ → body: unsafe raw HTML \(javascript: URL in "href"/],
    ],
    [
      'front matter that is not YAML',
      replaceIn('briefs/sample/en.md', 'topics: [iraq]', 'topics: [iraq'),
      [/briefs\/sample\/en\.md:\d+ → front matter: not valid YAML/],
    ],
    ['an author without a name', replaceIn('authors/jane-doe/en.md', /^name: .*\n/m, ''), [line('authors/jane-doe/en.md', 'name', 'required field missing')]],
    [
      'a family name that is not part of the name',
      replaceIn('authors/jane-doe/ar.md', /^family: .*\n/m, 'family: "سميث"\n'),
      [/jane-doe\/ar\.md/, /family/, /"سميث" is neither the start nor the end of name "جين دو"/],
    ],
    [
      'a recommended item without a path',
      replaceIn('recommended.yaml', /^ {2}path: .*\n/m, ''),
      [line('recommended.yaml', 'other-piece.path', 'required field missing')],
    ],
    [
      'a recommended item on a day that is not in the calendar',
      replaceIn('recommended.yaml', /published: \S+/, 'published: 2019-04-31'),
      [line('recommended.yaml', 'other-piece.published', '2019-04-31 is not a day of the calendar (April 2019 has 30 days)')],
    ],
  ])('%s', async (_, edit, messages) => {
    const { code, output } = await buildWith(edit);
    expect(code, output).not.toBe(0);
    for (const message of messages) expect(output).toMatch(message);
  });

  it('reports a body that cannot be rendered once: no renderer stack trace, no knock-on problems in the other edition', async () => {
    const { code, output } = await buildWith(replaceIn('briefs/sample/en.md', 'Opening paragraph.', 'Opening paragraph.\n\n<script>alert(1)</script>'));
    expect(code, output).not.toBe(0);
    expect(output).toMatch(/Content has 1 problem:\n {2}\S*briefs\/sample\/en\.md → body: the Markdown body could not be rendered/);
    expect(output).not.toMatch(/Failed to parse Markdown file|markdown-worker/);
  });
});
