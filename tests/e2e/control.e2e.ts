/**
 * The agent in control, in real Chromium with the built extension, on the Zendesk fixture:
 * - *Ignore* drops one finding from this draft and it stays dropped while the agent types
 *   before and after it (keyed by rule and phrase, not offset);
 * - *Never flag this phrase* puts it on the allow-list in extension storage: after a reload
 *   the same sentence is not flagged; removing it on the options page brings it back;
 * - *Turn off this rule* and its one-step undo;
 * - an ignored unrealistic commitment holds no send;
 * - the page's own scripts cannot press any of these controls;
 * - strictness chosen on the options page (standard by default, picky) changes what is flagged;
 * - every dismissal is logged as a `dismissed` finding event with no text, and the
 *   dashboard and the JSON export count them per rule (acted on vs dismissed).
 *
 * Run: npm run build && npx tsx --test --test-reporter=spec tests/e2e/control.e2e.ts
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import { countWords } from '../../lib/helpdesk/dom-text.ts';
import { DRIVERS } from './drivers.ts';
import { guardOf, openFixture, sentRecords, sidebarOf, waitFor } from './helpers.ts';
import { sharedBrowser } from './shared';

/** The extension APIs the test reads inside extension pages (run there; typed here). */
declare const chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } };

const STEP = { timeout: 90_000 };
const zendesk = DRIVERS.find((d) => d.site === 'zendesk')!;

const shared = sharedBrowser();

async function fresh(): Promise<Page> {
  const { page } = await openFixture(shared.harness, 'zendesk');
  // The first page of a fresh profile can be clicked before Tacto has started on it (the
  // single-click start is coach.e2e.ts's to check): here the agent clicks again.
  await waitFor(async () => {
    await zendesk.focusEditor(page);
    assert.equal(await sidebarOf(page).count(), 1, 'the sidebar mounted');
  }, 10_000, 500);
  return page;
}

/** The sidebar shows the analysis of the whole draft as the editor holds it now. */
async function settled(page: Page): Promise<void> {
  await waitFor(async () => {
    const words = String(countWords(await zendesk.model(page)));
    assert.equal((await sidebarOf(page).locator('[data-tacto="word-count"]').textContent())?.trim(), words);
  }, 10_000, 100);
}

async function rules(page: Page): Promise<string[]> {
  return sidebarOf(page).locator('[data-rule]').evaluateAll((els) => els.map((el) => el.getAttribute('data-rule') ?? ''));
}

async function waitForRules(page: Page, check: (rules: string[]) => void): Promise<void> {
  await settled(page);
  await waitFor(async () => check(await rules(page)), 10_000, 100);
}

const control = (page: Page, rule: string, action: string): Locator =>
  sidebarOf(page).locator(`[data-rule="${rule}"] [data-action="${action}"]`).first();

async function storedSettings(): Promise<Record<string, unknown>> {
  const page = await shared.harness.newPage();
  try {
    await page.goto(`chrome-extension://${await shared.harness.extensionId()}/options.html#settings`);
    return await page.evaluate(async () => (await chrome.storage.local.get('settings')).settings as Record<string, unknown>);
  } finally {
    await page.close();
  }
}

describe('the agent in control (Zendesk, Chromium)', () => {
  test('Ignore drops the finding from this draft; typing before and after it does not bring it back', STEP, async () => {
    const page = await fresh();
    await page.keyboard.type('Cálmese, no es para tanto. Le garantizo que no volverá a pasar.');
    await waitForRules(page, (r) => assert.deepEqual(r.sort(), ['dismissive', 'overpromise']));
    await control(page, 'dismissive', 'ignore').click();
    await waitForRules(page, (r) => assert.deepEqual(r, ['overpromise'], 'only the ignored finding went'));
    // Typing after it, then before it (the finding's offsets change).
    await page.keyboard.type(' Gracias por escribirnos.');
    await waitForRules(page, (r) => assert.deepEqual(r, ['overpromise']));
    await page.keyboard.press('Control+Home');
    await page.keyboard.type('Hola Ana, gracias por tu paciencia. ');
    await waitForRules(page, (r) => assert.deepEqual(r, ['overpromise'], 'still ignored after an edit before it'));
    assert.match(await zendesk.model(page), /^Hola Ana, gracias por tu paciencia\. Cálmese, no es para tanto\./);
    const events = await shared.harness.waitForEvents((e) => e.action === 'dismissed' && e.type === 'dismissive');
    assert.equal(events.length, 1, 'one dismissal logged');
    assert.deepEqual(Object.keys(events[0]).sort(), ['action', 'agent', 'at', 'helpdesk', 'id', 'kind', 'lang', 't', 'ticket', 'topic', 'type']);
    assert.equal(events[0].kind, 'finding');
    assert.equal(events[0].ticket, '1234');
    assert.equal(events[0].lang, 'es');
    const stored = JSON.stringify(await shared.harness.readEvents());
    for (const text of ['Cálmese', 'para tanto', 'calmese']) assert.ok(!stored.includes(text), `the log holds «${text}»`);
    await page.close();
  });

  test('Never flag this phrase survives a reload; removing it on the options page brings the finding back', STEP, async () => {
    const refusal = 'No es posible, no aceptamos archivos de más de 10 MB.';
    const page = await fresh();
    await page.keyboard.type(`${refusal} Cálmese, no es para tanto.`);
    await waitForRules(page, (r) => assert.ok(r.includes('flat-refusal') && r.includes('dismissive'), r.join()));
    const quote = (await sidebarOf(page).locator('[data-rule="flat-refusal"] blockquote').first().textContent())!.trim();
    await control(page, 'flat-refusal', 'ignore-always').click();
    await waitForRules(page, (r) => assert.deepEqual(r, ['dismissive']));
    const phrase = await waitFor(async () => {
      const allow = (await storedSettings()).allowPhrases as string[];
      assert.equal(allow.length, 1, JSON.stringify(allow));
      return allow[0];
    }, 5_000);
    assert.equal(phrase, quote.toLowerCase().replace(/[.,]+$/, ''), 'the normalised phrase is stored');

    // A reload: a fresh draft with the same refusal is not flagged; another rule still is.
    await page.reload();
    await page.waitForSelector('html[data-fixture-ready="true"]');
    // As in fresh(): a reloaded page can be clicked before Tacto has started on it.
    await waitFor(async () => {
      await zendesk.focusEditor(page);
      assert.equal(await sidebarOf(page).count(), 1, 'the sidebar mounted');
    }, 10_000, 500);
    await page.keyboard.type(`${refusal} Cálmese, no es para tanto.`);
    await waitForRules(page, (r) => assert.deepEqual(r, ['dismissive'], 'the allow-listed phrase is not flagged after a reload'));

    // The options page lists it; removing it there brings the finding back in the open tab.
    const options = await shared.harness.newPage();
    await options.goto(`chrome-extension://${await shared.harness.extensionId()}/options.html#settings`);
    const item = options.locator(`[data-list="allow-phrases"] li[data-phrase="${phrase}"]`);
    await item.waitFor({ timeout: 10_000 });
    await item.locator('[data-action="remove-allow-phrase"]').click();
    await waitFor(async () => assert.deepEqual((await storedSettings()).allowPhrases, []), 5_000);
    await page.bringToFront();
    await waitFor(async () => assert.ok((await rules(page)).includes('flat-refusal'), 'flagged again'), 10_000);
    await options.close();
    await page.close();
  });

  test('Turn off this rule, then undo in the panel', STEP, async () => {
    const page = await fresh();
    await page.keyboard.type('Le garantizo que no volverá a pasar. Cálmese, no es para tanto.');
    await waitForRules(page, (r) => assert.deepEqual(r.sort(), ['dismissive', 'overpromise']));
    await control(page, 'overpromise', 'disable-rule').click();
    await waitForRules(page, (r) => assert.deepEqual(r, ['dismissive']));
    const undo = sidebarOf(page).locator('[data-tacto="rule-off"][data-rule-off="overpromise"] [data-action="undo-disable-rule"]');
    await undo.waitFor({ timeout: 5_000 });
    await waitFor(async () => assert.deepEqual((await storedSettings()).disabledRules, ['overpromise']), 5_000);
    await undo.click();
    await waitForRules(page, (r) => assert.deepEqual(r.sort(), ['dismissive', 'overpromise'], 'the rule is back'));
    await waitFor(async () => assert.deepEqual((await storedSettings()).disabledRules, []), 5_000);
    assert.equal(await sidebarOf(page).locator('[data-tacto="rule-off"]').count(), 0, 'the undo is gone once used');
    await shared.harness.waitForEvents((e) => e.action === 'dismissed' && e.type === 'overpromise');
    await page.close();
  });

  test('an ignored unrealistic commitment holds no send (and one not ignored does)', STEP, async () => {
    const page = await fresh();
    await page.keyboard.type('Te lo soluciono en 5 minutos.');
    await waitForRules(page, (r) => assert.deepEqual(r, ['unrealistic-commitment']));
    // Not ignored: the send is held.
    await zendesk.send(page).click();
    await waitFor(async () => assert.equal(await guardOf(page).count(), 1, 'held'), 5_000);
    await guardOf(page).locator('[data-action="revise"]').click();
    await waitFor(async () => assert.equal(await guardOf(page).count(), 0), 5_000);
    assert.deepEqual(await sentRecords(page), []);
    // Ignored: the send goes out at once, as typed.
    await control(page, 'unrealistic-commitment', 'ignore').click();
    await waitForRules(page, (r) => assert.deepEqual(r, []));
    await zendesk.send(page).click();
    await waitFor(async () => assert.equal((await sentRecords(page)).length, 1, 'sent'), 5_000);
    assert.equal(await guardOf(page).count(), 0, 'no guard');
    await page.close();
  });

  test('the page\'s own scripts cannot ignore, allow-list, switch off or pause (untrusted clicks do nothing)', STEP, async () => {
    const page = await fresh();
    await page.keyboard.type('Cálmese, no es para tanto.');
    await waitForRules(page, (r) => assert.deepEqual(r, ['dismissive']));
    const before = (await shared.harness.readEvents()).length;
    const clicked = await page.evaluate(() => {
      const root = document.querySelector('tacto-sidebar')?.shadowRoot;
      const actions = ['ignore', 'ignore-always', 'disable-rule', 'pause-site', 'pause-everywhere', 'open-dashboard'];
      return actions.filter((action) => {
        const button = root?.querySelector<HTMLElement>(`[data-action="${action}"]`);
        button?.click();
        return Boolean(button);
      });
    });
    assert.deepEqual(clicked, ['ignore', 'ignore-always', 'disable-rule', 'pause-site', 'pause-everywhere', 'open-dashboard'], 'the page reached every control');
    await page.keyboard.type(' Ok.');
    await waitForRules(page, (r) => assert.deepEqual(r, ['dismissive'], 'still flagged'));
    assert.equal(await sidebarOf(page).locator('[data-tacto="paused"]').count(), 0, 'not paused');
    const settings = await storedSettings();
    assert.deepEqual([settings.allowPhrases, settings.disabledRules], [[], []]);
    assert.equal((await shared.harness.readEvents()).length, before, 'nothing logged');
    assert.equal(shared.harness.context.pages().filter((p) => p.url().includes('options.html')).length, 0, 'no options page opened');
    await page.close();
  });

  test('every dismissal is one `dismissed` finding event, with no draft text', STEP, async () => {
    const dismissed = await shared.harness.waitForEvents((e) => e.action === 'dismissed');
    assert.deepEqual(dismissed.map((e) => e.type).sort(), ['dismissive', 'flat-refusal', 'overpromise', 'unrealistic-commitment']);
    const stored = JSON.stringify(dismissed);
    for (const text of ['posible', 'archivos', 'garantizo', 'minutos', 'soluciono']) assert.ok(!stored.includes(text), `a dismissal holds «${text}»`);
  });

  test('strictness: a borderline sentence is flagged only once the agent picks "picky" on the options page', STEP, async () => {
    // A train.jsonl sentence that refuses with nothing offered, in words no refusal pattern reads: a borderline flat refusal
    // for the learned layer (probability 0.42 with the thirty-third session's weights), between the picky (0.30) and
    // standard (0.55) thresholds.
    const borderline = "Viewers can see everything and export reports, but can't edit or delete anything.";
    let page = await fresh();
    await page.keyboard.type(borderline);
    await waitForRules(page, (r) => assert.deepEqual(r, [], 'standard (the default) leaves it alone'));
    await page.close();
    const options = await shared.harness.newPage();
    await options.goto(`chrome-extension://${await shared.harness.extensionId()}/options.html#settings`);
    const select = options.locator('select[name="strictness"]');
    assert.equal(await select.inputValue(), 'standard');
    await select.selectOption('picky');
    await waitFor(async () => assert.equal((await storedSettings()).strictness, 'picky'), 5_000);
    page = await fresh();
    await page.keyboard.type(borderline);
    await waitForRules(page, (r) => assert.deepEqual(r, ['flat-refusal'], 'picky flags the borderline'));
    await page.close();
    await select.selectOption('standard');
    await waitFor(async () => assert.equal((await storedSettings()).strictness, 'standard'), 5_000);
    await options.close();
  });

  test('the dashboard and the JSON export count dismissals per rule', STEP, async () => {
    const options = await shared.harness.newPage();
    await options.goto(`chrome-extension://${await shared.harness.extensionId()}/options.html#dashboard`);
    await options.locator('.dash[data-state="ready"]').waitFor({ timeout: 15_000 });
    const cell = (rule: string, col: string) => options.locator(`[data-tacto="rule-trust"] tr[data-rule="${rule}"] [data-col="${col}"]`).textContent();
    for (const rule of ['dismissive', 'flat-refusal', 'overpromise']) {
      assert.equal(await cell(rule, 'dismissed'), '1', rule);
      assert.equal(await cell(rule, 'dismissed-percent'), '100 %', rule);
    }
    // Revised once (the held send), then ignored once: half dismissed.
    assert.equal(await cell('unrealistic-commitment', 'dismissed'), '1');
    assert.equal(await cell('unrealistic-commitment', 'dismissed-percent'), '50 %');
    assert.equal(await cell('blame', 'dismissed'), '0');
    assert.equal(await cell('blame', 'dismissed-percent'), '–');
    // The held send that was revised counts as acted on.
    assert.equal(await cell('unrealistic-commitment', 'revised'), '1');
    assert.equal(await options.locator('tr[data-kind="action"][data-id="dismissed"] [data-col="current"]').textContent(), '4');

    await options.locator('select[name="format"]').selectOption('json');
    const [download] = await Promise.all([options.waitForEvent('download'), options.locator('[data-action="export"]').click()]);
    const file = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    assert.equal(file.events.filter((e: { action: string }) => e.action === 'dismissed').length, 4);
    const trust = Object.fromEntries(file.summary.ruleTrust.map((r: { rule: string }) => [r.rule, r]));
    assert.deepEqual(trust['unrealistic-commitment'], { rule: 'unrealistic-commitment', applied: 0, revised: 1, acted: 1, dismissed: 1, dismissedPercent: 50 });
    assert.equal(trust.dismissive.dismissed, 1);
    await options.close();
  });

  // Last: it adds dismissals, which the two tests above count.
  test('Ignore and Never flag this phrase each have a one-step undo in the panel', STEP, async () => {
    const page = await fresh();
    await page.keyboard.type('Cálmese, no es para tanto. Le garantizo que no volverá a pasar.');
    await waitForRules(page, (r) => assert.deepEqual(r.sort(), ['dismissive', 'overpromise']));
    await control(page, 'dismissive', 'ignore').click();
    await waitForRules(page, (r) => assert.deepEqual(r, ['overpromise']));
    const notice = sidebarOf(page).locator('[data-tacto="silenced"]');
    assert.equal(await notice.getAttribute('data-silenced'), 'ignore');
    await notice.locator('[data-action="undo-silence"]').click();
    await waitForRules(page, (r) => assert.deepEqual(r.sort(), ['dismissive', 'overpromise'], 'the ignored finding is back'));
    assert.equal(await notice.count(), 0, 'the notice goes with the undo');

    await control(page, 'overpromise', 'ignore-always').click();
    await waitForRules(page, (r) => assert.deepEqual(r, ['dismissive']));
    await waitFor(async () => assert.equal(((await storedSettings()).allowPhrases as string[]).length, 1), 5_000);
    assert.equal(await notice.getAttribute('data-silenced'), 'ignore-always');
    await notice.locator('[data-action="undo-silence"]').click();
    await waitFor(async () => assert.deepEqual((await storedSettings()).allowPhrases, [], 'the phrase is off the allow-list'), 5_000);
    await waitForRules(page, (r) => assert.deepEqual(r.sort(), ['dismissive', 'overpromise'], 'the never-flagged finding is back'));
    await page.close();
  });
});
