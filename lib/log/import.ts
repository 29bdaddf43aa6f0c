/**
 * Team view: other agents' JSON exports merged into this log. A file is checked whole
 * before anything is written; a bad file changes nothing. Merging skips ids already
 * stored, so importing the same file twice changes nothing either. This file checks and counts
 * (pure); ./import-merge.ts writes.
 */
import { isEventId, isEventReport, isRealInstant, type LogEvent } from './messaging';
import { EXPORT_FORMAT_NAME, EXPORT_VERSION } from './export';
import { isoWeek, isWeek } from './week';

/** Larger files are refused before they are read (a year of a busy team is ~40 MB). */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;
export const MAX_IMPORT_EVENTS = 250_000;

export type ImportErrorCode =
  | 'too-large'
  | 'empty'
  | 'not-json'
  | 'truncated'
  | 'format'
  | 'version'
  | 'invalid-header'
  | 'invalid-event'
  | 'duplicate-id'
  | 'too-many';

export interface ImportError {
  ok: false;
  code: ImportErrorCode;
  /**
   * For 'version': the version found; for 'invalid-header': the header field; for
   * 'invalid-event' and 'duplicate-id': the (1-based) number of the first bad event and what is wrong.
   */
  detail?: string;
}

export interface ParsedExport {
  ok: true;
  agent: string;
  week: string;
  generatedAt: string;
  events: LogEvent[];
}

const SAFE_TOPIC = /^(?:\p{Ll}+(?: \p{Ll}+){0,2})?$/u;
/** An agent alias: 1–80 characters, no control, format or line-separator characters. */
const SAFE_ALIAS = /^[^\p{Cc}\p{Cf}\p{Zl}\p{Zp}]{1,80}$/u;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** What is wrong with an exported event, or null when it is well-formed. */
export function eventProblem(value: unknown): string | null {
  if (!isRecord(value)) return 'not an object';
  const { topic, agent, id } = value;
  if (!isEventId(id)) return 'id';
  if (typeof topic !== 'string' || topic.length > 40 || !SAFE_TOPIC.test(topic)) return 'topic';
  if (typeof agent !== 'string' || (agent !== '' && !SAFE_ALIAS.test(agent))) return 'agent';
  // The rest has the shape of a content-script report (without topicSource).
  if ('topicSource' in value) return 'topicSource';
  if (!isEventReport({ ...value, id: 'x', topic: undefined, agent: undefined })) return 'fields';
  return null;
}

/** Parses and checks a whole file; nothing is stored here. */
export function parseExport(text: string, size = text.length): ParsedExport | ImportError {
  if (size > MAX_IMPORT_BYTES) return { ok: false, code: 'too-large' };
  const trimmed = text.trim();
  if (!trimmed) return { ok: false, code: 'empty' };
  let data: unknown;
  try {
    data = JSON.parse(trimmed);
  } catch {
    // Looks like JSON that stops early: a download cut short or a file copied in part.
    const truncated = /^[{[]/.test(trimmed) && !/[}\]]$/.test(trimmed);
    return { ok: false, code: truncated ? 'truncated' : 'not-json' };
  }
  if (!isRecord(data) || data.format !== EXPORT_FORMAT_NAME) return { ok: false, code: 'format' };
  if (data.version !== EXPORT_VERSION) return { ok: false, code: 'version', detail: String(data.version) };
  const { agent, week, generatedAt, events } = data;
  if (!Array.isArray(events)) return { ok: false, code: 'format' };
  if (typeof agent !== 'string' || !SAFE_ALIAS.test(agent)) return { ok: false, code: 'invalid-header', detail: 'agent' };
  if (!isWeek(week)) return { ok: false, code: 'invalid-header', detail: 'week' };
  if (!isRealInstant(generatedAt)) return { ok: false, code: 'invalid-header', detail: 'generatedAt' };
  // Files of a range of weeks list them; one-week files from older versions do not.
  if ('weeks' in data && !(Array.isArray(data.weeks) && data.weeks.length <= 520 && data.weeks.every(isWeek))) return { ok: false, code: 'invalid-header', detail: 'weeks' };
  if (events.length > MAX_IMPORT_EVENTS) return { ok: false, code: 'too-many' };
  const seen = new Map<string, string>();
  for (let i = 0; i < events.length; i++) {
    const problem = eventProblem(events[i]);
    if (problem) return { ok: false, code: 'invalid-event', detail: `${i + 1} (${problem})` };
    const event = events[i] as LogEvent;
    const content = JSON.stringify([event.at, event.helpdesk, event.ticket, event.kind, event.type, event.action, event.lang, event.topic, event.agent]);
    const earlier = seen.get(event.id);
    if (earlier !== undefined && earlier !== content) return { ok: false, code: 'duplicate-id', detail: `${i + 1} (id ${event.id})` };
    seen.set(event.id, content);
  }
  // One id twice with the same content is one event.
  const unique = [...new Map((events as LogEvent[]).map((e) => [e.id, e])).values()];
  const labelled = unique.map((e) => ({
    id: e.id,
    at: e.at,
    helpdesk: e.helpdesk,
    ticket: e.ticket,
    kind: e.kind,
    type: e.type,
    action: e.action,
    lang: e.lang,
    topic: e.topic,
    // Events without an agent are labelled with the alias of the file they came in.
    agent: e.agent || agent,
  }));
  return { ok: true, agent, week, generatedAt, events: labelled };
}

/** One agent's week in an imported file: the roll call's line. */
export interface RollCallLine {
  agent: string;
  week: string;
  events: number;
  added: number;
}

/** Groups a file's events by agent and week, counting those that were new. */
export function rollCall(events: LogEvent[], fresh: ReadonlySet<string>): RollCallLine[] {
  const lines = new Map<string, RollCallLine>();
  for (const e of events) {
    const week = isoWeek(new Date(e.at));
    const key = `${e.agent}|${week}`;
    let line = lines.get(key);
    if (!line) lines.set(key, (line = { agent: e.agent, week, events: 0, added: 0 }));
    line.events++;
    if (fresh.has(e.id)) line.added++;
  }
  return [...lines.values()].sort((a, b) => a.agent.localeCompare(b.agent) || (a.week < b.week ? -1 : a.week > b.week ? 1 : 0));
}
