import { spawn } from 'node:child_process';
import { ASTRO_BIN, ROOT } from './paths';

export interface BuildResult {
  code: number | null;
  output: string;
}

/**
 * Runs `astro build` in a child process, with `env` added (CONTENT_DIR,
 * OUT_DIR, CACHE_DIR point it at a fixture library), and collects all output.
 */
export function astroBuild(env: Record<string, string> = {}): Promise<BuildResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [ASTRO_BIN, 'build'], {
      cwd: ROOT,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', ...env },
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}
