import { describe, expect, it } from 'vitest';
import { TactoDatabase } from '../../../lib/log/db';
import { appendEvents, mergeExport } from '../../../lib/log/writer';
import type { LogEvent } from '../../../lib/log/messaging';
import { CSV_FIELDS } from '../../../lib/log/export/csv';
import { fileName } from '../../../lib/log/export/files';
import { toJson } from '../../../lib/log/export/json';
import { parseExport } from '../../../lib/log/import';
import { loadWeek, weekEvents } from '../../../lib/log/store';
import { makeEvents } from '../fixtures';

const freshDb = () => new TactoDatabase(`export-json-${Math.random()}`);
const WEEK = '2026-W48';

async function exportWeek(db: TactoDatabase, week: string, agent = 'ana'): Promise<string> {
  const view = await loadWeek(db, week);
  return toJson({ week, agent, generatedAt: '2026-11-30T09:00:00.000Z', events: view.events, summary: view.summary });
}

describe('the JSON export', () => {
  it('JSON has exactly the contract’s shape', async () => {
    const db = freshDb();
    await appendEvents(db, makeEvents(WEEK, 30));
    const file = JSON.parse(await exportWeek(db, WEEK));
    expect(Object.keys(file)).toEqual(['format', 'version', 'week', 'weeks', 'agent', 'team', 'generatedAt', 'events', 'summary']);
    expect(file.weeks).toEqual([WEEK]);
    expect(file).toMatchObject({ format: 'tacto-moments', version: 1, week: WEEK, agent: 'ana' });
    expect(file.events).toHaveLength(30);
    for (const e of file.events) expect(Object.keys(e)).toEqual([...CSV_FIELDS]);
    expect(file.summary.events).toBe(30);
    expect(fileName(WEEK, 'html')).toBe('tacto-moments-2026-W48.html');
    db.close();
  });

  it('export then import gives back the same events', async () => {
    const a = freshDb();
    await appendEvents(a, makeEvents(WEEK, 50));
    const text = await exportWeek(a, WEEK);
    const parsed = parseExport(text);
    if (!parsed.ok) throw new Error(parsed.code);
    const b = freshDb();
    expect(await mergeExport(b, parsed)).toEqual({ events: 50, added: 50, rollCall: [{ agent: 'ana', week: WEEK, events: 50, added: 50 }] });
    const strip = (rows: LogEvent[]) => rows.map((r) => JSON.stringify(Object.fromEntries(CSV_FIELDS.map((f) => [f, r[f]])))).sort();
    expect(strip(await weekEvents(b, WEEK))).toEqual(strip(await weekEvents(a, WEEK)));
    a.close();
    b.close();
  });
});
