import { diffArrays } from 'diff';
import { isMap, parse, parseDocument, type Document, type YAMLMap } from 'yaml';
import { textVersion } from '../content/versions.ts';
import { defaultLocale } from '../i18n/locales.ts';
import { pageLabels } from './labels.ts';
import { importDigest, readMarkdownFile, renderMarkdownFile, type LibraryView } from './library.ts';
import { MANIFEST_PATH, readManifest, renderManifest, type Manifest } from './manifest.ts';
import { PageError, type PublisherPage } from './page.ts';
import { joinBlocks, repairBody, repairEscapes, repairLinks, splitBlocks } from './repair.ts';
import { firstSentence } from './summary.ts';

/** One page to import, with what the command line said about it. */
export interface PageRequest {
  page: PublisherPage;
  /** The page's address on the publisher's site (`--url`). */
  url?: string | undefined;
  /** The brief's slug (`--slug`). */
  slug?: string | undefined;
}

export interface PlanOptions {
  /** Overwrite files edited by hand since their import (`--force`). */
  force: boolean;
  /** The day of the import, `YYYY-MM-DD`: an original whose text it changes is `updated` that day. Default: today (UTC). */
  today?: string | undefined;
}

/** What happens to one file. */
export type FileOutcome =
  | { path: string; status: 'new' | 'updated' | 'overwritten'; content: string; previous: string | undefined; changes: string[] }
  | { path: string; status: 'unchanged' }
  | { path: string; status: 'left alone'; reason: string };

/** What the import did, or would do, with one page. */
export interface PageReport {
  file: string;
  lang: string;
  slug: string;
  title: string;
  files: FileOutcome[];
  /** Recommended items: added to `recommended.yaml`, or already there. */
  recommended: { id: string; added: boolean }[];
  repairs: string[];
  /** Fields filled without the page saying them, and anything else an editor should look at. */
  review: string[];
}

/** A problem that is not in a page: a library file, or a missing option. */
export class ImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportError';
  }
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** An ASCII slug from a name or a path segment: "Farhad Alaaldin" → "farhad-alaaldin". */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The last segment of a URL's or site-relative path's pathname, as a slug. */
export function slugFromPath(path: string): string {
  const pathname = new URL(path, 'https://x.invalid').pathname;
  const last = pathname.split('/').filter(Boolean).at(-1) ?? '';
  return slugify(decodeURIComponent(last));
}

const samePath = (a: string, b: string) => {
  const norm = (u: string) => decodeURI(new URL(u, 'https://x.invalid').pathname).replace(/\/+$/, '');
  return norm(a) === norm(b);
};

/** The publisher whose site is the URL's host (`www.` ignored), from `publishers.yaml`. */
function findPublisher(library: LibraryView, url: URL): { id: string; site: string } {
  const text = library.read('publishers.yaml');
  const host = (h: string) => h.replace(/^www\./, '');
  const publishers = (text === undefined ? {} : parse(text)) as Record<string, { site?: string }> | null;
  for (const [id, publisher] of Object.entries(publishers ?? {})) {
    if (typeof publisher?.site === 'string' && host(new URL(publisher.site).host) === host(url.host)) return { id, site: publisher.site.replace(/\/+$/, '') };
  }
  throw new ImportError(
    `${library.root}/publishers.yaml: expected a publisher whose site is ${url.origin} (add it with its name in every language, then import again)`,
  );
}

/** A one-line account of how an edition changed: which front-matter fields, and how many paragraphs. */
export function describeChanges(previous: string, next: string): string[] {
  const before = readMarkdownFile(previous);
  const after = readMarkdownFile(next);
  if (!before || !after) return ['the whole file'];
  const changes: string[] = [];
  const keys = [...new Set([...Object.keys(before.data), ...Object.keys(after.data)])];
  const changed = keys.filter((key) => JSON.stringify(before.data[key]) !== JSON.stringify(after.data[key]));
  if (changed.length) changes.push(`front matter: ${changed.join(', ')}`);
  let added = 0;
  let removed = 0;
  for (const part of diffArrays(splitBlocks(before.body), splitBlocks(after.body))) {
    if (part.added) added += part.count ?? part.value.length;
    if (part.removed) removed += part.count ?? part.value.length;
  }
  if (added || removed) {
    const changedBlocks = Math.min(added, removed);
    const parts = [
      changedBlocks && `${changedBlocks} changed`,
      added - changedBlocks && `${added - changedBlocks} added`,
      removed - changedBlocks && `${removed - changedBlocks} removed`,
    ].filter(Boolean);
    changes.push(`body: ${parts.join(', ')} (paragraphs, headings, lists)`);
  }
  return changes;
}

/**
 * Plans one brief edition file under the manifest's rule: a new file is
 * written; a file the import wrote and nobody has edited since is updated; a
 * file edited by hand, or not written by an import, is left alone unless
 * `force`.
 */
function planEdition(library: LibraryView, manifest: Manifest, path: string, content: string, force: boolean): FileOutcome {
  const previous = library.read(path);
  if (previous === undefined) return { path, status: 'new', content, previous, changes: [] };
  if (previous === content) return { path, status: 'unchanged' };
  const recorded = manifest.files[path]?.digest;
  const parsed = readMarkdownFile(previous);
  const untouched = recorded !== undefined && parsed !== undefined && importDigest(parsed) === recorded;
  const changes = describeChanges(previous, content);
  if (untouched) return { path, status: 'updated', content, previous, changes };
  if (force) return { path, status: 'overwritten', content, previous, changes };
  return {
    path,
    status: 'left alone',
    reason:
      recorded === undefined
        ? 'not written by an import (edited by hand); --force replaces it'
        : 'edited by hand since its import; --force replaces it',
  };
}

/** Editor's fields kept from the file being replaced, or filled and listed for review. */
function editorFields(
  existing: Record<string, unknown> | undefined,
  page: PublisherPage,
  body: string,
  path: string,
  review: string[],
): { summary: string; topics: unknown } {
  const summary = typeof existing?.['summary'] === 'string' && existing['summary'].trim() ? existing['summary'] : undefined;
  const topics = Array.isArray(existing?.['topics']) ? existing['topics'] : undefined;
  if (summary === undefined) review.push(`${path} summary: the article's first sentence; write one or two sentences for listings`);
  if (topics === undefined) review.push(`${path} topics: none (the page has none); add ids from topics.yaml`);
  return { summary: summary ?? firstSentence(body, page.lang), topics: topics ?? [] };
}

/** The `repairs` list: the page chrome left out, then each body repair made. */
function repairsList(page: PublisherPage, bodyRepairs: readonly string[]): string[] {
  const parts = page.chrome;
  const chrome = `Left out the page's chrome around the article (${
    parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : parts[0]
  }), which the site's own layout replaces.`;
  return [chrome, ...bodyRepairs];
}

/** An author's page: name, the profile at the publisher, the note as body (links and escapes repaired). */
function authorFile(name: string, profile: { publisher: string; url: string } | undefined, bio: string | undefined, site: string): string {
  let blocks = splitBlocks(bio ?? '');
  blocks = repairLinks(blocks, site).blocks;
  blocks = repairEscapes(blocks).blocks;
  return renderMarkdownFile({ name, profile }, blocks.length ? joinBlocks(blocks) : '');
}

/** Reads `recommended.yaml` as a YAML document, so its comments and layout survive an added item. */
function recommendedDocument(library: LibraryView): Document {
  const path = 'recommended.yaml';
  const text =
    library.read(path) ??
    "# Pieces a brief can recommend in its sidebar, keyed by the id briefs use in `recommended`.\n# Paths are the publisher's own; the site links to them on the publisher's site.\n";
  const doc: Document = parseDocument(text);
  const [error] = doc.errors;
  if (error) throw new ImportError(`${library.root}/${path}:${error.linePos?.[0].line ?? 1}: expected valid YAML (${error.message.split('\n')[0]})`);
  if (doc.contents === null) doc.contents = doc.createNode({});
  if (!isMap(doc.contents)) throw new ImportError(`${library.root}/${path}: expected a map of recommended items keyed by id`);
  return doc;
}

function addRecommended(doc: Document, id: string, item: Record<string, unknown>): void {
  const map = doc.contents as YAMLMap;
  const node = doc.createNode(item) as YAMLMap;
  const authors = node.get('authors', true);
  if (authors && 'items' in authors) for (const author of authors.items as { flow?: boolean }[]) author.flow = true;
  const pair = doc.createPair(id, node);
  if (map.items.length) (pair.key as { spaceBefore?: boolean }).spaceBefore = true;
  map.items.push(pair);
}

/** Plans an English page: a brief's original edition, its new authors and recommended items. */
function planOriginal(request: PageRequest, library: LibraryView, manifest: Manifest, options: PlanOptions): PageReport {
  const { page } = request;
  if (request.url === undefined) {
    throw new PageError(page.file, 1, 'a --url before the file: the address of this page on the publisher\'s site (the saved page does not say it)');
  }
  let url: URL;
  try {
    url = new URL(request.url);
    if (!/^https?:$/.test(url.protocol)) throw new Error('not http');
  } catch {
    throw new ImportError(`--url ${request.url} (for ${page.file}): expected the page's address, such as https://publisher.example/policy-analysis/title`);
  }
  const publisher = findPublisher(library, url);
  const existingSlug = library.briefSlugs().find((slug) => {
    const data = readMarkdownFile(library.read(`briefs/${slug}/${defaultLocale}.md`) ?? '')?.data;
    const source = data?.['source'] as { url?: unknown } | undefined;
    return typeof source?.url === 'string' && source.url === url.href;
  });
  const slug = request.slug ?? existingSlug ?? slugFromPath(url.href);
  if (!SLUG.test(slug)) throw new ImportError(`--slug ${slug} (for ${page.file}): expected a lowercase ASCII slug such as "iraq-us-dialogue"`);

  const path = `briefs/${slug}/${page.lang}.md`;
  const review: string[] = [];
  const files: FileOutcome[] = [];
  const recommendedIds: { id: string; added: boolean }[] = [];

  // Authors: slug from the profile link (or the name); a page only for those the library lacks.
  const authorSlugs = page.authors.map((author) => {
    const slugOf = author.href ? slugFromPath(author.href) : slugify(author.name);
    if (!SLUG.test(slugOf)) throw new PageError(page.file, page.bylineLine, `an author whose name or link gives an ASCII slug`, author.name);
    return slugOf;
  });
  const authorFiles = page.authors.map((author, i): FileOutcome => {
    const authorPath = `authors/${authorSlugs[i]}/${page.lang}.md`;
    if (library.read(authorPath) !== undefined) return { path: authorPath, status: 'left alone', reason: 'the library has this author' };
    const profile = author.href ? { publisher: publisher.id, url: new URL(author.href, publisher.site).href } : undefined;
    if (!author.bio) review.push(`${authorPath}: the page has no note about ${author.name}; the author page has no bio`);
    return { path: authorPath, status: 'new', content: authorFile(author.name, profile, author.bio, publisher.site), previous: undefined, changes: [] };
  });

  // Recommended items: id from the path; new ones added with English text standing in for Arabic.
  const doc = recommendedDocument(library);
  const map = doc.contents as YAMLMap;
  for (const entry of page.recommended) {
    const id = slugFromPath(entry.path);
    if (map.has(id)) {
      recommendedIds.push({ id, added: false });
      continue;
    }
    addRecommended(doc, id, {
      publisher: publisher.id,
      path: entry.path,
      type: entry.type,
      published: entry.published,
      title: { en: entry.title, ar: entry.title },
      authors: entry.authors.map((name) => ({ en: name, ar: name })),
    });
    recommendedIds.push({ id, added: true });
    review.push(`recommended.yaml ${id}: the Arabic title and author names are the English ones; translate them`);
  }
  for (const skipped of page.skippedRecommended) {
    review.push(`${page.file}:${skipped.line}: recommended piece "${skipped.title}" left out: ${skipped.reason}`);
  }

  const { body, repairs } = repairBody(page.body, { lang: page.lang, site: publisher.site });
  const existingFile = readMarkdownFile(library.read(path) ?? '');
  const existing = existingFile?.data;
  const { summary, topics } = editorFields(existing, page, body, path, review);
  // A revised text is dated, so that its translations can tell their readers when the original changed.
  const revised = existingFile !== undefined && textVersion(String(existing?.['title'] ?? ''), existingFile.body) !== textVersion(page.title, body);
  const updated = revised ? (options.today ?? new Date().toISOString().slice(0, 10)) : existing?.['updated'];
  if (revised) review.push(`${path} updated: the text changed, so it is dated ${String(updated)}, the day of this import; give the day the publisher revised it if the page says`);
  const editions = Object.fromEntries(
    page.editions.filter((edition) => edition.lang !== page.lang).map((edition) => [edition.lang, new URL(edition.href, publisher.site).href]),
  );
  const data = {
    title: page.title,
    summary,
    type: page.type,
    published: page.published,
    ...(updated === undefined ? {} : { updated }),
    authors: authorSlugs,
    topics,
    recommended: recommendedIds.map((r) => r.id),
    source: { publisher: publisher.id, url: url.href, ...(Object.keys(editions).length ? { editions } : {}) },
    repairs: repairsList(page, repairs),
  };
  if (page.otherLines.length) review.push(`${page.file}: lines ${page.otherLines.join(', ')} (between the date and the article) were left out as the site's navigation`);

  const brief = planEdition(library, manifest, path, renderMarkdownFile(data, body), options.force);
  files.push(brief);
  if (brief.status === 'left alone') {
    // Nothing the brief would reference is written without the brief.
    return { file: page.file, lang: page.lang, slug, title: page.title, files, recommended: [], repairs: [], review: [] };
  }
  files.push(...authorFiles);
  if (recommendedIds.some((r) => r.added)) {
    const previous = library.read('recommended.yaml');
    files.push({
      path: 'recommended.yaml',
      status: previous === undefined ? 'new' : 'updated',
      content: doc.toString({ lineWidth: 0 }),
      previous,
      changes: [`added ${recommendedIds.filter((r) => r.added).map((r) => r.id).join(', ')}`],
    });
  }
  if (brief.status !== 'unchanged') manifest.files[path] = { digest: importDigest(readMarkdownFile(brief.content)!), url: url.href };
  return { file: page.file, lang: page.lang, slug, title: page.title, files, recommended: recommendedIds, repairs: data.repairs, review };
}

/**
 * Plans an Arabic page: the publisher's translation of a brief the library
 * has, found by its "also available in" link to the English original. It
 * shares the original's date, type, authors, topics, recommended items and
 * source, and is marked `translator: publisher`.
 */
function planTranslation(request: PageRequest, library: LibraryView, manifest: Manifest, options: PlanOptions): PageReport {
  const { page } = request;
  const labels = pageLabels[page.lang];
  const link = page.editions.find((edition) => edition.lang === defaultLocale);
  let slug = request.slug;
  if (slug === undefined) {
    if (!link) {
      throw new PageError(page.file, page.bylineLine, `a «${labels.alsoAvailableIn}» link to the English original (an Arabic page is imported as the translation of a brief in the library), or --slug`);
    }
    slug = library.briefSlugs().find((candidate) => {
      const source = readMarkdownFile(library.read(`briefs/${candidate}/${defaultLocale}.md`) ?? '')?.data['source'] as { url?: unknown } | undefined;
      return typeof source?.url === 'string' && samePath(source.url, link.href);
    });
    if (slug === undefined) {
      throw new PageError(page.file, link.line, `a link to an English original the library has; no brief's source is ${link.href} (import the English page first, or give --slug)`);
    }
  }
  const originalPath = `briefs/${slug}/${defaultLocale}.md`;
  const originalFile = readMarkdownFile(library.read(originalPath) ?? '');
  const original = originalFile?.data;
  if (!originalFile || !original) throw new ImportError(`${library.root}/${originalPath}: expected the English original of ${page.file}, with front matter`);
  const source = original['source'] as { publisher: string; url: string };
  const site = findPublisher(library, new URL(source.url)).site;
  const authors = original['authors'] as string[];
  if (!Array.isArray(authors) || authors.length !== page.authors.length) {
    throw new PageError(page.file, page.bylineLine, `a byline with the original's ${Array.isArray(authors) ? authors.length : 0} author(s) (${String(authors)})`, `${page.authors.length}`);
  }

  const path = `briefs/${slug}/${page.lang}.md`;
  const review: string[] = [];
  const files: FileOutcome[] = [];
  const authorFiles = page.authors.map((author, i): FileOutcome => {
    const authorPath = `authors/${authors[i]}/${page.lang}.md`;
    if (library.read(authorPath) !== undefined) return { path: authorPath, status: 'left alone', reason: 'the library has this author' };
    const profile = author.href ? { publisher: source.publisher, url: new URL(author.href, site).href } : undefined;
    return { path: authorPath, status: 'new', content: authorFile(author.name, profile, author.bio, site), previous: undefined, changes: [] };
  });
  if (page.type !== original['type']) review.push(`${path} type: the page says ${page.type}, the original ${String(original['type'])}; the original's is kept`);
  if (page.published !== original['published']) {
    review.push(`${path} published: the page says ${page.published}, the original ${String(original['published'])}; the original's is kept`);
  }
  if (page.recommended.length || page.skippedRecommended.length) {
    review.push(`${page.file}: its «${labels.recommended}» block is not imported; an edition shows its original's recommended items`);
  }

  const { body, repairs } = repairBody(page.body, { lang: page.lang, site });
  const existing = readMarkdownFile(library.read(path) ?? '')?.data;
  const summary =
    typeof existing?.['summary'] === 'string' ? existing['summary'] : (review.push(`${path} summary: the article's first sentence; write one or two sentences for listings`), firstSentence(body, page.lang));
  const data = {
    title: page.title,
    summary,
    type: original['type'],
    published: original['published'],
    authors,
    topics: original['topics'] ?? [],
    recommended: original['recommended'] ?? [],
    source,
    translator: 'publisher',
    // The original as it is now is what this translation answers; the build reports when it changes.
    originalVersion: textVersion(String(original['title'] ?? ''), originalFile.body),
    repairs: repairsList(page, repairs),
  };
  review.push(`${path} repairs: written in English, and shown to Arabic readers; translate them`);
  const brief = planEdition(library, manifest, path, renderMarkdownFile(data, body), options.force);
  files.push(brief);
  if (brief.status === 'left alone') return { file: page.file, lang: page.lang, slug, title: page.title, files, recommended: [], repairs: [], review: [] };
  files.push(...authorFiles);
  if (brief.status !== 'unchanged') manifest.files[path] = { digest: importDigest(readMarkdownFile(brief.content)!), url: request.url ?? link?.href ?? source.url };
  return { file: page.file, lang: page.lang, slug, title: page.title, files, recommended: [], repairs: data.repairs, review };
}

/** Everything a run would write, and the report of each page. */
export interface ImportPlan {
  reports: PageReport[];
  /** Files to write, by path inside the library, with their text before (undefined: new). */
  writes: Map<string, { content: string; previous: string | undefined }>;
}

/**
 * Plans the import of pages into the library, in order (English originals
 * first, so a translation in the same run finds its original). Writes nothing.
 * @throws PageError or ImportError for the first page that cannot be imported.
 */
export function planImport(requests: readonly PageRequest[], library: LibraryView, options: PlanOptions): ImportPlan {
  const manifestText = library.read(MANIFEST_PATH);
  const manifest = readManifest(manifestText, `${library.root}/${MANIFEST_PATH}`);
  const before = renderManifest(manifest);
  const ordered = [...requests].sort((a, b) => Number(a.page.lang !== defaultLocale) - Number(b.page.lang !== defaultLocale));
  const reports: PageReport[] = [];
  const writes = new Map<string, { content: string; previous: string | undefined }>();
  for (const request of ordered) {
    const report = request.page.lang === defaultLocale ? planOriginal(request, library, manifest, options) : planTranslation(request, library, manifest, options);
    for (const file of report.files) {
      if (file.status !== 'new' && file.status !== 'updated' && file.status !== 'overwritten') continue;
      writes.set(file.path, { content: file.content, previous: writes.get(file.path)?.previous ?? library.onDisk(file.path) });
      library.plan(file.path, file.content);
    }
    reports.push(report);
  }
  const after = renderManifest(manifest);
  if (after !== before || (writes.size > 0 && manifestText === undefined)) {
    writes.set(MANIFEST_PATH, { content: after, previous: manifestText });
    library.plan(MANIFEST_PATH, after);
  }
  return { reports, writes };
}
