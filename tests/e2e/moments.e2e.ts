/**
 * Moment chips with the playbook, on each helpdesk, in real Chromium with the built
 * extension: the ticket's moment shows as a compact chip whose advice opens on demand, and
 * the chip offers the default playbook's entries for that moment (in the customer's
 * language before the agent writes) as `insert-alternative` buttons, before any refusal.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { DEFAULT_PLAYBOOK } from '../../lib/settings/playbook-default.ts';
import { DRIVERS } from './drivers.ts';
import { EXPECTED_MOMENT, openFixture, sidebarOf, waitFor } from './helpers.ts';
import { sharedBrowser } from './shared';

const STEP = { timeout: 90_000 };

const shared = sharedBrowser();

for (const driver of DRIVERS) {
  describe(`moment chips on ${driver.site}`, () => {
    test('a compact chip, advice on demand, and the playbook\'s entries for the moment, inserted with one click before any refusal', STEP, async () => {
      const { page } = await openFixture(shared.harness, driver.site);
      await driver.focusEditor(page);
      const { type: moment, lang } = EXPECTED_MOMENT[driver.site];
      const chip = sidebarOf(page).locator(`[data-moment="${moment}"]`);
      await waitFor(async () => assert.equal(await chip.count(), 1, `the ${moment} chip`), 10_000, 100);
      const advice = chip.locator('.advice');
      assert.equal(await advice.isVisible(), false, 'the advice waits to be asked for');
      const compact = await chip.evaluate((el) => el.getBoundingClientRect().height);
      await chip.locator('summary').click();
      await waitFor(async () => assert.equal(await advice.isVisible(), true, 'the advice opens on demand'), 3_000);
      assert.ok((await advice.textContent())!.trim().length > 20, 'and says something');

      const expected = DEFAULT_PLAYBOOK.entries.filter((e) => e.lang === lang && e.moments?.includes(moment as never));
      assert.ok(expected.length > 0, `the default playbook answers ${moment}`);
      const offers = chip.locator('[data-action="insert-alternative"]');
      assert.deepEqual(await offers.evaluateAll((els) => els.map((el) => el.getAttribute('data-alternative'))), expected.map((e) => e.id));
      assert.ok(compact <= 40 + 34 * expected.length, `compact: ${compact}px for the chip and its ${expected.length} entries`);
      assert.equal(await sidebarOf(page).locator('[data-rule]').count(), 0, 'no refusal (nor any finding) yet');

      await offers.first().click();
      await waitFor(async () => assert.equal(await driver.model(page), expected[0]!.text, 'the entry is the reply\'s text'), 5_000);
      await page.keyboard.type(' Gracias.');
      await waitFor(async () => assert.equal(await driver.model(page), `${expected[0]!.text} Gracias.`, 'the caret stays after it'), 5_000);
      await page.close();
    });
  });
}
