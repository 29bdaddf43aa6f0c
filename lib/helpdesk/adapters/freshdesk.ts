/**
 * Freshdesk agent UI: Ember, Froala editors for reply, note and forward, mounted when
 * opened. Evidence for each selector: docs/helpdesk-dom.md §3.
 */
import {
  closestMatch,
  fetchSameOriginJson,
  firstName,
  normalisePriority,
  type HelpdeskAdapter,
  type TicketContext,
} from './types';
import { EDITOR_TESTS, FRESHDESK_EDITORS as EDITOR } from './editor-tests';

const COMPOSER = ['form', '.fr-box'];
const SEND = ['#send-and-set', 'a.send-and-set-item', 'a[data-test-link]', '[data-test-id="submit"]'];
/** What the agent reads and edits around the reply (docs/helpdesk-dom.md §3, «Regions»). */
const PROTECTED = [
  '.page-header',
  '[role="toolbar"]',
  '.ticket-subject-heading',
  '[data-test-id="ticket-description"]',
  '.ticket_note[data-note-id]',
  '.ticket-sidebar .card',
  '[data-test-id="ticket-properties-btn"]',
  'mfe-application[app-id="fw-unified-mfe--contact-info"]',
];
const MESSAGES = [
  '[data-test-conversation="conversation-text"]',
  '.ticket_note[data-note-id]',
  '[data-test-id="ticket-description"]',
];

/** Freshdesk's names for its priorities 1–4, as its ticket properties show them. */
const FRESHDESK_PRIORITY_NAMES = ['Low', 'Medium', 'High', 'Urgent'];

function ticketIdFromUrl(): string {
  return location.pathname.match(/\/a\/tickets\/(\d+)/)?.[1] ?? 'unknown';
}

interface FreshdeskTicket {
  priority?: number;
  description_text?: string;
  requester?: { name?: string };
}
interface FreshdeskConversation {
  incoming?: boolean;
  private?: boolean;
  body_text?: string;
  created_at?: string;
}

/** The last message on the page that is not inside an editor (a fallback: no customer marker exists in the DOM). */
function lastMessageInDom(): string | undefined {
  for (const selector of MESSAGES) {
    const all = [...document.querySelectorAll(selector)].filter((el) => !el.closest('.fr-box, .rich-editor'));
    const text = (all[all.length - 1] as HTMLElement | undefined)?.innerText?.trim();
    if (text) return text;
  }
  return undefined;
}

function requesterInDom(): string | undefined {
  const host = document.querySelector('mfe-application[app-id="fw-unified-mfe--contact-info"]');
  const name = host?.shadowRoot?.querySelector('[data-test-id="requester-name"], .requester-name, h3, a');
  return firstName(name?.textContent);
}

export const freshdesk: HelpdeskAdapter = {
  id: 'freshdesk',
  matches: ['https://*.freshdesk.com/a/*'],
  editorSelectors: EDITOR,
  sendSelectors: SEND,
  protectedSelectors: PROTECTED,
  roomSelector: '.ticket-details',

  editorFor: EDITOR_TESTS.freshdesk,

  composerOf(editor) {
    return (closestMatch(editor, COMPOSER) as HTMLElement | null) ?? editor;
  },

  sendScopeOf(editor) {
    return (editor.closest('form') as HTMLElement | null) ?? document.body;
  },

  isInternalNote(editor) {
    // A note form lets the agent notify colleagues; a reply form does not.
    const form = closestMatch(editor, COMPOSER);
    return !!form?.querySelector('[data-test-notify-to]');
  },

  async readContext(_editor, signal): Promise<TicketContext> {
    const ticketId = ticketIdFromUrl();
    const context: TicketContext = {
      helpdesk: 'freshdesk',
      ticketId,
      requesterFirstName: requesterInDom(),
      customerMessage: lastMessageInDom(),
    };
    if (!/^\d+$/.test(ticketId)) return context;
    const [ticket, conversations] = (await Promise.all([
      fetchSameOriginJson(`/api/v2/tickets/${ticketId}?include=requester`, signal),
      fetchSameOriginJson(`/api/v2/tickets/${ticketId}/conversations`, signal),
    ])) as [FreshdeskTicket | undefined, FreshdeskConversation[] | undefined];
    context.priority = normalisePriority(ticket?.priority) ?? context.priority;
    if (typeof ticket?.priority === 'number') context.priorityLabel = FRESHDESK_PRIORITY_NAMES[ticket.priority - 1];
    context.requesterFirstName = firstName(ticket?.requester?.name) ?? context.requesterFirstName;
    const incoming = Array.isArray(conversations)
      ? conversations
          .filter((c) => c.incoming && !c.private && c.body_text)
          .sort((a, b) => Date.parse(a.created_at ?? '') - Date.parse(b.created_at ?? ''))
      : [];
    context.customerMessage =
      incoming[incoming.length - 1]?.body_text ?? ticket?.description_text ?? context.customerMessage;
    return context;
  },
};

/*
Test pages: tests/fixtures/freshdesk/ (Froala reply opened by a click; note form; stubbed /api/v2).
*/
