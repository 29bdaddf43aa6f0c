/**
 * The team's business calendar in the context's zone: which days are worked, when a
 * day closes, and how many business hours lie between two instants. Holidays are the
 * context's explicit dates plus, when a provider is injected, the public holidays of
 * `holidaysCountry`/`holidaysRegion` (fetched per year, lazily).
 *
 * Hot path: re-analysis runs on every keystroke with a new `now`, so each local day's
 * boundaries are computed once (zone- and DST-aware, `instantAt`) and kept as epoch ms;
 * everything else is arithmetic on day indices (days since 1970-01-01 of the local
 * calendar date). Calendars are memoised per context (`calendarFor`).
 */
import { TZDate, tzOffset } from '@date-fns/tz';
import { clockMinutes } from '../context';
import type { AnalysisContext, HolidayProvider } from '../types';

/** Far enough for any promise a support reply makes; bounds every day-by-day loop. */
const MAX_DAYS_SCANNED = 800;
const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
const MINUTE_MS = 60_000;

/** A local calendar day: plain arithmetic, no time-zone work. */
export interface DayInfo {
  /** Days since 1970-01-01 of the local calendar date. */
  index: number;
  year: number;
  month: number;
  day: number;
  /** ISO weekday, 1 = Monday. */
  weekday: number;
  business: boolean;
}

/** The instants (epoch ms) that bound a local day in the zone; computed once per day, memoised. */
export interface DayBounds {
  startMs: number;
  nextStartMs: number;
  openMs: number;
  closeMs: number;
}

/** Calendar date of a day index (zone-free). */
export function dateOfIndex(index: number): { year: number; month: number; day: number } {
  const d = new Date(index * DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** Day index of a calendar date; month and day may overflow as in Date.UTC. */
export function indexOfDate(year: number, month: number, day: number): number {
  return Math.floor(Date.UTC(year, month - 1, day) / DAY_MS);
}

/** ISO weekday of a day index (1970-01-01 was a Thursday). */
const weekdayOfIndex = (index: number) => ((((index + 3) % 7) + 7) % 7) + 1;

export class BusinessCalendar {
  readonly zone: string;
  private readonly workdays: Set<number>;
  private readonly openMinute: number;
  private readonly closeMinute: number;
  /** Length of a business day. DST changes happen at night, so it is the same every day. */
  private readonly dayHours: number;
  private readonly holidays: Set<string>;
  private readonly yearsLoaded = new Set<number>();
  private readonly days = new Map<number, DayInfo>();
  private readonly bounds = new Map<number, DayBounds>();
  private readonly isoCache = new Map<number, string>();
  /** The zone is UTC itself, whose ISO times end in «Z» (a zone merely at +00:00, like London's winter, writes the offset). */
  private readonly utc: boolean;

  constructor(
    private readonly context: AnalysisContext,
    private readonly provider?: HolidayProvider,
  ) {
    this.zone = context.timezone;
    this.utc = /^(?:utc|gmt)$/i.test(context.timezone);
    this.workdays = new Set(context.businessHours.days.map((d) => (d === 0 ? 7 : d)));
    this.openMinute = clockMinutes(context.businessHours.start);
    this.closeMinute = clockMinutes(context.businessHours.end);
    this.dayHours = (this.closeMinute - this.openMinute) / 60;
    this.holidays = new Set(context.holidays);
  }

  private loadYear(year: number): void {
    if (this.yearsLoaded.has(year)) return;
    this.yearsLoaded.add(year);
    const country = this.context.holidaysCountry;
    if (!country || !this.provider) return;
    for (const date of this.provider(country, this.context.holidaysRegion, year)) this.holidays.add(date);
  }

  /** The local day with that index: date, weekday, and whether the team works it. */
  day(index: number): DayInfo {
    let info = this.days.get(index);
    if (info) return info;
    const { year, month, day } = dateOfIndex(index);
    this.loadYear(year);
    const weekday = weekdayOfIndex(index);
    const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    info = { index, year, month, day, weekday, business: this.workdays.has(weekday) && !this.holidays.has(iso) };
    if (this.days.size > 5000) this.days.clear();
    this.days.set(index, info);
    return info;
  }

  /** Midnight, opening, closing and next midnight of a day, in the zone (DST-aware). */
  boundsOf(index: number): DayBounds {
    let b = this.bounds.get(index);
    if (b) return b;
    const { year, month, day } = dateOfIndex(index);
    // The first guess is the zone's offset now, as luxon's was: it only decides a midnight that comes twice (Havana's in November).
    const startMs = instantAt(this.zone, Date.UTC(year, month - 1, day), tzOffset(this.zone, new Date()));
    // Clock times are set on the day as it began, from its offset: a midnight the clocks skip
    // (Santiago's in September) begins the day at 01:00, and the day after is reached at 01:00 too.
    const start = this.dateAt(startMs);
    const offset = tzOffset(this.zone, start);
    const onClock = (days: number, hour: number, minute: number) =>
      instantAt(this.zone, Date.UTC(start.getFullYear(), start.getMonth(), start.getDate() + days, hour, minute, start.getSeconds(), start.getMilliseconds()), offset);
    const nextStartMs = onClock(1, start.getHours(), start.getMinutes());
    const atClock = (minuteOfDay: number) => (minuteOfDay >= 24 * 60 ? nextStartMs : onClock(0, Math.floor(minuteOfDay / 60), minuteOfDay % 60));
    b = { startMs, nextStartMs, openMs: atClock(this.openMinute), closeMs: atClock(this.closeMinute) };
    if (this.bounds.size > 2000) this.bounds.clear();
    this.bounds.set(index, b);
    return b;
  }

  /** Index of the local day containing the instant (zone offsets are under a day). */
  indexAt(ms: number): number {
    const guess = Math.floor(ms / DAY_MS);
    for (let i = guess - 1; i <= guess + 1; i++) {
      const b = this.boundsOf(i);
      if (ms >= b.startMs && ms < b.nextStartMs) return i;
    }
    return guess;
  }

  /** The instant as a date whose fields (hours, weekday…) are the zone's wall clock. */
  dateAt(ms: number): TZDate {
    return new TZDate(ms, this.zone);
  }

  /**
   * ISO 8601 with the zone's offset ("2026-11-22T00:00:00-05:00"); milliseconds only when there
   * are some, «Z» only for UTC itself, as commitments' `due` has always been written; memoised.
   */
  isoAt(ms: number): string {
    let iso = this.isoCache.get(ms);
    if (iso === undefined) {
      const date = this.dateAt(ms);
      iso = date.toISOString(); // "2026-11-22T00:00:00.000-05:00"
      if (date.getMilliseconds() === 0) iso = iso.replace('.000', '');
      if (this.utc) iso = iso.replace(/\+00:00$/, 'Z');
      if (this.isoCache.size > 2000) this.isoCache.clear();
      this.isoCache.set(ms, iso);
    }
    return iso;
  }

  closeOf(index: number): number {
    return this.boundsOf(index).closeMs;
  }

  /** When a promise "for that day" falls due: its business close, or the midnight after it when it is not worked. */
  endOfDay(index: number): number {
    const b = this.boundsOf(index);
    return this.day(index).business ? b.closeMs : b.nextStartMs;
  }

  /** The n-th business day after day `index` (n ≥ 1). */
  addBusinessDays(index: number, n: number): number | undefined {
    if (this.workdays.size === 0) return undefined;
    for (let i = 1, left = n; i <= MAX_DAYS_SCANNED; i++) {
      if (this.day(index + i).business && --left === 0) return index + i;
    }
    return undefined;
  }

  /** Last business day in [from, to], or undefined. */
  lastBusinessDay(from: number, to: number): number | undefined {
    for (let i = to; i >= from && to - i < MAX_DAYS_SCANNED; i--) if (this.day(i).business) return i;
    return undefined;
  }

  /** Business days strictly after day `from` up to and including day `to`. */
  private businessDaysIn(from: number, to: number): number {
    let count = 0;
    const last = Math.min(to, from + MAX_DAYS_SCANNED);
    for (let i = from + 1; i <= last; i++) if (this.day(i).business) count++;
    return count;
  }

  /** Business days after `nowMs`'s day up to and including `dueMs`'s day. */
  businessDaysBetween(nowMs: number, dueMs: number): number {
    return this.businessDaysIn(this.indexAt(nowMs), this.indexAt(dueMs));
  }

  /** Business hours of day `index` that fall within [fromMs, toMs]. */
  private hoursWithin(index: number, fromMs: number, toMs: number): number {
    if (!this.day(index).business) return 0;
    const b = this.boundsOf(index);
    const span = Math.min(toMs, b.closeMs) - Math.max(fromMs, b.openMs);
    return span > 0 ? span / HOUR_MS : 0;
  }

  /** Business hours between two instants (0 when `dueMs` is not after `nowMs`). */
  businessHoursBetween(nowMs: number, dueMs: number): number {
    if (dueMs <= nowMs) return 0;
    const first = this.indexAt(nowMs);
    const last = this.indexAt(dueMs);
    if (first === last) return this.hoursWithin(first, nowMs, dueMs);
    // Whole days in between count a full business day each: only the ends need the zone.
    const middle = this.businessDaysIn(first, last - 1);
    return this.hoursWithin(first, nowMs, dueMs) + middle * this.dayHours + this.hoursWithin(last, nowMs, dueMs);
  }

  /**
   * The instant at which `hours` business hours have passed since `nowMs` («en 24 horas
   * hábiles»): the clock runs only while the team is open, so the window is exactly `hours`.
   */
  addBusinessHours(nowMs: number, hours: number): number | undefined {
    if (this.workdays.size === 0 || !(this.dayHours > 0)) return undefined;
    let left = hours * HOUR_MS;
    const first = this.indexAt(nowMs);
    for (let i = first; i <= first + MAX_DAYS_SCANNED; i++) {
      if (!this.day(i).business) continue;
      const b = this.boundsOf(i);
      const from = Math.max(nowMs, b.openMs);
      const available = b.closeMs - from;
      if (available <= 0) continue;
      if (available >= left) return from + left;
      left -= available;
    }
    return undefined;
  }

  /** First business close after `nowMs` whose window reaches `hours`, or undefined. */
  firstCloseWithWindow(nowMs: number, hours: number): number | undefined {
    if (this.workdays.size === 0) return undefined;
    const first = this.indexAt(nowMs);
    let accumulated = this.hoursWithin(first, nowMs, Infinity);
    if (this.day(first).business && this.closeOf(first) > nowMs && accumulated >= hours) return this.closeOf(first);
    for (let i = first + 1; i <= first + MAX_DAYS_SCANNED; i++) {
      if (!this.day(i).business) continue;
      accumulated += this.dayHours;
      if (accumulated >= hours) return this.closeOf(i);
    }
    return undefined;
  }
}

/**
 * The instant at which the zone's clock reads `wall` (that clock time written as UTC), starting
 * from the offset `guess` (minutes east): when the clocks go back and the time comes twice,
 * the one with the guessed offset — the day's own, for a day's opening and closing — and when they
 * skip it, the time as far past the jump as it was into the gap. This is how the calendar always
 * resolved DST (luxon's rule). TZDate's constructor and setters resolve a repeated time their own way,
 * through the system's zone: a fall-back day's 02:30 in Madrid came out an hour later on a UTC machine.
 */
export function instantAt(zone: string, wall: number, guess: number): number {
  let ms = wall - guess * MINUTE_MS;
  const offset = tzOffset(zone, new Date(ms));
  if (offset === guess) return ms;
  ms -= (offset - guess) * MINUTE_MS;
  const corrected = tzOffset(zone, new Date(ms));
  if (corrected === offset) return ms;
  // In a gap: read the wall clock with the offset before the jump.
  return wall - Math.min(offset, corrected) * MINUTE_MS;
}

const CALENDAR_CACHE_LIMIT = 64;
const calendars = new Map<string, BusinessCalendar>();
const providerIds = new WeakMap<HolidayProvider, number>();
let nextProviderId = 1;

/** The calendar for a context, memoised so day boundaries survive across keystrokes. */
export function calendarFor(context: AnalysisContext, provider?: HolidayProvider): BusinessCalendar {
  let providerId = 0;
  if (provider) {
    providerId = providerIds.get(provider) ?? nextProviderId++;
    providerIds.set(provider, providerId);
  }
  const key = `${providerId}|${JSON.stringify(context)}`;
  let calendar = calendars.get(key);
  if (!calendar) {
    calendar = new BusinessCalendar(context, provider);
    if (calendars.size >= CALENDAR_CACHE_LIMIT) calendars.clear();
    calendars.set(key, calendar);
  }
  return calendar;
}
