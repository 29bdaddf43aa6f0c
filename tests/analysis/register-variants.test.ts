/**
 * A Spanish rule reads its example in every register a Spanish-speaking agent writes in: the customer as «tú», «usted»,
 * «vos» or «ustedes», the agent as «yo» or «nosotros». The variants (es-register-variants.jsonl) were written by a
 * helper from the rules' own Spanish examples, the same flaw in another register; kept here are those the rules read
 * (the thirtieth session's misses are listed in docs/engine.md).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analysis';
import type { RuleId } from '../../lib/analysis/types';

interface Variant {
  rule: RuleId;
  register: string;
  text: string;
}

const VARIANTS: Variant[] = readFileSync(new URL('./es-register-variants.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line) as Variant);

describe('a Spanish rule example in another register', () => {
  for (const register of [...new Set(VARIANTS.map((v) => v.register))]) {
    it(`still fires said with «${register}»`, () => {
      const missed = VARIANTS.filter((v) => v.register === register)
        .filter((v) => !analyze({ text: v.text, role: 'agent', lang: 'es' }).findings.some((f) => f.rule === v.rule))
        .map((v) => `${v.rule}: ${v.text}`);
      expect(missed).toEqual([]);
    });
  }
});
