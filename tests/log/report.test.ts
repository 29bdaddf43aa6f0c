import 'fake-indexeddb/auto';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { TactoDatabase } from '../../lib/log/db';
import { appendEvents, mergeExport } from '../../lib/log/writer';
import { translatorFor } from '../../lib/coach/i18n';
import type { LogEvent } from '../../lib/log/messaging';
import { buildExport } from '../../lib/log/export';
import { toCsv } from '../../lib/log/export/csv';
import { fileName } from '../../lib/log/export/files';
import { toHtml } from '../../lib/log/export/html-report';
import { toJson } from '../../lib/log/export/json';
import { parseExport, rollCall } from '../../lib/log/import';
import { buildReport, headlineText, weekDates } from '../../lib/log/report';
import { latestWeek, loadRange, loadWeek } from '../../lib/log/store';
import { summarize } from '../../lib/log/summary';
import { weeksEnding } from '../../lib/log/team';
import { weekRange } from '../../lib/log/week';
import { brokenPromise, makeEvents } from './fixtures';

const WEEK = '2026-W48';
const en = translatorFor('en');
const es = translatorFor('es');
const freshDb = () => new TactoDatabase(`report-${Math.random()}`);

/** Six weeks of three agents; broken promises grow in the last week, mostly about refunds. */
function sixWeeks(): LogEvent[] {
  const events: LogEvent[] = [];
  for (const [w, week] of weeksEnding(WEEK, 6).entries()) {
    for (const [n, agent] of ["ana", "luis", "<b>marta</b>"].entries()) events.push(...makeEvents(week, 12, agent, `a${n}-${week}`));
    const promises = w === 5 ? 12 : 6;
    for (let i = 0; i < promises; i++) {
      events.push(brokenPromise(week, i, w === 5 ? (i % 2 ? 'refund' : 'reembolso') : 'envío'));
    }
  }
  return events;
}

describe('the lead’s report', () => {
  it('says the week’s dates and the biggest changes with their topic, in each language', () => {
    const report = buildReport({ week: WEEK, trendWeeks: 8, team: 'Soporte', events: sixWeeks() });
    expect(report.trend.weeks).toHaveLength(8);
    const promise = report.headline.find((h) => h.id === 'broken-promise');
    expect(promise).toMatchObject({ current: 15, previous: 9, percent: 67, topic: 'refund' });
    expect(headlineText(en, 'en', [promise!])).toEqual(['Broken promise +67 %, mostly «refund»']);
    expect(headlineText(es, 'es', [promise!])).toEqual(['Promesa incumplida +67 %, sobre todo «reembolso»']);
    expect(weekDates(WEEK, 'en')).toBe('Nov 23 – Nov 29, 2026');
    expect(headlineText(en, 'en', [{ kind: 'moment', id: 'urgency', current: 5, previous: 0, percent: null }])).toEqual(['Urgency +5 (none the week before)']);
    expect(headlineText(es, 'es', [{ kind: 'finding', id: 'blame', current: 2, previous: 10, percent: -80, topic: 'shipping' }])).toEqual(['Culpa −80 %, sobre todo «envío»']);
    expect(report.agents.rows.map((r) => r.agent)).toEqual(['<b>marta</b>', 'ana', 'luis']);
  });

  it('prints as a forwardable HTML page: dates, team, headline, trend, agents, no zero rows, escaped', () => {
    const events = sixWeeks();
    const inWeek = (w: string) => events.filter((e) => Date.parse(e.at) >= weekRange(w)[0] && Date.parse(e.at) < weekRange(w)[1]);
    const report = buildReport({ week: WEEK, trendWeeks: 8, team: 'Soporte <ES>', events });
    const html = toHtml({ week: WEEK, agent: 'lead', generatedAt: '2026-11-30T09:00:00.000Z', summary: summarize(WEEK, inWeek(WEEK)), previous: summarize('2026-W47', inWeek('2026-W47')), report, t: en, lang: 'en' });
    expect(html).toContain('Week of Nov 23 – Nov 29, 2026');
    expect(html).toContain('by lead');
    const anonymous = toHtml({ week: WEEK, agent: 'agent', generatedAt: '2026-11-30T09:00:00.000Z', summary: summarize(WEEK, []), previous: summarize('2026-W47', []), report, t: en, lang: 'en' });
    expect(anonymous).not.toMatch(/ by agent/);
    expect(anonymous).toMatch(/Generated \d/);
    expect(html).toContain('Team: Soporte &lt;ES&gt;');
    expect(html).toContain('Broken promise +67 %, mostly «refund»');
    expect(html.match(/<svg /g)).toHaveLength(4);
    expect(html).toContain('Trend over the last 8 weeks');
    expect(html).toMatch(/<th scope="row">&lt;b&gt;marta&lt;\/b&gt;<\/th>/);
    expect(html).toContain('Team average');
    expect(html).toMatch(/@page\{size:auto;margin:14mm\}/);
    expect(html).not.toMatch(/<script|\s(?:src|href)=/i);
    expect(html).not.toContain('<b>marta</b>');
    // Only rows with something in either week: no «0 0 0».
    const counts = html.slice(html.indexOf('<table class="counts">'));
    expect(counts).not.toMatch(/<td>0<\/td><td>0<\/td>/);
    expect(counts).not.toContain('Flat refusal</th><td>0</td><td>0</td>');

    const spanish = toHtml({ week: WEEK, agent: 'lead', generatedAt: '2026-11-30T09:00:00.000Z', summary: summarize(WEEK, inWeek(WEEK)), previous: summarize('2026-W47', []), report: { ...report, team: '' }, t: es, lang: 'es' });
    expect(spanish).toContain('Equipo: sin nombre en los ajustes del equipo');
    expect(spanish).toContain('Semana del 23 nov');
    expect(spanish).toContain('Media del equipo');
  });
});

describe('exports of a range of weeks', () => {
  it('JSON lists the weeks and carries the report; CSV holds every event of the range, neutralised', async () => {
    const db = freshDb();
    const events = sixWeeks();
    events[events.length - 1] = { ...events[events.length - 1], agent: '=cmd()' };
    await appendEvents(db, events);
    const range = await loadRange(db, WEEK, 4);
    const covered = weeksEnding(WEEK, 4);
    expect(range.length).toBe(events.filter((e) => Date.parse(e.at) >= weekRange(covered[0])[0]).length);
    const view = await loadWeek(db, WEEK);
    const report = buildReport({ week: WEEK, trendWeeks: 4, team: '', events: range });
    const file = JSON.parse(toJson({ week: WEEK, weeks: covered, agent: 'lead', team: '', generatedAt: '2026-11-30T09:00:00.000Z', events: range, summary: view.summary, report }));
    expect(file.weeks).toEqual(covered);
    expect(file.events).toHaveLength(range.length);
    expect(file.report.trend.weeks).toEqual(covered);
    expect(file.report.agents.rows).toHaveLength(4);
    expect(fileName(WEEK, 'json', covered[0])).toBe('tacto-moments-2026-W45_2026-W48.json');
    const rows = Papa.parse<Record<string, string>>(toCsv(range), { header: true, skipEmptyLines: true }).data;
    expect(rows).toHaveLength(range.length);
    expect(rows.some((r) => r.agent === "'=cmd()")).toBe(true);
    db.close();
  });

  it('builds the export the dashboard downloads, for one week or a range', async () => {
    const db = freshDb();
    await appendEvents(db, sixWeeks());
    const events = await loadRange(db, WEEK, 12);
    const view = await loadWeek(db, WEEK);
    const common = { view, events, agent: 'lead', team: 'Soporte', generatedAt: '2026-11-30T09:00:00.000Z', t: en, lang: 'en' as const };
    const one = buildExport({ ...common, format: 'json', weeks: 1 });
    expect(one.name).toBe('tacto-moments-2026-W48.json');
    expect(one.events).toBe(view.events.length);
    expect(JSON.parse(one.text).report.trend.weeks).toHaveLength(8);
    const range = buildExport({ ...common, format: 'csv', weeks: 4 });
    expect(range.name).toBe('tacto-moments-2026-W45_2026-W48.csv');
    expect(range.events).toBe(events.filter((e) => e.t >= weekRange('2026-W45')[0]).length);
    expect(Papa.parse(range.text, { header: true, skipEmptyLines: true }).data).toHaveLength(range.events);
    const html = buildExport({ ...common, format: 'html', weeks: 4 });
    expect(html.text).toContain('Trend over the last 4 weeks');
    expect(html.text).toContain('Team: Soporte');
    db.close();
  });

  it('imports a range file as a roll call (one line per agent and week); older one-week files still import', async () => {
    const a = freshDb();
    await appendEvents(a, sixWeeks());
    const range = await loadRange(a, WEEK, 3);
    const view = await loadWeek(a, WEEK);
    const text = toJson({ week: WEEK, weeks: weeksEnding(WEEK, 3), agent: 'lead', generatedAt: '2026-11-30T09:00:00.000Z', events: range, summary: view.summary });
    const parsed = parseExport(text);
    if (!parsed.ok) throw new Error(parsed.code);
    const b = freshDb();
    await appendEvents(b, range.filter((e) => e.agent === 'luis' && Date.parse(e.at) >= weekRange(WEEK)[0]));
    const result = await mergeExport(b, parsed);
    expect(result.rollCall.map((l) => `${l.agent} ${l.week} ${l.added}/${l.events}`)).toEqual([
      '<b>marta</b> 2026-W46 12/12',
      '<b>marta</b> 2026-W47 12/12',
      '<b>marta</b> 2026-W48 12/12',
      'ana 2026-W46 18/18',
      'ana 2026-W47 18/18',
      'ana 2026-W48 24/24',
      'luis 2026-W46 12/12',
      'luis 2026-W47 12/12',
      'luis 2026-W48 0/12',
    ]);
    // A version-1 file as older Tacto wrote it: no weeks, team or report.
    const old = JSON.parse(text);
    delete old.weeks;
    delete old.team;
    expect(parseExport(JSON.stringify(old)).ok).toBe(true);
    expect(parseExport(JSON.stringify({ ...old, weeks: ['2026-W99'] }))).toEqual({ ok: false, code: 'invalid-header', detail: 'weeks' });
    a.close();
    b.close();
  });

  it('groups a roll call by the events’ own weeks', () => {
    const events = [...makeEvents('2026-W47', 2, 'ana'), ...makeEvents(WEEK, 3, 'ana', 'x')];
    expect(rollCall(events, new Set([events[0].id]))).toEqual([
      { agent: 'ana', week: '2026-W47', events: 2, added: 1 },
      { agent: 'ana', week: WEEK, events: 3, added: 0 },
    ]);
  });
});

describe('opening on the latest week with data', () => {
  it('is the week of the newest event up to now, else the current week', async () => {
    const db = freshDb();
    const now = new Date(2026, 11, 10, 12); // 2026-W50
    expect(await latestWeek(db, now)).toBe('2026-W50');
    await appendEvents(db, [...makeEvents('2026-W46', 3), ...makeEvents(WEEK, 3, 'ana', 'b')]);
    expect(await latestWeek(db, now)).toBe(WEEK);
    // An event dated in the future (a clock off) does not move the dashboard there.
    await appendEvents(db, makeEvents('2027-W10', 1, 'ana', 'future'));
    expect(await latestWeek(db, now)).toBe(WEEK);
    db.close();
  });
});
