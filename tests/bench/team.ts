/**
 * The team's CouchDB (docs/team-sync.md), in Node against pouchdb-server on loopback (the
 * stand-in for Apache CouchDB, which cannot be installed here; see its gaps there):
 * 1. pushing 10,000 queued events from the outbox (Dexie on fake-indexeddb), target ≤ 5 s;
 * 2. the lead's team source over TACTO_BENCH_TEAM_EVENTS server events (default 20,000 over
 *    26 weeks; the issue's ≈500,000 take pouchdb-server far too long to load): the first
 *    read (which builds the view index), then a week with its trend's 12 weeks, warm.
 */
import 'fake-indexeddb/auto';
import { performance } from 'node:perf_hooks';
import { TactoDatabase } from '../../lib/log/db';
import { appendEvents, dexieLogWriter } from '../../lib/log/writer';
import { CouchClient } from '../../lib/log/sync/client';
import { toTeamDoc } from '../../lib/log/sync/doc';
import { pushOutbox } from '../../lib/log/sync/push';
import { teamSetup } from '../../lib/log/sync/setup';
import { createTeamSource } from '../../lib/log/sync/team-source';
import { createDexieSource } from '../../lib/log/source';
import { agentTable, weeklyTrend, weeksEnding } from '../../lib/log/team';
import { isoWeek, shiftWeek } from '../../lib/log/week';
import { COUCH_ADMIN, startCouch } from '../support/couch';
import { makeEvents } from '../log/fixtures';
import { stats, type BenchRow, type BenchSection } from './lib';

const PUSHED = 10_000;
const SERVER_EVENTS = Number(process.env.TACTO_BENCH_TEAM_EVENTS ?? 20_000);
const WEEKS = 26;
const AGENTS = 20;

const section: BenchSection = {
  name: 'team',
  description: `team CouchDB on pouchdb-server (loopback): push of ${PUSHED.toLocaleString('en')} queued events; the team's week over ${SERVER_EVENTS.toLocaleString('en')} server events`,
  async run() {
    const rows: BenchRow[] = [];
    const couch = await startCouch();
    try {
      const admin = new CouchClient({ url: couch.url, database: 'tacto', ...COUCH_ADMIN });
      await teamSetup(admin, [{ name: 'ana', password: 'ana-pass', role: 'agent' }, { name: 'lena', password: 'lena-pass', role: 'lead' }]);
      const agent = new CouchClient({ url: couch.url, database: 'tacto', user: 'ana', password: 'ana-pass' });

      const db = new TactoDatabase(`bench-team-${Date.now()}`);
      await appendEvents(db, makeEvents('2026-W30', PUSHED, 'ana', 'bench-push'), { queue: true });
      let started = performance.now();
      const outcome = await pushOutbox(db, agent);
      const pushMs = performance.now() - started;
      if (outcome.delivered !== PUSHED || outcome.queued !== 0) throw new Error(`push: ${JSON.stringify(outcome)}`);
      rows.push({ measure: `push ${PUSHED.toLocaleString('en')} queued events (_bulk_docs × ${Math.ceil(PUSHED / 1000)})`, median: pushMs, note: 'target ≤ 5,000 ms' });

      // The team's half year, loaded as the admin (validation runs all the same).
      const now = new Date();
      const last = isoWeek(now);
      const perWeek = Math.ceil(SERVER_EVENTS / WEEKS / AGENTS);
      started = performance.now();
      for (let w = 0; w < WEEKS; w++) {
        const week = shiftWeek(last, -w);
        const docs = Array.from({ length: AGENTS }, (_, a) => makeEvents(week, perWeek, `agent${a}`, `a${a}w${w}`)).flat().map(toTeamDoc);
        for (let i = 0; i < docs.length; i += 5000) await admin.bulkDocs(docs.slice(i, i + 5000));
      }
      rows.push({ measure: `load ${(perWeek * AGENTS * WEEKS).toLocaleString('en')} events into pouchdb-server`, median: performance.now() - started, note: 'setup, not a target' });

      const local = createDexieSource(db, dexieLogWriter(db, { retention: async () => 26 }), { settings: async () => ({ agentAlias: 'lena', retentionWeeks: 26 }), now: () => now });
      const team = createTeamSource(local, new CouchClient({ url: couch.url, database: 'tacto', user: 'lena', password: 'lena-pass' }));
      started = performance.now();
      await team.loadWeek(last);
      rows.push({ measure: 'first team read (builds the view index)', median: performance.now() - started, note: 'once after new events' });
      const samples: number[] = [];
      for (let i = 0; i < 5; i++) {
        const t0 = performance.now();
        const view = await team.loadWeek(last);
        const range = await team.loadRange(last, 12);
        weeklyTrend(weeksEnding(last, 12), range);
        agentTable(view.events);
        samples.push(performance.now() - t0);
      }
      const s = stats(samples.sort((a, b) => a - b));
      rows.push({ measure: `team week + 12-week trend + agents (${(perWeek * AGENTS * 12).toLocaleString('en')} events read)`, ...s, note: `target ≤ 1,000 ms at ≈500,000 server events; here ${(perWeek * AGENTS * WEEKS + PUSHED).toLocaleString('en')}` });
    } finally {
      await couch.close();
    }
    return rows;
  },
};

export default section;
