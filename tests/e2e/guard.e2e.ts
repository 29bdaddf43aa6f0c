/**
 * The send guard explains itself and behaves as a modal, on each helpdesk, in real Chromium
 * with the built extension on the fixed Friday-evening clock (libfaketime, see coach.e2e.ts):
 * the whole sentence with the time phrase marked, the due time and hours exactly as the
 * sidebar says them, the priority as the helpdesk shows it (or the settings' default), a
 * focus trap, Escape = Revise with the caret back in the editor.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { countWords } from '../../lib/helpdesk/dom-text.ts';
import { DRIVERS, type Driver } from './drivers.ts';
import { fridayEveningEnv, guardOf, openFixture, sentRecords, sidebarOf, waitFor } from './helpers.ts';
import { sharedBrowser } from './shared';

const STEP = { timeout: 90_000 };

/** What each fixture shows as the ticket's priority (docs/helpdesk-dom.md); Gmail has none. */
const SHOWN_PRIORITY: Record<string, string | null> = { zendesk: '«Normal»', freshdesk: '«Medium»', gmail: null };

const shared = sharedBrowser({ env: fridayEveningEnv() });

/** Opens the page, types the draft, waits for its analysis, and presses the site's send control. */
async function held(driver: Driver, draft: string): Promise<Page> {
  const { page } = await openFixture(shared.harness, driver.site);
  await driver.focusEditor(page);
  await page.keyboard.type(draft);
  const words = String(countWords(draft));
  await waitFor(async () => assert.equal((await sidebarOf(page).locator('[data-tacto="word-count"]').textContent())?.trim(), words), 10_000, 100);
  await waitFor(async () => assert.equal(await sidebarOf(page).locator('[data-rule="unrealistic-commitment"]').count(), 1), 10_000, 100);
  // The priority comes with the ticket, read after the first analysis.
  await page.waitForTimeout(300);
  await driver.send(page).click();
  await waitFor(async () => assert.equal(await guardOf(page).count(), 1, 'the send guard is shown'), 5_000);
  return page;
}

/** Where focus is: inside the guard, in the editor, or elsewhere. */
function focusPlace(page: Page, editorSelector: string): Promise<string> {
  return page.evaluate((selector) => {
    const host = document.activeElement;
    if (host?.tagName === 'TACTO-SIDEBAR') {
      const inner = host.shadowRoot?.activeElement;
      return inner?.closest('[data-tacto="send-guard"]') ? `guard:${inner.getAttribute('data-action') ?? inner.tagName}` : `sidebar:${inner?.tagName}`;
    }
    return host?.closest(selector) ? 'editor' : `page:${host?.tagName}`;
  }, editorSelector);
}

const EDITOR_SELECTOR: Record<string, string> = {
  zendesk: '[data-test-id="omnicomposer-rich-text-ckeditor"]',
  freshdesk: '.fr-element.fr-view',
  gmail: '[g_editable="true"]',
};

for (const driver of DRIVERS) {
  describe(`send guard on ${driver.site}`, () => {
    test('quotes the whole sentence with the time phrase marked; due time and hours as the sidebar says them; the priority named', STEP, async () => {
      const page = await held(driver, 'Hola, gracias por escribir. Mañana te lo resuelvo sin falta.');
      const dialog = guardOf(page);
      assert.equal((await dialog.locator('[data-tacto="sentence"]').textContent())?.trim(), 'Mañana te lo resuelvo sin falta.');
      assert.equal(await dialog.locator('[data-tacto="sentence"] mark[data-tacto="time-phrase"]').textContent(), 'Mañana');
      const due = (await dialog.locator('[data-tacto="due"]').textContent())!.trim();
      assert.equal(due, 'Due at the end of Saturday, November 21', 'the interface language (en-US) and the sidebar\'s phrase');
      const window = (await dialog.locator('[data-tacto="window"]').textContent())!.trim();
      assert.match(window, /^0\.5 business hours are left before then; at this priority the team needs at least 8\.$/);
      // The sidebar's finding says the same due phrase and the same figures.
      const message = (await sidebarOf(page).locator('[data-rule="unrealistic-commitment"] .message').textContent())!.trim();
      assert.equal(message, 'Unrealistic commitment: «Mañana» is due at the end of Saturday, November 21, leaving 0.5 business hours; normal priority needs at least 8.');
      const priority = dialog.locator('[data-tacto="priority"]');
      const shown = SHOWN_PRIORITY[driver.site];
      if (shown) {
        assert.equal((await priority.textContent())?.trim(), `Ticket priority: ${shown}.`);
        assert.equal(await priority.getAttribute('data-default'), 'false');
      } else {
        assert.equal((await priority.textContent())?.trim(), 'The ticket shows no priority, so the default priority from the settings (normal) was used.');
        assert.equal(await priority.getAttribute('data-default'), 'true');
      }
      // Each rewrite reads in its sentence: the sentence with the time phrase replaced, the new words marked.
      const rewrites = dialog.locator('[data-action="apply-suggestion"]');
      assert.ok((await rewrites.count()) >= 2);
      for (const rewrite of await rewrites.all()) {
        const replacement = (await rewrite.getAttribute('data-suggestion'))!;
        assert.equal((await rewrite.textContent())?.trim(), `${replacement} te lo resuelvo sin falta.`);
        assert.equal(await rewrite.locator('mark').textContent(), replacement);
        assert.match(replacement, /^\p{Lu}/u, `the rewrite opens the sentence with a capital: ${replacement}`);
      }
      assert.deepEqual(await sentRecords(page), [], 'nothing was sent while held');
      await page.close();
    });

    test('a real modal: Tab and Shift+Tab stay inside, Escape revises and the caret returns to the editor on the commitment', STEP, async () => {
      const page = await held(driver, 'Listo, te lo soluciono en 5 minutos.');
      const editor = EDITOR_SELECTOR[driver.site];
      await waitFor(async () => assert.equal(await focusPlace(page, editor), 'guard:revise', 'the dialog takes focus on Revise'), 2_000);
      const buttons = await guardOf(page).locator('button').count();
      const seen = new Set<string>();
      for (let i = 0; i < buttons + 2; i++) {
        await page.keyboard.press('Tab');
        const place = await focusPlace(page, editor);
        assert.match(place, /^guard:/, `Tab ${i + 1} stays in the dialog (${place})`);
        seen.add(place);
      }
      assert.ok(seen.has('guard:send-anyway') && seen.has('guard:apply-suggestion'), `Tab reaches every control: ${[...seen].join(', ')}`);
      for (let i = 0; i < buttons + 2; i++) {
        await page.keyboard.press('Shift+Tab');
        assert.match(await focusPlace(page, editor), /^guard:/, `Shift+Tab ${i + 1} stays in the dialog`);
      }
      await page.keyboard.press('Escape');
      await waitFor(async () => assert.equal(await guardOf(page).count(), 0, 'Escape closed the dialog'), 5_000);
      assert.equal(await focusPlace(page, editor), 'editor', 'focus is back in the editor');
      assert.equal(await page.evaluate(() => getSelection()?.toString()), 'en 5 minutos', 'the commitment is selected');
      assert.deepEqual(await sentRecords(page), [], 'Revise sends nothing');
      await page.close();
    });
  });
}
