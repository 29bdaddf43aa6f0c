import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { TactoDatabase, toStored, type StoredEvent } from '../../lib/log/db';
import { appendEvents } from '../../lib/log/writer';
import { loadWeek, weekViewFrom } from '../../lib/log/store';
import { weeksEnding } from '../../lib/log/team';
import { createWeekCache } from '../../lib/log/week-cache';
import { weekRange } from '../../lib/log/week';
import { makeEvents } from './fixtures';

const ALL: StoredEvent[] = weeksEnding('2026-W48', 20).flatMap((w, i) => makeEvents(w, 5, 'ana', `w${i}`)).map(toStored);

function fakeLoad() {
  const calls: string[] = [];
  const load = async (last: string, count: number) => {
    calls.push(`${last}×${count}`);
    const [start] = weekRange(weeksEnding(last, count)[0]);
    const [, end] = weekRange(last);
    return ALL.filter((e) => e.t >= start && e.t < end);
  };
  return { calls, load };
}

describe('the trend’s week cache', () => {
  it('reads only the weeks it lacks, in one query over their span', async () => {
    const { calls, load } = fakeLoad();
    const cache = createWeekCache(load, () => new Date(2027, 0, 20));
    const first = await cache.range('2026-W47', 12);
    expect(first).toHaveLength(60);
    expect(calls).toEqual(['2026-W47×12']);
    const next = await cache.range('2026-W48', 12);
    expect(next).toHaveLength(60);
    expect(next.map((e) => e.id)).toEqual(ALL.filter((e) => e.t >= weekRange('2026-W37')[0]).map((e) => e.id));
    expect(calls).toEqual(['2026-W47×12', '2026-W48×1']);
    await cache.range('2026-W46', 12);
    expect(calls.at(-1)).toBe('2026-W35×1');
    expect(cache.size()).toBe(14);
  });

  it('always reads the current week again, and nothing after clear()', async () => {
    const { calls, load } = fakeLoad();
    const cache = createWeekCache(load, () => new Date(2026, 10, 25)); // 2026-W48
    await cache.range('2026-W48', 4);
    await cache.range('2026-W48', 4);
    expect(calls).toEqual(['2026-W48×4', '2026-W48×1']);
    cache.clear();
    expect(cache.size()).toBe(0);
    await cache.range('2026-W48', 4);
    expect(calls.at(-1)).toBe('2026-W48×4');
  });

  it('keeps at most `limit` weeks', async () => {
    const { load } = fakeLoad();
    const cache = createWeekCache(load, () => new Date(2027, 0, 20), 6);
    await cache.range('2026-W48', 4);
    await cache.range('2026-W44', 4);
    expect(cache.size()).toBe(6);
    expect(await cache.range('2026-W48', 4)).toHaveLength(20);
  });
});

describe('the week view from the trend’s events', () => {
  it('equals what loadWeek reads, for the team and for one agent', async () => {
    const db = new TactoDatabase(`view-${Math.random()}`);
    const events = [...ALL, ...makeEvents('2026-W48', 7, 'luis', 'l').map(toStored)];
    await appendEvents(db, events);
    for (const agent of [undefined, 'luis']) {
      const read = await loadWeek(db, '2026-W48', agent);
      const made = weekViewFrom('2026-W48', events, agent);
      expect(made.summary).toEqual(read.summary);
      expect(made.previous).toEqual(read.previous);
      expect(made.events.map((e) => e.id).sort()).toEqual(read.events.map((e) => e.id).sort());
    }
    db.close();
  });
});
