/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    include: ['src/**/*.test.ts'],
    reporters: ['default', './src/test/support/summary-reporter.ts'],
    // Builds the site once into dist/ for the built-site and browser tests.
    globalSetup: ['src/test/support/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // Two cores: browser tests and fixture builds each want one.
    maxWorkers: 2,
  },
});
