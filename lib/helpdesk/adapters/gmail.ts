/**
 * Gmail: inline replies and pop-out composes, each a plain contenteditable body,
 * several at once. No priority and no internal notes. Evidence for each selector:
 * docs/helpdesk-dom.md §4.
 */
import { closestMatch, firstName, type HelpdeskAdapter, type TicketContext } from './types';
import { EDITOR_TESTS, GMAIL_EDITORS as EDITOR } from './editor-tests';

const COMPOSER = ['div.M9', '[role="dialog"] form', '.AO', 'form'];
const SEND = [
  '.IZ .Up div > div[role="button"]:not(.Uo):not([aria-haspopup="true"])',
  '.IZ .Up div > div[role="button"].Uo',
  'div.T-I.T-I-atl',
];

/** What the agent reads around the compose (docs/helpdesk-dom.md §4, «Regions»). */
const PROTECTED = ['header[role="banner"]', '[role="navigation"]', '.G-atb', 'h2.hP', 'div.adn[data-message-id]'];

/** The signed-in account, from the page title ("Inbox - agent@acme.com - Gmail"). */
function accountEmail(): string | undefined {
  return document.title.match(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/)?.[0]?.toLowerCase();
}

function threadId(): string {
  const legacy = document.querySelector('h2[data-legacy-thread-id]')?.getAttribute('data-legacy-thread-id');
  return legacy ?? location.hash.split('/').pop() ?? 'unknown';
}

export const gmail: HelpdeskAdapter = {
  id: 'gmail',
  matches: ['https://mail.google.com/*'],
  editorSelectors: EDITOR,
  sendSelectors: SEND,
  protectedSelectors: PROTECTED,
  roomSelector: '[role="main"]',

  editorFor: EDITOR_TESTS.gmail,

  composerOf(editor) {
    return (closestMatch(editor, COMPOSER) as HTMLElement | null) ?? editor;
  },

  sendScopeOf(editor) {
    // Each compose (inline or pop-out) has its own Send button.
    return (closestMatch(editor, COMPOSER) as HTMLElement | null) ?? document.body;
  },

  isInternalNote() {
    return false;
  },

  // Quoted history and the signature are not the agent's reply.
  excludeSelector: '.gmail_quote, .gmail_signature, blockquote',

  async readContext(): Promise<TicketContext> {
    const account = accountEmail();
    const messages = [...document.querySelectorAll('div.adn[data-message-id]')];
    const fromCustomer = messages.filter((m) => {
      const email = m.querySelector('span[email].gD')?.getAttribute('email')?.toLowerCase();
      return email && email !== account;
    });
    const latest = fromCustomer[fromCustomer.length - 1];
    const sender = latest?.querySelector('span[email].gD');
    return {
      helpdesk: 'gmail',
      ticketId: threadId(),
      requesterFirstName: firstName(sender?.getAttribute('name') ?? sender?.textContent),
      customerMessage: (latest?.querySelector('div.a3s') as HTMLElement | null)?.innerText?.trim() || undefined,
    };
  },
};

/*
Test pages: tests/fixtures/gmail/ (inline reply and pop-out compose under a Trusted Types CSP).
*/
