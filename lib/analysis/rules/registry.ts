/**
 * Every draft rule, by import, in the contract's order (docs/spec/analysis.md).
 * Order matters only for output ties; ids come from RULE_IDS and equal the file names
 * (checked by tests/analysis/conventions.test.ts).
 */
import unrealisticCommitment, { examples as unrealisticCommitmentExamples } from './unrealistic-commitment';
import problemFraming, { examples as problemFramingExamples } from './problem-framing';
import flatRefusal, { examples as flatRefusalExamples } from './flat-refusal';
import blame, { examples as blameExamples } from './blame';
import dismissive, { examples as dismissiveExamples } from './dismissive';
import vagueHandoff, { examples as vagueHandoffExamples } from './vague-handoff';
import overpromise, { examples as overpromiseExamples } from './overpromise';
import type { RuleId } from '../types';
import type { Rule, RuleExample } from './types';

export const RULES: Rule[] = [
  unrealisticCommitment,
  problemFraming,
  flatRefusal,
  blame,
  dismissive,
  vagueHandoff,
  overpromise,
];

/**
 * Every rule's examples, by id: its test cases (tests/analysis/rule-examples.test.ts) and
 * training data (scripts/train.ts). Nothing the page runs reads this, so the engine's bundle
 * leaves them out (checked in tests/analysis/conventions.test.ts).
 */
export const RULE_EXAMPLES: Record<RuleId, RuleExample[]> = {
  'unrealistic-commitment': unrealisticCommitmentExamples,
  'problem-framing': problemFramingExamples,
  'flat-refusal': flatRefusalExamples,
  blame: blameExamples,
  dismissive: dismissiveExamples,
  'vague-handoff': vagueHandoffExamples,
  overpromise: overpromiseExamples,
};
