/**
 * Public holidays for the settings. Options page only: the helpdesk content script never
 * imports this file, it reads the dates precomputed into `settings.holidays.publicDates`.
 *
 * The picker's names are a small generated list (./holiday-data/places.json); the holiday
 * rules and their parser are loaded when a country's dates are computed: the parser
 * (./holiday-calendar.ts) and the one country's rules (./holiday-data/countries/XX.json),
 * each by dynamic import, so they stay out of the options page's first chunk.
 *
 * Years covered: last year through two years ahead, so a commitment made in late December
 * («el 7 de enero») and a lead who does not open the options page for a year are both
 * covered. `publicHolidaysStale()` says when the options page should recompute.
 */
import { COUNTRY_HOLIDAY_DATA } from './holiday-data';
import places from './holiday-data/places.json';
import { loadSettings, updateSettings } from './storage';
import type { HolidaySettings, Settings } from './types';

/** A name as scripts/holiday-data.ts writes it: one string, or [Spanish, English]. */
type PlaceName = string | string[];
const nameIn = (name: PlaceName, lang: 'es' | 'en') => (typeof name === 'string' ? name : name[lang === 'es' ? 0 : 1]);
const byName = (names: Record<string, PlaceName>, lang: 'es' | 'en'): [string, string][] =>
  Object.entries(names)
    .map(([code, name]): [string, string] => [code, nameIn(name, lang)])
    .sort((a, b) => a[1].localeCompare(b[1], lang));

/** Countries date-holidays knows, code → name in `lang`, sorted by name. */
export function listCountries(lang: 'es' | 'en'): [string, string][] {
  return byName(places.countries, lang);
}

/** Regions (states) of a country, code → name, sorted by name; [] when it has none. */
export function listRegions(country: string, lang: 'es' | 'en'): [string, string][] {
  const regions: Record<string, Record<string, PlaceName>> = places.regions;
  const code = country.toUpperCase();
  return Object.hasOwn(regions, code) ? byName(regions[code], lang) : [];
}

export function holidayYears(now: Date): [number, number] {
  const year = now.getFullYear();
  return [year - 1, year + 2];
}

/**
 * The public holidays ("YYYY-MM-DD") of country/region over the years, sorted; [] for a
 * country date-holidays does not know. Loads the parser and the country's rules on first
 * use; rejects when they cannot be loaded.
 */
export async function computePublicHolidays(country: string, region: string, years: [number, number]): Promise<string[]> {
  const code = country.toUpperCase();
  const loadCountry = Object.hasOwn(COUNTRY_HOLIDAY_DATA, code) ? COUNTRY_HOLIDAY_DATA[code] : undefined;
  if (!loadCountry) return [];
  const [{ publicHolidaysIn }, { default: data }] = await Promise.all([import('./holiday-calendar'), loadCountry()]);
  const dates = new Set<string>();
  for (let year = years[0]; year <= years[1]; year++) {
    for (const day of publicHolidaysIn(data, code, region, year)) dates.add(day);
  }
  return [...dates].sort();
}

/**
 * The holiday settings with `publicDates` recomputed for country/region and the years
 * around `now`. Never rejects: when the calendar cannot be loaded the dates are left empty
 * with no years, so the next opening of the options page computes them again.
 */
export async function withPublicHolidays(holidays: HolidaySettings, now = new Date()): Promise<HolidaySettings> {
  if (!holidays.country) return { ...holidays, region: '', publicDates: [], publicYears: null };
  const years = holidayYears(now);
  try {
    return { ...holidays, publicDates: await computePublicHolidays(holidays.country, holidays.region, years), publicYears: years };
  } catch (error) {
    console.warn('[Tacto] holidays: the calendar did not load', error);
    return { ...holidays, publicDates: [], publicYears: null };
  }
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
 * Loads the calendar only then. When it cannot, the stored dates stay as they were.
 */
export async function refreshHolidaysIfStale(now = new Date()): Promise<boolean> {
  try {
    const settings = await loadSettings();
    if (!publicHolidaysStale(settings, now)) return false;
    const { country, region } = settings.holidays;
    const years = holidayYears(now);
    const publicDates = await computePublicHolidays(country, region, years);
    // Written only if the place is still the one computed (the lead may have changed it meanwhile).
    await updateSettings((s) => (s.holidays.country === country && s.holidays.region === region ? { ...s, holidays: { ...s.holidays, publicDates, publicYears: years } } : s));
    return true;
  } catch (error) {
    console.warn('[Tacto] holidays: refresh failed', error);
    return false;
  }
}
