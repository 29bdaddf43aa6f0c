/**
 * The team's business calendar in the context's zone: which days are worked, when a
 * day closes, and how many business hours lie between two instants. Holidays are the
 * context's explicit dates plus, when a provider is injected, the public holidays of
 * `holidaysCountry`/`holidaysRegion` (fetched per year, lazily).
 */
import type { DateTime } from 'luxon';
import { clockMinutes } from '../context';
import type { AnalysisContext, HolidayProvider } from '../types';

/** Far enough for any promise a support reply makes; bounds every day-by-day loop. */
const MAX_DAYS_SCANNED = 800;

export class BusinessCalendar {
  readonly zone: string;
  private readonly days: Set<number>;
  private readonly openMinute: number;
  private readonly closeMinute: number;
  private readonly holidays: Set<string>;
  private readonly yearsLoaded = new Set<number>();

  constructor(
    private readonly context: AnalysisContext,
    private readonly provider?: HolidayProvider,
  ) {
    this.zone = context.timezone;
    this.days = new Set(context.businessHours.days.map((d) => (d === 0 ? 7 : d)));
    this.openMinute = clockMinutes(context.businessHours.start);
    this.closeMinute = clockMinutes(context.businessHours.end);
    this.holidays = new Set(context.holidays);
  }

  private loadYear(year: number): void {
    if (this.yearsLoaded.has(year)) return;
    this.yearsLoaded.add(year);
    const country = this.context.holidaysCountry;
    if (!country || !this.provider) return;
    for (const date of this.provider(country, this.context.holidaysRegion, year)) this.holidays.add(date);
  }

  isHoliday(day: DateTime): boolean {
    this.loadYear(day.year);
    return this.holidays.has(day.toISODate() ?? '');
  }

  isBusinessDay(day: DateTime): boolean {
    return this.days.has(day.weekday) && !this.isHoliday(day);
  }

  /** Start of the local day. */
  dayOf(t: DateTime): DateTime {
    return t.setZone(this.zone).startOf('day');
  }

  opening(day: DateTime): DateTime {
    return atClock(day, this.openMinute);
  }

  closing(day: DateTime): DateTime {
    return atClock(day, this.closeMinute);
  }

  /** When a promise "for that day" falls due: its business close, or midnight after it when it is not worked. */
  endOfDay(day: DateTime): DateTime {
    return this.isBusinessDay(day) ? this.closing(day) : day.startOf('day').plus({ days: 1 });
  }

  /** The n-th business day after `day` (n ≥ 1), or undefined when none is found. */
  addBusinessDays(day: DateTime, n: number): DateTime | undefined {
    let d = day.startOf('day');
    for (let i = 0, left = n; i < MAX_DAYS_SCANNED; i++) {
      d = d.plus({ days: 1 });
      if (this.isBusinessDay(d) && --left === 0) return d;
    }
    return undefined;
  }

  /** Last business day in [from, to] (local days), or undefined. */
  lastBusinessDayIn(from: DateTime, to: DateTime): DateTime | undefined {
    for (let d = to.startOf('day'); d >= from.startOf('day'); d = d.minus({ days: 1 })) {
      if (this.isBusinessDay(d)) return d;
    }
    return undefined;
  }

  /** Business hours between two instants (0 when `due` is not after `now`). */
  businessHoursBetween(now: DateTime, due: DateTime): number {
    if (due <= now) return 0;
    let minutes = 0;
    let day = this.dayOf(now);
    const lastDay = this.dayOf(due);
    for (let i = 0; day <= lastDay && i < MAX_DAYS_SCANNED; i++, day = day.plus({ days: 1 })) {
      if (!this.isBusinessDay(day)) continue;
      const from = DateTimeMax(now, this.opening(day));
      const to = DateTimeMin(due, this.closing(day));
      if (to > from) minutes += to.diff(from, 'minutes').minutes;
    }
    return minutes / 60;
  }

  /** First business close after `now` whose window is at least `hours`, or undefined. */
  firstCloseWithWindow(now: DateTime, hours: number): DateTime | undefined {
    let day = this.dayOf(now);
    let accumulated = 0;
    for (let i = 0; i < MAX_DAYS_SCANNED; i++, day = day.plus({ days: 1 })) {
      if (!this.isBusinessDay(day)) continue;
      const close = this.closing(day);
      if (close <= now) continue;
      const from = DateTimeMax(now, this.opening(day));
      accumulated += close.diff(from, 'minutes').minutes / 60;
      if (accumulated >= hours) return close;
    }
    return undefined;
  }
}

/** The local wall-clock time on that day (set(), not plus(), so DST days keep 09:00 at 09:00). */
function atClock(day: DateTime, minuteOfDay: number): DateTime {
  const start = day.startOf('day');
  if (minuteOfDay >= 24 * 60) return start.plus({ days: 1 });
  return start.set({ hour: Math.floor(minuteOfDay / 60), minute: minuteOfDay % 60 });
}

const DateTimeMax = (a: DateTime, b: DateTime) => (a > b ? a : b);
const DateTimeMin = (a: DateTime, b: DateTime) => (a < b ? a : b);
