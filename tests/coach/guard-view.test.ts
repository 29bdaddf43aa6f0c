import { describe, expect, it } from 'vitest';
import type { Commitment, Finding } from '../../lib/analysis/types';
import type { TicketContext } from '../../lib/helpdesk/adapters/types';
import { guardView, sentenceAround } from '../../lib/coach/guard-view';

describe('sentenceAround', () => {
  it('quotes the whole sentence around a commitment, not only its time phrase', () => {
    const text = 'Hola, Marta.\nGracias por escribir. Mañana te lo resuelvo sin falta. ¿Algo más?';
    const start = text.indexOf('Mañana');
    expect(sentenceAround(text, start, start + 'Mañana'.length)).toEqual({ sentence: 'Mañana te lo resuelvo sin falta.', start });
    const mid = text.indexOf('sin falta');
    expect(sentenceAround(text, mid, mid + 3).sentence).toBe('Mañana te lo resuelvo sin falta.');
    expect(sentenceAround('te lo resuelvo en 5 minutos', 15, 27)).toEqual({ sentence: 'te lo resuelvo en 5 minutos', start: 0 });
  });
});

describe('guardView', () => {
  const text = 'Gracias. Mañana te lo resuelvo. Y en 5 minutos te llamo.';
  const at = (quote: string): Commitment => {
    const start = text.indexOf(quote);
    return { start, end: start + quote.length, quote, due: '2026-11-21T00:00:00-05:00', windowBusinessHours: 0.5, realistic: false };
  };
  const tomorrow = at('Mañana');
  const minutes = at('en 5 minutos');
  const finding = { rule: 'unrealistic-commitment', start: tomorrow.start, end: tomorrow.end, quote: 'Mañana', suggestions: ['El lunes te lo resuelvo'] } as Finding;
  const TICKET = { helpdesk: 'freshdesk', ticketId: '7' } as TicketContext;

  it('gives each commitment its sentence, its place in it and the rewrites of its own finding', () => {
    const view = guardView({ commitments: [tomorrow, minutes], text, findings: [finding], context: { timezone: 'America/Lima' }, ticket: TICKET });
    expect(view.commitments.map((c) => [c.sentence, c.markStart, c.markEnd, c.suggestions])).toEqual([
      ['Mañana te lo resuelvo.', 0, 6, ['El lunes te lo resuelvo']],
      ['Y en 5 minutos te llamo.', 2, 14, []],
    ]);
  });

  it('without an explanation, says the engine\'s own figures and the turnaround at the ticket\'s priority', () => {
    const view = guardView({ commitments: [tomorrow], text, findings: [], context: { timezone: 'America/Lima', priority: 'urgent', minBusinessHours: { low: 24, normal: 8, high: 4, urgent: 2 } }, ticket: { ...TICKET, priority: 'urgent', priorityLabel: 'Urgente' } });
    expect(view.commitments[0]).toMatchObject({ due: '2026-11-21T00:00:00-05:00', hoursLeft: '0.5' });
    expect(view).toMatchObject({ priority: 'urgent', priorityLabel: 'Urgente', priorityFromDefault: false, minHours: '2' });
  });

  it('says the default priority was used when the ticket shows none, and uses the interface\'s words when given', () => {
    const view = guardView({
      commitments: [tomorrow],
      text,
      findings: [],
      context: { timezone: 'America/Lima' },
      ticket: TICKET,
      explain: () => ({ due: 'tomorrow', hoursLeft: 'half an hour', minHours: '8 hours' }),
    });
    expect(view).toMatchObject({ priority: 'normal', priorityLabel: undefined, priorityFromDefault: true, minHours: '8 hours' });
    expect(view.commitments[0]).toMatchObject({ due: 'tomorrow', hoursLeft: 'half an hour' });
    expect(guardView({ commitments: [], text, findings: [], context: { timezone: 'America/Lima' }, ticket: undefined }).minHours).toBe('');
  });
});
