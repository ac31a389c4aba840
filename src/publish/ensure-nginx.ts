// Makes sure Debian's nginx is present for `npm run serve:nginx` and the
// tests that serve the built site through deploy/nginx.conf: installs it
// (with the brotli_static module where Debian has it) with apt-get when
// running as root on Debian, otherwise says what to install. A no-op once
// nginx exists. Run as a script, or import `ensureNginx`.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { BROTLI_STATIC_MODULE } from './nginx.ts';

/** Debian's nginx binary; `NGINX_PATH` names another. */
export const NGINX = process.env['NGINX_PATH'] ?? '/usr/sbin/nginx';
const BROTLI_PACKAGE = 'libnginx-mod-http-brotli-static';

/** Whether nginx can serve the `.br` files: Debian's brotli_static module is installed. */
export const hasBrotliStatic = () => existsSync(BROTLI_STATIC_MODULE);

/** Installs what is missing where it can; returns an explanation where it cannot, else `undefined`. */
export function ensureNginx(): string | undefined {
  const missing = [...(existsSync(NGINX) ? [] : ['nginx']), ...(hasBrotliStatic() ? [] : [BROTLI_PACKAGE])];
  if (missing.length === 0) return undefined;
  const isRoot = process.getuid?.() === 0;
  const isDebian = existsSync('/etc/debian_version') && existsSync('/usr/bin/apt-get');
  if (!isRoot || !isDebian) {
    if (existsSync(NGINX)) return undefined; // brotli is optional: .gz files are served without it
    return `Serving the site through nginx needs Debian's nginx at ${NGINX}.\nInstall it with: sudo apt-get install nginx ${BROTLI_PACKAGE}  (or set NGINX_PATH to an nginx binary).`;
  }
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const available = (name: string) => {
    try {
      return /Candidate: (?!\(none\))/.test(execFileSync('apt-cache', ['policy', name], { env, encoding: 'utf8' }));
    } catch {
      return false;
    }
  };
  if (!missing.every(available)) execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  const install = missing.filter((name) => name === 'nginx' || available(name));
  if (install.length === 0) return undefined;
  console.log(`Installing Debian's ${install.join(' and ')} to serve the built site (apt-get install ${install.join(' ')})…`);
  // Debian's packages start the service unless policy-rc.d forbids it; these tests start their own.
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...install], { stdio: 'inherit', env });
  return existsSync(NGINX) ? undefined : `apt-get installed ${install.join(' ')}, but ${NGINX} is still missing.`;
}

if (import.meta.main) {
  const problem = ensureNginx();
  if (problem) {
    console.error(problem);
    process.exit(1);
  }
}
