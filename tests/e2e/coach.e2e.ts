/**
 * The in-page coach on each helpdesk, in real Chromium with the built extension:
 * findings for each rule, one-click rewrites through the editor's own model with one-step
 * undo, the send guard on a fixed Friday-evening clock, "send anyway", and failing open.
 *
 * The clock: Chromium runs under libfaketime (Debian's `faketime`) starting at
 * Friday 2026-11-20 17:30 in America/Lima, so every world of every page — including the
 * content script's — sees the same time, with no test hook in the extension.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import { countWords } from '../../lib/helpdesk/dom-text.ts';
import { RULES } from '../../lib/analysis/rules/registry.ts';
import { fridayEveningEnv, guardOf, openFixture, sidebarOf, sentRecords, typeLines, waitFor } from './helpers.ts';
import { DRIVERS, type Driver } from './drivers.ts';
import { sharedBrowser } from './shared';

const STEP = { timeout: 90_000 };

/** One sentence per rule, as an agent would write it (ids from docs/spec/analysis.md). */
const TYPICAL: Record<string, string> = {
  'problem-framing': 'Entonces tu problema es que no puedes enviar correos.',
  'flat-refusal': 'No es posible, no aceptamos archivos de más de 10 MB.',
  blame: 'Como ya le expliqué, usted debió leer las condiciones.',
  dismissive: 'Cálmese, no es para tanto.',
  'vague-handoff': 'Alguien de otra área lo va a contactar.',
  overpromise: 'Le garantizo que no volverá a pasar.',
  'unrealistic-commitment': 'Te lo soluciono en 5 minutos.',
};

const shared = sharedBrowser({ env: fridayEveningEnv() });


async function fresh(driver: Driver): Promise<{ page: Page; editor: Locator }> {
  const { page } = await openFixture(shared.harness, driver.site);
  const clock = await page.evaluate(() => new Date().toString());
  assert.match(clock, /^Fri Nov 20 2026 17:3\d/, `the browser's clock is fixed on Friday evening (${clock})`);
  const editor = await driver.focusEditor(page);
  await waitFor(async () => assert.equal(await sidebarOf(page).count(), 1, 'the sidebar mounted'), 10_000, 100);
  return { page, editor };
}

/** Waits until the sidebar shows the analysis of the whole draft (typing may outpace it). */
async function settled(page: Page, draft: string): Promise<void> {
  const words = String(countWords(draft));
  await waitFor(async () => assert.equal((await sidebarOf(page).locator('[data-tacto="word-count"]').textContent())?.trim(), words), 10_000, 100);
}

async function findingRules(page: Page): Promise<string[]> {
  return sidebarOf(page).locator('[data-rule]').evaluateAll((els) => els.map((el) => el.getAttribute('data-rule') ?? ''));
}

/** The isolated world of Tacto's content script, reached through the DevTools protocol. */
async function inContentScript(page: Page, expression: string): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const contexts: Array<{ id: number; name: string; auxData?: { type?: string } }> = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => contexts.push(context));
  await cdp.send('Runtime.enable');
  const world = await waitFor(() => {
    const found = contexts.find((c) => c.auxData?.type === 'isolated' && c.name.startsWith('Tacto'));
    assert.ok(found, `Tacto's isolated world among ${JSON.stringify(contexts.map((c) => c.name))}`);
    return found;
  }, 5_000);
  const result = await cdp.send('Runtime.evaluate', { contextId: world.id, expression });
  assert.equal(result.exceptionDetails, undefined, JSON.stringify(result.exceptionDetails));
  await cdp.detach();
}

for (const driver of DRIVERS) {
  describe(`coach on ${driver.site}`, () => {
    test('a draft with each rule\'s typical sentence shows that rule\'s finding', STEP, async () => {
      const { page } = await fresh(driver);
      await page.keyboard.type(Object.values(TYPICAL).join(' '));
      await waitFor(async () => {
        const rules = await findingRules(page);
        for (const rule of Object.keys(TYPICAL)) assert.ok(rules.includes(rule), `${rule} among ${rules.join(', ')}`);
      }, 10_000, 150);
      // The flagged spans are marked in the editor by the CSS Custom Highlight API, content untouched.
      const marked = await page.evaluate(() => {
        const highlight = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('tacto-finding');
        return highlight ? [...highlight].map((range) => range.toString()) : [];
      });
      assert.ok(marked.includes('Le garantizo que no volverá a pasar'), `the overpromise is marked: ${JSON.stringify(marked)}`);
      assert.ok(marked.includes('en 5 minutos'), `the commitment is marked: ${JSON.stringify(marked)}`);
      assert.equal(await driver.model(page), Object.values(TYPICAL).join(' '), 'the editor holds exactly what was typed');
      await page.close();
    });

    test('applying a suggestion rewrites the editor\'s own model; one undo step restores it', STEP, async () => {
      const { page } = await fresh(driver);
      const draft = `${TYPICAL['problem-framing']} Lo reviso ahora.`;
      await page.keyboard.type(draft);
      await settled(page, draft);
      const button = sidebarOf(page).locator('[data-rule="problem-framing"] [data-action="apply-suggestion"]').first();
      await waitFor(async () => assert.equal(await button.count(), 1), 10_000, 150);
      const suggestion = (await button.textContent())!.trim();
      await button.click();
      const rewritten = await waitFor(async () => {
        const text = await driver.model(page);
        assert.notEqual(text, draft, 'the model changed');
        return text;
      }, 5_000);
      const quote = TYPICAL['problem-framing'];
      assert.equal(rewritten, draft.replace(quote, suggestion), 'exactly the span was replaced');
      // The caret stays in the editor, right after the inserted text.
      const beforeCaret = await page.evaluate(() => {
        const selection = getSelection();
        const editable = (selection?.focusNode as Node | null)?.parentElement?.closest('[contenteditable="true"]');
        if (!selection?.isCollapsed || !editable) return null;
        const range = document.createRange();
        range.setStart(editable, 0);
        range.setEnd(selection.focusNode!, selection.focusOffset);
        return range.toString();
      });
      assert.equal(beforeCaret, suggestion, 'the caret landed right after the inserted text');
      await driver.undo(page);
      await waitFor(async () => assert.equal(await driver.model(page), draft, 'one undo step restored the original'), 5_000);
      await page.close();
    });

    test('the sidebar collapses to a badge and back without taking the caret from the editor', STEP, async () => {
      const { page } = await fresh(driver);
      await page.keyboard.type('Cálmese, no es para tanto.');
      await waitFor(async () => assert.deepEqual(await findingRules(page), ['dismissive']), 10_000, 150);
      await page.locator('tacto-sidebar [data-action="collapse"]').click();
      const badge = page.locator('tacto-sidebar [data-tacto="badge"]');
      await waitFor(async () => assert.equal(await badge.count(), 1, 'collapsed to a badge'), 5_000);
      assert.match((await badge.getAttribute('aria-label')) ?? '', /1/, 'the badge names the number of suggestions');
      await page.keyboard.type(' Ok');
      assert.equal(await driver.model(page), 'Cálmese, no es para tanto. Ok', 'typing still goes to the editor');
      await badge.click();
      await waitFor(async () => assert.equal(await sidebarOf(page).count(), 1, 'expanded again'), 5_000);
      await page.close();
    });

    test('a flat refusal offers the playbook\'s alternatives; one click adds it after the refusal', STEP, async () => {
      const { page } = await fresh(driver);
      const draft = 'No es posible, no aceptamos archivos adjuntos de más de 10 MB.';
      await page.keyboard.type(draft);
      await settled(page, draft);
      const alternative = sidebarOf(page).locator('[data-rule="flat-refusal"] [data-action="insert-alternative"]').first();
      await waitFor(async () => assert.equal(await alternative.count(), 1, 'an alternative from the default playbook'), 10_000, 150);
      const offered = (await alternative.locator('span').textContent())!.trim();
      await alternative.click();
      await waitFor(async () => assert.equal(await driver.model(page), `${draft} ${offered}`, 'the alternative follows the refusal'), 5_000);
      await waitFor(async () => assert.deepEqual(await findingRules(page), [], 'the refusal now offers something: no finding'), 5_000);
      await page.close();
    });

    test('one language of prose: a Spanish draft is explained in the interface language (en-US here), its rewrites stay Spanish', STEP, async () => {
      const { page } = await fresh(driver);
      const draft = 'Le garantizo que no volverá a pasar.';
      await page.keyboard.type(draft);
      await settled(page, draft);
      const finding = sidebarOf(page).locator('[data-rule="overpromise"]').first();
      await waitFor(async () => assert.equal(await finding.count(), 1), 5_000);
      const overpromise = RULES.find((r) => r.id === 'overpromise')!;
      assert.equal((await finding.locator('.message').textContent())?.trim(), overpromise.message.en);
      const suggestion = (await finding.locator('[data-action="apply-suggestion"]').first().textContent()) ?? '';
      assert.match(suggestion, /\b(?:voy|vamos|todo lo posible|que)\b/, `the rewrite is Spanish: ${suggestion}`);
      await page.close();
    });

    test('the learned layer runs in the page: a dismissal that only the model reads is flagged', STEP, async () => {
      const { page } = await fresh(driver);
      // No lexicon pattern matches this sentence (checked in tests/analysis/learned.test.ts);
      // a finding proves model.bin was fetched beside engine.js and installed.
      const draft = 'Es solo cerrar sesión y volver a entrar, no tiene ninguna ciencia.';
      await page.keyboard.type(draft);
      await settled(page, draft);
      await waitFor(async () => assert.deepEqual(await findingRules(page), ['dismissive']), 5_000);
      await page.close();
    });

    test('«Mañana te lo resuelvo» on a Friday evening holds the send; «send anyway» sends it as written', STEP, async () => {
      const { page } = await fresh(driver);
      const draft = 'Hola, mañana te lo resuelvo.';
      await page.keyboard.type(draft);
      await settled(page, draft);
      await driver.send(page).click();
      await waitFor(async () => assert.equal(await guardOf(page).count(), 1, 'the send guard is shown'), 5_000);
      assert.deepEqual(await sentRecords(page), [], 'nothing was sent while held');
      const dialog = guardOf(page);
      assert.match((await dialog.textContent()) ?? '', /mañana/i, 'the dialog quotes the commitment');
      assert.match((await dialog.locator('[data-tacto="window"]').first().textContent()) ?? '', /0[.,]5/, 'and the business hours left (0.5 h)');
      await dialog.locator('[data-action="send-anyway"]').click();
      const sent = await waitFor(async () => {
        const records = await sentRecords(page);
        assert.equal(records.length, 1, 'sent once, through the page\'s own handler');
        return records[0]!;
      }, 5_000);
      assert.equal(sent.text, draft);
      assert.equal(sent.ticket, driver.ticket);
      await page.close();
    });

    test('«Te escribo el lunes con novedades» sends at once', STEP, async () => {
      const { page } = await fresh(driver);
      const draft = 'Te escribo el lunes con novedades.';
      await page.keyboard.type(draft);
      await settled(page, draft); // judged realistic, not merely sent before the engine loaded
      await driver.send(page).click();
      const sent = await waitFor(async () => {
        const records = await sentRecords(page);
        assert.equal(records.length, 1);
        return records[0]!;
      }, 5_000);
      assert.equal(sent.text, draft);
      assert.equal(await guardOf(page).count(), 0, 'no send guard');
      await page.close();
    });

    test('Ctrl+Enter is held too; «Revise» puts the caret on the commitment and sends nothing', STEP, async () => {
      const { page } = await fresh(driver);
      const draft = 'Listo, te lo soluciono en 5 minutos.';
      await page.keyboard.type(draft);
      // Until the engine has loaded the guard lets every send through (fail open), so wait for it.
      await settled(page, draft);
      await page.keyboard.press('Control+Enter');
      await waitFor(async () => assert.equal(await guardOf(page).count(), 1, 'held'), 5_000);
      await guardOf(page).locator('[data-action="revise"]').click();
      await waitFor(async () => assert.equal(await guardOf(page).count(), 0, 'closed'), 5_000);
      assert.equal(await page.evaluate(() => getSelection()?.toString()), 'en 5 minutos', 'the commitment is selected');
      assert.deepEqual(await sentRecords(page), []);
      await page.close();
    });

    test('with the analysis made to throw, the send goes through unchanged and no typed character is lost', STEP, async () => {
      const { page } = await fresh(driver);
      // Fault injection in the content script's own world: every regular expression throws.
      await inContentScript(page, `RegExp.prototype.exec = function () { throw new Error('injected fault'); }; 'ok'`);
      const line = 'Mañana sin falta te lo resuelvo, ¿vale? ';
      const draft = line.repeat(Math.ceil(1000 / line.length)).slice(0, 1000).trimEnd();
      await typeLines(page, [draft], 0);
      assert.equal(await driver.model(page), draft, 'all 1,000 typed characters are in the editor');
      await driver.send(page).click();
      const sent = await waitFor(async () => {
        const records = await sentRecords(page);
        assert.equal(records.length, 1, 'the send went through');
        return records[0]!;
      }, 5_000);
      assert.equal(sent.text, draft);
      await page.close();
    });

    test('with the background stopped, typing and sending work unchanged', STEP, async () => {
      const { page } = await fresh(driver);
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('ServiceWorker.enable');
      await cdp.send('ServiceWorker.stopAllWorkers');
      await cdp.detach();
      const line = 'Gracias por tu paciencia, ya revisé tu caso con el equipo. ';
      const draft = line.repeat(Math.ceil(1000 / line.length)).slice(0, 1000).trimEnd();
      await typeLines(page, [draft], 0);
      assert.equal(await driver.model(page), draft, 'all 1,000 typed characters are in the editor');
      await driver.send(page).click();
      const sent = await waitFor(async () => {
        const records = await sentRecords(page);
        assert.equal(records.length, 1);
        return records[0]!;
      }, 5_000);
      assert.equal(sent.text, draft);
      await page.close();
    });
  });
}
