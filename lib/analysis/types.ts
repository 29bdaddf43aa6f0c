/**
 * Types of the analysis engine's contract (docs/spec/analysis.md).
 * The engine is pure: no DOM, no browser APIs, no I/O. The extension, the CLI,
 * the eval and the benchmarks all call `analyze()` from ./index.ts.
 */

export type Lang = 'es' | 'en';
export type Role = 'agent' | 'customer';
export type Priority = 'low' | 'normal' | 'high' | 'urgent';

export const RULE_IDS = [
  'unrealistic-commitment',
  'problem-framing',
  'flat-refusal',
  'blame',
  'dismissive',
  'vague-handoff',
  'overpromise',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

export const MOMENT_IDS = [
  'anger',
  'repeat-contact',
  'escalation-demand',
  'broken-promise',
  'insists-own-solution',
  'urgency',
  'exception-request',
  'misunderstanding',
] as const;
export type MomentId = (typeof MOMENT_IDS)[number];

export interface BusinessHours {
  /** ISO weekdays: 1 = Monday … 7 = Sunday (0 is accepted as Sunday too). */
  days: number[];
  /** "HH:MM", local to `timezone`. */
  start: string;
  end: string;
}

export interface AnalysisContext {
  /** IANA zone, e.g. "America/Lima". */
  timezone: string;
  priority: Priority;
  businessHours: BusinessHours;
  /** Explicit holiday dates, "YYYY-MM-DD" in `timezone`. */
  holidays: string[];
  /** ISO 3166 country code whose public holidays also count (needs a HolidayProvider). */
  holidaysCountry?: string;
  /** Region/state code within the country (e.g. "MD" for Madrid in ES). */
  holidaysRegion?: string;
  /** Shortest turnaround the team reliably keeps, in business hours, per priority. */
  minBusinessHours: Record<Priority, number>;
  /** `standard`: what a coach would clearly flag (default); `picky`: also the borderline. */
  strictness?: Strictness;
}

export type Strictness = 'standard' | 'picky';

/** Looks up public holidays; injected so the pure engine does not bundle a calendar. */
export type HolidayProvider = (country: string, region: string | undefined, year: number) => string[];

export interface PlaybookEntry {
  id: string;
  lang: Lang;
  title: string;
  text: string;
  triggers?: string[];
  /** The customer moments this entry answers: offered on that moment's chip, before any refusal. */
  moments?: MomentId[];
}

export interface Playbook {
  format: 'tacto-playbook';
  version: 1;
  entries: PlaybookEntry[];
  /** Phrasings the team accepts: never flagged for anyone who has this playbook. */
  accepted?: string[];
}

export interface Alternative {
  id: string;
  title: string;
  text: string;
}

export interface Finding {
  rule: RuleId;
  /** UTF-16 offsets into the analysed text. */
  start: number;
  end: number;
  quote: string;
  message: string;
  /** One to three rewrites or next steps, in the text's language, insertable as they are. */
  suggestions: string[];
  alternatives: Alternative[];
  /** How sure the engine is (0–1): the learned layer's probability, at least 0.9 for a lexicon match. */
  confidence?: number;
}

export interface Commitment {
  start: number;
  end: number;
  quote: string;
  /** ISO 8601 with the context zone's offset, e.g. "2026-11-22T00:00:00-05:00". */
  due: string;
  windowBusinessHours: number;
  realistic: boolean;
}

export interface AnalyzeInput {
  text: string;
  role: Role;
  lang?: Lang;
  /** ISO 8601 string or Date; defaults to the current time. */
  now?: string | Date;
  context?: Partial<AnalysisContext>;
  playbook?: Playbook;
  /** Rules switched off in settings. */
  disabledRules?: RuleId[];
}

export interface AnalysisResult {
  lang: Lang;
  /** Agent drafts: the form of address (tu, vos, usted, ustedes, vosotros, you) that suggestions keep. */
  register?: import('./grammar/register').DraftRegister;
  findings: Finding[];
  commitments: Commitment[];
  moments: MomentId[];
}

export interface EngineOptions {
  holidayProvider?: HolidayProvider;
  /** The learned layer: the shipped model when left out, none (lexicons only) when null. */
  model?: import('./model').Model | null;
}
