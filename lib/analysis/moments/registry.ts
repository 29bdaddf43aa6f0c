/**
 * Every customer moment, by import, in the spec's order. Ids come from MOMENT_IDS and
 * equal the file names (checked by tests/analysis/conventions.test.ts).
 */
import anger from './anger';
import repeatContact from './repeat-contact';
import escalationDemand from './escalation-demand';
import brokenPromise from './broken-promise';
import insistsOwnSolution from './insists-own-solution';
import urgency from './urgency';
import exceptionRequest from './exception-request';
import misunderstanding from './misunderstanding';
import type { Moment } from './types';

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
