/**
 * The dashboard's trend needs every event of the last 12 weeks (≈ 46,000 at 100,000 events
 * over 26 weeks): reading them all from IndexedDB takes ~0.5 s in Chromium, too slow for
 * each week switch. Weeks already read are kept, so a switch reads only the weeks it lacks
 * (one query over their span). The current week is always read again (events keep coming),
 * and an import or a deletion clears everything.
 */
import type { StoredEvent } from './db';
import { weekIndexer, weeksEnding } from './team';
import { isoWeek } from './week';

export interface WeekCache {
  /** All agents' events of `count` weeks ending with `last`, oldest first. */
  range(last: string, count: number): Promise<StoredEvent[]>;
  clear(): void;
  /** Weeks held (tests, bench). */
  size(): number;
}

export function createWeekCache(load: (last: string, count: number) => Promise<StoredEvent[]>, now: () => Date, limit = 40): WeekCache {
  const weeks = new Map<string, StoredEvent[]>();
  let generation = 0;
  return {
    async range(last, count) {
      const wanted = weeksEnding(last, count);
      const current = isoWeek(now());
      const missing = wanted.filter((w) => !weeks.has(w) || w >= current);
      if (missing.length > 0) {
        const span = wanted.slice(wanted.indexOf(missing[0]), wanted.indexOf(missing[missing.length - 1]) + 1);
        const started = generation;
        const events = await load(span[span.length - 1], span.length);
        const indexOf = weekIndexer(span);
        const grouped = span.map(() => [] as StoredEvent[]);
        for (const e of events) {
          const i = indexOf(e.t);
          if (i >= 0) grouped[i].push(e);
        }
        // A clear() while reading makes what was read stale: use it once, keep none of it.
        if (started !== generation) return grouped.flat();
        span.forEach((w, i) => {
          weeks.delete(w);
          weeks.set(w, grouped[i]);
        });
      }
      const result = wanted.flatMap((w) => weeks.get(w) ?? []);
      // Least recently used goes first: the weeks just asked for move to the end.
      for (const w of wanted) {
        const held = weeks.get(w);
        if (!held) continue;
        weeks.delete(w);
        weeks.set(w, held);
      }
      while (weeks.size > Math.max(limit, count)) weeks.delete(weeks.keys().next().value!);
      return result;
    },
    clear() {
      weeks.clear();
      generation++;
    },
    size: () => weeks.size,
  };
}
