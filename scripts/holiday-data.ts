/**
 * Writes lib/settings/holiday-data/ from the data date-holidays ships, so the options page
 * loads one country's holiday rules when it needs them instead of all 207 countries:
 *   npm run holidays:data [-- --check]
 *
 * - `places.json`: every country's and region's name in Spanish and English (the picker);
 * - `names.json`: date-holidays' table of holiday names shared by the countries' rules
 *   (the parser tells two holidays on one day apart by name);
 * - `countries/XX.json`: country XX's rules, with the days of the other places they refer
 *   to (`_days`, e.g. the Canary Islands' rules inside Spain's), and the time zones its
 *   rules name (a solstice «in America/Santiago»; «GMT» for one without a zone);
 * - `index.ts`: the loader of each country's file by dynamic import.
 *
 * With --check, nothing is written: the script fails if the committed files differ
 * (tests/settings/holiday-data.test.ts runs the same comparison).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Holidays from 'date-holidays';

export const HOLIDAY_DATA_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../lib/settings/holiday-data');

type Json = { [key: string]: unknown };
interface HolidaysJson {
  version: string;
  license: string;
  holidays: Record<string, Json>;
  names: Json;
}
interface PackedZones {
  version: string;
  zones: string[];
  links: string[];
}

const require = createRequire(import.meta.url);
const packageDir = (name: string) => {
  let dir = dirname(require.resolve(name));
  while (!existsSync(join(dir, 'package.json'))) dir = dirname(dir);
  return dir;
};
const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;

/** A name in Spanish and English: one string when both are the same. */
type PlaceName = string | [es: string, en: string];
const placeName = (es: string, en: string): PlaceName => (es === en ? es : [es, en]);

function placesOf(): { countries: Record<string, PlaceName>; regions: Record<string, Record<string, PlaceName>> } {
  const calendar = new Holidays();
  const es = calendar.getCountries('es');
  const en = calendar.getCountries('en');
  const countries: Record<string, PlaceName> = {};
  const regions: Record<string, Record<string, PlaceName>> = {};
  for (const code of Object.keys(en).sort()) {
    countries[code] = placeName(es[code], en[code]);
    const regionsEs = calendar.getStates(code, 'es');
    const regionsEn = calendar.getStates(code, 'en');
    if (!regionsEn) continue;
    regions[code] = {};
    for (const region of Object.keys(regionsEn).sort()) regions[code][region] = placeName(regionsEs[region], regionsEn[region]);
  }
  return { countries, regions };
}

/** Every `_days` reference (a path under `holidays`) inside a country's entry. */
function dayReferences(node: unknown, found: string[][] = []): string[][] {
  if (!node || typeof node !== 'object') return found;
  const entry = node as Json;
  if (entry._days) found.push(([] as string[]).concat(entry._days as string | string[]));
  for (const [key, value] of Object.entries(entry)) if (key !== 'days') dayReferences(value, found);
  return found;
}

function getPath(root: Json, path: string[]): unknown {
  let node: unknown = root;
  for (const key of path) node = node && typeof node === 'object' ? (node as Json)[key] : undefined;
  return node;
}

/** Puts `days` at `path` under `root`, creating the (otherwise empty) places on the way. */
function setDays(root: Json, path: string[], days: unknown): void {
  let node = root;
  for (const key of path) node = (node[key] ??= {}) as Json;
  node.days = days;
}

/** Every rule (the keys of `days`) anywhere in a country's file. */
function ruleKeys(node: unknown, found: string[] = []): string[] {
  if (!node || typeof node !== 'object') return found;
  for (const [key, value] of Object.entries(node as Json)) {
    if (key === 'days' && value && typeof value === 'object') found.push(...Object.keys(value));
    else ruleKeys(value, found);
  }
  return found;
}

/** The time zones a country's rules compute in, packed as moment-timezone wants them. */
function zonesFor(rules: string[], packed: PackedZones): { zones: string[]; links: string[] } {
  const wanted = new Set<string>();
  for (const rule of rules) {
    // The parser reads « in <zone>» after an equinox or solstice; without one it uses GMT.
    if (!/(equinox|solstice)/.test(rule)) continue;
    const zone = / in ([^\s]*|[+-]\d{2}:\d{2})/.exec(rule)?.[1];
    if (!zone) wanted.add('GMT');
    else if (!/^[+-]\d{2}:\d{2}$/.test(zone)) wanted.add(zone);
  }
  const zones = new Set<string>();
  const links = new Set<string>();
  for (const name of [...wanted].sort()) {
    const own = packed.zones.find((z) => z.split('|')[0] === name);
    if (own) {
      zones.add(own);
      continue;
    }
    const link = packed.links.find((l) => l.split('|')[1] === name);
    const target = link && packed.zones.find((z) => z.split('|')[0] === link.split('|')[0]);
    if (!link || !target) throw new Error(`holiday-data: moment-timezone has no zone ${name}`);
    zones.add(target);
    links.add(link);
  }
  return { zones: [...zones], links: [...links] };
}

function countryFile(data: HolidaysJson, code: string, packed: PackedZones): Json {
  const holidays: Json = { [code]: data.holidays[code] };
  for (const path of dayReferences(data.holidays[code])) {
    if (getPath(holidays, [...path, 'days']) !== undefined) continue; // inside this country's own entry
    const days = getPath(data.holidays, [...path, 'days']);
    if (days === undefined) throw new Error(`holiday-data: ${code} refers to missing days ${path.join('.')}`);
    setDays(holidays, path, days);
  }
  const timeZones = zonesFor(ruleKeys(holidays), packed);
  if (!timeZones.zones.length) return { holidays };
  return { holidays, timeZones: timeZones.links.length ? timeZones : { zones: timeZones.zones } };
}

/** The files of lib/settings/holiday-data/, path relative to it → content. */
export function holidayDataFiles(): Map<string, string> {
  const holidaysDir = packageDir('date-holidays');
  const timezoneDir = packageDir('moment-timezone');
  const data = readJson<HolidaysJson>(join(holidaysDir, 'data/holidays.json'));
  const packed = readJson<PackedZones>(join(timezoneDir, 'data/packed/latest.json'));
  const holidaysVersion = readJson<{ version: string }>(join(holidaysDir, 'package.json')).version;
  const timezoneVersion = readJson<{ version: string }>(join(timezoneDir, 'package.json')).version;
  const json = (value: unknown) => `${JSON.stringify(value)}\n`;

  const files = new Map<string, string>();
  const codes = Object.keys(data.holidays).sort();
  files.set('places.json', json(placesOf()));
  files.set('names.json', json(data.names));
  for (const code of codes) files.set(`countries/${code}.json`, json(countryFile(data, code, packed)));
  files.set(
    'index.ts',
    [
      `// Generated by scripts/holiday-data.ts (npm run holidays:data) from date-holidays ${holidaysVersion}`,
      `// (data of ${data.version}, licence ${data.license}) and moment-timezone ${timezoneVersion} (tz ${packed.version}). Do not edit.`,
      "import type { CountryHolidayData } from '../holiday-calendar';",
      '',
      '/** Each country\'s holiday rules, loaded when asked for (one small chunk per country). */',
      'export const COUNTRY_HOLIDAY_DATA: Readonly<Record<string, () => Promise<{ default: CountryHolidayData }>>> = {',
      ...codes.map((code) => `  ${code}: () => import('./countries/${code}.json'),`),
      '};',
      '',
    ].join('\n'),
  );
  return files;
}

/** The files now in lib/settings/holiday-data/, path relative to it → content. */
export function committedHolidayDataFiles(): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (dir: string, prefix: string) => {
    if (!existsSync(dir)) return;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(join(dir, entry.name), `${prefix}${entry.name}/`);
      else files.set(`${prefix}${entry.name}`, readFileSync(join(dir, entry.name), 'utf8'));
    }
  };
  walk(HOLIDAY_DATA_DIR, '');
  return files;
}

/** The paths that differ (changed, missing or extra) between two sets of files. */
export function differingFiles(expected: Map<string, string>, actual: Map<string, string>): string[] {
  const paths = new Set([...expected.keys(), ...actual.keys()]);
  return [...paths].filter((path) => expected.get(path) !== actual.get(path)).sort();
}

function main() {
  const expected = holidayDataFiles();
  if (process.argv.includes('--check')) {
    const differing = differingFiles(expected, committedHolidayDataFiles());
    if (differing.length) {
      console.error(`holidays:data --check: ${differing.length} files differ from what the script makes: ${differing.slice(0, 10).join(', ')}`);
      process.exitCode = 1;
    } else console.log(`holidays:data --check: ${expected.size} files are current`);
    return;
  }
  rmSync(HOLIDAY_DATA_DIR, { recursive: true, force: true });
  for (const [path, content] of expected) {
    mkdirSync(dirname(join(HOLIDAY_DATA_DIR, path)), { recursive: true });
    writeFileSync(join(HOLIDAY_DATA_DIR, path), content);
  }
  console.log(`holidays:data: wrote ${expected.size} files to lib/settings/holiday-data/`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
