/**
 * Dates and business-day counts phrased as a reply would say them, for honest rewrites:
 * «el jueves 26 de noviembre» / «Thursday, November 26», and the earliest due time the
 * team can keep for the context's priority.
 */
import type { TZDate } from '@date-fns/tz';
import { getISODay, lightFormat, subDays } from 'date-fns';
import type { Lang } from '../types';
import type { BusinessCalendar } from './calendar';
import { capitalise } from '../grammar/case';
import { EN_MONTHS, EN_WEEKDAYS, ES_MONTHS } from '../grammar/calendar-words';

const ES_WEEKDAY_NAMES = ['lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo'];

/** «el jueves 26 de noviembre» / «Thursday, November 26»; the year only when it is not `now`'s. */
export function formatDay(day: TZDate, lang: Lang, now: TZDate): string {
  const year = day.getFullYear();
  const otherYear = year !== now.getFullYear();
  const weekday = getISODay(day) - 1; // the weekday lists start on Monday
  if (lang === 'es') {
    return `el ${ES_WEEKDAY_NAMES[weekday]} ${day.getDate()} de ${ES_MONTHS[day.getMonth()]}${otherYear ? ` de ${year}` : ''}`;
  }
  return `${capitalise(EN_WEEKDAYS[weekday])}, ${capitalise(EN_MONTHS[day.getMonth()])} ${day.getDate()}${otherYear ? `, ${year}` : ''}`;
}

/**
 * «el viernes 20 de noviembre a las 18:00» / «Friday, November 20 at 18:00»; a midnight
 * due reads as the end of the day before: «al final del sábado 21 de noviembre».
 */
export function formatDue(due: TZDate, lang: Lang, now: TZDate): string {
  if (due.getHours() === 0 && due.getMinutes() === 0 && due.getSeconds() === 0) {
    const day = formatDay(subDays(due, 1), lang, now);
    return lang === 'es' ? `al final del ${day.replace(/^el /, '')}` : `at the end of ${day}`;
  }
  const day = formatDay(due, lang, now);
  const clock = formatClock(due, lang);
  return lang === 'es' ? `${day} a las ${clock}` : `${day} at ${clock}`;
}

/** The clock as each language's readers write it: «17:35» in Spanish, «5:35 PM» in English. */
export function formatClock(time: TZDate, lang: Lang): string {
  return lightFormat(time, lang === 'es' ? 'HH:mm' : 'h:mm a');
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
export function earliestRealisticDue(now: TZDate, minHours: number, calendar: BusinessCalendar): TZDate | undefined {
  const ms = calendar.firstCloseWithWindow(now.getTime(), minHours);
  return ms === undefined ? undefined : calendar.dateAt(ms);
}

/** Business days after today up to and including `due`'s day (0 when due today). */
export function businessDaysUntil(now: TZDate, due: TZDate, calendar: BusinessCalendar): number {
  return calendar.businessDaysBetween(now.getTime(), due.getTime());
}
