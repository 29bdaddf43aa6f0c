/**
 * Puts events the server already holds into their week documents (./week-doc.ts): per agent
 * and UTC week, read the stored parts, add the rows they lack, write the parts that changed
 * with their `_rev`. Another writer in between (a second browser of the same agent, the
 * other batch of a pipelined push) makes the write a conflict: read again and merge again.
 */
import { SyncError, type BulkResult, type CouchClient } from './client';
import type { TeamDoc } from './doc';
import { groupByWeek, mergeWeek } from './week-doc';

/** Conflicts met in a row before giving up on this pass (the rows stay queued). */
const MAX_TRIES = 5;

/**
 * Another writer got there first. pouchdb-server runs validate_doc_update before its
 * conflict check, so there a write over a stale `_rev` is refused for dropping the rows
 * the other writer added (Apache CouchDB answers `conflict`); both mean: read and merge again.
 */
function isConflict(result: BulkResult): boolean {
  return result.error === 'conflict' || (result.error === 'forbidden' && /(rows|labels) kept/.test(result.reason ?? ''));
}

/**
 * Returns once every event is in its week document; throws a SyncError when that cannot be
 * done now (the push then keeps the rows queued, and the next pass writes them again).
 */
export async function addToWeekDocs(client: CouchClient, docs: TeamDoc[]): Promise<void> {
  for (const group of groupByWeek(docs).values()) {
    for (let tries = 1; ; tries++) {
      const stored = await client.weekDocsOf(group.week, group.agent);
      const changed = mergeWeek(group.week, group.agent, stored, group.docs);
      if (changed.length === 0) break;
      const results = await client.saveDocs(changed);
      const failed = results.filter((r) => !r.ok);
      if (failed.length === 0) break;
      if (failed.some((r) => !isConflict(r)) || tries >= MAX_TRIES) {
        const bad = failed.find((r) => r.error !== 'conflict') ?? failed[0];
        // Refused by the validation: never silently left out of the lead's numbers.
        throw new SyncError(bad.error === 'unauthorized' ? 'forbidden' : 'server-error', `week document ${bad.id}: ${bad.error ?? 'not stored'}${bad.reason ? ` (${bad.reason})` : ''}`);
      }
    }
  }
}
