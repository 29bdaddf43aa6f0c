/**
 * The bench's team database: `events` documents from 20 agents over 26 weeks ending
 * 2026-W48, on pouchdb-server (tests/support/couch.ts), with both views already built and
 * the week documents made.
 *
 * Loading ≈500,000 documents the way agents push them (per-document validate_doc_update on
 * the server) and then building the views takes pouchdb-server tens of minutes, so:
 * - every document is made by `toTeamDoc`, as a push makes it, and checked in this process
 *   with the design's own `validate_doc_update` (as an agent), so none the server would
 *   refuse is seeded;
 * - they are written as the admin in `_bulk_docs` of 10,000 **before** the design document
 *   exists: pouchdb-server then skips its per-document validation lookups (only for seeding;
 *   the push bench measures writes with validation);
 * - then the design document goes in, one query per view builds its index, and `team-setup`
 *   adds security and users and makes the week documents from the events (as it does for a
 *   database set up by an earlier Tacto), all before anything is timed;
 * - the data directory is kept under `.tmp/` (git-ignored) and reused by the next run; when
 *   the design document changed, the events stay and only the steps above run again (a view
 *   whose functions did not change keeps its index).
 */
import { createHash } from 'node:crypto';
import http from 'node:http';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { CouchClient } from '../../lib/log/sync/client';
import { AGENT_ROLE, BY_AGENT_VIEW, BY_TIME_VIEW, DESIGN_ID, teamDesignDoc, VALIDATE_DOC_UPDATE } from '../../lib/log/sync/design';
import { toTeamDoc } from '../../lib/log/sync/doc';
import { teamSetup } from '../../lib/log/sync/setup';
import { shiftWeek } from '../../lib/log/week';
import { makeEvents } from '../log/fixtures';
import { COUCH_ADMIN, startCouch, type CouchServer } from '../support/couch';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const SEED_LAST_WEEK = '2026-W48';
/** The bench's "now": a Friday in SEED_LAST_WEEK. */
export const SEED_NOW = new Date('2026-11-27T12:00:00Z');
export const SEED_WEEKS = 26;
export const SEED_AGENTS = 20;
export const LEAD = { user: 'lena', password: 'lena-pass' };
/** Bump when the generated documents change. */
const GENERATOR = 1;

export interface SeededTeam {
  couch: CouchServer;
  /** Documents on the server (events; the design document not counted). */
  events: number;
  /** Events per agent per week. */
  perWeek: number;
  /** Taken from the kept directory (seedMs and indexMs are the first run's). */
  reused: boolean;
  seedMs: number;
  indexMs: number;
  /** team-setup making the week documents from the events (tests/bench/team-seed.ts). */
  weekDocsMs: number;
}

interface Marker {
  /** The design document the views were built for. */
  design: string;
  seedMs: number;
  indexMs: number;
  weekDocsMs: number;
}

export async function seededTeamServer(total: number, log: (line: string) => void = () => {}): Promise<SeededTeam> {
  const perWeek = Math.ceil(total / SEED_WEEKS / SEED_AGENTS);
  const events = perWeek * SEED_WEEKS * SEED_AGENTS;
  // The loaded events are kept across design changes: a new design document is put over
  // them and only views whose functions changed are built again (pouchdb keys an index by
  // its map and reduce functions).
  const design = createHash('sha256').update(JSON.stringify(teamDesignDoc())).digest('hex').slice(0, 10);
  const dir = join(ROOT, '.tmp', `bench-team-${events}-g${GENERATOR}`);
  const markerFile = join(dir, 'seeded.json');
  const loadedFile = join(dir, 'loaded.json');
  if (existsSync(loadedFile)) {
    const loaded = JSON.parse(readFileSync(loadedFile, 'utf8')) as { seedMs: number };
    const couch = await startCouch({ dir });
    const info = await couch.admin<{ doc_count?: number }>('GET', 'tacto');
    if ((info.body.doc_count ?? 0) >= events) {
      const marker = existsSync(markerFile) ? (JSON.parse(readFileSync(markerFile, 'utf8')) as Marker) : null;
      if (marker?.design === design) return { couch, events, perWeek, reused: true, seedMs: marker.seedMs, indexMs: marker.indexMs, weekDocsMs: marker.weekDocsMs };
      log(`design document changed (${marker?.design ?? 'none'} → ${design}): setting it up over the loaded events`);
      return { ...(await prepare(couch, dir, design, loaded.seedMs, log)), events, perWeek, reused: true };
    }
    await couch.close();
  }
  rmSync(dir, { recursive: true, force: true });
  const couch = await startCouch({ dir });
  const validate = new Function(`return (${VALIDATE_DOC_UPDATE});`)() as (doc: object, old: null, user: object) => void;
  const asAgent = { name: 'ana', roles: [AGENT_ROLE] };
  const admin = new CouchClient({ url: couch.url, database: 'tacto', ...COUCH_ADMIN });
  await admin.json(admin.dbUrl(), { method: 'PUT' });
  const started = performance.now();
  for (let w = 0; w < SEED_WEEKS; w++) {
    const week = shiftWeek(SEED_LAST_WEEK, -w);
    const docs = Array.from({ length: SEED_AGENTS }, (_, a) => makeEvents(week, perWeek, `agent${a}`, `a${a}w${w}`)).flat().map(toTeamDoc);
    for (const doc of docs) validate(doc, null, asAgent);
    for (let i = 0; i < docs.length; i += 10_000) {
      const results = await admin.bulkDocs(docs.slice(i, i + 10_000));
      const bad = results.find((r) => !r.ok);
      if (bad) throw new Error(`seeding: ${JSON.stringify(bad)}`);
    }
    log(`seeded ${((w + 1) * perWeek * SEED_AGENTS).toLocaleString('en')} / ${events.toLocaleString('en')} (${((performance.now() - started) / 1000).toFixed(0)} s)`);
  }
  const seedMs = performance.now() - started;
  writeFileSync(loadedFile, JSON.stringify({ seedMs }));
  return { ...(await prepare(couch, dir, design, seedMs, log)), events, perWeek, reused: false };
}

/**
 * The design document first and its views built (team-setup's own build of the week
 * documents reads `by-time`, and a first query over ≈ 500,000 events outlasts fetch), then
 * team-setup as a team runs it, which builds the week documents from the events. The
 * marker then says the directory is ready.
 */
async function prepare(couch: CouchServer, dir: string, design: string, seedMs: number, log: (line: string) => void): Promise<{ couch: CouchServer; seedMs: number; indexMs: number; weekDocsMs: number }> {
  const current = await couch.admin<{ _rev?: string }>('GET', `tacto/${DESIGN_ID}`);
  const put = await couch.admin('PUT', `tacto/${DESIGN_ID}`, { ...teamDesignDoc(), ...(current.body._rev ? { _rev: current.body._rev } : {}) });
  if (put.status >= 300) throw new Error(`design document: HTTP ${put.status}`);
  const indexMs = await buildViews(couch, log);
  const admin = new CouchClient({ url: couch.url, database: 'tacto', ...COUCH_ADMIN });
  const started = performance.now();
  const steps = await teamSetup(
    admin,
    [
      { name: 'ana', password: 'ana-pass', role: 'agent' },
      { name: LEAD.user, password: LEAD.password, role: 'lead' },
    ],
    (step) => log(`team-setup: ${step.result} ${step.step}`),
    { rebuildWeekDocs: true },
  );
  const weekDocsMs = performance.now() - started;
  if (!steps.some((s) => s.step.startsWith('week documents'))) throw new Error('team-setup built no week documents');
  writeFileSync(join(dir, 'seeded.json'), JSON.stringify({ design, seedMs, indexMs, weekDocsMs } satisfies Marker));
  return { couch, seedMs, indexMs, weekDocsMs };
}

/** One query per view builds its index (a view whose functions did not change is already built). */
async function buildViews(couch: CouchServer, log: (line: string) => void): Promise<number> {
  const started = performance.now();
  // Sequentially: pouchdb-server builds one index at a time anyway. Over node:http, because
  // fetch gives up on an answer that takes more than 300 s to start.
  for (const query of [`${BY_TIME_VIEW}?limit=1`, `${BY_AGENT_VIEW}?limit=1&reduce=false`]) {
    const t0 = performance.now();
    await slowGet(couch, `tacto/${DESIGN_ID}/_view/${query}`);
    log(`view ${query.split('?')[0]} built in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
  }
  return performance.now() - started;
}

function slowGet(couch: CouchServer, path: string): Promise<void> {
  return new Promise((done, fail) => {
    const request = http.get(`${couch.url}${path}`, { auth: `${COUCH_ADMIN.user}:${COUCH_ADMIN.password}` }, (response) => {
      response.resume();
      response.on('end', () => (response.statusCode === 200 ? done() : fail(new Error(`${path}: HTTP ${response.statusCode}`))));
    });
    request.on('error', fail);
  });
}
