/**
 * Events logged before the team server was set (docs/team-sync.md, "Events from before
 * connecting"): the background's own pass (startTeamSync, with WXT's fake browser for
 * storage and alarms) against a real pouchdb-server on loopback. Counted on the server.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { TactoDatabase } from '../../../lib/log/db';
import { appendEvents, queueLogged } from '../../../lib/log/writer';
import { startTeamSync } from '../../../lib/log/sync/background';
import { CouchClient, type TeamServer } from '../../../lib/log/sync/client';
import { pushOutbox } from '../../../lib/log/sync/push';
import { teamSetup } from '../../../lib/log/sync/setup';
import { teamServerItem, teamSyncStatusItem, type TeamSyncStatus } from '../../../lib/log/sync/store';
import { makeEvents } from '../fixtures';
import { COUCH_ADMIN, startCouch, type CouchServer } from '../../support/couch';

let couch: CouchServer;
let server: TeamServer;

beforeAll(async () => {
  couch = await startCouch();
  await teamSetup(new CouchClient({ url: couch.url, database: 'backfill', ...COUCH_ADMIN }), [{ name: 'ana', password: 'ana-pass', role: 'agent' }]);
  server = { url: couch.url, database: 'backfill', user: 'ana', password: 'ana-pass' };
}, 60_000);

afterAll(async () => {
  await couch?.close();
});

let db: TactoDatabase;
beforeEach(async () => {
  fakeBrowser.reset();
  const b = fakeBrowser as unknown as Record<string, Record<string, unknown>>;
  const event = { addListener() {}, removeListener() {}, hasListener: () => false };
  b.permissions.contains = async () => true;
  b.permissions.onAdded = event;
  b.permissions.onRemoved = event;
  db = new TactoDatabase(`backfill-${Math.random()}`);
  await db.open();
});

/** Revisions on the server of these ids (undefined where the server lacks one). */
async function revs(ids: string[]): Promise<(string | undefined)[]> {
  const { body } = await couch.admin<{ rows: { value?: { rev: string } }[] }>('POST', 'backfill/_all_docs', { keys: ids });
  return body.rows.map((r) => r.value?.rev);
}

async function statusWhen(check: (s: TeamSyncStatus) => boolean, ms = 20_000): Promise<TeamSyncStatus> {
  const end = Date.now() + ms;
  for (;;) {
    const s = await teamSyncStatusItem.getValue();
    if (check(s)) return s;
    if (Date.now() > end) throw new Error(`status: ${JSON.stringify(s)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('queueLogged', () => {
  it('queues each logged event once, oldest first, and nothing already queued', async () => {
    const before = makeEvents('2026-W40', 12, 'ana', `ql-${Math.random().toString(36).slice(2)}`);
    await appendEvents(db, before); // no server yet: stored, not queued
    expect(await db.outbox.count()).toBe(0);
    const later = makeEvents('2026-W41', 3, 'ana', `ql2-${Math.random().toString(36).slice(2)}`);
    await appendEvents(db, later, { queue: true, now: Date.parse('2026-10-20T00:00:00Z') });
    expect(await queueLogged(db)).toBe(12);
    expect(await queueLogged(db)).toBe(0);
    const rows = await db.outbox.orderBy('[queuedAt+id]').toArray();
    expect(rows.length).toBe(15);
    expect(rows.slice(0, 12).map((r) => r.queuedAt)).toEqual(before.map((e) => Date.parse(e.at)).sort((a, b) => a - b));
    expect(rows.slice(0, 12).every((r) => r.doc._id === r.id && r.doc.t === r.queuedAt)).toBe(true);
  });
});

describe('connecting with events already in the log', () => {
  it('sends them once when the box is ticked; a restarted worker and a second pass send nothing again', async () => {
    const logged = makeEvents('2026-W44', 40, 'ana', `bf-${Math.random().toString(36).slice(2)}`);
    await appendEvents(db, logged);
    await teamServerItem.setValue({ ...server, backfill: true });
    const sync = startTeamSync(db);
    const status = await statusWhen((s) => s.state === 'connected' && s.delivered === 40);
    expect(status.queued).toBe(0);
    expect((await revs(logged.map((e) => e.id))).every((r) => r?.startsWith('1-'))).toBe(true);

    // A new event after connecting goes the usual way; the old ones are not queued again.
    const next = makeEvents('2026-W45', 1, 'ana', `bf-next-${Math.random().toString(36).slice(2)}`);
    await appendEvents(db, next, { queue: true });
    sync.queued();
    await statusWhen((s) => s.delivered === 41);
    // The worker starts again (same status): no second backfill.
    startTeamSync(db);
    await new Promise((r) => setTimeout(r, 500));
    expect(await statusWhen((s) => s.state === 'connected')).toMatchObject({ delivered: 41, queued: 0 });
    expect(await db.outbox.count()).toBe(0);
    expect((await revs([...logged, ...next].map((e) => e.id))).every((r) => r?.startsWith('1-'))).toBe(true);
  }, 60_000);

  it('an old server without backfill set counts as ticked (absent = on)', async () => {
    const logged = makeEvents('2026-W43', 5, 'ana', `bf-absent-${Math.random().toString(36).slice(2)}`);
    await appendEvents(db, logged);
    await teamServerItem.setValue(server);
    startTeamSync(db);
    await statusWhen((s) => s.state === 'connected' && s.delivered === 5);
    expect((await revs(logged.map((e) => e.id))).every((r) => r?.startsWith('1-'))).toBe(true);
  }, 60_000);

  it('sends none of them when the box is unticked, only what is logged from then on', async () => {
    const logged = makeEvents('2026-W42', 10, 'ana', `nobf-${Math.random().toString(36).slice(2)}`);
    await appendEvents(db, logged);
    await teamServerItem.setValue({ ...server, backfill: false });
    const sync = startTeamSync(db);
    await statusWhen((s) => s.state === 'connected');
    const next = makeEvents('2026-W42', 2, 'ana', `nobf-next-${Math.random().toString(36).slice(2)}`);
    await appendEvents(db, next, { queue: true });
    sync.queued();
    await statusWhen((s) => s.delivered === 2);
    expect(await revs(logged.map((e) => e.id))).toEqual(logged.map(() => undefined));
    expect((await revs(next.map((e) => e.id))).every((r) => r?.startsWith('1-'))).toBe(true);
  }, 60_000);

  it('a backfill repeated after a lost status (a worker killed mid-pass) stores nothing twice', async () => {
    const logged = makeEvents('2026-W41', 8, 'ana', `again-${Math.random().toString(36).slice(2)}`);
    await appendEvents(db, logged);
    await queueLogged(db);
    expect(await pushOutbox(db, new CouchClient(server))).toMatchObject({ delivered: 8, queued: 0 });
    // The status never recorded this server: the next worker backfills again.
    await teamServerItem.setValue(server);
    startTeamSync(db);
    await statusWhen((s) => s.state === 'connected' && s.delivered === 8);
    expect((await revs(logged.map((e) => e.id))).every((r) => r?.startsWith('1-'))).toBe(true);
  }, 60_000);
});
