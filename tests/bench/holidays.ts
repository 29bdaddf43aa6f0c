/**
 * Holidays section: what public holidays cost the options page (issue 14, item 7).
 *  - bytes, from the built extension (.output/chrome-mv3): the options page's first load
 *    (its entry chunk and the chunks options.html preloads), the holiday parser's chunk and
 *    a country's rules chunk, which load only when a country's dates are computed, and the
 *    background bundle (which carries no holiday code);
 *  - computing a year's public holidays in Node: the full date-holidays (what the options
 *    page ran before) and the per-country calendar (what it runs now);
 *  - real Chromium, built extension: choosing a country on the options page until its dates
 *    are stored, with the parser and the country's rules loaded then (first choice), or
 *    with the parser already there (a second country).
 * Target (issue 14): the options page's first chunk ≤ 400 KB gzip.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import Holidays from 'date-holidays';
import type { Page } from 'playwright-core';
import { publicHolidaysIn } from '../../lib/settings/holiday-calendar';
import { COUNTRY_HOLIDAY_DATA } from '../../lib/settings/holiday-data';
import { percentile, stats, timeRuns, type BenchRow, type BenchSection } from './lib';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const sizes = (files: string[]) => {
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const bytes = readFileSync(file);
    raw += bytes.length;
    gzip += gzipSync(bytes).length;
  }
  return { raw, gzip, text: `${kb(raw)} raw, ${kb(gzip)} gzip` };
};

function bundleRows(dir: string): BenchRow[] {
  const chunks = readdirSync(join(dir, 'chunks'));
  const chunkName = (prefix: string) => chunks.find((c) => new RegExp(`^${prefix}-[\\w-]+\\.js$`).test(c));
  const chunk = (prefix: string) => join(dir, 'chunks', chunkName(prefix) ?? '');
  const html = readFileSync(join(dir, 'options.html'), 'utf8');
  const first = [...html.matchAll(/(?:src|href)="\/(chunks\/[^"]+\.js)"/g)].map((m) => join(dir, m[1]));
  // A build without the per-country calendar (before issue 14's item 7) has no such chunks.
  if (!chunkName('holiday-calendar')) {
    return [
      { measure: 'options page: entry chunk', note: `${sizes([chunk('options')]).text} (≤ 400 KB gzip)` },
      { measure: 'options page: first load (entry + preloaded chunks)', note: `${sizes(first).text}; no holiday parser chunk in this build` },
    ];
  }
  const entry = first.find((f) => /\/options-[^/]+\.js$/.test(f)) ?? chunk('options');
  const countries = chunks.filter((c) => /^[A-Z]{2}-/.test(c)).map((c) => sizes([join(dir, 'chunks', c)]).gzip);
  countries.sort((a, b) => a - b);
  const background = readFileSync(join(dir, 'background.js'), 'utf8');
  return [
    { measure: 'options page: entry chunk', note: `${sizes([entry]).text} (≤ 400 KB gzip)` },
    { measure: 'options page: first load (entry + preloaded chunks)', note: sizes(first).text },
    { measure: 'holiday parser chunk (loaded when dates are computed)', note: sizes([chunk('holiday-calendar')]).text },
    { measure: 'a country\'s rules chunk: ES / MX / US', note: ['ES', 'MX', 'US'].map((c) => kb(sizes([chunk(c)]).gzip)).join(' / ') + ' gzip' },
    { measure: `the ${countries.length} countries' chunks`, note: `gzip min ${kb(countries[0])}, median ${kb(percentile(countries, 50))}, max ${kb(countries.at(-1)!)}` },
    { measure: 'background bundle', note: `${sizes([join(dir, 'background.js')]).text}; holiday code in it: ${/getHolidays|_isAMomentObject/.test(background) ? 'yes' : 'no'}` },
  ];
}

async function computeRows(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const [country, region] of [
    ['ES', 'MD'],
    ['MX', ''],
    ['US', 'CA'],
  ]) {
    const place = region ? `${country}-${region}` : country;
    const { default: data } = await COUNTRY_HOLIDAY_DATA[country]();
    // A new calendar each time, as the options page builds one per computation.
    const full = timeRuns((i) => (region ? new Holidays(country, region) : new Holidays(country)).getHolidays(2026 + (i % 4)), 200);
    const own = timeRuns((i) => publicHolidaysIn(data, country, region, 2026 + (i % 4)), 200);
    rows.push({ measure: `a year's public holidays, ${place}: full date-holidays (before)`, ...stats(full) });
    rows.push({ measure: `a year's public holidays, ${place}: per-country calendar (now)`, ...stats(own), note: 'the settings compute 4 years' });
  }
  return rows;
}

/** Chooses `country` ('' for none) on the open options page and returns ms until its dates are stored. */
async function chooseCountry(page: Page, country: string): Promise<number> {
  return page.evaluate(async (country) => {
    const storage = (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, { holidays: { country: string; publicDates: string[] } }>> } } } }).chrome.storage.local;
    const select = document.querySelector<HTMLSelectElement>('select[name="holidaysCountry"]')!;
    const t0 = performance.now();
    select.value = country;
    select.dispatchEvent(new Event('change', { bubbles: true }));
    while (performance.now() - t0 < 10_000) {
      const { settings } = await storage.get('settings');
      if (settings?.holidays.country === country && (!country || settings.holidays.publicDates.length)) return performance.now() - t0;
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    throw new Error(`${country}: dates not stored within 10 s`);
  }, country);
}

async function browserRows(): Promise<BenchRow[]> {
  const { launch } = await import('../e2e/browser.ts');
  const { startServer } = await import('../e2e/server.ts');
  const server = await startServer();
  const harness = await launch(server);
  const open: number[] = [];
  const first: number[] = [];
  const second: number[] = [];
  // The holiday chunks the page requested before any choice, and after (names without hashes).
  const atOpen = new Set<string>();
  const afterChoice = new Set<string>();
  try {
    for (let i = 0; i < 5; i++) {
      const page = await harness.newPage();
      let seen = atOpen;
      page.on('request', (request) => {
        const chunk = /\/chunks\/(holiday-calendar|[A-Z]{2})-[\w-]+\.js$/.exec(request.url())?.[1];
        if (chunk) seen.add(chunk);
      });
      const url = `chrome-extension://${await harness.extensionId()}/options.html#settings`;
      const t0 = performance.now();
      await page.goto(url);
      await page.locator('[data-tacto="settings"]').waitFor({ timeout: 15_000 });
      open.push(performance.now() - t0);
      await chooseCountry(page, '');
      seen = afterChoice;
      first.push(await chooseCountry(page, i % 2 ? 'ES' : 'MX'));
      second.push(await chooseCountry(page, 'US'));
      await page.close();
    }
  } finally {
    await harness.close();
    await server.close();
  }
  for (const xs of [open, first, second]) xs.sort((a, b) => a - b);
  return [
    { measure: 'Chromium: open the options page until the settings form shows', ...stats(open), note: 'from Playwright, no country set' },
    { measure: 'Chromium: choose a country until its dates are stored (parser + rules load)', ...stats(first), note: 'MX or ES, 4 years' },
    { measure: 'Chromium: then another country (its rules load)', ...stats(second), note: `US; holiday chunks requested at open: ${[...atOpen].join(', ') || 'none'}; after: ${[...afterChoice].sort().join(', ')}` },
  ];
}

const holidays: BenchSection = {
  name: 'holidays',
  description: 'public holidays: bundle bytes, a year computed, a country chosen in Chromium',
  async run() {
    const { CHROMIUM, EXTENSION_DIR } = await import('../e2e/browser.ts');
    const built = existsSync(join(EXTENSION_DIR, 'options.html'));
    const rows: BenchRow[] = built ? bundleRows(EXTENSION_DIR) : [{ measure: 'bundle bytes: skipped', note: 'needs `npm run build`' }];
    rows.push(...(await computeRows()));
    if (built && existsSync(CHROMIUM)) rows.push(...(await browserRows()));
    else rows.push({ measure: 'Chromium: skipped', note: 'needs /usr/bin/chromium and `npm run build`' });
    return rows;
  },
};

export default holidays;
