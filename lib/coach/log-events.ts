/**
 * What the coach tells the log (lib/log/messaging.ts's EventReport): the ticket's customer
 * moments when the agent opens it, and what became of each finding. Built here, sent by
 * the session through its `report` dependency.
 */
import type { Finding, Lang, MomentId } from '../analysis/types';
import type { TicketContext } from '../helpdesk/adapters/types';
import type { EventAction, EventReport } from '../log/messaging';

/** The most of a sentence a report carries for the background's topic (it never stores it). */
const TOPIC_SOURCE_MAX = 500;

let eventCounter = 0;
/** A finding event's id: unique, so every press or send is counted once. */
function eventId(prefix: string): string {
  const random = globalThis.crypto?.randomUUID?.() ?? `${Date.now()}-${Math.random().toString(36).slice(2)}`;
  return `${prefix}:${random}:${++eventCounter}`;
}

/** The ticket's customer moments, seen now. */
export function momentEvents(ticket: TicketContext, moments: MomentId[], lang: Lang, message: string, at: Date): EventReport[] {
  const day = at.toISOString().slice(0, 10);
  return moments.map((type) => ({
    // One event per ticket, moment and day: a retry or a second visit stores nothing new.
    id: `moment:${ticket.helpdesk}:${ticket.ticketId}:${type}:${day}`,
    at: at.toISOString(),
    helpdesk: ticket.helpdesk,
    ticket: ticket.ticketId,
    kind: 'moment',
    type,
    action: 'seen',
    lang,
    topicSource: message.slice(0, TOPIC_SOURCE_MAX),
  }));
}

/** What the agent did with these findings; none before the ticket is read (no ticket to log against). */
export function findingEvents(ticket: TicketContext | undefined, findings: Finding[], action: (f: Finding) => EventAction, lang: Lang, at: Date): EventReport[] {
  if (!ticket) return [];
  const when = at.toISOString();
  return findings.map((f) => {
    const act = action(f);
    return {
      id: eventId('finding'),
      at: when,
      helpdesk: ticket.helpdesk,
      ticket: ticket.ticketId,
      kind: 'finding' as const,
      type: f.rule,
      action: act,
      lang,
      // A dismissal carries no phrase of the draft: its topic comes from the ticket's customer message.
      topicSource: act === 'dismissed' ? ticket.customerMessage?.slice(0, TOPIC_SOURCE_MAX) : f.quote.slice(0, TOPIC_SOURCE_MAX),
    };
  });
}
