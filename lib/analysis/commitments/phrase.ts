/**
 * Dates and business-day counts phrased as a reply would say them, for honest rewrites:
 * «el jueves 26 de noviembre» / «Thursday, November 26», and the earliest due time the
 * team can keep for the context's priority.
 */
import type { DateTime } from 'luxon';
import type { Lang } from '../types';
import type { BusinessCalendar } from './calendar';
import { capitalise } from '../grammar/case';
import { EN_MONTHS, EN_WEEKDAYS, ES_MONTHS } from './lexicon';

const ES_WEEKDAY_NAMES = ['lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo'];

/** «el jueves 26 de noviembre» / «Thursday, November 26»; the year only when it is not `now`'s. */
export function formatDay(day: DateTime, lang: Lang, now: DateTime): string {
  const otherYear = day.year !== now.year;
  if (lang === 'es') {
    return `el ${ES_WEEKDAY_NAMES[day.weekday - 1]} ${day.day} de ${ES_MONTHS[day.month - 1]}${otherYear ? ` de ${day.year}` : ''}`;
  }
  return `${capitalise(EN_WEEKDAYS[day.weekday - 1])}, ${capitalise(EN_MONTHS[day.month - 1])} ${day.day}${otherYear ? `, ${day.year}` : ''}`;
}

/**
 * «el viernes 20 de noviembre a las 18:00» / «Friday, November 20 at 18:00»; a midnight
 * due reads as the end of the day before: «al final del sábado 21 de noviembre».
 */
export function formatDue(due: DateTime, lang: Lang, now: DateTime): string {
  if (due.hour === 0 && due.minute === 0 && due.second === 0) {
    const day = formatDay(due.minus({ days: 1 }), lang, now);
    return lang === 'es' ? `al final del ${day.replace(/^el /, '')}` : `at the end of ${day}`;
  }
  const day = formatDay(due, lang, now);
  const clock = formatClock(due, lang);
  return lang === 'es' ? `${day} a las ${clock}` : `${day} at ${clock}`;
}

/** The clock as each language's readers write it: «17:35» in Spanish, «5:35 PM» in English. */
export function formatClock(time: DateTime, lang: Lang): string {
  if (lang === 'es') return time.toFormat('HH:mm');
  // Written by hand: luxon's meridiem token asks Intl for a formatter, slow on its first use.
  const hour = time.hour % 12 === 0 ? 12 : time.hour % 12;
  return `${hour}:${time.toFormat('mm')} ${time.hour < 12 ? 'AM' : 'PM'}`;
}

/**
 * Business hours as the sidebar and the send guard both write them: one decimal (a tenth of
 * an hour is as fine as a promise is judged; a second decimal only changes while the agent
 * reads), the language's comma or point.
 */
export function formatBusinessHours(hours: number, lang: Lang): string {
  const rounded = String(Math.round(hours * 10) / 10);
  return lang === 'es' ? rounded.replace('.', ',') : rounded;
}

/** The first business close whose window reaches `minHours`: the earliest honest due time. */
export function earliestRealisticDue(now: DateTime, minHours: number, calendar: BusinessCalendar): DateTime | undefined {
  const ms = calendar.firstCloseWithWindow(now.toMillis(), minHours);
  return ms === undefined ? undefined : calendar.toDateTime(ms);
}

/** Business days after today up to and including `due`'s day (0 when due today). */
export function businessDaysUntil(now: DateTime, due: DateTime, calendar: BusinessCalendar): number {
  return calendar.businessDaysBetween(now.toMillis(), due.toMillis());
}
