/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

/**
 * Three projects, run together by `npm test`:
 * - `unit`: pure functions and plugins beside their code, and the test support's own
 *   tests; no build, runs in seconds
 *   (`npx vitest --project unit`).
 * - `site`: the built site in dist/ (built once by the global setup) and fixture builds.
 * - `browser`: the built site in Debian's Chromium.
 */
const built = {
  // Builds the site once into dist/ for the built-site and browser tests.
  globalSetup: ['src/test/support/global-setup.ts'],
  // A fixture build takes about 10 s on an idle 2-core machine and minutes when the machine is
  // shared; a browser test, seconds. The limits are for hangs, not for a busy machine.
  testTimeout: 180_000,
  // beforeAll hooks build fixture libraries (45 synthetic briefs for pagination).
  hookTimeout: 600_000,
};

export default getViteConfig({
  test: {
    reporters: ['default', './src/test/support/summary-reporter.ts'],
    // Two cores: browser tests and fixture builds each want one.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        // Some unit tests start worker threads or a small Vitest run: seconds alone, many times that on a loaded machine.
        test: { name: 'unit', include: ['src/**/*.test.ts'], exclude: ['src/test/{site,browser,fixtures}/**'], testTimeout: 60_000 },
      },
      { extends: true, test: { name: 'site', include: ['src/test/site/**/*.test.ts'], ...built } },
      { extends: true, test: { name: 'browser', include: ['src/test/browser/**/*.test.ts'], ...built } },
    ],
  },
});
