/**
 * The shape of Tacto's settings: the types, the allowed values and their limits. The
 * schema's history is in ./migrations.ts; how a stored value is read, in ./validation.ts.
 */
import type { BusinessHours, Playbook, Priority, RuleId, Strictness } from '../analysis/types';
import type { CustomDomainHelpdesk, HelpdeskId } from '../helpdesk/sites';

export const SETTINGS_VERSION = 2;
export const PRIORITIES: readonly Priority[] = ['low', 'normal', 'high', 'urgent'];
export const UI_LANGUAGES = ['browser', 'es', 'en'] as const;
export const STRICTNESS_LEVELS: readonly Strictness[] = ['standard', 'picky'];
export type UiLanguageSetting = (typeof UI_LANGUAGES)[number];
export { CUSTOM_DOMAIN_HELPDESKS, type CustomDomainHelpdesk } from '../helpdesk/sites';

export interface CustomDomain {
  /** Bare host name, lower case: "support.acme.com". */
  host: string;
  helpdesk: CustomDomainHelpdesk;
}

export interface HolidaySettings {
  /** ISO 3166-1 alpha-2 country whose public holidays count ('' = none). */
  country: string;
  /** Region/state code within the country ('' = national holidays only). */
  region: string;
  /** The public holidays of country/region, "YYYY-MM-DD", precomputed from date-holidays' rules (./settings-holidays.ts). */
  publicDates: string[];
  /** Years covered by `publicDates` ([first, last]), or null when nothing is computed. */
  publicYears: [number, number] | null;
  /** The team's own days off ("YYYY-MM-DD"). */
  teamDates: string[];
}

export interface Settings {
  /** IANA time zone of the team's business hours; '' = this browser's zone. */
  timezone: string;
  businessHours: BusinessHours;
  holidays: HolidaySettings;
  /** Shortest turnaround the team keeps reliably, in business hours, per priority. */
  minBusinessHours: Record<Priority, number>;
  /** Used when the ticket shows no priority (Gmail, a hidden field). */
  defaultPriority: Priority;
  /** Interface language of the options page and sidebar. */
  uiLanguage: UiLanguageSetting;
  /** Helpdesks Tacto coaches on (custom domains follow their helpdesk type). */
  helpdesks: Record<HelpdeskId, boolean>;
  /** Rules switched off. */
  disabledRules: RuleId[];
  /** How this agent is named in exports (an alias, not a personal name). */
  agentAlias: string;
  /** Weeks the difficult-moment log keeps events. */
  retentionWeeks: number;
  customDomains: CustomDomain[];
  /** The team playbook (spec format). */
  playbook: Playbook;
  /** This agent's allow-list: normalised phrases Tacto never flags ("Never flag this phrase"). */
  allowPhrases: string[];
  /** The team's accepted phrasings, from the lead's team settings file: never flagged for anyone who imports it. */
  teamAllowPhrases: string[];
  /** `standard`: only what a coach would clearly flag; `picky`: also the borderline. Per agent. */
  strictness: Strictness;
}

/** The part of the settings a lead shares with the team (not the alias nor the UI language). */
export const TEAM_KEYS = [
  'timezone',
  'businessHours',
  'holidays',
  'minBusinessHours',
  'defaultPriority',
  'helpdesks',
  'disabledRules',
  'retentionWeeks',
  'customDomains',
  'playbook',
  'teamAllowPhrases',
] as const satisfies readonly (keyof Settings)[];
export type TeamSettings = Pick<Settings, (typeof TEAM_KEYS)[number]>;
export const RETENTION_WEEKS = { min: 1, max: 520, default: 26 } as const;
export const MAX_MIN_BUSINESS_HOURS = 2000;
export const MAX_ALIAS = 40;
export const MAX_DATES = 1000;
