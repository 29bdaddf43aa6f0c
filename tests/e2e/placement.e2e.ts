/**
 * Where the sidebar sits, measured: 3 helpdesks × 3 viewports × light/dark × es/en in
 * Debian's Chromium with the built extension. For each cell:
 * - the panel's rectangle covers 0 px² of the regions the site's adapter declares the
 *   agent needs (`protectedSelectors`), of the send controls and of the composer;
 * - the first finding and its first suggestion are wholly inside the viewport and inside
 *   the panel's own scroll area (visible without scrolling anything);
 * - a screenshot is written to .tmp/e2e-placement/ (gitignored) for a human to look at.
 * One page load per helpdesk × theme × interface language; the viewport is resized in
 * place, as an agent resizing the window would.
 *
 * Run: npm run build && npx tsx --test --test-reporter=spec tests/e2e/placement.e2e.ts
 */
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { ADAPTERS } from '../../lib/helpdesk/adapters/registry.ts';
import { countWords } from '../../lib/helpdesk/dom-text.ts';
import { defaultSettings } from '../../lib/settings/defaults.ts';
import { contrastRatio, parseColor, relativeLuminance } from '../../lib/helpdesk/theme.ts';
import { launch, type Harness } from './browser.ts';
import { DRIVERS } from './drivers.ts';
import { sentRecords, sidebarOf, typeLines, waitFor } from './helpers.ts';
import { PAGES, ROOT, startServer, type FixtureServer } from './server.ts';

const STEP = { timeout: 120_000 };
const VIEWPORTS = [
  { width: 1280, height: 720 },
  { width: 1440, height: 900 },
  { width: 1920, height: 1080 },
];
const THEMES = ['light', 'dark'] as const;
const LANGUAGES = ['es', 'en'] as const;
const SHOTS = join(ROOT, '.tmp/e2e-placement');
/** Four rules' typical sentences: a panel with several findings, one with alternatives. */
const DRAFT = 'Entonces tu problema es que no puedes enviar correos. No es posible, no aceptamos archivos de más de 10 MB. Cálmese, no es para tanto. Alguien de otra área lo va a contactar.';

let server: FixtureServer;
let harness: Harness;

before(async () => {
  mkdirSync(SHOTS, { recursive: true });
  server = await startServer();
  harness = await launch(server, { viewport: VIEWPORTS[0] });
});
after(async () => {
  await harness?.close();
  await server?.close();
});

async function setInterfaceLanguage(lang: 'es' | 'en'): Promise<void> {
  const worker = await harness.serviceWorker();
  const settings = { ...defaultSettings(), uiLanguage: lang };
  await worker.evaluate(`chrome.storage.local.set({ settings: ${JSON.stringify(settings)} })`);
}

interface Measured {
  panel: { left: number; top: number; width: number; height: number } | null;
  overlaps: Array<{ selector: string; area: number }>;
  firstFinding: { top: number; bottom: number } | null;
  firstSuggestion: { left: number; top: number; right: number; bottom: number } | null;
  scrollArea: { top: number; bottom: number } | null;
  viewport: { width: number; height: number };
  /** The host's data-theme, and the panel's painted background and text colours. */
  theme: string | null;
  colours: { background: string; text: string } | null;
}

/** Measures the panel against the adapter's regions, in the page (a string: no tsx helpers leak in). */
function measure(page: Page, selectors: string[]): Promise<Measured> {
  return page.evaluate(`(() => {
    const selectors = ${JSON.stringify(selectors)};
    const panel = document.querySelector('tacto-sidebar:not([hidden])')?.shadowRoot?.querySelector('[data-tacto="sidebar"]');
    const viewport = { width: document.documentElement.clientWidth, height: document.documentElement.clientHeight };
    if (!panel) return { panel: null, overlaps: [], firstFinding: null, firstSuggestion: null, scrollArea: null, viewport, theme: null, colours: null };
    const style = getComputedStyle(panel);
    const p = panel.getBoundingClientRect();
    const overlaps = [];
    for (const selector of selectors) {
      for (const el of document.querySelectorAll(selector)) {
        const r = el.getBoundingClientRect();
        const w = Math.min(p.right, r.right, viewport.width) - Math.max(p.left, r.left, 0);
        const h = Math.min(p.bottom, r.bottom, viewport.height) - Math.max(p.top, r.top, 0);
        if (w > 0 && h > 0) overlaps.push({ selector, area: Math.round(w * h) });
      }
    }
    const finding = panel.querySelector('[data-rule]')?.getBoundingClientRect();
    const suggestion = panel.querySelector('[data-rule] [data-action="apply-suggestion"]')?.getBoundingClientRect();
    const scroller = panel.querySelector('[data-tacto="panel-body"]') ?? panel;
    const s = scroller.getBoundingClientRect();
    return {
      panel: { left: p.left, top: p.top, width: p.width, height: p.height },
      overlaps,
      firstFinding: finding ? { top: finding.top, bottom: finding.bottom } : null,
      firstSuggestion: suggestion ? { left: suggestion.left, top: suggestion.top, right: suggestion.right, bottom: suggestion.bottom } : null,
      scrollArea: { top: s.top, bottom: s.bottom },
      viewport,
      theme: panel.getRootNode().host.getAttribute('data-theme'),
      colours: { background: style.backgroundColor, text: style.color },
    };
  })()`) as Promise<Measured>;
}

for (const lang of LANGUAGES) {
  describe(`placement matrix, interface in ${lang}`, () => {
    before(async () => setInterfaceLanguage(lang));

    for (const driver of DRIVERS) {
      const adapter = ADAPTERS.find((a) => a.id === driver.site)!;
      for (const theme of THEMES) {
        test(`${driver.site}, ${theme}: at 1280×720, 1440×900 and 1920×1080 the panel covers none of the agent's regions and shows the first suggestion`, STEP, async () => {
          const page = await harness.newPage();
          try {
            await page.setViewportSize(VIEWPORTS[0]);
            await page.emulateMedia({ colorScheme: theme });
            const url = new URL(PAGES[driver.site]);
            if (theme === 'dark') url.searchParams.set('theme', 'dark');
            const response = await page.goto(url.href);
            assert.ok(response?.ok(), `${url.href} answered ${response?.status()}`);
            await page.waitForSelector('html[data-fixture-ready="true"]', { timeout: 15_000 });
            await driver.focusEditor(page);
            await typeLines(page, [DRAFT], 1);
            await waitFor(async () => assert.ok((await sidebarOf(page).locator('[data-rule]').count()) >= 3, 'the findings are listed'), 15_000, 150);

            const regions = [...adapter.protectedSelectors, ...adapter.sendSelectors, ...adapter.editorSelectors];
            for (const viewport of VIEWPORTS) {
              await page.setViewportSize(viewport);
              const cell = `${driver.site} ${theme} ${lang} ${viewport.width}×${viewport.height}`;
              const m = await waitFor(async () => {
                const now = await measure(page, regions);
                assert.equal(now.viewport.width, viewport.width, `${cell}: the page has its new size`);
                assert.ok(now.panel, `${cell}: the panel is open (not a badge)`);
                assert.deepEqual(now.overlaps, [], `${cell}: the panel ${JSON.stringify(now.panel)} covers protected regions`);
                const first = now.firstSuggestion;
                assert.ok(first && now.firstFinding && now.scrollArea, `${cell}: a first finding with a suggestion`);
                assert.ok(first.left >= 0 && first.top >= 0 && first.right <= viewport.width && first.bottom <= viewport.height, `${cell}: first suggestion ${JSON.stringify(first)} inside the viewport`);
                assert.ok(first.top >= now.scrollArea.top && first.bottom <= now.scrollArea.bottom + 0.5, `${cell}: first suggestion ${JSON.stringify(first)} inside the panel's scroll area ${JSON.stringify(now.scrollArea)}`);
                assert.ok(now.firstFinding.top >= now.scrollArea.top, `${cell}: the first finding starts in view`);
                assert.equal(now.theme, theme, `${cell}: the panel follows the page's theme`);
                const background = parseColor(now.colours!.background)!;
                assert.equal(relativeLuminance(background) < 0.18, theme === 'dark', `${cell}: the panel is painted ${theme} (${now.colours!.background})`);
                assert.ok(contrastRatio(now.colours!.text, now.colours!.background) >= 4.5, `${cell}: text contrast ${JSON.stringify(now.colours)}`);
                return now;
              }, 5_000, 100);
              await page.screenshot({ path: join(SHOTS, `${driver.site}-${theme}-${lang}-${viewport.width}x${viewport.height}.png`) });
              console.log(`${cell}: panel ${Math.round(m.panel!.left)},${Math.round(m.panel!.top)} ${Math.round(m.panel!.width)}×${Math.round(m.panel!.height)}, overlap 0 px², first suggestion bottom ${Math.round(m.firstSuggestion!.bottom)}`);
            }
          } finally {
            await page.close();
          }
        });
      }
    }
  });
}

/** Twelve sentences an agent should not send: ten findings or more, a commitment among them. */
const TEN_FINDINGS = [
  'Entonces tu problema es que no puedes enviar correos. No es posible, no aceptamos archivos de más de 10 MB.',
  'Como ya le expliqué, usted debió leer las condiciones. Cálmese, no es para tanto. Alguien de otra área lo va a contactar.',
  'Le garantizo que no volverá a pasar. Te lo soluciono en 5 minutos. Usted debió revisar su correo antes de escribir.',
  'Tranquilo, no es nada grave. Le aseguro que nunca más ocurrirá. Entonces su problema es que el pago no pasa. Otra área se pondrá en contacto con usted.',
].join(' ');

describe('ten findings stay usable', () => {
  before(async () => setInterfaceLanguage('en'));

  for (const driver of DRIVERS) {
    const adapter = ADAPTERS.find((a) => a.id === driver.site)!;
    test(`${driver.site} at 1280×720: a count, the send-blocking one first, the list scrolls inside the panel, the last finding unfolds and applies`, STEP, async () => {
      const page = await harness.newPage();
      try {
        await page.setViewportSize(VIEWPORTS[0]);
        const response = await page.goto(PAGES[driver.site]);
        assert.ok(response?.ok());
        await page.waitForSelector('html[data-fixture-ready="true"]', { timeout: 15_000 });
        await driver.focusEditor(page);
        await typeLines(page, [TEN_FINDINGS], 1);
        const panel = sidebarOf(page);
        const items = panel.locator('[data-rule]');
        // The whole draft analysed (typing can outpace the analysis): then the list holds still.
        const words = String(countWords(TEN_FINDINGS));
        await waitFor(async () => assert.equal((await panel.locator('[data-tacto="word-count"]').textContent())?.trim(), words), 20_000, 150);
        await waitFor(async () => assert.ok((await items.count()) >= 10, `ten findings or more (${await items.count()})`), 20_000, 200);
        const shown = await items.count();
        assert.equal(await panel.locator('[data-tacto="finding-count"]').getAttribute('data-count'), String(shown), 'the header counts the findings');
        const rules = await items.evaluateAll((els) => els.map((el) => el.getAttribute('data-rule')));
        const blocking = rules.filter((r) => r === 'unrealistic-commitment').length;
        assert.ok(blocking >= 1, `the draft's commitment is listed: ${rules.join(', ')}`);
        assert.deepEqual(rules.slice(0, blocking), Array(blocking).fill('unrealistic-commitment'), `send-blocking first: ${rules.join(', ')}`);
        // Each finding unfolds when it appears among the first three and keeps its state
        // while it stays (typing order decides which ones did); the rest come folded.
        const open = await items.evaluateAll((els) => els.map((el) => el.getAttribute('data-open')));
        assert.deepEqual(open.slice(0, 3), ['true', 'true', 'true'], `the first three unfolded: ${open.join(' ')}`);
        assert.ok(open.slice(3).filter((o) => o === 'false').length >= (shown - 3) / 2, `most of the rest folded: ${open.join(' ')}`);

        const body = panel.locator('[data-tacto="panel-body"]');
        const scroll = await body.evaluate((el) => ({ scrollHeight: el.scrollHeight, clientHeight: el.clientHeight }));
        assert.ok(scroll.scrollHeight > scroll.clientHeight, `the list scrolls inside the panel (${JSON.stringify(scroll)})`);
        const regions = [...adapter.protectedSelectors, ...adapter.sendSelectors, ...adapter.editorSelectors];
        assert.deepEqual((await measure(page, regions)).overlaps, [], 'ten findings cover no protected region');

        const last = items.last();
        await last.locator('summary').scrollIntoViewIfNeeded();
        await last.locator('summary').click();
        await waitFor(async () => assert.equal(await last.getAttribute('data-open'), 'true'), 3_000, 100);
        const suggestion = last.locator('[data-action="apply-suggestion"]').first();
        const text = (await suggestion.textContent())!.trim();
        await suggestion.scrollIntoViewIfNeeded();
        const box = (await suggestion.boundingBox())!;
        const bodyBox = (await body.boundingBox())!;
        assert.ok(box.y >= bodyBox.y && box.y + box.height <= bodyBox.y + bodyBox.height + 0.5, 'the unfolded suggestion scrolled into the panel\'s view');
        assert.ok(box.width <= bodyBox.width, 'a long suggestion wraps inside the panel');
        await suggestion.click();
        await waitFor(async () => assert.ok((await driver.model(page)).includes(text), `the editor holds «${text}»`), 5_000, 100);
      } finally {
        await page.close();
      }
    });
  }
});

describe('dark pages', () => {
  before(async () => setInterfaceLanguage('en'));

  /** The painted background and text colours of a selector inside the sidebar's shadow root. */
  const coloursOf = (page: Page, selector: string) =>
    page.evaluate(`(() => {
      const el = document.querySelector('tacto-sidebar:not([hidden])')?.shadowRoot?.querySelector(${JSON.stringify(selector)});
      if (!el) return null;
      const style = getComputedStyle(el);
      return { background: style.backgroundColor, text: style.color };
    })()`) as Promise<{ background: string; text: string } | null>;

  const expectDark = (what: string, colours: { background: string; text: string } | null) => {
    assert.ok(colours, `${what} is on screen`);
    assert.ok(relativeLuminance(parseColor(colours.background)!) < 0.18, `${what} is dark: ${colours.background}`);
    assert.ok(contrastRatio(colours.text, colours.background) >= 4.5, `${what}'s text reads at 4.5:1: ${JSON.stringify(colours)}`);
  };

  for (const driver of DRIVERS) {
    test(`${driver.site} in its dark theme on a light system: the panel, the badge and the send guard are dark`, STEP, async () => {
      const page = await harness.newPage();
      try {
        await page.setViewportSize(VIEWPORTS[1]);
        await page.emulateMedia({ colorScheme: 'light' });
        const url = new URL(PAGES[driver.site]);
        url.searchParams.set('theme', 'dark');
        await page.goto(url.href);
        await page.waitForSelector('html[data-fixture-ready="true"]', { timeout: 15_000 });
        const editor = await driver.focusEditor(page);
        await typeLines(page, ['Te lo soluciono en 5 minutos.'], 5);
        const panel = sidebarOf(page);
        await panel.locator('[data-rule="unrealistic-commitment"]').waitFor({ timeout: 15_000 });
        expectDark('the panel', await coloursOf(page, '[data-tacto="sidebar"]'));
        expectDark('a suggestion', await coloursOf(page, '[data-action="apply-suggestion"]'));
        expectDark('the quote', { ...(await coloursOf(page, '[data-rule] blockquote'))!, background: (await coloursOf(page, '[data-tacto="sidebar"]'))!.background });

        await panel.locator('[data-action="collapse"]').click();
        await page.locator('tacto-sidebar [data-tacto="badge"]').waitFor();
        expectDark('the badge', await coloursOf(page, '[data-tacto="badge"]'));
        await page.locator('tacto-sidebar [data-tacto="badge"]').click();
        await panel.waitFor();

        await editor.click();
        await driver.send(page).click();
        const guard = page.locator('tacto-sidebar [data-tacto="send-guard"]');
        await guard.waitFor({ timeout: 5_000 });
        expectDark('the send guard', await coloursOf(page, '[data-tacto="send-guard"]'));
        await guard.locator('[data-action="revise"]').click();
        assert.deepEqual(await page.evaluate(() => (window as unknown as { __fixtureSent: unknown[] }).__fixtureSent.length), 0, 'nothing was sent');
      } finally {
        await page.close();
      }
    });
  }

  test('a page without a background of its own follows the system: dark scheme, dark panel; light scheme, light panel', STEP, async () => {
    const driver = DRIVERS[2];
    const page = await harness.newPage();
    try {
      await page.emulateMedia({ colorScheme: 'dark' });
      await page.goto(PAGES[driver.site]);
      await page.waitForSelector('html[data-fixture-ready="true"]', { timeout: 15_000 });
      // Gmail's light page paints white behind the compose: take the paint away, as a page with no background has.
      await page.addStyleTag({ content: '*, html, body { background: transparent !important; }' });
      await driver.focusEditor(page);
      await typeLines(page, ['Cálmese, no es para tanto.'], 5);
      const host = page.locator('tacto-sidebar:not([hidden])');
      await sidebarOf(page).locator('[data-rule]').first().waitFor({ timeout: 15_000 });
      await waitFor(async () => assert.equal(await host.getAttribute('data-theme'), 'dark'), 3_000, 100);
      await page.emulateMedia({ colorScheme: 'light' });
      await waitFor(async () => assert.equal(await host.getAttribute('data-theme'), 'light', 'the system switched to light'), 3_000, 100);
    } finally {
      await page.close();
    }
  });
});

describe('room taken from the page', () => {
  test('freshdesk at 1280×720: the conversation column narrows only while the open panel needs it, and is given back on collapse and when the reply is sent', STEP, async () => {
    const driver = DRIVERS[1];
    const page = await harness.newPage();
    try {
      await page.setViewportSize(VIEWPORTS[0]);
      await page.goto(PAGES[driver.site]);
      await page.waitForSelector('html[data-fixture-ready="true"]', { timeout: 15_000 });
      const column = page.locator('.ticket-details');
      const before = (await column.boundingBox())!.width;
      const room = page.locator('style[data-tacto="room"]');
      await driver.focusEditor(page);
      await typeLines(page, ['Cálmese, no es para tanto.'], 5);
      await sidebarOf(page).locator('[data-rule]').first().waitFor({ timeout: 15_000 });
      await waitFor(async () => assert.equal(await room.count(), 1, 'the room rule is in the page'), 3_000, 100);
      const narrowed = (await column.boundingBox())!.width;
      assert.ok(before - narrowed >= 300, `the column gave up the panel's width (${before} → ${narrowed})`);

      await sidebarOf(page).locator('[data-action="collapse"]').click();
      await waitFor(async () => assert.equal(await room.count(), 0, 'a badge needs no room'), 3_000, 100);
      assert.equal((await column.boundingBox())!.width, before, 'the column has its width back');
      await page.locator('tacto-sidebar [data-tacto="badge"]').click();
      await waitFor(async () => assert.equal(await room.count(), 1, 'the panel is open again, with its room'), 3_000, 100);

      await driver.send(page).click();
      await waitFor(async () => assert.equal((await sentRecords(page)).length, 1, 'the reply left through the page'), 5_000, 100);
      await waitFor(async () => assert.equal(await room.count(), 0, 'the editor is gone: the room is given back'), 3_000, 100);
      assert.equal((await column.boundingBox())!.width, before);
    } finally {
      await page.close();
    }
  });
});

describe('a window too small for free space', () => {
  test('zendesk at 1024×640: a badge clear of every region; opened by the agent, the panel covers neither the editor nor Submit', STEP, async () => {
    const driver = DRIVERS[0];
    const adapter = ADAPTERS.find((a) => a.id === driver.site)!;
    const page = await harness.newPage();
    try {
      await page.setViewportSize({ width: 1024, height: 640 });
      await page.goto(PAGES[driver.site]);
      await page.waitForSelector('html[data-fixture-ready="true"]', { timeout: 15_000 });
      await driver.focusEditor(page);
      await typeLines(page, ['Cálmese, no es para tanto.'], 5);
      const badge = page.locator('tacto-sidebar:not([hidden]) [data-tacto="badge"]');
      await badge.waitFor({ timeout: 15_000 });
      assert.equal(await page.locator('style[data-tacto="room"]').count(), 0, 'a column this narrow gives no room');
      const badgeOverlaps = await page.evaluate(`(() => {
        const b = document.querySelector('tacto-sidebar:not([hidden])').shadowRoot.querySelector('[data-tacto="badge"]').getBoundingClientRect();
        return ${JSON.stringify([...adapter.protectedSelectors, ...adapter.sendSelectors, ...adapter.editorSelectors])}.flatMap((s) => [...document.querySelectorAll(s)].map((el) => {
          const r = el.getBoundingClientRect();
          const w = Math.min(b.right, r.right) - Math.max(b.left, r.left);
          const h = Math.min(b.bottom, r.bottom) - Math.max(b.top, r.top);
          return w > 0 && h > 0 ? s : null;
        })).filter(Boolean);
      })()`);
      assert.deepEqual(badgeOverlaps, [], 'the badge covers no region');

      await badge.click();
      const panel = sidebarOf(page);
      await panel.waitFor({ timeout: 3_000 });
      const m = await waitFor(async () => {
        const now = await measure(page, [...adapter.sendSelectors, ...adapter.editorSelectors]);
        assert.deepEqual(now.overlaps, [], 'the opened panel covers neither the editor nor Submit');
        assert.ok(now.firstSuggestion && now.firstSuggestion.bottom <= 640, 'its first suggestion is on screen');
        return now;
      }, 3_000, 100);
      assert.ok(m.panel);
      await panel.locator('[data-action="collapse"]').click();
      await badge.waitFor({ timeout: 3_000 });
    } finally {
      await page.close();
    }
  });
});
