/**
 * Pausing Tacto: on one ticket, on one site, or everywhere, for an hour or until tomorrow.
 * A paused Tacto shows no findings and holds no send. The state lives in
 * `browser.storage.local` (`pause`, ./pause-storage.ts), written by the sidebar and the
 * toolbar popup and watched by every helpdesk tab. The decisions here are pure functions
 * of the state and a clock.
 */
import { isRecord } from '../../settings/problems';
export const PAUSE_SCOPES = ['ticket', 'site', 'everywhere'] as const;
export type PauseScope = (typeof PAUSE_SCOPES)[number];
export const PAUSE_DURATIONS = ['1h', 'tomorrow'] as const;
export type PauseDuration = (typeof PAUSE_DURATIONS)[number];

/** Each pause ends at an instant (epoch ms). */
export interface PauseState {
  everywhere: number | null;
  /** By host name ("acme.zendesk.com"). */
  sites: Record<string, number>;
  /** By "<helpdesk>:<ticket>" ("zendesk:1234"). */
  tickets: Record<string, number>;
}

/** Where a tab is: its host and, when the page shows one, its ticket. */
export interface Place {
  host: string;
  helpdesk?: string;
  ticket?: string;
}

export interface ActivePause {
  scope: PauseScope;
  until: number;
}

export const emptyPause = (): PauseState => ({ everywhere: null, sites: {}, tickets: {} });

const HOUR_MS = 3_600_000;

/** When a pause that starts at `now` ends: in an hour, or at the next local midnight. */
export function pauseEnd(duration: PauseDuration, now: Date): number {
  if (duration === '1h') return now.getTime() + HOUR_MS;
  return new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1).getTime();
}

const ticketKey = (place: Place) => (place.helpdesk && place.ticket ? `${place.helpdesk}:${place.ticket}` : undefined);

/** The pause in force at `place` now (the one that lasts longest), or null. */
export function activePause(state: PauseState, place: Place, now: number): ActivePause | null {
  const candidates: ActivePause[] = [];
  if (state.everywhere !== null && state.everywhere > now) candidates.push({ scope: 'everywhere', until: state.everywhere });
  const site = state.sites[place.host];
  if (site !== undefined && site > now) candidates.push({ scope: 'site', until: site });
  const key = ticketKey(place);
  const ticket = key ? state.tickets[key] : undefined;
  if (ticket !== undefined && ticket > now) candidates.push({ scope: 'ticket', until: ticket });
  if (candidates.length === 0) return null;
  return candidates.reduce((a, b) => (b.until > a.until ? b : a));
}

/** The state without pauses that have ended (so it never grows). */
export function pruneExpired(state: PauseState, now: number): PauseState {
  const keep = (record: Record<string, number>) => Object.fromEntries(Object.entries(record).filter(([, until]) => until > now));
  return { everywhere: state.everywhere !== null && state.everywhere > now ? state.everywhere : null, sites: keep(state.sites), tickets: keep(state.tickets) };
}

/** Adds a pause; a ticket pause needs the place's ticket (returns the state unchanged without one). */
export function withPause(state: PauseState, scope: PauseScope, place: Place, until: number, now: number): PauseState {
  const next = pruneExpired(state, now);
  if (scope === 'everywhere') return { ...next, everywhere: until };
  if (scope === 'site') return place.host ? { ...next, sites: { ...next.sites, [place.host]: until } } : next;
  const key = ticketKey(place);
  return key ? { ...next, tickets: { ...next.tickets, [key]: until } } : next;
}

/** Resume at `place`: every pause that applies there ends (everywhere, this site, this ticket). */
export function withoutPause(state: PauseState, place: Place, now: number): PauseState {
  const next = pruneExpired(state, now);
  const sites = { ...next.sites };
  delete sites[place.host];
  const tickets = { ...next.tickets };
  const key = ticketKey(place);
  if (key) delete tickets[key];
  return { everywhere: null, sites, tickets };
}

const instants = (v: unknown): Record<string, number> =>
  isRecord(v) ? Object.fromEntries(Object.entries(v).filter(([k, t]) => k.length <= 300 && typeof t === 'number' && Number.isFinite(t))) as Record<string, number> : {};

/** Whatever is stored, a well-formed state (a damaged value means "not paused"). */
export function normalisePause(raw: unknown): PauseState {
  if (!isRecord(raw)) return emptyPause();
  const everywhere = typeof raw.everywhere === 'number' && Number.isFinite(raw.everywhere) ? raw.everywhere : null;
  return { everywhere, sites: instants(raw.sites), tickets: instants(raw.tickets) };
}

/** A pause's end as the panel writes it: the time today, else the weekday and time. */
export function formatPauseEnd(until: number, now: Date, lang: 'es' | 'en'): string {
  const end = new Date(until);
  const sameDay = end.toDateString() === now.toDateString();
  return new Intl.DateTimeFormat(lang, sameDay ? { hour: '2-digit', minute: '2-digit' } : { weekday: 'short', hour: '2-digit', minute: '2-digit' }).format(end);
}
