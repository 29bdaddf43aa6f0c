import { describe, expect, it } from 'vitest';
import { MOMENT_IDS, RULE_IDS } from '../../lib/analysis/types';
import type { LogEvent } from '../../lib/log/messaging';
import { COMPARE_COLORS, GUARD_COLORS, MOMENT_COLORS, RULE_COLORS } from '../../lib/log/labels';
import { agentTable, eventMatcher, headline, mergedTopics, missingAgents, ticketsFor, weekIndexer, weeklyTrend, weeksEnding } from '../../lib/log/team';
import { normaliseHost, ticketHosts, ticketUrl } from '../../lib/log/ticket-links';
import { sameTopic, topicKey, topicName, TOPIC_PAIRS } from '../../lib/log/topic-map';
import { weekRange } from '../../lib/log/week';

let seq = 0;
function ev(week: string, over: Partial<LogEvent> & { dayOffset?: number } = {}): LogEvent {
  const { dayOffset = 1, ...rest } = over;
  const [start] = weekRange(week);
  return {
    id: `x:${seq++}`,
    at: new Date(start + dayOffset * 86_400_000 + 3_600_000).toISOString(),
    helpdesk: 'zendesk',
    ticket: '100',
    kind: 'moment',
    type: 'anger',
    action: 'seen',
    lang: 'es',
    topic: '',
    agent: 'ana',
    ...rest,
  };
}

describe('the bilingual topic map', () => {
  it('merges Spanish and English names of one cause, accents and case aside', () => {
    expect(topicKey('reembolso')).toBe('refund');
    expect(topicKey('refund')).toBe('refund');
    expect(topicKey('Envio')).toBe('shipping');
    expect(sameTopic('factura', 'invoice')).toBe(true);
    expect(sameTopic('factura', 'refund')).toBe(false);
    expect(topicKey('lavadora')).toBe('lavadora');
  });

  it('names a merged topic in the reader’s language', () => {
    expect(topicName('refund', 'es')).toBe('reembolso');
    expect(topicName('refund', 'en')).toBe('refund');
    expect(topicName('lavadora', 'en')).toBe('lavadora');
  });

  it('pairs every lexicon topic once in each language', () => {
    const en = TOPIC_PAIRS.map(([e]) => e);
    const es = TOPIC_PAIRS.map(([, s]) => s);
    expect(new Set(en).size).toBe(en.length);
    expect(new Set(es).size).toBe(es.length);
    for (const [e, s] of TOPIC_PAIRS) expect(topicKey(s)).toBe(e);
  });
});

describe('weeks and the trend', () => {
  it('lists the weeks ending with one, across a year end', () => {
    expect(weeksEnding('2026-W02', 4)).toEqual(['2025-W51', '2025-W52', '2026-W01', '2026-W02']);
  });

  it('finds the week of an instant, or -1 outside', () => {
    const weeks = weeksEnding('2026-W48', 3);
    const index = weekIndexer(weeks);
    expect(index(weekRange('2026-W46')[0])).toBe(0);
    expect(index(weekRange('2026-W48')[1] - 1)).toBe(2);
    expect(index(weekRange('2026-W48')[1])).toBe(-1);
    expect(index(weekRange('2026-W45')[0])).toBe(-1);
  });

  it('counts each moment and rule per week', () => {
    const weeks = weeksEnding('2026-W48', 3);
    const events = [
      ev('2026-W46', { type: 'anger' }),
      ev('2026-W48', { type: 'anger' }),
      ev('2026-W48', { type: 'anger' }),
      ev('2026-W47', { kind: 'finding', type: 'blame', action: 'sent' }),
      ev('2026-W40', { type: 'anger' }),
    ];
    const trend = weeklyTrend(weeks, events);
    expect(trend.moments.anger).toEqual([1, 0, 2]);
    expect(trend.findings.blame).toEqual([0, 1, 0]);
    expect(trend.events).toEqual([1, 1, 2]);
    expect(Object.keys(trend.moments)).toEqual([...MOMENT_IDS]);
  });
});

describe('the per-agent table', () => {
  it('counts moments and what each agent did with findings, with the team average', () => {
    const events = [
      ev('2026-W48', { agent: 'luis' }),
      ev('2026-W48', { agent: 'luis' }),
      ev('2026-W48', { agent: 'ana', kind: 'finding', type: 'blame', action: 'sent' }),
      ev('2026-W48', { agent: 'ana', kind: 'finding', type: 'unrealistic-commitment', action: 'revised' }),
      ev('2026-W48', { agent: 'ana', kind: 'finding', type: 'unrealistic-commitment', action: 'sent-anyway' }),
      ev('2026-W48', { agent: 'ana', kind: 'finding', type: 'blame', action: 'dismissed' as LogEvent['action'] }),
      ev('2026-W48', { agent: 'marta', kind: 'finding', type: 'blame', action: 'applied-suggestion' }),
    ];
    const table = agentTable(events);
    expect(table.rows.map((r) => r.agent)).toEqual(['ana', 'luis', 'marta']);
    expect(table.rows[0].counts).toEqual({ moments: 0, sent: 1, 'applied-suggestion': 0, revised: 1, 'sent-anyway': 1, dismissed: 1 });
    expect(table.rows[1].counts.moments).toBe(2);
    expect(table.average.moments).toBe(0.7);
    expect(table.average['applied-suggestion']).toBe(0.3);
    expect(agentTable([]).rows).toEqual([]);
  });
});

describe('the drill-down', () => {
  it('lists the tickets behind a filter, busiest first, merged topics matching either language', () => {
    const events = [
      ev('2026-W48', { ticket: '7', topic: 'reembolso', agent: 'ana' }),
      ev('2026-W48', { ticket: '7', topic: 'refund', agent: 'luis', lang: 'en' }),
      ev('2026-W48', { ticket: '8', topic: 'refund', helpdesk: 'freshdesk' }),
      ev('2026-W48', { ticket: '9', topic: 'factura' }),
      ev('2026-W47', { ticket: '10', topic: 'refund' }),
    ];
    const rows = ticketsFor(events, { week: '2026-W48', topic: 'refund' });
    expect(rows.map((r) => [r.helpdesk, r.ticket, r.events])).toEqual([
      ['zendesk', '7', 2],
      ['freshdesk', '8', 1],
    ]);
    expect(rows[0].agents).toEqual(['ana', 'luis']);
    expect(ticketsFor(events, { topic: 'refund' })).toHaveLength(3);
    expect(ticketsFor(events, { kind: 'finding' })).toEqual([]);
  });

  it('matches per-agent columns and actions', () => {
    const sent = ev('2026-W48', { kind: 'finding', type: 'blame', action: 'sent', agent: 'ana' });
    expect(eventMatcher({ column: 'sent', agent: 'ana' })(sent)).toBe(true);
    expect(eventMatcher({ column: 'moments' })(sent)).toBe(false);
    expect(eventMatcher({ agent: 'luis' })(sent)).toBe(false);
  });
});

describe('merged topics and the headline', () => {
  it('counts «reembolso» and «refund» as one topic', () => {
    const events = [
      ...Array.from({ length: 3 }, () => ev('2026-W48', { topic: 'reembolso' })),
      ...Array.from({ length: 2 }, () => ev('2026-W48', { topic: 'refund', lang: 'en' })),
      ev('2026-W48', { topic: 'envío' }),
      ev('2026-W48', { kind: 'finding', type: 'blame', action: 'sent', topic: 'invoice' }),
    ];
    const topics = mergedTopics(events);
    expect(topics.moments.anger).toEqual([{ key: 'refund', count: 5 }, { key: 'shipping', count: 1 }]);
    expect(topics.findings.blame).toEqual([{ key: 'invoice', count: 1 }]);
    expect(topics.all[0]).toEqual({ key: 'refund', count: 5 });
  });

  it('names the biggest changes and the topic most of one is about', () => {
    const weeks = weeksEnding('2026-W48', 2);
    const events = [
      ...Array.from({ length: 6 }, () => ev('2026-W47', { type: 'broken-promise' })),
      ...Array.from({ length: 7 }, (_, i) => ev('2026-W48', { type: 'broken-promise', topic: i < 4 ? 'reembolso' : 'refund' })),
      ...Array.from({ length: 10 }, () => ev('2026-W47', { type: 'anger', topic: 'envío' })),
      ...Array.from({ length: 2 }, () => ev('2026-W48', { type: 'anger', topic: 'envío' })),
      ev('2026-W48', { type: 'urgency' }),
    ];
    const items = headline(weeklyTrend(weeks, events), events);
    expect(items.map((i) => [i.id, i.current, i.previous, i.percent, i.topic])).toEqual([
      ['anger', 2, 10, -80, 'shipping'],
      ['broken-promise', 7, 6, 17, 'refund'],
    ]);
    expect(headline(weeklyTrend(weeks, []), [])).toEqual([]);
  });

  it('says who is missing from a week', () => {
    expect(missingAgents(['luis', 'ana', 'marta', 'ana'], ['ana'])).toEqual(['luis', 'marta']);
  });
});

describe('ticket links', () => {
  const hosts = { zendesk: 'acme', freshdesk: 'help.acme.com' };
  it('builds the helpdesk’s own ticket URL from the host', () => {
    expect(ticketUrl('zendesk', '1234', hosts)).toBe('https://acme.zendesk.com/agent/tickets/1234');
    expect(ticketUrl('freshdesk', '77', hosts)).toBe('https://help.acme.com/a/tickets/77');
    expect(ticketUrl('gmail', '18c2f0a1b2c3d4e5', hosts)).toBe('https://mail.google.com/mail/u/0/#all/18c2f0a1b2c3d4e5');
  });

  it('gives no link without a host, for unknown references or odd numbers', () => {
    expect(ticketUrl('zendesk', '1234', { zendesk: '', freshdesk: '' })).toBeNull();
    expect(ticketUrl('zendesk', 'unknown', hosts)).toBeNull();
    expect(ticketUrl('gmail', 'unknown', hosts)).toBeNull();
    expect(ticketUrl('freshdesk', 'abc', hosts)).toBeNull();
  });

  it('cleans typed hosts and prefers them to custom domains', () => {
    expect(normaliseHost('zendesk', ' https://Acme.zendesk.com/agent/ ')).toBe('acme.zendesk.com');
    expect(normaliseHost('freshdesk', 'acme')).toBe('acme.freshdesk.com');
    expect(normaliseHost('zendesk', 'evil.com"><script>')).toBe('');
    expect(normaliseHost('zendesk', 'javascript:alert(1)')).toBe('');
    const domains = [{ host: 'support.acme.com', helpdesk: 'zendesk' }];
    expect(ticketHosts(domains, {})).toEqual({ zendesk: 'support.acme.com', freshdesk: '' });
    expect(ticketHosts(domains, { zendesk: 'other' })).toEqual({ zendesk: 'other.zendesk.com', freshdesk: '' });
  });
});

describe('the palette', () => {
  it('gives every category its own colour', () => {
    const colours = [...MOMENT_IDS.map((id) => MOMENT_COLORS[id]), ...RULE_IDS.map((id) => RULE_COLORS[id])].map((c) => c?.toLowerCase());
    expect(colours.every((c) => /^#[0-9a-f]{6}$/.test(c ?? ''))).toBe(true);
    expect(new Set(colours).size).toBe(MOMENT_IDS.length + RULE_IDS.length);
    expect(new Set(COMPARE_COLORS).size).toBe(COMPARE_COLORS.length);
    expect(new Set(GUARD_COLORS).size).toBe(GUARD_COLORS.length);
  });
});
