import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Document, isSeq, parse } from 'yaml';

/**
 * The content library as an import run sees it: the files on disk, with the
 * files this run plans to write laid over them, so a later page of the same
 * run (an Arabic page after its English original) sees the earlier ones.
 * Nothing here writes to disk; `commit.ts` does, once every page is planned.
 */
export class LibraryView {
  readonly root: string;
  readonly planned = new Map<string, string>();

  constructor(root: string) {
    this.root = root;
  }

  /** A file's text as it is on disk, or undefined if there is none. */
  onDisk(path: string): string | undefined {
    try {
      return readFileSync(join(this.root, path), 'utf8');
    } catch (error) {
      // ENOTDIR: a file stands where a folder of the path would be; there is no such file either.
      if (['ENOENT', 'ENOTDIR'].includes((error as NodeJS.ErrnoException).code ?? '')) return undefined;
      throw error;
    }
  }

  /** A file's text as this run will leave it. */
  read(path: string): string | undefined {
    return this.planned.get(path) ?? this.onDisk(path);
  }

  plan(path: string, content: string): void {
    this.planned.set(path, content);
  }

  /** The slugs of the briefs on disk and planned. */
  briefSlugs(): string[] {
    let onDisk: string[] = [];
    try {
      onDisk = readdirSync(join(this.root, 'briefs'), { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    const planned = [...this.planned.keys()].flatMap((path) => /^briefs\/([^/]+)\//.exec(path)?.[1] ?? []);
    return [...new Set([...onDisk, ...planned])].sort();
  }
}

/** A Markdown file's front matter (YAML 1.2: dates stay `YYYY-MM-DD` strings) and body. */
export interface MarkdownFile {
  data: Record<string, unknown>;
  body: string;
}

/** Splits a content file into front matter and body; undefined if it has no readable front matter. */
export function readMarkdownFile(text: string): MarkdownFile | undefined {
  const match = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)([\s\S]*)$/.exec(text);
  if (!match) return undefined;
  try {
    const data: unknown = parse(match[1]!);
    if (data === null || typeof data !== 'object' || Array.isArray(data)) return undefined;
    return { data: data as Record<string, unknown>, body: match[2]!.replace(/^\s*\n/, '') };
  } catch {
    return undefined;
  }
}

/**
 * Writes a content file: YAML front matter in the key order given (author and
 * topic lists on one line, as editors write them), a blank line, the body.
 */
export function renderMarkdownFile(data: Record<string, unknown>, body: string): string {
  const doc = new Document(Object.fromEntries(Object.entries(data).filter(([, value]) => value !== undefined)));
  for (const key of ['authors', 'topics']) {
    const node = doc.get(key, true);
    if (isSeq(node)) node.flow = true;
  }
  const text = body.trim();
  return `---\n${doc.toString({ lineWidth: 0, flowCollectionPadding: false })}---\n${text ? `\n${text}\n` : ''}`;
}

/** Fields of a brief that are the editor's, not the page's: the import fills them once and then keeps them. */
export const EDITOR_FIELDS = ['summary', 'topics'] as const;

const canonical = (value: unknown): unknown =>
  Array.isArray(value)
    ? value.map(canonical)
    : value !== null && typeof value === 'object'
      ? Object.fromEntries(
          Object.entries(value)
            .sort(([a], [b]) => (a < b ? -1 : 1))
            .map(([k, v]) => [k, canonical(v)]),
        )
      : value;

/**
 * The import digest of a brief edition: SHA-256 over what the import writes
 * from the page (every front-matter field but the editor's, and the body),
 * independent of YAML layout. An editor may set `summary` and `topics`
 * without the file counting as edited; any other change makes its digest
 * differ from the one recorded at import.
 */
export function importDigest(file: MarkdownFile): string {
  const data = Object.fromEntries(Object.entries(file.data).filter(([key]) => !(EDITOR_FIELDS as readonly string[]).includes(key)));
  const text = JSON.stringify(canonical({ data, body: file.body.trim() }));
  return `sha256:${createHash('sha256').update(text).digest('hex')}`;
}
