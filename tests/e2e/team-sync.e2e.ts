/**
 * The team's log on the team's own CouchDB, end to end: the built extension
 * (.output/chrome-mv3) in Debian's Chromium, the fixture helpdesks, and a real
 * CouchDB-protocol server (pouchdb-server, tests/support/couch.ts) on 127.0.0.1 set up by
 * the real CLI (`tacto team-setup`). Counted on the server, never mocked:
 * - events logged on a helpdesk page arrive exactly once (one document each, revision 1);
 * - the server down during a burst: the events wait in the outbox and arrive once it is
 *   back (the alarm's retry), counts equal;
 * - a wrong password and a revoked permission show in the status line, and events keep
 *   queueing until it is right again;
 * - 10,000 queued events are pushed after reconnecting (timed).
 *
 * About the permission: as in settings.e2e.ts, the host is granted first the way a user
 * does in the browser's own extension settings (`developerPrivate.addHostPermission` on
 * chrome://extensions), because a headless browser cannot answer the permission prompt;
 * the options page's `permissions.request()` then resolves from a real click.
 *
 * Run: npm run build && npx tsx --test --test-reporter=spec tests/e2e/team-sync.e2e.ts
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { launch, type Harness } from './browser.ts';
import { DRIVERS } from './drivers.ts';
import { openFixture } from './helpers.ts';
import { ROOT, startServer, type FixtureServer } from './server.ts';
import { waitFor } from './helpers.ts';
import { COUCH_ADMIN, startCouch, type CouchServer } from '../support/couch.ts';
import { toTeamDoc } from '../../lib/log/sync/doc.ts';
import { makeEvents } from '../log/fixtures.ts';

declare const chrome: {
  permissions: { contains(permissions: { origins: string[] }): Promise<boolean> };
};

const STEP = { timeout: 120_000 };
const DATABASE = 'tacto';
const AGENT = { name: 'ana', password: 'ana-pass' };
const ORIGIN = 'http://127.0.0.1/*';

let server: FixtureServer;
let couch: CouchServer;
let h: Harness;
let extensionId: string;
let options: Page;

before(async () => {
  couch = await startCouch();
  // The real CLI, as a lead runs it.
  const printed = execFileSync('npx', ['tsx', 'lib/cli.ts', 'team-setup', `http://${COUCH_ADMIN.user}:${COUCH_ADMIN.password}@127.0.0.1:${couch.port}/${DATABASE}`, '--agent', `${AGENT.name}:${AGENT.password}`, '--lead', 'lena:lena-pass'], { cwd: ROOT }).toString();
  assert.match(printed, /^created +database tacto$/m);
  server = await startServer();
  h = await launch(server);
  extensionId = await h.extensionId();
});

after(async () => {
  await h?.close();
  await server?.close();
  await couch?.close();
});

/** The server's event documents (id → revision), read as the admin. */
async function serverDocs(): Promise<Map<string, string>> {
  const { body } = await couch.admin<{ rows: { id: string; value: { rev: string } }[] }>('GET', `${DATABASE}/_all_docs`);
  return new Map(body.rows.filter((r) => !r.id.startsWith('_design/')).map((r) => [r.id, r.value.rev]));
}

async function hostPermission(verb: 'addHostPermission' | 'removeHostPermission'): Promise<void> {
  const page = await h.newPage();
  await page.goto('chrome://extensions/');
  await page.evaluate(
    async ([id, origin, action]) => {
      const dp = (globalThis as unknown as { chrome: { developerPrivate: Record<string, (id: string, host: string) => Promise<void>> } }).chrome.developerPrivate;
      await dp[action](id, origin);
    },
    [extensionId, ORIGIN, verb],
  );
  await page.close();
}

const status = () => options.locator('[data-tacto="team-status"][role="status"]');

async function waitForState(state: string, timeoutMs = 15_000): Promise<void> {
  await options.locator(`[data-tacto="team-status"][data-state="${state}"]`).waitFor({ timeout: timeoutMs });
}

async function saveServer(password: string): Promise<void> {
  await options.fill('input[name="teamServerUrl"]', couch.url);
  await options.fill('input[name="teamServerDatabase"]', DATABASE);
  await options.fill('input[name="teamServerUser"]', AGENT.name);
  await options.fill('input[name="teamServerPassword"]', password);
  await options.click('[data-action="save-team-server"]');
}

/** Focuses a helpdesk's reply editor: the ticket's customer moments are logged. */
async function momentsOn(site: 'zendesk' | 'freshdesk' | 'gmail'): Promise<void> {
  const { page } = await openFixture(h, site);
  await DRIVERS.find((d) => d.site === site)!.focusEditor(page);
  await h.waitForEvents((e) => e.kind === 'moment' && e.helpdesk === site);
  await page.close();
}

/** Every logged event is on the server once, at revision 1, and nothing else is. */
async function assertExactlyOnce(): Promise<number> {
  const local = (await h.readEvents()).map((e) => String(e.id));
  const docs = await serverDocs();
  assert.deepEqual([...docs.keys()].sort(), [...local].sort(), 'the server holds exactly the logged events');
  for (const [id, rev] of docs) assert.match(rev, /^1-/, `${id} was written once`);
  return local.length;
}

describe('the team log on a real CouchDB-protocol server', () => {
  test('saving the server asks for its host, checks the connection and says connected', STEP, async () => {
    await hostPermission('addHostPermission');
    options = await h.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html#settings`);
    await options.locator('[data-section="team-server"]').waitFor();
    assert.equal(await status().getAttribute('data-state'), 'off');
    await saveServer(AGENT.password);
    await waitForState('connected');
    assert.equal(await options.evaluate((o) => chrome.permissions.contains({ origins: [o] }), ORIGIN), true);
  });

  test('events logged on a helpdesk page arrive on the server exactly once', STEP, async () => {
    await momentsOn('zendesk');
    await waitFor(async () => assert.ok((await serverDocs()).size > 0, `status: ${await status().getAttribute('data-state')} ${await status().textContent()}`), 30_000, 250);
    await waitFor(async () => assert.equal((await status().getAttribute('data-queued')), '0'), 10_000, 250);
    const count = await assertExactlyOnce();
    assert.ok(count >= 2, `${count} events`);
    // What the server holds is the documented fields and nothing of the text.
    const { body } = await couch.admin<{ rows: { doc: Record<string, unknown> }[] }>('GET', `${DATABASE}/_all_docs?include_docs=true`);
    const doc = body.rows.map((r) => r.doc).find((d) => !String(d._id).startsWith('_design/'))!;
    assert.deepEqual(Object.keys(doc).sort(), ['_id', '_rev', 'action', 'agent', 'at', 'format', 'helpdesk', 'id', 'kind', 'lang', 't', 'ticket', 'topic', 'type', 'v']);
  });

  test('server down during a burst: the events wait, then arrive once it is back, counts equal', STEP, async () => {
    const before = (await serverDocs()).size;
    await couch.stop();
    await momentsOn('freshdesk');
    await momentsOn('gmail');
    await waitForState('unreachable', 20_000);
    const queued = Number(await status().getAttribute('data-queued'));
    const logged = (await h.readEvents()).length;
    assert.equal(queued, logged - before, 'every event of the burst is queued');
    assert.equal((await serverDocs().catch(() => null)), null, 'the server is really down');
    await couch.start();
    // The first retry is 30 s after the failure (browser.alarms).
    await waitForState('connected', 90_000);
    await waitFor(async () => assert.equal(await status().getAttribute('data-queued'), '0'), 10_000, 250);
    assert.equal(await assertExactlyOnce(), logged);
  });

  test('a wrong password shows in the status; the right one connects again', STEP, async () => {
    await saveServer('not-the-password');
    await waitForState('wrong-password');
    assert.match((await status().textContent()) ?? '', /Wrong user or password/);
    await saveServer(AGENT.password);
    await waitForState('connected');
  });

  test('a revoked permission shows in the status and events keep queueing; granted again, they arrive', STEP, async () => {
    await hostPermission('removeHostPermission');
    await waitForState('permission-refused');
    const before = (await serverDocs()).size;
    // Each ticket's moments are logged once a day, and every fixture ticket's are in: new
    // events come through the background's own log path (a report, as the sidebar sends a
    // dismissal), so they are stored and queued exactly as a helpdesk page's are.
    await options.evaluate(async () => {
      const at = new Date().toISOString();
      const events = [0, 1, 2].map((i) => ({ id: `finding:revoked-${i}:${Date.now()}`, at, helpdesk: 'zendesk', ticket: '1234', kind: 'finding', type: 'blame', action: 'dismissed', lang: 'en' }));
      const answer = await (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean }> } } }).chrome.runtime.sendMessage({ type: 'log/append', events });
      if (!answer.ok) throw new Error(JSON.stringify(answer));
    });
    await waitFor(async () => assert.equal(await status().getAttribute('data-queued'), '3'), 10_000, 250);
    assert.equal(await status().getAttribute('data-state'), 'permission-refused');
    assert.equal((await serverDocs()).size, before, 'nothing sent without the permission');
    await hostPermission('addHostPermission');
    await waitForState('connected');
    await waitFor(async () => assert.equal(await status().getAttribute('data-queued'), '0'), 10_000, 250);
    await assertExactlyOnce();
  });

  test('10,000 queued events are pushed after reconnecting (server count = 10,000 more; timed)', { timeout: 300_000 }, async () => {
    await hostPermission('removeHostPermission');
    await waitForState('permission-refused');
    const before = (await serverDocs()).size;
    const docs = makeEvents('2026-W40', 10_000, 'ana', `bulk${Date.now().toString(36)}`).map(toTeamDoc);
    // Queued as the background queues them (the outbox of IndexedDB 'tacto'), in one go.
    await options.evaluate(async (rows) => {
      const db = await new Promise<IDBDatabase>((ok, fail) => {
        const request = indexedDB.open('tacto');
        request.onsuccess = () => ok(request.result);
        request.onerror = () => fail(request.error);
      });
      await new Promise<void>((ok, fail) => {
        const tx = db.transaction('outbox', 'readwrite');
        const now = Date.now();
        for (const doc of rows) tx.objectStore('outbox').put({ id: doc._id, queuedAt: now, doc });
        tx.oncomplete = () => ok();
        tx.onerror = () => fail(tx.error);
      });
      db.close();
    }, docs);
    const started = Date.now();
    await hostPermission('addHostPermission');
    await waitFor(async () => assert.equal((await serverDocs()).size, before + 10_000), 240_000, 1000);
    const seconds = (Date.now() - started) / 1000;
    console.log(`# 10,000 queued events pushed in ${seconds.toFixed(1)} s`);
    await waitFor(async () => assert.equal(await status().getAttribute('data-queued'), '0'), 20_000, 250);
    const onServer = await serverDocs();
    for (const doc of docs) assert.equal(onServer.get(doc._id)?.slice(0, 2), '1-');
  });
});
