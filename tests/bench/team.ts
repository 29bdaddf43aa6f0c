/**
 * The team's CouchDB (docs/team-sync.md), in Node against pouchdb-server on loopback (the
 * stand-in for Apache CouchDB, which cannot be installed here; see its gaps there):
 * 1. pushing 10,000 queued events from the outbox (Dexie on fake-indexeddb), target ≤ 5 s,
 *    their week documents included: as shipped (2 `_bulk_docs` in flight), one at a time,
 *    and — bench only — against a design document without `validate_doc_update`, to show
 *    the server's share.
 *    Each run on a new server; the three are interleaved, three runs each.
 * 2. the lead's dashboard on the team source over TACTO_BENCH_TEAM_EVENTS server events
 *    (20 agents × 26 weeks; default 20,000; the 500,000 with
 *    `TACTO_BENCH_TEAM_EVENTS=500000`, whose first run seeds and indexes for ≈ 20–40 min on
 *    this machine and keeps the result under .tmp/ for the next runs: tests/bench/team-seed.ts),
 *    timed as the dashboard reads it (Dashboard.tsx): opening (weeks, agents, latest week),
 *    the week on screen (the week and the one before, through the week cache), then the
 *    12-week trend and the aggregation, then a switch to the previous week — from the week
 *    documents (shipped) and through the by-time view (before), which must give the same.
 */
import 'fake-indexeddb/auto';
import { performance } from 'node:perf_hooks';
import { TactoDatabase } from '../../lib/log/db';
import { appendEvents, dexieLogWriter, queueLogged } from '../../lib/log/writer';
import { CouchClient } from '../../lib/log/sync/client';
import { DESIGN_ID, teamDesignDoc } from '../../lib/log/sync/design';
import { pushOutbox, PUSH_BATCH } from '../../lib/log/sync/push';
import { teamSetup } from '../../lib/log/sync/setup';
import { createTeamSource } from '../../lib/log/sync/team-source';
import { weekDocsFor } from '../../lib/log/sync/week-doc';
import { createDexieSource, type LogSource } from '../../lib/log/source';
import { weekViewFrom } from '../../lib/log/store';
import { agentTable, headline, mergedTopics, weeklyTrend, weeksEnding } from '../../lib/log/team';
import { createWeekCache } from '../../lib/log/week-cache';
import { shiftWeek } from '../../lib/log/week';
import { COUCH_ADMIN, startCouch } from '../support/couch';
import { makeEvents } from '../log/fixtures';
import { stats, type BenchRow, type BenchSection } from './lib';
import { LEAD, SEED_LAST_WEEK, SEED_NOW, seededTeamServer } from './team-seed';

const PUSHED = 10_000;
const SERVER_EVENTS = Number(process.env.TACTO_BENCH_TEAM_EVENTS ?? 20_000);
const TREND_WEEKS = 12;
const RUNS = 5;

type PushConfig = { name: string; inFlight: number; validation: boolean };
const PUSHES: PushConfig[] = [
  { name: `push ${PUSHED.toLocaleString('en')} queued events, 2 × _bulk_docs of ${PUSH_BATCH} in flight (shipped)`, inFlight: 2, validation: true },
  { name: 'the same, one _bulk_docs at a time (before)', inFlight: 1, validation: true },
  { name: 'the same as shipped, server without validate_doc_update (bench only)', inFlight: 2, validation: false },
];

async function onePush(config: PushConfig, run: number): Promise<number> {
  const couch = await startCouch();
  try {
    const admin = new CouchClient({ url: couch.url, database: 'tacto', ...COUCH_ADMIN });
    await teamSetup(admin, [{ name: 'ana', password: 'ana-pass', role: 'agent' }]);
    if (!config.validation) {
      const current = await couch.admin<{ _rev: string }>('GET', `tacto/${DESIGN_ID}`);
      const { validate_doc_update: _, ...design } = teamDesignDoc();
      await couch.admin('PUT', `tacto/${DESIGN_ID}`, { ...design, _rev: current.body._rev });
    }
    const agent = new CouchClient({ url: couch.url, database: 'tacto', user: 'ana', password: 'ana-pass' });
    const db = new TactoDatabase(`bench-team-${Date.now()}-${run}`);
    const events = makeEvents('2026-W30', PUSHED, 'ana', `bench-push-${run}`);
    await appendEvents(db, events, { queue: true });
    const started = performance.now();
    const outcome = await pushOutbox(db, agent, PUSH_BATCH, config.inFlight);
    const ms = performance.now() - started;
    if (outcome.delivered !== PUSHED || outcome.queued !== 0) throw new Error(`push: ${JSON.stringify(outcome)}`);
    const info = await couch.admin<{ doc_count: number }>('GET', 'tacto');
    // The events, their week documents and the design document.
    const weekDocs = weekDocsFor(events).length;
    if (info.body.doc_count !== PUSHED + weekDocs + 1) throw new Error(`server holds ${info.body.doc_count - 1 - weekDocs} events`);
    const held = (await agent.weekDocs('2026-W01', '2026-W53')).reduce((n, d) => n + d.rows.length, 0);
    if (held !== PUSHED) throw new Error(`week documents hold ${held} events`);
    db.close();
    return ms;
  } finally {
    await couch.close();
  }
}

const range = (sorted: number[]) => `${Math.round(sorted[0]).toLocaleString('en')}–${Math.round(sorted[sorted.length - 1]).toLocaleString('en')} ms over ${sorted.length} runs`;

const section: BenchSection = {
  name: 'team',
  description: `team CouchDB on pouchdb-server (loopback): push of ${PUSHED.toLocaleString('en')} queued events; the lead's dashboard over ${SERVER_EVENTS.toLocaleString('en')} server events`,
  async run() {
    const rows: BenchRow[] = [];
    const samples = PUSHES.map(() => [] as number[]);
    for (let run = 0; run < 3; run++) for (const [i, config] of PUSHES.entries()) samples[i].push(await onePush(config, run));
    PUSHES.forEach((config, i) => {
      const sorted = samples[i].sort((a, b) => a - b);
      rows.push({ measure: config.name, median: stats(sorted).median, note: `${range(sorted)}${i === 0 ? '; target ≤ 5,000 ms' : ''}` });
    });

    // The backfill's own part: queueing a log that was kept before connecting.
    const backfill: number[] = [];
    for (let run = 0; run < 3; run++) {
      const db = new TactoDatabase(`bench-backfill-${Date.now()}-${run}`);
      await appendEvents(db, makeEvents('2026-W30', PUSHED, 'ana', `bench-backfill-${run}`));
      const t0 = performance.now();
      if ((await queueLogged(db)) !== PUSHED) throw new Error('backfill queued too few');
      backfill.push(performance.now() - t0);
      db.close();
    }
    backfill.sort((a, b) => a - b);
    rows.push({ measure: `backfill: queue ${PUSHED.toLocaleString('en')} events already logged (queueLogged, fake-indexeddb)`, median: stats(backfill).median, note: range(backfill) });

    const seeded = await seededTeamServer(SERVER_EVENTS, (line) => console.log(`# ${line}`));
    try {
      const { couch, events } = seeded;
      rows.push({
        measure: `${seeded.reused ? 'seeded earlier: ' : ''}load ${events.toLocaleString('en')} events (admin _bulk_docs, validation checked in process)`,
        median: seeded.seedMs ?? undefined,
        note: 'setup (tests/bench/team-seed.ts), not a target',
      });
      rows.push({ measure: `${seeded.reused ? 'seeded earlier: ' : ''}build both view indexes`, median: seeded.indexMs, note: 'setup, once after a load' });

      rows.push({ measure: `${seeded.reused ? 'seeded earlier: ' : ''}team-setup builds the week documents from the events`, median: seeded.weekDocsMs, note: 'setup, once per database (docs/team-sync.md)' });

      const last = SEED_LAST_WEEK;
      const leadDb = new TactoDatabase(`bench-team-lead-${Date.now()}`);
      const local = createDexieSource(leadDb, dexieLogWriter(leadDb, { retention: async () => 26 }), { settings: async () => ({ agentAlias: 'lena', retentionWeeks: 26 }), now: () => SEED_NOW });
      const lead = new CouchClient({ url: couch.url, database: 'tacto', ...LEAD });
      // Shipped first, then the by-time view as before, over the same server and weeks; the
      // events each gives must be the same.
      const reads: Array<{ name: string; source: LogSource }> = [
        { name: 'week documents (shipped)', source: createTeamSource(local, lead) },
        { name: 'by-time view (before)', source: createTeamSource(local, lead, { read: 'view' }) },
      ];
      const fingerprints: string[] = [];
      for (const { name, source: team } of reads) {
        const open: number[] = [];
        const week: number[] = [];
        const trend: number[] = [];
        const previous: number[] = [];
        let read = { week: 0, trend: 0, agents: 0 };
        let fingerprint = '';
        for (let i = 0; i < RUNS + 1; i++) {
          // A new week cache each time: the dashboard just opened on the team source.
          const cache = createWeekCache((l, count) => team.loadRange(l, count), () => SEED_NOW);
          let t0 = performance.now();
          const [weeks, agents] = await Promise.all([team.weekOptions(26), team.agents()]);
          const latest = await team.latestWeek();
          const openMs = performance.now() - t0;
          if (latest !== last || weeks.length < 26) throw new Error(`latest ${latest}, ${weeks.length} weeks`);
          t0 = performance.now();
          const near = await cache.range(last, 2);
          const view = weekViewFrom(last, near);
          const weekMs = performance.now() - t0;
          t0 = performance.now();
          const all = await cache.range(last, TREND_WEEKS);
          const t = weeklyTrend(weeksEnding(last, TREND_WEEKS), all);
          const table = agentTable(view.events);
          mergedTopics(view.events);
          headline(t, view.events);
          const trendMs = performance.now() - t0;
          t0 = performance.now();
          const before = shiftWeek(last, -1);
          const prevNear = await cache.range(before, 2);
          weekViewFrom(before, prevNear);
          weeklyTrend(weeksEnding(before, TREND_WEEKS), await cache.range(before, TREND_WEEKS));
          const previousMs = performance.now() - t0;
          read = { week: near.length, trend: all.length, agents: agents.length };
          fingerprint = JSON.stringify([view.summary, view.previous, t, table, all.map((e) => e.id)]);
          // The first round is a warm-up (the server's first reads of the index files).
          if (i === 0) continue;
          open.push(openMs);
          week.push(weekMs);
          trend.push(trendMs);
          previous.push(previousMs);
        }
        fingerprints.push(fingerprint);
        const at = `${events.toLocaleString('en')} server events`;
        for (const [measure, samples, note] of [
          [`${name}: open: weeks, ${read.agents} agents, latest week`, open, at],
          [`${name}: the week on screen (the week and the one before: ${read.week.toLocaleString('en')} events)`, week, `target ≤ 1,000 ms; ${at}`],
          [`${name}: then the ${TREND_WEEKS}-week trend and aggregation (${read.trend.toLocaleString('en')} events, ${TREND_WEEKS - 2} weeks more read)`, trend, at],
          [`${name}: switch to the previous week (one week read)`, previous, at],
        ] as const) {
          const sorted = [...samples].sort((a, b) => a - b);
          rows.push({ measure, ...stats(sorted), note: `${note}; ${range(sorted)}` });
        }
      }
      if (fingerprints[0] !== fingerprints[1]) throw new Error('the week documents and the by-time view gave different events or counts');
    } finally {
      await seeded.couch.close();
    }
    return rows;
  },
};

export default section;
