import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM, missingForBrowserTests, requirementsMessage } from './requirements.ts';

export { CHROMIUM };

/** Flags that keep Chromium headless, sandbox-free as root, and off the network. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Starts Debian's Chromium with a fresh, temporary profile.
 * @throws naming what is missing (Chromium, the fonts) and the command that installs it.
 */
export async function launchChromium(): Promise<Browser> {
  const missing = missingForBrowserTests();
  if (missing.length > 0) throw new Error(requirementsMessage(missing));
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
}
