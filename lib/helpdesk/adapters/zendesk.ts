/**
 * Zendesk Support agent workspace: CKEditor 5 inside React, one pane per open ticket
 * tab, all kept in the DOM. Only the editor in the visible pane is coached.
 * Evidence for each selector: docs/helpdesk-dom.md §2.
 */
import {
  closestMatch,
  fetchSameOriginJson,
  firstMatch,
  firstName,
  normalisePriority,
  type HelpdeskAdapter,
  type TicketContext,
} from './types';
import { EDITOR_TESTS, ZENDESK_EDITORS as EDITOR, ZENDESK_PANE as PANE } from './editor-tests';

const COMPOSER = ['[data-test-id="editor-view"]', '#editor-view'];
const CHANNEL_SWITCHER = ['button[data-test-id="omnichannel-channel-switcher-button"]'];
const SEND = [
  'button[data-test-id="submit_button-button"]',
  '[data-tracking-id^="submit_button-menu-"]:not([data-test-id="submit_button-menu-button"])',
  '[data-test-id="omnichannel-omnicomposer-send-button"]',
];
/** What the agent reads and edits around the composer (docs/helpdesk-dom.md §2, «Regions»). */
const PROTECTED = [
  '[data-test-id="header"]',
  '.ticket-properties',
  '[data-test-id^="ticket-fields-"]',
  '[data-test-id="ticket-system-field-requester-select"]',
  '[data-test-id="omni-log-container"]',
  '[role="log"]',
  '[data-test-id="omni-header-subject"]',
  '.context-card',
  '[data-test-id="ticket-footer"]',
];
const REQUESTER = ['[data-test-id="ticket-system-field-requester-select"]'];
const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
const PRIORITY = ['[data-test-id="ticket-fields-priority-select"] [data-garden-id="dropdowns.combobox.value"]'];
const LOG_ITEM = 'article[data-test-id="omni-log-comment-item"]';

/** The requester field shows an avatar's initials before the name: the name is its last text. */
function requesterName(field: Element | null): string | undefined {
  if (!field) return undefined;
  const walker = field.ownerDocument.createTreeWalker(field, NodeFilter.SHOW_TEXT);
  let name: string | undefined;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent?.trim();
    if (text && /\p{L}/u.test(text)) name = text;
  }
  return name;
}

function paneOf(el: Element): Element {
  return closestMatch(el, PANE) ?? document.body;
}

function ticketIdOf(editor: HTMLElement): string {
  const anchor = paneOf(editor).querySelector('[data-side-conversations-anchor-id]');
  return (
    anchor?.getAttribute('data-side-conversations-anchor-id') ??
    location.pathname.match(/^\/agent\/tickets\/(\d+)/)?.[1] ??
    'unknown'
  );
}

/** The newest end-user message of the pane by its timestamp, not by DOM order. */
function latestCustomerMessage(pane: Element): string | undefined {
  let newest: { time: number; text: string } | undefined;
  for (const item of pane.querySelectorAll(LOG_ITEM)) {
    if (item.querySelector('[data-test-id="omni-log-item-message"]')?.getAttribute('type') !== 'end-user') continue;
    const content = item.querySelector('[data-test-id="omni-log-message-content"], .zd-comment');
    const time = Date.parse(item.querySelector('time[datetime]')?.getAttribute('datetime') ?? '') || 0;
    const text = (content as HTMLElement | null)?.innerText?.trim();
    if (text && (!newest || time >= newest.time)) newest = { time, text };
  }
  return newest?.text;
}

export const zendesk: HelpdeskAdapter = {
  id: 'zendesk',
  matches: ['https://*.zendesk.com/agent/*'],
  editorSelectors: EDITOR,
  sendSelectors: SEND,
  protectedSelectors: PROTECTED,
  roomSelector: '#main_panes > * .omni-conversation-pane',

  editorFor: EDITOR_TESTS.zendesk,

  composerOf(editor) {
    return (closestMatch(editor, COMPOSER) as HTMLElement | null) ?? (paneOf(editor) as HTMLElement);
  },

  sendScopeOf(editor) {
    // The footer with "Submit as …" belongs to the ticket pane, not to the composer.
    return paneOf(editor) as HTMLElement;
  },

  isInternalNote(editor) {
    // Read at the moment of asking: the agent can switch channel at any time.
    const switcher = firstMatch(paneOf(editor), CHANNEL_SWITCHER);
    return switcher?.getAttribute('data-channel') === 'internal';
  },

  async readContext(editor, signal): Promise<TicketContext> {
    const pane = paneOf(editor);
    const ticketId = ticketIdOf(editor);
    const shownPriority = firstMatch(pane, PRIORITY)?.textContent?.trim() || undefined;
    const context: TicketContext = {
      helpdesk: 'zendesk',
      ticketId,
      priority: normalisePriority(shownPriority),
      priorityLabel: shownPriority,
      requesterFirstName: firstName(requesterName(firstMatch(pane, REQUESTER))),
      customerMessage: latestCustomerMessage(pane),
    };
    // The ticket API is exact where the DOM label is translated.
    if (/^\d+$/.test(ticketId)) {
      const api = (await fetchSameOriginJson(`/api/v2/tickets/${ticketId}.json`, signal)) as
        | { ticket?: { priority?: unknown } }
        | undefined;
      context.priority = normalisePriority(api?.ticket?.priority) ?? context.priority;
      // Zendesk's own English names are the API values capitalised («normal» → «Normal»).
      if (!context.priorityLabel && typeof api?.ticket?.priority === 'string') context.priorityLabel = capitalise(api.ticket.priority);
    }
    return context;
  },
};

/*
Test pages: tests/fixtures/zendesk/ (two ticket panes, one hidden; CKEditor 5 composer).
*/
