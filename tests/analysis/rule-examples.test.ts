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

const withStraightApostrophes = (text: string) => text.replace(/’/g, "'");

describe('a rule reads an English draft whose contractions lost their apostrophes', () => {
  for (const rule of RULES) {
    RULE_EXAMPLES[rule.id].forEach((example, i) => {
      const { text, span } = parse(example);
      const bare = withStraightApostrophes(text).replace(BARE_CONTRACTION, '');
      if (!span || example.lang !== 'en' || bare === withStraightApostrophes(text)) return;
      it(`${rule.id} example ${i + 1}: ${bare}`, () => {
        expect(findingsOf(rule.id, example, bare)).not.toEqual([]);
      });
    });
  }
});

/** What a real reply puts around the sentence that matters: a greeting, a word that only leads in, thanks, a sign-off. */
const FRAMES: Record<string, (text: string, lang: 'es' | 'en') => string> = {
  'a greeting line before it': (text, lang) => `${lang === 'es' ? 'Hola Sam,' : 'Hi Sam,'}\n${text}`,
  'a greeting before it on its line': (text, lang) => `${lang === 'es' ? 'Hola Sam, ' : 'Hi Sam, '}${lowerFirst(text)}`,
  'a word that leads in': (text, lang) => `${lang === 'es' ? 'Bueno, ' : 'Well, '}${lowerFirst(text)}`,
  'thanks before it': (text, lang) => `${lang === 'es' ? 'Gracias por escribirnos.' : 'Thanks for reaching out.'} ${text}`,
  'a sign-off after it': (text, lang) => `${text}\n${lang === 'es' ? 'Saludos' : 'Regards'}`,
};
const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);
const OPENS_WITH_GREETING = /^(?:hi|hello|hey|dear|hola|buenas|buenos días|estimad[oa])\b/i;

/**
 * The rule's firing examples, each rewritten by `rewrite`, that the rule no longer reads; an example for which the
 * rewrite gives null (another language, nothing to change) is not asked.
 */
function missedWhenRewritten(rule: RuleId, rewrite: (text: string, example: RuleExample) => string | null): string[] {
  return RULE_EXAMPLES[rule].flatMap((example) => {
    const { text, span } = parse(example);
    const other = span ? rewrite(text, example) : null;
    return other !== null && findingsOf(rule, example, other).length === 0 ? [other] : [];
  });
}
/** The rewrite, or null when it changed nothing. */
const changed = (before: string, after: string) => (after === before ? null : after);
const applyAll = (text: string, rules: [RegExp, string][]) => rules.reduce((t, [re, to]) => t.replace(re, to), text);

describe('a rule reads its example inside the reply around it', () => {
  for (const rule of RULES) {
    for (const [frame, put] of Object.entries(FRAMES)) {
      it(`${rule.id}: ${frame}`, () => {
        const opensFree = frame === 'a sign-off after it' || frame === 'thanks before it';
        expect(missedWhenRewritten(rule.id, (text, example) => (opensFree || !OPENS_WITH_GREETING.test(text) ? put(text, example.lang) : null))).toEqual([]);
      });
    }
  }
});

/** English negations and contractions written the other way: "can't" and "cannot", "is not" and "isn't", "we are" and "we're". */
const WRITTEN_OUT: [RegExp, string][] = [
  [/\bcan't\b/gi, 'cannot'], [/\bwon't\b/gi, 'will not'], [/\b(\w+)n't\b/gi, '$1 not'], [/\b(i)'m\b/gi, '$1 am'],
  [/\b(we|you|they)'re\b/gi, '$1 are'], [/\b(it|that|there|what)'s\b/gi, '$1 is'], [/\b(i|we|you|they)'ve\b/gi, '$1 have'],
  [/\b(i|we|you|they|it|that)'ll\b/gi, '$1 will'],
];
const CONTRACTED: [RegExp, string][] = [
  [/\bcannot\b/gi, "can't"], [/\bwill not\b/gi, "won't"], [/\b(do|does|did|is|are|was|were|have|has|had|could|would|should) not\b/gi, "$1n't"],
  [/\bI am\b/g, "I'm"], [/\b(we|you|they) are\b/gi, "$1're"], [/\b(it|that|there) is\b/gi, "$1's"], [/\b(I|we|you|they) have(?= (?:been|\w+ed|\w+en)\b)/g, "$1've"],
];
describe('a rule reads an English example with its negations and contractions written the other way', () => {
  for (const rule of RULES) {
    for (const [way, rules] of [['written out', WRITTEN_OUT], ['contracted', CONTRACTED]] as const) {
      it(`${rule.id}: ${way}`, () => {
        const otherWay = (text: string) => changed(withStraightApostrophes(text), applyAll(withStraightApostrophes(text), rules));
        expect(missedWhenRewritten(rule.id, (text, example) => (example.lang === 'en' ? otherWay(text) : null))).toEqual([]);
      });
    }
  }
});

describe('a rule reads an English example said by one person ("my", "me") as it reads the company ("our", "us")', () => {
  const SINGULAR_EN: [RegExp, string][] = [[/\bour\b/g, 'my'], [/\bOur\b/g, 'My'], [/\bours\b/g, 'mine'], [/\bus\b/g, 'me']];
  for (const rule of RULES) {
    it(rule.id, () => {
      expect(missedWhenRewritten(rule.id, (text, example) => (example.lang === 'en' ? changed(text, applyAll(text, SINGULAR_EN)) : null))).toEqual([]);
    });
  }
});

describe('a rule reads a Spanish example said by one person («mi», «puedo») as it reads the company («nuestra», «podemos»)', () => {
  const SINGULAR_ES: [RegExp, string][] = [
    [/\bpodemos\b/g, 'puedo'], [/\bPodemos\b/g, 'Puedo'], [/\bhemos\b/g, 'he'], [/\bHemos\b/g, 'He'], [/\btenemos\b/g, 'tengo'],
    [/\bdamos\b/g, 'doy'], [/\bvamos a\b/g, 'voy a'], [/\bnuestr[oa]s (?=\p{L})/gu, 'mis '], [/\bnuestr[oa] (?=\p{L})/gu, 'mi '],
    [/\bNuestr[oa] (?=\p{L})/gu, 'Mi '],
  ];
  for (const rule of RULES) {
    it(rule.id, () => {
      expect(missedWhenRewritten(rule.id, (text, example) => (example.lang === 'es' ? changed(text, applyAll(text, SINGULAR_ES)) : null))).toEqual([]);
    });
  }
});
