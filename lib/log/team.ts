/**
 * What a team lead asks of the log, as pure functions over events (no Dexie, no DOM):
 * the trend over several weeks, the per-agent table with the team's average, the tickets
 * behind any number, topics merged across languages, and a headline of the biggest changes.
 * Each takes the events once and makes one pass over them: the dashboard recomputes them on
 * every week or agent switch (bench: tests/bench/log.ts).
 */
import { MOMENT_IDS, RULE_IDS, type MomentId, type RuleId } from '../analysis/types';
import type { LogEvent } from './messaging';
import { topicKey } from './topic-map';
import { shiftWeek, weekRange } from './week';

export type TeamEvent = LogEvent & { t?: number };

const timeOf = (e: TeamEvent) => e.t ?? Date.parse(e.at);

/** The `count` weeks ending with `last`, oldest first. */
export function weeksEnding(last: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => shiftWeek(last, i - count + 1));
}

/** A function giving the index in `weeks` (consecutive, oldest first) of an instant, or -1. */
export function weekIndexer(weeks: string[]): (t: number) => number {
  const bounds = weeks.map((w) => weekRange(w)[0]);
  if (weeks.length) bounds.push(weekRange(weeks[weeks.length - 1])[1]);
  return (t) => {
    if (!(t >= bounds[0] && t < bounds[bounds.length - 1])) return -1;
    let lo = 0;
    let hi = bounds.length - 1;
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      if (t >= bounds[mid]) lo = mid;
      else hi = mid;
    }
    return lo;
  };
}

// ───────────────────────────── trend ─────────────────────────────

export interface Trend {
  weeks: string[];
  /** One count per week, per moment and per rule. */
  moments: Record<MomentId, number[]>;
  findings: Record<RuleId, number[]>;
  events: number[];
}

const perId = <K extends string>(ids: readonly K[], length: number) =>
  Object.fromEntries(ids.map((id) => [id, new Array<number>(length).fill(0)])) as Record<K, number[]>;

/** Counts per week (oldest first) of each moment and rule; events outside the weeks are ignored. */
export function weeklyTrend(weeks: string[], events: Iterable<TeamEvent>): Trend {
  const trend: Trend = { weeks, moments: perId(MOMENT_IDS, weeks.length), findings: perId(RULE_IDS, weeks.length), events: new Array<number>(weeks.length).fill(0) };
  const indexOf = weekIndexer(weeks);
  for (const e of events) {
    const i = indexOf(timeOf(e));
    if (i < 0) continue;
    trend.events[i]++;
    const series = e.kind === 'moment' ? (trend.moments as Record<string, number[]>)[e.type] : (trend.findings as Record<string, number[]>)[e.type];
    if (series) series[i]++;
  }
  return trend;
}

// ───────────────────────────── agents ─────────────────────────────

/** The per-agent table's columns: moments met, then what the agent did with findings. */
export const AGENT_COLUMNS = ['moments', 'sent', 'applied-suggestion', 'revised', 'sent-anyway', 'dismissed'] as const;
export type AgentColumn = (typeof AGENT_COLUMNS)[number];

export interface AgentRow {
  agent: string;
  counts: Record<AgentColumn, number>;
}

export interface AgentTable {
  rows: AgentRow[];
  /** The mean over the agents in `rows`, one decimal. */
  average: Record<AgentColumn, number>;
}

/** The column an event counts in, or undefined (a finding still on screen, say). */
export function agentColumn(e: Pick<LogEvent, 'kind' | 'action'>): AgentColumn | undefined {
  if (e.kind === 'moment') return 'moments';
  const action: string = e.action;
  return action !== 'moments' && (AGENT_COLUMNS as readonly string[]).includes(action) ? (action as AgentColumn) : undefined;
}

const emptyCounts = () => Object.fromEntries(AGENT_COLUMNS.map((c) => [c, 0])) as Record<AgentColumn, number>;

/** One row per agent (sorted by alias) and the team's average beside it. */
export function agentTable(events: Iterable<TeamEvent>): AgentTable {
  const byAgent = new Map<string, Record<AgentColumn, number>>();
  for (const e of events) {
    let counts = byAgent.get(e.agent);
    if (!counts) byAgent.set(e.agent, (counts = emptyCounts()));
    const column = agentColumn(e);
    if (column) counts[column]++;
  }
  const rows = [...byAgent].map(([agent, counts]) => ({ agent, counts })).sort((a, b) => a.agent.localeCompare(b.agent));
  const average = emptyCounts();
  for (const column of AGENT_COLUMNS) {
    const total = rows.reduce((n, r) => n + r.counts[column], 0);
    average[column] = rows.length ? Math.round((total / rows.length) * 10) / 10 : 0;
  }
  return { rows, average };
}

// ───────────────────────────── drill-down ─────────────────────────────

/** What a clicked number, bar or topic stands for. Every field left out matches anything. */
export interface EventFilter {
  week?: string;
  /** A local day, `YYYY-MM-DD`. */
  day?: string;
  kind?: 'moment' | 'finding';
  type?: string;
  action?: string;
  /** A per-agent column (moments met, or one action on findings). */
  column?: AgentColumn;
  agent?: string;
  /** A merge key (topicKey): «reembolso» and «refund» are one topic. */
  topic?: string;
}

/** [start, end) of a local day in epoch ms. */
function dayRange(day: string): [number, number] {
  const [y, m, d] = day.split('-').map(Number);
  return [new Date(y, m - 1, d).getTime(), new Date(y, m - 1, d + 1).getTime()];
}

export function eventMatcher(filter: EventFilter): (e: TeamEvent) => boolean {
  const range = filter.week ? weekRange(filter.week) : undefined;
  const day = filter.day ? dayRange(filter.day) : undefined;
  return (e) => {
    if (range || day) {
      const t = timeOf(e);
      if (range && (t < range[0] || t >= range[1])) return false;
      if (day && (t < day[0] || t >= day[1])) return false;
    }
    if (filter.kind && e.kind !== filter.kind) return false;
    if (filter.type && e.type !== filter.type) return false;
    if (filter.action && e.action !== filter.action) return false;
    if (filter.column && agentColumn(e) !== filter.column) return false;
    if (filter.agent !== undefined && e.agent !== filter.agent) return false;
    if (filter.topic !== undefined && topicKey(e.topic) !== filter.topic) return false;
    return true;
  };
}

export interface TicketRow {
  helpdesk: LogEvent['helpdesk'];
  ticket: string;
  /** Matching events on this ticket. */
  events: number;
  agents: string[];
  /** The latest matching event's instant (ISO). */
  last: string;
}

/** The tickets behind a filter, the busiest first, then the latest. `unknown` references are kept (not linkable). */
export function ticketsFor(events: Iterable<TeamEvent>, filter: EventFilter): TicketRow[] {
  const match = eventMatcher(filter);
  const rows = new Map<string, TicketRow & { lastT: number }>();
  for (const e of events) {
    if (!match(e)) continue;
    const key = `${e.helpdesk}:${e.ticket}`;
    const t = timeOf(e);
    let row = rows.get(key);
    if (!row) rows.set(key, (row = { helpdesk: e.helpdesk, ticket: e.ticket, events: 0, agents: [], last: e.at, lastT: t }));
    row.events++;
    if (!row.agents.includes(e.agent)) row.agents.push(e.agent);
    if (t > row.lastT) {
      row.lastT = t;
      row.last = e.at;
    }
  }
  return [...rows.values()]
    .sort((a, b) => b.events - a.events || b.lastT - a.lastT || a.ticket.localeCompare(b.ticket))
    .map(({ lastT: _, ...row }) => ({ ...row, agents: row.agents.sort() }));
}

// ───────────────────────────── topics ─────────────────────────────

export interface MergedTopic {
  /** The merge key (English name for mapped topics); show it with topicName(). */
  key: string;
  count: number;
}

export interface MergedTopics {
  moments: Record<MomentId, MergedTopic[]>;
  findings: Record<RuleId, MergedTopic[]>;
  /** All events together. */
  all: MergedTopic[];
}

const MAX_TOPICS = 5;

function ranked(counts: Map<string, number> | undefined, limit: number): MergedTopic[] {
  if (!counts) return [];
  return [...counts]
    .map(([key, count]) => ({ key, count }))
    .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key))
    .slice(0, limit);
}

/** Topics per moment, per rule and overall, merged across es/en, most frequent first (events without one are left out). */
export function mergedTopics(events: Iterable<TeamEvent>, limit = MAX_TOPICS): MergedTopics {
  const counts = new Map<string, Map<string, number>>();
  const bump = (group: string, key: string) => {
    let map = counts.get(group);
    if (!map) counts.set(group, (map = new Map()));
    map.set(key, (map.get(key) ?? 0) + 1);
  };
  const keys = new Map<string, string>();
  for (const e of events) {
    if (!e.topic) continue;
    let key = keys.get(e.topic);
    if (key === undefined) keys.set(e.topic, (key = topicKey(e.topic)));
    bump(`${e.kind}:${e.type}`, key);
    bump('all', key);
  }
  return {
    moments: Object.fromEntries(MOMENT_IDS.map((id) => [id, ranked(counts.get(`moment:${id}`), limit)])) as Record<MomentId, MergedTopic[]>,
    findings: Object.fromEntries(RULE_IDS.map((id) => [id, ranked(counts.get(`finding:${id}`), limit)])) as Record<RuleId, MergedTopic[]>,
    all: ranked(counts.get('all'), limit * 2),
  };
}

// ───────────────────────────── headline ─────────────────────────────

export interface HeadlineItem {
  kind: 'moment' | 'finding';
  id: string;
  current: number;
  previous: number;
  /** Relative change in percent; null when the previous week had none. */
  percent: number | null;
  /** The merged topic behind at least 40 % of this week's count, if one is. */
  topic?: string;
}

/** Below this many events in both weeks together, a change is noise, not news. */
const MIN_EVENTS_FOR_NEWS = 4;
const MOSTLY = 0.4;

/**
 * The biggest changes between the last two weeks of a trend (by absolute change, then by
 * size), at most `limit`, each with the topic most of it is about. `events` are the last
 * week's, for the topics.
 */
export function headline(trend: Trend, events: Iterable<TeamEvent>, limit = 3): HeadlineItem[] {
  const n = trend.weeks.length;
  if (n < 2) return [];
  const candidates: HeadlineItem[] = [];
  const consider = (kind: HeadlineItem['kind'], series: Record<string, number[]>) => {
    for (const [id, values] of Object.entries(series)) {
      const current = values[n - 1];
      const previous = values[n - 2];
      if (current === previous || current + previous < MIN_EVENTS_FOR_NEWS) continue;
      candidates.push({ kind, id, current, previous, percent: previous === 0 ? null : Math.round(((current - previous) / previous) * 100) });
    }
  };
  consider('moment', trend.moments);
  consider('finding', trend.findings);
  const chosen = candidates
    .sort((a, b) => Math.abs(b.current - b.previous) - Math.abs(a.current - a.previous) || b.current - a.current || a.id.localeCompare(b.id))
    .slice(0, limit);
  if (chosen.length === 0) return [];
  const lastWeek = trend.weeks[n - 1];
  const inWeek = eventMatcher({ week: lastWeek });
  const topics = new Map<string, Map<string, number>>();
  const wanted = new Set(chosen.map((c) => `${c.kind}:${c.id}`));
  for (const e of events) {
    const group = `${e.kind}:${e.type}`;
    if (!e.topic || !wanted.has(group) || !inWeek(e)) continue;
    let map = topics.get(group);
    if (!map) topics.set(group, (map = new Map()));
    const key = topicKey(e.topic);
    map.set(key, (map.get(key) ?? 0) + 1);
  }
  for (const item of chosen) {
    const [top] = ranked(topics.get(`${item.kind}:${item.id}`), 1);
    if (top && item.current > 0 && top.count / item.current >= MOSTLY) item.topic = top.key;
  }
  return chosen;
}

/** Agents seen before `week` (in `known`) who have no event in it: who has not sent their file. */
export function missingAgents(known: Iterable<string>, present: Iterable<string>): string[] {
  const here = new Set(present);
  return [...new Set(known)].filter((a) => a && !here.has(a)).sort((a, b) => a.localeCompare(b));
}
