/**
 * Tacto on a hostile (or merely busy) helpdesk page, in real Chromium with the built
 * extension, on all three helpdesks: whatever the page does to Tacto's sidebar, a reply
 * leaves exactly as typed or is shown held in a visible dialog; "send anyway" sends once;
 * and nothing the page's own scripts do can open a session, apply a rewrite, answer the
 * guard, create a log event or switch Tacto off.
 *
 * Same fixed clock as coach.e2e.ts: Friday 2026-11-20 17:30 in Lima, so «mañana» is an
 * unrealistic commitment and the send is guarded.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { DRIVERS, type Driver } from './drivers.ts';
import { fridayEveningEnv, guardOf, openFixture, sidebarOf, sentRecords, waitFor } from './helpers.ts';
import { PAGES } from './server.ts';
import { sharedBrowser } from './shared';

const STEP = { timeout: 90_000 };
const DRAFT = 'Hola, mañana te lo resuelvo.';

const shared = sharedBrowser({ env: fridayEveningEnv() });


/** Opens the page, focuses the editor as the agent would, and types the draft. */
async function typed(driver: Driver, draft = DRAFT): Promise<Page> {
  const { page } = await openFixture(shared.harness, driver.site);
  await driver.focusEditor(page);
  await waitFor(async () => assert.equal(await sidebarOf(page).count(), 1, 'the sidebar mounted'), 10_000, 100);
  await page.keyboard.type(draft);
  await waitFor(async () => assert.ok((await sidebarOf(page).locator('[data-rule="unrealistic-commitment"]').count()) > 0, 'the commitment is found'), 10_000, 100);
  return page;
}

async function sentOnce(page: Page, draft = DRAFT): Promise<void> {
  const records = await waitFor(async () => {
    const sent = await sentRecords(page);
    assert.equal(sent.length, 1, `sent once (${JSON.stringify(sent)})`);
    return sent;
  }, 5_000);
  assert.equal(records[0]!.text, draft, 'exactly as typed');
  // And not a second time a moment later.
  await page.waitForTimeout(600);
  assert.equal((await sentRecords(page)).length, 1, 'still once');
}

const eventCount = async () => (await shared.harness.readEvents()).length;

for (const driver of DRIVERS) {
  describe(`hostile page on ${driver.site}`, () => {
    test('the page hides the sidebar with its own CSS: the send goes out as typed', STEP, async () => {
      const page = await typed(driver);
      await page.addStyleTag({ content: 'tacto-sidebar { display: none !important; }' });
      await driver.send(page).click();
      await sentOnce(page);
      await page.close();
    });

    test('the page covers the sidebar with its own overlay: the send goes out as typed', STEP, async () => {
      const page = await typed(driver);
      await page.evaluate(() => {
        const veil = document.createElement('div');
        veil.style.cssText = 'position:fixed;inset:0;z-index:2147483647;background:transparent;pointer-events:none';
        // pointer-events:none lets the agent's click reach Send; the veil still covers the dialog.
        veil.style.pointerEvents = 'none';
        document.documentElement.append(veil);
        const style = document.createElement('style');
        style.textContent = 'tacto-sidebar { opacity: 0 !important; }';
        document.head.append(style);
      });
      await driver.send(page).click();
      await sentOnce(page);
      await page.close();
    });

    test('the page removes the sidebar (a re-render): it comes back, the held dialog is visible, send anyway sends once', STEP, async () => {
      const page = await typed(driver);
      await page.evaluate(() => {
        for (const host of document.querySelectorAll('tacto-sidebar')) host.remove();
        // A single-page app re-rendering <body>'s children.
        document.body.append(...[...document.body.children]);
      });
      await waitFor(async () => assert.equal(await page.locator('tacto-sidebar').count(), 1, 'the host is back'), 5_000);
      await driver.send(page).click();
      await waitFor(async () => assert.ok(await guardOf(page).isVisible(), 'held with a visible dialog'), 5_000);
      assert.deepEqual(await sentRecords(page), [], 'nothing sent while held');
      const before = (await shared.harness.readEvents()).filter((e) => e.action === 'sent-anyway').length;
      await guardOf(page).locator('[data-action="send-anyway"]').click();
      await sentOnce(page);
      const events = await shared.harness.waitForEvents((e) => e.action === 'sent-anyway');
      await page.waitForTimeout(500);
      const after = (await shared.harness.readEvents()).filter((e) => e.action === 'sent-anyway').length;
      assert.equal(after - before, 1, `one sent-anyway event for the one commitment (${events.length} in all)`);
      await page.close();
    });

    test('the page hides the dialog while a send is held: the send is released, once', STEP, async () => {
      const page = await typed(driver);
      await driver.send(page).click();
      await waitFor(async () => assert.ok(await guardOf(page).isVisible(), 'held'), 5_000);
      await page.addStyleTag({ content: 'tacto-sidebar { visibility: hidden !important; }' });
      await sentOnce(page);
      await page.close();
    });

    test('the page removes the sidebar for good while a send is held: the send is released, once', STEP, async () => {
      const page = await typed(driver);
      await driver.send(page).click();
      await waitFor(async () => assert.ok(await guardOf(page).isVisible(), 'held'), 5_000);
      // A page that keeps removing it: Tacto gives way after its re-attach budget.
      // (A string: tsx would wrap a named function in a helper the page does not have.)
      await page.evaluate(`(() => {
        const strip = () => document.querySelectorAll('tacto-sidebar').forEach((host) => host.remove());
        new MutationObserver(strip).observe(document.documentElement, { childList: true });
        strip();
      })()`);
      await sentOnce(page);
      await page.close();
    });

    test('the page replaces its send control while held: send anyway sends once through the new one', STEP, async () => {
      const page = await typed(driver);
      const send = driver.send(page);
      await send.click();
      await waitFor(async () => assert.ok(await guardOf(page).isVisible(), 'held'), 5_000);
      // A re-render: a new control, wired to the same send action as the old one.
      await send.evaluate((old) => {
        const fresh = old.cloneNode(true) as HTMLElement;
        fresh.addEventListener('click', () => (old as HTMLElement).click());
        old.replaceWith(fresh);
      });
      const before = (await shared.harness.readEvents()).filter((e) => e.action === 'sent-anyway').length;
      await guardOf(page).locator('[data-action="send-anyway"]').click();
      await sentOnce(page);
      await shared.harness.waitForEvents((e) => e.action === 'sent-anyway');
      await page.waitForTimeout(500);
      const after = (await shared.harness.readEvents()).filter((e) => e.action === 'sent-anyway').length;
      assert.equal(after - before, 1, 'exactly one sent-anyway event');
      await page.close();
    });

    test('page scripts alone open no session, apply no rewrite, answer no guard and log nothing', STEP, async () => {
      const { page } = await openFixture(shared.harness, driver.site);
      const before = await eventCount();
      // 1. The page focuses the editor and sends by itself: no session, and its send is not held.
      await driver.focusEditor(page).catch(() => undefined); // opening the editor needs a click on some sites
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await page.locator('tacto-sidebar').evaluateAll((hosts) => hosts.forEach((h) => h.remove()));
      await page.reload();
      await page.waitForSelector('html[data-fixture-ready="true"]');
      const sidebarsBefore = await page.locator('tacto-sidebar').count();
      await page.evaluate(() => {
        const editor = document.querySelector<HTMLElement>('[contenteditable="true"]');
        editor?.focus();
        editor?.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true }));
        editor?.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
      });
      await page.waitForTimeout(800);
      assert.equal(await page.locator('tacto-sidebar').count(), sidebarsBefore, 'no session opened by the page');

      // 2. With a session the agent opened, scripted clicks reach none of Tacto's buttons.
      await driver.focusEditor(page);
      await waitFor(async () => assert.equal(await sidebarOf(page).count(), 1), 10_000, 100);
      await page.keyboard.type(`Entonces tu problema es que no puedes enviar correos. ${DRAFT}`);
      const apply = sidebarOf(page).locator('[data-rule="problem-framing"] [data-action="apply-suggestion"]').first();
      await waitFor(async () => assert.equal(await apply.count(), 1), 10_000, 100);
      const draft = await driver.model(page);
      await apply.evaluate((button: HTMLElement) => button.click());
      await apply.dispatchEvent('click');
      await page.waitForTimeout(500);
      assert.equal(await driver.model(page), draft, 'no rewrite applied by a scripted click');

      // 3. The agent's send is held; the page cannot answer the dialog.
      await driver.send(page).click();
      await waitFor(async () => assert.ok(await guardOf(page).isVisible(), 'held'), 5_000);
      await guardOf(page).locator('[data-action="send-anyway"]').evaluate((button: HTMLElement) => button.click());
      await guardOf(page).locator('[data-action="revise"]').evaluate((button: HTMLElement) => button.click());
      await page.waitForTimeout(500);
      assert.ok(await guardOf(page).isVisible(), 'still held: the page\'s clicks answered nothing');
      assert.deepEqual(await sentRecords(page), [], 'nothing sent');
      await guardOf(page).locator('[data-action="revise"]').click();

      // 4. A flood of scripted sends: they go to the page's own handler, none is held or logged. The agent's own «revise»
      // above is logged asynchronously: the count is taken once it has settled, or that event lands inside the flood's wait.
      let floodBefore = await eventCount();
      await waitFor(async () => {
        await page.waitForTimeout(300);
        const settled = await eventCount();
        const steady = settled === floodBefore;
        floodBefore = settled;
        assert.ok(steady, 'the log settled');
      }, 5_000);
      await driver.send(page).evaluate((control: HTMLElement) => {
        for (let i = 0; i < 120; i++) control.click();
      });
      await page.waitForTimeout(1500);
      assert.equal((await sentRecords(page)).length, 120, 'the page\'s own sends were not touched');
      assert.equal(await eventCount(), floodBefore, 'and none of them made a log event');
      assert.ok((await eventCount()) - before <= 8, 'only the ticket\'s moments, once the agent opened a session');
      await page.close();
    });

    test('a forged content-script-started event switches nothing off; the page never sees the extension id', STEP, async () => {
      const id = await shared.harness.extensionId();
      const page = await shared.harness.newPage();
      await page.addInitScript(() => {
        (window as unknown as { __messages: string[] }).__messages = [];
        window.addEventListener('message', (event) => (window as unknown as { __messages: string[] }).__messages.push(JSON.stringify(event.data)));
      });
      await page.goto(PAGES[driver.site]);
      await page.waitForSelector('html[data-fixture-ready="true"]');
      await page.evaluate((extensionId) => {
        for (const name of ['helpdesk', 'helpdesk.content', 'content']) {
          const type = `${extensionId}:${name}:wxt:content-script-started`;
          document.dispatchEvent(new CustomEvent(type, { detail: { contentScriptName: name, messageId: 'forged' } }));
          window.postMessage({ type, contentScriptName: name, messageId: 'forged' }, '*');
        }
      }, id);
      await driver.focusEditor(page);
      await waitFor(async () => assert.equal(await sidebarOf(page).count(), 1, 'the sidebar still mounts'), 10_000, 100);
      await page.keyboard.type(DRAFT);
      await driver.send(page).click();
      await waitFor(async () => assert.ok(await guardOf(page).isVisible(), 'and the send guard still holds'), 5_000);
      const messages = await page.evaluate(() => (window as unknown as { __messages: string[] }).__messages);
      assert.ok(!messages.some((m) => m.includes(id) && !m.includes('forged')), `no message of Tacto's carries its id: ${messages.join(' | ')}`);
      await page.close();
    });
  });
}

describe('the engine is not a public service', () => {
  test('a page cannot load engine.js or model.bin at their static addresses', STEP, async () => {
    const id = await shared.harness.extensionId();
    const { page } = await openFixture(shared.harness, 'zendesk');
    const outcome = await page.evaluate(async (extensionId) => {
      try {
        await import(/* @vite-ignore */ `chrome-extension://${extensionId}/engine.js`);
        return 'imported';
      } catch {
        return 'refused';
      }
    }, id);
    assert.equal(outcome, 'refused');
    const weights = await page.evaluate(async (extensionId) => {
      try {
        const response = await fetch(`chrome-extension://${extensionId}/model.bin`);
        return response.ok ? 'fetched' : 'refused';
      } catch {
        return 'refused';
      }
    }, id);
    assert.equal(weights, 'refused', 'nor its weights, model.bin');
    await page.close();
  });
});
