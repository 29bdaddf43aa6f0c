/**
 * The engine as the helpdesk page loads it: a separate module (`engine.js`), imported
 * by the content script only once the agent focuses a reply editor, so pages without
 * a reply box never pay for it. Built by wxt.config.ts; no holiday calendar inside
 * (public holidays arrive as explicit dates from settings), and no weights: the content
 * script fetches model.bin beside it and installs them with `useShippedWeights`.
 */
import { TZDate } from '@date-fns/tz';
import { explainCommitment as explainAt, type CommitmentExplanation } from './rules/unrealistic-commitment';
import type { AnalysisContext, Commitment, Lang } from './types';
export { analyze } from './index';
export { useShippedWeights } from './model';
export { MOMENTS } from './moments/registry';
export { RULES } from './rules/registry';


/** A commitment explained in the interface language, with the engine's own due phrase and figures (panel and send guard alike). */
export function explainCommitment(commitment: Commitment, lang: Lang, now: Date, context: Pick<AnalysisContext, 'minBusinessHours' | 'priority' | 'timezone'>): CommitmentExplanation {
  return explainAt(commitment, lang, new TZDate(now, context.timezone), context);
}
export { alternativesForMoment, indexPlaybook } from './playbook';
