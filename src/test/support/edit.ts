import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** An editor's change to a copied content library, given its folder. */
export type Edit = (dir: string) => Promise<void>;

/**
 * Replaces `from` with `to` in `file` (a path inside the library).
 * @throws if the text to replace is not there, so a fixture change cannot
 *   silently stop applying.
 */
export const replaceIn =
  (file: string, from: string | RegExp, to: string): Edit =>
  async (dir) => {
    const path = join(dir, file);
    const text = await readFile(path, 'utf8');
    const next = text.replace(from, to);
    if (next === text) throw new Error(`fixture edit did not apply to ${file}`);
    await writeFile(path, next);
  };
