/**
 * Queries over the log: a week's events, the agents in it, the retention setting. Writes
 * (retention passes, deletion) are ./writer.ts's, the background's alone.
 */
import type { StoredEvent, TactoDatabase } from './db';
import { summarize, type WeekSummary } from './summary';
import { isoWeek, shiftWeek, weekRange } from './week';

export const DEFAULT_RETENTION_WEEKS = 26;

/** The retention setting, whether or not the settings carry it yet (default 26 weeks). */
export function retentionWeeks(settings: object): number {
  const value = (settings as { retentionWeeks?: unknown }).retentionWeeks;
  return typeof value === 'number' && Number.isFinite(value) && value >= 1 ? Math.floor(value) : DEFAULT_RETENTION_WEEKS;
}

/** Events of one ISO week (local time), optionally of one agent, in time order. */
export async function weekEvents(db: TactoDatabase, week: string, agent?: string): Promise<StoredEvent[]> {
  const [start, end] = weekRange(week);
  // raw(): no reading hooks (none are used), a little faster on thousands of rows.
  const events = await db.events.where('t').between(start, end, true, false).raw().toArray();
  return agent ? events.filter((e) => e.agent === agent) : events;
}

export interface WeekView {
  week: string;
  events: StoredEvent[];
  summary: WeekSummary;
  previous: WeekSummary;
}

/** What the dashboard shows for a week: its events and summary, and the previous week's summary. */
export async function loadWeek(db: TactoDatabase, week: string, agent?: string): Promise<WeekView> {
  const previousWeek = shiftWeek(week, -1);
  const [events, before] = await Promise.all([weekEvents(db, week, agent), weekEvents(db, previousWeek, agent)]);
  return { week, events, summary: summarize(week, events), previous: summarize(previousWeek, before) };
}

/** Events of `count` consecutive weeks ending with `last` (all agents, or one), for trends and drill-downs. */
export async function loadRange(db: TactoDatabase, last: string, count: number, agent?: string): Promise<StoredEvent[]> {
  const [start] = weekRange(shiftWeek(last, 1 - count));
  const [, end] = weekRange(last);
  const events = await db.events.where('t').between(start, end, true, false).raw().toArray();
  return agent ? events.filter((e) => e.agent === agent) : events;
}

/** The week the dashboard opens on: the latest one holding events (up to now), else the current week. */
export async function latestWeek(db: TactoDatabase, now: Date): Promise<string> {
  const current = isoWeek(now);
  const last = await db.events.where('t').below(weekRange(current)[1]).last();
  return last ? isoWeek(new Date(last.t)) : current;
}

/**
 * The same view as loadWeek, from events already read (all agents, covering the week and
 * the one before): the dashboard's trend cache holds them, so a week switch needs no query.
 */
export function weekViewFrom(week: string, events: StoredEvent[], agent?: string): WeekView {
  const previousWeek = shiftWeek(week, -1);
  const [start, end] = weekRange(week);
  const [previousStart] = weekRange(previousWeek);
  const current: StoredEvent[] = [];
  const before: StoredEvent[] = [];
  for (const e of events) {
    if (agent && e.agent !== agent) continue;
    if (e.t >= start && e.t < end) current.push(e);
    else if (e.t >= previousStart && e.t < start) before.push(e);
  }
  return { week, events: current, summary: summarize(week, current), previous: summarize(previousWeek, before) };
}

/** Agent aliases in the log (own and imported), sorted. */
export async function agents(db: TactoDatabase): Promise<string[]> {
  return (await db.events.orderBy('agent').uniqueKeys()).map(String);
}

/** Weeks the picker offers: from the current week back over the retention, plus any week holding events. */
export async function weekOptions(db: TactoDatabase, now: Date, retention: number): Promise<string[]> {
  const current = isoWeek(now);
  const weeks = new Set<string>();
  for (let i = 0; i < retention; i++) weeks.add(shiftWeek(current, -i));
  const [first, last] = await Promise.all([db.events.orderBy('t').first(), db.events.orderBy('t').last()]);
  for (const event of [first, last]) if (event) weeks.add(isoWeek(new Date(event.t)));
  if (first && last) {
    // Imported files may hold weeks outside the window: offer every week between.
    let week = isoWeek(new Date(first.t));
    const end = isoWeek(new Date(last.t));
    for (let guard = 0; week <= end && guard < 520; guard++, week = shiftWeek(week, 1)) weeks.add(week);
  }
  return [...weeks].sort().reverse();
}

/** True for a full disk or a used-up quota, however Dexie wraps it. */
export function isQuotaError(error: unknown): boolean {
  for (let e = error as { name?: string; inner?: unknown } | undefined, depth = 0; e && depth < 4; e = e.inner as typeof e, depth++) {
    if (e.name === 'QuotaExceededError' || e.name === 'DiskFull') return true;
  }
  return false;
}

export function errorText(error: unknown): string {
  if (error instanceof Error || (typeof error === 'object' && error !== null && 'message' in error)) {
    const e = error as { name?: string; message?: string };
    return `${e.name ?? 'Error'}: ${e.message ?? ''}`;
  }
  return String(error);
}
