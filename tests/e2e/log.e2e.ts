/**
 * The difficult-moment log end to end, in Debian's Chromium with the built extension
 * (`npx wxt build`, then `npx tsx --test tests/e2e/log.e2e.ts`):
 * events made on the fixture helpdesks appear on the options page; each export format is
 * downloaded, parsed and checked; two agents' files merge without duplicates (twice: no
 * change); broken files are refused in role="alert" with the data intact; a report sent
 * while the service worker is stopped wakes it and, retried, is stored once; the log's
 * writes the options page asks for (import, prune, delete) are refused to a content script.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { TZDate } from '@date-fns/tz';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { BROWSER_TIME_ZONE, launch, type Harness } from './browser.ts';
import { PAGES, startServer, type FixtureServer } from './server.ts';
import { clearOfWeekTurn } from './helpers.ts';
import { isoWeek } from '../../lib/log/week.ts';

const CSV_HEADER = 'id,at,helpdesk,ticket,kind,type,action,lang,topic,agent';
const FIELDS = CSV_HEADER.split(',');

let server: FixtureServer;
let h: Harness;
let options: Page;
let dir: string;
/** This week, read in `before` clear of a week's turn. */
let week: string;

async function openOptions(): Promise<Page> {
  const page = await h.newPage();
  await page.goto(`chrome-extension://${await h.extensionId()}/options.html#dashboard`);
  await page.locator(`.dash[data-state="ready"][data-trend="ready"][data-week="${week}"]`).waitFor({ timeout: 15_000 });
  return page;
}

async function ready(page: Page): Promise<void> {
  await page.locator('.dash[data-state="ready"][data-trend="ready"]').waitFor({ timeout: 10_000 });
}

function teamFile(agent: string, install: string, count: number): string {
  const start = Date.now() - 60_000;
  const events = Array.from({ length: count }, (_, i) => ({
    id: `${install}:moment:zendesk:${900 + i}:anger:x`,
    at: new Date(start + i * 1000).toISOString(),
    helpdesk: 'zendesk',
    ticket: String(900 + i),
    kind: i % 2 ? 'finding' : 'moment',
    type: i % 2 ? 'blame' : 'anger',
    action: i % 2 ? 'sent' : 'seen',
    lang: 'es',
    topic: i % 3 ? 'factura' : 'envío',
    agent,
  }));
  const path = join(dir, `${agent}.json`);
  writeFileSync(path, JSON.stringify({ format: 'tacto-moments', version: 1, week, agent, generatedAt: new Date().toISOString(), events, summary: {} }));
  return path;
}

/** Runs `expression` in the isolated world of Tacto's content script on `page` (DevTools protocol) and returns its value. */
async function inContentScript(page: Page, expression: string): Promise<unknown> {
  const cdp = await page.context().newCDPSession(page);
  const contexts: Array<{ id: number; name: string; auxData?: { type?: string } }> = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => contexts.push(context));
  await cdp.send('Runtime.enable');
  const deadline = Date.now() + 5_000;
  let world = contexts.find((c) => c.auxData?.type === 'isolated' && c.name.startsWith('Tacto'));
  while (!world && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    world = contexts.find((c) => c.auxData?.type === 'isolated' && c.name.startsWith('Tacto'));
  }
  assert.ok(world, `Tacto's isolated world among ${JSON.stringify(contexts.map((c) => c.name))}`);
  const result = await cdp.send('Runtime.evaluate', { contextId: world.id, expression, awaitPromise: true, returnByValue: true });
  assert.equal(result.exceptionDetails, undefined, JSON.stringify(result.exceptionDetails));
  await cdp.detach();
  return result.result.value;
}

describe('the difficult-moment log in Chromium', () => {
  before(async () => {
    await clearOfWeekTurn(180_000, BROWSER_TIME_ZONE);
    week = isoWeek(new TZDate(Date.now(), BROWSER_TIME_ZONE));
    dir = mkdtempSync(join(tmpdir(), 'tacto-e2e-log-'));
    server = await startServer();
    h = await launch(server);
  });

  after(async () => {
    await h?.close();
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('logs customer moments read from the ticket when the reply editor is focused (Zendesk)', async () => {
    const page = await h.newPage();
    await page.goto(PAGES.zendesk);
    const editor = page.locator('#editor-view:visible .ck-editor__editable').first();
    await editor.click();
    const moments = await h.waitForEvents((e) => e.kind === 'moment' && e.helpdesk === 'zendesk');
    assert.deepEqual(moments.map((e) => e.type).sort(), ['escalation-demand', 'repeat-contact']);
    for (const e of moments) assert.match(String(e.id), /^[0-9a-f]{12}:moment:zendesk:1234:/, 'ids carry the install prefix');

    // An applied suggestion.
    await page.keyboard.type('Te lo soluciono en 5 minutos. ');
    const apply = page.locator('tacto-sidebar [data-rule="unrealistic-commitment"] [data-action="apply-suggestion"]').first();
    await apply.waitFor({ timeout: 10_000 });
    // Pressed with the keyboard: Playwright at times finds the sidebar's button "outside of the
    // viewport" on this fixture (a placement matter for the sidebar, not for the log), and a
    // scripted click() is the page's input, which Tacto ignores. Enter on the focused button
    // is the agent's own (trusted) click.
    await apply.focus();
    await page.keyboard.press('Enter');
    await h.waitForEvents((e) => e.action === 'applied-suggestion' && e.helpdesk === 'zendesk');
    await page.close();
  });

  it('logs a guarded send (Freshdesk: send anyway) with the topic and nothing of the text', async () => {
    const page = await h.newPage();
    await page.goto(PAGES.freshdesk);
    await page.locator('[data-test-id="ticket-action-reply"]').click();
    const editor = page.locator('.fr-element:visible').first();
    await editor.click();
    const moments = await h.waitForEvents((e) => e.kind === 'moment' && e.helpdesk === 'freshdesk');
    assert.ok(moments.every((e) => e.topic === 'reembolso'), JSON.stringify(moments));
    await page.keyboard.type('Hola, te lo soluciono en 5 minutos.');
    await page.locator('tacto-sidebar [data-rule="unrealistic-commitment"]').first().waitFor({ timeout: 10_000 });
    await page.locator('#send-and-set').click();
    await page.locator('tacto-sidebar [data-tacto="send-guard"]').first().waitFor({ timeout: 10_000 });
    await page.locator('tacto-sidebar [data-tacto="send-guard"] [data-action="send-anyway"]').first().click();
    await h.waitForEvents((e) => e.action === 'sent-anyway' && e.helpdesk === 'freshdesk');
    const stored = JSON.stringify(await h.readEvents());
    for (const text of ['vergüenza', 'Carlos', 'Méndez', '88213', 'RF-2291', 'soluciono', 'topicSource']) {
      assert.ok(!stored.includes(text), `the log holds «${text}»`);
    }
    await page.close();
  });

  it('shows the events on the options page', async () => {
    options = await openOptions();
    const events = await h.readEvents();
    assert.equal(await options.locator('[data-kind="total"] [data-col="current"]').textContent(), String(events.length));
    assert.equal(await options.locator('select[name="week"]').inputValue(), week);
    // As many as the log holds (the Freshdesk ticket's message is also a repeat contact since the engine reads the story).
    for (const type of ['repeat-contact', 'escalation-demand']) {
      const logged = events.filter((e) => e.kind === 'moment' && e.type === type).length;
      assert.ok(logged >= 1, `${type} was logged`);
      assert.equal(await options.locator(`tr[data-kind="moment"][data-id="${type}"] [data-col="current"]`).textContent(), String(logged));
    }
    assert.ok(Number(await options.locator('tr[data-kind="action"][data-id="sent-anyway"] [data-col="current"]').textContent()) >= 1);
    assert.ok(Number(await options.locator('tr[data-kind="action"][data-id="applied-suggestion"] [data-col="current"]').textContent()) >= 1, JSON.stringify(events));
    // The Freshdesk ticket's «reembolso», shown merged under the reader's language (English here).
    assert.ok((await options.locator('[data-list="topics"] [data-topic-key="refund"][data-topic="refund"]').count()) >= 1);
    assert.equal(await options.locator('.dash-chart canvas').count(), 6);
    const drawn = await options.locator('[data-chart="moments"] canvas').evaluate((c: HTMLCanvasElement) => c.width > 0 && c.height > 0);
    assert.ok(drawn, 'the moments chart is drawn');
  });

  it('downloads each export format, parsed and checked', async () => {
    const stored = (await h.readEvents()).map((e) => String(e.id)).sort();
    const texts: Record<string, string> = {};
    for (const format of ['json', 'csv', 'html']) {
      await options.locator('select[name="format"]').selectOption(format);
      const [download] = await Promise.all([options.waitForEvent('download'), options.locator('[data-action="export"]').click()]);
      assert.equal(download.suggestedFilename(), `tacto-moments-${week}.${format}`);
      texts[format] = readFileSync((await download.path())!, 'utf8');
    }
    const json = JSON.parse(texts.json);
    assert.deepEqual(Object.keys(json), ['format', 'version', 'week', 'weeks', 'agent', 'team', 'generatedAt', 'events', 'summary', 'report']);
    assert.equal(json.format, 'tacto-moments');
    assert.equal(json.version, 1);
    assert.equal(json.week, week);
    assert.deepEqual(json.events.map((e: { id: string }) => e.id).sort(), stored);
    for (const e of json.events) assert.deepEqual(Object.keys(e), FIELDS);

    assert.equal(texts.csv.split(/\r?\n/)[0], CSV_HEADER);
    const rows = Papa.parse<Record<string, string>>(texts.csv, { header: true, skipEmptyLines: true }).data;
    assert.deepEqual(rows.map((r) => r.id).sort(), stored);

    assert.match(texts.html, /^<!doctype html>/);
    assert.ok((texts.html.match(/<svg /g) ?? []).length >= 2, 'charts are embedded');
    assert.doesNotMatch(texts.html, /<script|\ssrc=|\shref=/i);
    writeFileSync(join(dir, 'own.json'), texts.json);
  });

  it('merges two agents’ files without duplicates; the same files again change nothing', async () => {
    const before = (await h.readEvents()).length;
    const files = [teamFile('luis', 'aaaaaaaaaaaa', 6), teamFile('marta', 'bbbbbbbbbbbb', 4)];
    await options.locator('input[type="file"][name="import"]').setInputFiles(files);
    await options.locator('[data-list="roll-call"] li[data-agent="marta"]').waitFor({ state: 'attached' });
    assert.match((await options.locator('.dash-status').textContent()) ?? '', /^2 files read: 2 agent-weeks with 10 new events; 0 refused\.$/);
    await ready(options);
    assert.equal((await h.readEvents()).length, before + 10);
    assert.equal(await options.locator('[data-kind="total"] [data-col="current"]').textContent(), String(before + 10));
    const agents = await options.locator('select[name="agent"] option').allTextContents();
    assert.ok(agents.includes('luis') && agents.includes('marta'), agents.join());
    assert.equal(await options.locator('.dash-imports li').count(), 2);

    // Again, plus this agent's own export: nothing new.
    await options.locator('input[type="file"][name="import"]').setInputFiles([...files, join(dir, 'own.json')]);
    await options.locator('.dash-status', { hasText: '3 files read: 0 agent-weeks with 0 new events' }).waitFor();
    assert.equal((await h.readEvents()).length, before + 10);
    assert.equal(await options.locator('.dash-imports li').count(), 3);

    // The team export covers everyone.
    await options.locator('select[name="format"]').selectOption('json');
    const [download] = await Promise.all([options.waitForEvent('download'), options.locator('[data-action="export"]').click()]);
    const team = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    assert.equal(team.events.length, before + 10);
    assert.ok(team.summary.agents.some((a: { agent: string }) => a.agent === 'marta'));
  });

  it('refuses broken files with a clear message and the data intact', async () => {
    const before = await h.readEvents();
    const good = readFileSync(join(dir, 'own.json'), 'utf8');
    const cases: Array<[string, string, RegExp]> = [
      ['truncated.json', good.slice(0, good.length / 2), /truncated/],
      ['notes.txt', 'just some notes, not JSON', /not a JSON file/],
      ['playbook.json', JSON.stringify({ format: 'tacto-playbook', version: 1, entries: [] }), /not a Tacto moments export/],
      ['future.json', JSON.stringify({ ...JSON.parse(good), version: 2 }), /version 2 is not supported/],
    ];
    for (const [name, text, message] of cases) {
      writeFileSync(join(dir, name), text);
      await options.locator('input[type="file"][name="import"]').setInputFiles(join(dir, name));
      const alert = options.locator('[role="alert"]', { hasText: name });
      await alert.waitFor();
      assert.match((await alert.textContent()) ?? '', message);
    }
    assert.deepEqual(await h.readEvents(), before);
  });

  it('stores a report sent while the service worker is stopped, once even when retried', async () => {
    const cdp = await h.context.newCDPSession(options);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    const report = {
      id: 'moment:gmail:thread-e2e:urgency:2026-11-23',
      at: new Date().toISOString(),
      helpdesk: 'gmail',
      ticket: 'thread-e2e',
      kind: 'moment',
      type: 'urgency',
      action: 'seen',
      lang: 'es',
      topicSource: 'Lo necesito hoy mismo, es urgente: la factura 2291 de Lucía está mal.',
    };
    // A string, so tsx's helpers (__name) stay out of the page.
    const answers = await options.evaluate(`(async (event) => [
      await chrome.runtime.sendMessage({ type: 'log/append', events: [event] }),
      await chrome.runtime.sendMessage({ type: 'log/append', events: [event] }),
    ])(${JSON.stringify(report)})`);
    assert.deepEqual(answers, [{ ok: true, stored: 1 }, { ok: true, stored: 0 }]);
    const stored = await h.waitForEvents((e) => String(e.id).endsWith(report.id));
    assert.equal(stored.length, 1);
    assert.equal(stored[0].topic, 'factura');
    await cdp.detach();
  });

  it('refuses the log\'s writes (import, prune, delete) to a content script, whatever it sends', async () => {
    const page = await h.newPage();
    await page.goto(PAGES.zendesk);
    await page.locator('#editor-view:visible .ck-editor__editable').first().click();
    const before = await h.readEvents();
    assert.ok(before.length > 0);
    const file = JSON.parse(readFileSync(teamFile('intruder', 'bad', 3), 'utf8')) as { agent: string; week: string; generatedAt: string; events: unknown[] };
    const requests = [
      { type: 'log/delete-all' },
      { type: 'log/prune' },
      { type: 'log/import', file: { agent: file.agent, week: file.week, generatedAt: file.generatedAt, events: file.events } },
    ];
    const answers = await inContentScript(page, `Promise.all(${JSON.stringify(requests)}.map((m) => chrome.runtime.sendMessage(m)))`);
    assert.deepEqual((answers as { ok: boolean; name: string }[]).map((a) => [a.ok, a.name]), [[false, 'NotAllowedError'], [false, 'NotAllowedError'], [false, 'NotAllowedError']]);
    assert.deepEqual(await h.readEvents(), before);
    // The same import from the options page is served: the refusal is the sender's, not the shape's.
    const served = await options.evaluate(`chrome.runtime.sendMessage(${JSON.stringify(requests[2])})`);
    assert.deepEqual(served, { ok: true, merged: { events: 3, added: 3, rollCall: [{ agent: 'intruder', week, events: 3, added: 3 }] } });
    await page.close();
  });

  it('deletes all data after confirmation', async () => {
    await options.locator('[data-action="delete-all"]').click();
    assert.ok((await h.readEvents()).length > 0);
    await options.locator('[data-action="confirm-delete"]').click();
    await options.locator('.dash-status', { hasText: 'deleted' }).waitFor();
    assert.deepEqual(await h.readEvents(), []);
  });
});
