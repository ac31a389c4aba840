import { existsSync } from 'node:fs';

/**
 * What the browser tests need on the machine, in one place for the
 * installer (`src/test/ensure-chromium.mjs`, run by `npm test`) and for the
 * tests themselves (`browser.ts`), so `npx vitest` fails as clearly as
 * `npm test` when something is missing.
 */

/** Debian's Chromium, or the binary `CHROMIUM_PATH` names. */
export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/**
 * The fonts the layout tests were measured with: the site's Latin and UI
 * text falls back to the system's serif and sans-serif (DejaVu on Debian),
 * regular, bold and italic, and Arabic shows in DejaVu Sans until the site's
 * Noto Naskh Arabic arrives. Other fonts change line breaks and heights the
 * tests measure (`chromium`'s recommended fonts-liberation would replace
 * Arial's metrics), so Chromium is installed without its recommends.
 */
export const FONT_PACKAGES = ['fonts-dejavu-core', 'fonts-dejavu-extra'];
const FONT_FOLDER = '/usr/share/fonts/truetype/dejavu';
export const FONT_FILES = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf', 'DejaVuSerif.ttf', 'DejaVuSerif-Bold.ttf', 'DejaVuSerif-Italic.ttf'].map((name) => `${FONT_FOLDER}/${name}`);

/** The command that installs everything, as root on Debian. */
export const INSTALL_COMMAND = `apt-get install --no-install-recommends chromium ${FONT_PACKAGES.join(' ')}`;

/** What is missing for the browser tests: Chromium, font files; empty when nothing is. */
export function missingForBrowserTests(): string[] {
  const missing = existsSync(CHROMIUM) ? [] : [`Chromium at ${CHROMIUM}`];
  if (!process.env['CHROMIUM_PATH']) missing.push(...FONT_FILES.filter((file) => !existsSync(file)).map((file) => `the font ${file}`));
  return missing;
}

/** The message for a machine that lacks something: what, and how to install it. */
export function requirementsMessage(missing: readonly string[]): string {
  return (
    `Browser tests need ${missing.join(', ')}.\n` +
    `Run \`npm test\` as root on Debian (it installs them), or install them with: sudo ${INSTALL_COMMAND}\n` +
    '(or set CHROMIUM_PATH to a Chromium binary; the layout tests expect the DejaVu fonts).'
  );
}
