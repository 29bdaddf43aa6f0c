/** Interface names of moments, rules and actions (message keys `dash…`; ids keep their hyphens). */
import type { Translate } from '../i18n';

const key = (prefix: string, id: string) => `${prefix}_${id.replace(/-/g, '_')}`;

export const momentLabel = (t: Translate, id: string) => t(key('dashMoment', id));
export const ruleLabel = (t: Translate, id: string) => t(key('dashRule', id));
export const actionLabel = (t: Translate, id: string) => t(key('dashAction', id));

/** Stable colours: one per moment and one per rule, readable on white and in print. */
export const MOMENT_COLORS: Record<string, string> = {
  anger: '#d64545',
  'repeat-contact': '#e58a00',
  'escalation-demand': '#8e44ad',
  'broken-promise': '#b7791f',
  'insists-own-solution': '#2b6cb0',
  urgency: '#c53030',
  'exception-request': '#2f855a',
  misunderstanding: '#4a5568',
};

export const RULE_COLORS: Record<string, string> = {
  'unrealistic-commitment': '#c05621',
  'problem-framing': '#2c7a7b',
  'flat-refusal': '#9b2c2c',
  blame: '#6b46c1',
  dismissive: '#718096',
  'vague-handoff': '#3182ce',
  overpromise: '#d69e2e',
};
