import { describe, expect, it } from 'vitest';
import type { Finding } from '../../lib/analysis/types';
import type { TicketContext } from '../../lib/helpdesk/adapters/types';
import { findingEvents, momentEvents } from '../../lib/coach/log-events';
import { parseContentMessage } from '../../lib/log/messaging';

const TICKET = { helpdesk: 'zendesk', ticketId: '1234', customerMessage: 'Quiero mi reembolso ya. '.repeat(40) } as TicketContext;
const AT = new Date('2026-11-23T10:00:00.000Z');
const finding = (rule: Finding['rule'], quote: string) => ({ rule, quote, start: 0, end: quote.length, suggestions: [] }) as unknown as Finding;

describe('what the coach tells the log', () => {
  it('one moment event per ticket, moment and day, with a bounded topic source', () => {
    const events = momentEvents(TICKET, ['anger', 'urgency'], 'es', TICKET.customerMessage!, AT);
    expect(events.map((e) => e.id)).toEqual(['moment:zendesk:1234:anger:2026-11-23', 'moment:zendesk:1234:urgency:2026-11-23']);
    expect(events[0]).toMatchObject({ kind: 'moment', action: 'seen', lang: 'es', at: AT.toISOString() });
    expect(events[0].topicSource).toHaveLength(500);
    expect(parseContentMessage({ type: 'log/append', events })).not.toBeNull();
  });

  it('finding events: unique ids, the action chosen per finding, nothing of the draft in a dismissal', () => {
    const findings = [finding('unrealistic-commitment', 'en 5 minutos'), finding('blame', 'usted no leyó')];
    const events = findingEvents(TICKET, findings, (f) => (f.rule === 'blame' ? 'dismissed' : 'sent-anyway'), 'es', AT);
    expect(new Set(events.map((e) => e.id)).size).toBe(2);
    expect(events.map((e) => [e.type, e.action])).toEqual([['unrealistic-commitment', 'sent-anyway'], ['blame', 'dismissed']]);
    expect(events[0].topicSource).toBe('en 5 minutos');
    expect(events[1].topicSource).toBe(TICKET.customerMessage!.slice(0, 500));
    expect(parseContentMessage({ type: 'log/append', events })).not.toBeNull();
  });

  it('nothing before the ticket is read', () => {
    expect(findingEvents(undefined, [finding('blame', 'x')], () => 'sent', 'es', AT)).toEqual([]);
  });
});
