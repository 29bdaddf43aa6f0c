/**
 * Every rule's examples, by id. They are the rules' test cases (tests/analysis/rule-examples.test.ts)
 * and training data (scripts/train.ts); they live beside each rule but are read only from
 * here, so the engine bundled into the page leaves them out.
 */
import { examples as unrealisticCommitment } from './unrealistic-commitment';
import { examples as problemFraming } from './problem-framing';
import { examples as flatRefusal } from './flat-refusal';
import { examples as blame } from './blame';
import { examples as dismissive } from './dismissive';
import { examples as vagueHandoff } from './vague-handoff';
import { examples as overpromise } from './overpromise';
import type { RuleId } from '../types';
import type { RuleExample } from './types';

export const RULE_EXAMPLES: Record<RuleId, RuleExample[]> = {
  'unrealistic-commitment': unrealisticCommitment,
  'problem-framing': problemFraming,
  'flat-refusal': flatRefusal,
  blame,
  dismissive,
  'vague-handoff': vagueHandoff,
  overpromise,
};
