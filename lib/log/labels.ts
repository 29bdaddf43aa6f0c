/** Interface names of moments, rules and actions, and the charts' colours (from ./catalog.ts). */
import type { Translate } from '../coach/i18n';

import { keyOf as key } from './catalog';

export { MOMENT_COLORS, RULE_COLORS } from './catalog';

export const momentLabel = (t: Translate, id: string) => t(key('dashMoment', id));
export const ruleLabel = (t: Translate, id: string) => t(key('dashRule', id));
export const actionLabel = (t: Translate, id: string) => t(key('dashAction', id));

/** Two-series comparisons (this week / the previous one; an agent / the team's average). */
export const COMPARE_COLORS = ['#0072B2', '#BBBBBB'] as const;
/** The send guard's three outcomes: revised, rewrite applied, sent anyway. */
export const GUARD_COLORS = ['#009E73', '#56B4E9', '#D55E00'] as const;
