/**
 * Accessibility, measured: axe-core (a devDependency, injected by this test into the page,
 * never shipped) on the sidebar inside its shadow root, the badge, the send guard and every
 * options tab, in real Chromium with the built extension: 0 serious and 0 critical
 * violations. Also: the count is announced politely (not the whole list), and focusing a
 * finding brings its span into view and marks it.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { countWords } from '../../lib/helpdesk/dom-text.ts';
import { DRIVERS, type Driver } from './drivers.ts';
import { fridayEveningEnv, guardOf, openFixture, sidebarOf, waitFor } from './helpers.ts';
import { sharedBrowser } from './shared';

const STEP = { timeout: 120_000 };
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
/** Findings of several rules, a commitment the guard holds on Friday evening, and a playbook alternative. */
const DRAFT = 'Entonces tu problema es que no puedes enviar correos. No es posible, no aceptamos archivos adjuntos de más de 10 MB. Mañana te lo resuelvo.';

interface Violation {
  id: string;
  impact: string;
  help: string;
  targets: string[];
}

const shared = sharedBrowser({ env: fridayEveningEnv() });

/**
 * Runs axe in the page on `scope` (a selector inside the sidebar's shadow root, or the whole
 * document) and returns its serious and critical violations. Evaluated through the DevTools
 * protocol, so the page's CSP and Trusted Types (Gmail) do not apply to the test's own script.
 *
 * axe finds a background colour only for elements under <body> (its stacking grid starts
 * there), and Tacto's host sits after <body> (see components/mountSidebar.tsx): for the
 * measurement the host is moved into <body>, where its shadow root renders the same (its
 * styles start from `all: initial`). The run must have checked colour contrast on the
 * scope's text, so a scope axe cannot see fails instead of passing empty.
 */
async function axeSerious(page: Page, shadowScope: string | null): Promise<Violation[]> {
  await page.evaluate(AXE_SOURCE);
  const context = shadowScope ? JSON.stringify({ include: [{ fromShadowDom: ['tacto-sidebar', shadowScope] }] }) : 'document';
  const result = (await page.evaluate(`(async () => {
    const host = document.querySelector('tacto-sidebar');
    if (host && host.parentElement !== document.body) document.body.append(host);
    const result = await axe.run(${context}, { resultTypes: ['violations', 'incomplete'] });
    const contrast = [...result.passes, ...result.violations].find((r) => r.id === 'color-contrast');
    return {
      contrastChecked: contrast ? contrast.nodes.length : 0,
      contrastUnknown: result.incomplete.filter((r) => r.id === 'color-contrast').flatMap((r) => r.nodes.map((n) => JSON.stringify(n.target))),
      violations: result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => JSON.stringify(n.target)) })),
    };
  })()`)) as { contrastChecked: number; contrastUnknown: string[]; violations: Violation[] };
  assert.ok(result.contrastChecked > 0, `axe checked the contrast of some text in ${shadowScope ?? 'the page'}`);
  if (shadowScope) assert.deepEqual(result.contrastUnknown, [], 'axe could tell the contrast of every text in the scope');
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

async function typed(driver: Driver, draft = DRAFT): Promise<Page> {
  const { page } = await openFixture(shared.harness, driver.site);
  await driver.focusEditor(page);
  await page.keyboard.type(draft);
  const words = String(countWords(draft));
  await waitFor(async () => assert.equal((await sidebarOf(page).locator('[data-tacto="word-count"]').textContent())?.trim(), words), 10_000, 100);
  return page;
}

const report = (violations: Violation[]) => JSON.stringify(violations, null, 1);

for (const driver of DRIVERS) {
  describe(`accessibility on ${driver.site}`, () => {
    test('axe: 0 serious and 0 critical in the sidebar (shadow root), the badge and the send guard', STEP, async () => {
      const page = await typed(driver);
      await waitFor(async () => assert.ok((await sidebarOf(page).locator('[data-rule]').count()) >= 3), 10_000, 100);
      await waitFor(async () => assert.ok((await sidebarOf(page).locator('[data-moment]').count()) >= 1, 'the ticket\'s moment is shown'), 10_000, 100);
      const panel = await axeSerious(page, '[data-tacto="sidebar"]');
      assert.deepEqual(panel, [], `sidebar: ${report(panel)}`);

      await sidebarOf(page).locator('[data-action="collapse"]').click();
      await waitFor(async () => assert.equal(await page.locator('tacto-sidebar [data-tacto="badge"]').count(), 1), 5_000);
      const badge = await axeSerious(page, '[data-tacto="badge"]');
      assert.deepEqual(badge, [], `badge: ${report(badge)}`);
      await page.locator('tacto-sidebar [data-tacto="badge"]').click();

      await driver.send(page).click();
      await waitFor(async () => assert.equal(await guardOf(page).count(), 1, 'the send guard is shown'), 5_000);
      const dialog = await axeSerious(page, '[data-tacto="send-guard"]');
      assert.deepEqual(dialog, [], `send guard: ${report(dialog)}`);
      await page.close();
    });

    test('only the count is announced, politely; the list is not a live region', STEP, async () => {
      const page = await typed(driver, 'Cálmese, no es para tanto.');
      const status = page.locator('tacto-sidebar [data-tacto="count-status"]');
      await waitFor(async () => assert.equal((await status.textContent())?.trim(), '1 suggestion'), 10_000, 100);
      assert.equal(await status.getAttribute('role'), 'status');
      assert.equal(await status.getAttribute('aria-live'), 'polite');
      const liveElsewhere = await page.evaluate(() =>
        [...(document.querySelector('tacto-sidebar')?.shadowRoot?.querySelectorAll('[aria-live], [role="status"], [role="log"]') ?? [])]
          .filter((el) => el.getAttribute('data-tacto') !== 'count-status' && el.querySelector('[data-rule]'))
          .map((el) => el.outerHTML.slice(0, 80)),
      );
      assert.deepEqual(liveElsewhere, [], 'no live region holds the findings');
      await page.keyboard.type(' Le garantizo que no volverá a pasar.');
      await waitFor(async () => assert.equal((await status.textContent())?.trim(), '2 suggestions'), 10_000, 100);
      await page.close();
    });

    test('focusing a finding scrolls its span into view and marks it', STEP, async () => {
      const lines = ['Le garantizo que no volverá a pasar.', ...Array.from({ length: 80 }, (_, i) => `Línea ${i + 1} del detalle.`)];
      const { page } = await openFixture(shared.harness, driver.site);
      await driver.focusEditor(page);
      // The flagged sentence typed key by key; the filler lines each committed at once, as a paste of one line.
      for (const [i, line] of lines.entries()) {
        if (i > 0) await page.keyboard.press('Enter');
        await (i === 0 ? page.keyboard.type(line, { delay: 0 }) : page.keyboard.insertText(line));
      }
      const draft = lines.join('\n');
      await waitFor(async () => assert.equal((await sidebarOf(page).locator('[data-tacto="word-count"]').textContent())?.trim(), String(countWords(draft))), 10_000, 100);
      const spanVisible = () =>
        page.evaluate(() => {
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            if (!node.textContent?.includes('Le garantizo')) continue;
            const element = node.parentElement!;
            if (!element.closest('[contenteditable="true"]')) continue;
            // The text's own box (Gmail's first line is a bare text node in the scrolling editor).
            const range = document.createRange();
            range.selectNodeContents(node);
            const rect = range.getBoundingClientRect();
            // Visible: inside the viewport and inside every scrolling box around it.
            let inside = rect.top >= 0 && rect.bottom <= innerHeight;
            for (let up: HTMLElement | null = element; up && inside; up = up.parentElement) {
              const style = getComputedStyle(up);
              if (!/(auto|scroll|hidden)/.test(style.overflowY)) continue;
              const box = up.getBoundingClientRect();
              inside = rect.top >= box.top - 1 && rect.bottom <= box.bottom + 1;
            }
            return inside;
          }
          return null;
        });
      // The agent reads the end of the draft: every scrolling box around the editor at its bottom.
      await page.evaluate(() => {
        const editor = getSelection()?.focusNode?.parentElement?.closest('[contenteditable="true"]');
        for (let up = editor ?? null; up; up = up.parentElement) up.scrollTop = up.scrollHeight;
        scrollTo(0, document.documentElement.scrollHeight);
      });
      assert.equal(await spanVisible(), false, 'after 80 more lines the flagged sentence is out of view');
      await sidebarOf(page).locator('[data-rule="overpromise"] [data-action="apply-suggestion"]').first().focus();
      await waitFor(async () => assert.equal(await spanVisible(), true, 'the span is scrolled into view'), 3_000);
      const marked = await page.evaluate(() => {
        const current = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('tacto-current');
        return current ? [...current].map((range) => range.toString()) : [];
      });
      assert.deepEqual(marked, ['Le garantizo que no volverá a pasar'], 'the focused finding\'s span is marked as the current one');
      await page.close();
    });
  });
}

describe('accessibility of the options page', () => {
  for (const tab of ['dashboard', 'settings']) {
    test(`axe: 0 serious and 0 critical on the ${tab} tab`, STEP, async () => {
      const page = await shared.harness.newPage();
      await page.goto(`chrome-extension://${await shared.harness.extensionId()}/options.html#${tab}`);
      await waitFor(async () => assert.equal(await page.locator(`#tab-${tab}[aria-selected="true"]`).count(), 1), 10_000);
      if (tab === 'dashboard') await waitFor(async () => assert.equal(await page.locator('.dash[data-state="ready"]').count(), 1), 15_000, 200);
      else await waitFor(async () => assert.equal(await page.locator('[data-section="allow-list"]').count(), 1), 10_000);
      const violations = await axeSerious(page, null);
      assert.deepEqual(violations, [], `${tab}: ${report(violations)}`);
      await page.close();
    });
  }
});
