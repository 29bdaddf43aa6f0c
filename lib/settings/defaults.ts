/** The settings a new install starts with (every field; a damaged field falls back to its own). */
import { DEFAULT_BUSINESS_HOURS, DEFAULT_MIN_BUSINESS_HOURS } from '../analysis/context';
import { HELPDESKS } from '../helpdesk/sites';
import { DEFAULT_PLAYBOOK } from './playbook-default';
import { RETENTION_WEEKS, type Settings } from './types';

export function defaultSettings(): Settings {
  return {
    timezone: '',
    businessHours: { ...DEFAULT_BUSINESS_HOURS, days: [...DEFAULT_BUSINESS_HOURS.days] },
    holidays: { country: '', region: '', publicDates: [], publicYears: null, teamDates: [] },
    minBusinessHours: { ...DEFAULT_MIN_BUSINESS_HOURS },
    defaultPriority: 'normal',
    uiLanguage: 'browser',
    helpdesks: Object.fromEntries(HELPDESKS.map((id) => [id, true])) as Settings['helpdesks'],
    disabledRules: [],
    agentAlias: 'agent',
    retentionWeeks: RETENTION_WEEKS.default,
    customDomains: [],
    playbook: structuredClone(DEFAULT_PLAYBOOK),
    allowPhrases: [],
    teamAllowPhrases: [],
    strictness: 'standard',
  };
}

/** Kept for callers that read a constant; a fresh copy each time is `defaultSettings()`. */
export const DEFAULT_SETTINGS: Readonly<Settings> = defaultSettings();
