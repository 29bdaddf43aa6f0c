/**
 * The printable report is a file people forward and compare week to week: for the same
 * input it must come out byte for byte the same. The golden files were written by the
 * report as it stood before lib/log/export.ts was split into one module per format; a
 * change to them is a change to the report, made on purpose and reviewed.
 */
import { describe, expect, it } from 'vitest';
import { translatorFor } from '../../../lib/coach/i18n';
import { toHtml } from '../../../lib/log/export/html-report';
import type { LogEvent } from '../../../lib/log/messaging';
import { buildReport } from '../../../lib/log/report';
import { summarize } from '../../../lib/log/summary';
import { weeksEnding } from '../../../lib/log/team';
import { weekRange } from '../../../lib/log/week';
import { brokenPromise, makeEvents } from '../fixtures';

// The report prints when it was made in the local time zone: pin it.
process.env.TZ = 'UTC';

const WEEK = '2026-W48';

function fourWeeks(): LogEvent[] {
  const events: LogEvent[] = [];
  for (const [w, week] of weeksEnding(WEEK, 4).entries()) {
    for (const [n, agent] of ['ana', 'luis', '<b>marta</b> & "co"'].entries()) events.push(...makeEvents(week, 10 + w * 3, agent, `a${n}-${week}`));
    for (let i = 0; i < 4 + w * 2; i++) {
      events.push(brokenPromise(week, i, i % 2 ? 'refund <now>' : 'reembolso'));
    }
  }
  return events;
}

const events = fourWeeks();
const inWeek = (w: string) => events.filter((e) => Date.parse(e.at) >= weekRange(w)[0] && Date.parse(e.at) < weekRange(w)[1]);
const generatedAt = '2026-11-30T09:00:00.000Z';

describe('the HTML report, byte for byte', () => {
  it('a lead’s report in English (headline, trend, agents)', async () => {
    const report = buildReport({ week: WEEK, trendWeeks: 8, team: 'Soporte <ES>', events });
    const html = toHtml({ week: WEEK, agent: 'lead', generatedAt, summary: summarize(WEEK, inWeek(WEEK)), previous: summarize('2026-W47', inWeek('2026-W47')), report, t: translatorFor('en'), lang: 'en' });
    await expect(html).toMatchFileSnapshot('./golden/report-lead.en.html');
  });

  it('an agent’s week in Spanish, without a report', async () => {
    const mine = inWeek(WEEK).filter((e) => e.agent === 'ana');
    const html = toHtml({ week: WEEK, agent: 'ana', generatedAt, summary: summarize(WEEK, mine), previous: summarize('2026-W47', []), t: translatorFor('es'), lang: 'es' });
    await expect(html).toMatchFileSnapshot('./golden/report-agent.es.html');
  });

  it('an empty week under the default alias', async () => {
    const html = toHtml({ week: WEEK, agent: 'agent', generatedAt, summary: summarize(WEEK, []), previous: summarize('2026-W47', []), t: translatorFor('en'), lang: 'en' });
    await expect(html).toMatchFileSnapshot('./golden/report-empty.en.html');
  });
});

describe('the HTML report', () => {
  const t = (key: string, ...subs: string[]) => (subs.length ? `${key}(${subs.join('|')})` : key);
  it('HTML is a self-contained printable report with the charts', async () => {
    const events = makeEvents(WEEK, 40);
    events[1] = { ...events[1], agent: '<script>alert(1)</script>' };
    const html = toHtml({ week: WEEK, agent: 'ana', generatedAt: '2026-11-30T09:00:00.000Z', summary: summarize(WEEK, events), previous: summarize('2026-W47', []), t, lang: 'es' });
    expect(html).toMatch(/^<!doctype html>/);
    expect(html.match(/<svg /g)).toHaveLength(2);
    expect(html).toContain('@media print');
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/\s(?:src|href)=/i);
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain('dashReportTitle(2026-W48)');
  });
});
