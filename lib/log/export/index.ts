/**
 * Weekly exports (ui.md, "The difficult-moment log"): JSON (./json.ts), CSV (./csv.ts) and
 * the printable HTML report (./html-report.ts); ./files.ts holds what they share. Here, the
 * file the dashboard's export button downloads.
 */
import type { Translate } from '../../coach/i18n';
import type { LogEvent } from '../messaging';
import { buildReport } from '../report';
import type { WeekSummary } from '../summary';
import { weeksEnding, type TeamEvent } from '../team';
import { weekRange } from '../week';
import { toCsv } from './csv';
import { fileName, type ExportFormat } from './files';
import { toHtml } from './html-report';
import { toJson } from './json';

/** Weeks of trend in the report of a one-week export. */
export const REPORT_TREND_WEEKS = 8;

/**
 * The file the dashboard's export button downloads: `weeks` weeks ending with the view's
 * week (1 = the week alone), from `events` (the shown agent or team, covering at least those
 * weeks and the report's trend). The HTML report is of the view's week, its trend over the
 * range (or REPORT_TREND_WEEKS).
 */
export function buildExport(args: {
  format: ExportFormat;
  weeks: number;
  view: { week: string; events: LogEvent[]; summary: WeekSummary; previous: WeekSummary };
  events: Array<LogEvent & { t: number }>;
  agent: string;
  team: string;
  generatedAt: string;
  t: Translate;
  lang: 'es' | 'en';
}): { name: string; text: string; events: number } {
  const { format, view } = args;
  const covered = weeksEnding(view.week, args.weeks);
  const [from] = weekRange(covered[0]);
  const [, to] = weekRange(view.week);
  const inRange: TeamEvent[] = args.weeks === 1 ? view.events : args.events.filter((e) => e.t >= from && e.t < to);
  const report = buildReport({ week: view.week, trendWeeks: args.weeks > 1 ? args.weeks : REPORT_TREND_WEEKS, team: args.team, events: args.events });
  const common = { week: view.week, agent: args.agent, generatedAt: args.generatedAt };
  const text =
    format === 'json'
      ? toJson({ ...common, weeks: covered, team: args.team, events: inRange, summary: view.summary, report })
      : format === 'csv'
        ? toCsv(inRange)
        : toHtml({ ...common, team: args.team, summary: view.summary, previous: view.previous, report, t: args.t, lang: args.lang });
  return { name: fileName(view.week, format, covered[0]), text, events: inRange.length };
}
