/**
 * Sends the outbox to the team's CouchDB in `_bulk_docs` batches. A row leaves the
 * outbox only once the server has it: stored now (`ok`), or already stored under the same
 * id (`conflict`: an earlier push that we never heard back from). A document the server's
 * validation refuses (`forbidden`) can never be stored, so it leaves too and is counted.
 * Any other failure stops the pass and keeps the rest for the next one.
 */
import type { OutboxRow, TactoDatabase } from '../db';
import { CouchClient, SyncError, type BulkResult, type SyncState } from './client';

export const PUSH_BATCH = 1000;

export interface PushOutcome {
  state: SyncState;
  /** Stored by this pass (new or already there). */
  delivered: number;
  /** Refused by the server's validation (dropped from the outbox). */
  refused: number;
  /** Still queued. */
  queued: number;
  /** What went wrong, for the console and the status line. */
  detail?: string;
}

export async function pushOutbox(db: TactoDatabase, client: CouchClient, batch = PUSH_BATCH): Promise<PushOutcome> {
  let delivered = 0;
  let refused = 0;
  let after: [number, string] | null = null;
  for (;;) {
    const rows: OutboxRow[] = await (after
      ? db.outbox.where('[queuedAt+id]').above(after).limit(batch).toArray()
      : db.outbox.orderBy('[queuedAt+id]').limit(batch).toArray());
    if (rows.length === 0) return { state: 'connected', delivered, refused, queued: await db.outbox.count() };
    let results: BulkResult[];
    try {
      results = await client.bulkDocs(rows.map((r) => r.doc));
    } catch (error) {
      const e = error instanceof SyncError ? error : new SyncError('server-error', String(error));
      return { state: e.state, delivered, refused, queued: await db.outbox.count(), detail: e.message };
    }
    const answered = new Map(results.map((r) => [r.id, r]));
    const done: string[] = [];
    let failed = 0;
    let unauthorized = false;
    for (const row of rows) {
      const r = answered.get(row.id);
      if (r?.ok || r?.error === 'conflict') {
        done.push(row.id);
        delivered++;
      } else if (r?.error === 'forbidden') {
        done.push(row.id);
        refused++;
      } else {
        // pouchdb-server answers a non-member's _bulk_docs with 201 and this per document
        // (CouchDB refuses the whole request with 401/403).
        if (r?.error === 'unauthorized') unauthorized = true;
        failed++;
      }
    }
    await db.outbox.bulkDelete(done);
    if (failed > 0) {
      // Some rows met a server error: leave them for the next pass rather than loop on them.
      return { state: unauthorized ? 'forbidden' : 'server-error', delivered, refused, queued: await db.outbox.count(), detail: `${failed} documents not stored` };
    }
    const last: OutboxRow = rows[rows.length - 1];
    after = [last.queuedAt, last.id];
  }
}

/** Minutes until the next try after `failures` failed passes: 0.5, 1, 2, 4 … up to 60. */
export function retryDelayMinutes(failures: number): number {
  return Math.min(60, 0.5 * 2 ** Math.max(0, failures - 1));
}
