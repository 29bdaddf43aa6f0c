/**
 * Where the team server's settings and the sync's state live: browser.storage.local
 * (never sync storage: the password stays on this machine). The options page writes the
 * server; the background writes the state; both read each other's.
 */
import { storage } from 'wxt/utils/storage';
import type { SyncState, TeamServer } from './client';

export const teamServerItem = storage.defineItem<TeamServer | null>('local:teamServer', { fallback: null });

export interface TeamSyncStatus {
  state: SyncState;
  /** Events waiting in the outbox. */
  queued: number;
  /** Events the server holds from this install since the server was set (pushed or already there). */
  delivered: number;
  /** Events the server's validation refused (dropped). */
  refused: number;
  /** Failed passes in a row (the back-off's step). */
  failures: number;
  /** When the state was written (ISO). */
  at: string;
  /** The server's or the network's words, for the curious. */
  detail?: string;
  /** Which server, database and user the counts belong to (another one starts them afresh). */
  server?: string;
}

export const OFF_STATUS: TeamSyncStatus = { state: 'off', queued: 0, delivered: 0, refused: 0, failures: 0, at: '' };

export const teamSyncStatusItem = storage.defineItem<TeamSyncStatus>('local:teamSyncStatus', { fallback: OFF_STATUS });
