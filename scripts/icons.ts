/**
 * Draws the toolbar and store icons (public/icon/16|32|48|128.png) from
 * assets/icon/tacto.svg with Debian's Chromium: the SVG is laid out at each size in a
 * transparent page and screenshotted. The PNGs are committed; run again after changing
 * the SVG: `npx tsx scripts/icons.ts`.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const SIZES = [16, 32, 48, 128];
const svg = readFileSync(resolve(ROOT, 'assets/icon/tacto.svg'), 'utf8');

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  mkdirSync(resolve(ROOT, 'public/icon'), { recursive: true });
  for (const size of SIZES) {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(`<!doctype html><style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`);
    const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
    writeFileSync(resolve(ROOT, `public/icon/${size}.png`), png);
    console.log(`public/icon/${size}.png ${png.length} bytes`);
  }
} finally {
  await browser.close();
}
