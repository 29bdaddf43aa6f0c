/** Writes a checked team file into the log (Dexie); checking it is ./import.ts's job. */
import { addFresh, type TactoDatabase } from './db';
import { rollCall, type ParsedExport, type RollCallLine } from './import';

export interface MergeResult {
  events: number;
  added: number;
  /** Per agent and week (of the events, local time), sorted by agent then week. */
  rollCall: RollCallLine[];
}

/** Merges a checked file in one transaction: all of it or, on error (a full disk), nothing. */
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
