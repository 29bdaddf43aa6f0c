/**
 * What the coach takes from the settings: whether it coaches on a helpdesk, and the
 * analysis context for a ticket:
 *   Settings ──analysisInputFromSettings(settings, ticketPriority)──► { context, playbook, disabledRules }
 */
import type { AnalysisContext, Playbook, Priority, RuleId } from '../analysis/types';
import type { HelpdeskId } from '../log/messaging';
import { PRIORITIES, type Settings } from './types';
import { isIanaZone } from './validation';

/** The browser's IANA zone, or UTC. */
let cachedBrowserZone: string | undefined;

/** The browser's own zone; read once (it costs an Intl formatter, too much per keystroke). */
export function browserTimeZone(): string {
  if (cachedBrowserZone) return cachedBrowserZone;
  cachedBrowserZone = 'UTC';
  try {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (zone && isIanaZone(zone)) cachedBrowserZone = zone;
  } catch {
    // no Intl zone data
  }
  return cachedBrowserZone;
}

/**
 * The analysis context for a ticket: the ticket's priority when the page shows one,
 * else the default priority; hours, zone, turnaround and every holiday date from settings.
 * Public holidays are passed as explicit dates (no holiday library in the page).
 */
export function analysisContextFromSettings(settings: Settings, ticketPriority?: Priority): AnalysisContext {
  const priority = ticketPriority && PRIORITIES.includes(ticketPriority) ? ticketPriority : settings.defaultPriority;
  return {
    timezone: settings.timezone || browserTimeZone(),
    priority,
    businessHours: { ...settings.businessHours, days: [...settings.businessHours.days] },
    holidays: [...new Set([...settings.holidays.publicDates, ...settings.holidays.teamDates])].sort(),
    minBusinessHours: { ...settings.minBusinessHours },
    strictness: settings.strictness,
  };
}

/** Everything analyze() takes from settings, for an agent draft. */
export function analysisInputFromSettings(
  settings: Settings,
  ticketPriority?: Priority,
): { context: AnalysisContext; playbook: Playbook; disabledRules: RuleId[] } {
  return {
    context: analysisContextFromSettings(settings, ticketPriority),
    playbook: settings.playbook,
    disabledRules: [...settings.disabledRules],
  };
}

/** Whether Tacto coaches on this helpdesk (custom domains follow their helpdesk type). */
export function helpdeskEnabled(settings: Settings, helpdesk: HelpdeskId): boolean {
  return settings.helpdesks[helpdesk] !== false;
}
