/**
 * The built extension (.output/chrome-mv3) in Debian's Chromium, on the three fixture
 * pages. Contract (ui.md and the e2e brief):
 * - a `tacto-sidebar` host with an OPEN shadow root per coached editor, holding
 *   [data-tacto="sidebar"] with [data-tacto="lang"] ('es' / 'en') and
 *   [data-tacto="word-count"] (the draft's word count); it never covers the editor or the
 *   send control;
 * - the editor's own model holds exactly what the agent typed;
 * - the background's IndexedDB 'tacto' / 'events' gets a `kind: "moment"` event for the
 *   customer's latest message, with the JSON export fields and no customer text;
 * - a reply without commitments is sent at once through the page's own handler;
 * - no request leaves for a host outside the test server.
 * Build first: `npx wxt build` (npm test does).
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import { launch, type Harness } from './browser.ts';
import {
  box, ckeditorData, ENGLISH_REPLY, EXPECTED_MOMENT, froalaHtml, gmailBodyText, openFixture, overlapArea, PRIVATE_STRINGS,
  sentRecords, spanishReply, typeLines, waitFor, zendeskEditor, type OpenedPage,
} from './helpers.ts';
import { startServer, type FixtureServer, type Site } from './server.ts';

const STEP = { timeout: 60_000 };
const EVENT_FIELDS = ['id', 'at', 'helpdesk', 'ticket', 'kind', 'type', 'action', 'lang', 'topic', 'agent'];

let server: FixtureServer;
let harness: Harness;
const opened: Array<{ site: Site } & OpenedPage> = [];

before(async () => {
  server = await startServer();
  harness = await launch(server, { extension: true });
});
after(async () => {
  await harness?.close();
  await server?.close();
});

async function open(site: Site): Promise<Page> {
  const page = await openFixture(harness, site);
  opened.push({ site, ...page });
  return page.page;
}

/** The one visible [data-tacto="sidebar"] (Playwright's CSS pierces the open shadow root). */
function visibleSidebar(page: Page): Locator {
  return page.locator('tacto-sidebar [data-tacto="sidebar"]').filter({ visible: true });
}

/** The sidebar found by an earlier step, or a clear failure when that step did not find it. */
function mounted(sidebar: Locator | undefined): Locator {
  if (!sidebar) throw new Error('no sidebar to follow: it did not mount (see the failure above)');
  return sidebar;
}

/** Waits for exactly one visible sidebar, inside the OPEN shadow root of a tacto-sidebar host. */
async function waitForSidebar(page: Page): Promise<Locator> {
  const sidebar = visibleSidebar(page);
  await waitFor(async () => assert.equal(await sidebar.count(), 1, 'one visible [data-tacto="sidebar"] inside a tacto-sidebar'), 10_000, 200);
  const host = await sidebar.evaluate((el) => {
    const root = el.getRootNode();
    if (!(root instanceof ShadowRoot)) return null;
    return { tag: root.host.localName, mode: root.mode, open: root.host.shadowRoot === root };
  });
  assert.deepEqual(host, { tag: 'tacto-sidebar', mode: 'open', open: true }, '[data-tacto="sidebar"] lives in the open shadow root of a tacto-sidebar');
  return sidebar;
}

/** The visible sidebar (and its host) cover neither the editor nor the send control. */
async function expectBeside(sidebar: Locator, editor: Locator, sendControl: Locator): Promise<void> {
  const hostBox = await sidebar.evaluate((el) => {
    const { x, y, width, height } = (el.getRootNode() as ShadowRoot).host.getBoundingClientRect();
    return { x, y, width, height };
  });
  const panel = await box(sidebar);
  assert.ok(panel.width > 0 && panel.height > 0, 'the sidebar has a size');
  const editorBox = await box(editor);
  assert.equal(overlapArea(hostBox, editorBox), 0, `the tacto-sidebar host ${JSON.stringify(hostBox)} overlaps the editor ${JSON.stringify(editorBox)}`);
  assert.equal(overlapArea(panel, editorBox), 0, `the sidebar ${JSON.stringify(panel)} overlaps the editor ${JSON.stringify(editorBox)}`);
  const sendBox = await box(sendControl);
  assert.equal(overlapArea(panel, sendBox), 0, `the sidebar ${JSON.stringify(panel)} covers the send control ${JSON.stringify(sendBox)}`);
}

async function expectDraft(sidebar: Locator, lang: string, words: number): Promise<void> {
  await waitFor(async () => {
    assert.equal((await sidebar.locator('[data-tacto="word-count"]').textContent())?.trim(), String(words), 'word count');
    assert.equal((await sidebar.locator('[data-tacto="lang"]').textContent())?.trim(), lang, 'draft language');
  }, 8_000, 150);
}

/** Types a reply and follows the sidebar while typing: first line, then all of it. */
async function typeAndFollow(page: Page, sidebar: Locator, reply: ReturnType<typeof spanishReply>): Promise<void> {
  await typeLines(page, reply.lines.slice(0, 1));
  await expectDraft(sidebar, 'es', reply.firstLineWords);
  await typeLines(page, ['', ...reply.lines.slice(1)]);
  await expectDraft(sidebar, 'es', reply.words);
}

async function expectMoment(site: Site): Promise<void> {
  const expected = EXPECTED_MOMENT[site];
  const found = await harness.waitForEvents((event) => event.kind === 'moment' && event.helpdesk === expected.helpdesk
    && expected.tickets.includes(String(event.ticket)) && event.type === expected.type, 15_000);
  const event = found[0]!;
  for (const field of EVENT_FIELDS) assert.ok(field in event, `event field ${field} missing: ${JSON.stringify(event)}`);
  assert.equal(typeof event.id, 'string');
  assert.ok(!Number.isNaN(Date.parse(String(event.at))) && /^\d{4}-\d\d-\d\dT/.test(String(event.at)), `at is ISO 8601: ${String(event.at)}`);
  assert.equal(event.lang, expected.lang);
  const stored = JSON.stringify(await harness.readEvents());
  for (const text of PRIVATE_STRINGS) assert.ok(!stored.includes(text), `customer text or personal data stored: "${text}"`);
}

async function expectSentThroughPage(page: Page, ticket: string | null, text: string): Promise<void> {
  const sent = await waitFor(async () => {
    const records = await sentRecords(page);
    assert.equal(records.length, 1, 'one send reached the page handler');
    return records[0]!;
  }, 5_000);
  assert.equal(sent.ticket, ticket);
  assert.equal(sent.text, text);
}

test('the extension starts its background service worker', STEP, async () => {
  assert.match(await harness.extensionId(), /^[a-p]{32}$/);
});

describe('Zendesk (CKEditor 5, two panes)', () => {
  let page: Page;
  let sidebar: Locator | undefined;
  const reply = spanishReply('María');

  test('a sidebar mounts beside the visible ticket\'s editor', STEP, async () => {
    page = await open('zendesk');
    const editor = zendeskEditor(page, '1234');
    await editor.click();
    sidebar = await waitForSidebar(page);
    await expectBeside(sidebar, editor, page.locator('[data-ticket-id="1234"] button[data-test-id="submit_button-button"]'));
  });

  test('typing (accents, ¿) updates word count and language; CKEditor\'s model holds exactly the text', STEP, async () => {
    await typeAndFollow(page, mounted(sidebar), reply);
    assert.equal(await ckeditorData(page, '1234'), reply.lines.map((line) => `<p>${line}</p>`).join(''));
  });

  test('the customer moment of ticket 1234 is in the background\'s IndexedDB', STEP, async () => {
    await expectMoment('zendesk');
  });

  test('the reply is submitted through Zendesk\'s own Submit handler, unchanged', STEP, async () => {
    await page.locator('[data-ticket-id="1234"] button[data-test-id="submit_button-button"]').click();
    await expectSentThroughPage(page, '1234', reply.lines.join('\n'));
  });

  test('switching to tab 1187 (SPA): its own sidebar, in English', STEP, async () => {
    await page.click('[data-test-id="header-tab"][data-entity-id="1187"]');
    const editor = zendeskEditor(page, '1187');
    await editor.click();
    const other = await waitForSidebar(page);
    await expectBeside(other, editor, page.locator('[data-ticket-id="1187"] button[data-test-id="submit_button-button"]'));
    await typeLines(page, ENGLISH_REPLY.lines);
    await expectDraft(other, 'en', ENGLISH_REPLY.words);
    assert.equal(await ckeditorData(page, '1187'), ENGLISH_REPLY.lines.map((line) => `<p>${line}</p>`).join(''));
  });
});

describe('Freshdesk (Froala, opened on demand)', () => {
  let page: Page;
  let sidebar: Locator | undefined;
  const reply = spanishReply('Carlos');

  test('a sidebar mounts beside the reply editor once it is opened', STEP, async () => {
    page = await open('freshdesk');
    await page.click('button.editor-placeholder[data-test-id="active-editor"]');
    const element = page.locator('.fr-box > .fr-wrapper > .fr-element.fr-view');
    await element.click();
    sidebar = await waitForSidebar(page);
    await expectBeside(sidebar, page.locator('.fr-box'), page.locator('#send-and-set'));
  });

  test('typing updates word count and language; Froala\'s html.get() holds exactly the text', STEP, async () => {
    await typeAndFollow(page, mounted(sidebar), reply);
    assert.equal(await froalaHtml(page), reply.lines.map((line) => `<p>${line}</p>`).join(''));
  });

  test('the customer moment of ticket 5678 is in the background\'s IndexedDB', STEP, async () => {
    await expectMoment('freshdesk');
  });

  test('the reply is sent through Freshdesk\'s own Send handler, unchanged', STEP, async () => {
    await page.click('#send-and-set');
    await expectSentThroughPage(page, '5678', reply.lines.join('\n'));
  });
});

describe('Gmail (contenteditable, Trusted Types)', () => {
  let page: Page;
  let sidebar: Locator | undefined;
  const reply = spanishReply('Lucía');
  const body = () => page.locator('.AO div.M9 .Ap [g_editable="true"]');
  const send = () => page.locator('.AO div.M9 .IZ .Up div > div[role=button]:not(.Uo):not([aria-haspopup=true])');

  test('a sidebar mounts beside the inline reply', STEP, async () => {
    page = await open('gmail');
    await page.click('.ams.bkH');
    await body().click();
    sidebar = await waitForSidebar(page);
    await expectBeside(sidebar, body(), send());
  });

  test('typing updates word count and language; the body holds exactly the text', STEP, async () => {
    await typeAndFollow(page, mounted(sidebar), reply);
    assert.equal(await gmailBodyText(body()), reply.lines.join('\n'));
  });

  test('the customer moment of the thread is in the background\'s IndexedDB', STEP, async () => {
    await expectMoment('gmail');
  });

  test('the reply is sent through Gmail\'s own Send handler, unchanged', STEP, async () => {
    await send().click();
    await expectSentThroughPage(page, '18c1a0b2c3d4e501', reply.lines.join('\n'));
  });

  test('a pop-out compose gets its own sidebar too', STEP, async () => {
    await page.click('[gh="cm"]');
    const popoutBody = page.locator('[role="dialog"] div.M9 .Ap [g_editable="true"]');
    await popoutBody.click();
    const popout = await waitForSidebar(page);
    await expectBeside(popout, popoutBody, page.locator('[role="dialog"] .IZ .Up div > div[role=button]:not([aria-haspopup=true])'));
    await typeLines(page, ENGLISH_REPLY.lines);
    await expectDraft(popout, 'en', ENGLISH_REPLY.words);
    assert.equal(await gmailBodyText(popoutBody), ENGLISH_REPLY.lines.join('\n'));
  });
});

describe('across all pages', () => {
  test('no request left for a host outside the test server', STEP, () => {
    assert.deepEqual(harness.outsideRequests(), []);
  });

  // (Trusted Types bind the page's main world, e.g. a page-world bridge; Chromium does not
  // apply them to the content script's isolated world.)
  test('no uncaught page errors and no Trusted Types violations', STEP, () => {
    assert.ok(opened.length >= 3, 'the three pages were opened');
    for (const { site, errors, consoleErrors } of opened) {
      assert.deepEqual(errors, [], `${site}: uncaught errors in the page`);
      assert.deepEqual(consoleErrors.filter((text) => /TrustedHTML|TrustedScript|Trusted Type/i.test(text)), [], `${site}: Trusted Types violations`);
    }
  });
});
