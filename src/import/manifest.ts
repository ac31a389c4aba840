/**
 * The import manifest, `<content>/imports.json`: for each brief edition the
 * import wrote, the import digest of the file as written (`importDigest`) and
 * the page's address. A later import overwrites a file only while its digest
 * still matches (nobody edited it since) or with `--force`; a file not in the
 * manifest was not written by an import and is left alone likewise. The
 * manifest has no dates, so importing the same page again changes nothing.
 */

export const MANIFEST_PATH = 'imports.json';

export interface ManifestEntry {
  /** `sha256:…` import digest of the file as the import last wrote it. */
  digest: string;
  /** The publisher page the file was imported from. */
  url: string;
}

export interface Manifest {
  files: Record<string, ManifestEntry>;
}

const NOTE =
  'Written by `npm run import`. Each brief edition it wrote, with the digest of what it wrote from the page (all but summary and topics). A file whose digest no longer matches was edited by hand and is not overwritten without --force.';

/**
 * Reads the manifest's text (undefined: no manifest yet).
 * @throws Error naming the file when it is not a manifest.
 */
export function readManifest(text: string | undefined, path: string): Manifest {
  if (text === undefined) return { files: {} };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new Error(`${path}: expected the import manifest as JSON (${(error as Error).message})`);
  }
  const files = (value as { files?: unknown } | null)?.files;
  if (files === null || typeof files !== 'object' || Array.isArray(files)) throw new Error(`${path}: expected an object with "files"`);
  for (const [file, entry] of Object.entries(files as Record<string, unknown>)) {
    const { digest, url } = (entry ?? {}) as Partial<ManifestEntry>;
    if (typeof digest !== 'string' || typeof url !== 'string') throw new Error(`${path} → files["${file}"]: expected "digest" and "url" strings`);
  }
  return { files: files as Record<string, ManifestEntry> };
}

/** The manifest's text: entries sorted by path, so the file changes only when an entry does. */
export function renderManifest(manifest: Manifest): string {
  const files = Object.fromEntries(Object.entries(manifest.files).sort(([a], [b]) => (a < b ? -1 : 1)));
  return `${JSON.stringify({ note: NOTE, files }, null, 2)}\n`;
}
