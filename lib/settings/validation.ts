/**
 * Checking settings field by field. Reading is lenient (a damaged field falls back to its
 * default, so Tacto keeps working); importing is strict (a bad file changes nothing and
 * says what is wrong, through SettingsFileError).
 */
import { DEFAULT_MIN_BUSINESS_HOURS } from '../analysis/context';
import { parsePlaybook } from '../analysis/playbook';
import { type BusinessHours, type Playbook, type Priority, RULE_IDS, type RuleId } from '../analysis/types';
import { MAX_ALLOW_PHRASES, normalisePhrase } from '../coach/control/dismissals';
import { type HelpdeskId, HELPDESKS } from '../log/messaging';
import { defaultSettings } from './defaults';
import { parseHost } from './hosts';
import { CUSTOM_DOMAIN_HELPDESKS, type CustomDomain, type HolidaySettings, MAX_ALIAS, MAX_DATES, MAX_MIN_BUSINESS_HOURS, PRIORITIES, RETENTION_WEEKS, type Settings, STRICTNESS_LEVELS, UI_LANGUAGES } from './types';

// Each check returns the clean value, or records a problem (with the field's path) and
// returns undefined. Lenient reading ignores the problems; strict import rejects on any.

type Problems = string[];
export const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const HHMM = /^([01]\d|2[0-4]):([0-5]\d)$/;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

function clockMinutes(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return h * 60 + m;
}

export function isValidDate(day: string): boolean {
  if (!ISO_DAY.test(day)) return false;
  const d = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === day;
}

/**
 * Whether Intl knows the zone (what luxon's IANAZone.isValidZone checks), without
 * bringing luxon into the helpdesk page's bundle; memoised, as it builds a formatter.
 */
const zoneValidity = new Map<string, boolean>();
export function isIanaZone(zone: string): boolean {
  let valid = zoneValidity.get(zone);
  if (valid === undefined) {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: zone });
      valid = true;
    } catch {
      valid = false;
    }
    zoneValidity.set(zone, valid);
  }
  return valid;
}

export function isValidTimeZone(zone: string): boolean {
  return zone === '' || isIanaZone(zone);
}

function checkTimezone(v: unknown, problems: Problems): string | undefined {
  if (typeof v === 'string' && isValidTimeZone(v)) return v;
  problems.push(`timezone: ${JSON.stringify(v)} is not an IANA time zone (e.g. "America/Lima") or "" for the browser's`);
  return undefined;
}

/** "9:00" is accepted and written "09:00". */
function normaliseClock(v: unknown): string | undefined {
  if (typeof v !== 'string') return undefined;
  const m = /^(\d{1,2}):(\d{2})$/.exec(v.trim());
  if (!m) return undefined;
  const clock = `${m[1].padStart(2, '0')}:${m[2]}`;
  return HHMM.test(clock) && (clock.startsWith('24') ? clock === '24:00' : true) ? clock : undefined;
}

export function checkBusinessHours(v: unknown, problems: Problems): BusinessHours | undefined {
  if (!isRecord(v)) {
    problems.push('businessHours: expected {"days":[1…7],"start":"HH:MM","end":"HH:MM"}');
    return undefined;
  }
  const before = problems.length;
  let days: number[] = [];
  if (!Array.isArray(v.days) || v.days.some((d) => !Number.isInteger(d) || (d as number) < 0 || (d as number) > 7)) {
    problems.push('businessHours.days: expected ISO weekdays 1 (Monday) … 7 (Sunday)');
  } else {
    days = [...new Set((v.days as number[]).map((d) => (d === 0 ? 7 : d)))].sort((a, b) => a - b);
    if (days.length === 0) problems.push('businessHours.days: at least one working day is needed');
  }
  const start = normaliseClock(v.start);
  const end = normaliseClock(v.end);
  if (!start) problems.push(`businessHours.start: ${JSON.stringify(v.start)} is not a time "HH:MM"`);
  if (!end) problems.push(`businessHours.end: ${JSON.stringify(v.end)} is not a time "HH:MM"`);
  if (start && end && clockMinutes(end) <= clockMinutes(start)) problems.push(`businessHours: the day must end after it starts (${start}–${end})`);
  return problems.length === before ? { days, start: start!, end: end! } : undefined;
}

function checkDates(v: unknown, path: string, problems: Problems): string[] | undefined {
  if (!Array.isArray(v) || v.length > MAX_DATES) {
    problems.push(`${path}: expected a list of dates "YYYY-MM-DD"`);
    return undefined;
  }
  const bad = v.filter((d) => typeof d !== 'string' || !isValidDate(d));
  if (bad.length) {
    problems.push(`${path}: ${bad.slice(0, 3).map((d) => JSON.stringify(d)).join(', ')} ${bad.length === 1 ? 'is not a date' : 'are not dates'} "YYYY-MM-DD"`);
    return undefined;
  }
  return [...new Set(v as string[])].sort();
}

function checkHolidays(v: unknown, problems: Problems): HolidaySettings | undefined {
  if (!isRecord(v)) {
    problems.push('holidays: expected {"country","region","teamDates":[…]}');
    return undefined;
  }
  const before = problems.length;
  const country = v.country ?? '';
  const region = v.region ?? '';
  if (typeof country !== 'string' || !/^([A-Za-z]{2})?$/.test(country)) problems.push(`holidays.country: ${JSON.stringify(country)} is not a two-letter country code`);
  if (typeof region !== 'string' || !/^[A-Za-z0-9-]{0,10}$/.test(region)) problems.push(`holidays.region: ${JSON.stringify(region)} is not a region code`);
  const teamDates = checkDates(v.teamDates ?? [], 'holidays.teamDates', problems);
  const publicDates = checkDates(v.publicDates ?? [], 'holidays.publicDates', problems);
  let publicYears: [number, number] | null = null;
  if (Array.isArray(v.publicYears) && v.publicYears.length === 2 && v.publicYears.every(Number.isInteger)) {
    publicYears = [v.publicYears[0] as number, v.publicYears[1] as number];
  }
  if (problems.length > before) return undefined;
  const countryCode = (country as string).toUpperCase();
  return {
    country: countryCode,
    region: countryCode ? (region as string).toUpperCase() : '',
    publicDates: countryCode ? publicDates! : [],
    publicYears: countryCode ? publicYears : null,
    teamDates: teamDates!,
  };
}

function checkMinBusinessHours(v: unknown, problems: Problems): Record<Priority, number> | undefined {
  if (!isRecord(v)) {
    problems.push('minBusinessHours: expected {"low","normal","high","urgent"} in business hours');
    return undefined;
  }
  const out = { ...DEFAULT_MIN_BUSINESS_HOURS };
  const before = problems.length;
  for (const p of PRIORITIES) {
    const n = v[p];
    if (n === undefined) continue;
    if (typeof n !== 'number' || !Number.isFinite(n) || n < 0 || n > MAX_MIN_BUSINESS_HOURS) {
      problems.push(`minBusinessHours.${p}: ${JSON.stringify(n)} is not a number of hours between 0 and ${MAX_MIN_BUSINESS_HOURS}`);
    } else out[p] = n;
  }
  return problems.length === before ? out : undefined;
}

function checkEnum<T extends string>(v: unknown, allowed: readonly T[], path: string, problems: Problems): T | undefined {
  if (allowed.includes(v as T)) return v as T;
  problems.push(`${path}: ${JSON.stringify(v)} is not one of ${allowed.join(', ')}`);
  return undefined;
}

function checkHelpdesks(v: unknown, problems: Problems): Record<HelpdeskId, boolean> | undefined {
  if (!isRecord(v) || Object.values(v).some((b) => typeof b !== 'boolean')) {
    problems.push('helpdesks: expected {"zendesk":true|false,"freshdesk":…,"gmail":…}');
    return undefined;
  }
  const out = { zendesk: true, freshdesk: true, gmail: true };
  for (const id of HELPDESKS) if (typeof v[id] === 'boolean') out[id] = v[id] as boolean;
  return out;
}

function checkDisabledRules(v: unknown, problems: Problems): RuleId[] | undefined {
  if (!Array.isArray(v)) {
    problems.push('disabledRules: expected a list of rule ids');
    return undefined;
  }
  const unknown = v.filter((r) => !RULE_IDS.includes(r as RuleId));
  if (unknown.length) {
    problems.push(`disabledRules: unknown rule ${unknown.map((r) => JSON.stringify(r)).join(', ')} (known: ${RULE_IDS.join(', ')})`);
    return undefined;
  }
  return RULE_IDS.filter((r) => v.includes(r));
}

function checkRetention(v: unknown, problems: Problems): number | undefined {
  if (Number.isInteger(v) && (v as number) >= RETENTION_WEEKS.min && (v as number) <= RETENTION_WEEKS.max) return v as number;
  problems.push(`retentionWeeks: ${JSON.stringify(v)} is not a whole number of weeks between ${RETENTION_WEEKS.min} and ${RETENTION_WEEKS.max}`);
  return undefined;
}

function checkCustomDomains(v: unknown, problems: Problems): CustomDomain[] | undefined {
  if (!Array.isArray(v)) {
    problems.push('customDomains: expected a list of {"host","helpdesk"}');
    return undefined;
  }
  const before = problems.length;
  const out: CustomDomain[] = [];
  v.forEach((d, i) => {
    if (!isRecord(d) || typeof d.host !== 'string') {
      problems.push(`customDomains[${i}]: expected {"host","helpdesk"}`);
      return;
    }
    const parsed = parseHost(d.host);
    if ('error' in parsed) problems.push(`customDomains[${i}].host: ${parsed.error}`);
    const helpdesk = checkEnum(d.helpdesk, CUSTOM_DOMAIN_HELPDESKS, `customDomains[${i}].helpdesk`, problems);
    if ('host' in parsed && helpdesk && !out.some((o) => o.host === parsed.host)) out.push({ host: parsed.host, helpdesk });
  });
  return problems.length === before ? out : undefined;
}

function checkPlaybook(v: unknown, problems: Problems): Playbook | undefined {
  try {
    return parsePlaybook(v);
  } catch (error) {
    problems.push(`playbook: ${(error as Error).message.replace(/^Invalid playbook: /, '')}`);
    return undefined;
  }
}

function checkAlias(v: unknown, problems: Problems): string | undefined {
  if (typeof v === 'string' && v.trim() && v.trim().length <= MAX_ALIAS) return v.trim();
  problems.push(`agentAlias: expected a short name (1–${MAX_ALIAS} characters)`);
  return undefined;
}

function phraseList(field: string) {
  return (v: unknown, problems: Problems): string[] | undefined => {
    if (!Array.isArray(v) || v.length > MAX_ALLOW_PHRASES || v.some((p) => typeof p !== 'string')) {
      problems.push(`${field}: expected a list of at most ${MAX_ALLOW_PHRASES} phrases`);
      return undefined;
    }
    return [...new Set((v as string[]).map(normalisePhrase).filter(Boolean))];
  };
}
const checkAllowPhrases = phraseList('allowPhrases');

const CHECKS: { [K in keyof Settings]: (v: unknown, problems: Problems) => Settings[K] | undefined } = {
  timezone: checkTimezone,
  businessHours: checkBusinessHours,
  holidays: checkHolidays,
  minBusinessHours: checkMinBusinessHours,
  defaultPriority: (v, p) => checkEnum(v, PRIORITIES, 'defaultPriority', p),
  uiLanguage: (v, p) => checkEnum(v, UI_LANGUAGES, 'uiLanguage', p),
  helpdesks: checkHelpdesks,
  disabledRules: checkDisabledRules,
  agentAlias: checkAlias,
  retentionWeeks: checkRetention,
  customDomains: checkCustomDomains,
  playbook: checkPlaybook,
  allowPhrases: checkAllowPhrases,
  teamAllowPhrases: phraseList('teamAllowPhrases'),
  strictness: (v, p) => checkEnum(v, STRICTNESS_LEVELS, 'strictness', p),
};

/**
 * Validates every field present in `raw` (all of `keys` when `required`); returns the clean
 * fields and the problems found. Unknown fields are ignored (a newer file may carry more).
 */
export function checkSettingsFields<K extends keyof Settings>(
  raw: unknown,
  keys: readonly K[],
  required: boolean,
): { value: Partial<Pick<Settings, K>>; problems: string[] } {
  const problems: string[] = [];
  const value: Partial<Pick<Settings, K>> = {};
  if (!isRecord(raw)) return { value, problems: ['expected a JSON object of settings'] };
  for (const key of keys) {
    if (raw[key] === undefined) {
      if (required) problems.push(`${key}: missing`);
      continue;
    }
    const clean = CHECKS[key](raw[key], problems);
    if (clean !== undefined) value[key] = clean as Settings[K];
  }
  return { value, problems };
}

/** Lenient: whatever is stored, a complete Settings (damaged fields take their defaults). */
export function normaliseSettings(raw: unknown): Settings {
  const keys = Object.keys(CHECKS) as (keyof Settings)[];
  const { value } = checkSettingsFields(raw, keys, false);
  return { ...defaultSettings(), ...value };
}

/** Strict: the whole settings object, or an error listing every problem. */
export function validateSettings(raw: unknown): Settings {
  const keys = Object.keys(CHECKS) as (keyof Settings)[];
  const { value, problems } = checkSettingsFields(raw, keys, true);
  if (problems.length) throw new SettingsFileError(problems);
  return value as Settings;
}
export class SettingsFileError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid settings: ${problems.join('; ')}`);
    this.name = 'SettingsFileError';
  }
}
