import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { connect, createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { hasBrotliStatic, NGINX } from './ensure-nginx.ts';
import { renderNginxConf } from './nginx.ts';

export interface RunningNginx {
  origin: string;
  /** Whether this nginx serves the `.br` files. */
  brotli: boolean;
  /** The configuration it runs. */
  config: string;
  process: ChildProcess;
  /** Stops nginx and removes its folder. */
  close(): Promise<void>;
}

/** A free TCP port on loopback, as the system hands one out. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  await new Promise((done) => server.close(done));
  return port;
}

/** Resolves once `port` accepts connections, or rejects when `child` exits first. */
function listening(port: number, child: ChildProcess, output: () => string): Promise<void> {
  return new Promise((done, fail) => {
    const onExit = (code: number | null) => fail(new Error(`nginx exited (${code}) before it listened on ${port}:\n${output()}`));
    child.once('exit', onExit);
    const attempt = () => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.destroy();
        child.off('exit', onExit);
        done();
      });
      // Not yet listening: try again on the next turn of the event loop.
      socket.once('error', () => setImmediate(attempt));
    };
    attempt();
  });
}

/**
 * Runs Debian's nginx in the foreground with `renderNginxConf` (the
 * configuration shipped in `deploy/nginx.conf`, on a loopback port and the
 * given `root`), with a temporary folder for its pid and temporary files.
 * Port 0 picks a free one.
 */
export async function startNginx({ root, port = 0, stdio = 'pipe' }: { root: string; port?: number; stdio?: 'pipe' | 'inherit' }): Promise<RunningNginx> {
  const runDir = await mkdtemp(join(tmpdir(), 'site-nginx-'));
  const chosen = port || (await freePort());
  const brotli = hasBrotliStatic();
  const config = renderNginxConf({ listen: `127.0.0.1:${chosen}`, root: resolve(root), brotli, runDir });
  const file = join(runDir, 'nginx.conf');
  await writeFile(file, config);
  const child = spawn(NGINX, ['-e', 'stderr', '-c', file], { stdio: ['ignore', stdio, stdio] });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  try {
    await listening(chosen, child, () => output);
  } catch (error) {
    await rm(runDir, { recursive: true, force: true });
    throw error;
  }
  return {
    origin: `http://127.0.0.1:${chosen}`,
    brotli,
    config,
    process: child,
    async close() {
      if (child.exitCode === null) {
        const exited = new Promise((done) => child.once('exit', done));
        child.kill('SIGQUIT');
        await exited;
      }
      await rm(runDir, { recursive: true, force: true });
    },
  };
}
