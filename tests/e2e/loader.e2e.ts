/**
 * The content script is a loader (entrypoints/helpdesk.content/index.ts), in the built
 * extension in Debian's Chromium on the Zendesk fixture:
 * - a page where the agent has not worked in a reply editor fetches neither Tacto's page
 *   code (coach.js) nor the engine (engine.js, model.bin), draws no sidebar, and its send
 *   goes out as typed;
 * - a page script focusing the editor (no agent input) loads nothing;
 * - the agent's first click in the reply editor brings them, the sidebar opens on that
 *   editor at once, and the send guard holds an unrealistic commitment.
 *
 * Run: npm run build && npx tsx --test tests/e2e/loader.e2e.ts
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { guardOf, openFixture, sentRecords, sidebarOf, waitFor, zendeskEditor } from './helpers.ts';
import { sharedBrowser } from './shared';

const STEP = { timeout: 60_000 };
const SEND = '[data-ticket-id="1234"] button[data-test-id="submit_button-button"]';

const shared = sharedBrowser({ extension: true });

/** The extension files the browser fetched so far, by name (coach.js, engine.js, model.bin). */
const fetched = () =>
  shared.harness.requests.filter((r) => r.url.startsWith('chrome-extension://')).map((r) => new URL(r.url).pathname.slice(1));

test('before the agent works in a reply editor: nothing heavy, no sidebar, sends untouched; then the first click brings Tacto', STEP, async () => {
  const { page, errors } = await openFixture(shared.harness, 'zendesk');
  await page.waitForTimeout(1_500);
  // The loader runs (it is the content script); a page script's focus is not the agent's.
  await page.evaluate(() => (document.querySelector('[data-ticket-id="1234"] [data-test-id="omnicomposer-rich-text-ckeditor"]') as HTMLElement).focus());
  await page.waitForTimeout(1_000);
  assert.deepEqual(fetched().filter((name) => ['coach.js', 'engine.js', 'model.bin'].includes(name)), [], 'nothing fetched before the agent works in a reply editor');
  assert.equal(await page.locator('tacto-sidebar').count(), 0, 'no sidebar');
  await page.locator(SEND).click();
  await waitFor(async () => assert.equal((await sentRecords(page)).length, 1, 'the send went out'), 5_000);

  await zendeskEditor(page, '1234').click();
  await sidebarOf(page).first().waitFor({ timeout: 15_000 });
  assert.ok(fetched().includes('coach.js') && fetched().includes('engine.js') && fetched().includes('model.bin'), `fetched: ${fetched().join(', ')}`);
  await page.keyboard.type('Listo, te lo soluciono en 5 minutos.', { delay: 5 });
  await waitFor(async () => assert.ok(await page.locator('tacto-sidebar [data-rule="unrealistic-commitment"]').count()), 10_000);
  await page.locator(SEND).click();
  await guardOf(page).first().waitFor({ timeout: 5_000 });
  assert.equal((await sentRecords(page)).length, 1, 'the second send is held');
  assert.deepEqual(errors, []);
  await page.close();
});
