/**
 * `tacto team-setup`: makes a CouchDB database ready for the team's log, as the server's
 * admin. Every step says what it found and did, and a second run changes nothing that is
 * already right (docs/team-sync.md).
 */
import { CouchClient, SyncError } from './client';
import { AGENT_ROLE, DESIGN_ID, LEAD_ROLE, teamDesignDoc, teamSecurity, type DesignDoc } from './design';

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

export async function teamSetup(admin: CouchClient, users: TeamUser[], report: (step: SetupStep) => void = () => {}): Promise<SetupStep[]> {
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
  const current = await admin.json<DesignDoc & { error?: string }>(designUrl, {}, [404]);
  if (current.status === 404) {
    await admin.json(designUrl, { method: 'PUT', body: JSON.stringify(wanted) });
    done(`${DESIGN_ID} (validate_doc_update, views by-time and by-agent)`, 'created');
  } else if (same(current.body.validate_doc_update, wanted.validate_doc_update) && same(current.body.views, wanted.views) && current.body.language === wanted.language) {
    done(`${DESIGN_ID} (validate_doc_update, views by-time and by-agent)`, 'unchanged');
  } else {
    await admin.json(designUrl, { method: 'PUT', body: JSON.stringify({ ...wanted, _rev: current.body._rev }) });
    done(`${DESIGN_ID} (validate_doc_update, views by-time and by-agent)`, 'updated');
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

/** `name:password` from the command line. */
export function parseUser(value: string, role: TeamUser['role']): TeamUser {
  const colon = value.indexOf(':');
  const name = colon > 0 ? value.slice(0, colon) : '';
  const password = colon > 0 ? value.slice(colon + 1) : '';
  if (!/^[^\s:]{1,80}$/.test(name) || !password) throw new SyncError('server-error', `--${role} takes name:password (got "${value.slice(0, 40)}")`);
  return { name, password, role };
}
