/**
 * The background: the log's only writer (lib/log/writer.ts). Content scripts report
 * events; the options page asks it to merge team files, prune and delete
 * (lib/log/write-requests.ts), which it answers to the extension's own pages only. It
 * trusts a message only by its sender and its validated shape.
 * Listeners are registered synchronously so a message that wakes the worker is served;
 * the content script retries with the same ids, and appends skip ids already stored, so
 * an event sent while the worker sleeps or restarts is stored once.
 *
 * Topics are computed here (compromise / es-compromise never load on a helpdesk page)
 * and the sentence they come from is dropped before anything is stored.
 */
import { TactoDatabase } from '@/lib/log/db';
import { appendEvents, dexieLogWriter, prune } from '@/lib/log/writer';
import { isLogWriteRequest, serveLogWrite } from '@/lib/log/write-requests';
import { toLogEvents } from '@/lib/log/append';
import { getInstallId, storageProblemItem } from '@/lib/log/health';
import { errorText, isQuotaError, retentionWeeks } from '@/lib/log/store';
import { tokenBucket } from '@/lib/log/rate-limit';
import { startTeamSync } from '@/lib/log/sync/background';
import { FOCUS_SUGGESTIONS_COMMAND, parseContentMessage, senderKind, type ContentMessage, type FocusSuggestionsMessage, type MessageResponse } from '@/lib/log/messaging';
import { loadSettings } from '@/lib/settings/storage';
import { startCustomDomainMaintenance } from '@/lib/settings/settings-background';

const PRUNE_EVERY_MS = 60 * 60 * 1000;
/** Log reports per tab: a burst of 60 events, then one a second (see lib/log/rate-limit.ts). */
const REPORT_BURST = 60;
const REPORTS_PER_SECOND = 1;

export default defineBackground(() => {
  const db = new TactoDatabase();
  const extensionRoot = browser.runtime.getURL('/');
  const extensionOrigin = extensionRoot.replace(/\/$/, '');
  // The options page's writes (import, prune, delete), served to our own pages only.
  const writeServer = { extensionId: browser.runtime.id, extensionRoot, writer: dexieLogWriter(db, { retention: async () => retentionWeeks(await loadSettings()) }) };
  let prunedAt = 0;
  const reportBudget = tokenBucket(REPORT_BURST, REPORTS_PER_SECOND);
  // Custom domains follow the settings and the permissions (granted or revoked anywhere).
  startCustomDomainMaintenance();
  // The team's CouchDB, when one is set: new events are queued with the log and pushed.
  const teamSync = startTeamSync(db);

  async function pruneNow(): Promise<void> {
    if (Date.now() - prunedAt < PRUNE_EVERY_MS) return;
    prunedAt = Date.now();
    const settings = await loadSettings();
    await prune(db, retentionWeeks(settings), new Date());
  }

  async function append(message: Extract<ContentMessage, { type: 'log/append' }>): Promise<MessageResponse> {
    // Only the alias is read here (never managed): a slow policy read must not delay the log.
    const [settings, installId, queue] = await Promise.all([loadSettings(0), getInstallId(), teamSync.queueing()]);
    const events = toLogEvents(message.events, installId, settings.agentAlias);
    let stored: number;
    try {
      stored = await appendEvents(db, events, { queue });
    } catch (error) {
      // Shown on the options page; the content script also gets the error and retries.
      await storageProblemItem
        .setValue({ at: new Date().toISOString(), message: errorText(error), quota: isQuotaError(error), events: events.length })
        .catch((inner: unknown) => console.error('[Tacto] could not record a storage problem', inner));
      console.error('[Tacto] could not store events', error);
      throw error;
    }
    if (queue && stored > 0) teamSync.queued();
    pruneNow().catch((error: unknown) => console.warn('[Tacto] retention pass failed', error));
    return { ok: true, stored };
  }

  // The keyboard command goes to the active tab's content script, which moves the focus.
  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== FOCUS_SUGGESTIONS_COMMAND) return;
    const send = (id: number | undefined) => {
      if (id === undefined) return;
      const message: FocusSuggestionsMessage = { type: 'ui/focus-suggestions' };
      // A tab without Tacto has no listener: nothing to do there.
      browser.tabs.sendMessage(id, message).catch(() => undefined);
    };
    if (tab?.id !== undefined) send(tab.id);
    else void browser.tabs.query({ active: true, currentWindow: true }).then(([active]) => send(active?.id));
  });

  browser.runtime.onMessage.addListener((raw, sender, sendResponse) => {
    const from = senderKind(sender, browser.runtime.id, extensionOrigin);
    if (from === 'foreign') return false;
    if (isLogWriteRequest(raw)) {
      // Checked by sender first: a content script gets a refusal, whatever it sent.
      void serveLogWrite(raw, sender, writeServer).then(sendResponse);
      return true;
    }
    const message = parseContentMessage(raw);
    if (!message) {
      sendResponse({ ok: false, error: 'malformed message' } satisfies MessageResponse);
      return false;
    }
    if (message.type === 'ui/open-options') {
      // The sidebar's link to the dashboard: a helpdesk page cannot open an extension page itself.
      browser.tabs.create({ url: browser.runtime.getURL(`/options.html#${message.section}`) }).then(
        () => sendResponse({ ok: true } satisfies MessageResponse),
        (error: unknown) => sendResponse({ ok: false, error: errorText(error) } satisfies MessageResponse),
      );
      return true;
    }
    const tab = (sender.tab as { id?: number } | undefined)?.id ?? sender.url ?? 'page';
    if (!reportBudget.take(tab, message.events.length)) {
      sendResponse({ ok: false, error: 'too many reports from this tab' } satisfies MessageResponse);
      return false;
    }
    append(message).then(sendResponse, (error: unknown) => sendResponse({ ok: false, error: errorText(error) } satisfies MessageResponse));
    return true; // the answer comes asynchronously
  });

  pruneNow().catch((error: unknown) => console.warn('[Tacto] retention pass failed', error));
});
