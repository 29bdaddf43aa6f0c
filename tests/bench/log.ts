/**
 * Log section: 100,000 events spread over 26 weeks (≈ 3,850 a week).
 * 1. Node, Dexie on fake-indexeddb (slower than a browser's IndexedDB): a week's query +
 *    summary (what the dashboard computes) and a week's export in each format.
 * 2. Real Chromium with the built extension (skipped when .output/chrome-mv3 or Chromium
 *    is missing): the options page over the same volume; `data-render-ms` (query, summary,
 *    Preact render and the four chart.js charts drawn) per week switch, and
 *    `data-export-ms` (file built + download started) per format.
 * Targets: export a week ≤ 1,000 ms in each format; compute/render a week ≤ 300 ms.
 */
import 'fake-indexeddb/auto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { MOMENT_IDS, RULE_IDS } from '../../lib/analysis/types';
import { TactoDatabase, toStored } from '../../lib/db';
import type { LogEvent } from '../../lib/messaging';
import { toCsv, toHtml, toJson } from '../../lib/log/export';
import { loadWeek } from '../../lib/log/store';
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
  const generatedAt = new Date().toISOString();
  const exporters = {
    json: (v: Awaited<ReturnType<typeof loadWeek>>) => toJson({ week: v.week, agent: 'lead', generatedAt, events: v.events, summary: v.summary }),
    csv: (v: Awaited<ReturnType<typeof loadWeek>>) => toCsv(v.events),
    html: (v: Awaited<ReturnType<typeof loadWeek>>) => toHtml({ week: v.week, agent: 'lead', generatedAt, summary: v.summary, previous: v.previous, t, lang: 'es' }),
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
    await page.reload();
    await page.locator('.dash[data-state="ready"]').waitFor();
    const renders: number[] = [];
    const queries: number[] = [];
    const exports: Record<string, number[]> = { json: [], csv: [], html: [] };
    let weekSize = 0;
    for (let i = 0; i < 8; i++) {
      const week = shiftWeek(lastWeek, -(1 + i));
      await page.locator('select[name="week"]').selectOption(week);
      await page.locator(`.dash[data-state="ready"][data-week="${week}"]`).waitFor();
      await page.waitForFunction(() => document.querySelector('.dash')?.hasAttribute('data-render-ms'));
      const ms = Number(await page.locator('.dash').getAttribute('data-render-ms'));
      await page.evaluate(() => document.querySelector('.dash')?.removeAttribute('data-render-ms'));
      weekSize = Number(await page.locator('.dash').getAttribute('data-events'));
      if (i > 0) renders.push(ms); // the first switch warms the code paths
      if (i > 0) queries.push(Number(await page.locator('.dash').getAttribute('data-query-ms')));
      for (const format of Object.keys(exports)) {
        await page.locator('select[name="format"]').selectOption(format);
        const [download] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), page.locator('[data-action="export"]').click()]).catch((error: unknown) => { throw new Error(`export ${format} of week ${week}: ${String(error)}`); });
        await download.path();
        if (i > 0) exports[format].push(Number(await page.locator('.dash').getAttribute('data-export-ms')));
      }
    }
    const sorted = (xs: number[]) => stats([...xs].sort((a, b) => a - b));
    return [
      { measure: `chromium: switch week → query, summary, render, 4 charts (${weekSize} events)`, ...sorted(renders), note: '≤ 300 ms' },
      { measure: '  of which: query + summaries (loadWeek)', ...sorted(queries) },
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
    return [...(await nodeRows(events, lastWeek)), ...(await chromiumRows(events, lastWeek))];
  },
};

export default section;
