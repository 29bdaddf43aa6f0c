/**
 * The options page of the built Firefox extension in Debian's Firefox ESR, over Marionette
 * (WebDriver BiDi cannot reach extension pages: see ./marionette.ts). A setting changed on
 * the settings tab is stored in browser.storage.local and read back after a reload; on the
 * dashboard a team file is imported (the options page asks the background to merge it:
 * `log/import`, answered to moz-extension pages), the roll call names the agent's week,
 * the same file again adds nothing, and «Delete all data» empties the log. Choosing a
 * country and region loads their holiday calendar (dynamic imports in a moz-extension
 * page) and stores date-holidays' own dates.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import Holidays from 'date-holidays';
import { isoWeek } from '../../lib/log/week.ts';
import { clearOfWeekTurn, waitFor } from './helpers.ts';
import { EXTENSION_ROOT, launchFirefoxMarionette, type MarionetteFirefox } from './marionette.ts';

const STEP = { timeout: 90_000 };
/** WebDriver's key code for Tab. */
const TAB = '\uE004';

let firefox: MarionetteFirefox;
let dir: string;

/** Events of the extension's log, read from its IndexedDB in the page (same origin as the background). */
const EVENTS_IN_LOG = `return new Promise((resolve, reject) => {
  const open = indexedDB.open('tacto');
  open.onerror = () => reject(open.error);
  open.onsuccess = () => {
    const db = open.result;
    if (!db.objectStoreNames.contains('events')) return resolve([]);
    const all = db.transaction('events').objectStore('events').getAll();
    all.onsuccess = () => { resolve(all.result.map((e) => e.id)); db.close(); };
    all.onerror = () => reject(all.error);
  };
});`;

async function openOptions(section: 'settings' | 'dashboard'): Promise<void> {
  await firefox.navigate(`${EXTENSION_ROOT}options.html#${section}`);
  // A hash change alone does not reload the page, which reads its tab at start.
  await firefox.refresh();
}

describe('the options page in Firefox ESR (Marionette)', () => {
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tacto-e2e-ff-options-'));
    firefox = await launchFirefoxMarionette();
  });

  after(async () => {
    await firefox?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('a setting changed on the settings tab is stored and read back after a reload', STEP, async () => {
    await openOptions('settings');
    await firefox.find('[data-tacto="settings"]');
    const alias = await firefox.find('input[name="agentAlias"]');
    // Cleared first: an empty alias is refused on screen and not saved; the new one, once
    // the field is left (its change event saves), is stored and the refusal goes.
    await firefox.clear(alias);
    await firefox.find('[data-error-for="settings"]');
    await firefox.type(alias, `marta-ff${TAB}`);
    const stored = await waitFor(async () => {
      const value = await firefox.execute<string | undefined>("return browser.storage.local.get('settings').then((s) => s.settings && s.settings.agentAlias);");
      assert.equal(value, 'marta-ff');
      return value;
    }, 10_000);
    assert.equal(stored, 'marta-ff');
    await waitFor(async () => assert.deepEqual(await firefox.execute("return [...document.querySelectorAll('[role=alert]')].map((e) => e.textContent);"), [], 'no validation error left'), 10_000);
    await firefox.refresh();
    await firefox.find('[data-tacto="settings"]');
    await waitFor(async () => assert.equal(await firefox.execute("return document.querySelector('input[name=\"agentAlias\"]').value;"), 'marta-ff'), 10_000);
  });

  test("a country and region chosen: their public holidays, date-holidays' own, are stored", STEP, async () => {
    await openOptions('settings');
    await firefox.find('[data-tacto="settings"]');
    await firefox.click(await firefox.find('select[name="holidaysCountry"] option[value="ES"]'));
    await firefox.click(await firefox.find('select[name="holidaysRegion"] option[value="MD"]'));
    const year = new Date().getFullYear();
    const expected = new Set<string>();
    for (let y = year - 1; y <= year + 2; y++) for (const h of new Holidays('ES', 'MD').getHolidays(y)) if (h.type === 'public') expected.add(h.date.slice(0, 10));
    assert.ok(expected.has(`${year}-05-02`) || expected.has(`${year + 1}-05-02`), "Madrid's own day is among them");
    await waitFor(async () => {
      const holidays = await firefox.execute<{ country: string; region: string; publicDates: string[] } | undefined>("return browser.storage.local.get('settings').then((s) => s.settings && s.settings.holidays);");
      assert.equal(holidays?.country, 'ES');
      assert.equal(holidays?.region, 'MD');
      assert.deepEqual(holidays?.publicDates, [...expected].sort());
    }, 15_000);
    await firefox.find('[data-public-holidays]');
  });

  test('a team file imported on the dashboard is merged by the background, once; «Delete all data» empties the log', STEP, async () => {
    await clearOfWeekTurn(45_000);
    const week = isoWeek(new Date());
    const start = Date.now() - 60_000;
    const events = Array.from({ length: 4 }, (_, i) => ({
      id: `ff-install:moment:zendesk:${700 + i}:anger:x`,
      at: new Date(start + i * 1000).toISOString(),
      helpdesk: 'zendesk',
      ticket: String(700 + i),
      kind: i % 2 ? 'finding' : 'moment',
      type: i % 2 ? 'blame' : 'anger',
      action: i % 2 ? 'sent' : 'seen',
      lang: 'es',
      topic: 'factura',
      agent: 'luis',
    }));
    const file = join(dir, 'luis.json');
    writeFileSync(file, JSON.stringify({ format: 'tacto-moments', version: 1, week, agent: 'luis', generatedAt: new Date().toISOString(), events }));

    await openOptions('dashboard');
    await firefox.find('.dash[data-state="ready"][data-trend="ready"]', 20_000);
    await firefox.type(await firefox.find('input[type="file"][name="import"]'), file);
    const line = await firefox.find(`[data-list="roll-call"] li[data-agent="luis"][data-week="${week}"]`, 20_000);
    assert.equal(await firefox.attribute(line, 'data-added'), '4');
    assert.equal(await firefox.text(await firefox.find('.dash-status')), '1 files read: 1 agent-weeks with 4 new events; 0 refused.');
    const ids = await firefox.execute<string[]>(EVENTS_IN_LOG);
    assert.deepEqual(ids.filter((id) => id.startsWith('ff-install:')).sort(), events.map((e) => e.id).sort());

    // The same file again: the background skips what is stored.
    await firefox.find('.dash[data-state="ready"][data-trend="ready"]', 20_000);
    await firefox.type(await firefox.find('input[type="file"][name="import"]'), file);
    await waitFor(async () => assert.equal(await firefox.text(await firefox.find('.dash-status')), '1 files read: 0 agent-weeks with 0 new events; 0 refused.'), 20_000);
    assert.equal((await firefox.execute<string[]>(EVENTS_IN_LOG)).length, ids.length);

    await firefox.click(await firefox.find('[data-action="delete-all"]'));
    await firefox.click(await firefox.find('[data-action="confirm-delete"]'));
    await waitFor(async () => assert.equal(await firefox.text(await firefox.find('.dash-status')), 'All log data was deleted.'), 20_000);
    assert.deepEqual(await firefox.execute(EVENTS_IN_LOG), []);
  });
});
