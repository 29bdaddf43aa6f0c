/**
 * One language of prose per panel, on each helpdesk, in real Chromium with the built
 * extension on the Friday-evening clock: the interface language set to Spanish on the
 * options page (the browser is en-US), an English draft. Everything the agent reads (header,
 * finding messages, moment chips, the send guard) is Spanish; everything Tacto would insert
 * (rewrites, playbook alternatives) is English.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { MOMENTS } from '../../lib/analysis/moments/registry.ts';
import { RULES } from '../../lib/analysis/rules/registry.ts';
import { countWords } from '../../lib/helpdesk/dom-text.ts';
import { launch, type Harness } from './browser.ts';
import { DRIVERS } from './drivers.ts';
import { EXPECTED_MOMENT, fridayEveningEnv, guardOf, openFixture, sidebarOf, waitFor } from './helpers.ts';
import { startServer, type FixtureServer } from './server.ts';

const STEP = { timeout: 90_000 };
const ES = JSON.parse(readFileSync(new URL('../../public/_locales/es/messages.json', import.meta.url), 'utf8')) as Record<string, { message: string }>;
const DRAFT = "I'll have it fixed tomorrow. We cannot accept attachments over 10 MB.";
/** English text: English function words, and none of Spanish's. */
const ENGLISH = /\b(?:the|you|your|i|we|it|as|by|within|on|can|what|and)\b/i;
const SPANISH = /\b(?:el|la|los|las|que|lo|te|le|puedo|en|de|del|por|para|y)\b|[áéíóúñ¿¡]/i;
const assertEnglish = (text: string, what: string) => {
  assert.match(text, ENGLISH, `${what} is English: ${text}`);
  assert.doesNotMatch(text, SPANISH, `${what} has no Spanish: ${text}`);
};

let server: FixtureServer;
let harness: Harness;

before(async () => {
  server = await startServer();
  harness = await launch(server, { env: fridayEveningEnv() });
  await setInterfaceLanguage('es');
});

/** Sets the interface language on the options page, as the agent would, and waits for it to be saved. */
async function setInterfaceLanguage(lang: 'es' | 'en' | 'browser'): Promise<void> {
  const options = await harness.newPage();
  await options.goto(`chrome-extension://${await harness.extensionId()}/options.html#settings`);
  await options.locator('[data-tacto="settings"]').waitFor({ timeout: 10_000 });
  await options.selectOption('select[name="uiLanguage"]', lang);
  await waitFor(async () => {
    const stored = (await options.evaluate(`chrome.storage.local.get('settings').then((all) => all.settings)`)) as { uiLanguage?: string };
    assert.equal(stored.uiLanguage, lang);
  }, 5_000);
  await options.close();
}
after(async () => {
  await harness?.close();
  await server?.close();
});

for (const driver of DRIVERS) {
  describe(`one language of prose on ${driver.site}`, () => {
    test('interface in Spanish, an English draft: the panel and the guard read Spanish, what is inserted is English', STEP, async () => {
      const { page } = await openFixture(harness, driver.site);
      await driver.focusEditor(page);
      await page.keyboard.type(DRAFT);
      const panel = sidebarOf(page);
      await waitFor(async () => assert.equal((await panel.locator('[data-tacto="word-count"]').textContent())?.trim(), String(countWords(DRAFT))), 10_000, 100);
      await waitFor(async () => assert.equal(await panel.locator('[data-tacto="lang"]').textContent(), 'en', 'the draft is English'), 5_000);
      assert.match((await panel.locator('header .meta').textContent()) ?? '', new RegExp(ES.words!.message), 'the header is Spanish');

      // Findings: messages in Spanish, rewrites and alternatives in English (an alternative's
      // full text is its title attribute; the moment chips show the entry's title alone).
      await waitFor(async () => assert.ok((await panel.locator('[data-rule="unrealistic-commitment"]').count()) === 1 && (await panel.locator('[data-rule="flat-refusal"]').count()) === 1), 10_000, 100);
      assert.equal((await panel.locator('[data-rule="flat-refusal"] .message').textContent())?.trim(), RULES.find((r) => r.id === 'flat-refusal')!.message.es);
      assert.match((await panel.locator('[data-rule="unrealistic-commitment"] .message').textContent()) ?? '', /^Compromiso poco realista: «tomorrow» vence al final del sábado 21 de noviembre/);
      const inserted = await panel.locator('[data-action="apply-suggestion"], [data-action="insert-alternative"]').evaluateAll((els) => els.map((el) => [el.getAttribute('data-action'), el.getAttribute('lang'), el.getAttribute('data-alternative'), el.getAttribute('title') ?? el.textContent ?? '']));
      assert.ok(inserted.length >= 3, JSON.stringify(inserted));
      for (const [action, lang, alternative, text] of inserted) {
        if (action === 'apply-suggestion') assert.equal(lang, 'en', `a rewrite is marked English: ${text}`);
        else assert.match(alternative ?? '', /^en-/, `only the playbook's English entries are offered: ${alternative}`);
        assertEnglish(text!, 'what would be inserted');
      }

      // The ticket's moment (the customer wrote in Spanish) is labelled in the interface language.
      const moment = EXPECTED_MOMENT[driver.site].type;
      await waitFor(async () => assert.equal(await panel.locator(`[data-moment="${moment}"]`).count(), 1), 10_000, 100);
      assert.match((await panel.locator(`[data-moment="${moment}"]`).textContent()) ?? '', new RegExp(MOMENTS.find((m) => m.id === moment)!.label.es));

      // The send guard: Spanish prose, English rewrites.
      await driver.send(page).click();
      await waitFor(async () => assert.equal(await guardOf(page).count(), 1), 5_000);
      const guard = guardOf(page);
      assert.equal((await guard.locator('h2').textContent())?.trim(), ES.guardTitle!.message);
      assert.equal((await guard.locator('[data-tacto="due"]').textContent())?.trim(), 'Vence al final del sábado 21 de noviembre');
      assert.match((await guard.locator('[data-tacto="window"]').textContent()) ?? '', /^Hasta entonces quedan 0,5 horas hábiles/);
      assert.match((await guard.locator('[data-tacto="priority"]').textContent()) ?? '', /^(?:Prioridad del ticket|El ticket no muestra prioridad)/);
      assert.equal((await guard.locator('[data-action="revise"]').textContent())?.trim(), ES.revise!.message);
      for (const text of await guard.locator('[data-action="apply-suggestion"]').allTextContents()) assertEnglish(text, 'a guard rewrite');
      await page.close();
    });
  });
}

describe('the interface language while a page is open', () => {
  test('switched on the options page, an open panel follows without a reload', STEP, async () => {
    const driver = DRIVERS[0]!;
    const { page } = await openFixture(harness, driver.site);
    await driver.focusEditor(page);
    await page.keyboard.type('We cannot accept attachments over 10 MB.');
    const message = sidebarOf(page).locator('[data-rule="flat-refusal"] .message');
    const rule = RULES.find((r) => r.id === 'flat-refusal')!;
    await waitFor(async () => assert.equal((await message.textContent())?.trim(), rule.message.es), 10_000, 100);
    await setInterfaceLanguage('en');
    await page.bringToFront();
    await waitFor(async () => assert.equal((await message.textContent())?.trim(), rule.message.en, 'the open panel speaks English now'), 5_000, 100);
    await setInterfaceLanguage('es');
    await page.close();
  });
});
