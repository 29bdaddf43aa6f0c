/**
 * What the lead's dashboard shows for the week on screen, derived from the trend's events
 * (pure, over lib/log/team.ts): the trend of the chosen agent or the whole team, the
 * per-agent table (always the team), the week's merged topics, the headline and who is
 * missing. The dashboard recomputes it on every week or agent switch.
 */
import type { StoredEvent } from './db';
import type { WeekView } from './store';
import { agentTable, eventMatcher, headline, mergedTopics, missingAgents, weeklyTrend, weeksEnding, type AgentTable, type HeadlineItem, type MergedTopics, type Trend } from './team';

/** Weeks the trend covers (and the longest export range). */
export const TREND_WEEKS = 12;

export interface TeamWeek {
  /** The trend's events of the chosen agent (all of them without one): what an export holds. */
  scoped: StoredEvent[];
  trend: Trend;
  table: AgentTable;
  topics: MergedTopics;
  items: HeadlineItem[];
  missing: string[];
}

/**
 * `rangeEvents`: every agent's events over the TREND_WEEKS weeks ending with the view's week;
 * `agent`: the chosen agent, or '' for the team; `knownAgents`: everyone who ever logged or
 * sent a file, for the roll call's missing names.
 */
export function teamWeek(view: WeekView, rangeEvents: StoredEvent[], agent: string, knownAgents: Iterable<string>): TeamWeek {
  const scoped = agent ? rangeEvents.filter((e) => e.agent === agent) : rangeEvents;
  const trend = weeklyTrend(weeksEnding(view.week, TREND_WEEKS), scoped);
  const weekAll = rangeEvents.filter(eventMatcher({ week: view.week }));
  const table = agentTable(weekAll);
  const topics = mergedTopics(view.events);
  const items = headline(trend, view.events);
  const missing = missingAgents(knownAgents, table.rows.map((r) => r.agent));
  return { scoped, trend, table, topics, items, missing };
}
