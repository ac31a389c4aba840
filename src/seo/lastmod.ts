import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import { isLocale, type Locale } from '../i18n/locales';

/** What decides when a page last changed: each brief edition's day and who and what it is filed under. */
export interface DatedBrief {
  slug: string;
  locale: Locale;
  published: Date;
  authors: readonly string[];
  topics: readonly string[];
}

/**
 * The day a page last changed, for the sitemap's `lastmod`, from its
 * locale-neutral path and the briefs of its locale: a brief page and its
 * side-by-side view, the brief's day; a list (home, an author, a topic, the
 * indexes of briefs, topics and authors, and each of their pages), the day of
 * the newest brief it lists, since a new brief is what changes every page of
 * a list. Other pages (about): `undefined`.
 */
export function createLastmod(briefs: readonly DatedBrief[]): (locale: Locale, path: string) => Date | undefined {
  const newest = new Map<string, Date>();
  const note = (key: string, day: Date) => {
    const known = newest.get(key);
    if (!known || day > known) newest.set(key, day);
  };
  for (const brief of briefs) {
    note(`${brief.locale} brief ${brief.slug}`, brief.published);
    note(`${brief.locale} home`, brief.published);
    for (const author of brief.authors) note(`${brief.locale} author ${author}`, brief.published);
    for (const topic of brief.topics) note(`${brief.locale} topic ${topic}`, brief.published);
  }
  // The URL scheme of routing/urls.ts `routes`, with pagination's `page/<n>/`.
  const kinds: [RegExp, string][] = [
    [/^\/briefs\/([^/]+)\/(?:parallel\/)?$/, 'brief'],
    [/^\/authors\/([^/]+)\/(?:page\/\d+\/)?$/, 'author'],
    [/^\/topics\/([^/]+)\/(?:page\/\d+\/)?$/, 'topic'],
    // The home page and the indexes of briefs, topics and authors: a new brief changes each of them.
    [/^\/(?:briefs\/|topics\/|authors\/)?(?:page\/\d+\/)?()$/, 'home'],
  ];
  return (locale, path) => {
    for (const [pattern, kind] of kinds) {
      const match = pattern.exec(path);
      if (match) return newest.get(kind === 'home' ? `${locale} home` : `${locale} ${kind} ${match[1]}`);
    }
    return undefined;
  };
}

/**
 * Reads the front matter of every brief edition under `contentDir`
 * (`briefs/<slug>/<locale>.md`); the build has checked it already.
 */
export async function readDatedBriefs(contentDir: string): Promise<DatedBrief[]> {
  const root = join(contentDir, 'briefs');
  const briefs: DatedBrief[] = [];
  for (const slug of await readdir(root)) {
    for (const file of await readdir(join(root, slug)).catch(() => [])) {
      const locale = file.replace(/\.md$/, '');
      if (!file.endsWith('.md') || !isLocale(locale)) continue;
      const text = await readFile(join(root, slug, file), 'utf8');
      const data = parse(/^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '') as { published?: string | Date; authors?: string[]; topics?: string[] } | null;
      if (!data?.published) continue;
      briefs.push({ slug, locale, published: new Date(data.published), authors: data.authors ?? [], topics: data.topics ?? [] });
    }
  }
  return briefs;
}
