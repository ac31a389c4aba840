import type { Browser, BrowserContext, Page, Response } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { launchChromium } from './browser';
import { DIST } from './paths';
import { serveStatic, type StaticServer } from './serve';

export interface OpenOptions {
  width?: number;
  /** Viewport height in CSS pixels; 900 unless told. */
  height?: number;
  /** Browser zoom: 2 for 200%, which divides the CSS viewport by 2 as zooming in does (pixels per CSS pixel doubled). */
  zoom?: number;
  /** The reader's default font size in pixels (the browser setting), before the page loads. */
  defaultFontSize?: number;
  /** A phone's touch screen: touch events, no hover, a coarse pointer. */
  touch?: boolean;
  colorScheme?: 'light' | 'dark';
  javaScript?: boolean;
  /** Installs Playwright's clock before the page loads, so a test can move the page's time on (`page.clock`). */
  clock?: boolean;
}

/**
 * Sets up a browser test file: serves the built site, starts Chromium once,
 * gives each test a fresh context, and fails a test whose page logged to the
 * console or threw (the console must stay empty). `root` names the folder
 * to serve once the file's earlier `beforeAll` hooks have run (a fixture
 * build); the default is the real site. With `gzip`, text is served
 * compressed, as a production host sends it (`serveStatic`).
 */
export function useBrowser(root: () => string = () => DIST, { gzip = false }: { gzip?: boolean } = {}) {
  let server: StaticServer;
  let browser: Browser;
  let context: BrowserContext | undefined;
  let messages: string[] = [];
  let onMessage = () => {};
  const record = (message: string) => {
    messages.push(message);
    onMessage();
  };

  beforeAll(async () => {
    server = await serveStatic(root(), { gzip });
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  afterEach(async () => {
    await context?.close();
    context = undefined;
    const seen = messages;
    messages = [];
    expect(seen).toEqual([]);
  });

  return {
    origin: () => server.origin,
    /** Opens `path` in a fresh context; resolves to the page and the document's response. */
    async open(path: string, options: OpenOptions = {}): Promise<{ page: Page; response: Response | null; context: BrowserContext }> {
      await context?.close();
      const zoom = options.zoom ?? 1;
      context = await browser.newContext({
        viewport: { width: Math.round((options.width ?? 1280) / zoom), height: Math.round((options.height ?? 900) / zoom) },
        deviceScaleFactor: zoom,
        colorScheme: options.colorScheme ?? 'light',
        javaScriptEnabled: options.javaScript ?? true,
        ...(options.touch ? { hasTouch: true, isMobile: true } : {}),
      });
      // Playwright waits 30 s for a page or a state by default; a shared machine can take longer. The test's own limit still applies.
      context.setDefaultTimeout(120_000);
      if (options.clock) await context.clock.install();
      const page = await context.newPage();
      if (options.defaultFontSize) {
        const cdp = await context.newCDPSession(page);
        await cdp.send('Page.enable');
        await cdp.send('Page.setFontSizes', { fontSizes: { standard: options.defaultFontSize } });
      }
      page.on('console', (message) => record(`${message.type()}: ${message.text()}`));
      page.on('pageerror', (error) => record(`pageerror: ${error.message}`));
      const response = await page.goto(server.origin + path);
      return { page, response, context };
    },
    /** Drops the console messages matching `pattern`: for errors a test provokes on purpose. */
    forget(pattern: RegExp) {
      messages = messages.filter((m) => !pattern.test(m));
    },
    /** Resolves once a console message matching each of `patterns` has been logged (the errors a test provokes arrive late). */
    async messagesLogged(...patterns: RegExp[]): Promise<void> {
      const all = () => patterns.every((pattern) => messages.some((m) => pattern.test(m)));
      while (!all()) await new Promise<void>((resolve) => (onMessage = resolve));
      onMessage = () => {};
    },
  };
}
