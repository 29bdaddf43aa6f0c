import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { LogEvent } from '../../../lib/log/messaging';
import { neutraliseCell, toCsv } from '../../../lib/log/export/csv';
import { makeEvents } from '../fixtures';

const WEEK = '2026-W48';

describe('the CSV export', () => {
  it('CSV has the exact header and one row per event, and parses back', async () => {
    const events = makeEvents(WEEK, 12);
    events[0] = { ...events[0], agent: '=HYPERLINK("x")', topic: 'envío' };
    const csv = toCsv(events);
    expect(csv.split('\r\n')[0]).toBe('id,at,helpdesk,ticket,kind,type,action,lang,topic,agent');
    const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
    expect(parsed.data).toHaveLength(12);
    expect(parsed.data.map((r) => r.id).sort()).toEqual(events.map((e) => e.id).sort());
    // A formula is neutralised for spreadsheets.
    expect(parsed.data.find((r) => r.id === events[0].id)!.agent).toBe(`'=HYPERLINK("x")`);
  });

  it('no CSV cell in any column can start a formula, whatever comes before it', () => {
    const payloads = ['=1+1', '+1', '-1+2', '@SUM(A1)', ' =1', '"=1', "'=1", '\t=1', '\r=1', '\n=1', '\u2028=1', '\u2029+1', '\u00a0@x', '=1\n2', '\r\n-3', '\uff1d1', '\ttext'];
    const events = makeEvents(WEEK, payloads.length).map((e, i) => {
      const bad = payloads[i];
      return { ...e, id: bad, at: bad, helpdesk: bad, ticket: bad, kind: bad, type: bad, action: bad, lang: bad, topic: bad, agent: bad } as unknown as LogEvent;
    });
    const parsed = Papa.parse<string[]>(toCsv(events), { skipEmptyLines: true });
    const rows = parsed.data.slice(1);
    expect(rows).toHaveLength(payloads.length);
    // Every cell comes back as text: the spreadsheet's apostrophe, then the value unchanged.
    for (const row of rows) for (const cell of row) expect(payloads.map((p) => `'${p}`)).toContain(cell);
    expect(rows.flat()).toHaveLength(payloads.length * 10);
    expect(neutraliseCell('refund')).toBe('refund');
    expect(neutraliseCell('2026-11-20T10:00:00Z')).toBe('2026-11-20T10:00:00Z');
  });
});
