/**
 * Public-holiday calendar for the commitment windows, built on `date-holidays`.
 *
 * Node-side only (CLI, eval, bench, background page): the in-page engine never imports
 * this file, so the calendar data stays out of the content-script bundle. Pass the
 * provider in `EngineOptions.holidayProvider`.
 */
import Holidays from 'date-holidays';
import type { HolidayProvider } from './types';

const memo = new Map<string, string[]>();

/** Public holidays ("YYYY-MM-DD", local dates) of a country/region in a year; [] when unknown. */
export const dateHolidaysProvider: HolidayProvider = (country, region, year) => {
  const key = `${country}|${region ?? ''}|${year}`;
  const cached = memo.get(key);
  if (cached) return cached;
  let dates: string[];
  try {
    const calendar = region ? new Holidays(country, region) : new Holidays(country);
    const holidays = calendar.getHolidays(year) || [];
    // `date` is "YYYY-MM-DD hh:mm:ss" in the country's own zone; only public days off count.
    dates = holidays.filter((h) => h.type === 'public').map((h) => h.date.slice(0, 10));
  } catch {
    dates = []; // unknown country/region: no extra holidays rather than a crash
  }
  memo.set(key, dates);
  return dates;
};
