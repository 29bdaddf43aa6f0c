/** What the dashboard derives for the week on screen (lib/log/team-week.ts). */
import { describe, expect, it } from 'vitest';
import type { StoredEvent } from '../../lib/log/db';
import { weekViewFrom } from '../../lib/log/store';
import { teamWeek, TREND_WEEKS } from '../../lib/log/team-week';
import { makeEvents } from './fixtures';

const stored = (events: ReturnType<typeof makeEvents>): StoredEvent[] => events.map((e) => ({ ...e, t: Date.parse(e.at) }));
const WEEK = '2026-W48';
const range = stored([...makeEvents(WEEK, 60), ...makeEvents('2026-W47', 30, 'ana', 'p'), ...makeEvents(WEEK, 9, 'luis', 'l'), ...makeEvents('2026-W40', 6, 'marta', 'm')]);

describe('the team week', () => {
  it('covers the trend weeks ending with the week, the team in the table, who is missing', () => {
    const figures = teamWeek(weekViewFrom(WEEK, range), range, '', ['ana', 'luis', 'marta']);
    expect(figures.trend.weeks).toHaveLength(TREND_WEEKS);
    expect(figures.trend.weeks.at(-1)).toBe(WEEK);
    expect(figures.scoped).toHaveLength(range.length);
    expect(figures.table.rows.map((r) => r.agent)).toEqual(['ana', 'luis']);
    expect(figures.missing).toEqual(['marta']);
    expect(figures.topics.all.length).toBeGreaterThan(0);
  });

  it('narrows the trend and the export to the chosen agent; the table still shows the team', () => {
    const figures = teamWeek(weekViewFrom(WEEK, range, 'luis'), range, 'luis', ['ana', 'luis']);
    expect(figures.scoped.every((e) => e.agent === 'luis')).toBe(true);
    expect(figures.scoped).toHaveLength(9);
    expect(figures.table.rows.map((r) => r.agent)).toEqual(['ana', 'luis']);
  });
});
