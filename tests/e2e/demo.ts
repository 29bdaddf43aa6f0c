/**
 * Demo: the fixture server and Chromium with the built extension on the three helpdesk pages.
 *   npm run demo                         (builds first)
 *   npx tsx tests/e2e/demo.ts [--no-extension] [--out DIR]
 * With a display (DISPLAY set): a headed browser with the three pages open in tabs; close
 * the window or press Ctrl+C to stop. Without one: a scripted tour that opens each page,
 * types a Spanish reply, waits for the sidebar and saves screenshots (default .tmp/demo/).
 */
import { mkdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Page } from 'playwright-core';
import { launch } from './browser.ts';
import { typeLines } from './helpers.ts';
import { PAGES, ROOT, startServer, type Site } from './server.ts';

const args = process.argv.slice(2);
const withExtension = !args.includes('--no-extension');
const outIndex = args.indexOf('--out');
const outDir = outIndex >= 0 && args[outIndex + 1] ? args[outIndex + 1]! : join(ROOT, '.tmp/demo');
const headed = Boolean(process.env.DISPLAY);

/** How to reach each page's reply editor, and what to type (a risky draft, to show coaching). */
const TOUR: Record<Site, { open(page: Page): Promise<void>; lines: string[] }> = {
  zendesk: {
    open: (page) => page.click('#main_panes > [data-ticket-id="1234"] [data-test-id="omnicomposer-rich-text-ckeditor"]'),
    lines: ['Hola María, lamento mucho la demora.', 'Como ya le expliqué, mañana lo tiene resuelto.'],
  },
  freshdesk: {
    open: async (page) => {
      await page.click('button.editor-placeholder[data-test-id="active-editor"]');
      await page.click('.fr-element.fr-view');
    },
    lines: ['Hola Carlos, entiendo su molestia.', 'No es posible hacer el reembolso antes del plazo.'],
  },
  gmail: {
    open: async (page) => {
      await page.click('.ams.bkH');
      await page.click('.AO div.M9 .Ap [g_editable="true"]');
    },
    lines: ['Hola Lucía, le pido disculpas por la espera.', 'Le garantizo que no volverá a pasar.'],
  },
};

const server = await startServer();
const harness = await launch(server, { extension: withExtension, headless: !headed, viewport: headed ? null : { width: 1440, height: 900 } });
const shutdown = async () => {
  await harness.close();
  await server.close();
};

if (headed) {
  for (const site of Object.keys(PAGES) as Site[]) {
    const page = await harness.newPage();
    await page.goto(PAGES[site]);
  }
  for (const page of harness.context.pages()) if (page.url() === 'about:blank') await page.close();
  console.log(`Chromium is open on the three fixture pages${withExtension ? ' with Tacto' : ''} (server port ${server.port}).`);
  console.log('Close the browser window or press Ctrl+C to stop.');
  process.on('SIGINT', () => void shutdown().then(() => process.exit(0)));
  await new Promise<void>((done) => harness.context.on('close', () => done()));
  await server.close();
} else {
  mkdirSync(outDir, { recursive: true });
  const shots: string[] = [];
  try {
    for (const [index, site] of (Object.keys(TOUR) as Site[]).entries()) {
      const page = await harness.newPage();
      await page.goto(PAGES[site]);
      await page.waitForSelector('html[data-fixture-ready="true"]');
      await TOUR[site].open(page);
      await typeLines(page, TOUR[site].lines, 25);
      let note = '';
      if (withExtension) {
        const sidebar = page.locator('tacto-sidebar [data-tacto="sidebar"]').filter({ visible: true });
        const appeared = await sidebar.first().waitFor({ timeout: 10_000 }).then(() => true, () => false);
        note = appeared ? ' (sidebar shown)' : ' (NO SIDEBAR appeared within 10 s)';
        await page.waitForTimeout(800); // let the findings settle
      }
      const file = join(outDir, `${index + 1}-${site}.png`);
      await page.screenshot({ path: file });
      shots.push(`${relative(process.cwd(), file)}${note}`);
      await page.close();
    }
  } finally {
    await shutdown();
  }
  console.log(`No display (DISPLAY unset): scripted tour done${withExtension ? '' : ' without the extension'}. Screenshots:`);
  for (const shot of shots) console.log(`  ${shot}`);
}
