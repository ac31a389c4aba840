/**
 * `npm run import -- [--content DIR] [--url URL] [--slug SLUG] [--dry-run] [--force] FILE...`
 *
 * Imports pages saved from the publisher's site (the crawler's Markdown) into
 * the content library: see README "Adding a brief". `--url` and `--slug`
 * belong to the FILE after them (with a single FILE, wherever they stand).
 * Exit status: 0 done, 1 a page or the library could not be imported
 * (nothing written), 2 a usage mistake.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { commitFiles } from './commit.ts';
import { LibraryView } from './library.ts';
import { PageError, parsePage } from './page.ts';
import { ImportError, planImport, type PageRequest } from './plan.ts';
import { formatReport } from './report.ts';

const USAGE = 'usage: npm run import -- [--content DIR] [--url URL] [--slug SLUG] [--dry-run] [--force] FILE...';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

interface FileArgument {
  file: string;
  url?: string | undefined;
  slug?: string | undefined;
}

/** Reads the command line: global flags, and each FILE with the --url/--slug given before it. */
export function parseCommandLine(args: readonly string[]): { content: string; dryRun: boolean; force: boolean; files: FileArgument[] } {
  const { tokens } = parseArgs({
    args: [...args],
    allowPositionals: true,
    tokens: true,
    strict: true,
    options: {
      content: { type: 'string' },
      url: { type: 'string', multiple: true },
      slug: { type: 'string', multiple: true },
      'dry-run': { type: 'boolean' },
      force: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  let content = 'content';
  let dryRun = false;
  let force = false;
  const files: FileArgument[] = [];
  let pending: { url?: string; slug?: string } = {};
  for (const token of tokens) {
    if (token.kind === 'positional') {
      files.push({ file: token.value, ...pending });
      pending = {};
    } else if (token.kind === 'option') {
      if (token.name === 'help') throw new UsageError(USAGE);
      if (token.name === 'content') content = token.value!;
      else if (token.name === 'dry-run') dryRun = true;
      else if (token.name === 'force') force = true;
      else if (token.name === 'url' || token.name === 'slug') {
        if (pending[token.name] !== undefined) throw new UsageError(`--${token.name} given twice before one FILE`);
        pending[token.name] = token.value!;
      }
    }
  }
  if (files.length === 0) throw new UsageError(`no FILE given\n${USAGE}`);
  if (pending.url !== undefined || pending.slug !== undefined) {
    if (files.length > 1) throw new UsageError('--url and --slug go before the FILE they are about');
    const last = files[0]!;
    if ((pending.url !== undefined && last.url !== undefined) || (pending.slug !== undefined && last.slug !== undefined)) {
      throw new UsageError('--url or --slug given twice for one FILE');
    }
    files[0] = { ...last, ...Object.fromEntries(Object.entries(pending).filter(([, v]) => v !== undefined)) };
  }
  return { content, dryRun, force, files };
}

class UsageError extends Error {}

/** Runs the import; returns what to print and the exit status instead of exiting (for tests). */
export async function runImport(args: readonly string[], cwd = process.cwd()): Promise<CliResult> {
  let command: ReturnType<typeof parseCommandLine>;
  try {
    command = parseCommandLine(args);
  } catch (error) {
    return { code: 2, stdout: '', stderr: `${(error as Error).message}\n` };
  }
  const contentDir = resolve(cwd, command.content);
  try {
    const requests: PageRequest[] = [];
    for (const argument of command.files) {
      const path = resolve(cwd, argument.file);
      let text: string;
      try {
        text = await readFile(path, 'utf8');
      } catch (error) {
        throw new ImportError(`${argument.file}: expected a readable page file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
      }
      requests.push({ page: parsePage(text, argument.file), url: argument.url, slug: argument.slug });
    }
    const plan = planImport(requests, new LibraryView(contentDir), { force: command.force });
    if (!command.dryRun && plan.writes.size) {
      try {
        await commitFiles(contentDir, new Map([...plan.writes].map(([path, { content }]) => [path, content])));
      } catch (error) {
        throw new ImportError(`${command.content}: could not write the library's files (${(error as Error).message})`);
      }
    }
    return { code: 0, stdout: formatReport(plan, { contentDir: command.content.replace(/\/+$/, ''), dryRun: command.dryRun }), stderr: '' };
  } catch (error) {
    if (error instanceof PageError || error instanceof ImportError) {
      return { code: 1, stdout: '', stderr: `import failed, nothing written:\n  ${error.message}\n` };
    }
    throw error;
  }
}

if (import.meta.main) {
  // npm runs scripts from the package root; INIT_CWD is where the editor typed the command, which FILE and --content are relative to.
  const result = await runImport(process.argv.slice(2), process.env['INIT_CWD'] ?? process.cwd());
  process.stdout.write(result.stdout);
  process.stderr.write(result.stderr);
  process.exitCode = result.code;
}
