/**
 * The background: the only writer of the difficult-moment log. It trusts a message
 * only by its sender (our own content scripts and pages) and its validated shape.
 * Listeners are registered synchronously so a message that wakes the worker is served.
 */
import { appendEvents, TactoDatabase } from '@/lib/db';
import { parseContentMessage, senderKind, type LogEvent, type MessageResponse } from '@/lib/messaging';
import { loadSettings } from '@/lib/settings';

export default defineBackground(() => {
  const db = new TactoDatabase();
  const extensionOrigin = browser.runtime.getURL('/').replace(/\/$/, '');

  async function append(message: ReturnType<typeof parseContentMessage> & object): Promise<MessageResponse> {
    const { agentAlias } = await loadSettings();
    const events: LogEvent[] = message.events.map(({ topicSource: _source, ...event }) => ({
      ...event,
      topic: '',
      agent: agentAlias,
    }));
    const stored = await appendEvents(db, events);
    return { ok: true, stored };
  }

  browser.runtime.onMessage.addListener((raw, sender, sendResponse) => {
    const from = senderKind(sender, browser.runtime.id, extensionOrigin);
    if (from === 'foreign') return false;
    const message = parseContentMessage(raw);
    if (!message) {
      sendResponse({ ok: false, error: 'malformed message' } satisfies MessageResponse);
      return false;
    }
    append(message).then(sendResponse, (error: unknown) =>
      sendResponse({ ok: false, error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) }),
    );
    return true; // the answer comes asynchronously
  });
});
