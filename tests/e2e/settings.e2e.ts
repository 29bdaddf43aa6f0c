/**
 * Settings in the built extension (.output/chrome-mv3, or TACTO_E2E_EXTENSION) in
 * Debian's Chromium:
 * - business hours changed on the options page change the send guard's decision on the
 *   Zendesk fixture ticket (same reply, «en 48 horas»: sent with 24/7 hours; held when the
 *   only working day is four days away, so the 48 hours hold no business hour);
 * - a bad team settings file is refused in role="alert" and changes nothing;
 * - a custom domain (support.acme.com, served by the test server as Zendesk) added on the
 *   options page gets its content scripts registered and the sidebar, also after a reload;
 *   removing it unregisters the scripts and gives the permission back.
 *
 * About the permission: `permissions.request()` opens the browser's own prompt, which a
 * headless browser cannot show or answer. So the test first grants the site the way a
 * user (or an admin preparing a managed browser) does in the browser's own extension
 * settings, "Site access → On specific sites": the chrome://extensions page's
 * `developerPrivate.addHostPermission`. A site granted there makes the options page's own
 * `permissions.request()` — still called from a real click — resolve `true` without a
 * prompt, so the rest of the flow (save, register, inject) is the real one.
 *
 * Run: npx wxt build && npx tsx --test tests/e2e/settings.e2e.ts
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { launch, type Harness } from './browser.ts';
import { openFixture, sentRecords, typeLines, waitFor, zendeskEditor } from './helpers.ts';
import { startServer, type FixtureServer } from './server.ts';
import { defaultSettings } from '../../lib/settings/defaults.ts';
import { exportTeamSettings } from '../../lib/settings/team-file.ts';

/** The extension APIs the test calls inside extension pages (run there; typed here). */
declare const chrome: {
  storage: { local: { get(key: string): Promise<Record<string, unknown>> } };
  permissions: { contains(permissions: { origins: string[] }): Promise<boolean> };
  scripting: { getRegisteredContentScripts(): Promise<{ id: string; matches?: string[]; world?: string }[]> };
};

const STEP = { timeout: 60_000 };
const CUSTOM_HOST = 'support.acme.com';
const CUSTOM_PAGE = `https://${CUSTOM_HOST}/agent/tickets/1234`;
const REPLY = 'Hola María, te escribo en 48 horas con la solución.';
const TIMEZONE = 'America/Lima';

let server: FixtureServer;
let harness: Harness;
let extensionId: string;

before(async () => {
  server = await startServer({ hosts: { [CUSTOM_HOST]: 'zendesk' } });
  harness = await launch(server, { extension: true });
  extensionId = await harness.extensionId();
});
after(async () => {
  await harness?.close();
  await server?.close();
});

/** ISO weekday (1 = Monday) in the team's zone, `ahead` days from today. */
function weekdayAhead(ahead: number): number {
  const short = new Intl.DateTimeFormat('en-US', { timeZone: TIMEZONE, weekday: 'short' }).format(new Date());
  const today = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(short) + 1;
  return ((today - 1 + ahead) % 7) + 1;
}

async function openSettings(): Promise<Page> {
  const page = await harness.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html#settings`);
  await page.locator('[data-tacto="settings"]').waitFor({ timeout: 10_000 });
  return page;
}

async function storedSettings(page: Page): Promise<Record<string, unknown>> {
  return page.evaluate(async () => (await chrome.storage.local.get('settings')).settings as Record<string, unknown>);
}

/** Sets working days, opening hours and zone through the form, waiting for each save. */
async function setBusinessHours(page: Page, days: number[], start: string, end: string): Promise<void> {
  await page.selectOption('select[name="timezone"]', TIMEZONE);
  // Check the wanted days first, so the form never passes through "no working day".
  for (const day of days) await page.check(`input[name="businessDay"][value="${day}"]`);
  for (let day = 1; day <= 7; day++) if (!days.includes(day)) await page.uncheck(`input[name="businessDay"][value="${day}"]`);
  await page.fill('input[name="businessHoursStart"]', start);
  await page.fill('input[name="businessHoursEnd"]', end);
  const expected = { days, start, end: end === '23:59' ? '24:00' : end };
  await waitFor(async () => {
    const stored = await storedSettings(page);
    assert.deepEqual(stored.businessHours, expected);
    assert.equal(stored.timezone, TIMEZONE);
  }, 5_000);
  assert.equal(await page.locator('[role="alert"]').count(), 0, 'no validation error');
}

/** Types the reply on ticket 1234 and presses Submit; says whether it was sent or held. */
async function submitReply(page: Page): Promise<'sent' | 'held'> {
  const editor = zendeskEditor(page, '1234');
  await editor.click();
  await page.locator('tacto-sidebar [data-tacto="sidebar"]').first().waitFor({ timeout: 10_000 });
  await typeLines(page, [REPLY]);
  // Let the coach analyse the draft before sending (it debounces typing).
  await waitFor(async () => assert.ok(((await page.locator('tacto-sidebar [data-tacto="word-count"]').first().textContent()) ?? '').trim() !== '0'), 8_000);
  await page.waitForTimeout(800);
  const before = (await sentRecords(page)).length;
  await page.locator('[data-ticket-id="1234"] button[data-test-id="submit_button-button"]').click();
  return waitFor(async () => {
    if ((await sentRecords(page)).length > before) return 'sent' as const;
    if (await page.locator('tacto-sidebar [data-tacto="send-guard"]').first().isVisible()) return 'held' as const;
    throw new Error('neither sent nor held yet');
  }, 10_000);
}

describe('business hours drive the send guard', () => {
  test('24/7 hours: «en 48 horas» is realistic and the reply is sent', STEP, async () => {
    const settings = await openSettings();
    await setBusinessHours(settings, [1, 2, 3, 4, 5, 6, 7], '00:00', '23:59');
    await settings.close();
    const { page } = await openFixture(harness, 'zendesk');
    assert.equal(await submitReply(page), 'sent');
    await page.close();
  });

  test('only a working day four days away: the same reply is held by the send guard', STEP, async () => {
    const settings = await openSettings();
    await setBusinessHours(settings, [weekdayAhead(4)], '09:00', '18:00');
    await settings.close();
    const { page } = await openFixture(harness, 'zendesk');
    assert.equal(await submitReply(page), 'held');
    const guard = page.locator('tacto-sidebar [data-tacto="send-guard"]').first();
    assert.match((await guard.textContent()) ?? '', /48 horas/);
    await page.close();
  });
});

describe('team settings file', () => {
  test('a bad file gets a message in role="alert" and changes nothing', STEP, async () => {
    const page = await openSettings();
    const before = await storedSettings(page);
    await page.setInputFiles('input[name="settingsImport"]', {
      name: 'team.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ format: 'tacto-settings', version: 2, settings: { timezone: 'Nowhere/Land' } })),
    });
    const alert = page.locator('[role="alert"][data-error-for="team"]');
    await alert.waitFor({ timeout: 5_000 });
    // The problem in the interface's words: the setting's name, the value found, no field path.
    assert.match((await alert.textContent()) ?? '', /(Time zone|Zona horaria): «Nowhere\/Land»/);
    assert.doesNotMatch((await alert.textContent()) ?? '', /timezone|businessHours/);
    assert.deepEqual(await storedSettings(page), before);
    await page.close();
  });

  test('the team file\'s accepted phrasings are never flagged; a file without them still imports', STEP, async () => {
    const settings = { ...defaultSettings(), timezone: TIMEZONE, teamAllowPhrases: ['no es para tanto'] };
    // The playbook carries the team's accepted phrasings too.
    settings.playbook = { ...settings.playbook, accepted: ['le garantizo que no volverá a pasar'] };
    const file = exportTeamSettings(settings);
    const page = await openSettings();
    const importFile = async (json: unknown) => {
      await page.setInputFiles('input[name="settingsImport"]', { name: 'team.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(json)) });
    };
    await importFile(file);
    await waitFor(async () => assert.deepEqual((await storedSettings(page)).teamAllowPhrases, ['no es para tanto']), 5_000);
    await waitFor(async () => assert.equal(await page.locator('[data-list="team-allow-phrases"] li[data-phrase="no es para tanto"]').count(), 1), 5_000);

    // The phrase is silenced for this agent; the rest of the draft is still coached.
    const { page: ticket } = await openFixture(harness, 'zendesk');
    await zendeskEditor(ticket, '1234').click();
    await ticket.locator('tacto-sidebar [data-tacto="sidebar"]').first().waitFor({ timeout: 10_000 });
    await typeLines(ticket, ['Tranquilo, no es para tanto. Le garantizo que no volverá a pasar. Cálmese, por favor.']);
    const rules = () => ticket.locator('tacto-sidebar [data-rule]').evaluateAll((els) => els.map((el) => el.getAttribute('data-rule')));
    await waitFor(
      async () => assert.deepEqual(await rules(), ['dismissive'], 'the team phrase and the playbook\'s accepted phrasing are silenced; «Cálmese» is still flagged'),
      8_000,
    );
    await ticket.close();

    // A team file made before the field existed imports, and the team list is emptied.
    const older = structuredClone(file) as { settings: Record<string, unknown> };
    delete older.settings.teamAllowPhrases;
    await importFile(older);
    await waitFor(async () => assert.deepEqual((await storedSettings(page)).teamAllowPhrases, []), 5_000);
    assert.equal(await page.locator('[role="alert"][data-error-for="team"]').count(), 0);
    await page.close();
  });
});

describe('custom domain', () => {
  let settings: Page;

  test('the site is granted in the browser\'s own extension settings (Site access)', STEP, async () => {
    const extensions = await harness.newPage();
    await extensions.goto('chrome://extensions/');
    const result = await extensions.evaluate(
      async ([id, origin]) => {
        const dp = (globalThis as unknown as { chrome: { developerPrivate: { addHostPermission(id: string, host: string): Promise<void> } } }).chrome.developerPrivate;
        await dp.addHostPermission(id, origin);
        return 'granted';
      },
      [extensionId, `https://${CUSTOM_HOST}/*`],
    );
    assert.equal(result, 'granted');
    await extensions.close();
  });

  test('adding support.acme.com (Zendesk) asks for the permission and registers both content scripts', STEP, async () => {
    settings = await openSettings();
    await settings.fill('input[name="customDomainHost"]', CUSTOM_HOST);
    await settings.selectOption('select[name="customDomainHelpdesk"]', 'zendesk');
    await settings.click('[data-action="add-domain"]');
    await settings.locator(`li[data-domain="${CUSTOM_HOST}"][data-granted="true"]`).waitFor({ timeout: 10_000 });
    assert.equal(await settings.evaluate((o) => chrome.permissions.contains({ origins: [o] }), `https://${CUSTOM_HOST}/*`), true);
    const scripts = await settings.evaluate(() => chrome.scripting.getRegisteredContentScripts());
    const ours = scripts.filter((s) => s.id.startsWith('tacto-custom-'));
    assert.deepEqual(ours.map((s) => s.matches), [[`https://${CUSTOM_HOST}/agent/*`], [`https://${CUSTOM_HOST}/agent/*`]]);
    assert.deepEqual(ours.map((s) => s.world).sort(), ['ISOLATED', 'MAIN']);
    assert.deepEqual((await storedSettings(settings)).customDomains, [{ host: CUSTOM_HOST, helpdesk: 'zendesk' }]);
  });

  test('the custom domain gets the sidebar, also after a reload', STEP, async () => {
    const page = await harness.newPage();
    for (const step of ['load', 'reload']) {
      if (step === 'load') await page.goto(CUSTOM_PAGE);
      else await page.reload();
      await page.waitForSelector('html[data-fixture-ready="true"]', { timeout: 15_000 });
      await zendeskEditor(page, '1234').click();
      await page.locator('tacto-sidebar [data-tacto="sidebar"]').first().waitFor({ timeout: 10_000 });
    }
    await page.close();
  });

  test('a permission revoked in the browser\'s own settings is noticed; granted again, the scripts come back', STEP, async () => {
    const toggle = async (action: 'removeHostPermission' | 'addHostPermission') => {
      const extensions = await harness.newPage();
      await extensions.goto('chrome://extensions/');
      await extensions.evaluate(
        async ([id, origin, verb]) => {
          const dp = (globalThis as unknown as { chrome: { developerPrivate: Record<string, (id: string, host: string) => Promise<void>> } }).chrome.developerPrivate;
          await dp[verb](id, origin);
        },
        [extensionId, `https://${CUSTOM_HOST}/*`, action],
      );
      await extensions.close();
    };
    const ours = async () => (await settings.evaluate(() => chrome.scripting.getRegisteredContentScripts())).filter((s) => s.id.startsWith('tacto-custom-'));
    await toggle('removeHostPermission');
    await waitFor(async () => assert.deepEqual(await ours(), [], 'the background unregistered the scripts'), 10_000, 200);
    await toggle('addHostPermission');
    await waitFor(async () => assert.equal((await ours()).length, 2, 'and registered them again'), 10_000, 200);
  });

  test('removing the domain unregisters its scripts and gives the permission back', STEP, async () => {
    await settings.click(`li[data-domain="${CUSTOM_HOST}"] [data-action="remove-domain"]`);
    await settings.locator(`li[data-domain="${CUSTOM_HOST}"]`).waitFor({ state: 'detached', timeout: 10_000 });
    await waitFor(async () => {
      assert.equal(await settings.evaluate((o) => chrome.permissions.contains({ origins: [o] }), `https://${CUSTOM_HOST}/*`), false);
      const scripts = await settings.evaluate(() => chrome.scripting.getRegisteredContentScripts());
      assert.deepEqual(scripts.filter((s) => s.id.startsWith('tacto-custom-')), []);
    }, 5_000);
    const page = await harness.newPage();
    await page.goto(CUSTOM_PAGE);
    await page.waitForSelector('html[data-fixture-ready="true"]', { timeout: 15_000 });
    await zendeskEditor(page, '1234').click();
    await page.waitForTimeout(1_500);
    assert.equal(await page.locator('tacto-sidebar').count(), 0, 'no sidebar once the domain is removed');
    await page.close();
    await settings.close();
  });
});
