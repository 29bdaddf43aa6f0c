/**
 * The JSON export (ui.md, "The difficult-moment log"): the events, the week's counts and,
 * for a lead, the week's report; read back by lib/log/import.ts.
 */
import type { TeamReport } from '../report';
import type { WeekSummary } from '../summary';
import { type LogEvent, logEventOf } from '../messaging';
import { sortEvents } from './files';

export const EXPORT_FORMAT_NAME = 'tacto-moments';
export const EXPORT_VERSION = 1;

export interface MomentsExport {
  format: typeof EXPORT_FORMAT_NAME;
  version: typeof EXPORT_VERSION;
  /** The last week the file covers (a one-week file: its week). */
  week: string;
  /** Every week the file covers, oldest first (added later: older files lack it). */
  weeks?: string[];
  agent: string;
  /** The team's name, '' when none is set (added later). */
  team?: string;
  generatedAt: string;
  events: LogEvent[];
  /** The counts of `week`. */
  summary: ExportSummary;
  /** The lead's report of `week`: headline, trend over `weeks`, per-agent table, topics (added later). */
  report?: TeamReport;
}

/** The JSON summary: the week's counts, without the per-day series. */
export interface ExportSummary {
  events: number;
  tickets: number;
  agents: WeekSummary['agents'];
  moments: WeekSummary['moments'];
  findings: WeekSummary['findings'];
  actions: WeekSummary['actions'];
  guard: WeekSummary['guard'];
  topics: WeekSummary['topics'];
  perDay: { days: string[]; moments: number[]; findings: number[] };
  /** Added within version 1 (readers ignore it): per rule, findings acted on vs dismissed. */
  ruleTrust?: WeekSummary['trust'];
}

/** Exactly the ten fields, in the contract's order (stored rows carry more). */
export function exportEvent(e: LogEvent): LogEvent {
  return logEventOf(e);
}

export function exportSummary(summary: WeekSummary): ExportSummary {
  const sumPerDay = (series: Record<string, number[]>) =>
    summary.days.map((_, i) => Object.values(series).reduce((n, values) => n + values[i], 0));
  return {
    events: summary.events,
    tickets: summary.tickets,
    agents: summary.agents,
    moments: summary.moments,
    findings: summary.findings,
    actions: summary.actions,
    guard: summary.guard,
    topics: summary.topics,
    perDay: { days: summary.days, moments: sumPerDay(summary.momentsPerDay), findings: sumPerDay(summary.findingsPerDay) },
    ruleTrust: summary.trust,
  };
}

/**
 * The JSON export. Still version 1: what later versions added (`weeks`, `team`, `report`)
 * is optional, so older files import here and these files import in older versions.
 */
export function toJson(args: { week: string; weeks?: string[]; agent: string; team?: string; generatedAt: string; events: LogEvent[]; summary: WeekSummary; report?: TeamReport }): string {
  const file: MomentsExport = {
    format: EXPORT_FORMAT_NAME,
    version: EXPORT_VERSION,
    week: args.week,
    weeks: args.weeks ?? [args.week],
    agent: args.agent,
    team: args.team ?? '',
    generatedAt: args.generatedAt,
    events: sortEvents(args.events).map(exportEvent),
    summary: exportSummary(args.summary),
    ...(args.report ? { report: args.report } : {}),
  };
  return JSON.stringify(file, null, 1);
}
