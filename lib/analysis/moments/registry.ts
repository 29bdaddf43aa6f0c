/**
 * Every customer moment, by import, in the spec's order. Ids come from MOMENT_IDS and
 * equal the file names (checked by tests/analysis/conventions.test.ts).
 */
import anger, { examples as angerExamples } from './anger';
import repeatContact, { examples as repeatContactExamples } from './repeat-contact';
import escalationDemand, { examples as escalationDemandExamples } from './escalation-demand';
import brokenPromise, { examples as brokenPromiseExamples } from './broken-promise';
import insistsOwnSolution, { examples as insistsOwnSolutionExamples } from './insists-own-solution';
import urgency, { examples as urgencyExamples } from './urgency';
import exceptionRequest, { examples as exceptionRequestExamples } from './exception-request';
import misunderstanding, { examples as misunderstandingExamples } from './misunderstanding';
import type { MomentId } from '../types';
import type { Moment, MomentExample } from './types';

export const MOMENTS: Moment[] = [
  anger,
  repeatContact,
  escalationDemand,
  brokenPromise,
  insistsOwnSolution,
  urgency,
  exceptionRequest,
  misunderstanding,
];

/**
 * Every moment's examples, by id: its test cases (tests/analysis/moment-examples.test.ts) and
 * training data (scripts/train.ts). Nothing the page runs reads this, so the engine's bundle
 * leaves them out.
 */
export const MOMENT_EXAMPLES: Record<MomentId, MomentExample[]> = {
  anger: angerExamples,
  'repeat-contact': repeatContactExamples,
  'escalation-demand': escalationDemandExamples,
  'broken-promise': brokenPromiseExamples,
  'insists-own-solution': insistsOwnSolutionExamples,
  urgency: urgencyExamples,
  'exception-request': exceptionRequestExamples,
  misunderstanding: misunderstandingExamples,
};
