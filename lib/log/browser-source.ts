/**
 * The dashboard's LogSource on the options page: it reads the background's database
 * directly (same extension origin) and asks the background for every write.
 */
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { TactoDatabase } from './db';
import { loadSettings } from '../settings/storage';
import { storageProblemItem } from './health';
import { downloadText } from './download';
import { backgroundLogWriter } from './write-requests';
import { createDexieSource, type LogSource } from './source';
import { retentionWeeks } from './store';
import { EMPTY_TICKET_HOSTS, ticketHosts, type TicketHosts } from './ticket-links';

/** Hosts the lead typed for ticket links (this browser only; the log never stores hosts). */
const ticketHostsItem = storage.defineItem<TicketHosts>('local:ticketHosts', { fallback: EMPTY_TICKET_HOSTS });

/** The team's name when the team settings carry one (read leniently: older settings have none). */
export function teamNameOf(settings: object): string {
  const value = (settings as { teamName?: unknown }).teamName;
  return typeof value === 'string' ? value.trim().slice(0, 80) : '';
}

let source: LogSource | undefined;

export function browserLogSource(): LogSource {
  source ??= createDexieSource(new TactoDatabase(), backgroundLogWriter((message) => browser.runtime.sendMessage(message)), {
    async settings() {
      const [settings, typed] = await Promise.all([loadSettings(), ticketHostsItem.getValue().catch(() => EMPTY_TICKET_HOSTS)]);
      return {
        agentAlias: settings.agentAlias,
        retentionWeeks: retentionWeeks(settings),
        teamName: teamNameOf(settings),
        ticketHosts: ticketHosts(settings.customDomains ?? [], typed),
      };
    },
    storageProblem: () => storageProblemItem.getValue(),
    clearStorageProblem: () => storageProblemItem.setValue(null),
    async persist() {
      if (!navigator.storage?.persist) return null;
      if (await navigator.storage.persisted()) return true;
      return navigator.storage.persist();
    },
    saveTicketHosts: (hosts) => ticketHostsItem.setValue(hosts),
    download: downloadText,
  });
  return source;
}
