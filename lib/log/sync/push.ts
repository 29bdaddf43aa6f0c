/**
 * Sends the outbox to the team's CouchDB in `_bulk_docs` batches, up to `inFlight` requests
 * at a time (docs/team-sync.md, "The push"). A row leaves the outbox only once the server
 * has it — stored now (`ok`), or already stored under the same id (`conflict`: an earlier
 * push that we never heard back from) — and it is in its week document (./week-doc.ts,
 * written every WEEK_DOCS_EVERY stored events and at the pass's end). A document the
 * server's validation refuses (`forbidden`) can never be stored, so it leaves too and is
 * counted. Any other failure stops the pass: no new batch is sent, the batches already on
 * their way are answered and counted, and every row not answered `ok`/`conflict`/
 * `forbidden`, or not yet in its week document, stays for the next pass.
 * Batches never share a row (one cursor over the outbox), so pipelining cannot send an
 * event twice in one pass; across passes the server's conflict keeps it one document.
 */
import type { OutboxRow, TactoDatabase } from '../db';
import { CouchClient, SyncError, type BulkResult, type SyncState } from './client';
import type { TeamDoc } from './doc';
import { addToWeekDocs } from './week-writer';

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
  /** Stored on the server (new or already there): they leave the outbox once in their week documents. */
  stored: OutboxRow[];
  refused: number;
  /** Set when the batch (or part of it) was not stored: the pass stops. */
  failure?: { state: SyncState; detail: string };
}

/** Events stored per write of their week documents (each write sends the whole week so far). */
export const WEEK_DOCS_EVERY = 5000;

/** Runs week-document writes one after another (the pipelined batches often share a week). */
type WeekDocsQueue = (docs: TeamDoc[]) => Promise<void>;

function weekDocsQueue(client: CouchClient): WeekDocsQueue {
  let last: Promise<void> = Promise.resolve();
  // Asked once a batch is stored (a failing server is named by the batch itself). A database
  // set up by an earlier team-setup keeps no week documents (its validation would refuse
  // them): only events go there, and team-setup makes the week documents from them.
  let kept: Promise<boolean> | null = null;
  return (docs) => {
    const next = last.catch(() => {}).then(async () => {
      kept ??= client.keepsWeekDocs();
      if (await kept) await addToWeekDocs(client, docs);
    });
    last = next;
    return next;
  };
}

const failureOf = (error: unknown) => {
  const e = error instanceof SyncError ? error : new SyncError('server-error', String(error));
  return { state: e.state, detail: e.message };
};

async function sendBatch(db: TactoDatabase, client: CouchClient, rows: OutboxRow[]): Promise<BatchOutcome> {
  let results: BulkResult[];
  try {
    results = await client.bulkDocs(rows.map((r) => r.doc));
  } catch (error) {
    return { stored: [], refused: 0, failure: failureOf(error) };
  }
  const answered = new Map(results.map((r) => [r.id, r]));
  const stored: OutboxRow[] = [];
  const refused: string[] = [];
  let failed = 0;
  let unauthorized = false;
  for (const row of rows) {
    const r = answered.get(row.id);
    if (r?.ok || r?.error === 'conflict') stored.push(row);
    else if (r?.error === 'forbidden') refused.push(row.id);
    else {
      // pouchdb-server answers a non-member's _bulk_docs with 201 and this per document
      // (CouchDB refuses the whole request with 401/403).
      if (r?.error === 'unauthorized') unauthorized = true;
      failed++;
    }
  }
  await db.outbox.bulkDelete(refused);
  // Some rows met a server error: leave them for the next pass rather than loop on them.
  if (failed > 0) return { stored, refused: refused.length, failure: { state: unauthorized ? 'forbidden' : 'server-error', detail: `${failed} documents not stored` } };
  return { stored, refused: refused.length };
}

export async function pushOutbox(db: TactoDatabase, client: CouchClient, batch = PUSH_BATCH, inFlight = PUSH_IN_FLIGHT): Promise<PushOutcome> {
  const weekDocs = weekDocsQueue(client);
  let delivered = 0;
  let refused = 0;
  let failure: BatchOutcome['failure'];
  let after: [number, string] | null = null;
  let exhausted = false;
  const pending = new Set<Promise<void>>();
  const track = (work: Promise<void>) => {
    const tracked: Promise<void> = work.finally(() => pending.delete(tracked));
    pending.add(tracked);
  };
  // Stored events wait here for their week documents; they leave the outbox only once they
  // are in them, so a pass that stops in between leaves them queued, and the next one meets
  // conflicts for the events and adds them to the week documents then.
  let held: OutboxRow[] = [];
  const flushes: Promise<void>[] = [];
  const flush = async () => {
    const rows = held;
    held = [];
    if (rows.length === 0) return;
    try {
      await weekDocs(rows.map((r) => r.doc));
      await db.outbox.bulkDelete(rows.map((r) => r.id));
      delivered += rows.length;
    } catch (error) {
      if (!failure) failure = failureOf(error);
    }
  };
  const settle = (outcome: BatchOutcome) => {
    refused += outcome.refused;
    held.push(...outcome.stored);
    // The first failure heard of names the state and stops new batches; those already on
    // their way are still answered, and what they stored is completed and counted.
    if (outcome.failure && !failure) failure = outcome.failure;
    // Written while the next batches go on (their own chain keeps one write at a time).
    if (held.length >= WEEK_DOCS_EVERY) flushes.push(flush());
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
      track(
        sendBatch(db, client, rows)
          .catch((error: unknown): BatchOutcome => ({ stored: [], refused: 0, failure: { state: 'server-error', detail: String(error) } }))
          .then(settle),
      );
      // A short batch is the outbox's end (what comes in meanwhile goes in the next pass).
      if (rows.length < batch) exhausted = true;
    }
    if (pending.size === 0) break;
    await Promise.race(pending);
  }
  await Promise.all(flushes);
  await flush();
  const queued = await db.outbox.count();
  return failure ? { state: failure.state, delivered, refused, queued, detail: failure.detail } : { state: 'connected', delivered, refused, queued };
}

/** Minutes until the next try after `failures` failed passes: 0.5, 1, 2, 4 … up to 60. */
export function retryDelayMinutes(failures: number): number {
  return Math.min(60, 0.5 * 2 ** Math.max(0, failures - 1));
}
