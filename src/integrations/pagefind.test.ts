import type { AstroIntegrationLogger } from 'astro';
import { describe, expect, it, vi } from 'vitest';
import pagefind, { type PagefindApi } from './pagefind';

function fakeApi(overrides: { create?: string[]; add?: string[]; pages?: number; write?: string[] } = {}) {
  const index = {
    addDirectory: vi.fn(async () => ({ errors: overrides.add ?? [], page_count: overrides.pages ?? 4 })),
    writeFiles: vi.fn(async ({ outputPath }: { outputPath: string }) => ({ errors: overrides.write ?? [], outputPath })),
  };
  const api = {
    createIndex: vi.fn(async () => ({ errors: overrides.create ?? [], index })),
    close: vi.fn(async () => null),
  };
  return { api: api as unknown as PagefindApi & typeof api, index };
}

const logger = { info: vi.fn(), warn: vi.fn(), error: vi.fn() } as unknown as AstroIntegrationLogger;

async function runHook(api: PagefindApi) {
  const hook = pagefind({ glob: 'briefs/*/index.html', api }).hooks['astro:build:done'] as (options: unknown) => Promise<void>;
  await hook({ dir: new URL('file:///site/dist/'), logger });
}

describe('the Pagefind integration', () => {
  it('indexes the files matching its glob in the output folder and writes the bundle into it', async () => {
    const { api, index } = fakeApi();
    await runHook(api);
    expect(index.addDirectory).toHaveBeenCalledWith({ path: '/site/dist/', glob: 'briefs/*/index.html' });
    expect(index.writeFiles).toHaveBeenCalledWith({ outputPath: '/site/dist/pagefind' });
    expect(api.close).toHaveBeenCalledOnce();
  });

  it.each([
    ['createIndex', { create: ['bad config'] }, /createIndex failed:\n {2}bad config/],
    ['addDirectory', { add: ['unreadable file'] }, /addDirectory failed:\n {2}unreadable file/],
    ['addDirectory', { pages: 0 }, /no pages were indexed \(does any file matching briefs\/\*\/index\.html carry/],
    ['writeFiles', { write: ['disk full'] }, /writeFiles failed:\n {2}disk full/],
  ])('fails the build when %s reports an error, and still closes Pagefind', async (_, overrides, message) => {
    const { api } = fakeApi(overrides);
    await expect(runHook(api)).rejects.toThrow(message);
    expect(api.close).toHaveBeenCalledOnce();
  });

  it('keeps the original error as the cause', async () => {
    const { api } = fakeApi();
    const failure = new Error('service crashed');
    api.createIndex.mockRejectedValueOnce(failure);
    const error = await runHook(api).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).cause).toBe(failure);
  });
});
