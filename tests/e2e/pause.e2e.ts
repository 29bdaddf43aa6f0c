/**
 * Pausing Tacto, in real Chromium with the built extension, on the fixture helpdesks:
 * from the sidebar on this site, this ticket or everywhere; a paused Tacto shows no
 * finding and holds no send (an unrealistic commitment goes out at once); resume brings
 * the findings and the guard back.
 *
 * Run: npm run build && npx tsx --test --test-reporter=spec tests/e2e/pause.e2e.ts
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { DRIVERS, type Driver } from './drivers.ts';
import { guardOf, openFixture, sentRecords, sidebarOf, waitFor } from './helpers.ts';
import { sharedBrowser } from './shared';

/** The extension APIs the test reads inside extension pages (run there; typed here). */
declare const chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } };

const STEP = { timeout: 90_000 };
const COMMITMENT = 'Te lo soluciono en 5 minutos.';
const driver = (site: string): Driver => DRIVERS.find((d) => d.site === site)!;

const shared = sharedBrowser();

/** Opens a fixture, focuses its editor and types the commitment until the sidebar shows it (or shows the pause). */
async function draftOn(site: string): Promise<Page> {
  const { page } = await openFixture(shared.harness, site as Driver['site']);
  await driver(site).focusEditor(page);
  await waitFor(async () => assert.equal(await sidebarOf(page).count(), 1, 'the sidebar mounted'), 10_000);
  await page.keyboard.type(COMMITMENT);
  await waitFor(async () => assert.equal((await sidebarOf(page).locator('[data-tacto="word-count"]').textContent())?.trim(), '6'), 10_000);
  return page;
}

const paused = (page: Page) => sidebarOf(page).locator('[data-tacto="paused"]');
const commitmentShown = (page: Page) => sidebarOf(page).locator('[data-rule="unrealistic-commitment"]');

async function pauseFromPanel(page: Page, scope: 'ticket' | 'site' | 'everywhere', duration: '1h' | 'tomorrow'): Promise<void> {
  const menu = sidebarOf(page).locator('[data-tacto="pause-menu"]');
  if (!(await menu.evaluate((d) => (d as HTMLDetailsElement).open))) await menu.locator('summary').click();
  await menu.locator(`input[name="pause-duration"][value="${duration}"]`).check();
  await menu.locator(`[data-action="pause-${scope}"]`).click();
}

async function storedPause(): Promise<Record<string, unknown>> {
  const page = await shared.harness.newPage();
  try {
    await page.goto(`chrome-extension://${await shared.harness.extensionId()}/options.html#settings`);
    return (await page.evaluate(async () => (await chrome.storage.local.get('pause')).pause)) as Record<string, unknown>;
  } finally {
    await page.close();
  }
}

describe('pausing Tacto (Chromium)', () => {
  test('paused on this site: no finding, and the unrealistic commitment is sent at once; resume brings the guard back', STEP, async () => {
    const page = await draftOn('zendesk');
    await waitFor(async () => assert.equal(await commitmentShown(page).count(), 1, 'flagged before the pause'), 10_000);
    const before = Date.now();
    await pauseFromPanel(page, 'site', '1h');
    await waitFor(async () => assert.equal(await paused(page).getAttribute('data-scope'), 'site'), 5_000);
    assert.equal(await commitmentShown(page).count(), 0, 'no finding while paused');
    const stored = await storedPause();
    const until = (stored.sites as Record<string, number>)['acme.zendesk.com'];
    assert.ok(until >= before + 3_590_000 && until <= Date.now() + 3_600_000, `paused for an hour (${until - before} ms)`);

    await driver('zendesk').send(page).click();
    await waitFor(async () => assert.equal((await sentRecords(page)).length, 1, 'sent at once'), 5_000);
    assert.equal(await guardOf(page).count(), 0, 'no guard while paused');

    // Another site is not paused.
    const other = await draftOn('freshdesk');
    await waitFor(async () => assert.equal(await commitmentShown(other).count(), 1, 'Freshdesk still coached'), 10_000);
    await other.close();

    // Resume: the finding and the guard are back.
    await page.bringToFront();
    await driver('zendesk').focusEditor(page);
    await paused(page).locator('[data-action="resume"]').click();
    await waitFor(async () => assert.equal(await paused(page).count(), 0, 'resumed'), 5_000);
    // The fixture emptied the editor on the send: the same reply again.
    await page.keyboard.press('Control+a');
    await page.keyboard.type(COMMITMENT);
    await waitFor(async () => assert.equal(await commitmentShown(page).count(), 1, 'flagged again'), 10_000);
    await driver('zendesk').send(page).click();
    await waitFor(async () => assert.equal(await guardOf(page).count(), 1, 'held again'), 5_000);
    assert.equal((await sentRecords(page)).length, 1, 'nothing more was sent');
    await page.close();
  });

  test('paused on this ticket only', STEP, async () => {
    const page = await draftOn('zendesk');
    await waitFor(async () => assert.equal(await commitmentShown(page).count(), 1), 10_000);
    await pauseFromPanel(page, 'ticket', '1h');
    await waitFor(async () => assert.equal(await paused(page).getAttribute('data-scope'), 'ticket'), 5_000);
    const stored = await storedPause();
    assert.deepEqual(Object.keys(stored.tickets as object), ['zendesk:1234']);
    assert.deepEqual(stored.sites, {});
    await driver('zendesk').send(page).click();
    await waitFor(async () => assert.equal((await sentRecords(page)).length, 1, 'sent at once'), 5_000);
    await paused(page).locator('[data-action="resume"]').click();
    await waitFor(async () => assert.equal(await paused(page).count(), 0), 5_000);
    await page.close();
  });

  test('paused everywhere until tomorrow: every helpdesk tab, also one opened later', STEP, async () => {
    const page = await draftOn('gmail');
    await waitFor(async () => assert.equal(await commitmentShown(page).count(), 1), 10_000);
    await pauseFromPanel(page, 'everywhere', 'tomorrow');
    await waitFor(async () => assert.equal(await paused(page).getAttribute('data-scope'), 'everywhere'), 5_000);
    const until = (await storedPause()).everywhere as number;
    const midnight = await page.evaluate(() => {
      const now = new Date();
      return new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1).getTime();
    });
    assert.equal(until, midnight, 'until the next local midnight');
    const later = await draftOn('freshdesk');
    await waitFor(async () => assert.equal(await paused(later).getAttribute('data-scope'), 'everywhere'), 5_000);
    assert.equal(await commitmentShown(later).count(), 0);
    await driver('freshdesk').send(later).click();
    await waitFor(async () => assert.equal((await sentRecords(later)).length, 1, 'sent at once'), 5_000);
    await later.close();
    // Resume from the first tab: the pause is gone for every tab.
    await page.bringToFront();
    await paused(page).locator('[data-action="resume"]').click();
    await waitFor(async () => assert.equal(await commitmentShown(page).count(), 1, 'coached again'), 5_000);
    assert.equal((await storedPause()).everywhere, null);
    await page.close();
  });
});
