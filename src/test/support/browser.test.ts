import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
  delete process.env['CHROMIUM_PATH'];
  vi.resetModules();
});

describe('launchChromium', () => {
  it('fails with what is missing and the command that installs it when there is no Chromium', async () => {
    process.env['CHROMIUM_PATH'] = '/nowhere/chromium';
    vi.resetModules();
    const { launchChromium } = await import('./browser');
    await expect(launchChromium()).rejects.toThrow(
      'Browser tests need Chromium at /nowhere/chromium.\n' +
        'Run `npm test` as root on Debian (it installs them), or install them with: sudo apt-get install --no-install-recommends chromium fonts-dejavu-core fonts-dejavu-extra',
    );
  });
});
