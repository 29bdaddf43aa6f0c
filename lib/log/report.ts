/**
 * The report a lead forwards, as data: the week and its dates, the team, the headline of
 * the biggest changes, the trend, the per-agent table and the merged topics. The HTML, JSON
 * and dashboard views are all drawn from this one structure (pure; no DOM).
 */
import type { Translate } from '../coach/i18n';
import { momentLabel, ruleLabel } from './labels';
import { agentTable, headline, mergedTopics, weeklyTrend, weeksEnding, eventMatcher, type AgentTable, type HeadlineItem, type MergedTopics, type TeamEvent, type Trend } from './team';
import { topicName } from './topic-map';
import { weekDays } from './week';

export interface TeamReport {
  /** The report's week (the last of the trend). */
  week: string;
  /** The team's name ('' when none is set). */
  team: string;
  headline: HeadlineItem[];
  trend: Trend;
  /** The week's per-agent table. */
  agents: AgentTable;
  /** The week's topics per moment, per rule and overall, merged across languages. */
  topics: MergedTopics;
}

/** Builds the report of `week` with a trend over `trendWeeks` weeks, from events covering them. */
export function buildReport(args: { week: string; trendWeeks: number; team: string; events: TeamEvent[] }): TeamReport {
  const weeks = weeksEnding(args.week, Math.max(2, args.trendWeeks));
  const trend = weeklyTrend(weeks, args.events);
  const inWeek = eventMatcher({ week: args.week });
  const weekEvents = args.events.filter(inWeek);
  return {
    week: args.week,
    team: args.team,
    headline: headline(trend, weekEvents),
    trend,
    agents: agentTable(weekEvents),
    topics: mergedTopics(weekEvents),
  };
}

/** «23 Nov – 29 Nov 2026» in the reader's language. */
export function weekDates(week: string, lang: string): string {
  const days = weekDays(week);
  const date = (d: string, options: Intl.DateTimeFormatOptions) => {
    const [y, m, day] = d.split('-').map(Number);
    return new Intl.DateTimeFormat(lang, options).format(new Date(y, m - 1, day));
  };
  return `${date(days[0], { day: 'numeric', month: 'short' })} – ${date(days[6], { day: 'numeric', month: 'short', year: 'numeric' })}`;
}

/** «+17 %», «−80 %», or «+5 (none the week before)». */
export function changeText(t: Translate, item: Pick<HeadlineItem, 'current' | 'percent'>): string {
  if (item.percent === null) return t('dashHeadlineNew', String(item.current));
  return `${item.percent > 0 ? '+' : item.percent < 0 ? '−' : ''}${Math.abs(item.percent)} %`;
}

/** One sentence per change: «Broken promise +17 %, mostly refund». */
export function headlineText(t: Translate, lang: 'es' | 'en', items: HeadlineItem[]): string[] {
  return items.map((item) => {
    const label = item.kind === 'moment' ? momentLabel(t, item.id) : ruleLabel(t, item.id);
    return item.topic ? t('dashHeadlineItemTopic', label, changeText(t, item), topicName(item.topic, lang)) : t('dashHeadlineItem', label, changeText(t, item));
  });
}

/** Short week labels for a trend's axis: «W47». */
export function shortWeek(week: string): string {
  return week.slice(5);
}
