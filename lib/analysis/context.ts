/**
 * Fills an analysis context with defaults (a support team's usual week) and normalises
 * what callers may send loosely: Sunday as 0 or 7, "9:00" for "09:00", unknown zones.
 */
import type { AnalysisContext, BusinessHours, Priority } from './types';

export const DEFAULT_MIN_BUSINESS_HOURS: Record<Priority, number> = { low: 24, normal: 8, high: 4, urgent: 2 };
export const DEFAULT_BUSINESS_HOURS: BusinessHours = { days: [1, 2, 3, 4, 5], start: '09:00', end: '18:00' };
const PRIORITIES: Priority[] = ['low', 'normal', 'high', 'urgent'];

/**
 * Whether Intl knows the zone, which is all the calendar computes with. Not @date-fns/tz's
 * tzOffset: it also reads an offset out of any name with one in it («Mars+05»).
 */
function intlKnowsZone(zone: string): boolean {
  if (!zone) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** Zone validity, memoised: each check builds an Intl formatter, too slow per keystroke. */
const zoneValidity = new Map<string, boolean>();
export function isValidZone(zone: string): boolean {
  let valid = zoneValidity.get(zone);
  if (valid === undefined) {
    valid = intlKnowsZone(zone);
    if (zoneValidity.size > 500) zoneValidity.clear();
    zoneValidity.set(zone, valid);
  }
  return valid;
}

function systemZone(): string {
  try {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (zone && isValidZone(zone)) return zone;
  } catch {
    // no Intl time-zone data: fall through
  }
  return 'UTC';
}

const HHMM = /^(\d{1,2}):(\d{2})$/;

/** "9:00" → "09:00"; anything unparsable → the fallback. */
function normaliseClock(value: unknown, fallback: string): string {
  const m = typeof value === 'string' ? HHMM.exec(value.trim()) : null;
  if (!m) return fallback;
  const h = Number(m[1]), min = Number(m[2]);
  if (h > 24 || min > 59 || (h === 24 && min > 0)) return fallback;
  return `${String(h).padStart(2, '0')}:${m[2]}`;
}

/** Minutes since midnight of an "HH:MM" clock. */
export function clockMinutes(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return h * 60 + m;
}

/**
 * ISO weekdays (1 = Monday … 7 = Sunday; 0 is Sunday too). A list with no day read in it falls back to the default
 * week: a team with no business day would make every promise unrealistic, which is a settings mistake, not a judgement
 * (forty-first session: day names dropped silently had done exactly that; the CLI reads names, `lib/node/node-engine.ts`).
 */
function normaliseDays(days: unknown): number[] {
  if (!Array.isArray(days)) return [...DEFAULT_BUSINESS_HOURS.days];
  const iso = days
    .filter((d): d is number => Number.isInteger(d) && d >= 0 && d <= 7)
    .map((d) => (d === 0 ? 7 : d));
  return iso.length > 0 ? [...new Set(iso)].sort((a, b) => a - b) : [...DEFAULT_BUSINESS_HOURS.days];
}

/**
 * The page passes the same context object while its settings stand (entrypoints' cache), so
 * each keystroke's analysis reuses its resolution instead of checking the zone and the hours
 * again. A context passed in must not be changed afterwards (pass a new object instead), and
 * the resolution is frozen, so no reader can change what the next analysis reads.
 */
const resolved = new WeakMap<object, AnalysisContext>();

export function resolveContext(partial: Partial<AnalysisContext> = {}): AnalysisContext {
  const p = partial ?? {};
  let context = resolved.get(p);
  if (!context) resolved.set(p, (context = frozen(resolveAnew(p))));
  return context;
}

function frozen(context: AnalysisContext): AnalysisContext {
  Object.freeze(context.businessHours.days);
  Object.freeze(context.businessHours);
  Object.freeze(context.holidays);
  Object.freeze(context.minBusinessHours);
  return Object.freeze(context);
}

function resolveAnew(p: Partial<AnalysisContext>): AnalysisContext {
  const timezone = typeof p.timezone === 'string' && isValidZone(p.timezone) ? p.timezone : systemZone();
  const priority = PRIORITIES.includes(p.priority as Priority) ? (p.priority as Priority) : 'normal';
  const bh: Partial<BusinessHours> = p.businessHours ?? {};
  let start = normaliseClock(bh.start, DEFAULT_BUSINESS_HOURS.start);
  let end = normaliseClock(bh.end, DEFAULT_BUSINESS_HOURS.end);
  if (clockMinutes(end) <= clockMinutes(start)) ({ start, end } = DEFAULT_BUSINESS_HOURS);
  const minBusinessHours = { ...DEFAULT_MIN_BUSINESS_HOURS };
  for (const key of PRIORITIES) {
    const v = p.minBusinessHours?.[key];
    if (typeof v === 'number' && Number.isFinite(v) && v >= 0) minBusinessHours[key] = v;
  }
  const holidays = Array.isArray(p.holidays)
    ? p.holidays.filter((d): d is string => typeof d === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(d))
    : [];
  const context: AnalysisContext = {
    timezone,
    priority,
    businessHours: { days: normaliseDays(bh.days), start, end },
    holidays,
    minBusinessHours,
  };
  if (typeof p.holidaysCountry === 'string' && p.holidaysCountry) context.holidaysCountry = p.holidaysCountry.toUpperCase();
  if (typeof p.holidaysRegion === 'string' && p.holidaysRegion) context.holidaysRegion = p.holidaysRegion.toUpperCase();
  return context;
}
