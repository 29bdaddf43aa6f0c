/**
 * The team-server outbox against a real CouchDB-protocol server (pouchdb-server on
 * loopback, tests/support/couch.ts): ids, batches, conflicts, refusals, failures, and the
 * setup the CLI makes.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { TactoDatabase } from '../../../lib/log/db';
import { appendEvents, dexieLogWriter } from '../../../lib/log/writer';
import { CouchClient, normaliseServerUrl, originPattern, type Fetch, type TeamServer } from '../../../lib/log/sync/client';
import { AGENT_ROLE, LEAD_ROLE, VALIDATE_DOC_UPDATE } from '../../../lib/log/sync/design';
import { eventFromViewRow, TEAM_DOC_FORMAT, toTeamDoc } from '../../../lib/log/sync/doc';
import { WEEK_DOC_PREFIX } from '../../../lib/log/sync/week-doc';
import { pushOutbox, retryDelayMinutes } from '../../../lib/log/sync/push';
import { parseUser, teamSetup } from '../../../lib/log/sync/setup';
import { teamSetupCommand } from '../../../lib/node/team-setup-command';
import { createTeamSource } from '../../../lib/log/sync/team-source';
import { createDexieSource } from '../../../lib/log/source';
import { loadWeek } from '../../../lib/log/store';
import { agentTable } from '../../../lib/log/team';
import { COUCH_ADMIN, startCouch, type CouchServer } from '../../support/couch';
import { makeEvents } from '../fixtures';

let couch: CouchServer;
let server: TeamServer;
const AGENT = { user: 'ana', password: 'ana-pass' };

beforeAll(async () => {
  couch = await startCouch();
  const admin = new CouchClient({ url: couch.url, database: 'team', ...COUCH_ADMIN });
  await teamSetup(admin, [{ name: AGENT.user, password: AGENT.password, role: 'agent' }, { name: 'lena', password: 'lena-pass', role: 'lead' }]);
  server = { url: couch.url, database: 'team', ...AGENT };
}, 60_000);

afterAll(async () => {
  await couch?.close();
});

async function serverIds(): Promise<string[]> {
  const { body } = await couch.admin<{ rows: { id: string }[] }>('GET', 'team/_all_docs');
  return body.rows.map((r) => r.id).filter((id) => !id.startsWith('_design/') && !id.startsWith(WEEK_DOC_PREFIX));
}

/** The documents of a `_bulk_docs` request when they are events (not week documents). */
function eventBatch(input: string, init?: RequestInit): { _id: string }[] | null {
  if (!input.endsWith('/_bulk_docs')) return null;
  const docs = (JSON.parse(String(init?.body)) as { docs: { _id: string; format?: string }[] }).docs;
  return docs.every((d) => d.format === TEAM_DOC_FORMAT) ? docs : null;
}

let db: TactoDatabase;
beforeEach(async () => {
  db = new TactoDatabase(`sync-${Math.random()}`);
  await db.open();
});

/** A fetch that counts the event _bulk_docs calls going through to the real server. */
function countingFetch(): { fetch: Fetch; bulkCalls: number[] } {
  const bulkCalls: number[] = [];
  return {
    bulkCalls,
    fetch: async (input, init) => {
      const docs = eventBatch(input, init);
      if (docs) bulkCalls.push(docs.length);
      return fetch(input, init);
    },
  };
}

describe('the document an event becomes', () => {
  it('has the event id as _id, the ten exported fields, t, and nothing else', () => {
    const [event] = makeEvents('2026-W48', 1, 'ana', 'install1');
    const doc = toTeamDoc({ ...event, topicSource: 'never sent', extra: 1 } as never);
    expect(Object.keys(doc).sort()).toEqual(['_id', 'action', 'agent', 'at', 'format', 'helpdesk', 'id', 'kind', 'lang', 't', 'ticket', 'topic', 'type', 'v'].sort());
    expect(doc._id).toBe(event.id);
    expect(doc.t).toBe(Date.parse(event.at));
  });

  it('reads back from a view row', () => {
    const [event] = makeEvents('2026-W48', 1);
    const doc = toTeamDoc(event);
    const back = eventFromViewRow(doc._id, [doc.at, doc.helpdesk, doc.ticket, doc.kind, doc.type, doc.action, doc.lang, doc.topic, doc.agent]);
    expect(back).toEqual(event);
    expect(eventFromViewRow('x', [1, 2])).toBeNull();
  });
});

describe('validate_doc_update (run here as CouchDB runs it)', () => {
  const validate = new Function(`return (${VALIDATE_DOC_UPDATE});`)() as (doc: object, old: object | null, user: object) => void;
  const agent = { name: 'ana', roles: [AGENT_ROLE] };
  const good = toTeamDoc(makeEvents('2026-W48', 2)[1]);
  it('accepts a well-formed event from an agent', () => {
    expect(() => validate(good, null, agent)).not.toThrow();
  });
  it.each([
    ['a free-text field', { ...good, note: 'the customer said…' }],
    ['a sentence as topic', { ...good, topic: 'my refund never came back' }],
    ['a topic with digits', { ...good, topic: 'order' + 123 }],
    ['an unknown rule', { ...good, type: 'rudeness' }],
    ['a ticket with spaces', { ...good, ticket: 'a b' }],
    ['t not matching at', { ...good, t: good.t + 1 }],
    ['another format', { ...good, format: 'x' }],
    ['an alias with a line break', { ...good, agent: 'ana\nben' }],
  ])('refuses %s', (_, doc) => {
    expect(() => validate(doc, null, agent)).toThrow();
  });
  it('refuses writes by a lead, changes and deletions by an agent', () => {
    expect(() => validate(good, null, { name: 'lena', roles: [LEAD_ROLE] })).toThrow();
    expect(() => validate({ ...good, _rev: '1-a' }, good, agent)).toThrow();
    expect(() => validate({ ...good, _deleted: true }, good, agent)).toThrow();
  });
});

describe('pushing the outbox to a real server', () => {
  it('queues only new events, pushes them in batches, and counts each once', async () => {
    const events = makeEvents('2026-W47', 1100, 'ana', `push1-${Math.random().toString(36).slice(2)}`);
    expect(await appendEvents(db, events, { queue: true })).toBe(1100);
    expect(await appendEvents(db, events.slice(0, 10), { queue: true })).toBe(0); // a retried report
    expect(await db.outbox.count()).toBe(1100);
    const counter = countingFetch();
    const outcome = await pushOutbox(db, new CouchClient(server, counter.fetch), 500);
    expect(outcome).toMatchObject({ state: 'connected', delivered: 1100, refused: 0, queued: 0 });
    expect(counter.bulkCalls).toEqual([500, 500, 100]);
    const ids = new Set(await serverIds());
    expect(events.every((e) => ids.has(e.id))).toBe(true);
  }, 60_000);

  it('pipelines batches: a failure in the middle keeps its rows, the batches around it are stored, nothing twice', async () => {
    const events = makeEvents('2026-W42', 400, 'ana', `pipe-${Math.random().toString(36).slice(2)}`);
    await appendEvents(db, events, { queue: true });
    // Three requests on their way at once; the second batch's answer is lost after the
    // server stored it (as a dropped connection does), and nothing after it is sent. The
    // first and third answers come only once the second has failed.
    let inFlight = 0;
    let most = 0;
    const sent: string[][] = [];
    let secondFailed!: () => void;
    const failedYet = new Promise<void>((resolve) => (secondFailed = resolve));
    const flaky: Fetch = async (input, init) => {
      const docs = eventBatch(input, init);
      if (!docs) return fetch(input, init);
      const ids = docs.map((d) => d._id);
      sent.push(ids);
      const nth = sent.length;
      inFlight++;
      most = Math.max(most, inFlight);
      try {
        const response = await fetch(input, init);
        if (nth === 2) {
          setTimeout(secondFailed, 50);
          throw new TypeError('Failed to fetch');
        }
        await failedYet;
        return response;
      } finally {
        inFlight--;
      }
    };
    const first = await pushOutbox(db, new CouchClient(server, flaky), 100, 3);
    expect(most).toBe(3);
    expect(sent.map((ids) => ids.length)).toEqual([100, 100, 100]);
    expect(new Set(sent.flat()).size).toBe(300); // no row in two batches
    expect(first).toMatchObject({ state: 'unreachable', delivered: 200, refused: 0, queued: 200 });
    const neverSent = events.map((e) => e.id).filter((id) => !sent.flat().includes(id));
    expect((await db.outbox.toArray()).map((r) => r.id).sort()).toEqual([...sent[1], ...neverSent].sort());
    // The next pass sends what is left: the lost answer's batch meets conflicts, counted as delivered.
    const second = await pushOutbox(db, new CouchClient(server), 100, 3);
    expect(second).toMatchObject({ state: 'connected', delivered: 200, queued: 0 });
    const { body } = await couch.admin<{ rows: { id: string; value: { rev: string } }[] }>('POST', 'team/_all_docs', { keys: events.map((e) => e.id) });
    expect(body.rows.map((r) => r.value?.rev.slice(0, 2))).toEqual(events.map(() => '1-'));
  }, 60_000);

  it('counts a conflict on an id the server already holds as delivered, without a second copy', async () => {
    const events = makeEvents('2026-W46', 20, 'ana', `push2-${Math.random().toString(36).slice(2)}`);
    await appendEvents(db, events, { queue: true });
    // The answer to an earlier push was lost: the server has half of them already.
    await new CouchClient(server).bulkDocs(events.slice(0, 10).map(toTeamDoc));
    const before = (await serverIds()).length;
    const outcome = await pushOutbox(db, new CouchClient(server));
    expect(outcome).toMatchObject({ state: 'connected', delivered: 20, queued: 0 });
    expect((await serverIds()).length).toBe(before + 10);
  }, 30_000);

  it('drops and counts a document the server refuses, delivers the rest', async () => {
    const events = makeEvents('2026-W45', 3, 'ana', `push3-${Math.random().toString(36).slice(2)}`);
    await appendEvents(db, events, { queue: true });
    // A row changed on disk since it was queued (an old Tacto, a hand edit): not an event any more.
    await db.outbox.update(events[1].id, { 'doc.topic': 'Order 12345 for John' } as never);
    const outcome = await pushOutbox(db, new CouchClient(server));
    expect(outcome).toMatchObject({ state: 'connected', delivered: 2, refused: 1, queued: 0 });
    const ids = await serverIds();
    expect(ids).toContain(events[0].id);
    expect(ids).not.toContain(events[1].id);
  }, 30_000);

  it('keeps everything queued on a wrong password, an unknown database and a server that is down', async () => {
    const events = makeEvents('2026-W44', 5, 'ana', `push4-${Math.random().toString(36).slice(2)}`);
    await appendEvents(db, events, { queue: true });
    expect(await pushOutbox(db, new CouchClient({ ...server, password: 'wrong' }))).toMatchObject({ state: 'wrong-password', delivered: 0, queued: 5 });
    expect(await pushOutbox(db, new CouchClient({ ...server, database: 'nothere' }))).toMatchObject({ state: 'no-database', queued: 5 });
    // A user the team never made a member.
    await couch.admin('PUT', '_users/org.couchdb.user:zed', { name: 'zed', password: 'z', roles: [], type: 'user' });
    expect(await pushOutbox(db, new CouchClient({ ...server, user: 'zed', password: 'z' }))).toMatchObject({ state: 'forbidden', delivered: 0, queued: 5 });
    expect(await pushOutbox(db, new CouchClient({ ...server, url: 'http://127.0.0.1:9/' }))).toMatchObject({ state: 'unreachable', queued: 5 });
    await couch.stop();
    try {
      expect(await pushOutbox(db, new CouchClient(server))).toMatchObject({ state: 'unreachable', queued: 5 });
    } finally {
      await couch.start();
    }
    expect(await pushOutbox(db, new CouchClient(server))).toMatchObject({ state: 'connected', delivered: 5, queued: 0 });
  }, 60_000);

  it('a lead reads the week through the view; agents cannot write as leads do not', async () => {
    const events = makeEvents('2026-W43', 30, 'ana', `view-${Math.random().toString(36).slice(2)}`);
    await appendEvents(db, events, { queue: true });
    await pushOutbox(db, new CouchClient(server));
    const lead = new CouchClient({ ...server, user: 'lena', password: 'lena-pass' });
    const start = Date.parse(events[0].at);
    const end = Date.parse(events[29].at) + 1;
    const rows = await lead.eventsBetween(start, end);
    expect(rows.map((r) => eventFromViewRow(r.id, r.value)).sort((a, b) => a!.id.localeCompare(b!.id))).toEqual([...events].sort((a, b) => a.id.localeCompare(b.id)));
    expect(await lead.agents()).toContain('ana');
    const other = makeEvents('2026-W43', 1, 'lena', `lead-${Math.random().toString(36).slice(2)}`);
    expect((await lead.bulkDocs(other.map(toTeamDoc)))[0].error).toBe('forbidden');
  }, 30_000);
});

describe('the dashboard\'s team source', () => {
  it('gives the dashboard functions the same week from the server as from the log that pushed it', async () => {
    const prefix = `src-${Math.random().toString(36).slice(2)}`;
    const events = [...makeEvents('2026-W38', 40, 'ana', `${prefix}a`), ...makeEvents('2026-W39', 60, 'ben', `${prefix}b`), ...makeEvents('2026-W39', 25, 'ana', `${prefix}c`)];
    await appendEvents(db, events, { queue: true });
    await pushOutbox(db, new CouchClient(server));
    const local = createDexieSource(db, dexieLogWriter(db, { retention: async () => 26 }), { settings: async () => ({ agentAlias: 'lena', retentionWeeks: 26 }), now: () => new Date('2026-10-01T12:00:00Z') });
    const team = createTeamSource(local, new CouchClient({ ...server, user: 'lena', password: 'lena-pass' }));
    // The server holds other tests' weeks too; these two weeks are this test's alone.
    const fromServer = await team.loadWeek('2026-W39');
    const fromLog = await loadWeek(db, '2026-W39');
    expect(fromServer.summary).toEqual(fromLog.summary);
    expect(fromServer.previous).toEqual(fromLog.previous);
    expect((await team.loadWeek('2026-W39', 'ben')).events.length).toBe(60);
    const range = await team.loadRange('2026-W39', 2);
    expect(range.length).toBe(125);
    expect(agentTable(fromServer.events)).toEqual(agentTable(fromLog.events));
    expect(await team.agents()).toEqual(expect.arrayContaining(['ana', 'ben']));
    expect(await team.latestWeek()).toBe('2026-W39');
  }, 60_000);
});

describe('the list of agents', () => {
  it('steps through the by-agent view one alias at a time (no reduce over every event)', async () => {
    const prefix = `agents-${Math.random().toString(36).slice(2)}`;
    const db2 = new TactoDatabase(`agents-${Math.random()}`);
    for (const agent of ['zoe', 'ana', 'Ñico', 'ben b']) await appendEvents(db2, makeEvents('2026-W30', 7, agent, `${prefix}${agent.replace(/\W/g, '')}`), { queue: true });
    await pushOutbox(db2, new CouchClient(server));
    const urls: string[] = [];
    const lead = new CouchClient({ ...server, user: 'lena', password: 'lena-pass' }, (input, init) => {
      urls.push(input);
      return fetch(input, init);
    });
    const agents = await lead.agents();
    expect(agents).toEqual(expect.arrayContaining(['zoe', 'ana', 'Ñico', 'ben b']));
    expect(new Set(agents).size).toBe(agents.length);
    expect(urls.length).toBe(agents.length + 1);
    expect(urls.every((u) => u.includes('reduce=false&limit=1') && !u.includes('group'))).toBe(true);
  }, 30_000);

  it('reads a database set up with the earlier by-agent view (string keys) through its grouped count', async () => {
    const admin = new CouchClient({ url: couch.url, database: 'oldview', ...COUCH_ADMIN });
    await teamSetup(admin, []);
    const design = await couch.admin<Record<string, unknown> & { views: Record<string, { map: string }> }>('GET', 'oldview/_design/tacto');
    design.body.views['by-agent'].map = design.body.views['by-agent'].map.replace('emit([doc.agent], null)', 'emit(doc.agent, null)');
    expect((await couch.admin('PUT', 'oldview/_design/tacto', design.body)).status).toBe(201);
    await admin.bulkDocs([...makeEvents('2026-W30', 2, 'ana', 'old-a'), ...makeEvents('2026-W30', 2, 'ben', 'old-b')].map(toTeamDoc));
    expect(await admin.agents()).toEqual(['ana', 'ben']);
  }, 30_000);
});

describe('team setup', () => {
  it('says unchanged for everything on a second run (users get their password again)', async () => {
    const admin = new CouchClient({ url: couch.url, database: 'team', ...COUCH_ADMIN });
    const steps = await teamSetup(admin, [{ name: AGENT.user, password: AGENT.password, role: 'agent' }]);
    expect(steps.map((s) => s.result)).toEqual(['unchanged', 'unchanged', 'unchanged', 'updated']);
    const security = await couch.admin<{ members: { roles: string[] } }>('GET', 'team/_security');
    expect(security.body.members.roles).toEqual([AGENT_ROLE, LEAD_ROLE]);
    expect(await new CouchClient(server).check()).toHaveProperty('docs');
  }, 30_000);

  it('the CLI prints each step, creates a second database, and says what refused it', async () => {
    const out: string[] = [];
    const err: string[] = [];
    const url = `http://${COUCH_ADMIN.user}:${COUCH_ADMIN.password}@127.0.0.1:${couch.port}/second`;
    expect(await teamSetupCommand([url, '--agent', 'carl:c-pass'], (l) => out.push(l), (l) => err.push(l), {})).toBe(0);
    expect(out).toEqual([
      'created   database second',
      'created   _design/tacto (validate_doc_update, views by-time and by-agent)',
      `updated   _security (members: roles ${AGENT_ROLE}, ${LEAD_ROLE})`,
      `created   user carl (${AGENT_ROLE})`,
    ]);
    // Forced, the week documents are made again from the events (none here yet): nothing to write.
    const again: string[] = [];
    expect(await teamSetupCommand([url, '--rebuild-week-docs'], (l) => again.push(l), (l) => err.push(l), {})).toBe(0);
    expect(again).toContain('unchanged week documents (0 written for 0 events over 0 weeks)');
    expect(await teamSetupCommand([url.replace(COUCH_ADMIN.password, 'nope')], () => {}, (l) => err.push(l), {})).toBe(1);
    expect(err.join('\n')).toMatch(/wrong-password/);
    expect(await teamSetupCommand(['http://127.0.0.1:1/x'], () => {}, (l) => err.push(l), {})).toBe(2);
  }, 30_000);

  it('reads name:password and refuses anything else', () => {
    expect(parseUser('ana:p:w', 'agent')).toEqual({ name: 'ana', password: 'p:w', role: 'agent' });
    expect(() => parseUser('ana', 'agent')).toThrow();
    expect(() => parseUser(':pw', 'lead')).toThrow();
  });
});

describe('addresses and retries', () => {
  it('normalises server URLs and derives the host permission', () => {
    expect(normaliseServerUrl(' http://127.0.0.1:5984 ')).toBe('http://127.0.0.1:5984/');
    expect(normaliseServerUrl('https://couch.acme.example/db-proxy')).toBe('https://couch.acme.example/db-proxy/');
    expect(normaliseServerUrl('https://admin:pw@couch.acme.example/')).toBeNull();
    expect(normaliseServerUrl('ftp://x/')).toBeNull();
    expect(originPattern('http://127.0.0.1:5984/')).toBe('http://127.0.0.1/*');
  });
  it('backs off from 30 s to an hour', () => {
    expect([1, 2, 3, 4, 8, 20].map(retryDelayMinutes)).toEqual([0.5, 1, 2, 4, 60, 60]);
  });
});
