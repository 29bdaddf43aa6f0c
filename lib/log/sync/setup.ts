/**
 * `tacto team-setup`: makes a CouchDB database ready for the team's log, as the server's
 * admin. Every step says what it found and did, and a second run changes nothing that is
 * already right (docs/team-sync.md).
 */
import { CouchClient, SyncError } from './client';
import { AGENT_ROLE, DESIGN_ID, LEAD_ROLE, teamDesignDoc, teamSecurity, type DesignDoc } from './design';
import { eventFromViewRow, toTeamDoc, type TeamDoc } from './doc';
import { eventProblem } from '../import';
import { groupByWeek, mergeWeek, utcIsoWeek, utcWeekStart, type WeekDoc } from './week-doc';
import { addToWeekDocs } from './week-writer';

export interface TeamUser {
  name: string;
  password: string;
  role: 'agent' | 'lead';
}

export type StepResult = 'created' | 'updated' | 'unchanged';

export interface SetupStep {
  step: string;
  result: StepResult;
}

const USER_PREFIX = 'org.couchdb.user:';

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export interface SetupOptions {
  /** Make the week documents from the stored events even when the design already had them (`--rebuild-week-docs`). */
  rebuildWeekDocs?: boolean;
}

export async function teamSetup(admin: CouchClient, users: TeamUser[], report: (step: SetupStep) => void = () => {}, options: SetupOptions = {}): Promise<SetupStep[]> {
  const steps: SetupStep[] = [];
  const done = (step: string, result: StepResult) => {
    const s = { step, result };
    steps.push(s);
    report(s);
  };
  const db = admin.server.database;

  const created = await admin.json(admin.dbUrl(), { method: 'PUT' }, [412]);
  done(`database ${db}`, created.status === 412 ? 'unchanged' : 'created');

  const designUrl = admin.dbUrl(`/${DESIGN_ID}`);
  const wanted = teamDesignDoc();
  const current = await admin.json<Partial<DesignDoc> & { error?: string }>(designUrl, {}, [404]);
  // Events stored before this version have no week documents: made from them below.
  const weekDocsMissing = current.status === 404 || current.body.tacto?.weekDocs !== wanted.tacto.weekDocs;
  if (current.status === 404) {
    await admin.json(designUrl, { method: 'PUT', body: JSON.stringify(wanted) });
    done(`${DESIGN_ID} (validate_doc_update, views by-time and by-agent)`, 'created');
  } else if (same(current.body.validate_doc_update, wanted.validate_doc_update) && same(current.body.views, wanted.views) && same(current.body.tacto, wanted.tacto) && current.body.language === wanted.language) {
    done(`${DESIGN_ID} (validate_doc_update, views by-time and by-agent)`, 'unchanged');
  } else {
    await admin.json(designUrl, { method: 'PUT', body: JSON.stringify({ ...wanted, _rev: current.body._rev }) });
    done(`${DESIGN_ID} (validate_doc_update, views by-time and by-agent)`, 'updated');
  }

  if (weekDocsMissing || options.rebuildWeekDocs) {
    const built = await buildWeekDocs(admin);
    // A new, empty database has nothing to say here.
    if (current.status !== 404 || built.events > 0) done(`week documents (${built.written} written for ${built.events.toLocaleString('en')} events over ${built.weeks} weeks)`, built.written === 0 ? 'unchanged' : current.status === 404 ? 'created' : 'updated');
  }

  const securityUrl = admin.dbUrl('/_security');
  const security = teamSecurity();
  const currentSecurity = await admin.json<Record<string, unknown>>(securityUrl);
  if (same(currentSecurity.body.members, security.members) && same(currentSecurity.body.admins, security.admins)) {
    done(`_security (members: roles ${AGENT_ROLE}, ${LEAD_ROLE})`, 'unchanged');
  } else {
    await admin.json(securityUrl, { method: 'PUT', body: JSON.stringify(security) });
    done(`_security (members: roles ${AGENT_ROLE}, ${LEAD_ROLE})`, 'updated');
  }

  if (users.length > 0) {
    // CouchDB 3 leaves _users to the admin on a new single node.
    const base = admin.dbUrl().slice(0, -encodeURIComponent(db).length);
    const usersDb = await admin.json(`${base}_users`, { method: 'PUT' }, [412]);
    if (usersDb.status !== 412) done('database _users', 'created');
    for (const user of users) {
      const url = `${base}_users/${encodeURIComponent(USER_PREFIX + user.name)}`;
      const role = user.role === 'agent' ? AGENT_ROLE : LEAD_ROLE;
      const existing = await admin.json<{ _rev?: string; roles?: string[] }>(url, {}, [404]);
      const roles = existing.status === 404 ? [role] : [...new Set([...(existing.body.roles ?? []), role])];
      const doc = { _id: USER_PREFIX + user.name, name: user.name, type: 'user', roles, password: user.password, ...(existing.body._rev ? { _rev: existing.body._rev } : {}) };
      await admin.json(url, { method: 'PUT', body: JSON.stringify(doc) });
      // A password is stored hashed and cannot be compared, so an existing user's is set again.
      done(`user ${user.name} (${role})`, existing.status === 404 ? 'created' : 'updated');
    }
  }
  return steps;
}

const WEEK_MS = 7 * 86_400_000;
/** Week documents per `_bulk_docs` while building (each up to WEEK_DOC_ROWS rows). */
const BUILD_BATCH = 20;

/**
 * Adds every stored event to its week document (./week-doc.ts), one UTC week at a time
 * through the `by-time` view: the same union a push makes, so running it again, or while
 * agents push, writes only what is missing.
 */
export async function buildWeekDocs(admin: CouchClient): Promise<{ written: number; events: number; weeks: number }> {
  const [first, last] = await Promise.all([admin.earliest(), admin.latestBefore(Number.MAX_SAFE_INTEGER)]);
  let written = 0;
  let events = 0;
  let weeks = 0;
  if (first === null || last === null) return { written, events, weeks };
  for (let start = utcWeekStart(first); start <= last; start += WEEK_MS) {
    const week = utcIsoWeek(start);
    const docs: TeamDoc[] = [];
    for (const row of await admin.eventsBetween(start, start + WEEK_MS)) {
      const event = eventFromViewRow(row.id, row.value);
      if (event && eventProblem(event) === null) docs.push(toTeamDoc(event));
    }
    if (docs.length === 0) continue;
    weeks++;
    events += docs.length;
    const stored = new Map<string, WeekDoc[]>();
    for (const doc of await admin.weekDocs(week, week)) stored.set(doc.agent, [...(stored.get(doc.agent) ?? []), doc]);
    const groups = [...groupByWeek(docs).values()];
    const changed = groups.flatMap((g) => mergeWeek(g.week, g.agent, stored.get(g.agent) ?? [], g.docs));
    const raced = new Set<string>();
    for (let i = 0; i < changed.length; i += BUILD_BATCH) {
      const batch = changed.slice(i, i + BUILD_BATCH);
      const results = await admin.saveDocs(batch);
      for (const [j, r] of results.entries()) {
        if (r.ok) written++;
        // An agent's push in between: that agent's week is merged again, the push's way.
        else if (r.error === 'conflict') raced.add(batch[j].agent);
        else throw new SyncError('server-error', `week document ${r.id}: ${r.error ?? 'not stored'}${r.reason ? ` (${r.reason})` : ''}`);
      }
    }
    for (const group of groups) if (raced.has(group.agent)) await addToWeekDocs(admin, group.docs);
  }
  return { written, events, weeks };
}

/** `name:password` from the command line. */
export function parseUser(value: string, role: TeamUser['role']): TeamUser {
  const colon = value.indexOf(':');
  const name = colon > 0 ? value.slice(0, colon) : '';
  const password = colon > 0 ? value.slice(colon + 1) : '';
  if (!/^[^\s:]{1,80}$/.test(name) || !password) throw new SyncError('server-error', `--${role} takes name:password (got "${value.slice(0, 40)}")`);
  return { name, password, role };
}
