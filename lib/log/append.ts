/**
 * From a content script's report to a stored event: the id gets this install's prefix
 * (unique across agents, stable across retries), the topic is derived from
 * `topicSource`, and the source sentence is dropped. Fields are copied one by one, so
 * nothing a report might carry beyond the contract reaches the log.
 */
import type { EventReport, LogEvent } from './messaging';
import { extractTopic } from './topic';

export function toLogEvents(reports: EventReport[], installId: string, agent: string): LogEvent[] {
  return reports.map((r) => ({
    id: `${installId}:${r.id}`,
    at: r.at,
    helpdesk: r.helpdesk,
    ticket: r.ticket,
    kind: r.kind,
    type: r.type,
    action: r.action,
    lang: r.lang,
    topic: extractTopic(r.topicSource, r.lang),
    agent,
  }));
}
