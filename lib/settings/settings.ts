/**
 * User and team settings, kept with browser.storage.local under one versioned key
 * (`local:settings`, WXT `storage.defineItem` with `version` + `migrations`).
 *
 *   stored value ──migrations (WXT, once per version bump)──► normaliseSettings() ──► Settings
 *   team file    ──parseTeamSettingsFile() (strict: any problem rejects the whole file)──► TeamSettings
 *   Settings ──analysisInputFromSettings(settings, ticketPriority)──► { context, playbook, disabledRules }
 *
 * Reading is lenient (a damaged field falls back to its default, so Tacto keeps working);
 * importing is strict (a bad file changes nothing and says what is wrong). This module is
 * safe in content scripts: no date-holidays (public holidays are precomputed into
 * `holidays.publicDates` by the options page and the background, see ./settings-holidays.ts).
 *
 * History of the schema (keep every migration while users may still have the old shape):
 *   v1  { agentAlias }                                   (extension skeleton)
 *   v2  everything below; v1's alias is kept. `allowPhrases` and `strictness` came later
 *       within v2: a value without them reads them as their defaults (no migration needed).
 */
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { DEFAULT_BUSINESS_HOURS, DEFAULT_MIN_BUSINESS_HOURS } from '../analysis/context';
import { parsePlaybook } from '../analysis/playbook';
import {
  RULE_IDS,
  type AnalysisContext,
  type BusinessHours,
  type Playbook,
  type Priority,
  type RuleId,
  type Strictness,
} from '../analysis/types';
import { MAX_ALLOW_PHRASES, normalisePhrase } from '../coach/control/dismissals';
import { HELPDESKS, type HelpdeskId } from '../log/messaging';
import { DEFAULT_PLAYBOOK } from './playbook-default';

export const SETTINGS_VERSION = 2;
export const PRIORITIES: readonly Priority[] = ['low', 'normal', 'high', 'urgent'];
export const UI_LANGUAGES = ['browser', 'es', 'en'] as const;
export const STRICTNESS_LEVELS: readonly Strictness[] = ['standard', 'picky'];
export type UiLanguageSetting = (typeof UI_LANGUAGES)[number];
/** Helpdesks a custom domain can run (Gmail only lives on mail.google.com). */
export const CUSTOM_DOMAIN_HELPDESKS = ['zendesk', 'freshdesk'] as const;
export type CustomDomainHelpdesk = (typeof CUSTOM_DOMAIN_HELPDESKS)[number];

export interface CustomDomain {
  /** Bare host name, lower case: "support.acme.com". */
  host: string;
  helpdesk: CustomDomainHelpdesk;
}

export interface HolidaySettings {
  /** ISO 3166-1 alpha-2 country whose public holidays count ('' = none). */
  country: string;
  /** Region/state code within the country ('' = national holidays only). */
  region: string;
  /** The public holidays of country/region, "YYYY-MM-DD", precomputed with date-holidays. */
  publicDates: string[];
  /** Years covered by `publicDates` ([first, last]), or null when nothing is computed. */
  publicYears: [number, number] | null;
  /** The team's own days off ("YYYY-MM-DD"). */
  teamDates: string[];
}

export interface Settings {
  /** IANA time zone of the team's business hours; '' = this browser's zone. */
  timezone: string;
  businessHours: BusinessHours;
  holidays: HolidaySettings;
  /** Shortest turnaround the team keeps reliably, in business hours, per priority. */
  minBusinessHours: Record<Priority, number>;
  /** Used when the ticket shows no priority (Gmail, a hidden field). */
  defaultPriority: Priority;
  /** Interface language of the options page and sidebar. */
  uiLanguage: UiLanguageSetting;
  /** Helpdesks Tacto coaches on (custom domains follow their helpdesk type). */
  helpdesks: Record<HelpdeskId, boolean>;
  /** Rules switched off. */
  disabledRules: RuleId[];
  /** How this agent is named in exports (an alias, not a personal name). */
  agentAlias: string;
  /** Weeks the difficult-moment log keeps events. */
  retentionWeeks: number;
  customDomains: CustomDomain[];
  /** The team playbook (spec format). */
  playbook: Playbook;
  /** This agent's allow-list: normalised phrases Tacto never flags ("Never flag this phrase"). */
  allowPhrases: string[];
  /** The team's accepted phrasings, from the lead's team settings file: never flagged for anyone who imports it. */
  teamAllowPhrases: string[];
  /** `standard`: only what a coach would clearly flag; `picky`: also the borderline. Per agent. */
  strictness: Strictness;
}

/** The part of the settings a lead shares with the team (not the alias nor the UI language). */
export const TEAM_KEYS = [
  'timezone',
  'businessHours',
  'holidays',
  'minBusinessHours',
  'defaultPriority',
  'helpdesks',
  'disabledRules',
  'retentionWeeks',
  'customDomains',
  'playbook',
  'teamAllowPhrases',
] as const satisfies readonly (keyof Settings)[];
export type TeamSettings = Pick<Settings, (typeof TEAM_KEYS)[number]>;
/** Team-file fields added after the format was first shared: a file without them still imports. */
const OPTIONAL_TEAM_KEYS: ReadonlySet<string> = new Set(['teamAllowPhrases']);

export const RETENTION_WEEKS = { min: 1, max: 520, default: 26 } as const;
export const MAX_MIN_BUSINESS_HOURS = 2000;
const MAX_ALIAS = 40;
const MAX_DATES = 1000;

export function defaultSettings(): Settings {
  return {
    timezone: '',
    businessHours: { ...DEFAULT_BUSINESS_HOURS, days: [...DEFAULT_BUSINESS_HOURS.days] },
    holidays: { country: '', region: '', publicDates: [], publicYears: null, teamDates: [] },
    minBusinessHours: { ...DEFAULT_MIN_BUSINESS_HOURS },
    defaultPriority: 'normal',
    uiLanguage: 'browser',
    helpdesks: { zendesk: true, freshdesk: true, gmail: true },
    disabledRules: [],
    agentAlias: 'agent',
    retentionWeeks: RETENTION_WEEKS.default,
    customDomains: [],
    playbook: structuredClone(DEFAULT_PLAYBOOK),
    allowPhrases: [],
    teamAllowPhrases: [],
    strictness: 'standard',
  };
}

/** Kept for callers that read a constant; a fresh copy each time is `defaultSettings()`. */
export const DEFAULT_SETTINGS: Readonly<Settings> = defaultSettings();

// ───────────────────────────── field checks ─────────────────────────────
// Each check returns the clean value, or records a problem (with the field's path) and
// returns undefined. Lenient reading ignores the problems; strict import rejects on any.

type Problems = string[];
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
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
function isIanaZone(zone: string): boolean {
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

const BUILT_IN_SUFFIXES = ['.zendesk.com', '.freshdesk.com'];

/**
 * A custom domain as typed by a person: "support.acme.com", "https://support.acme.com/agent/"
 * → "support.acme.com". Returns an error text (English) for hosts Tacto cannot use.
 */
export function parseHost(input: string): { host: string } | { error: string } {
  let raw = input.trim().toLowerCase();
  if (!raw) return { error: 'empty host' };
  if (/^[a-z][a-z0-9+.-]*:\/\//.test(raw)) {
    if (!raw.startsWith('https://')) return { error: 'only https sites can be coached' };
    try {
      raw = new URL(raw).hostname;
    } catch {
      return { error: `"${input.trim()}" is not a web address` };
    }
  } else raw = raw.replace(/[/?#].*$/, '').replace(/:\d+$/, '');
  const labels = raw.split('.');
  const valid =
    raw.length <= 253 && labels.length >= 2 && labels.every((l) => /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/.test(l)) && /[a-z]/.test(labels[labels.length - 1]);
  if (!valid) return { error: `"${input.trim()}" is not a host name like support.acme.com` };
  if (BUILT_IN_SUFFIXES.some((s) => raw.endsWith(s)) || raw === 'mail.google.com') return { error: `${raw} is already covered by Tacto` };
  return { host: raw };
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

// ───────────────────────────── migrations ─────────────────────────────

/** Schema migrations, by the version they produce. Pure; exported for tests. */
export const MIGRATIONS: Record<number, (old: unknown) => unknown> = {
  // v1 held only the alias: keep it, add every v2 field with its default.
  2: (old) => {
    const v1 = isRecord(old) ? old : {};
    const alias = typeof v1.agentAlias === 'string' && v1.agentAlias.trim() ? v1.agentAlias.trim().slice(0, MAX_ALIAS) : 'agent';
    return { ...defaultSettings(), agentAlias: alias };
  },
};

/** Runs the migrations from `fromVersion` up to the current schema (team files use it too). */
export function migrateSettings(value: unknown, fromVersion: number): unknown {
  let v = value;
  for (let version = fromVersion + 1; version <= SETTINGS_VERSION; version++) v = MIGRATIONS[version]?.(v) ?? v;
  return v;
}

// ───────────────────────────── team settings file ─────────────────────────────

export const SETTINGS_FILE_FORMAT = 'tacto-settings';

export interface TeamSettingsFile {
  format: typeof SETTINGS_FILE_FORMAT;
  version: number;
  exportedAt: string;
  settings: TeamSettings;
}

export class SettingsFileError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid settings: ${problems.join('; ')}`);
    this.name = 'SettingsFileError';
  }
}

export function teamSettingsOf(settings: Settings): TeamSettings {
  const out = {} as Record<string, unknown>;
  for (const key of TEAM_KEYS) out[key] = structuredClone(settings[key]);
  // What the lead never wants flagged (their own allow-list) goes to the whole team.
  out.teamAllowPhrases = [...new Set([...settings.teamAllowPhrases, ...settings.allowPhrases].map(normalisePhrase).filter(Boolean))];
  return out as TeamSettings;
}

export function exportTeamSettings(settings: Settings, now = new Date()): TeamSettingsFile {
  return { format: SETTINGS_FILE_FORMAT, version: SETTINGS_VERSION, exportedAt: now.toISOString(), settings: teamSettingsOf(settings) };
}

/**
 * Parses a team settings file (text or parsed JSON). Strict: throws SettingsFileError
 * listing every problem, so the caller changes nothing. Files of older schema versions
 * are migrated first; a file from a newer Tacto is refused.
 */
export function parseTeamSettingsFile(input: unknown): TeamSettings {
  let data = input;
  if (typeof data === 'string') {
    try {
      data = JSON.parse(data);
    } catch (error) {
      throw new SettingsFileError([`not a JSON file (${(error as Error).message})`]);
    }
  }
  if (!isRecord(data)) throw new SettingsFileError(['expected a JSON object']);
  if (data.format !== SETTINGS_FILE_FORMAT) {
    const hint = data.format === 'tacto-playbook' ? ' (this is a playbook: import it in the playbook section)' : '';
    throw new SettingsFileError([`"format" must be "${SETTINGS_FILE_FORMAT}" (got ${JSON.stringify(data.format)})${hint}`]);
  }
  const version = data.version;
  if (!Number.isInteger(version) || (version as number) < 1) throw new SettingsFileError([`"version" must be a schema version (got ${JSON.stringify(version)})`]);
  if ((version as number) > SETTINGS_VERSION) throw new SettingsFileError([`made by a newer Tacto (settings version ${version}; this one reads up to ${SETTINGS_VERSION})`]);
  if (!isRecord(data.settings)) throw new SettingsFileError(['"settings" must be an object']);
  const migrated = (version as number) < SETTINGS_VERSION ? migrateSettings(data.settings, version as number) : data.settings;
  const required = TEAM_KEYS.filter((key) => !OPTIONAL_TEAM_KEYS.has(key));
  const optional = TEAM_KEYS.filter((key) => OPTIONAL_TEAM_KEYS.has(key));
  const { value, problems } = checkSettingsFields(migrated, required, true);
  const extra = checkSettingsFields(migrated, optional, false);
  problems.push(...extra.problems);
  if (problems.length) throw new SettingsFileError(problems);
  return { teamAllowPhrases: [], ...value, ...extra.value } as TeamSettings;
}

/** The current settings with a team file's settings applied (the alias and UI language stay). */
export function applyTeamSettings(current: Settings, team: TeamSettings): Settings {
  return { ...current, ...structuredClone(team) };
}

// ───────────────────────────── playbook file ─────────────────────────────

export function exportPlaybook(playbook: Playbook): string {
  const accepted = playbook.accepted?.length ? { accepted: playbook.accepted } : {};
  return `${JSON.stringify({ format: 'tacto-playbook', version: 1, entries: playbook.entries, ...accepted }, null, 2)}\n`;
}

/** Parses a playbook file (spec format); throws an Error naming the first problem. */
export function importPlaybook(text: string): Playbook {
  return parsePlaybook(text);
}

// ───────────────────────────── managed (policy) settings ─────────────────────────────
// An administrator can set the team's settings, playbook and a team allow-list through
// enterprise policy (browser.storage.managed; Chrome `3rdparty` extension policy with
// public/managed-schema.json, Firefox policies.json `3rdparty`). Managed values win over
// local ones; the team allow-list adds to each agent's own. Holidays are not managed (public
// holiday dates are computed on each machine).

export const MANAGED_KEYS = [
  'timezone',
  'businessHours',
  'minBusinessHours',
  'defaultPriority',
  'helpdesks',
  'disabledRules',
  'retentionWeeks',
  'customDomains',
  'playbook',
  'allowPhrases',
] as const satisfies readonly (keyof Settings)[];
export type ManagedKey = (typeof MANAGED_KEYS)[number];

export interface ManagedSettings {
  value: Partial<Pick<Settings, ManagedKey>>;
  /** The keys the policy sets (validly). */
  keys: ManagedKey[];
  /** Fields of the policy that were left out, and why. */
  problems: string[];
}

export const NO_MANAGED: ManagedSettings = Object.freeze({ value: {}, keys: [], problems: [] }) as ManagedSettings;

/** Lenient: the fields the policy sets validly; a bad field is left out (and named in `problems`). */
export function parseManagedSettings(raw: unknown): ManagedSettings {
  if (!isRecord(raw) || Object.keys(raw).length === 0) return NO_MANAGED;
  const { value, problems } = checkSettingsFields(raw, MANAGED_KEYS, false);
  return { value, keys: MANAGED_KEYS.filter((k) => value[k] !== undefined), problems };
}

/** The settings in force: the managed values over the local ones; the team allow-list before the agent's. */
export function applyManaged(local: Settings, managed: ManagedSettings): Settings {
  if (managed.keys.length === 0) return local;
  const out: Settings = { ...local, ...structuredClone(managed.value) };
  if (managed.value.allowPhrases) out.allowPhrases = [...new Set([...managed.value.allowPhrases, ...local.allowPhrases])];
  return out;
}

/** What is stored locally for `next`: managed fields keep their stored local value; team phrases are not copied. */
export function localPart(next: Settings, storedLocal: Settings, managed: ManagedSettings): Settings {
  const out = { ...next } as Record<string, unknown>;
  for (const key of managed.keys) {
    if (key === 'allowPhrases') out.allowPhrases = next.allowPhrases.filter((p) => !managed.value.allowPhrases?.includes(p));
    else out[key] = storedLocal[key];
  }
  return out as unknown as Settings;
}

let managedCache: ManagedSettings = NO_MANAGED;
/** Whether this context has had one answer from the policy (later reads do not wait for it). */
let managedKnown = false;
/** Called when a slow policy read finally answers (see loadManagedSettings). */
const lateManaged = new Set<() => void>();
/** How long a settings read waits for the policy before going on without it (by default). */
const MANAGED_WAIT_MS = 1500;

async function readManaged(): Promise<ManagedSettings> {
  try {
    const area = browser.storage?.managed;
    return area ? parseManagedSettings(await area.get(null)) : NO_MANAGED;
  } catch {
    // Firefox without a policy (and older browsers) reject: nothing is managed.
    return NO_MANAGED;
  }
}

/**
 * The policy's settings ({} where none is set, or the browser has no managed storage).
 * Chromium answers `storage.managed` only once its policy service is ready, which can take
 * seconds after a start; Tacto does not wait for it: after a moment it goes on with what it
 * knew, and tells the watchers (watchSettings) when the policy arrives.
 */
export async function loadManagedSettings(waitMs = MANAGED_WAIT_MS): Promise<ManagedSettings> {
  const read = readManaged().then((managed) => {
    const changed = JSON.stringify(managed.value) !== JSON.stringify(managedCache.value);
    managedCache = managed;
    managedKnown = true;
    return { managed, changed };
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const wait = managedKnown ? 0 : waitMs;
  const late = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), wait)));
  const first = await Promise.race([read, late]);
  clearTimeout(timer);
  if (first !== 'late') return first.managed;
  void read.then(({ changed }) => {
    if (changed) for (const notify of lateManaged) notify();
  });
  return managedCache;
}

// ───────────────────────────── storage ─────────────────────────────

/** Defines the storage item (a fresh definition runs pending migrations; tests use it). */
export function defineSettingsItem() {
  return storage.defineItem<Settings>('local:settings', {
    fallback: defaultSettings(),
    version: SETTINGS_VERSION,
    migrations: MIGRATIONS as Record<number, (old: unknown) => Settings>,
  });
}

let item: ReturnType<typeof defineSettingsItem> | undefined;
const settingsItem = () => (item ??= defineSettingsItem());

/**
 * The settings in force: the local ones with the policy's (managed) values over them.
 * `managedWaitMs`: how long to wait for a slow policy read (the helpdesk page waits little
 * and takes the policy through watchSettings when it arrives).
 */
export async function loadSettings(managedWaitMs?: number): Promise<Settings> {
  const [local, managed] = await Promise.all([settingsItem().getValue(), loadManagedSettings(managedWaitMs)]);
  return applyManaged(normaliseSettings(local), managed);
}

/** Saves complete settings; throws SettingsFileError (nothing saved) when they are invalid. Managed fields are not stored locally. */
export async function saveSettings(settings: Settings): Promise<void> {
  const valid = validateSettings(settings);
  const managed = await loadManagedSettings();
  const toStore = managed.keys.length ? localPart(valid, normaliseSettings(await settingsItem().getValue()), managed) : valid;
  await settingsItem().setValue(toStore);
}

/** Loads, changes and saves (validated) in one step. */
export async function updateSettings(change: (current: Settings) => Settings): Promise<Settings> {
  const next = change(await loadSettings());
  await saveSettings(next);
  return next;
}

/** Calls back with the new settings whenever any extension context saves them. Returns the unwatch function. */
export function watchSettings(callback: (settings: Settings) => void): () => void {
  const unwatch = settingsItem().watch((value) => callback(applyManaged(normaliseSettings(value), managedCache)));
  // A policy change (the administrator's) arrives as a change of the managed area.
  const onChanged = (_changes: unknown, area: string) => {
    if (area === 'managed') void loadSettings().then(callback, () => undefined);
  };
  browser.storage?.onChanged?.addListener(onChanged);
  const onLate = () => void loadSettings().then(callback, () => undefined);
  lateManaged.add(onLate);
  return () => {
    unwatch();
    lateManaged.delete(onLate);
    browser.storage?.onChanged?.removeListener(onChanged);
  };
}

// ───────────────────────────── what the coach needs ─────────────────────────────

/** The browser's IANA zone, or UTC. */
let cachedBrowserZone: string | undefined;

/** The browser's own zone; read once (it costs an Intl formatter, too much per keystroke). */
export function browserTimeZone(): string {
  if (cachedBrowserZone) return cachedBrowserZone;
  cachedBrowserZone = 'UTC';
  try {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (zone && isIanaZone(zone)) cachedBrowserZone = zone;
  } catch {
    // no Intl zone data
  }
  return cachedBrowserZone;
}

/**
 * The analysis context for a ticket: the ticket's priority when the page shows one,
 * else the default priority; hours, zone, turnaround and every holiday date from settings.
 * Public holidays are passed as explicit dates (no holiday library in the page).
 */
export function analysisContextFromSettings(settings: Settings, ticketPriority?: Priority): AnalysisContext {
  const priority = ticketPriority && PRIORITIES.includes(ticketPriority) ? ticketPriority : settings.defaultPriority;
  return {
    timezone: settings.timezone || browserTimeZone(),
    priority,
    businessHours: { ...settings.businessHours, days: [...settings.businessHours.days] },
    holidays: [...new Set([...settings.holidays.publicDates, ...settings.holidays.teamDates])].sort(),
    minBusinessHours: { ...settings.minBusinessHours },
    strictness: settings.strictness,
  };
}

/** Everything analyze() takes from settings, for an agent draft. */
export function analysisInputFromSettings(
  settings: Settings,
  ticketPriority?: Priority,
): { context: AnalysisContext; playbook: Playbook; disabledRules: RuleId[] } {
  return {
    context: analysisContextFromSettings(settings, ticketPriority),
    playbook: settings.playbook,
    disabledRules: [...settings.disabledRules],
  };
}

/** Whether Tacto coaches on this helpdesk (custom domains follow their helpdesk type). */
export function helpdeskEnabled(settings: Settings, helpdesk: HelpdeskId): boolean {
  return settings.helpdesks[helpdesk] !== false;
}

/** The UI language to use: the setting, or the browser's for 'browser'. */
export function resolveUiLanguage(setting: UiLanguageSetting, browserLanguage: string): 'es' | 'en' {
  if (setting === 'es' || setting === 'en') return setting;
  return browserLanguage.toLowerCase().startsWith('es') ? 'es' : 'en';
}
