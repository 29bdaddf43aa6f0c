/**
 * Turns a time phrase into a due instant in the context's zone (spec, "Commitments"):
 * durations on the clock; N business days to that day's close; immediacy = now + 15 min;
 * a day to its business close, or midnight after it where it has no business hours;
 * a week to the close of its last business day.
 */
import type { DateTime } from 'luxon';
import type { BusinessCalendar } from './calendar';
import type { TimeSpec } from './lexicon';

export const IMMEDIACY_MINUTES = 15;

/** The next date with that day (and month, when given) on or after `today`. */
function nextDate(today: DateTime, day: number, month?: number, year?: number): DateTime | undefined {
  if (year && month) {
    const d = today.set({ year, month, day });
    return d.isValid && d.day === day ? d : undefined;
  }
  for (let i = 0; i < 24; i++) {
    const base = today.startOf('month').plus({ months: i });
    if (month && base.month !== month) continue;
    if (day > base.daysInMonth!) continue;
    const d = base.set({ day });
    if (d >= today) return d;
  }
  return undefined;
}

/** «el lunes»: the next such weekday after today; with a date («el martes 17»), that date. */
function weekdayDate(today: DateTime, spec: Extract<TimeSpec, { kind: 'weekday' }>): DateTime | undefined {
  if (spec.day) {
    // Prefer the nearest date that really falls on that weekday; otherwise trust the number.
    for (let i = 0; i < 14; i++) {
      const d = nextDate(today.plus({ months: i }).startOf(i === 0 ? 'day' : 'month'), spec.day, spec.month, spec.year);
      if (d && d.weekday === spec.weekday) return d;
      if (spec.month) break;
    }
    return nextDate(today, spec.day, spec.month, spec.year);
  }
  const ahead = (spec.weekday - today.weekday + 7) % 7 || 7;
  return today.plus({ days: ahead });
}

export function resolveDue(spec: TimeSpec, now: DateTime, calendar: BusinessCalendar): DateTime | undefined {
  const today = calendar.dayOf(now);
  switch (spec.kind) {
    case 'duration':
      return now.plus({ seconds: spec.seconds });
    case 'immediate':
      return now.plus({ minutes: IMMEDIACY_MINUTES });
    case 'businessDays': {
      const day = calendar.addBusinessDays(today, spec.days);
      return day && calendar.closing(day);
    }
    case 'relativeDay':
      return calendar.endOfDay(today.plus({ days: spec.offset }));
    case 'weekday': {
      const day = weekdayDate(today, spec);
      return day && calendar.endOfDay(day);
    }
    case 'date': {
      const day = nextDate(today, spec.day, spec.month, spec.year);
      return day && calendar.endOfDay(day);
    }
    case 'endOfWeek': {
      const monday = today.minus({ days: today.weekday - 1 }).plus({ weeks: spec.offset });
      const sunday = monday.plus({ days: 6 });
      const from = spec.offset === 0 ? today : monday;
      const last = calendar.lastBusinessDayIn(from, sunday);
      return last ? calendar.closing(last) : calendar.endOfDay(sunday);
    }
    case 'weekend': {
      const sunday = today.plus({ days: (7 - today.weekday) % 7 });
      return calendar.endOfDay(sunday);
    }
    case 'endOfMonth': {
      const first = today.startOf('month').plus({ months: spec.offset });
      const lastDay = first.endOf('month').startOf('day');
      const from = spec.offset === 0 ? today : first;
      const last = calendar.lastBusinessDayIn(from, lastDay);
      return last ? calendar.closing(last) : calendar.endOfDay(lastDay);
    }
  }
}
