/**
 * A new year's public holidays appear, in the built extension in Debian's Chromium, with
 * the browser's real clock moved by libfaketime (no test hook in the extension):
 * - 20 December 2026: the lead picks Spain on the options page; the dates stored cover
 *   2025 → 2028 (last year through two years ahead);
 * - the same profile opened again on 4 January 2027: opening the options page recomputes
 *   them for 2026 → 2029, so 2029's holidays are there and 2025's are gone;
 * - the holiday parser and a country's rules load only when dates are computed (the chunks
 *   the options page requests), and Chile's dates — a solstice computed in its own zone —
 *   are date-holidays' own, with no time-zone errors from the data-less moment-timezone.
 *
 * Run: npx wxt build && npx tsx --test tests/e2e/holidays.e2e.ts
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import Holidays from 'date-holidays';
import type { Page } from 'playwright-core';
import { launch, type Harness } from './browser.ts';
import { FAKETIME_LIB, waitFor } from './helpers.ts';
import { startServer, type FixtureServer } from './server.ts';

/** The extension API the test calls inside the options page (run there; typed here). */
declare const chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } };

interface StoredHolidays {
  country: string;
  publicDates: string[];
  publicYears: [number, number] | null;
}

const STEP = { timeout: 90_000 };

let server: FixtureServer;
let profile: string;
let harness: Harness | undefined;

/** Chromium with its clock starting at `at` (Lima time), on the test's one profile. */
async function launchAt(at: string): Promise<Harness> {
  if (!FAKETIME_LIB) throw new Error('libfaketime is needed to move the clock: sudo apt-get install -y faketime');
  return launch(server, { profile, env: { LD_PRELOAD: FAKETIME_LIB, FAKETIME: `@${at}`, TZ: 'America/Lima' } });
}

/** The holiday chunks (parser, countries' rules) the page requested, by name without hash. */
type ChunkLog = Set<string>;

async function openSettings(running: Harness, chunks: ChunkLog = new Set()): Promise<Page> {
  const page = await running.newPage();
  page.on('request', (request) => {
    const chunk = /\/chunks\/(holiday-calendar|[A-Z]{2})-[\w-]+\.js$/.exec(request.url())?.[1];
    if (chunk) chunks.add(chunk);
  });
  await page.goto(`chrome-extension://${await running.extensionId()}/options.html#settings`);
  await page.locator('[data-tacto="settings"]').waitFor({ timeout: 15_000 });
  return page;
}

/** The public holidays the full date-holidays gives (what the options page bundled before). */
function dateHolidaysPublic(country: string, from: number, to: number): string[] {
  const dates = new Set<string>();
  for (let year = from; year <= to; year++) {
    for (const h of new Holidays(country).getHolidays(year)) if (h.type === 'public') dates.add(h.date.slice(0, 10));
  }
  return [...dates].sort();
}

async function storedHolidays(page: Page): Promise<StoredHolidays> {
  return page.evaluate(async () => ((await chrome.storage.local.get('settings')).settings as { holidays: StoredHolidays }).holidays);
}

const years = (dates: string[]) => [...new Set(dates.map((date) => Number(date.slice(0, 4))))].sort();

before(async () => {
  server = await startServer();
  profile = mkdtempSync(join(tmpdir(), 'tacto-e2e-holidays-'));
});
after(async () => {
  await harness?.close();
  await server?.close();
  rmSync(profile, { recursive: true, force: true });
});

describe('public holidays follow the calendar', () => {
  test('December 2026: Spain chosen, holidays stored for 2025 → 2028', STEP, async () => {
    harness = await launchAt('2026-12-20 12:00:00');
    const chunks: ChunkLog = new Set();
    const settings = await openSettings(harness, chunks);
    assert.equal(await settings.evaluate(() => new Date().getFullYear()), 2026, 'the browser runs on the moved clock');
    assert.deepEqual([...chunks], [], 'no holiday code loads before a country is chosen');
    await settings.selectOption('select[name="holidaysCountry"]', 'ES');
    await waitFor(async () => {
      const holidays = await storedHolidays(settings);
      assert.equal(holidays.country, 'ES');
      assert.deepEqual(holidays.publicYears, [2025, 2028]);
      assert.deepEqual(years(holidays.publicDates), [2025, 2026, 2027, 2028]);
    }, 10_000);
    assert.ok((await storedHolidays(settings)).publicDates.includes('2028-01-01'));
    await settings.locator('[data-public-holidays]').waitFor();
    assert.deepEqual([...chunks].sort(), ['ES', 'holiday-calendar'], "the parser and Spain's rules, no other country's");
    await harness.close();
    harness = undefined;
  });

  test('January 2027, same profile: opening the options page brings 2029 and drops 2025', STEP, async () => {
    harness = await launchAt('2027-01-04 12:00:00');
    const chunks: ChunkLog = new Set();
    const settings = await openSettings(harness, chunks);
    assert.equal(await settings.evaluate(() => new Date().getFullYear()), 2027);
    await waitFor(async () => {
      const holidays = await storedHolidays(settings);
      assert.equal(holidays.country, 'ES', 'the choice survived the restart');
      assert.deepEqual(holidays.publicYears, [2026, 2029]);
      assert.deepEqual(years(holidays.publicDates), [2026, 2027, 2028, 2029]);
    }, 10_000);
    const holidays = await storedHolidays(settings);
    assert.ok(holidays.publicDates.includes('2029-01-01'), "New Year's Day 2029");
    assert.ok(holidays.publicDates.includes('2029-01-06'), 'Epiphany 2029');
    // The form shows the next holidays from the new date on.
    await waitFor(async () => assert.match((await settings.locator('[data-public-holidays]').textContent()) ?? '', /2027-01-06/), 5_000);
    assert.deepEqual([...chunks].sort(), ['ES', 'holiday-calendar'], "the refresh loaded the parser and Spain's rules");
  });

  test("Chile chosen (January 2027): date-holidays' own dates, the solstice included; no time-zone errors", STEP, async () => {
    assert.ok(harness, 'runs on the January 2027 browser of the test before');
    const settings = await openSettings(harness);
    const consoleErrors: string[] = [];
    settings.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') consoleErrors.push(message.text());
    });
    await settings.selectOption('select[name="holidaysCountry"]', 'CL');
    const expected = dateHolidaysPublic('CL', 2026, 2029);
    assert.ok(expected.includes('2027-06-21'), 'the June solstice (Día de los Pueblos Indígenas) is among them');
    await waitFor(async () => {
      const holidays = await storedHolidays(settings);
      assert.equal(holidays.country, 'CL');
      assert.deepEqual(holidays.publicYears, [2026, 2029]);
      assert.deepEqual(holidays.publicDates, expected);
    }, 10_000);
    assert.deepEqual(consoleErrors, []);
  });
});
