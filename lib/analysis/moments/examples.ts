/**
 * Every moment's examples, by id: test cases (tests/analysis/moment-examples.test.ts) and
 * training data (scripts/train.ts). Read only from here, so the page's engine leaves them out.
 */
import { examples as anger } from './anger';
import { examples as repeatContact } from './repeat-contact';
import { examples as escalationDemand } from './escalation-demand';
import { examples as brokenPromise } from './broken-promise';
import { examples as insistsOwnSolution } from './insists-own-solution';
import { examples as urgency } from './urgency';
import { examples as exceptionRequest } from './exception-request';
import { examples as misunderstanding } from './misunderstanding';
import type { MomentId } from '../types';
import type { MomentExample } from './types';

export const MOMENT_EXAMPLES: Record<MomentId, MomentExample[]> = {
  anger,
  'repeat-contact': repeatContact,
  'escalation-demand': escalationDemand,
  'broken-promise': brokenPromise,
  'insists-own-solution': insistsOwnSolution,
  urgency,
  'exception-request': exceptionRequest,
  misunderstanding,
};
