/**
 * One CLI input line → the engine's input. A line is written by hand or by another program, so it is read
 * as a person would read it: «es-MX» is Spanish, "Customer" a customer, «9am» nine o'clock, a `now` with no
 * offset a time on the team's own clock. Only what cannot be read is an error, and nothing read loosely here
 * reaches the page: the extension's settings are validated where they are edited (`lib/settings`).
 */
import { tzOffset } from '@date-fns/tz';
import { instantAt } from '../analysis/commitments/calendar';
import { isValidZone } from '../analysis/context';
import { fold } from '../analysis/text';
import type { AnalysisContext, AnalyzeInput, Lang, Playbook, Priority, Role } from '../analysis/types';

export interface ParsedLine {
  id: unknown;
  input?: AnalyzeInput;
  error?: string;
  /** The raw object, for callers that read extra fields such as `expect`. */
  raw?: Record<string, unknown>;
}

/** One CLI input line → analyze() input, or an error message (the id is kept when present). */
export function parseInputLine(rawLine: string, playbook?: Playbook): ParsedLine {
  let obj: unknown;
  try {
    obj = JSON.parse(rawLine);
  } catch (err) {
    return { id: null, error: `invalid JSON: ${(err as Error).message}` };
  }
  if (!obj || typeof obj !== 'object' || Array.isArray(obj)) return { id: null, error: 'a line must be a JSON object' };
  const o = obj as Record<string, unknown>;
  const id = o.id ?? null;
  const fail = (error: string): ParsedLine => ({ id, error, raw: o });
  if (o.id === undefined || o.id === null || o.id === '') return fail('missing "id"');
  if (typeof o.text !== 'string') return fail('missing "text" (a string)');
  const role = o.role === undefined ? 'agent' : readRole(o.role);
  if (!role) return fail('"role" must be "agent" or "customer"');
  const lang = o.lang === undefined ? undefined : readLang(o.lang);
  if (lang === null) return fail('"lang" must be "es" or "en" (a tag such as "es-MX" is read as its language)');
  if (o.context !== undefined && (typeof o.context !== 'object' || o.context === null || Array.isArray(o.context))) {
    return fail('"context" must be an object');
  }
  const context = o.context === undefined ? undefined : readContext(o.context as Record<string, unknown>);
  const now = o.now === undefined ? undefined : readNow(o.now, context?.timezone);
  if (now === null) return fail('"now" must be an ISO 8601 date-time');
  return { id, input: { text: o.text, role, lang, now, context, playbook }, raw: o };
}

function readRole(value: unknown): Role | null {
  const role = typeof value === 'string' ? value.trim().toLowerCase() : '';
  return role === 'agent' || role === 'customer' ? role : null;
}

/** «es», «ES», «es-MX», «en_GB» → the language; anything else is not one Tacto reads. */
function readLang(value: unknown): Lang | null {
  const base = typeof value === 'string' ? value.trim().toLowerCase().split(/[-_]/)[0] : '';
  return base === 'es' || base === 'en' ? base : null;
}

const WALL_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?)?$/;

/**
 * `now` as an ISO instant. A date-time with an offset (or «Z») is that instant; one without, or a date alone, is a
 * time on the team's clock (`context.timezone`), which is how a person writing the line means it — the platform would
 * read it on the machine's clock instead. Epoch milliseconds are read too. Null when nothing can be read.
 */
function readNow(value: unknown, zone: unknown): string | null {
  if (typeof value === 'number') return Number.isFinite(value) ? new Date(value).toISOString() : null;
  if (typeof value !== 'string') return null;
  const text = value.trim();
  const wall = WALL_TIME.exec(text);
  if (wall && typeof zone === 'string' && isValidZone(zone)) {
    const [, y, mo, d, h = '0', mi = '0', s = '0', fraction = ''] = wall;
    const utcWall = Date.UTC(+y, +mo - 1, +d, +h, +mi, +s, Math.round(Number(`0${fraction}`) * 1000));
    if (!Number.isFinite(utcWall)) return null;
    return new Date(instantAt(zone, utcWall, tzOffset(zone, new Date(utcWall)))).toISOString();
  }
  // An RFC 9557 zone annotation («…-06:00[America/Chicago]») follows an offset that already fixes the instant.
  return Number.isNaN(Date.parse(text.replace(/\[[^\]]*\]$/, ''))) ? null : text;
}

/** Weekday names an input line may hold instead of numbers («lun», "Monday", «miércoles»), by their first three letters. */
const DAY_BY_NAME: Record<string, number> = { mon: 1, lun: 1, tue: 2, mar: 2, wed: 3, mie: 3, thu: 4, jue: 4, fri: 5, vie: 5, sat: 6, sab: 6, sun: 7, dom: 7 };

const PRIORITY_BY_NAME: Record<string, Priority> = {
  low: 'low', baja: 'low',
  normal: 'normal', medium: 'normal', media: 'normal',
  high: 'high', alta: 'high',
  urgent: 'urgent', urgente: 'urgent', critical: 'urgent', critica: 'urgent',
};

/**
 * The context as the engine reads it. What the engine itself cannot read it replaces by a default
 * (`lib/analysis/context.ts`); here the loose forms a person writes become the ones it reads: days by name or as
 * numeric strings, clocks as «9am» / «18h» / «18.00», `open` / `close` for `start` / `end`, a priority in either
 * language or case, numbers as strings, holidays as `{ "date": … }` or a date-time.
 */
function readContext(context: Record<string, unknown>): Partial<AnalysisContext> {
  const read: Record<string, unknown> = { ...context };
  if (typeof context.timezone === 'string') read.timezone = context.timezone.trim();
  if (typeof context.priority === 'string') read.priority = PRIORITY_BY_NAME[fold(context.priority.trim())] ?? context.priority;
  const hours = context.businessHours;
  if (hours && typeof hours === 'object' && !Array.isArray(hours)) {
    const h = hours as Record<string, unknown>;
    read.businessHours = {
      ...h,
      days: Array.isArray(h.days) ? h.days.map(readDay) : h.days,
      start: readClock(h.start ?? h.open ?? h.from),
      end: readClock(h.end ?? h.close ?? h.to),
    };
  }
  if (Array.isArray(context.holidays)) read.holidays = context.holidays.map(readHoliday);
  const min = context.minBusinessHours;
  if (min && typeof min === 'object' && !Array.isArray(min)) {
    const numbers: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(min)) {
      const priority = PRIORITY_BY_NAME[fold(key.trim())] ?? key;
      numbers[priority] = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
    }
    read.minBusinessHours = numbers;
  }
  return read as Partial<AnalysisContext>;
}

function readDay(day: unknown): unknown {
  if (typeof day !== 'string') return day;
  const text = day.trim();
  return /^\d$/.test(text) ? Number(text) : DAY_BY_NAME[fold(text).slice(0, 3)];
}

const CLOCK = /^(\d{1,2})(?:[:.h](\d{2}))?(?::\d{2})?\s*(?:h|hs|hrs)?\s*(a\.?\s?m\.?|p\.?\s?m\.?)?$/i;

/** «9», «9am», «6:30 p. m.», «18h», «18.00», «18:00:00» → "HH:MM"; anything else is passed on for the engine's default. */
function readClock(value: unknown): unknown {
  if (typeof value === 'number' && Number.isInteger(value)) value = String(value);
  if (typeof value !== 'string') return value;
  const m = CLOCK.exec(value.trim());
  if (!m) return value;
  let hour = Number(m[1]);
  const meridiem = m[3]?.[0].toLowerCase();
  if (meridiem && (hour < 1 || hour > 12)) return value;
  if (meridiem === 'p' && hour < 12) hour += 12;
  if (meridiem === 'a' && hour === 12) hour = 0;
  return `${String(hour).padStart(2, '0')}:${m[2] ?? '00'}`;
}

function readHoliday(day: unknown): unknown {
  const date = day && typeof day === 'object' && !Array.isArray(day) ? (day as { date?: unknown }).date : day;
  return typeof date === 'string' ? date.trim().slice(0, 10) : date;
}
