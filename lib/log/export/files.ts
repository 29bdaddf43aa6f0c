/**
 * What every export file shares: the formats the dashboard offers, their MIME types, the
 * file's name, and the order its events are written in.
 */
import type { LogEvent } from '../messaging';

export const EXPORT_FORMATS = ['json', 'csv', 'html'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const MIME: Record<ExportFormat, string> = {
  json: 'application/json',
  csv: 'text/csv;charset=utf-8',
  html: 'text/html;charset=utf-8',
};

/** `tacto-moments-2026-W48.json`; a range of weeks: `tacto-moments-2026-W45_2026-W48.json`. */
export function fileName(week: string, format: ExportFormat, firstWeek = week): string {
  return `tacto-moments-${firstWeek === week ? week : `${firstWeek}_${week}`}.${format}`;
}

/** Events oldest first (ties by id): the order every format writes them in. */
export function sortEvents(events: LogEvent[]): LogEvent[] {
  return [...events].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
