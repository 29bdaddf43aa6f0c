/**
 * The document an event becomes on the team's CouchDB (docs/team-sync.md). Its `_id` is
 * the event's own id (install id + the content script's id), so pushing the same event
 * twice can only meet a conflict, never store a second copy. Fields come from the log's one
 * projection (logEventOf): nothing else a row might carry leaves the browser.
 */
import { logEventOf, type LogEvent } from '../messaging';

/** Marks Tacto's documents apart from anything else a team keeps in the database. */
export const TEAM_DOC_FORMAT = 'tacto-event';
export const TEAM_DOC_VERSION = 1;

export interface TeamDoc extends LogEvent {
  _id: string;
  format: typeof TEAM_DOC_FORMAT;
  v: typeof TEAM_DOC_VERSION;
  /** `at` in epoch ms: the view's key, so a week is one key range whatever the UTC offset. */
  t: number;
}

export function toTeamDoc(event: LogEvent): TeamDoc {
  const e = logEventOf(event);
  return { _id: e.id, format: TEAM_DOC_FORMAT, v: TEAM_DOC_VERSION, t: Date.parse(e.at), ...e };
}

/** The fields a view row carries (the event without its id), in this order. */
export const VIEW_VALUE_FIELDS = ['at', 'helpdesk', 'ticket', 'kind', 'type', 'action', 'lang', 'topic', 'agent'] as const;

/** A view row back to an event (the reader checks shapes again before counting). */
export function eventFromViewRow(id: string, value: unknown): LogEvent | null {
  if (!Array.isArray(value) || value.length !== VIEW_VALUE_FIELDS.length || !value.every((v) => typeof v === 'string')) return null;
  const [at, helpdesk, ticket, kind, type, action, lang, topic, agent] = value as string[];
  return { id, at, helpdesk, ticket, kind, type, action, lang, topic, agent } as LogEvent;
}
