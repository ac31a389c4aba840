// `npm run serve:nginx`: serves the built site (dist/, or OUT_DIR) through
// the configuration of deploy/nginx.conf at http://127.0.0.1:${PORT:-8080}/,
// in the foreground, until Ctrl+C.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ensureNginx } from './ensure-nginx.ts';
import { startNginx } from './nginx-process.ts';

const root = resolve(process.env['OUT_DIR'] ?? 'dist');
const port = Number(process.env['PORT'] ?? 8080);
if (!Number.isInteger(port) || port < 1 || port > 65535) {
  console.error(`PORT=${process.env['PORT']} is not a port number (1-65535).`);
  process.exit(1);
}
if (!existsSync(join(root, 'index.html'))) {
  console.error(`${root} holds no built site: run \`npm run build:local\` (or \`SITE_URL=… npm run build\`) first.`);
  process.exit(1);
}
const problem = ensureNginx();
if (problem) {
  console.error(problem);
  process.exit(1);
}
const nginx = await startNginx({ root, port, stdio: 'inherit' });
console.log(`Serving ${root} through nginx at ${nginx.origin}/ (${nginx.brotli ? 'brotli and gzip' : 'gzip only: no brotli_static module'}). Ctrl+C stops it.`);
const stop = () => void nginx.close().then(() => process.exit(0));
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
nginx.process.once('exit', (code) => process.exit(code ?? 1));
