import { describe, expect, it } from 'vitest';
import { isoWeek, isWeek, shiftWeek, weekDays, weekRange } from '../../lib/log/week';

describe('ISO weeks', () => {
  it.each([
    ['2026-01-01', '2026-W01'],
    ['2025-12-29', '2026-W01'],
    ['2027-01-01', '2026-W53'],
    ['2021-01-03', '2020-W53'],
    ['2026-11-23', '2026-W48'],
    ['2026-11-29', '2026-W48'],
    ['2026-11-30', '2026-W49'],
  ])('%s is in %s', (day, week) => {
    const [y, m, d] = day.split('-').map(Number);
    expect(isoWeek(new Date(y, m - 1, d, 12))).toBe(week);
  });

  it('knows where a week starts and ends, and its days', () => {
    const [start, end] = weekRange('2026-W48');
    expect(new Date(start)).toEqual(new Date(2026, 10, 23));
    expect(new Date(end)).toEqual(new Date(2026, 10, 30));
    expect(weekDays('2026-W48')).toEqual(['2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27', '2026-11-28', '2026-11-29']);
  });

  it('shifts across years and validates', () => {
    expect(shiftWeek('2026-W01', -1)).toBe('2025-W52');
    expect(shiftWeek('2026-W53', 1)).toBe('2027-W01');
    expect(isWeek('2026-W53')).toBe(true);
    expect(isWeek('2025-W53')).toBe(false);
    expect(isWeek('2026-W00')).toBe(false);
    expect(isWeek('2026-48')).toBe(false);
  });
});
