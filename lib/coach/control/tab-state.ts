/**
 * What the toolbar popup says about a tab: Tacto is active there, paused, or inactive and
 * why. The popup asks the tab's content script (`tacto/tab-state`); a tab without one is
 * not a helpdesk, a custom domain whose permission is not granted, or a helpdesk page
 * opened before Tacto was installed or updated. Pure, so every case is unit-tested.
 */
import type { HelpdeskId } from '../../log/messaging';
import type { ActivePause, Place } from './pause';

export const TAB_STATE_QUERY = 'tacto/tab-state';

/** The content script's answer. */
export interface TabReport {
  helpdesk: HelpdeskId | null;
  /** Whether the helpdesk is switched on in the settings. */
  enabled: boolean;
  place: Place;
  pause: ActivePause | null;
}

export type TabStateName = 'active' | 'paused' | 'inactive';
export type InactiveReason = 'not-helpdesk' | 'domain-not-granted' | 'helpdesk-off' | 'reload';

export interface TabState {
  state: TabStateName;
  reason?: InactiveReason;
  pause?: ActivePause;
  /** Where a pause from the popup applies (null: only "everywhere" makes sense). */
  place: Place | null;
  helpdesk: HelpdeskId | null;
}

export function isTabStateQuery(value: unknown): boolean {
  return typeof value === 'object' && value !== null && (value as { type?: unknown }).type === TAB_STATE_QUERY;
}

export interface TabFacts {
  /** The content script's answer; null when none answered. */
  report: TabReport | null;
  /** The tab's host when the browser shows it to Tacto (activeTab, or a granted host). */
  host?: string;
  /** The helpdesk Tacto would run on this host (built-in or a custom domain), if any. */
  helpdeskForHost?: HelpdeskId;
  /** Whether the host is one of the settings' custom domains. */
  customDomain: boolean;
  /** Whether the host's permission is granted (custom domains). */
  granted: boolean;
}

export function describeTab(facts: TabFacts): TabState {
  const { report } = facts;
  if (report && report.helpdesk) {
    if (!report.enabled) return { state: 'inactive', reason: 'helpdesk-off', place: report.place, helpdesk: report.helpdesk };
    if (report.pause) return { state: 'paused', pause: report.pause, place: report.place, helpdesk: report.helpdesk };
    return { state: 'active', place: report.place, helpdesk: report.helpdesk };
  }
  if (facts.customDomain && !facts.granted) return { state: 'inactive', reason: 'domain-not-granted', place: null, helpdesk: facts.helpdeskForHost ?? null };
  // A helpdesk Tacto knows, but no script answered: the page was open before Tacto started.
  if (facts.helpdeskForHost) return { state: 'inactive', reason: 'reload', place: null, helpdesk: facts.helpdeskForHost };
  return { state: 'inactive', reason: 'not-helpdesk', place: null, helpdesk: null };
}

/** Whether a URL matches a WebExtension match pattern of the form `https://host/path*` (`*.` host wildcard, `*` path wildcard). */
export function matchesPattern(url: string, pattern: string): boolean {
  const m = /^(https?):\/\/([^/]+)(\/.*)$/.exec(pattern);
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (!m || parsed.protocol !== `${m[1]}:`) return false;
  const host = m[2];
  const hostOk = host.startsWith('*.') ? parsed.hostname.endsWith(host.slice(1)) && parsed.hostname.length > host.length - 1 : parsed.hostname === host;
  const path = new RegExp(`^${m[3].split('*').map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
  return hostOk && path.test(parsed.pathname + parsed.search);
}

/** The helpdesk whose pattern the URL matches (Tacto's own and the custom domains'), if any. */
export function helpdeskForUrl(url: string, patterns: ReadonlyArray<{ helpdesk: HelpdeskId; pattern: string }>): HelpdeskId | undefined {
  return patterns.find((p) => matchesPattern(url, p.pattern))?.helpdesk;
}
