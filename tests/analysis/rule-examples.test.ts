/**
 * Every rule's `examples` are test cases (LanguageTool style): `[[…]]` marks the one span
 * that must be reported, `suggest` the exact suggestions; an example without a marker
 * must not fire; and once any suggestion replaces the span, the rule must not fire again.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analysis';
import { RULES } from '../../lib/analysis/rules/registry';
import { RULE_EXAMPLES } from '../../lib/analysis/rules/registry';
import type { RuleExample } from '../../lib/analysis/rules/types';
import type { RuleId } from '../../lib/analysis/types';

function parse(example: RuleExample): { text: string; span?: { start: number; end: number } } {
  const open = example.text.indexOf('[[');
  const close = example.text.indexOf(']]');
  const text = example.text.replace('[[', '').replace(']]', '');
  if (open < 0) return { text };
  return { text, span: { start: open, end: close - 2 } };
}

function findingsOf(rule: RuleId, example: RuleExample, text: string) {
  return analyze({ text, role: 'agent', lang: example.lang, now: example.now, context: example.context }).findings.filter(
    (f) => f.rule === rule,
  );
}

for (const rule of RULES) {
  describe(`rule ${rule.id}`, () => {
    RULE_EXAMPLES[rule.id].forEach((example, i) => {
      const { text, span } = parse(example);
      it(`${span ? 'fires' : 'stays silent'} on example ${i + 1} (${example.lang}): ${text}`, () => {
        const found = findingsOf(rule.id, example, text);
        if (!span) {
          expect(found.map((f) => f.quote)).toEqual([]);
          return;
        }
        expect(found.map((f) => [f.start, f.end, f.quote])).toEqual([[span.start, span.end, text.slice(span.start, span.end)]]);
        const [finding] = found;
        expect(finding.suggestions.length).toBeGreaterThanOrEqual(1);
        expect(finding.suggestions.length).toBeLessThanOrEqual(3);
        if (example.suggest) expect(finding.suggestions).toEqual(example.suggest);
        for (const suggestion of finding.suggestions) {
          const applied = text.slice(0, finding.start) + suggestion + text.slice(finding.end);
          expect(findingsOf(rule.id, example, applied).map((f) => f.quote), `after applying «${suggestion}»`).toEqual([]);
        }
      });
    });
  });
}

/** The contractions whose bare form is no other word ("dont", "youre", "thats"); not "were", "well", "ill", "id", "wed", "lets". */
const BARE_CONTRACTION =
  /(?<=n)'(?=t\b)|'(?=ve\b)|(?<=\b(?:i|you|they))'(?=m\b)|(?<=\b(?:you|they))'(?=(?:re|d)\b)|(?<=\b(?:you|they|it|this|that|there))'(?=ll\b)|(?<=\b(?:it|this|that|there|what|here|who))'(?=s\b)/gi;

describe('a rule reads an English draft whose contractions lost their apostrophes', () => {
  for (const rule of RULES) {
    RULE_EXAMPLES[rule.id].forEach((example, i) => {
      const { text, span } = parse(example);
      const bare = text.replace(/’/g, "'").replace(BARE_CONTRACTION, '');
      if (!span || example.lang !== 'en' || bare === text.replace(/’/g, "'")) return;
      it(`${rule.id} example ${i + 1}: ${bare}`, () => {
        expect(findingsOf(rule.id, example, bare)).not.toEqual([]);
      });
    });
  }
});
