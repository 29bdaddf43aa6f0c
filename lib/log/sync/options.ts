/**
 * What the options page's «Team server» section needs from the browser, behind one
 * interface so the Preact component holds no browser API. The real one, for the options
 * page, is `browserTeamServerStore()`.
 */
import { browser } from 'wxt/browser';
import { CouchClient, originPattern, SyncError, type SyncState, type TeamServer } from './client';
import { teamServerItem, teamSyncStatusItem, type TeamSyncStatus } from './store';
import type { LogSource } from '../source';
import { createTeamSource } from './team-source';

export interface TeamServerStore {
  load(): Promise<TeamServer | null>;
  status(): Promise<TeamSyncStatus>;
  watchStatus(callback: (status: TeamSyncStatus) => void): () => void;
  /** Must be called straight from a click handler (user gesture): asks for the server's host. */
  requestHost(url: string): Promise<boolean>;
  /** Checks that the credentials reach the database. */
  check(server: TeamServer): Promise<SyncState>;
  /** Saves the server; the background starts pushing. */
  save(server: TeamServer | null): Promise<void>;
  /** The dashboard's `team` source over the local one, or null when no server is saved. */
  teamSource(local: LogSource): Promise<LogSource | null>;
}

export async function checkServer(server: TeamServer, fetchImpl?: ConstructorParameters<typeof CouchClient>[1]): Promise<SyncState> {
  try {
    await new CouchClient(server, fetchImpl).check();
    return 'connected';
  } catch (error) {
    return error instanceof SyncError ? error.state : 'server-error';
  }
}

export function browserTeamServerStore(): TeamServerStore {
  return {
    load: () => teamServerItem.getValue(),
    status: () => teamSyncStatusItem.getValue(),
    watchStatus: (callback) => teamSyncStatusItem.watch((status) => callback(status)),
    requestHost: (url) => browser.permissions.request({ origins: [originPattern(url)] }).catch(() => false),
    async check(server) {
      if (!(await browser.permissions.contains({ origins: [originPattern(server.url)] }).catch(() => false))) return 'permission-refused';
      return checkServer(server);
    },
    save: (server) => teamServerItem.setValue(server),
    async teamSource(local) {
      const server = await teamServerItem.getValue();
      return server ? createTeamSource(local, new CouchClient(server)) : null;
    },
  };
}

