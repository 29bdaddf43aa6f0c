/**
 * The per-country calendar (lib/settings/holiday-calendar.ts with one country's generated
 * file) gives the same public holidays as the full date-holidays package, which the
 * options page bundled whole before.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import Holidays from 'date-holidays';
import { describe, expect, it } from 'vitest';
import { publicHolidaysIn } from '@/lib/settings/holiday-calendar';
import { COUNTRY_HOLIDAY_DATA } from '@/lib/settings/holiday-data';
import { listCountries, listRegions } from '@/lib/settings/settings-holidays';
import { ROOT } from '../support/import-graph';

/** What the options page computed before: the full date-holidays, in the country's own zone. */
function fullDateHolidays(country: string, region: string, year: number): string[] {
  try {
    const calendar = region ? new Holidays(country, region) : new Holidays(country);
    return (calendar.getHolidays(year) || []).filter((h) => h.type === 'public').map((h) => h.date.slice(0, 10));
  } catch {
    return [];
  }
}

const everyPlace = (countries: string[]) => {
  const all = new Holidays();
  return countries.flatMap((country) => [[country, ''], ...Object.keys(all.getStates(country) ?? {}).map((region) => [country, region])] as [string, string][]);
};

/** The brief's sample (Spanish- and English-speaking teams) and the countries whose rules need more than a date: other calendars, a solstice in a named zone or in GMT, days taken from another place. */
const SAMPLE = ['ES', 'MX', 'AR', 'CO', 'PE', 'CL', 'US', 'GB', 'JP', 'TW', 'CN', 'KR', 'VN', 'IL', 'SA', 'IR', 'BD', 'ET', 'FR', 'DE', 'GU', 'AS'];
const YEARS = [2026, 2027, 2028];

describe('per-country holiday calendar', () => {
  it('has a file for every country date-holidays knows', () => {
    expect(Object.keys(COUNTRY_HOLIDAY_DATA).sort()).toEqual(Object.keys(new Holidays().getCountries('en')).sort());
  });

  it("lists date-holidays' own country and region names, in Spanish and English, sorted by name", () => {
    const all = new Holidays();
    const sorted = (names: Record<string, string>, lang: 'es' | 'en') => Object.entries(names).sort((a, b) => a[1].localeCompare(b[1], lang));
    for (const lang of ['es', 'en'] as const) {
      expect(listCountries(lang)).toEqual(sorted(all.getCountries(lang), lang));
      for (const country of Object.keys(all.getCountries(lang))) expect(listRegions(country, lang), country).toEqual(sorted(all.getStates(country, lang) ?? {}, lang));
    }
    expect(Object.fromEntries(listCountries('en')).ES).toBe('Spain');
    expect(Object.fromEntries(listCountries('es')).ES).toBe('España');
  });

  it('gives the same public holidays as date-holidays for every region of the sample countries, 2026–2028', async () => {
    const places = everyPlace(SAMPLE);
    expect(places.length).toBe(128); // the 22 countries and their 106 regions (US 56, ES 19, GB 4…)
    for (const [country, region] of places) {
      const { default: data } = await COUNTRY_HOLIDAY_DATA[country]();
      for (const year of YEARS) {
        const expected = fullDateHolidays(country, region, year);
        expect(publicHolidaysIn(data, country, region, year), `${country} ${region} ${year}`).toEqual(expected);
      }
    }
    // Spot checks that the comparison compares something: Madrid's own day, Chile's solstice holiday.
    const { default: spain } = await COUNTRY_HOLIDAY_DATA.ES();
    expect(publicHolidaysIn(spain, 'ES', 'MD', 2026)).toContain('2026-05-02');
    expect(publicHolidaysIn(spain, 'ES', '', 2026)).not.toContain('2026-05-02');
    const { default: chile } = await COUNTRY_HOLIDAY_DATA.CL();
    expect(publicHolidaysIn(chile, 'CL', '', 2026)).toContain('2026-06-21');
  }, 60_000);

  it('gives the same public holidays for every country and region in 2027', async () => {
    const places = everyPlace(Object.keys(COUNTRY_HOLIDAY_DATA));
    for (const [country, region] of places) {
      const { default: data } = await COUNTRY_HOLIDAY_DATA[country]();
      expect(publicHolidaysIn(data, country, region, 2027), `${country} ${region}`).toEqual(fullDateHolidays(country, region, 2027));
    }
  }, 60_000);

  it('returns no holidays for a region or country its data does not know, as date-holidays did', async () => {
    const { default: spain } = await COUNTRY_HOLIDAY_DATA.ES();
    expect(publicHolidaysIn(spain, 'ES', 'XX', 2026)).toEqual(fullDateHolidays('ES', 'XX', 2026));
    expect(publicHolidaysIn(spain, 'XX', '', 2026)).toEqual([]);
  });

  it('bundled as the extension builds it (moment-timezone without its zone data), in another local zone: same dates, no time-zone errors', async () => {
    // The same alias as wxt.config.ts: the parser gets moment-timezone's code only, and the
    // zones come from the country's file. Run in a fresh Node, so nothing else loaded the
    // full zone data, under a local zone with a half-hour daylight saving change.
    const dir = mkdtempSync(join(tmpdir(), 'tacto-holiday-calendar-'));
    try {
      const places = everyPlace(['ES', 'US', 'CL', 'TW', 'JP', 'CN', 'IL', 'MX', 'GB']);
      const driver = `
        import { publicHolidaysIn } from ${JSON.stringify(join(ROOT, 'lib/settings/holiday-calendar.ts'))};
        import { COUNTRY_HOLIDAY_DATA } from ${JSON.stringify(join(ROOT, 'lib/settings/holiday-data/index.ts'))};
        const problems = [];
        console.error = console.warn = (...args) => problems.push(args.join(' '));
        const dates = {};
        for (const [country, region] of ${JSON.stringify(places)}) {
          const { default: data } = await COUNTRY_HOLIDAY_DATA[country]();
          for (const year of ${JSON.stringify(YEARS)}) dates[[country, region, year].join(' ')] = publicHolidaysIn(data, country, region, year);
        }
        process.stdout.write(JSON.stringify({ dates, problems }));
      `;
      const bundle = await build({
        stdin: { contents: driver, resolveDir: ROOT, loader: 'ts' },
        bundle: true,
        platform: 'node',
        format: 'esm',
        alias: { 'moment-timezone': './node_modules/moment-timezone/moment-timezone.js' },
        write: false,
        logLevel: 'silent',
      });
      const text = bundle.outputFiles[0].text;
      expect(text).not.toContain('Europe/Madrid|'); // moment-timezone's packed zone data really is left out
      writeFileSync(join(dir, 'driver.mjs'), text);
      const out = JSON.parse(execFileSync(process.execPath, [join(dir, 'driver.mjs')], { env: { ...process.env, TZ: 'Australia/Lord_Howe' }, encoding: 'utf8' })) as {
        dates: Record<string, string[]>;
        problems: string[];
      };
      expect(out.problems).toEqual([]);
      expect(text).toContain('America/Santiago|'); // but Chile's file brings the zone its solstice is computed in
      for (const [country, region] of places) {
        for (const year of YEARS) expect(out.dates[[country, region, year].join(' ')], `${country} ${region} ${year}`).toEqual(fullDateHolidays(country, region, year));
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
