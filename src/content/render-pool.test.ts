import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../test/support/paths';
import { BODY_RENDER_ENTRY, bundleCode } from '../config/cache-keys';
import { createRenderPool, type RenderPool } from './render-pool';

let pool: RenderPool;
beforeAll(async () => {
  pool = await createRenderPool(ROOT, (await bundleCode(ROOT, BODY_RENDER_ENTRY)).code, { shared: { syntaxHighlight: false } }, 2);
});
afterAll(async () => {
  await pool.close();
});

const brief = (locale: string) => `${ROOT}content/briefs/pool-test/${locale}.md`;

// The first requests wait for two workers to start and load the pipeline: seconds on a busy machine.
describe('the render pool', { timeout: 30_000 }, () => {
  it('renders each body with the site pipeline and answers each request with its own body', async () => {
    const bodies = Array.from({ length: 8 }, (_, i) => `Paragraph ${i} about the PMF.\n\n## Section ${i}\n\nMore.`);
    const rendered = await Promise.all(bodies.map((body) => pool.render(body, brief('en'))));
    rendered.forEach((result, i) => {
      if ('error' in result) throw new Error(result.error);
      expect(result.html).toContain(`<p id="p1">Paragraph ${i} about the <abbr`);
      expect(result.headings).toEqual([{ depth: 2, slug: `section-${i}`, text: `Section ${i}` }]);
      expect(result.blocks[1]).toBe(`<h2>Section ${i}</h2>`);
      expect(result.words).toBe(8);
    });
  });

  it('reads the edition’s language from the file name', async () => {
    const result = await pool.render('PMF 120,000 مقاتل.', brief('ar'));
    expect('html' in result && result.html).toMatch(/<bdi[^>]*>PMF/);
  });

  it('returns why a body cannot be rendered, naming the file, and keeps working', async () => {
    const failed = await pool.render('Text.\n\n<script>alert(1)</script>', brief('en'));
    expect(failed).toEqual({ error: expect.stringMatching(/pool-test\/en\.md:3 → body: unsafe raw HTML \(<script> element\)/) });
    expect(await pool.render('Still here.', brief('en'))).toMatchObject({ words: 2 });
  });
});
