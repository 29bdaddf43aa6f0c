/**
 * The background's part in the team log: pushes the outbox when events are queued, when
 * the server or its permission changes, at every worker start, and on a `browser.alarms`
 * retry after a failure (30 s, then doubling up to an hour; the step survives worker
 * restarts in the status). One pass at a time. Call `startTeamSync()` synchronously in
 * the background's main, so the listeners are there when an alarm wakes the worker.
 */
import { browser } from 'wxt/browser';
import type { TactoDatabase } from '../db';
import { queueLogged } from '../writer';
import { CouchClient, originPattern, SyncError, type TeamServer } from './client';
import { pushOutbox, retryDelayMinutes } from './push';
import { OFF_STATUS, teamServerItem, teamSyncStatusItem, type TeamSyncStatus } from './store';

export const RETRY_ALARM = 'tacto-team-sync';
/** New events are sent together when they come in a burst. */
const BURST_WAIT_MS = 1000;

export interface TeamSync {
  /** Whether new events should be queued (a team server is set). */
  queueing(): Promise<boolean>;
  /** Events were queued: push soon, unless a retry is already scheduled. */
  queued(): void;
}

export function startTeamSync(db: TactoDatabase): TeamSync {
  let running: Promise<void> | null = null;
  let again = false;
  let burst: ReturnType<typeof setTimeout> | undefined;

  async function write(status: Partial<TeamSyncStatus>): Promise<TeamSyncStatus> {
    const previous = await teamSyncStatusItem.getValue();
    const next = { ...previous, ...status, at: new Date().toISOString() };
    await teamSyncStatusItem.setValue(next);
    return next;
  }

  async function onePass(): Promise<void> {
    const server = await teamServerItem.getValue();
    const queued = await db.outbox.count();
    if (!server) {
      await browser.alarms.clear(RETRY_ALARM);
      await teamSyncStatusItem.setValue({ ...OFF_STATUS, queued, at: new Date().toISOString() });
      return;
    }
    // Revoked (from the browser's own pages too): keep queueing, say so, wait for it to come back.
    if (!(await hostGranted(server))) {
      await browser.alarms.clear(RETRY_ALARM);
      await write({ state: 'permission-refused', queued, detail: originPattern(server.url) });
      return;
    }
    const stored = await teamSyncStatusItem.getValue();
    // Another server (or other credentials): a fresh start, nothing owed to the back-off.
    const key = serverKey(server);
    const before = stored.server === key ? stored : { ...stored, server: key, failures: 0, delivered: 0, refused: 0 };
    let backfilled = 0;
    // Newly connected: what the log held before goes too, unless the user said not to. Done
    // before the first push to this server; a pass that dies before its status is written
    // does it again, which queues only what is not queued and meets conflicts for the rest.
    if (stored.server !== key && server.backfill !== false) backfilled = await queueLogged(db);
    let outcome;
    try {
      const client = new CouchClient(server);
      // Nothing to send: still say truly whether the server takes these credentials.
      if (queued + backfilled === 0) await client.check();
      outcome = await pushOutbox(db, client);
    } catch (error) {
      outcome = { state: error instanceof SyncError ? error.state : 'server-error', delivered: 0, refused: 0, queued: queued + backfilled, detail: String(error) } as const;
    }
    const failures = outcome.state === 'connected' ? 0 : before.failures + 1;
    await write({
      server: key,
      state: outcome.state,
      queued: outcome.queued,
      delivered: before.delivered + outcome.delivered,
      refused: before.refused + outcome.refused,
      failures,
      detail: outcome.detail,
    });
    if (failures === 0) await browser.alarms.clear(RETRY_ALARM);
    else await browser.alarms.create(RETRY_ALARM, { delayInMinutes: retryDelayMinutes(failures) });
  }

  function pass(): Promise<void> {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        await onePass().catch((error: unknown) => console.warn('[Tacto] team sync pass failed', error));
      } while (again);
    })().finally(() => (running = null));
    return running;
  }

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === RETRY_ALARM) void pass();
  });
  browser.permissions.onAdded.addListener(() => void pass());
  browser.permissions.onRemoved.addListener(() => void pass());
  // The status is rewritten by the pass itself (never an interim one: the options page
  // shows the newest of its own check and this status).
  teamServerItem.watch(() => void pass());
  void pass();

  return {
    async queueing() {
      // When the setting cannot be read, queue: an outbox row with nowhere to go costs
      // little, an event the team never gets cannot be undone.
      return teamServerItem.getValue().then((server) => server !== null, () => true);
    },
    queued() {
      clearTimeout(burst);
      burst = setTimeout(() => {
        void (async () => {
          const status = await teamSyncStatusItem.getValue();
          // While backing off, the alarm brings the next try; the count is kept current meanwhile.
          if (status.failures > 0 && (await browser.alarms.get(RETRY_ALARM))) await write({ queued: await db.outbox.count() });
          else await pass();
        })().catch((error: unknown) => console.warn('[Tacto] team sync: could not schedule', error));
      }, BURST_WAIT_MS);
    },
  };
}

function serverKey(server: TeamServer): string {
  return JSON.stringify([server.url, server.database, server.user]);
}

async function hostGranted(server: TeamServer): Promise<boolean> {
  try {
    return await browser.permissions.contains({ origins: [originPattern(server.url)] });
  } catch {
    return false;
  }
}
