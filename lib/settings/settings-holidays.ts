/**
 * Public holidays for the settings, with date-holidays. Options page and background only:
 * the helpdesk content script never imports this file, it reads the dates precomputed
 * into `settings.holidays.publicDates`.
 *
 * Years covered: last year through two years ahead, so a commitment made in late December
 * («el 7 de enero») and a lead who does not open the options page for a year are both
 * covered. `publicHolidaysStale()` says when the background should recompute.
 */
import Holidays from 'date-holidays';
import { dateHolidaysProvider } from '../analysis/holidays';
import { loadSettings, updateSettings } from './storage';
import type { HolidaySettings, Settings } from './types';

/** Countries date-holidays knows, code → name in `lang`, sorted by name. */
export function listCountries(lang: 'es' | 'en'): [string, string][] {
  const names = new Holidays().getCountries(lang) ?? {};
  return Object.entries(names).sort((a, b) => a[1].localeCompare(b[1], lang));
}

/** Regions (states) of a country, code → name, sorted by name; [] when it has none. */
export function listRegions(country: string, lang: 'es' | 'en'): [string, string][] {
  if (!country) return [];
  try {
    const names = new Holidays().getStates(country, lang) ?? {};
    return Object.entries(names).sort((a, b) => a[1].localeCompare(b[1], lang));
  } catch {
    return [];
  }
}

export function holidayYears(now: Date): [number, number] {
  const year = now.getFullYear();
  return [year - 1, year + 2];
}

/** The public holidays ("YYYY-MM-DD") of country/region over the years, sorted. */
export function computePublicHolidays(country: string, region: string, years: [number, number]): string[] {
  if (!country) return [];
  const dates = new Set<string>();
  for (let year = years[0]; year <= years[1]; year++) {
    for (const day of dateHolidaysProvider(country, region || undefined, year)) dates.add(day);
  }
  return [...dates].sort();
}

/** The holiday settings with `publicDates` recomputed for country/region and the years around `now`. */
export function withPublicHolidays(holidays: HolidaySettings, now = new Date()): HolidaySettings {
  if (!holidays.country) return { ...holidays, region: '', publicDates: [], publicYears: null };
  const years = holidayYears(now);
  return { ...holidays, publicDates: computePublicHolidays(holidays.country, holidays.region, years), publicYears: years };
}

/** True when a country is set but its dates do not cover the years around `now`. */
export function publicHolidaysStale(settings: Settings, now = new Date()): boolean {
  const { country, publicYears } = settings.holidays;
  if (!country) return false;
  const [from, to] = holidayYears(now);
  return !publicYears || publicYears[0] > from || publicYears[1] < to;
}

/**
 * Recomputes the public-holiday dates when the stored years no longer cover last year →
 * two years ahead (a new year came). Called when the options page opens; the dates are
 * precomputed two years ahead, so a page that is not opened for a year stays covered.
 */
export async function refreshHolidaysIfStale(now = new Date()): Promise<boolean> {
  try {
    const settings = await loadSettings();
    if (!publicHolidaysStale(settings, now)) return false;
    await updateSettings((s) => ({ ...s, holidays: withPublicHolidays(s.holidays, now) }));
    return true;
  } catch (error) {
    console.warn('[Tacto] holidays: refresh failed', error);
    return false;
  }
}
