/**
 * Team view: other agents' JSON exports merged into this log. A file is checked whole
 * before anything is written; a bad file changes nothing. Merging skips ids already
 * stored, so importing the same file twice changes nothing either. This file checks and counts
 * (pure, on the options page and again in the background); ./writer.ts merges, in the
 * background only.
 */
import * as v from 'valibot';
import { isRecord } from '../settings/problems';
import { eventSchema, isRealInstant, type LogEvent, logEventOf } from './messaging';
import { EXPORT_FORMAT_NAME, EXPORT_VERSION } from './export/json';
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

/** An exported event: a report's fields (no topicSource: the sentence never leaves the browser), a topic and an agent. */
const noTopicSource = v.custom<Record<string, unknown>>((value) => typeof value === 'object' && value !== null && !('topicSource' in value));
const exportedEventSchema = v.pipe(
  noTopicSource,
  eventSchema({
    topic: v.pipe(v.string(), v.maxLength(40), v.regex(SAFE_TOPIC)),
    agent: v.union([v.literal(''), v.pipe(v.string(), v.regex(SAFE_ALIAS))]),
  }),
);
type ExportedEvent = v.InferOutput<typeof exportedEventSchema>;

/** What is wrong with an exported event (the first field found wrong), or null when it is well-formed. */
export function eventProblem(value: unknown): string | null {
  const result = v.safeParse(exportedEventSchema, value, { abortEarly: true });
  if (result.success) return null;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'not an object';
  if ('topicSource' in value) return 'topicSource';
  const field = result.issues[0].path?.[0]?.key;
  return field === 'id' || field === 'topic' || field === 'agent' ? field : 'fields';
}

// The header, field by field in the order the errors are reported; `weeks` is listed by
// files of a range of weeks, not by one-week files from older versions.
const headerSchema = v.object({
  agent: v.pipe(v.string(), v.regex(SAFE_ALIAS)),
  week: v.custom<string>(isWeek),
  generatedAt: v.custom<string>(isRealInstant),
  weeks: v.optional(v.pipe(v.array(v.custom<string>(isWeek)), v.maxLength(520))),
});

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
  const { events } = data;
  if (!Array.isArray(events)) return { ok: false, code: 'format' };
  const header = v.safeParse(headerSchema, data, { abortEarly: true });
  if (!header.success) return { ok: false, code: 'invalid-header', detail: String(header.issues[0].path?.[0]?.key) };
  const { agent, week, generatedAt } = header.output;
  if (events.length > MAX_IMPORT_EVENTS) return { ok: false, code: 'too-many' };
  const seen = new Map<string, string>();
  const checked: ExportedEvent[] = [];
  for (let i = 0; i < events.length; i++) {
    const result = v.safeParse(exportedEventSchema, events[i], { abortEarly: true });
    if (!result.success) return { ok: false, code: 'invalid-event', detail: `${i + 1} (${eventProblem(events[i])})` };
    // The schema's output holds the exported fields only, in one order: the same event reads the same.
    const { id, ...content } = result.output;
    const same = JSON.stringify(content);
    const earlier = seen.get(id);
    if (earlier !== undefined && earlier !== same) return { ok: false, code: 'duplicate-id', detail: `${i + 1} (id ${id})` };
    seen.set(id, same);
    checked.push(result.output);
  }
  // One id twice with the same content is one event; events without an agent are
  // labelled with the alias of the file they came in.
  const unique = [...new Map(checked.map((e) => [e.id, e])).values()];
  return { ok: true, agent, week, generatedAt, events: unique.map((e) => logEventOf({ ...e, agent: e.agent || agent } as LogEvent)) };
}

/**
 * A file parseExport accepted, as the options page hands it to the background to merge
 * (`log/import`): the background checks it again with this schema, since the writer
 * trusts no one's checks but its own. Every event has its agent by now.
 */
export const checkedExportSchema = v.object({
  agent: v.pipe(v.string(), v.regex(SAFE_ALIAS)),
  week: v.custom<string>(isWeek),
  generatedAt: v.custom<string>(isRealInstant),
  events: v.pipe(
    v.array(v.pipe(noTopicSource, eventSchema({ topic: v.pipe(v.string(), v.maxLength(40), v.regex(SAFE_TOPIC)), agent: v.pipe(v.string(), v.regex(SAFE_ALIAS)) }))),
    v.maxLength(MAX_IMPORT_EVENTS),
  ),
});

/** One agent's week in an imported file: the roll call's line. */
export interface RollCallLine {
  agent: string;
  week: string;
  events: number;
  added: number;
}

/** What merging a checked file did: its events, how many were new, and the roll call. */
export interface MergeResult {
  events: number;
  added: number;
  /** Per agent and week (of the events, local time), sorted by agent then week. */
  rollCall: RollCallLine[];
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
