/**
 * Week documents (lib/log/sync/week-doc.ts, docs/team-sync.md "Week documents") against a
 * real CouchDB-protocol server (pouchdb-server on loopback): their shape and validation,
 * the push writing them, failures and second writers, team-setup making them from events
 * stored earlier, and the dashboard's numbers from them equal to those from the events.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { TactoDatabase } from '../../../lib/log/db';
import { appendEvents, dexieLogWriter, queueLogged } from '../../../lib/log/writer';
import { CouchClient, type Fetch, type TeamServer } from '../../../lib/log/sync/client';
import { AGENT_ROLE, DESIGN_ID, LEAD_ROLE, teamDesignDoc, VALIDATE_DOC_UPDATE } from '../../../lib/log/sync/design';
import { TEAM_DOC_FORMAT, toTeamDoc } from '../../../lib/log/sync/doc';
import { pushOutbox } from '../../../lib/log/sync/push';
import { teamSetup } from '../../../lib/log/sync/setup';
import { createTeamSource } from '../../../lib/log/sync/team-source';
import { eventsOfWeekDoc, mergeWeek, utcIsoWeek, utcWeekStart, WEEK_DOC_FORMAT, WEEK_DOC_PREFIX, weekDocId, weekDocsFor, type WeekDoc } from '../../../lib/log/sync/week-doc';
import { createDexieSource, type LogSource } from '../../../lib/log/source';
import { loadRange, loadWeek } from '../../../lib/log/store';
import { teamWeek } from '../../../lib/log/team-week';
import { ticketsFor } from '../../../lib/log/team';
import { COUCH_ADMIN, startCouch, type CouchServer } from '../../support/couch';
import { makeEvents } from '../fixtures';

let couch: CouchServer;
const AGENT = { user: 'ana', password: 'ana-pass' };
const LEAD = { user: 'lena', password: 'lena-pass' };
const USERS = [
  { name: AGENT.user, password: AGENT.password, role: 'agent' as const },
  { name: LEAD.user, password: LEAD.password, role: 'lead' as const },
];

beforeAll(async () => {
  couch = await startCouch();
}, 60_000);

afterAll(async () => {
  await couch?.close();
});

let db: TactoDatabase;
beforeEach(async () => {
  db = new TactoDatabase(`weekdocs-${Math.random()}`);
  await db.open();
});

/** A new database set up by team-setup, and an agent's connection to it. */
async function newDatabase(): Promise<{ name: string; server: TeamServer; admin: CouchClient }> {
  const name = `w${Math.random().toString(36).slice(2, 10)}`;
  const admin = new CouchClient({ url: couch.url, database: name, ...COUCH_ADMIN });
  await teamSetup(admin, USERS);
  return { name, server: { url: couch.url, database: name, ...AGENT }, admin };
}

/** Every document in the database: the events (id → doc) and the week documents. */
async function stored(name: string): Promise<{ events: Map<string, Record<string, unknown>>; weeks: WeekDoc[] }> {
  const { body } = await couch.admin<{ rows: { id: string; doc: Record<string, unknown> }[] }>('GET', `${name}/_all_docs?include_docs=true`);
  const events = new Map<string, Record<string, unknown>>();
  const weeks: WeekDoc[] = [];
  for (const { id, doc } of body.rows) {
    if (doc.format === TEAM_DOC_FORMAT) events.set(id, doc);
    else if (doc.format === WEEK_DOC_FORMAT) weeks.push(doc as unknown as WeekDoc);
  }
  return { events, weeks };
}

/** The week documents hold each stored event exactly once, with its stored fields, in its agent's UTC week. */
async function expectWeekDocsMatchEvents(name: string): Promise<number> {
  const { events, weeks } = await stored(name);
  const seen = new Map<string, number>();
  for (const doc of weeks) {
    expect(eventsOfWeekDoc(doc)).toHaveLength(doc.rows.length);
    for (const { id, at, helpdesk, ticket, kind, type, action, lang, topic, agent } of eventsOfWeekDoc(doc)) {
      seen.set(id, (seen.get(id) ?? 0) + 1);
      const event = events.get(id);
      expect(event, id).toBeDefined();
      expect({ at, helpdesk, ticket, kind, type, action, lang, topic, agent }).toEqual({
        at: event!.at, helpdesk: event!.helpdesk, ticket: event!.ticket, kind: event!.kind, type: event!.type, action: event!.action, lang: event!.lang, topic: event!.topic, agent: event!.agent,
      });
      expect(utcIsoWeek(Date.parse(at))).toBe(doc.week);
    }
  }
  expect([...seen.values()].every((n) => n === 1)).toBe(true);
  expect([...seen.keys()].sort()).toEqual([...events.keys()].sort());
  return seen.size;
}

const uid = () => Math.random().toString(36).slice(2, 8);

describe('the UTC week and the merge', () => {
  it('names ISO weeks in UTC whatever the machine\'s zone', () => {
    expect(utcIsoWeek(Date.parse('2026-01-01T00:00:00Z'))).toBe('2026-W01');
    expect(utcIsoWeek(Date.parse('2024-12-30T00:00:00Z'))).toBe('2025-W01');
    expect(utcIsoWeek(Date.parse('2021-01-03T23:59:59.999Z'))).toBe('2020-W53');
    expect(utcIsoWeek(Date.parse('2026-11-22T23:59:59.999Z'))).toBe('2026-W47');
    expect(utcIsoWeek(Date.parse('2026-11-23T00:00:00Z'))).toBe('2026-W48');
    expect(utcIsoWeek(Date.parse('2026-11-23T00:30:00+01:00'))).toBe('2026-W47');
    expect(new Date(utcWeekStart(Date.parse('2026-11-27T15:00:00Z'))).toISOString()).toBe('2026-11-23T00:00:00.000Z');
  });

  it('adds only the rows a week lacks, keeps stored rows in place and opens a next part at the limit', () => {
    const events = makeEvents('2026-W20', 9, 'ana', `m${uid()}`).map(toTeamDoc);
    const week = utcIsoWeek(events[0].t);
    const sameWeek = events.filter((e) => utcIsoWeek(e.t) === week);
    const [first] = mergeWeek(week, 'ana', [], sameWeek.slice(0, 3), 4);
    expect(first).toMatchObject({ _id: weekDocId(week, 'ana', 0), part: 0, agent: 'ana', week });
    expect(first.rows.map((r) => r[0])).toEqual(sameWeek.slice(0, 3).map((e) => e.id).sort());
    expect(mergeWeek(week, 'ana', [first], sameWeek.slice(0, 3), 4)).toEqual([]);
    const more = mergeWeek(week, 'ana', [first], sameWeek, 4);
    expect(more[0]).toMatchObject({ part: 0 });
    expect(more[0].rows).toHaveLength(4);
    expect(first.rows.every((f) => more[0].rows.some((r) => JSON.stringify(r) === JSON.stringify(f)))).toBe(true);
    expect(more[0].labels.slice(0, first.labels.length)).toEqual(first.labels);
    // The events back, whatever part they went to.
    expect(more.flatMap(eventsOfWeekDoc).map(({ t: _, ...e }) => e).sort((a, b) => a.id.localeCompare(b.id))).toEqual(sameWeek.map(({ _id: _i, format: _f, v: _v, t: _t, ...e }) => e).sort((a, b) => a.id.localeCompare(b.id)));
    const all = more.flatMap((d) => d.rows.map((r) => r[0]));
    expect(new Set(all).size).toBe(sameWeek.length);
    expect(more.slice(1).every((d, i) => d.part === i + 1 && d.rows.length <= 4)).toBe(true);
  });

  it('keeps an alias with a colon apart from another alias it starts with', () => {
    expect(weekDocId('2026-W20', 'ana:x', 0)).toBe(`${WEEK_DOC_PREFIX}2026-W20:ana%3Ax:0`);
    expect(weekDocId('2026-W20', 'ana:x', 0).startsWith(`${WEEK_DOC_PREFIX}2026-W20:ana:`)).toBe(false);
  });
});

describe('validate_doc_update on week documents (run here as CouchDB runs it)', () => {
  const validate = new Function(`return (${VALIDATE_DOC_UPDATE});`)() as (doc: object, old: object | null, user: object) => void;
  const agent = { name: 'ana', roles: [AGENT_ROLE] };
  const [good] = weekDocsFor(makeEvents('2026-W20', 6, 'ana', 'v1').slice(0, 3));
  const grown = weekDocsFor(makeEvents('2026-W20', 6, 'ana', 'v1').slice(0, 4))[0];
  it('accepts a well-formed week document from an agent, and one that gained rows', () => {
    expect(() => validate(good, null, agent)).not.toThrow();
    expect(() => validate({ ...grown, _rev: '1-a' }, good, agent)).not.toThrow();
  });
  const row = good.rows[0];
  const label = good.labels[0];
  it.each([
    ['a free-text field', { ...good, note: 'the customer said…' }],
    ['a sentence as a label\'s topic', { ...good, labels: [[...label.slice(0, 5), 'my refund never came back'], ...good.labels.slice(1)] }],
    ['a label with a seventh field', { ...good, labels: [[...label, 'text'], ...good.labels.slice(1)] }],
    ['an unknown rule in a label', { ...good, labels: [[label[0], 'finding', 'rudeness', ...label.slice(3)], ...good.labels.slice(1)] }],
    ['a row with a fifth field', { ...good, rows: [[...row, 'text'], ...good.rows.slice(1)] }],
    ['a row whose label is not there', { ...good, rows: [[...row.slice(0, 3), good.labels.length], ...good.rows.slice(1)] }],
    ['a ticket with spaces', { ...good, rows: [[row[0], row[1], 'a b', row[3]], ...good.rows.slice(1)] }],
    ['a row of another week', { ...good, rows: [[row[0], '2026-01-07T10:00:00.000Z', ...row.slice(2)], ...good.rows.slice(1)] }],
    ['rows out of order', { ...good, rows: [...good.rows].reverse() }],
    ['a row twice', { ...good, rows: [row, ...good.rows] }],
    ['an id not of its week and agent', { ...good, _id: weekDocId(good.week, 'ben', 0) }],
    ['an alias with a line break', { ...good, agent: 'ana\nben', _id: weekDocId(good.week, 'ana\nben', 0) }],
    ['no rows', { ...good, rows: [] }],
  ])('refuses %s', (_, doc) => {
    expect(() => validate(doc, null, agent)).toThrow();
  });
  it('refuses a lead\'s write, a dropped or changed row, and deletion by an agent', () => {
    expect(() => validate(good, null, { name: 'lena', roles: [LEAD_ROLE] })).toThrow();
    let refusal: unknown;
    try {
      validate({ ...good, _rev: '2-a' }, grown, agent);
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toMatchObject({ forbidden: expect.stringMatching(/^bad field (rows|labels) kept$/) });
    // A kept row pointing at another label, a label changed in place.
    const relabelled = { ...grown, labels: [...grown.labels, ['zendesk', 'moment', 'anger', 'seen', 'es', '']], rows: grown.rows.map((r, i) => (i === 0 ? [...r.slice(0, 3), grown.labels.length] : r)) };
    expect(() => validate(relabelled, grown, agent)).toThrow();
    const changedLabel = { ...grown, labels: grown.labels.map((l, i) => (i === 0 ? [...l.slice(0, 5), 'otro'] : l)) };
    expect(() => validate(changedLabel, grown, agent)).toThrow();
    expect(() => validate({ ...good, _deleted: true }, good, agent)).toThrow();
    expect(() => validate({ ...good, _rev: '2-a' }, grown, { name: 'admin', roles: ['_admin'] })).not.toThrow();
  });
});

describe('the push writes week documents', () => {
  it('puts every stored event in its agent\'s UTC week once, over batches in flight together and across weeks', async () => {
    const { name, server } = await newDatabase();
    const p = uid();
    // Events around a UTC week boundary, two agents, more than one batch.
    const events = [...makeEvents('2026-W20', 700, 'ana', `${p}a`), ...makeEvents('2026-W21', 400, 'ana', `${p}b`), ...makeEvents('2026-W21', 300, 'ben', `${p}c`)];
    await appendEvents(db, events, { queue: true });
    const outcome = await pushOutbox(db, new CouchClient(server), 250, 2);
    expect(outcome).toMatchObject({ state: 'connected', delivered: 1400, queued: 0 });
    expect(await expectWeekDocsMatchEvents(name)).toBe(1400);
    const { weeks } = await stored(name);
    expect(new Set(weeks.map((w) => `${w.week}:${w.agent}`)).size).toBe(weeks.length);
  }, 60_000);

  it('keeps the rows queued when a week document cannot be written, and the next pass completes it without a second copy', async () => {
    const { name, server } = await newDatabase();
    const events = makeEvents('2026-W22', 30, 'ana', `f${uid()}`);
    await appendEvents(db, events, { queue: true });
    // The week document's write is lost on its way (the event batch itself goes through).
    const dropWeekDocs: Fetch = async (input, init) => {
      if (input.endsWith('/_bulk_docs') && String(init?.body).includes(WEEK_DOC_FORMAT)) throw new TypeError('Failed to fetch');
      return fetch(input, init);
    };
    const first = await pushOutbox(db, new CouchClient(server, dropWeekDocs));
    expect(first).toMatchObject({ state: 'unreachable', delivered: 0, queued: 30 });
    expect((await stored(name)).events.size).toBe(30);
    expect((await stored(name)).weeks).toEqual([]);
    const second = await pushOutbox(db, new CouchClient(server));
    expect(second).toMatchObject({ state: 'connected', delivered: 30, queued: 0 });
    expect(await expectWeekDocsMatchEvents(name)).toBe(30);
    const { events: onServer } = await stored(name);
    expect([...onServer.values()].every((d) => String(d._rev).startsWith('1-'))).toBe(true);
  }, 60_000);

  it('merges two browsers of one agent writing the same week at once, and events logged before connecting', async () => {
    const { name, server } = await newDatabase();
    const p = uid();
    const shared = makeEvents('2026-W23', 200, 'ana', `${p}s`);
    const other = new TactoDatabase(`weekdocs-other-${Math.random()}`);
    // This browser's log held events before the server was set: the backfill queues them.
    await appendEvents(db, [...shared.slice(0, 150), ...makeEvents('2026-W23', 50, 'ana', `${p}x`)]);
    expect(await queueLogged(db)).toBe(200);
    await appendEvents(other, [...shared.slice(100), ...makeEvents('2026-W23', 80, 'ana', `${p}y`)], { queue: true });
    const [a, b] = await Promise.all([pushOutbox(db, new CouchClient(server), 60, 2), pushOutbox(other, new CouchClient(server), 60, 2)]);
    expect(a, JSON.stringify(a)).toMatchObject({ state: 'connected', queued: 0 });
    expect(b).toMatchObject({ state: 'connected', queued: 0 });
    expect(await expectWeekDocsMatchEvents(name)).toBe(200 + 50 + 80);
    other.close();
  }, 60_000);

  it('sends only events to a database set up before week documents; team-setup then makes them from the events', async () => {
    const { name, server, admin } = await newDatabase();
    // An earlier team-setup's design document: no week documents said (nor accepted).
    const current = await couch.admin<{ _rev: string }>('GET', `${name}/${DESIGN_ID}`);
    const { tacto: _, ...earlier } = teamDesignDoc();
    await couch.admin('PUT', `${name}/${DESIGN_ID}`, { ...earlier, _rev: current.body._rev });
    const p = uid();
    const events = [...makeEvents('2026-W24', 120, 'ana', `${p}a`), ...makeEvents('2026-W25', 90, 'ben', `${p}b`)];
    await appendEvents(db, events, { queue: true });
    expect(await pushOutbox(db, new CouchClient(server))).toMatchObject({ state: 'connected', delivered: 210, queued: 0 });
    expect((await stored(name)).weeks).toEqual([]);
    // Meanwhile the lead's dashboard reads the events through by-time, as before.
    const local = createDexieSource(db, dexieLogWriter(db, { retention: async () => 26 }), { settings: async () => ({ agentAlias: 'lena', retentionWeeks: 26 }), now: () => new Date('2026-06-30T12:00:00Z') });
    const urls: string[] = [];
    const beforeSetup = createTeamSource(local, new CouchClient({ ...server, ...LEAD }, (input, init) => {
      urls.push(input);
      return fetch(input, init);
    }));
    expect((await beforeSetup.loadRange('2026-W25', 2)).map((e) => e.id).sort()).toEqual(events.map((e) => e.id).sort());
    expect(urls.some((u) => u.includes('/_view/by-time?startkey='))).toBe(true);
    expect(urls.some((u) => u.includes('/_all_docs'))).toBe(false);
    const steps = await teamSetup(admin, []);
    expect(steps.find((s) => s.step.startsWith('_design'))?.result).toBe('updated');
    expect(steps.find((s) => s.step.startsWith('week documents'))).toMatchObject({ result: 'updated', step: expect.stringContaining('210 events') });
    expect(await expectWeekDocsMatchEvents(name)).toBe(210);
    // Again: nothing to do; forced, it finds everything there.
    expect((await teamSetup(admin, [])).some((s) => s.step.startsWith('week documents'))).toBe(false);
    expect((await teamSetup(admin, [], () => {}, { rebuildWeekDocs: true })).find((s) => s.step.startsWith('week documents'))?.result).toBe('unchanged');
    // New events now go to both.
    const later = makeEvents('2026-W25', 15, 'ben', `${p}c`);
    await appendEvents(db, later, { queue: true });
    await pushOutbox(db, new CouchClient(server));
    expect(await expectWeekDocsMatchEvents(name)).toBe(225);
  }, 60_000);
});

describe('the lead\'s numbers from week documents', () => {
  /**
   * The dashboard's figures for a week (lib/log/team-week.ts, the week's summary and the one
   * before, the tickets behind a number) from a source, over the trend's 12 weeks.
   */
  async function figures(source: Pick<LogSource, 'loadWeek' | 'loadRange'>, week: string) {
    const view = await source.loadWeek(week);
    const range = await source.loadRange(week, 12);
    const derived = teamWeek(view, range, '', []);
    const ben = teamWeek(await source.loadWeek(week, 'ben'), range, 'ben', ['ana', 'ben', 'cleo']);
    return {
      summary: view.summary,
      previous: view.previous,
      trend: derived.trend,
      table: derived.table,
      topics: derived.topics,
      headline: derived.items,
      ben: [ben.trend, ben.missing],
      tickets: ticketsFor(range, { week, kind: 'finding', action: 'dismissed' }),
      ids: range.map((e) => e.id),
    };
  }

  it.each([['UTC'], ['America/St_Johns'], ['Asia/Kolkata']])('equal those from the events, the lead in %s', async (zone) => {
    const { server } = await newDatabase();
    const p = uid();
    const events = [
      ...makeEvents('2026-W30', 300, 'ana', `${p}a`),
      ...makeEvents('2026-W31', 250, 'ben', `${p}b`),
      ...makeEvents('2026-W31', 180, 'ana', `${p}c`),
      ...makeEvents('2026-W32', 90, 'cleo', `${p}d`),
      ...makeEvents('2026-W29', 60, 'ben', `${p}e`),
    ];
    // Around the UTC and the local week boundaries, where a week document and the lead's week differ.
    for (const [i, at] of ['2026-08-02T23:59:59.999Z', '2026-08-03T00:00:00.000Z', '2026-08-03T02:29:00.000Z', '2026-08-03T03:31:00.000Z', '2026-08-02T18:29:59.000Z', '2026-08-02T18:30:00.000Z'].entries()) {
      events.push({ ...events[i * 7], id: `${p}edge:${i}`, at });
    }
    await appendEvents(db, events, { queue: true });
    expect(await pushOutbox(db, new CouchClient(server))).toMatchObject({ state: 'connected', queued: 0 });
    const zoneBefore = process.env.TZ;
    process.env.TZ = zone;
    try {
      if (zone !== 'UTC') expect(new Date('2026-08-03T00:00:00Z').getTimezoneOffset()).not.toBe(0);
      const local = createDexieSource(db, dexieLogWriter(db, { retention: async () => 26 }), { settings: async () => ({ agentAlias: 'lena', retentionWeeks: 26 }), now: () => new Date('2026-08-20T12:00:00Z') });
      const lead = { url: couch.url, database: server.database, ...LEAD };
      const requests: string[] = [];
      const watched: Fetch = (input, init) => {
        requests.push(input);
        return fetch(input, init);
      };
      const fromWeekDocs = createTeamSource(local, new CouchClient(lead, watched));
      const fromView = createTeamSource(local, new CouchClient(lead), { read: 'view' });
      const fromLog = { loadWeek: (week: string, agent?: string) => loadWeek(db, week, agent), loadRange: (last: string, count: number) => loadRange(db, last, count) };
      for (const week of ['2026-W31', '2026-W32']) {
        const expected = await figures(fromLog, week);
        expect(expected.summary.events).toBeGreaterThan(0);
        expect(await figures(fromWeekDocs, week)).toEqual(expected);
        expect(await figures(fromView, week)).toEqual(expected);
      }
      // Read from the week documents, never from the by-time view.
      expect(requests.some((u) => u.includes('/_all_docs'))).toBe(true);
      expect(requests.some((u) => u.includes('by-time'))).toBe(false);
    } finally {
      if (zoneBefore === undefined) delete process.env.TZ;
      else process.env.TZ = zoneBefore;
    }
  }, 60_000);
});
