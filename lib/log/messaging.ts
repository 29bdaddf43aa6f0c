/**
 * The one protocol between Tacto's parts. Content scripts may only append events to
 * the log and ask for the options page to open; everything else (queries, export,
 * import, deletion) answers extension pages only. Every message is validated here
 * before anyone acts on it.
 */
import { MOMENT_IDS, RULE_IDS, type Lang, type MomentId, type RuleId } from '../analysis/types';

export const HELPDESKS = ['zendesk', 'freshdesk', 'gmail'] as const;
export type HelpdeskId = (typeof HELPDESKS)[number];

/** `dismissed`: the agent ignored a finding, put its phrase on the allow-list, or switched its rule off. */
export const EVENT_ACTIONS = ['seen', 'sent', 'applied-suggestion', 'revised', 'sent-anyway', 'dismissed'] as const;
export type EventAction = (typeof EVENT_ACTIONS)[number];

/** An event as the content script reports it. */
export interface EventReport {
  /** Unique and stable: a retried report carries the same id, so it is stored once. */
  id: string;
  at: string;
  helpdesk: HelpdeskId;
  ticket: string;
  kind: 'moment' | 'finding';
  type: MomentId | RuleId;
  action: EventAction;
  lang: Lang;
  /**
   * The sentence the event is about, so the background can derive a short topic
   * («reembolso», «envío»). It is used once and never stored.
   */
  topicSource?: string;
}

/** An event as the log stores and exports it (ui.md, JSON export). */
export interface LogEvent extends Omit<EventReport, 'topicSource'> {
  topic: string;
  agent: string;
}

export const OPTIONS_SECTIONS = ['dashboard', 'settings'] as const;
export type OptionsSection = (typeof OPTIONS_SECTIONS)[number];

export type ContentMessage = { type: 'log/append'; events: EventReport[] } | { type: 'ui/open-options'; section: OptionsSection };
export type MessageResponse = { ok: true; stored?: number } | { ok: false; error: string };

const MAX_EVENTS_PER_MESSAGE = 200;
const MAX_TOPIC_SOURCE = 500;
const ISO_INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?(?:Z|([+-])(\d{2}):(\d{2}))$/;

/**
 * A ticket reference as the adapters read it from the page's URL or DOM: a Zendesk or
 * Freshdesk number, a Gmail thread id, or `unknown`. Nothing else is ever stored.
 */
/** Event ids: what the content script makes (`finding:<uuid>:<n>`, `moment:<helpdesk>:<ticket>:<type>:<day>`). */
const EVENT_ID = /^[A-Za-z0-9][A-Za-z0-9:._-]{0,159}$/;

export function isEventId(value: unknown): value is string {
  return typeof value === 'string' && EVENT_ID.test(value);
}

export const TICKET_REF = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;

export function isTicketRef(value: unknown): value is string {
  return typeof value === 'string' && TICKET_REF.test(value);
}

/** An ISO 8601 instant that names a real calendar moment (no 31 November, no minute 60, offsets within ±14:00). */
export function isRealInstant(value: unknown): value is string {
  if (typeof value !== 'string' || value.length > 40) return false;
  const m = ISO_INSTANT.exec(value);
  if (!m) return false;
  const [year, month, day, hour, minute, second] = [m[1], m[2], m[3], m[4], m[5], m[6] ?? '0'].map(Number);
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) return false;
  if (day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return false;
  if (m[7] && (Number(m[8]) * 60 + Number(m[9]) > 14 * 60 || Number(m[9]) > 59)) return false;
  return Number.isFinite(Date.parse(value));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isEventReport(value: unknown): value is EventReport {
  if (!isRecord(value)) return false;
  const { id, at, helpdesk, ticket, kind, type, action, lang, topicSource } = value;
  if (!isEventId(id) || !isRealInstant(at)) return false;
  if (!HELPDESKS.includes(helpdesk as HelpdeskId)) return false;
  if (!isTicketRef(ticket)) return false;
  if (kind === 'moment') {
    if (!MOMENT_IDS.includes(type as MomentId)) return false;
  } else if (kind === 'finding') {
    if (!RULE_IDS.includes(type as RuleId)) return false;
  } else return false;
  if (!EVENT_ACTIONS.includes(action as EventAction)) return false;
  if (lang !== 'es' && lang !== 'en') return false;
  if (topicSource !== undefined && (typeof topicSource !== 'string' || topicSource.length > MAX_TOPIC_SOURCE)) return false;
  return true;
}

/** Returns the message if it is a well-formed content-script message, else null. */
export function parseContentMessage(value: unknown): ContentMessage | null {
  if (isRecord(value) && value.type === 'ui/open-options') {
    const section = value.section;
    if (Object.keys(value).length !== 2 || !OPTIONS_SECTIONS.includes(section as OptionsSection)) return null;
    return { type: 'ui/open-options', section: section as OptionsSection };
  }
  if (!isRecord(value) || value.type !== 'log/append') return null;
  const events = value.events;
  if (!Array.isArray(events) || events.length === 0 || events.length > MAX_EVENTS_PER_MESSAGE) return null;
  if (!events.every(isEventReport)) return null;
  return { type: 'log/append', events: events as EventReport[] };
}

export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: unknown;
}

/** Where a message came from: one of our content scripts, one of our pages, or a stranger. */
export function senderKind(sender: SenderInfo, extensionId: string, extensionOrigin: string): 'content' | 'page' | 'foreign' {
  if (sender.id !== extensionId) return 'foreign';
  if (sender.url?.startsWith(extensionOrigin)) return 'page';
  if (sender.tab) return 'content';
  return 'foreign';
}

/** The keyboard command, forwarded by the background to the active tab's content script. */
export const FOCUS_SUGGESTIONS_COMMAND = 'focus-suggestions';
export interface FocusSuggestionsMessage {
  type: 'ui/focus-suggestions';
}

export function isFocusSuggestionsCommand(value: unknown): value is FocusSuggestionsMessage {
  return isRecord(value) && value.type === 'ui/focus-suggestions' && Object.keys(value).length === 1;
}

/** The background's own documents: Chrome's service worker, Firefox's generated background page. */
const BACKGROUND_PATHS = ['/background.js', '/_generated_background_page.html'];

/**
 * Whether a message a content script received was sent by our background (not by a tab,
 * the popup, the options page or another extension). `extensionRoot` is runtime.getURL('/').
 */
export function fromOurBackground(sender: SenderInfo, extensionId: string, extensionRoot: string): boolean {
  if (sender.id !== extensionId || sender.tab || !sender.url) return false;
  let url: URL;
  try {
    url = new URL(sender.url);
  } catch {
    return false;
  }
  return sender.url.startsWith(extensionRoot) && BACKGROUND_PATHS.includes(url.pathname);
}
