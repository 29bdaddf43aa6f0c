/**
 * The dashboard's `team` source: the same LogSource as the local log, but the weeks, the
 * agents and the latest week come from the team's CouchDB (the `by-time` and `by-agent`
 * views made by `tacto team-setup`). Import, deletion and settings stay local. Every row
 * is checked with the import's event check before it is counted.
 */
import type { StoredEvent } from '../db';
import { eventProblem } from '../import';
import type { LogSource } from '../source';
import { weekViewFrom } from '../store';
import { isoWeek, shiftWeek, weekRange } from '../week';
import type { CouchClient } from './client';
import { eventFromViewRow } from './doc';

export function createTeamSource(local: LogSource, client: CouchClient): LogSource {
  async function between(start: number, end: number, agent?: string): Promise<StoredEvent[]> {
    const rows = await client.eventsBetween(start, end);
    const events: StoredEvent[] = [];
    for (const row of rows) {
      const event = eventFromViewRow(row.id, row.value);
      if (!event || eventProblem(event) !== null) continue;
      if (agent && event.agent !== agent) continue;
      events.push({ ...event, t: Date.parse(event.at) });
    }
    return events;
  }

  async function latestWeek(): Promise<string> {
    const current = isoWeek(local.now());
    const latest = await client.latestBefore(weekRange(current)[1]);
    return latest === null ? current : isoWeek(new Date(latest));
  }

  return {
    ...local,
    async weekOptions(retention) {
      const current = isoWeek(local.now());
      const weeks = new Set<string>();
      for (let i = 0; i < retention; i++) weeks.add(shiftWeek(current, -i));
      weeks.add(await latestWeek());
      return [...weeks].sort().reverse();
    },
    agents: () => client.agents(),
    async loadWeek(week, agent) {
      const [start] = weekRange(shiftWeek(week, -1));
      const [, end] = weekRange(week);
      return weekViewFrom(week, await between(start, end), agent);
    },
    async loadRange(last, count, agent) {
      const [start] = weekRange(shiftWeek(last, 1 - count));
      const [, end] = weekRange(last);
      return between(start, end, agent);
    },
    latestWeek,
    // The team's week is read, not pruned: retention is each agent's own business.
    prune: async () => 0,
  };
}
