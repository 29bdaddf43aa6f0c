/**
 * A country's public holidays from its rules, with date-holidays' own parser
 * (date-holidays-parser) fed one country's data (./holiday-data/countries/XX.json) instead
 * of date-holidays' 207 countries. Loaded by dynamic import from ./settings-holidays.ts
 * when the options page needs a country's holidays, so neither this parser nor its
 * calendars are in the options page's first chunk.
 *
 * The builds alias `moment-timezone` to its code without the 700 KB of zone data
 * (wxt.config.ts): the dates are computed as local calendar days (`setTimezone(undefined)`),
 * and the few zones the rules themselves name (a solstice «in America/Santiago», GMT) come
 * with the country's file.
 */
import HolidaysParser from 'date-holidays-parser';
import moment from 'moment-timezone';
import holidayNames from './holiday-data/names.json';

/** One country's file, as scripts/holiday-data.ts writes it. */
export interface CountryHolidayData {
  /** date-holidays' `holidays` entry of the country, with the other places' days it refers to. */
  holidays: Record<string, unknown>;
  /** The zones its rules name, packed as moment-timezone's data. */
  timeZones?: { zones: string[]; links?: string[] };
}

const zonesAdded = new Set<string>();

function addTimeZones(timeZones: CountryHolidayData['timeZones']): void {
  for (const zone of timeZones?.zones ?? []) {
    const name = zone.slice(0, zone.indexOf('|'));
    if (zonesAdded.has(name)) continue;
    moment.tz.add(zone);
    zonesAdded.add(name);
  }
  if (timeZones?.links?.length) moment.tz.link(timeZones.links);
}

/** Public holidays ("YYYY-MM-DD") of country/region in `year`, in date-holidays' order; [] when unknown. */
export function publicHolidaysIn(data: CountryHolidayData, country: string, region: string, year: number): string[] {
  try {
    addTimeZones(data.timeZones);
    const rules = { holidays: data.holidays, names: holidayNames };
    const calendar = region ? new HolidaysParser(rules, country, region) : new HolidaysParser(rules, country);
    // Calendar days, not instants: the country's zone would only move `start`/`end`, which
    // are not read, and it would need that zone's data. The parser takes `undefined` for
    // «local dates» (its types say string). Checked against the full date-holidays for
    // every country and region (tests/settings/holiday-calendar.test.ts).
    (calendar as { setTimezone(zone: string | undefined): void }).setTimezone(undefined);
    const holidays = calendar.getHolidays(year) || [];
    // `date` is "YYYY-MM-DD hh:mm:ss"; only public days off count.
    return holidays.filter((h) => h.type === 'public').map((h) => h.date.slice(0, 10));
  } catch {
    return []; // unknown country/region: no extra holidays rather than a crash
  }
}
