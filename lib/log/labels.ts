/** Interface names of moments, rules and actions (message keys `dash…`; ids keep their hyphens). */
import type { Translate } from '../coach/i18n';

const key = (prefix: string, id: string) => `${prefix}_${id.replace(/-/g, '_')}`;

export const momentLabel = (t: Translate, id: string) => t(key('dashMoment', id));
export const ruleLabel = (t: Translate, id: string) => t(key('dashRule', id));
export const actionLabel = (t: Translate, id: string) => t(key('dashAction', id));

/**
 * Stable colours, one per category, never shared between any two of them (a unit test
 * checks): moments take the Okabe–Ito palette, rules Paul Tol's "muted" one, both chosen
 * to stay apart for the common colour-vision deficiencies and in greyscale print.
 */
export const MOMENT_COLORS: Record<string, string> = {
  anger: '#D55E00',
  'repeat-contact': '#E69F00',
  'escalation-demand': '#CC79A7',
  'broken-promise': '#0072B2',
  'insists-own-solution': '#56B4E9',
  urgency: '#000000',
  'exception-request': '#009E73',
  misunderstanding: '#F0E442',
};

export const RULE_COLORS: Record<string, string> = {
  'unrealistic-commitment': '#882255',
  'problem-framing': '#44AA99',
  'flat-refusal': '#CC6677',
  blame: '#332288',
  dismissive: '#999933',
  'vague-handoff': '#88CCEE',
  overpromise: '#117733',
};

/** Two-series comparisons (this week / the previous one; an agent / the team's average). */
export const COMPARE_COLORS = ['#0072B2', '#BBBBBB'] as const;
/** The send guard's three outcomes: revised, rewrite applied, sent anyway. */
export const GUARD_COLORS = ['#009E73', '#56B4E9', '#D55E00'] as const;
