import type { LexiconChecker } from '../patterns';
import type { Rule } from './types';

/** What a rule read by its lexicons (patterns.ts lexiconChecker) gives the engine: its sentence check and exemptions. */
export const fromLexicons = (checker: LexiconChecker): Pick<Rule, 'checkSentence' | 'withoutExemptions'> => ({
  checkSentence: ({ sentence, folded, lang, register }) => checker(lang, sentence.text, folded, register),
  withoutExemptions: checker.withoutExemptions,
});
