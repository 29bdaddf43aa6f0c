import { describe, expect, it } from 'vitest';
import { TactoDatabase } from '../../lib/log/db';
import { appendEvents, deleteAll, mergeExport, prune } from '../../lib/log/writer';
import type { EventReport } from '../../lib/log/messaging';
import { toLogEvents } from '../../lib/log/append';
import { toJson } from '../../lib/log/export/json';
import { parseExport, MAX_IMPORT_BYTES } from '../../lib/log/import';
import { agents, isQuotaError, loadWeek, retentionWeeks, weekOptions } from '../../lib/log/store';
import { compare } from '../../lib/log/summary';
import { weekRange } from '../../lib/log/week';
import { makeEvents } from './fixtures';

const freshDb = () => new TactoDatabase(`log-${Math.random()}`);
const WEEK = '2026-W48';

async function exportWeek(db: TactoDatabase, week: string, agent = 'ana'): Promise<string> {
  const view = await loadWeek(db, week);
  return toJson({ week, agent, generatedAt: '2026-11-30T09:00:00.000Z', events: view.events, summary: view.summary });
}

async function snapshot(db: TactoDatabase) {
  return { events: await db.events.orderBy('id').toArray(), imports: await db.imports.toArray() };
}

describe('appending reports from the content script', () => {
  const report: EventReport = {
    id: 'moment:freshdesk:5678:anger:2026-11-23',
    at: '2026-11-23T15:00:00.000Z',
    helpdesk: 'freshdesk',
    ticket: '5678',
    kind: 'moment',
    type: 'anger',
    action: 'seen',
    lang: 'es',
    topicSource: '¡Es una vergüenza! Soy Lucía Pérez (lucia@example.com, 612 345 678) y me prometieron el reembolso del pedido 4471.',
  };

  it('prefixes ids with the install id, derives the topic and drops the source sentence', () => {
    const [event] = toLogEvents([{ ...report, customerText: 'leaked?' } as EventReport], 'a1b2c3', 'ana');
    expect(event).toEqual({ ...report, id: `a1b2c3:${report.id}`, topicSource: undefined, topic: 'reembolso', agent: 'ana' });
    expect(Object.keys(event)).toEqual(['id', 'at', 'helpdesk', 'ticket', 'kind', 'type', 'action', 'lang', 'topic', 'agent']);
    const stored = JSON.stringify(event);
    for (const personal of ['Lucía', 'Pérez', 'lucia@', '612', '4471', 'vergüenza', 'leaked']) expect(stored).not.toContain(personal);
  });

  it('stores a report retried after a worker restart once, and two agents’ equal ids apart', async () => {
    const db = freshDb();
    expect(await appendEvents(db, toLogEvents([report], 'install-a', 'ana'))).toBe(1);
    // The worker died after committing but before answering: the content script retries.
    expect(await appendEvents(db, toLogEvents([report, report], 'install-a', 'ana'))).toBe(0);
    // Another agent's install reports the same ticket moment: a different event.
    expect(await appendEvents(db, toLogEvents([report], 'install-b', 'luis'))).toBe(1);
    expect(await db.events.count()).toBe(2);
    db.close();
  });
});

describe('week queries and summaries', () => {
  it('counts moments and findings per day, topics per moment, guard outcomes, and the change', async () => {
    const db = freshDb();
    await appendEvents(db, [...makeEvents(WEEK, 140), ...makeEvents('2026-W47', 70, 'ana', 'prev')]);
    const view = await loadWeek(db, WEEK);
    expect(view.events).toHaveLength(140);
    const s = view.summary;
    const moments = Object.values(s.moments).reduce((a, b) => a + b, 0);
    const findings = Object.values(s.findings).reduce((a, b) => a + b, 0);
    expect(moments + findings).toBe(140);
    expect(Object.values(s.momentsPerDay).flat().reduce((a, b) => a + b, 0)).toBe(moments);
    expect(s.momentsPerDay.anger.every((n) => n >= 0)).toBe(true);
    expect(s.topics.anger[0].count).toBeGreaterThan(0);
    expect(s.topics.anger.every((x) => x.topic !== '')).toBe(true);
    expect(s.guard.revised + s.guard.sentAnyway + s.guard.applied).toBeGreaterThan(0);
    const total = compare(s, view.previous).at(-1)!;
    expect(total).toMatchObject({ kind: 'total', current: 140, previous: 70, change: 70, percent: 100 });
    expect(await agents(db)).toEqual(['ana']);
    db.close();
  });

  it('offers the weeks of the retention window and any week holding events', async () => {
    const db = freshDb();
    await appendEvents(db, makeEvents('2025-W40', 3));
    const weeks = await weekOptions(db, new Date(2026, 10, 25), 4);
    expect(weeks.slice(0, 4)).toEqual(['2026-W48', '2026-W47', '2026-W46', '2026-W45']);
    expect(weeks).toContain('2025-W40');
    db.close();
  });
});

describe('team import', () => {
  it('merges two agents without duplicates; the same file twice changes nothing', async () => {
    const ana = freshDb();
    const luis = freshDb();
    await appendEvents(ana, makeEvents(WEEK, 20, 'ana'));
    await appendEvents(luis, makeEvents(WEEK, 15, 'luis'));
    const lead = freshDb();
    await appendEvents(lead, makeEvents(WEEK, 5, 'lead'));
    const anaFile = parseExport(await exportWeek(ana, WEEK, 'ana'));
    const luisFile = parseExport(await exportWeek(luis, WEEK, 'luis'));
    if (!anaFile.ok || !luisFile.ok) throw new Error('bad export');
    expect((await mergeExport(lead, anaFile)).added).toBe(20);
    expect((await mergeExport(lead, luisFile)).added).toBe(15);
    const before = await snapshot(lead);
    expect((await mergeExport(lead, anaFile)).added).toBe(0);
    expect(await snapshot(lead)).toEqual(before);
    expect(await agents(lead)).toEqual(['ana', 'lead', 'luis']);
    expect(before.imports.map((i) => i.agent).sort()).toEqual(['ana', 'luis']);
    const view = await loadWeek(lead, WEEK);
    expect(view.summary.events).toBe(40);
    expect(view.summary.agents).toEqual([
      { agent: 'ana', events: 20 },
      { agent: 'lead', events: 5 },
      { agent: 'luis', events: 15 },
    ]);
    expect((await loadWeek(lead, WEEK, 'luis')).events).toHaveLength(15);
  });

  it('labels events without an agent with the file’s alias', async () => {
    const events = makeEvents(WEEK, 2).map((e) => ({ ...e, agent: '' }));
    const parsed = parseExport(JSON.stringify({ format: 'tacto-moments', version: 1, week: WEEK, agent: 'marta', generatedAt: '2026-11-23T10:00:00Z', events, summary: {} }));
    expect(parsed.ok && parsed.events.every((e) => e.agent === 'marta')).toBe(true);
  });

  it('refuses bad files and changes nothing', async () => {
    const db = freshDb();
    await appendEvents(db, makeEvents(WEEK, 10));
    const good = await exportWeek(db, WEEK);
    const before = await snapshot(db);
    const file = JSON.parse(good);
    const withEvent = (patch: object) => JSON.stringify({ ...file, events: [file.events[0], { ...file.events[1], ...patch }] });
    const cases: Array<[string, string, number?]> = [
      ['not-json', 'id,at,helpdesk\n1,2,3'],
      ['not-json', '<html></html>'],
      ['empty', '   '],
      ['truncated', good.slice(0, Math.floor(good.length / 2))],
      ['format', JSON.stringify({ format: 'tacto-playbook', version: 1, entries: [] })],
      ['format', '[1,2,3]'],
      ['version', JSON.stringify({ ...file, version: 2 })],
      ['invalid-header', JSON.stringify({ ...file, week: '2026-48' })],
      ['invalid-header', JSON.stringify({ ...file, generatedAt: '2'.repeat(5_000_000) })],
      ['invalid-header', JSON.stringify({ ...file, generatedAt: '2026-11-31T10:00:00Z' })],
      ['invalid-header', JSON.stringify({ ...file, agent: 'ana\u2028=1+1' })],
      ['invalid-header', JSON.stringify({ ...file, agent: '' })],
      ['invalid-event', withEvent({ at: '2026-11-31T10:00:00Z' })],
      ['invalid-event', withEvent({ at: '2026-13-01T10:00:00Z' })],
      ['invalid-event', withEvent({ at: '2026-11-20T10:60:00Z' })],
      ['invalid-event', withEvent({ at: '2026-11-20T99:00:00Z' })],
      ['invalid-event', withEvent({ at: '2026-11-20T10:00:00+99:99' })],
      ['invalid-event', withEvent({ ticket: '=HYPERLINK("http://x")' })],
      ['invalid-event', withEvent({ ticket: '1234\n=1+1' })],
      ['invalid-event', withEvent({ ticket: 'x'.repeat(65) })],
      ['invalid-event', withEvent({ id: '@SUM(1)' })],
      ['invalid-event', withEvent({ agent: 'luis\r=2' })],
      ['duplicate-id', withEvent({ id: file.events[0].id, action: 'revised' })],
      ['invalid-event', withEvent({ kind: 'note' })],
      ['invalid-event', withEvent({ topic: 'pedido 4471' })],
      ['invalid-event', withEvent({ topicSource: 'Hola, soy Lucía' })],
      ['invalid-event', withEvent({ at: 'yesterday' })],
      ['too-large', good, MAX_IMPORT_BYTES + 1],
    ];
    for (const [code, text, size] of cases) {
      const parsed = parseExport(text, size);
      expect(parsed, `${code}: ${text.slice(0, 40)}`).toMatchObject({ ok: false, code });
    }
    expect(await snapshot(db)).toEqual(before);
    db.close();
  });

  it('a storage failure in the middle of a merge leaves nothing behind', async () => {
    const db = freshDb();
    const parsed = parseExport(JSON.stringify({ format: 'tacto-moments', version: 1, week: WEEK, agent: 'x', generatedAt: '2026-11-23T10:00:00.000+01:00', events: makeEvents(WEEK, 5), summary: {} }));
    if (!parsed.ok) throw new Error(parsed.code);
    const original = db.imports.put.bind(db.imports);
    db.imports.put = () => {
      throw Object.assign(new Error('disk full'), { name: 'QuotaExceededError' });
    };
    const error = await mergeExport(db, parsed).catch((e: unknown) => e);
    expect(isQuotaError(error)).toBe(true);
    db.imports.put = original;
    expect(await db.events.count()).toBe(0);
    db.close();
  });
});

describe('keeping data', () => {
  it('retention deletes events older than the setting; default 26 weeks', async () => {
    expect(retentionWeeks({ agentAlias: 'x' })).toBe(26);
    expect(retentionWeeks({ retentionWeeks: 4 })).toBe(4);
    const db = freshDb();
    await appendEvents(db, [...makeEvents('2026-W10', 5, 'ana', 'old'), ...makeEvents(WEEK, 5)]);
    const now = new Date(weekRange(WEEK)[1]);
    expect(await prune(db, 26, now)).toBe(5);
    expect(await db.events.count()).toBe(5);
    db.close();
  });

  it('retention also takes old events out of the team-server outbox', async () => {
    const db = freshDb();
    await appendEvents(db, [...makeEvents('2026-W10', 5, 'ana', 'old'), ...makeEvents(WEEK, 5)], { queue: true });
    expect(await db.outbox.count()).toBe(10);
    expect(await prune(db, 26, new Date(weekRange(WEEK)[1]))).toBe(5);
    expect((await db.outbox.toArray()).map((r) => r.id).sort()).toEqual(makeEvents(WEEK, 5).map((e) => e.id).sort());
    db.close();
  });

  it('delete all clears events, imports and the team-server outbox', async () => {
    const db = freshDb();
    await appendEvents(db, makeEvents(WEEK, 5), { queue: true });
    await db.imports.put({ key: 'k', agent: 'a', week: WEEK, generatedAt: 'g', events: 1, added: 1, importedAt: 'x' });
    await deleteAll(db);
    expect(await db.events.count()).toBe(0);
    expect(await db.imports.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
    db.close();
  });

  it('recognises quota errors however they are wrapped', () => {
    expect(isQuotaError(Object.assign(new Error('x'), { name: 'QuotaExceededError' }))).toBe(true);
    expect(isQuotaError({ name: 'AbortError', inner: { name: 'QuotaExceededError' } })).toBe(true);
    expect(isQuotaError(new Error('other'))).toBe(false);
  });
});
