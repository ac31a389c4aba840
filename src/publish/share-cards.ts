// `npm run share-cards`: draws each edition's share card (public/share/<locale>.png,
// 1200×630) in Chromium from the built home page's name, description, language
// and direction, so the card says what the site's own tables say. Run after a
// build when the site's name or description changes; the PNGs are committed.
import { mkdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parse } from 'node-html-parser';
import { defaultLocale, localeCodes } from '../i18n/locales.ts';
import { launchChromium } from '../test/support/browser.ts';

const dist = resolve(process.env['OUT_DIR'] ?? 'dist');
const out = resolve('public/share');
const escape = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

await mkdir(out, { recursive: true });
const browser = await launchChromium();
try {
  for (const locale of localeCodes) {
    const home = parse(await readFile(join(dist, locale === defaultLocale ? '' : locale, 'index.html'), 'utf8'));
    const html = home.querySelector('html')!;
    const name = home.querySelector('meta[property="og:site_name"]')!.getAttribute('content')!;
    const description = home.querySelector('meta[name=description]')!.getAttribute('content')!;
    const page = await browser.newPage({ viewport: { width: 1200, height: 630 } });
    await page.setContent(`<!doctype html><html lang="${html.getAttribute('lang')}" dir="${html.getAttribute('dir')}"><body style="margin:0">
      <div style="box-sizing:border-box;inline-size:1200px;block-size:630px;padding:96px;display:flex;flex-direction:column;justify-content:center;gap:40px;background:#fbfaf7;color:#1b1b1f;border-block-start:24px solid #1d4e89;font-family:'Noto Naskh Arabic','Noto Sans','DejaVu Sans',sans-serif">
        <div style="font-size:84px;font-weight:700;line-height:1.2">${escape(name)}</div>
        <div style="font-size:44px;line-height:1.5;color:#44464f">${escape(description)}</div>
      </div></body></html>`);
    await page.screenshot({ path: join(out, `${locale}.png`) });
    await page.close();
    console.log(`Wrote ${join(out, `${locale}.png`)}`);
  }
} finally {
  await browser.close();
}
