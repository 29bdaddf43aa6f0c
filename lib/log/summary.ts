/**
 * Counts for one week of the log: what the dashboard draws and the exports summarise.
 * Pure: events in, numbers out.
 */
import { MOMENT_IDS, RULE_IDS, type MomentId, type RuleId } from '../analysis/types';
import type { LogEvent } from './messaging';
import { ruleTrust, type RuleTrust } from './rule-trust';
import { weekDays, weekStart } from './week';

export const FINDING_ACTIONS = ['sent', 'applied-suggestion', 'revised', 'sent-anyway', 'dismissed'] as const;
export type FindingAction = (typeof FINDING_ACTIONS)[number];

export interface TopicCount {
  topic: string;
  count: number;
}

export interface WeekSummary {
  week: string;
  /** The seven local days, `YYYY-MM-DD`. */
  days: string[];
  events: number;
  tickets: number;
  moments: Record<MomentId, number>;
  findings: Record<RuleId, number>;
  /** Per type, one count per day of the week. */
  momentsPerDay: Record<MomentId, number[]>;
  findingsPerDay: Record<RuleId, number[]>;
  /** What agents did with findings, all rules together. */
  actions: Record<FindingAction, number>;
  /** The send guard (unrealistic commitments): revised, sent anyway, rewrite applied. */
  guard: { revised: number; sentAnyway: number; applied: number };
  /** Top recurring topics per moment (at most 5, most frequent first; '' topics left out). */
  topics: Record<MomentId, TopicCount[]>;
  /** Top topics per finding rule. */
  findingTopics: Record<RuleId, TopicCount[]>;
  agents: Array<{ agent: string; events: number }>;
  /** Per rule: findings acted on (applied, revised) against dismissed (./rule-trust.ts). */
  trust: RuleTrust[];
}

const TOP_TOPICS = 5;

function zeros<K extends string>(keys: readonly K[], make: () => number): Record<K, number>;
function zeros<K extends string, V>(keys: readonly K[], make: () => V): Record<K, V>;
function zeros<K extends string, V>(keys: readonly K[], make: () => V): Record<K, V> {
  return Object.fromEntries(keys.map((k) => [k, make()])) as Record<K, V>;
}

function top(counts: Map<string, number> | undefined): TopicCount[] {
  if (!counts) return [];
  return [...counts]
    .map(([topic, count]) => ({ topic, count }))
    .sort((a, b) => b.count - a.count || a.topic.localeCompare(b.topic))
    .slice(0, TOP_TOPICS);
}

/** Summarises the events of `week` (events outside it are ignored by the per-day counts). */
export function summarize(week: string, iterable: Iterable<LogEvent & { t?: number }>): WeekSummary {
  const events = Array.isArray(iterable) ? iterable : [...iterable];
  const days = weekDays(week);
  const start = weekStart(week);
  // Local midnights bounding each day (DST-safe), so each event needs no Date parsing of its own.
  const bounds = Array.from({ length: 8 }, (_, i) => new Date(start.getFullYear(), start.getMonth(), start.getDate() + i).getTime());
  const dayOf = (t: number) => {
    for (let i = 0; i < 7; i++) if (t < bounds[i + 1]) return t >= bounds[i] ? i : -1;
    return -1;
  };
  const summary: WeekSummary = {
    week,
    days,
    events: 0,
    tickets: 0,
    moments: zeros(MOMENT_IDS, () => 0),
    findings: zeros(RULE_IDS, () => 0),
    momentsPerDay: zeros(MOMENT_IDS, () => [0, 0, 0, 0, 0, 0, 0]),
    findingsPerDay: zeros(RULE_IDS, () => [0, 0, 0, 0, 0, 0, 0]),
    actions: zeros(FINDING_ACTIONS, () => 0),
    guard: { revised: 0, sentAnyway: 0, applied: 0 },
    topics: zeros(MOMENT_IDS, () => [] as TopicCount[]),
    findingTopics: zeros(RULE_IDS, () => [] as TopicCount[]),
    agents: [],
    trust: ruleTrust(events),
  };
  const tickets = new Set<string>();
  const agents = new Map<string, number>();
  const topicCounts = new Map<string, Map<string, number>>();
  for (const event of events) {
    summary.events++;
    tickets.add(`${event.helpdesk}:${event.ticket}`);
    agents.set(event.agent, (agents.get(event.agent) ?? 0) + 1);
    const day = dayOf(event.t ?? Date.parse(event.at));
    if (event.topic) {
      const key = `${event.kind}:${event.type}`;
      let counts = topicCounts.get(key);
      if (!counts) topicCounts.set(key, (counts = new Map()));
      counts.set(event.topic, (counts.get(event.topic) ?? 0) + 1);
    }
    if (event.kind === 'moment') {
      const type = event.type as MomentId;
      if (!(type in summary.moments)) continue;
      summary.moments[type]++;
      if (day >= 0) summary.momentsPerDay[type][day]++;
    } else {
      const type = event.type as RuleId;
      if (!(type in summary.findings)) continue;
      summary.findings[type]++;
      if (day >= 0) summary.findingsPerDay[type][day]++;
      const action = event.action as FindingAction;
      if (action in summary.actions) summary.actions[action]++;
      if (type === 'unrealistic-commitment') {
        if (action === 'revised') summary.guard.revised++;
        else if (action === 'sent-anyway') summary.guard.sentAnyway++;
        else if (action === 'applied-suggestion') summary.guard.applied++;
      }
    }
  }
  summary.tickets = tickets.size;
  summary.agents = [...agents].map(([agent, n]) => ({ agent, events: n })).sort((a, b) => a.agent.localeCompare(b.agent));
  for (const id of MOMENT_IDS) summary.topics[id] = top(topicCounts.get(`moment:${id}`));
  for (const id of RULE_IDS) summary.findingTopics[id] = top(topicCounts.get(`finding:${id}`));
  return summary;
}

export interface CountRow {
  kind: 'moment' | 'finding' | 'action' | 'total';
  id: string;
  current: number;
  previous: number;
  change: number;
  /** Relative change in percent; null when the previous week had none. */
  percent: number | null;
}

/** This week against the previous one, one row per moment, rule and action, then the total. */
export function compare(current: WeekSummary, previous: WeekSummary): CountRow[] {
  const row = (kind: CountRow['kind'], id: string, a: number, b: number): CountRow => ({
    kind,
    id,
    current: a,
    previous: b,
    change: a - b,
    percent: b === 0 ? null : Math.round(((a - b) / b) * 100),
  });
  return [
    ...MOMENT_IDS.map((id) => row('moment', id, current.moments[id], previous.moments[id])),
    ...RULE_IDS.map((id) => row('finding', id, current.findings[id], previous.findings[id])),
    ...FINDING_ACTIONS.map((id) => row('action', id, current.actions[id], previous.actions[id])),
    row('total', 'events', current.events, previous.events),
  ];
}
