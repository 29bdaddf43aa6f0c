/**
 * Every draft rule, by import, in the contract's order (docs/spec/analysis.md).
 * Order matters only for output ties; ids come from RULE_IDS and equal the file names
 * (checked by tests/analysis/conventions.test.ts).
 */
import unrealisticCommitment from './unrealistic-commitment';
import problemFraming from './problem-framing';
import flatRefusal from './flat-refusal';
import blame from './blame';
import dismissive from './dismissive';
import vagueHandoff from './vague-handoff';
import overpromise from './overpromise';
import type { Rule } from './types';

export const RULES: Rule[] = [
  unrealisticCommitment,
  problemFraming,
  flatRefusal,
  blame,
  dismissive,
  vagueHandoff,
  overpromise,
];
