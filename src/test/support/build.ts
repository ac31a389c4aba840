import { spawn } from 'node:child_process';
import { ASTRO_BIN, ROOT, TEST_SITE_URL } from './paths';

export interface BuildResult {
  code: number | null;
  output: string;
}

/**
 * Runs `astro build` in a child process, with `env` added (CONTENT_DIR,
 * OUT_DIR, CACHE_DIR point it at a fixture library), and collects all output.
 * `SITE_URL` is `TEST_SITE_URL` unless `env` gives one; `undefined` unsets it.
 */
export function astroBuild(env: Record<string, string | undefined> = {}): Promise<BuildResult> {
  const childEnv: Record<string, string | undefined> = { ...process.env, SITE_URL: TEST_SITE_URL, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', ...env };
  for (const [name, value] of Object.entries(childEnv)) if (value === undefined) delete childEnv[name];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [ASTRO_BIN, 'build'], {
      cwd: ROOT,
      env: childEnv,
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}
