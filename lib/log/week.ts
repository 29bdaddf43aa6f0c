/**
 * ISO 8601 weeks (Monday first; week 1 holds the year's first Thursday) in the local
 * time of the machine showing the log, as `YYYY-Www`.
 */
export const WEEK_PATTERN = /^(\d{4})-W(\d{2})$/;

const DAY_MS = 86_400_000;

/** The ISO week of a moment, in local time. */
export function isoWeek(date: Date): string {
  const day = new Date(date.getFullYear(), date.getMonth(), date.getDate());
  const weekday = (day.getDay() + 6) % 7; // Monday = 0
  day.setDate(day.getDate() - weekday + 3); // the Thursday of this week decides the year
  const year = day.getFullYear();
  const firstThursday = new Date(year, 0, 4);
  firstThursday.setDate(firstThursday.getDate() - ((firstThursday.getDay() + 6) % 7) + 3);
  const week = 1 + Math.round((day.getTime() - firstThursday.getTime()) / (7 * DAY_MS));
  return `${year}-W${String(week).padStart(2, '0')}`;
}

export function isWeek(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = WEEK_PATTERN.exec(value);
  if (!match) return false;
  const n = Number(match[2]);
  return n >= 1 && n <= 53 && isoWeek(weekStart(value)) === value;
}

/** Local midnight of the week's Monday. */
export function weekStart(week: string): Date {
  const match = WEEK_PATTERN.exec(week);
  if (!match) throw new Error(`not an ISO week: ${week}`);
  const year = Number(match[1]);
  const n = Number(match[2]);
  const jan4 = new Date(year, 0, 4);
  const monday = new Date(year, 0, 4 - ((jan4.getDay() + 6) % 7));
  monday.setDate(monday.getDate() + (n - 1) * 7);
  return monday;
}

/** [start, end) of the week in epoch ms (local time; DST-safe). */
export function weekRange(week: string): [number, number] {
  const start = weekStart(week);
  const end = new Date(start);
  end.setDate(end.getDate() + 7);
  return [start.getTime(), end.getTime()];
}

/** The week `offset` weeks away (negative: earlier). */
export function shiftWeek(week: string, offset: number): string {
  const start = weekStart(week);
  start.setDate(start.getDate() + offset * 7 + 3);
  return isoWeek(start);
}

/** The seven local days of the week, `YYYY-MM-DD`. */
export function weekDays(week: string): string[] {
  const start = weekStart(week);
  return Array.from({ length: 7 }, (_, i) => localDay(new Date(start.getFullYear(), start.getMonth(), start.getDate() + i)));
}

/** `YYYY-MM-DD` of a moment in local time. */
export function localDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
