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
import { utcIsoWeek } from './week-doc';
import { isEventId, isRealInstant, isTicketRef } from '../messaging';

export interface TeamSourceOptions {
  /**
   * `auto` (the dashboard): the week documents when the database keeps them, else the
   * `by-time` view; `view`: always the view (the bench's before, the tests' reference).
   */
  read?: 'auto' | 'view';
}

export function createTeamSource(local: LogSource, client: CouchClient, options: TeamSourceOptions = {}): LogSource {
  // Asked once per source (the dashboard makes one per server and credentials); a failed
  // answer is asked again next time.
  let weekDocsKept: Promise<boolean> | null = null;
  const keepsWeekDocs = () => {
    if (options.read === 'view') return Promise.resolve(false);
    weekDocsKept ??= client.keepsWeekDocs().catch((error: unknown) => {
      weekDocsKept = null;
      throw error;
    });
    return weekDocsKept;
  };

  async function between(start: number, end: number, agent?: string): Promise<StoredEvent[]> {
    return (await keepsWeekDocs()) ? fromWeekDocs(start, end, agent) : fromView(start, end, agent);
  }

  /**
   * The events of [start, end) from the week documents of the UTC weeks it touches: the
   * same events the view gives (each once, by id), in time order, checked the same way.
   */
  async function fromWeekDocs(start: number, end: number, agent?: string): Promise<StoredEvent[]> {
    const docs = await client.weekDocs(utcIsoWeek(start), utcIsoWeek(end - 1));
    const seen = new Set<string>();
    const events: StoredEvent[] = [];
    for (const doc of docs) {
      if (agent && doc.agent !== agent) continue;
      // The import's event check, in two steps that together make it for every row: the
      // fields a label gives (and the alias) once per label, a row's own fields per row.
      const labelOk = new Map<number, boolean>();
      for (const row of doc.rows) {
        const [id, at, ticket, index] = Array.isArray(row) ? row : [];
        const label = doc.labels[index as number];
        if (typeof at !== 'string' || !Array.isArray(label)) continue;
        const t = Date.parse(at);
        if (!(t >= start && t < end) || seen.has(id as string)) continue;
        if (!isEventId(id) || !isRealInstant(at) || !isTicketRef(ticket)) continue;
        const [helpdesk, kind, type, action, lang, topic] = label;
        const event = { id, at, helpdesk, ticket, kind, type, action, lang, topic, agent: doc.agent, t } as StoredEvent;
        let ok = labelOk.get(index as number);
        if (ok === undefined) labelOk.set(index as number, (ok = eventProblem(event) === null));
        if (!ok) continue;
        seen.add(id);
        events.push(event);
      }
    }
    // In time order, then by id: the order the view gives.
    return events.sort((a, b) => a.t - b.t || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }

  async function fromView(start: number, end: number, agent?: string): Promise<StoredEvent[]> {
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
