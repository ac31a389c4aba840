import { spawn } from 'node:child_process';
import { ASTRO_BIN, ROOT, TEST_SITE_URL } from './paths';

export interface BuildResult {
  code: number | null;
  output: string;
}

/** The public address every test build is given; tests build absolute URLs from it. */
export { TEST_SITE_URL };

/**
 * Settings a build reads from the environment (README, "Setting"). A test
 * build never inherits them from the shell that runs the tests: each gets
 * these defaults (the real library, the test address, Astro's output and
 * cache folders, the default part size) unless the test names its own.
 */
const BUILD_SETTINGS = ['SITE_URL', 'CONTENT_DIR', 'OUT_DIR', 'CACHE_DIR', 'SEARCH_PART_SIZE'] as const;
type BuildSetting = (typeof BUILD_SETTINGS)[number];

/**
 * The environment of a test build: the shell's, without its build settings, then the test's
 * defaults, then `env`; a setting `env` gives as `undefined` is left unset (a build without `SITE_URL`).
 */
export function buildEnvironment(env: Partial<Record<BuildSetting, string | undefined>> & Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !(BUILD_SETTINGS as readonly string[]).includes(name)));
  const merged: NodeJS.ProcessEnv = { ...inherited, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', SITE_URL: TEST_SITE_URL, CONTENT_DIR: 'content', ...env };
  for (const [name, value] of Object.entries(merged)) if (value === undefined) delete merged[name];
  return merged;
}

/**
 * Runs `astro build` in a child process, with `env` added (CONTENT_DIR,
 * OUT_DIR, CACHE_DIR point it at a fixture library), and collects all output.
 * `SITE_URL` is `TEST_SITE_URL` unless `env` gives one; `undefined` unsets it.
 */
export function astroBuild(env: Record<string, string | undefined> = {}): Promise<BuildResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [ASTRO_BIN, 'build'], { cwd: ROOT, env: buildEnvironment(env) });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}
