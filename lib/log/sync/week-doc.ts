/**
 * Week documents (docs/team-sync.md, "Week documents"): beside one document per event, the
 * team database keeps, per agent alias and UTC ISO week, the events the server already holds
 * as documents, in a compact form of the same fields (what many events share, a label, kept
 * once; a row per event with its own fields). The lead's dashboard reads a week as ≈ 20 such
 * documents instead of ≈ 20,000 view rows (pouchdb-server pays per row read), and gets back
 * exactly the events, so every number is computed by the same functions as before.
 *
 * A week document only grows (the server's validation refuses dropping or changing a row
 * or a label): writing it is a union by event id, so writing the same events twice, from a
 * retried pass or from two browsers of one agent, changes nothing. An agent's week that
 * outgrows one document (WEEK_DOC_ROWS) goes on in a next part.
 */
import type { LogEvent } from '../messaging';
import { toTeamDoc, type TeamDoc } from './doc';

export const WEEK_DOC_FORMAT = 'tacto-week';
export const WEEK_DOC_VERSION = 1;
/** Rows per part: ≈ 0.75 MB of JSON with real ids (≈ 75 bytes a row), well under CouchDB's 8 MB default `max_document_size`. */
export const WEEK_DOC_ROWS = 10_000;
export const WEEK_DOC_PREFIX = 'week:';

/** What many events share: `[helpdesk, kind, type, action, lang, topic]`, stored once per part. */
export type WeekLabel = [helpdesk: string, kind: string, type: string, action: string, lang: string, topic: string];
export const WEEK_LABEL_FIELDS = ['helpdesk', 'kind', 'type', 'action', 'lang', 'topic'] as const;
/** A row: what is the event's own, and the index of its label in the part's `labels`. */
export type WeekRow = [id: string, at: string, ticket: string, label: number];

export interface WeekDoc {
  _id: string;
  _rev?: string;
  format: typeof WEEK_DOC_FORMAT;
  v: typeof WEEK_DOC_VERSION;
  /** The UTC ISO week every row's instant falls in. */
  week: string;
  agent: string;
  part: number;
  /** Only grows: a stored label keeps its index. */
  labels: WeekLabel[];
  /** Sorted by id: the same events always make the same rows. */
  rows: WeekRow[];
}

const DAY_MS = 86_400_000;

/** The ISO week of an instant in UTC (the same instant gives the same week on every machine). */
export function utcIsoWeek(t: number): string {
  const date = new Date(t);
  const day = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
  const weekday = (new Date(day).getUTCDay() + 6) % 7;
  const thursday = new Date(day + (3 - weekday) * DAY_MS);
  const year = thursday.getUTCFullYear();
  const week = 1 + Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * DAY_MS));
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** Monday 00:00 UTC of the week holding `t`, in epoch ms. */
export function utcWeekStart(t: number): number {
  const day = Math.floor(t / DAY_MS) * DAY_MS;
  return day - ((new Date(day).getUTCDay() + 6) % 7) * DAY_MS;
}

/** The id's start shared by every part of an agent's week; parts sort after it. */
export function weekDocPrefix(week: string, agent: string): string {
  return `${WEEK_DOC_PREFIX}${week}:${encodeURIComponent(agent)}:`;
}

export function weekDocId(week: string, agent: string, part: number): string {
  return `${weekDocPrefix(week, agent)}${part}`;
}

function labelOf(doc: TeamDoc): WeekLabel {
  return [doc.helpdesk, doc.kind, doc.type, doc.action, doc.lang, doc.topic];
}

/**
 * A part's events, each with its instant in epoch ms, as the log stores them (one object per
 * row: a week is ≈ 20,000). Rows whose label index points nowhere are left out.
 */
export function eventsOfWeekDoc(doc: WeekDoc): Array<LogEvent & { t: number }> {
  const events: Array<LogEvent & { t: number }> = [];
  for (const row of doc.rows) {
    const label = doc.labels[row[3]];
    if (!label) continue;
    const [id, at, ticket] = row;
    const [helpdesk, kind, type, action, lang, topic] = label;
    events.push({ id, at, helpdesk, ticket, kind, type, action, lang, topic, agent: doc.agent, t: Date.parse(at) } as LogEvent & { t: number });
  }
  return events;
}

/** True for a stored document that looks like a week document (the reader checks each row again). */
export function isWeekDoc(doc: unknown): doc is WeekDoc {
  const d = doc as Partial<WeekDoc> | null;
  return !!d && d.format === WEEK_DOC_FORMAT && typeof d.agent === 'string' && typeof d.week === 'string' && Array.isArray(d.rows) && Array.isArray(d.labels);
}

/** Event documents grouped by (week, agent), the key `weekDocPrefix`. */
export function groupByWeek(docs: Iterable<TeamDoc>): Map<string, { week: string; agent: string; docs: TeamDoc[] }> {
  const groups = new Map<string, { week: string; agent: string; docs: TeamDoc[] }>();
  for (const doc of docs) {
    const week = utcIsoWeek(doc.t);
    const key = weekDocPrefix(week, doc.agent);
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { week, agent: doc.agent, docs: [] }));
    group.docs.push(doc);
  }
  return groups;
}

const byId = (a: WeekRow, b: WeekRow) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);

/** Rows for `docs` in a part whose labels start with `labels` (which gains what it lacks). */
function rowsFor(docs: TeamDoc[], labels: WeekLabel[]): WeekRow[] {
  const index = new Map(labels.map((l, i) => [JSON.stringify(l), i]));
  return docs.map((doc) => {
    const label = labelOf(doc);
    const key = JSON.stringify(label);
    let i = index.get(key);
    if (i === undefined) {
      i = labels.push(label) - 1;
      index.set(key, i);
    }
    return [doc.id, doc.at, doc.ticket, i];
  });
}

/**
 * The documents to write so that the stored parts of one agent's week hold `docs` too:
 * rows already in a part stay as they are (their labels keep their places); new ones fill
 * the last part up to `limit`, then new parts. Returns only the documents that change (none
 * when all are there).
 */
export function mergeWeek(week: string, agent: string, stored: WeekDoc[], docs: Iterable<TeamDoc>, limit = WEEK_DOC_ROWS): WeekDoc[] {
  const have = new Set<string>();
  for (const part of stored) for (const row of part.rows) have.add(row[0]);
  const fresh: TeamDoc[] = [];
  for (const doc of docs) {
    if (have.has(doc.id)) continue;
    have.add(doc.id);
    fresh.push(doc);
  }
  if (fresh.length === 0) return [];
  fresh.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const parts = [...stored].sort((a, b) => a.part - b.part);
  const changed: WeekDoc[] = [];
  const last = parts[parts.length - 1];
  let i = 0;
  if (last && last.rows.length < limit) {
    const take = fresh.slice(0, limit - last.rows.length);
    i = take.length;
    const labels = [...last.labels];
    changed.push({ ...last, labels, rows: [...last.rows, ...rowsFor(take, labels)].sort(byId) });
  }
  let next = last ? last.part + 1 : 0;
  while (i < fresh.length) {
    const take = fresh.slice(i, i + limit);
    i += take.length;
    const labels: WeekLabel[] = [];
    const rows = rowsFor(take, labels);
    changed.push({ _id: weekDocId(week, agent, next), format: WEEK_DOC_FORMAT, v: WEEK_DOC_VERSION, week, agent, part: next, labels, rows });
    next++;
  }
  return changed;
}

/** Week documents for events (the bench's seed and tests build them in one go). */
export function weekDocsFor(events: Iterable<LogEvent>, limit = WEEK_DOC_ROWS): WeekDoc[] {
  const docs: WeekDoc[] = [];
  for (const group of groupByWeek([...events].map(toTeamDoc)).values()) docs.push(...mergeWeek(group.week, group.agent, [], group.docs, limit));
  return docs;
}
