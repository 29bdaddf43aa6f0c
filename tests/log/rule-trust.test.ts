/**
 * Dismissals in the log: the per-rule "acted on vs dismissed" counts (lib/log/rule-trust.ts),
 * in the week's summary, the JSON summary and the HTML report; files with `dismissed`
 * events import, and files made before dismissals existed still import.
 */
import { describe, expect, it } from 'vitest';
import { RULE_IDS } from '../../lib/analysis/types';
import type { LogEvent } from '../../lib/log/messaging';
import { toCsv } from '../../lib/log/export/csv';
import { toHtml } from '../../lib/log/export/html-report';
import { toJson } from '../../lib/log/export/json';
import { parseExport } from '../../lib/log/import';
import { ruleTrust } from '../../lib/log/rule-trust';
import { compare, summarize } from '../../lib/log/summary';
import { weekRange } from '../../lib/log/week';
import { makeEvents } from './fixtures';

const WEEK = '2026-W48';
const t = (key: string, ...subs: string[]) => (subs.length ? `${key}(${subs.join('|')})` : key);

function finding(i: number, type: string, action: string): LogEvent {
  const [start] = weekRange(WEEK);
  return { id: `ana:finding:d${i}`, at: new Date(start + 3_600_000 * (i + 1)).toISOString(), helpdesk: 'zendesk', ticket: '1234', kind: 'finding', type, action, lang: 'es', topic: 'reembolso', agent: 'ana' } as LogEvent;
}

/** blame: 3 applied, 1 revised, 2 dismissed; dismissive: 4 dismissed; vague-handoff: 2 sent (neither). */
const EVENTS: LogEvent[] = [
  ...[0, 1, 2].map((i) => finding(i, 'blame', 'applied-suggestion')),
  finding(3, 'blame', 'revised'),
  finding(4, 'blame', 'dismissed'),
  finding(5, 'blame', 'dismissed'),
  ...[6, 7, 8, 9].map((i) => finding(i, 'dismissive', 'dismissed')),
  finding(10, 'vague-handoff', 'sent'),
  finding(11, 'vague-handoff', 'sent-anyway'),
  { ...finding(12, 'anger', 'seen'), kind: 'moment' },
];

describe('ruleTrust', () => {
  it('counts, per rule, findings acted on against findings dismissed', () => {
    const rows = ruleTrust(EVENTS);
    expect(rows.map((r) => r.rule)).toEqual([...RULE_IDS]);
    const by = Object.fromEntries(rows.map((r) => [r.rule, r]));
    expect(by.blame).toEqual({ rule: 'blame', applied: 3, revised: 1, acted: 4, dismissed: 2, dismissedPercent: 33 });
    expect(by.dismissive).toEqual({ rule: 'dismissive', applied: 0, revised: 0, acted: 0, dismissed: 4, dismissedPercent: 100 });
    // Sent (or sent anyway) is neither following nor rejecting a finding.
    expect(by['vague-handoff']).toMatchObject({ acted: 0, dismissed: 0, dismissedPercent: null });
  });

  it('ignores moments and unknown rules', () => {
    expect(ruleTrust([{ kind: 'finding', type: 'no-such-rule', action: 'dismissed' } as never]).every((r) => r.dismissed === 0)).toBe(true);
    expect(ruleTrust([{ kind: 'moment', type: 'anger', action: 'seen' }]).every((r) => r.acted + r.dismissed === 0)).toBe(true);
  });
});

describe('dismissals in the summary and every export', () => {
  it('the week summary carries the per-rule counts and dismissed as an action', () => {
    const summary = summarize(WEEK, EVENTS);
    expect(summary.trust).toEqual(ruleTrust(EVENTS));
    expect(summary.actions.dismissed).toBe(6);
    expect(compare(summary, summarize('2026-W47', [])).find((r) => r.kind === 'action' && r.id === 'dismissed')?.current).toBe(6);
  });

  it('JSON: summary.ruleTrust per rule; the events keep their ten fields; the file imports back', () => {
    const text = toJson({ week: WEEK, agent: 'ana', generatedAt: '2026-11-30T09:00:00.000Z', events: EVENTS, summary: summarize(WEEK, EVENTS) });
    const file = JSON.parse(text);
    expect(file.version).toBe(1);
    expect(file.summary.ruleTrust.find((r: { rule: string }) => r.rule === 'blame')).toMatchObject({ acted: 4, dismissed: 2 });
    expect(file.events.filter((e: LogEvent) => e.action === 'dismissed')).toHaveLength(6);
    const parsed = parseExport(text);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.events.filter((e) => e.action === 'dismissed')).toHaveLength(6);
  });

  it('CSV: one row per dismissal, action "dismissed"', () => {
    const rows = toCsv(EVENTS).split('\r\n');
    expect(rows.filter((r) => r.includes(',dismissed,'))).toHaveLength(6);
  });

  it('HTML: a per-rule table with acted on and dismissed', () => {
    const html = toHtml({ week: WEEK, agent: 'ana', generatedAt: '2026-11-30T09:00:00.000Z', summary: summarize(WEEK, EVENTS), previous: summarize('2026-W47', []), t, lang: 'en' });
    expect(html).toContain('dashTrust');
    expect(html).toMatch(/<tr data-rule="blame"><th scope="row">[^<]+<\/th><td>4<\/td><td>3<\/td><td>1<\/td><td>2<\/td><td>33 %<\/td><\/tr>/);
    expect(html).toMatch(/<tr data-rule="dismissive">.*?<td>4<\/td><td>100 %<\/td>/);
  });

  it('a file made before dismissals existed (no ruleTrust, no dismissed events) still imports', () => {
    const events = makeEvents(WEEK, 12);
    const old = { format: 'tacto-moments', version: 1, week: WEEK, agent: 'luis', generatedAt: '2026-11-23T10:00:00.000Z', events, summary: { events: 12, actions: { sent: 1, 'applied-suggestion': 1, revised: 1, 'sent-anyway': 1 } } };
    const parsed = parseExport(JSON.stringify(old));
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.events).toHaveLength(12);
  });
});
