import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/**
 * Writes a run's files all or none: each is first written beside its target
 * under a temporary name; only when every one is written are they renamed
 * into place (a rename within a folder replaces the target at once). If any
 * write fails, the temporary files and the folders made for them are removed
 * and the library is as it was.
 * @param files text by path inside `root`
 */
export async function commitFiles(root: string, files: ReadonlyMap<string, string>): Promise<void> {
  const staged: [string, string][] = [];
  const madeDirs: string[] = [];
  try {
    for (const [path, content] of files) {
      const target = join(root, path);
      const made = await mkdir(dirname(target), { recursive: true });
      if (made !== undefined) madeDirs.push(made);
      const temp = `${target}.import-${process.pid}.tmp`;
      staged.push([temp, target]);
      await writeFile(temp, content, { flag: 'wx' });
    }
  } catch (error) {
    await Promise.all(staged.map(([temp]) => rm(temp, { force: true })));
    for (const dir of madeDirs.reverse()) await rm(dir, { recursive: true, force: true });
    throw error;
  }
  for (const [temp, target] of staged) await rename(temp, target);
}
