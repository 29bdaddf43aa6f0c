/**
 * Turns a time phrase into a due instant (epoch ms) in the context's zone (spec,
 * "Commitments"): durations on the clock; N business days to that day's close;
 * N business hours where the team's open hours add up to N; immediacy = now + 15 min; a day to its business close, or the midnight after it where
 * it has no business hours; a week or month to the close of its last business day.
 */
import { dateOfIndex, indexOfDate, type BusinessCalendar } from './calendar';
import type { TimeSpec } from './lexicon';

export const IMMEDIACY_MINUTES = 15;

/**
 * The first date on or after day `today` with that day of the month (and month / year
 * when given). With a weekday («el martes 17»), the first such date that falls on it;
 * if none does within two years, the first date with the number.
 */
function nextDate(calendar: BusinessCalendar, today: number, day: number, month?: number, year?: number, weekday?: number): number | undefined {
  const t = calendar.day(today);
  let fallback: number | undefined;
  for (let k = 0; k < 24; k++) {
    const cy = t.year + Math.floor((t.month - 1 + k) / 12);
    const cm = ((t.month - 1 + k) % 12) + 1;
    if ((month && cm !== month) || (year && cy !== year)) continue;
    const index = indexOfDate(cy, cm, day);
    if (index < today || dateOfIndex(index).day !== day) continue;
    if (weekday === undefined || calendar.day(index).weekday === weekday) return index;
    fallback ??= index;
  }
  return fallback;
}

/** How far back a day and month without a year still reads as this year's, already gone. */
const RECENT_PAST_DAYS = 183;

/**
 * «el 24 de noviembre» said on 2 December is the day just gone («la queja publicada el 24 de
 * noviembre»), not next year's: no promise is made for a date that has passed.
 */
function isRecentPast(calendar: BusinessCalendar, today: number, day: number, month: number, year?: number): boolean {
  const t = calendar.day(today);
  const index = indexOfDate(year ?? t.year, month, day);
  if (year !== undefined) return index < today;
  return index < today && today - index <= RECENT_PAST_DAYS;
}

/** Due instant in epoch ms, or undefined when the phrase names no reachable date. */
export function resolveDue(spec: TimeSpec, nowMs: number, calendar: BusinessCalendar): number | undefined {
  const today = calendar.indexAt(nowMs);
  switch (spec.kind) {
    case 'duration':
      return nowMs + spec.seconds * 1000;
    case 'immediate':
      return nowMs + IMMEDIACY_MINUTES * 60_000;
    case 'businessDays': {
      const day = calendar.addBusinessDays(today, spec.days);
      return day === undefined ? undefined : calendar.closeOf(day);
    }
    case 'businessHours':
      return calendar.addBusinessHours(nowMs, spec.hours);
    case 'relativeDay':
      return calendar.endOfDay(today + spec.offset);
    case 'weekday': {
      if (spec.day && spec.month && isRecentPast(calendar, today, spec.day, spec.month, spec.year)) return undefined;
      if (spec.day) {
        const day = nextDate(calendar, today, spec.day, spec.month, spec.year, spec.weekday);
        return day === undefined ? undefined : calendar.endOfDay(day);
      }
      // «el lunes»: the next Monday after today (said on a Monday, next week's).
      const ahead = (spec.weekday - calendar.day(today).weekday + 7) % 7 || 7;
      return calendar.endOfDay(today + ahead);
    }
    case 'date': {
      const reading = (day: number, month?: number) => {
        if (month && isRecentPast(calendar, today, day, month, spec.year)) return undefined;
        const index = nextDate(calendar, today, day, month, spec.year);
        return index === undefined ? undefined : calendar.endOfDay(index);
      };
      const due = reading(spec.day, spec.month);
      // A date in figures that reads both ways («by 6/12») falls due at the nearer reading.
      const other = spec.orElse && reading(spec.orElse.day, spec.orElse.month);
      return other === undefined ? due : due === undefined ? other : Math.min(due, other);
    }
    case 'endOfWeek': {
      const monday = today - (calendar.day(today).weekday - 1) + 7 * spec.offset;
      const sunday = monday + 6;
      const last = calendar.lastBusinessDay(spec.offset === 0 ? today : monday, sunday);
      return last === undefined ? calendar.endOfDay(sunday) : calendar.closeOf(last);
    }
    case 'weekend': {
      const sunday = today + ((7 - calendar.day(today).weekday) % 7);
      return calendar.endOfDay(sunday);
    }
    case 'clock': {
      // A time of day with no day named falls due at that time: today, or tomorrow once it has gone by
      // («te escribo antes de las 17:00» said at 18:00 means tomorrow's).
      const minutes = (spec.hour * 60 + spec.minute) * 60_000;
      const at = calendar.boundsOf(today).startMs + minutes;
      return at >= nowMs ? at : calendar.boundsOf(today + 1).startMs + minutes;
    }
    case 'endOfMonth': {
      const { year, month } = calendar.day(today);
      const first = indexOfDate(year, month + spec.offset, 1);
      const lastDay = indexOfDate(year, month + spec.offset + 1, 0);
      const last = calendar.lastBusinessDay(spec.offset === 0 ? today : first, lastDay);
      return last === undefined ? calendar.endOfDay(lastDay) : calendar.closeOf(last);
    }
  }
}
