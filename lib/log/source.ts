/**
 * What the dashboard needs from the outside world, behind one interface so the Preact
 * component holds no browser API: the log (read from Dexie, same origin as the background;
 * written through a LogWriter, which on the options page asks the background), settings,
 * storage persistence, the background's storage problems, and downloads.
 */
import type { TactoDatabase, ImportRecord, StoredEvent } from './db';
import { MAX_IMPORT_BYTES, parseExport, type ImportError, type MergeResult, type ParsedExport } from './import';
import type { LogWriter } from './write-requests';
import type { StorageProblem } from './health';
import { agents, latestWeek, loadRange, loadWeek, weekOptions, type WeekView } from './store';
import type { TicketHosts } from './ticket-links';
import { downloadText } from './download';

export interface DashboardSettings {
  agentAlias: string;
  retentionWeeks: number;
  /** The team's name for reports, from the team settings; '' when none is set. */
  teamName?: string;
  /** Where ticket links point (custom domains, or hosts typed on the dashboard). */
  ticketHosts?: TicketHosts;
}

export interface FileLike {
  name: string;
  size: number;
  text(): Promise<string>;
}

export type ImportOutcome = { ok: true; file: ParsedExport; result: MergeResult } | ImportError;

export interface LogSource {
  now(): Date;
  settings(): Promise<DashboardSettings>;
  weekOptions(retention: number): Promise<string[]>;
  agents(): Promise<string[]>;
  loadWeek(week: string, agent?: string): Promise<WeekView>;
  /** Events of `count` weeks ending with `last`, for the trend, the agents and the drill-down. */
  loadRange(last: string, count: number, agent?: string): Promise<StoredEvent[]>;
  /** The latest week holding events (up to now), else the current week. */
  latestWeek(): Promise<string>;
  /** Keeps the ticket-link hosts the lead typed. */
  saveTicketHosts(hosts: TicketHosts): Promise<void>;
  imports(): Promise<ImportRecord[]>;
  /** Checks the file whole, then merges it; a bad file changes nothing. Storage errors throw. */
  importFile(file: FileLike): Promise<ImportOutcome>;
  /** Deletes events older than the retention setting; returns how many. */
  prune(): Promise<number>;
  deleteAll(): Promise<void>;
  storageProblem(): Promise<StorageProblem | null>;
  clearStorageProblem(): Promise<void>;
  /** Asks for persistent storage; null when the browser cannot say. */
  persist(): Promise<boolean | null>;
  download(name: string, mime: string, text: string): void;
}

export interface DexieSourceDeps {
  settings(): Promise<DashboardSettings>;
  storageProblem?(): Promise<StorageProblem | null>;
  clearStorageProblem?(): Promise<void>;
  persist?(): Promise<boolean | null>;
  download?(name: string, mime: string, text: string): void;
  saveTicketHosts?(hosts: TicketHosts): Promise<void>;
  now?(): Date;
}


/** Reads `db` directly; every write goes to `writer` (the background's, on the options page). */
export function createDexieSource(db: TactoDatabase, writer: LogWriter, deps: DexieSourceDeps): LogSource {
  const now = deps.now ?? (() => new Date());
  return {
    now,
    settings: deps.settings,
    weekOptions: (retention) => weekOptions(db, now(), retention),
    agents: () => agents(db),
    loadWeek: (week, agent) => loadWeek(db, week, agent),
    loadRange: (last, count, agent) => loadRange(db, last, count, agent),
    latestWeek: () => latestWeek(db, now()),
    saveTicketHosts: deps.saveTicketHosts ?? (async () => {}),
    imports: () => db.imports.orderBy('agent').toArray(),
    async importFile(file) {
      if (file.size > MAX_IMPORT_BYTES) return { ok: false, code: 'too-large' };
      const parsed = parseExport(await file.text(), file.size);
      if (!parsed.ok) return parsed;
      return { ok: true, file: parsed, result: await writer.merge(parsed) };
    },
    prune: () => writer.prune(),
    deleteAll: () => writer.deleteAll(),
    storageProblem: deps.storageProblem ?? (async () => null),
    clearStorageProblem: deps.clearStorageProblem ?? (async () => {}),
    persist: deps.persist ?? (async () => null),
    download: deps.download ?? downloadText,
  };
}
