/**
 * Sends the outbox to the team's CouchDB in `_bulk_docs` batches, up to `inFlight` requests
 * at a time (docs/team-sync.md, "The push"). A row leaves the outbox only once the server
 * has it: stored now (`ok`), or already stored under the same id (`conflict`: an earlier
 * push that we never heard back from). A document the server's validation refuses
 * (`forbidden`) can never be stored, so it leaves too and is counted. Any other failure
 * stops the pass: no new batch is sent, the batches already on their way are answered and
 * counted, and every row not answered `ok`/`conflict`/`forbidden` stays for the next pass.
 * Batches never share a row (one cursor over the outbox), so pipelining cannot send an
 * event twice in one pass; across passes the server's conflict keeps it one document.
 */
import type { OutboxRow, TactoDatabase } from '../db';
import { CouchClient, SyncError, type BulkResult, type SyncState } from './client';

/** Documents per `_bulk_docs` (≈ 270 KB of JSON; tests/bench/team.ts tried 250–5,000). */
export const PUSH_BATCH = 1000;
/** Requests on their way at once: the server stores one batch while the next is read and sent. */
export const PUSH_IN_FLIGHT = 2;

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

interface BatchOutcome {
  delivered: number;
  refused: number;
  /** Set when the batch (or part of it) was not stored: the pass stops. */
  failure?: { state: SyncState; detail: string };
}

async function sendBatch(db: TactoDatabase, client: CouchClient, rows: OutboxRow[]): Promise<BatchOutcome> {
  let results: BulkResult[];
  try {
    results = await client.bulkDocs(rows.map((r) => r.doc));
  } catch (error) {
    const e = error instanceof SyncError ? error : new SyncError('server-error', String(error));
    return { delivered: 0, refused: 0, failure: { state: e.state, detail: e.message } };
  }
  const answered = new Map(results.map((r) => [r.id, r]));
  const done: string[] = [];
  let delivered = 0;
  let refused = 0;
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
  // Some rows met a server error: leave them for the next pass rather than loop on them.
  if (failed > 0) return { delivered, refused, failure: { state: unauthorized ? 'forbidden' : 'server-error', detail: `${failed} documents not stored` } };
  return { delivered, refused };
}

export async function pushOutbox(db: TactoDatabase, client: CouchClient, batch = PUSH_BATCH, inFlight = PUSH_IN_FLIGHT): Promise<PushOutcome> {
  let delivered = 0;
  let refused = 0;
  let failure: BatchOutcome['failure'];
  let after: [number, string] | null = null;
  let exhausted = false;
  const pending = new Set<Promise<void>>();
  const settle = (outcome: BatchOutcome) => {
    delivered += outcome.delivered;
    refused += outcome.refused;
    // The first failure heard of names the state and stops new batches; those already on
    // their way are still answered and counted.
    if (outcome.failure && !failure) failure = outcome.failure;
  };
  for (;;) {
    while (!failure && !exhausted && pending.size < Math.max(1, inFlight)) {
      const rows: OutboxRow[] = await (after
        ? db.outbox.where('[queuedAt+id]').above(after).limit(batch).toArray()
        : db.outbox.orderBy('[queuedAt+id]').limit(batch).toArray());
      if (rows.length === 0) {
        exhausted = true;
        break;
      }
      const last = rows[rows.length - 1];
      after = [last.queuedAt, last.id];
      // A local failure (the outbox's delete) stops the pass like a server's: the rows stay
      // and meet a conflict next time, which counts them then.
      const sent: Promise<void> = sendBatch(db, client, rows)
        .catch((error: unknown): BatchOutcome => ({ delivered: 0, refused: 0, failure: { state: 'server-error', detail: String(error) } }))
        .then(settle)
        .finally(() => pending.delete(sent));
      pending.add(sent);
      // A short batch is the outbox's end (what comes in meanwhile goes in the next pass).
      if (rows.length < batch) exhausted = true;
    }
    if (pending.size === 0) break;
    await Promise.race(pending);
  }
  const queued = await db.outbox.count();
  return failure ? { state: failure.state, delivered, refused, queued, detail: failure.detail } : { state: 'connected', delivered, refused, queued };
}

/** Minutes until the next try after `failures` failed passes: 0.5, 1, 2, 4 … up to 60. */
export function retryDelayMinutes(failures: number): number {
  return Math.min(60, 0.5 * 2 ** Math.max(0, failures - 1));
}
