import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GENERATED_DIR } from '../../integrations/arabic-font/index';
import { CORE_RANGES, formatUnicodeRange } from '../../integrations/arabic-font/subsets';
import { ROOT } from '../support/paths';
import { useBrowser } from '../support/session';

const AR_BRIEF = '/ar/briefs/iraq-us-strategic-dialogue/';
const require = createRequire(import.meta.url);
const browser = useBrowser();

describe('the Arabic font', () => {
  it('preloads only the core subset, one file for both weights, which covers every Arabic letter of the brief, and fetches no other font file', async () => {
    const { page } = await open();
    await page.evaluate(() => document.fonts.ready);
    const fonts = await page.evaluate(() => performance.getEntriesByType('resource').map((r) => new URL(r.name).pathname).filter((p) => p.endsWith('.woff2')));
    expect(fonts.map((p) => p.replace(/\.[\w-]+\.woff2$/, ''))).toEqual(['/_astro/noto-naskh-arabic-core']);
    // Every Arabic character on the page is set in Noto Naskh Arabic, not in the fallback.
    const missing = await page.evaluate(() => {
      const text = document.body.innerText;
      return [...new Set(text.match(/[\u0600-\u06FF]/g) ?? [])].filter((c) => !document.fonts.check(`16px "Noto Naskh Arabic"`, c));
    });
    expect(missing).toEqual([]);
  });

  it('shapes the brief as the whole font does, in both weights: the subset draws its text pixel for pixel alike, tashkeel included', async () => {
    const { page } = await open();
    const text = await page.locator('.prose p').first().innerText();
    const whole = readFileSync(require.resolve('@fontsource-variable/noto-naskh-arabic/files/noto-naskh-arabic-arabic-wght-normal.woff2')).toString('base64');
    const core = readFileSync(join(ROOT, GENERATED_DIR, 'noto-naskh-arabic-core.woff2')).toString('base64');
    // Both faces cover the core range only, as on the page: spaces and Latin come from the same fallback in both drawings.
    const unicodeRange = formatUnicodeRange(CORE_RANGES);
    const drawings = await page.evaluate(
      async ({ text, fonts, unicodeRange }) => {
        const draw = async (name: string, base64: string) => {
          const face = new FontFace(name, Uint8Array.from(atob(base64), (c) => c.charCodeAt(0)), { unicodeRange, weight: '400 700' });
          document.fonts.add(await face.load());
          return [400, 700].map((weight) => {
            const canvas = document.createElement('canvas');
            [canvas.width, canvas.height] = [1600, 60];
            const context = canvas.getContext('2d')!;
            context.font = `${weight} 28px "${name}"`;
            context.direction = 'rtl';
            context.fillText(`${text.slice(0, 60)} بِسْمِ الْعِرَاقِ`, 1590, 40);
            return { width: context.measureText(text).width, pixels: canvas.toDataURL() };
          });
        };
        return { whole: await draw('whole', fonts.whole), core: await draw('core', fonts.core) };
      },
      { text, fonts: { whole, core }, unicodeRange },
    );
    const [regular, bold] = drawings.core;
    expect(regular!.width).toBeGreaterThan(0);
    // The bold is the font's own (its weight axis at 700), wider than the regular, never the regular drawn again.
    expect(bold!.width).toBeGreaterThan(regular!.width * 1.02);
    expect(drawings.core.map((d) => d.width)).toEqual(drawings.whole.map((d) => d.width));
    expect(drawings.core.map((d, i) => d.pixels === drawings.whole[i]!.pixels)).toEqual([true, true]);
  });

  it('sets the page’s bold Arabic in the font’s bold: a heading is wider in 700 than in 400', async () => {
    const { page } = await open();
    await page.evaluate(() => document.fonts.ready);
    const widths = await page.evaluate(() => {
      const heading = document.querySelector('h1')!;
      const width = (weight: string) => {
        const probe = heading.cloneNode(true) as HTMLElement;
        probe.style.cssText = `font-weight: ${weight}; display: inline-block; position: absolute; white-space: nowrap`;
        heading.after(probe);
        const w = probe.getBoundingClientRect().width;
        probe.remove();
        return w;
      };
      return { weight: getComputedStyle(heading).fontWeight, regular: width('400'), bold: width('700') };
    });
    expect(widths.weight).toBe('700');
    expect(widths.bold).toBeGreaterThan(widths.regular * 1.02);
  });

  it('leaves Arabic in the fallback, on the lines the font would use, when the font cannot load', async () => {
    const withFont = await lineTops();
    const withoutFont = await lineTops({ blockFonts: true });
    expect(withoutFont.family).not.toBe('Noto Naskh Arabic');
    // The fallback takes the font's line metrics: a line is as tall, and its text sits as high, as in the font.
    expect(withoutFont.box).toEqual(withFont.box);
  });
});

/** Opens the Arabic brief on a phone; with `blockFonts`, reloads it with every font request failing. */
async function open(options: { blockFonts?: boolean } = {}) {
  const opened = await browser.open(AR_BRIEF, { width: 390 });
  if (options.blockFonts) {
    await opened.context.route('**/*.woff2', (route) => route.abort());
    await opened.page.reload();
    browser.forget(/Failed to load resource|ERR_FAILED/);
  }
  return opened;
}

/** Whether the web font loaded, and the height of a one-line Arabic box at `line-height: normal` (the font's ascent plus descent). */
async function lineTops(options: { blockFonts?: boolean } = {}) {
  const { page } = await open(options);
  await page.evaluate(() => document.fonts.ready);
  return page.evaluate(() => {
    const probe = document.createElement('span');
    probe.textContent = 'عراق';
    probe.style.cssText = 'font: 40px/normal var(--font-arabic); display: inline-block';
    document.body.append(probe);
    const loaded = [...document.fonts].some((f) => f.family.replace(/"/g, '') === 'Noto Naskh Arabic' && f.status === 'loaded');
    return { family: loaded ? 'Noto Naskh Arabic' : 'fallback', box: Math.round(probe.getBoundingClientRect().height) };
  });
}
