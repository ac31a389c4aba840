import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const FIXTURE = fileURLToPath(new URL('../fixtures/reporter/', import.meta.url));
const VITEST = fileURLToPath(new URL('../../../node_modules/vitest/vitest.mjs', import.meta.url));

/** Runs Vitest on the reporter fixture; resolves to its exit code and the last line it printed on stdout (the summary). */
function subRun(env: Record<string, string> = {}): Promise<{ code: number | null; line: string; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [VITEST, 'run', '--config', 'vitest.config.ts'], {
      cwd: FIXTURE,
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ...env },
    });
    let stdout = '';
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => ((stdout += chunk.toString()), (output += chunk.toString())));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output, line: stdout.trim().split('\n').at(-1) ?? '' }));
  });
}

describe('the summary line', () => {
  it('counts tests behind a failed beforeAll, and a file that did not load, as failed', async () => {
    // results: 1 passed, 1 failed, a skip and a todo; hook: 2 blocked by their
    // suite's beforeAll, 1 skipped on purpose, 1 passed beside them;
    // module-hook: 1 blocked by the file's beforeAll; broken: does not load.
    const { code, line, output } = await subRun();
    expect(code, output).toBe(1);
    expect(line, output).toBe('2 passed, 5 failed, 3 skipped');
  });

  it('says a run whose global setup failed has failed', async () => {
    const { code, line, output } = await subRun({ FAIL_GLOBAL_SETUP: '1' });
    expect(code, output).toBe(1);
    expect(line, output).toMatch(/^0 passed, [1-9]\d* failed, 0 skipped$/);
  });
});
