import type { Priority } from '../../analysis/types';
import type { HelpdeskId } from '../../log/messaging';

/** What Tacto reads of the open ticket. Every field may be missing on a given page. */
export interface TicketContext {
  helpdesk: HelpdeskId;
  ticketId: string;
  priority?: Priority;
  /** The priority as the helpdesk names it on screen («Medium», «Normal»), for the send guard to quote. */
  priorityLabel?: string;
  requesterFirstName?: string;
  /** The customer's latest message, as plain text (analysed in memory, never stored). */
  customerMessage?: string;
}

/**
 * One helpdesk. Selectors are arrays of alternatives, newest first; an adapter reads
 * the page but never changes it (writing goes through the editor bridge).
 */
export interface HelpdeskAdapter {
  id: HelpdeskId;
  /** Match patterns of the content script for this site. */
  matches: string[];
  /** The reply editor's editable root. */
  editorSelectors: string[];
  /** Send and submit controls (also menu items that submit). */
  sendSelectors: string[];
  /**
   * Regions of the page the agent needs while replying (ticket fields, conversation,
   * headers and navigation): the sidebar never covers them. Queried in the editor's
   * scope (`sendScopeOf`) and in the document; hidden matches have no size and are ignored.
   */
  protectedSelectors: string[];
  /**
   * A column of the page that can give up width when no free space holds the panel, as
   * the site's own side panels do (Gmail's add-on panel narrows the main column).
   */
  roomSelector?: string;
  /** The editor element that contains `target`, if it is a reply editor. */
  editorFor(target: Element): HTMLElement | null;
  /** The reply's composer (the editor and its toolbar): the sidebar sits beside it. */
  composerOf(editor: HTMLElement): HTMLElement;
  /** The smallest element holding both the editor and the send controls that send it. */
  sendScopeOf(editor: HTMLElement): HTMLElement;
  /** Internal notes are not coached by default. */
  isInternalNote(editor: HTMLElement): boolean;
  /** Nodes inside the editor that are not the agent's reply (quoted history, signature). */
  excludeSelector?: string;
  /** The ticket this editor belongs to, read from the page (and its same-origin API). */
  readContext(editor: HTMLElement, signal: AbortSignal): Promise<TicketContext>;
}

export function firstMatch(root: ParentNode, selectors: string[]): Element | null {
  for (const selector of selectors) {
    const found = root.querySelector(selector);
    if (found) return found;
  }
  return null;
}

// Shared with the content script's loader, which imports only ./editor-tests.ts.
export { closestMatch, isVisible, visibleEditorFor } from './editor-tests';

export function firstName(fullName: string | null | undefined): string | undefined {
  const name = fullName?.trim().split(/\s+/)[0];
  return name && /\p{L}/u.test(name) && !name.includes('@') ? name : undefined;
}

/** Maps a translated priority label or a Freshdesk number to Tacto's four levels. */
export function normalisePriority(value: unknown): Priority | undefined {
  if (typeof value === 'number') return (['low', 'normal', 'high', 'urgent'] as const)[value - 1];
  if (typeof value !== 'string') return undefined;
  const v = value.trim().toLowerCase();
  if (/^(low|baja|bajo)$/.test(v)) return 'low';
  if (/^(normal|medium|media|medio)$/.test(v)) return 'normal';
  if (/^(high|alta|alto)$/.test(v)) return 'high';
  if (/^(urgent|urgente)$/.test(v)) return 'urgent';
  return undefined;
}

/** GET a same-origin JSON API with the agent's own session; undefined on any failure. */
export async function fetchSameOriginJson(path: string, signal: AbortSignal): Promise<unknown> {
  try {
    const response = await fetch(new URL(path, location.origin), {
      credentials: 'same-origin',
      headers: { Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest' },
      signal,
    });
    if (!response.ok) return undefined;
    return await response.json();
  } catch {
    return undefined;
  }
}

/** The predicate `extractText` takes for an adapter's excluded nodes. */
export function excludeFor(adapter: HelpdeskAdapter): ((el: Element) => boolean) | undefined {
  const selector = adapter.excludeSelector;
  return selector ? (el) => el.matches(selector) : undefined;
}
