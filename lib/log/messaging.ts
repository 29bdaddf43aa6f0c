/**
 * The one protocol between Tacto's parts. Content scripts may only append events to
 * the log and ask for the options page to open; the log's other writes (import, prune,
 * delete: ./write-requests.ts) answer the extension's own pages only (`isExtensionPage`).
 * Every message is validated with a schema before anyone acts on it.
 */
import * as v from 'valibot';
import { MOMENT_IDS, RULE_IDS, type Lang, type MomentId, type RuleId } from '../analysis/types';

import { HELPDESKS, type HelpdeskId } from '../helpdesk/sites';

export { HELPDESKS, type HelpdeskId } from '../helpdesk/sites';

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

/** A logged event's fields, in the contract's order (ui.md): what is stored, exported and imported. */
export const LOG_EVENT_FIELDS = ['id', 'at', 'helpdesk', 'ticket', 'kind', 'type', 'action', 'lang', 'topic', 'agent'] as const satisfies readonly (keyof LogEvent)[];

/** Exactly the logged fields, in order (stored rows and imported objects may carry more). */
export function logEventOf(event: LogEvent): LogEvent {
  return Object.fromEntries(LOG_EVENT_FIELDS.map((field) => [field, event[field]])) as unknown as LogEvent;
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

// The event's fields, shared by what a content script reports and what an export holds;
// the kind decides which ids the type may be.
const eventFields = {
  id: v.custom<string>(isEventId),
  at: v.custom<string>(isRealInstant),
  helpdesk: v.picklist(HELPDESKS),
  ticket: v.custom<string>(isTicketRef),
  action: v.picklist(EVENT_ACTIONS),
  lang: v.picklist(['es', 'en'] as const),
};
const kinds = {
  moment: { kind: v.literal('moment'), type: v.picklist(MOMENT_IDS) },
  finding: { kind: v.literal('finding'), type: v.picklist(RULE_IDS) },
} as const;

/** An event of either kind with `extra` fields; unknown fields are dropped (the output is the projection). */
export const eventSchema = <const E extends v.ObjectEntries>(extra: E) =>
  v.variant('kind', [v.object({ ...eventFields, ...kinds.moment, ...extra }), v.object({ ...eventFields, ...kinds.finding, ...extra })]);

const eventReportSchema = eventSchema({ topicSource: v.optional(v.pipe(v.string(), v.maxLength(MAX_TOPIC_SOURCE))) });

export function isEventReport(value: unknown): value is EventReport {
  return v.is(eventReportSchema, value);
}

const contentMessageSchema = v.variant('type', [
  v.strictObject({ type: v.literal('ui/open-options'), section: v.picklist(OPTIONS_SECTIONS) }),
  v.object({ type: v.literal('log/append'), events: v.pipe(v.array(eventReportSchema), v.minLength(1), v.maxLength(MAX_EVENTS_PER_MESSAGE)) }),
]);

/** Returns the message if it is a well-formed content-script message (only its known fields), else null. */
export function parseContentMessage(value: unknown): ContentMessage | null {
  const result = v.safeParse(contentMessageSchema, value, { abortEarly: true });
  return result.success ? (result.output as ContentMessage) : null;
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

/** The browser's own pages that may hold an extension page (Chrome's embedded options, about:addons). */
const BROWSER_PAGE = /^(chrome|edge|about):/;

/**
 * Whether a message comes from one of the extension's own pages (options, popup), the only
 * senders allowed to rewrite the log. Our id is not enough: content scripts carry it too.
 * The sender's document must be ours (`extensionRoot` is runtime.getURL('/'), slash
 * included, so no longer id shares the prefix), and when it sits in a tab, that tab must
 * show ours or the browser's own page, never a web page (a content script, or one of our
 * pages framed by a site).
 */
export function isExtensionPage(sender: SenderInfo, extensionId: string, extensionRoot: string): boolean {
  if (sender.id !== extensionId || !extensionRoot.endsWith('/')) return false;
  if (typeof sender.url !== 'string' || !sender.url.startsWith(extensionRoot)) return false;
  const tabUrl = (sender.tab as { url?: unknown } | undefined)?.url;
  if (sender.tab && typeof tabUrl === 'string') return tabUrl.startsWith(extensionRoot) || BROWSER_PAGE.test(tabUrl);
  return true;
}

/** The keyboard command, forwarded by the background to the active tab's content script. */
export const FOCUS_SUGGESTIONS_COMMAND = 'focus-suggestions';
export interface FocusSuggestionsMessage {
  type: 'ui/focus-suggestions';
}

export function isFocusSuggestionsCommand(value: unknown): value is FocusSuggestionsMessage {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  return (value as { type?: unknown }).type === 'ui/focus-suggestions' && Object.keys(value).length === 1;
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
