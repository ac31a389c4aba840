import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bodyFolder, hasBody, pruneBodies, readBodyBlocks, readBodyHtml, readOutline, writeBody } from './body-store';

let folder: string;
beforeEach(async () => {
  folder = bodyFolder(await mkdtemp(join(tmpdir(), 'bodies-')), 'briefs');
});
afterEach(async () => {
  await rm(join(folder, '../..'), { recursive: true, force: true });
});

const heading = { depth: 2, slug: 'one', text: 'One' };

describe('the body store', () => {
  it('files a rendered body with its outline under its key', async () => {
    const html = '<h2 id="one">One</h2><p id="p1">a</p><p id="p2">b</p><p>c</p>';
    await writeBody(folder, 'k1', { html, headings: [heading], blocks: ['<h2>One</h2>', '<p>a</p>'], paragraphs: 2, words: 4, version: 'v1', links: [{ href: '/briefs/x/', line: 3 }] });
    expect(hasBody(folder, 'k1')).toBe(true);
    expect(await readBodyHtml(folder, 'k1')).toBe(html);
    expect(await readBodyBlocks(folder, 'k1')).toEqual(['<h2>One</h2>', '<p>a</p>']);
    expect(await readOutline(folder, 'k1')).toEqual({ headings: [heading], paragraphs: 2, sectionParagraphs: [0, 1], words: 4, version: 'v1', links: [{ href: '/briefs/x/', line: 3 }] });
  });

  it('files why a body failed, without HTML', async () => {
    await writeBody(folder, 'bad', { error: 'x/en.md:4 → body: unsafe raw HTML' });
    expect(await readOutline(folder, 'bad')).toEqual({ error: 'x/en.md:4 → body: unsafe raw HTML' });
    await expect(readBodyHtml(folder, 'bad')).rejects.toThrow(/ENOENT/);
  });

  it('knows no body for a key never filed', async () => {
    expect(hasBody(folder, 'nope')).toBe(false);
    expect(await readOutline(folder, 'nope')).toBeUndefined();
  });

  it('prunes the bodies of keys no longer in use and keeps the rest', async () => {
    const body = (text: string) => ({ html: `<p id="p1">${text}</p>`, headings: [], blocks: [`<p>${text}</p>`], paragraphs: 1, words: 1, version: text, links: [] });
    await writeBody(folder, 'old', body('old'));
    await writeBody(folder, 'new', body('new'));
    await pruneBodies(folder, new Set(['new']));
    expect((await readdir(folder)).sort()).toEqual(['new.blocks.json', 'new.html', 'new.json']);
  });

  it('prunes a folder that does not exist yet without failing', async () => {
    await expect(pruneBodies(join(folder, 'missing'), new Set())).resolves.toBeUndefined();
  });
});
