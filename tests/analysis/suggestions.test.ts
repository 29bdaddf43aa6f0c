/**
 * One check over every suggestion the engine makes for every rule example and every agent
 * line of the corpora: the suggestion reads right once inserted (no doubled word), keeps
 * the draft's form of address, and applying it does not bring its rule back.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analysis';
import { RULES } from '../../lib/analysis/rules/registry';
import { RULE_EXAMPLES } from '../../lib/analysis/rules/registry';
import { fold } from '../../lib/analysis/text';
import type { AnalyzeInput, Finding } from '../../lib/analysis/types';

const CORPORA = ['train', 'dev', 'sample', 'probe', 'blind2'].map((name) => new URL(`../corpus/${name}.jsonl`, import.meta.url));

/** Words that only one Spanish form of address uses. */
const MARKERS: Record<string, RegExp> = {
  tu: /\b(?:tu|tus|te|ti|contigo|tienes|puedes|quieres|necesitas|sabes|debes|eres|dime|escribeme|cuentame)\b/,
  usted: /\b(?:usted|su|sus|le|disculpe|digame|escribanos|tiene que|puede usted)\b/,
  vos: /\b(?:vos|podes|tenes|queres|decime|contame|escribime)\b/,
};
const COMPATIBLE: Record<string, string[]> = {
  tu: ['tu'],
  vos: ['vos', 'tu'],
  usted: ['usted'],
  ustedes: ['usted'],
  vosotros: ['tu'],
};

interface Case {
  id: string;
  input: AnalyzeInput;
}

function cases(): Case[] {
  const out: Case[] = [];
  for (const rule of RULES) {
    RULE_EXAMPLES[rule.id].forEach((ex, i) =>
      out.push({ id: `${rule.id}#${i}`, input: { text: ex.text.replace(/\[\[|\]\]/g, ''), role: 'agent', lang: ex.lang, now: ex.now, context: ex.context } }),
    );
  }
  for (const file of CORPORA) {
    for (const line of readFileSync(file, 'utf8').split('\n').filter(Boolean)) {
      const o = JSON.parse(line);
      if ((o.role ?? 'agent') !== 'agent') continue;
      out.push({ id: o.id, input: { text: o.text, role: 'agent', now: o.now, context: o.context } });
    }
  }
  return out;
}

function problems(c: Case): string[] {
  const result = analyze(c.input);
  const out: string[] = [];
  for (const f of result.findings) {
    for (const s of f.suggestions) {
      const applied = c.input.text.slice(0, f.start) + s + c.input.text.slice(f.end);
      if (/\b(\p{L}+)\s+\1\b/iu.test(fold(s)) && !/\b(\p{L}+)\s+\1\b/iu.test(fold(f.quote))) out.push(`${f.rule}: doubled word in «${s}»`);
      if (refires(c, f, applied, s)) out.push(`${f.rule}: «${s}» brings the rule back`);
      if (result.lang === 'es' && result.register) {
        const folded = fold(s);
        const wrong = Object.entries(MARKERS).filter(([reg, re]) => !COMPATIBLE[result.register!]?.includes(reg) && re.test(folded) && !re.test(fold(f.quote)));
        if (wrong.length) out.push(`${f.rule}: «${s}» speaks ${wrong.map(([r]) => r).join('/')} in a ${result.register} draft`);
      }
    }
  }
  return out;
}

/** The rewrite itself triggers the rule again: a finding of that rule that starts inside it. */
function refires(c: Case, f: Finding, applied: string, suggestion: string): boolean {
  const again = analyze({ ...c.input, text: applied });
  const end = f.start + suggestion.length;
  return again.findings.some((g) => g.rule === f.rule && g.start >= f.start && g.start < end && g.quote.length <= suggestion.length + 1);
}

describe('every suggestion of every example and corpus line', () => {
  it('reads right, keeps the register and does not bring its rule back', () => {
    const all = cases();
    const found = all.flatMap((c) => problems(c).map((p) => `${c.id} ${p}`));
    expect(all.length).toBeGreaterThan(1500);
    expect(found).toEqual([]);
  }, 120_000);
});
