/**
 * The toolbar button, in real Chromium with the built extension: the manifest's action,
 * icons and store strings; the popup reflects the tab (active, paused, inactive and why);
 * pausing from the popup holds no send on that site; the popup's and the sidebar's links
 * open the dashboard.
 *
 * The popup is opened as a page, `popup.html?tab=<id>`, in a tab of its own: a test cannot
 * click the browser's toolbar, and in a tab of its own the "active tab" the popup would
 * describe is the popup itself, so it is told which tab to describe (entrypoints/popup).
 * Everything else — asking the tab's content script, the settings, writing the pause — is
 * the popup's real code path.
 *
 * Run: npm run build && npx tsx --test --test-reporter=spec tests/e2e/toolbar.e2e.ts
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { EXTENSION_DIR, launch, type Harness } from './browser.ts';
import { DRIVERS } from './drivers.ts';
import { guardOf, openFixture, sentRecords, sidebarOf, waitFor } from './helpers.ts';
import { ROOT, startServer, type FixtureServer } from './server.ts';

const STEP = { timeout: 90_000 };
const zendesk = DRIVERS.find((d) => d.site === 'zendesk')!;

let server: FixtureServer;
let harness: Harness;
let extensionId: string;

before(async () => {
  server = await startServer();
  harness = await launch(server);
  extensionId = await harness.extensionId();
});
after(async () => {
  await harness?.close();
  await server?.close();
});

/**
 * The browser's id of a page's tab, asked through the extension's own tabs API: the page is
 * brought to the front and the active tab's id read (Tacto has no "tabs" permission, so it
 * cannot look a tab up by its address — neither can the popup, which is the point).
 */
async function tabIdOf(page: Page): Promise<number> {
  await page.bringToFront();
  const worker = await harness.serviceWorker();
  const tabs = (await worker.evaluate(`chrome.tabs.query({ active: true, lastFocusedWindow: true })`)) as Array<{ id: number; url?: string }>;
  assert.equal(tabs.length, 1, `one active tab: ${JSON.stringify(tabs)}`);
  assert.equal(tabs[0].url, undefined, 'the address of a tab is not Tacto\'s to read without the toolbar click');
  return tabs[0].id;
}

async function popupFor(tabId: number): Promise<Page> {
  const popup = await harness.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
  await popup.locator('[data-tacto="state"]').waitFor({ timeout: 10_000 });
  return popup;
}

const stateOf = async (popup: Page) => {
  const el = popup.locator('[data-tacto="state"]');
  return { state: await el.getAttribute('data-state'), reason: await el.getAttribute('data-reason'), helpdesk: await el.getAttribute('data-helpdesk'), text: (await el.textContent()) ?? '' };
};

describe('the toolbar button (Chromium)', () => {
  test('the manifest has the action with its popup and icons, and store-ready strings', async () => {
    const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
    assert.equal(manifest.action.default_popup, 'popup.html');
    for (const size of ['16', '32', '48', '128']) {
      assert.equal(manifest.icons[size], `/icon/${size}.png`);
      assert.equal(manifest.action.default_icon[size], `/icon/${size}.png`);
      const png = readFileSync(join(EXTENSION_DIR, manifest.icons[size]));
      assert.equal(png.readUInt32BE(16), Number(size), `icon ${size} is ${size} px wide`);
    }
    assert.equal(manifest.name, '__MSG_extName__');
    for (const lang of ['en', 'es']) {
      const messages = JSON.parse(readFileSync(join(EXTENSION_DIR, `_locales/${lang}/messages.json`), 'utf8'));
      assert.ok(messages.extDescription.message.length <= 132, `${lang} description: ${messages.extDescription.message.length} characters`);
    }
    const firefox = JSON.parse(readFileSync(join(ROOT, '.output/firefox-mv3/manifest.json'), 'utf8'));
    assert.match(firefox.browser_specific_settings.gecko.strict_min_version, /^\d+\.\d+$/);
    // The browser shows the icon: the popup page loads it.
    const page = await harness.newPage();
    const response = await page.goto(`chrome-extension://${extensionId}/icon/128.png`);
    assert.equal(response?.status(), 200);
    await page.close();
  });

  test('the popup says where Tacto is active, and why not elsewhere', STEP, async () => {
    const { page } = await openFixture(harness, 'zendesk');
    const active = await popupFor(await tabIdOf(page));
    assert.deepEqual(await stateOf(active).then(({ state, helpdesk }) => ({ state, helpdesk })), { state: 'active', helpdesk: 'zendesk' });
    assert.match((await stateOf(active)).text, /Zendesk/);
    await active.close();

    // A page that is no helpdesk: nothing answers, and the address is not Tacto's to read.
    const blank = await harness.newPage();
    await blank.goto('about:blank');
    const inactive = await popupFor(await tabIdOf(blank));
    assert.deepEqual(await stateOf(inactive).then(({ state, reason }) => ({ state, reason })), { state: 'inactive', reason: 'not-helpdesk' });
    assert.equal(await inactive.locator('[data-action="pause-site"]').isDisabled(), true, 'no site to pause');
    await inactive.close();
    await blank.close();
    await page.close();
  });

  test('pause this site from the popup: the sidebar shows it, the send goes out at once; resume from the popup', STEP, async () => {
    const { page } = await openFixture(harness, 'zendesk');
    await zendesk.focusEditor(page);
    await page.keyboard.type('Te lo soluciono en 5 minutos.');
    await waitFor(async () => assert.equal(await sidebarOf(page).locator('[data-rule="unrealistic-commitment"]').count(), 1), 10_000);
    const tabId = await tabIdOf(page);
    await page.bringToFront();

    const popup = await popupFor(tabId);
    await popup.locator('input[name="pause-duration"][value="1h"]').check();
    await popup.locator('[data-action="pause-site"]').click();
    await waitFor(async () => assert.equal((await stateOf(popup)).state, 'paused'), 5_000);
    await waitFor(async () => assert.equal(await sidebarOf(page).locator('[data-tacto="paused"]').getAttribute('data-scope'), 'site'), 5_000);
    // A popup opened afresh says so too.
    const again = await popupFor(tabId);
    assert.equal((await stateOf(again)).state, 'paused');
    await again.close();

    await page.bringToFront();
    await zendesk.send(page).click();
    await waitFor(async () => assert.equal((await sentRecords(page)).length, 1, 'sent at once while paused'), 5_000);
    assert.equal(await guardOf(page).count(), 0);

    await popup.bringToFront();
    await popup.locator('[data-action="resume"]').click();
    await waitFor(async () => assert.equal((await stateOf(popup)).state, 'active'), 5_000);
    await waitFor(async () => assert.equal(await sidebarOf(page).locator('[data-tacto="paused"]').count(), 0, 'the sidebar resumed'), 5_000);
    await popup.close();
    await page.close();
  });

  test('the popup and the sidebar open the weekly dashboard', STEP, async () => {
    const { page } = await openFixture(harness, 'zendesk');
    await zendesk.focusEditor(page);
    await waitFor(async () => assert.equal(await sidebarOf(page).count(), 1), 10_000);
    const [fromSidebar] = await Promise.all([
      harness.context.waitForEvent('page', { predicate: (p) => p.url().includes('/options.html') }),
      sidebarOf(page).locator('[data-action="open-dashboard"]').click(),
    ]);
    await fromSidebar.waitForLoadState();
    assert.equal(fromSidebar.url(), `chrome-extension://${extensionId}/options.html#dashboard`);
    await fromSidebar.locator('.dash').waitFor({ timeout: 10_000 });
    await fromSidebar.close();

    const popup = await popupFor(await tabIdOf(page));
    const [settings] = await Promise.all([
      harness.context.waitForEvent('page', { predicate: (p) => p.url().includes('/options.html') }),
      popup.locator('[data-action="open-settings"]').click(),
    ]);
    await settings.waitForLoadState();
    assert.equal(settings.url(), `chrome-extension://${extensionId}/options.html#settings`);
    await settings.locator('[data-tacto="settings"]').waitFor({ timeout: 10_000 });
    await settings.close();
    await page.close();
  });
});
