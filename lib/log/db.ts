/**
 * The difficult-moment log: a Dexie database in the extension's own origin. The
 * background appends what the content scripts report; the options page (same origin)
 * reads weeks, imports team files and deletes. Content scripts never open it (in a
 * content script Dexie would use the helpdesk page's IndexedDB).
 *
 * Schema history is kept, never edited: a new version restates its tables and
 * reshapes rows in `upgrade()`. Declare only the fields that queries use.
 */
import Dexie, { type EntityTable } from 'dexie';
import { type LogEvent, logEventOf } from './messaging';
import { toTeamDoc, type TeamDoc } from './sync/doc';

export const DB_NAME = 'tacto';

/** An event as stored from v2 on: the exported fields plus `t`, `at` in epoch ms (for ranges). */
export interface StoredEvent extends LogEvent {
  t: number;
}

/** One imported team file (v2), so the dashboard can say whose data it shows. */
export interface ImportRecord {
  /** agent|week|generatedAt: the same file imported twice is one record. */
  key: string;
  agent: string;
  week: string;
  generatedAt: string;
  events: number;
  added: number;
  importedAt: string;
}

/** An event waiting to reach the team's CouchDB (v3): the document as it will be sent. */
export interface OutboxRow {
  /** The event's id (= the document's `_id`): an event is queued at most once. */
  id: string;
  /** When it was queued (epoch ms; ties broken by id): the push order. */
  queuedAt: number;
  doc: TeamDoc;
}

export class TactoDatabase extends Dexie {
  events!: EntityTable<StoredEvent, 'id'>;
  imports!: EntityTable<ImportRecord, 'key'>;
  outbox!: EntityTable<OutboxRow, 'id'>;

  constructor(name = DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    // v1: events by time (weekly views), by ticket, and by kind+type (counts per moment/rule).
    this.version(1).stores({
      events: 'id, at, ticket, [kind+type], agent',
    });
    // v2: `at` may carry any UTC offset, so string ranges over it are wrong; weeks and
    // retention query `t` (epoch ms) instead. Imported team files are remembered.
    this.version(2)
      .stores({
        events: 'id, t, ticket, [kind+type], agent',
        imports: 'key, agent, week',
      })
      .upgrade((tx) =>
        tx
          .table('events')
          .toCollection()
          .modify((event: Partial<StoredEvent>) => {
            event.t = Date.parse(event.at ?? '') || 0;
            if (typeof event.topic !== 'string') event.topic = '';
            if (typeof event.agent !== 'string') event.agent = '';
          }),
      );
    // v3: the outbox of events bound for the team's CouchDB (docs/team-sync.md). Nothing
    // is queued by the upgrade: only events logged once the team server is set are sent.
    this.version(3).stores({
      events: 'id, t, ticket, [kind+type], agent',
      imports: 'key, agent, week',
      outbox: 'id, [queuedAt+id]',
    });
  }
}

/** The stored row for an event (adds the `t` index field). */
export function toStored(event: LogEvent): StoredEvent {
  return { ...event, t: Date.parse(event.at) };
}

/** The exported shape of a stored row: exactly the ten fields of ui.md, in order. */
export function toLogEvent(row: StoredEvent): LogEvent {
  return logEventOf(row);
}

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
export async function addFresh(db: TactoDatabase, events: LogEvent[]): Promise<number> {
  // Duplicates inside one batch count once, too.
  const fresh = await freshEvents(db, events);
  if (fresh.length > 0) await db.events.bulkAdd(fresh.map(toStored));
  return fresh.length;
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
