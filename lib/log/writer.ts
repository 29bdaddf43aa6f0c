/**
 * Every write to the log (Dexie): appends, team-file merges, retention and deletion.
 * Only the background imports this file: the options page asks it through the page
 * messages of ./write-requests.ts (`log/import`, `log/prune`, `log/delete-all`), so one
 * process decides what is stored. The wall is in eslint.config.js and tests/walls.test.ts.
 */
import { toLogEvent, toStored, type TactoDatabase } from './db';
import { rollCall, type MergeResult, type ParsedExport } from './import';
import type { LogWriter } from './write-requests';
import type { LogEvent } from './messaging';
import { toTeamDoc } from './sync/doc';

const WEEK_MS = 7 * 86_400_000;

/**
 * Stores events idempotently: an event whose id is already stored is skipped, so a
 * report retried after the service worker restarted is not stored twice, and a team
 * file imported twice adds nothing. Returns how many were new.
 */
export async function appendEvents(db: TactoDatabase, events: LogEvent[], options: { queue?: boolean; now?: number } = {}): Promise<number> {
  if (!options.queue) return db.transaction('rw', db.events, () => addFresh(db, events));
  // Stored and queued in one transaction: an event is in the outbox exactly when it is new.
  return db.transaction('rw', db.events, db.outbox, async () => {
    const fresh = await freshEvents(db, events);
    if (fresh.length > 0) {
      await db.events.bulkAdd(fresh.map(toStored));
      const queuedAt = options.now ?? Date.now();
      await db.outbox.bulkPut(fresh.map((e) => ({ id: e.id, queuedAt, doc: toTeamDoc(e) })));
    }
    return fresh.length;
  });
}

async function freshEvents(db: TactoDatabase, events: LogEvent[]): Promise<LogEvent[]> {
  const unique = [...new Map(events.map((e) => [e.id, e])).values()];
  const existing = await db.events.bulkGet(unique.map((e) => e.id));
  return unique.filter((_, i) => existing[i] === undefined);
}

/** The body of appendEvents, for callers already inside a transaction. */
async function addFresh(db: TactoDatabase, events: LogEvent[]): Promise<number> {
  // Duplicates inside one batch count once, too.
  const fresh = await freshEvents(db, events);
  if (fresh.length > 0) await db.events.bulkAdd(fresh.map(toStored));
  return fresh.length;
}

/** Merges a checked team file (./import.ts) in one transaction: all of it or, on error (a full disk), nothing. */
export async function mergeExport(db: TactoDatabase, file: ParsedExport, now = new Date()): Promise<MergeResult> {
  return db.transaction('rw', db.events, db.imports, async () => {
    const existing = await db.events.bulkGet(file.events.map((e) => e.id));
    const fresh = file.events.filter((_, i) => existing[i] === undefined);
    const added = await addFresh(db, fresh);
    const key = `${file.agent}|${file.week}|${file.generatedAt}`;
    const known = await db.imports.get(key);
    if (!known) {
      await db.imports.put({ key, agent: file.agent, week: file.week, generatedAt: file.generatedAt, events: file.events.length, added, importedAt: now.toISOString() });
    }
    return { events: file.events.length, added, rollCall: rollCall(file.events, new Set(fresh.map((e) => e.id))) };
  });
}

/** Deletes events older than the retention; returns how many. */
export async function prune(db: TactoDatabase, retention: number, now: Date): Promise<number> {
  const cutoff = now.getTime() - retention * WEEK_MS;
  // An event past retention is not sent to the team server either (a server gone for months
  // must not make the outbox grow without end).
  return db.transaction('rw', db.events, db.outbox, async () => {
    const old = await db.events.where('t').below(cutoff).primaryKeys();
    await db.outbox.bulkDelete(old);
    return db.events.where('t').below(cutoff).delete();
  });
}

/** Deletes every event, every import record and the team-server outbox. */
export async function deleteAll(db: TactoDatabase): Promise<void> {
  // Events not yet sent to the team server go too: deleted means deleted everywhere we hold it.
  await db.transaction('rw', db.events, db.imports, db.outbox, async () => {
    await db.events.clear();
    await db.imports.clear();
    await db.outbox.clear();
  });
}

/** The LogWriter over Dexie: the background's (serving the options page's messages), and the tests'. */
export function dexieLogWriter(db: TactoDatabase, deps: { retention(): Promise<number>; now?(): Date }): LogWriter {
  const now = deps.now ?? (() => new Date());
  return {
    merge: (file) => mergeExport(db, file, now()),
    prune: async () => prune(db, await deps.retention(), now()),
    deleteAll: () => deleteAll(db),
  };
}

/**
 * The backfill (docs/team-sync.md, "Events from before connecting"): queues every event the
 * log holds that is not queued yet, so a team server set now also gets what was logged
 * before. Each goes in at its own time (`queuedAt` = the event's `t`), so the push sends
 * them oldest first and ahead of anything queued since. One transaction over the log and
 * the outbox: an event appended meanwhile is either queued by its own append or here,
 * never twice (the outbox's key is the event's id). Returns how many were queued.
 */
export async function queueLogged(db: TactoDatabase): Promise<number> {
  return db.transaction('rw', db.events, db.outbox, async () => {
    const events = await db.events.toArray();
    const queued = await db.outbox.bulkGet(events.map((e) => e.id));
    const fresh = events.filter((_, i) => queued[i] === undefined);
    await db.outbox.bulkAdd(fresh.map((e) => ({ id: e.id, queuedAt: e.t, doc: toTeamDoc(toLogEvent(e)) })));
    return fresh.length;
  });
}
