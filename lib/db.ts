/**
 * The difficult-moment log: a Dexie database in the extension's own origin. Only the
 * background writes to it; content scripts never open it (in a content script Dexie
 * would use the helpdesk page's IndexedDB).
 *
 * Schema history is kept, never edited: a new version restates its tables and
 * reshapes rows in `upgrade()`. Declare only the fields that queries use.
 */
import Dexie, { type EntityTable } from 'dexie';
import type { LogEvent } from './messaging';

export const DB_NAME = 'tacto';

export class TactoDatabase extends Dexie {
  events!: EntityTable<LogEvent, 'id'>;

  constructor(name = DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    // v1: events by time (weekly views), by ticket, and by kind+type (counts per moment/rule).
    this.version(1).stores({
      events: 'id, at, ticket, [kind+type], agent',
    });
  }
}

/**
 * Stores events idempotently: an event whose id is already stored is skipped, so a
 * report retried after the service worker restarted is not stored twice.
 */
export async function appendEvents(db: TactoDatabase, events: LogEvent[]): Promise<number> {
  return db.transaction('rw', db.events, async () => {
    const existing = await db.events.bulkGet(events.map((e) => e.id));
    const fresh = events.filter((_, i) => existing[i] === undefined);
    if (fresh.length > 0) await db.events.bulkAdd(fresh);
    return fresh.length;
  });
}
