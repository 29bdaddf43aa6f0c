/**
 * Log section: 100,000 events spread over 26 weeks (≈ 3,850 a week).
 * 1. Node, Dexie on fake-indexeddb (slower than a browser's IndexedDB): a week's query +
 *    summary (what the dashboard computes) and a week's export in each format.
 * 2. Real Chromium with the built extension (skipped when .output/chrome-mv3 or Chromium
 *    is missing): the options page over the same volume; `data-render-ms` (query, summary,
 *    Preact render and the four chart.js charts drawn) per week switch, and
 *    `data-export-ms` (file built + download started) per format.
 * 3. The lead's aggregation (pure, lib/log/team.ts): the 12-week trend, the per-agent table,
 *    merged topics, the headline and a drill-down over all 100,000 events in memory (Node),
 *    and as the dashboard runs it in Chromium (`data-aggregate-ms`).
 * Targets: export a week ≤ 1,000 ms in each format; compute/render a week ≤ 300 ms; the
 * dashboard's aggregation ≤ 300 ms at 100,000 events.
 */
import 'fake-indexeddb/auto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { MOMENT_IDS, RULE_IDS } from '../../lib/analysis/types';
import { TactoDatabase, toStored } from '../../lib/log/db';
import type { LogEvent } from '../../lib/log/messaging';
import { toCsv } from '../../lib/log/export/csv';
import { toHtml } from '../../lib/log/export/html-report';
import { toJson } from '../../lib/log/export/json';
import { buildReport } from '../../lib/log/report';
import { loadRange, loadWeek } from '../../lib/log/store';
import { agentTable, eventMatcher, headline, mergedTopics, ticketsFor, weeklyTrend, weeksEnding } from '../../lib/log/team';
import { isoWeek, shiftWeek, weekRange } from '../../lib/log/week';
import { stats, type BenchRow, type BenchSection } from './lib';

const TOTAL = 100_000;
const WEEKS = 26;
const TOPICS = ['reembolso', 'envío', 'factura', 'cobro', 'refund', 'shipping', 'invoice', '', 'contraseña', 'garantía'];
const ACTIONS = ['sent', 'applied-suggestion', 'revised', 'sent-anyway'] as const;

function makeEvents(lastWeek: string): LogEvent[] {
  const [, end] = weekRange(lastWeek);
  const [start] = weekRange(shiftWeek(lastWeek, -(WEEKS - 1)));
  const span = end - start;
  return Array.from({ length: TOTAL }, (_, i) => {
    const moment = i % 3 === 0;
    return {
      id: `bench${i % 7}:${moment ? 'moment' : 'finding'}:${i}`,
      at: new Date(start + Math.floor((span * i) / TOTAL)).toISOString(),
      helpdesk: (['zendesk', 'freshdesk', 'gmail'] as const)[i % 3],
      ticket: String(10_000 + (i % 4_000)),
      kind: moment ? 'moment' : 'finding',
      type: moment ? MOMENT_IDS[i % MOMENT_IDS.length] : RULE_IDS[i % RULE_IDS.length],
      action: moment ? 'seen' : ACTIONS[i % ACTIONS.length],
      lang: i % 2 ? 'es' : 'en',
      topic: TOPICS[i % TOPICS.length],
      agent: `agent${i % 7}`,
    };
  });
}

const t = (key: string, ...subs: string[]) => (subs.length ? `${key} ${subs.join(' ')}` : key);

/** What the dashboard derives on a week switch (lib/log/team-week.ts through components/dashboard/useWeekData.ts, and the drill-down). */
function aggregate(events: Array<LogEvent & { t?: number }>, week: string) {
  const trend = weeklyTrend(weeksEnding(week, 12), events);
  const inWeek = events.filter(eventMatcher({ week }));
  return { trend, table: agentTable(inWeek), topics: mergedTopics(inWeek), headline: headline(trend, inWeek), tickets: ticketsFor(events, { kind: 'moment', type: 'anger', topic: 'refund' }) };
}

function timeSync(fn: (i: number) => unknown, runs: number): number[] {
  fn(0);
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn(i + 1);
    samples.push(performance.now() - t0);
  }
  return samples.sort((a, b) => a - b);
}

function aggregationRows(events: LogEvent[], lastWeek: string): BenchRow[] {
  const stored = events.map(toStored);
  const week = (i: number) => shiftWeek(lastWeek, -(1 + (i % (WEEKS - 2))));
  return [
    { measure: `node: lead's aggregation over all ${TOTAL.toLocaleString('en')} events (trend 12 wk, agents, topics, headline, drill-down)`, ...stats(timeSync((i) => aggregate(stored, week(i)), 10)), note: '≤ 300 ms' },
    { measure: `node: the HTML/JSON report's data (buildReport, 8 weeks) over all ${TOTAL.toLocaleString('en')} events`, ...stats(timeSync((i) => buildReport({ week: week(i), trendWeeks: 8, team: '', events: stored }), 10)), note: '≤ 300 ms' },
  ];
}

async function timeAsync(fn: (i: number) => Promise<unknown>, runs: number): Promise<number[]> {
  await fn(0);
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn(i + 1);
    samples.push(performance.now() - t0);
  }
  return samples.sort((a, b) => a - b);
}

async function nodeRows(events: LogEvent[], lastWeek: string): Promise<BenchRow[]> {
  const db = new TactoDatabase(`bench-${Date.now()}`);
  const t0 = performance.now();
  for (let i = 0; i < events.length; i += 10_000) await db.events.bulkAdd(events.slice(i, i + 10_000).map(toStored));
  const seeded = performance.now() - t0;
  const week = (i: number) => shiftWeek(lastWeek, -(1 + (i % (WEEKS - 2))));
  const rows: BenchRow[] = [{ measure: `node: seed ${TOTAL.toLocaleString('en')} events (fake-indexeddb)`, median: seeded, note: 'setup, not a target' }];
  const weekSize = (await loadWeek(db, week(0))).events.length;
  rows.push({ measure: `node: week query + summary (${weekSize} events, and the previous week)`, ...stats(await timeAsync((i) => loadWeek(db, week(i)), 10)), note: '≤ 300 ms' });
  let rangeSize = 0;
  const rangeSamples = await timeAsync(async (i) => {
    const range = await loadRange(db, week(i), 12);
    rangeSize = range.length;
    aggregate(range, week(i));
  }, 10);
  rows.push({ measure: `node: 12-week query + lead's aggregation (${rangeSize} events)`, ...stats(rangeSamples), note: 'fake-indexeddb; setup-bound' });
  const generatedAt = new Date().toISOString();
  const exporters = {
    json: (v: Awaited<ReturnType<typeof loadWeek>>) => toJson({ week: v.week, agent: 'lead', generatedAt, events: v.events, summary: v.summary }),
    csv: (v: Awaited<ReturnType<typeof loadWeek>>) => toCsv(v.events),
    html: (v: Awaited<ReturnType<typeof loadWeek>>) => toHtml({ week: v.week, agent: 'lead', generatedAt, summary: v.summary, previous: v.previous, report: buildReport({ week: v.week, trendWeeks: 8, team: '', events: v.events }), t, lang: 'es' }),
  };
  for (const [format, make] of Object.entries(exporters)) {
    let bytes = 0;
    const samples = await timeAsync(async (i) => {
      bytes = make(await loadWeek(db, week(i))).length;
    }, 10);
    rows.push({ measure: `node: export a week as ${format} (query included; ${Math.round(bytes / 1024)} KB)`, ...stats(samples), note: '≤ 1,000 ms' });
  }
  db.close();
  return rows;
}

/** Seeds the extension's database through the options page (raw IndexedDB, schema v2). */
const SEED = `async (events) => {
  const db = await new Promise((ok, fail) => { const r = indexedDB.open('tacto'); r.onsuccess = () => ok(r.result); r.onerror = () => fail(r.error); });
  await new Promise((ok, fail) => {
    const tx = db.transaction('events', 'readwrite');
    const store = tx.objectStore('events');
    for (const e of events) store.put({ ...e, t: Date.parse(e.at) });
    tx.oncomplete = ok; tx.onerror = () => fail(tx.error);
  });
  db.close();
  return events.length;
}`;

async function chromiumRows(events: LogEvent[], lastWeek: string): Promise<BenchRow[]> {
  const { launch, CHROMIUM, EXTENSION_DIR } = await import('../e2e/browser.ts');
  if (!existsSync(CHROMIUM) || !existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    return [{ measure: 'chromium: skipped', note: 'needs /usr/bin/chromium and `npx wxt build`' }];
  }
  const { startServer } = await import('../e2e/server.ts');
  const server = await startServer();
  const h = await launch(server);
  try {
    const page = await h.newPage();
    const url = `chrome-extension://${await h.extensionId()}/options.html#dashboard`;
    await page.goto(url);
    await page.locator('.dash[data-state="ready"]').waitFor();
    for (let i = 0; i < events.length; i += 20_000) await page.evaluate(`(${SEED})(${JSON.stringify(events.slice(i, i + 20_000))})`);
    // Opening: a fresh page each time (nothing cached), three times.
    const openWeek: number[] = [];
    const openTrend: number[] = [];
    for (let i = 0; i < 3; i++) {
      await page.reload();
      await page.locator('.dash[data-state="ready"][data-trend="ready"]').waitFor({ timeout: 30_000 });
      await page.waitForFunction(() => document.querySelector('.dash')?.hasAttribute('data-trend-ms'));
      openWeek.push(Number(await page.locator('.dash').getAttribute('data-render-ms')));
      openTrend.push(Number(await page.locator('.dash').getAttribute('data-trend-ms')));
      await page.evaluate(() => ['data-render-ms', 'data-trend-ms'].forEach((a) => document.querySelector('.dash')?.removeAttribute(a)));
    }
    const renders: number[] = [];
    const queries: number[] = [];
    const aggregations: number[] = [];
    const trends: number[] = [];
    const exports: Record<string, number[]> = { json: [], csv: [], html: [] };
    let weekSize = 0;
    for (let i = 0; i < 8; i++) {
      const week = shiftWeek(lastWeek, -(1 + i));
      await page.locator('select[name="week"]').selectOption(week);
      await page.locator(`.dash[data-state="ready"][data-trend="ready"][data-week="${week}"]`).waitFor();
      await page.waitForFunction(() => ['data-render-ms', 'data-trend-ms'].every((a) => document.querySelector('.dash')?.hasAttribute(a)));
      const ms = Number(await page.locator('.dash').getAttribute('data-render-ms'));
      if (i > 0) trends.push(Number(await page.locator('.dash').getAttribute('data-trend-ms')));
      await page.evaluate(() => ['data-render-ms', 'data-trend-ms'].forEach((a) => document.querySelector('.dash')?.removeAttribute(a)));
      weekSize = Number(await page.locator('.dash').getAttribute('data-events'));
      if (i > 0) renders.push(ms); // the first switch warms the code paths
      if (i > 0) queries.push(Number(await page.locator('.dash').getAttribute('data-query-ms')));
      if (i > 0) aggregations.push(Number(await page.locator('.dash').getAttribute('data-aggregate-ms')));
      for (const format of Object.keys(exports)) {
        await page.locator('select[name="format"]').selectOption(format);
        const [download] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), page.locator('[data-action="export"]').click()]).catch((error: unknown) => { throw new Error(`export ${format} of week ${week}: ${String(error)}`); });
        await download.path();
        if (i > 0) exports[format].push(Number(await page.locator('.dash').getAttribute('data-export-ms')));
      }
    }
    const sorted = (xs: number[]) => stats([...xs].sort((a, b) => a - b));
    return [
      { measure: 'chromium: open the dashboard → the week on screen (2 weeks read)', ...sorted(openWeek), note: 'once per visit' },
      { measure: 'chromium: open the dashboard → trend, agents, headline on screen (12 weeks read)', ...sorted(openTrend), note: 'once per visit' },
      { measure: `chromium: switch week → the week's query, summaries, render, 4 charts (${weekSize} events)`, ...sorted(renders), note: '≤ 300 ms' },
      { measure: '  of which: query (the weeks not read yet) + summaries', ...sorted(queries) },
      { measure: 'chromium: switch week → trend, agents, topics, headline on screen (2 charts, tables)', ...sorted(trends), note: '≤ 300 ms' },
      { measure: "  of which: the lead's aggregation (trend, agents, topics, headline)", ...sorted(aggregations), note: '≤ 300 ms' },
      ...Object.entries(exports).map(([format, xs]) => ({ measure: `chromium: export ${format} (build file + start download)`, ...sorted(xs), note: '≤ 1,000 ms' })),
    ];
  } finally {
    await h.close();
    await server.close();
  }
}

const section: BenchSection = {
  name: 'log',
  description: `the difficult-moment log with ${TOTAL.toLocaleString('en')} events over ${WEEKS} weeks`,
  async run() {
    const lastWeek = isoWeek(new Date());
    const events = makeEvents(lastWeek);
    return [...aggregationRows(events, lastWeek), ...(await nodeRows(events, lastWeek)), ...(await chromiumRows(events, lastWeek))];
  },
};

export default section;
