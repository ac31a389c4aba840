// Makes sure the browser tests have what they need before they run: Debian's
// Chromium and the fonts the layout tests were measured with (see
// support/requirements.ts). Installs them with apt-get when running as root on
// Debian, otherwise says what to install. Runs on every `npm test`; a no-op
// once everything is there.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { FONT_PACKAGES, missingForBrowserTests, requirementsMessage } from './support/requirements.ts';

const missing = missingForBrowserTests();
if (missing.length > 0) {
  const isRoot = process.getuid?.() === 0;
  const isDebian = existsSync('/etc/debian_version') && existsSync('/usr/bin/apt-get');
  // A Chromium of one's own (CHROMIUM_PATH) is not Debian's to install.
  const ownChromium = process.env.CHROMIUM_PATH !== undefined && missing.some((what) => what.startsWith('Chromium'));
  if (!isRoot || !isDebian || ownChromium) {
    console.error(requirementsMessage(missing));
    process.exit(1);
  }
  const packages = ['chromium', ...FONT_PACKAGES];
  console.log(`Installing for the browser tests (missing: ${missing.join(', ')}): apt-get install --no-install-recommends ${packages.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], { stdio: 'inherit', env });
  const still = missingForBrowserTests();
  if (still.length > 0) {
    console.error(requirementsMessage(still));
    process.exit(1);
  }
}
