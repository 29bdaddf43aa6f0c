/** Test events: a week of one agent's log, made deterministically. */
import { MOMENT_IDS, RULE_IDS } from '../../lib/analysis/types';
import type { LogEvent } from '../../lib/log/messaging';
import { weekRange } from '../../lib/log/week';

const TOPICS = ['reembolso', 'envío', 'factura', '', 'refund'];
const ACTIONS = ['sent', 'applied-suggestion', 'revised', 'sent-anyway'] as const;

export function makeEvents(week: string, count: number, agent = 'ana', prefix = agent): LogEvent[] {
  const [start, end] = weekRange(week);
  return Array.from({ length: count }, (_, i) => {
    const moment = i % 3 === 0;
    return {
      id: `${prefix}:${moment ? 'moment' : 'finding'}:${i}`,
      at: new Date(start + Math.floor(((end - start - 1) * i) / Math.max(1, count))).toISOString(),
      helpdesk: (['zendesk', 'freshdesk', 'gmail'] as const)[i % 3],
      ticket: String(1000 + (i % 50)),
      kind: moment ? 'moment' : 'finding',
      type: moment ? MOMENT_IDS[i % MOMENT_IDS.length] : RULE_IDS[i % RULE_IDS.length],
      action: moment ? 'seen' : ACTIONS[i % ACTIONS.length],
      lang: i % 2 ? 'es' : 'en',
      topic: TOPICS[i % TOPICS.length],
      agent,
    } satisfies LogEvent;
  });
}

/** The i-th broken promise Ana saw on the week's Wednesday, a minute apart, es and en alternating. */
export function brokenPromise(week: string, i: number, topic: string): LogEvent {
  const [start] = weekRange(week);
  return {
    id: `bp-${week}-${i}`,
    at: new Date(start + 86_400_000 * 2 + i * 60_000).toISOString(),
    helpdesk: 'zendesk',
    ticket: String(500 + i),
    kind: 'moment',
    type: 'broken-promise',
    action: 'seen',
    lang: i % 2 ? 'en' : 'es',
    topic,
    agent: 'ana',
  };
}
