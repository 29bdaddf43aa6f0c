/**
 * The settings' schema, field by field (valibot). Reading is lenient (a damaged field falls
 * back to its default, so Tacto keeps working); saving and importing are strict (a bad value
 * changes nothing and says what is wrong, through SettingsFileError and ./problems.ts).
 */
import * as v from 'valibot';
import { DEFAULT_MIN_BUSINESS_HOURS } from '../analysis/context';
import { type BusinessHours, type Priority, RULE_IDS, type RuleId } from '../analysis/types';
import { MAX_ALLOW_PHRASES, normalisePhrase } from '../coach/control/dismissals';
import { type HelpdeskId, HELPDESKS } from '../log/messaging';
import { defaultSettings } from './defaults';
import { parseHost } from './hosts';
import { playbookSchema } from './playbook-file';
import { isRecord, jsonObject, type Problem, problemsOf, say, SettingsFileError, shown } from './problems';
import { CUSTOM_DOMAIN_HELPDESKS, type CustomDomain, MAX_ALIAS, MAX_DATES, MAX_MIN_BUSINESS_HOURS, PRIORITIES, RETENTION_WEEKS, type Settings, STRICTNESS_LEVELS, UI_LANGUAGES } from './types';

export { isRecord, SettingsFileError } from './problems';

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

/** Whether Intl knows the zone (what the engine's context accepts); memoised, as it builds a formatter. */
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

/** "9:00" is accepted and written "09:00". */
function normaliseClock(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const m = /^(\d{1,2}):(\d{2})$/.exec(value.trim());
  if (!m) return undefined;
  const clock = `${m[1].padStart(2, '0')}:${m[2]}`;
  return HHMM.test(clock) && (clock.startsWith('24') ? clock === '24:00' : true) ? clock : undefined;
}

const timezone = v.pipe(v.string(say('errTimezone', shown)), v.check(isValidTimeZone, say('errTimezone', shown)));

const clock = v.pipe(
  v.unknown(),
  v.rawTransform(({ dataset, addIssue, NEVER }) => {
    const normal = normaliseClock(dataset.value);
    if (normal === undefined) {
      addIssue({ message: say('errClock', shown) });
      return NEVER;
    }
    return normal;
  }),
);

const businessHours = v.pipe(
  jsonObject(
    {
      days: v.pipe(
        v.config(v.array(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(7))), { message: say('errWeekdays') }),
        // 0 is Sunday in JavaScript's count; ISO counts it 7.
        v.transform((days) => [...new Set(days.map((d) => (d === 0 ? 7 : d)))].sort((a, b) => a - b)),
        v.minLength(1, say('errNoWorkingDay')),
      ),
      start: clock,
      end: clock,
    },
    say('errHoursShape'),
  ),
  v.check(({ start, end }) => clockMinutes(end) > clockMinutes(start), say('errDayEnds', (hours) => (hours as BusinessHours).start, (hours) => (hours as BusinessHours).end)),
) satisfies v.GenericSchema<unknown, BusinessHours>;

const dates = v.pipe(
  v.array(v.unknown(), say('errDates')),
  v.maxLength(MAX_DATES, say('errTooMany', MAX_DATES, (list) => String((list as unknown[]).length))),
  v.check(
    (list) => list.every((d) => typeof d === 'string' && isValidDate(d)),
    say('errNotDates', (list) => (list as unknown[]).filter((d) => typeof d !== 'string' || !isValidDate(d)).slice(0, 3).map(shown).join(', ')),
  ),
  v.transform((list) => [...new Set(list as string[])].sort()),
);

const holidays = v.pipe(
  jsonObject(
    {
      country: v.optional(v.pipe(v.string(say('errCountry', shown)), v.regex(/^([A-Za-z]{2})?$/, say('errCountry', shown))), ''),
      region: v.optional(v.pipe(v.string(say('errRegion', shown)), v.regex(/^[A-Za-z0-9-]{0,10}$/, say('errRegion', shown))), ''),
      teamDates: v.optional(dates, []),
      publicDates: v.optional(dates, []),
      // Computed here, never typed by a person: anything but two years reads as "none".
      publicYears: v.fallback(v.nullable(v.tuple([v.pipe(v.number(), v.integer()), v.pipe(v.number(), v.integer())])), null),
    },
    say('errHolidaysShape'),
  ),
  v.transform(({ country, region, teamDates, publicDates, publicYears }) => {
    const countryCode = country.toUpperCase();
    return {
      country: countryCode,
      region: countryCode ? region.toUpperCase() : '',
      publicDates: countryCode ? publicDates : [],
      publicYears: countryCode ? (publicYears as [number, number] | null) : null,
      teamDates,
    };
  }),
);

const hours = v.optional(v.config(v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(MAX_MIN_BUSINESS_HOURS)), { message: say('errHours', shown, MAX_MIN_BUSINESS_HOURS) }));
const minBusinessHours = v.pipe(
  jsonObject(Object.fromEntries(PRIORITIES.map((p) => [p, hours])) as Record<Priority, typeof hours>, say('errMinHoursShape')),
  // A priority left out keeps its default.
  v.transform((given) => {
    const out = { ...DEFAULT_MIN_BUSINESS_HOURS };
    for (const p of PRIORITIES) if (given[p] !== undefined) out[p] = given[p];
    return out;
  }),
);

const choice = <const T extends string>(allowed: readonly T[]) => v.picklist(allowed as T[], say('errChoice', shown, allowed.join(', ')));

const helpdesks = v.pipe(
  v.custom<Record<string, unknown>>(isRecord, say('errHelpdesks')),
  v.record(v.string(), v.boolean(), say('errHelpdesks')),
  // A helpdesk the value does not name is on (a new helpdesk starts switched on).
  v.transform((given) => Object.fromEntries(HELPDESKS.map((id) => [id, given[id] ?? true])) as Record<HelpdeskId, boolean>),
);

const isRuleId = (r: unknown): r is RuleId => RULE_IDS.includes(r as RuleId);
const disabledRules = v.pipe(
  v.array(v.unknown(), say('errRuleList')),
  v.check((list) => list.every(isRuleId), say('errUnknownRules', (list) => (list as unknown[]).filter((r) => !isRuleId(r)).map(shown).join(', '))),
  v.transform((list) => RULE_IDS.filter((r) => list.includes(r))),
);

const agentAlias = v.pipe(
  v.string(say('errAlias', MAX_ALIAS)),
  v.trim(),
  v.nonEmpty(say('errAlias', MAX_ALIAS)),
  v.maxLength(MAX_ALIAS, say('errAlias', MAX_ALIAS)),
);

const retentionWeeks = v.config(v.pipe(v.number(), v.integer(), v.minValue(RETENTION_WEEKS.min), v.maxValue(RETENTION_WEEKS.max)), {
  message: say('errRetention', shown, RETENTION_WEEKS.min, RETENTION_WEEKS.max),
});

const host = v.pipe(
  v.string(say('errDomainShape')),
  v.rawTransform(({ dataset, addIssue, NEVER }) => {
    const parsed = parseHost(dataset.value);
    if ('error' in parsed) {
      addIssue({ message: say(parsed.error.key, ...parsed.error.subs) });
      return NEVER;
    }
    return parsed.host;
  }),
);
const customDomains = v.pipe(
  v.array(jsonObject({ host, helpdesk: choice(CUSTOM_DOMAIN_HELPDESKS) }, say('errDomainShape')), say('errDomainList')),
  // A host listed twice is registered once, under its first helpdesk.
  v.transform((list) => list.filter((d, i) => list.findIndex((o) => o.host === d.host) === i)),
) satisfies v.GenericSchema<unknown, CustomDomain[]>;

const phraseList = v.pipe(
  v.array(v.string(say('errPhraseList', MAX_ALLOW_PHRASES)), say('errPhraseList', MAX_ALLOW_PHRASES)),
  v.maxLength(MAX_ALLOW_PHRASES, say('errPhraseList', MAX_ALLOW_PHRASES)),
  v.transform((list) => [...new Set(list.map(normalisePhrase).filter(Boolean))]),
);

/** Each setting's schema; its output is the clean value. */
export const SETTINGS_SCHEMA: { [K in keyof Settings]: v.GenericSchema<unknown, Settings[K]> } = {
  timezone,
  businessHours,
  holidays,
  minBusinessHours,
  defaultPriority: choice(PRIORITIES),
  uiLanguage: choice(UI_LANGUAGES),
  helpdesks,
  disabledRules,
  agentAlias,
  retentionWeeks,
  customDomains,
  playbook: playbookSchema as v.GenericSchema<unknown, Settings['playbook']>,
  allowPhrases: phraseList,
  teamAllowPhrases: phraseList,
  strictness: choice(STRICTNESS_LEVELS),
};

/**
 * Validates every field present in `raw` (all of `keys` when `required`); returns the clean
 * fields and the problems found. Unknown fields are ignored (a newer file may carry more).
 */
export function checkSettingsFields<K extends keyof Settings>(
  raw: unknown,
  keys: readonly K[],
  required: boolean,
): { value: Partial<Pick<Settings, K>>; problems: Problem[] } {
  const problems: Problem[] = [];
  const value: Partial<Pick<Settings, K>> = {};
  if (!isRecord(raw)) return { value, problems: [{ key: 'errNotObject', subs: [] }] };
  for (const key of keys) {
    if (raw[key] === undefined) {
      if (required) problems.push({ field: key, key: 'errMissing', subs: [] });
      continue;
    }
    const result = v.safeParse(SETTINGS_SCHEMA[key], raw[key]);
    if (result.success) value[key] = result.output as Settings[K];
    else problems.push(...problemsOf(result.issues, key));
  }
  return { value, problems };
}

/** Lenient: whatever is stored, a complete Settings (damaged fields take their defaults). */
export function normaliseSettings(raw: unknown): Settings {
  const keys = Object.keys(SETTINGS_SCHEMA) as (keyof Settings)[];
  const { value } = checkSettingsFields(raw, keys, false);
  return { ...defaultSettings(), ...value };
}

/** Strict: the whole settings object, or an error listing every problem. */
export function validateSettings(raw: unknown): Settings {
  const keys = Object.keys(SETTINGS_SCHEMA) as (keyof Settings)[];
  const { value, problems } = checkSettingsFields(raw, keys, true);
  if (problems.length) throw new SettingsFileError(problems);
  return value as Settings;
}
