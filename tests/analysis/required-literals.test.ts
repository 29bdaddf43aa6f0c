import { describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { requiredLiterals } from '../../lib/analysis/required-literals';
import { expand } from '../../lib/analysis/patterns';
import { jsonlLines } from '../../lib/node/node-engine';

describe('requiredLiterals', () => {
  it('takes one literal from each alternative, the longest sure run', () => {
    expect(requiredLiterals('refund|cancel')).toEqual(['refund', 'cancel']);
    expect(requiredLiterals('(?<![a-z])(?:hello|hey)\\s+there')).toEqual(['there']);
    expect(requiredLiterals('abc(?=xyz)')).toEqual(['abc']);
    expect(requiredLiterals('(?<s>queue)')).toEqual(['queue']);
    expect(requiredLiterals('\\.com')).toEqual(['.com']);
  });

  it('never reads an optional or repeated character into a literal', () => {
    expect(requiredLiterals('ab?cdef')).toEqual(['cdef']);
    expect(requiredLiterals('abc+d')).toEqual(['abc']);
    expect(requiredLiterals('abcd*e')).toEqual(['abc']);
    expect(requiredLiterals('(?:abc){0,2}wxyz')).toEqual(['wxyz']);
  });

  it('reads a group every match passes through as any of its alternatives', () => {
    expect(requiredLiterals('(?:refund|money back)\\s+now')).toEqual(['refund', 'money back']);
    expect(requiredLiterals('[xy](?:cancel|close)[xy]')).toEqual(['cancel', 'close']);
  });

  it('gives no literals where one alternative has none sure, or only short ones', () => {
    expect(requiredLiterals('refund|[a-z]+')).toBeNull();
    expect(requiredLiterals('x(?:abc)?yz')).toBeNull();
    expect(requiredLiterals('a.b')).toBeNull();
    expect(requiredLiterals('(?:abc|d)e')).toBeNull();
    expect(requiredLiterals('no|never')).toBeNull();
  });

  it('reads the lexicons\' shorthand as expanded: a space is \\s+, a word is a class', () => {
    expect(requiredLiterals(expand("we don't offer"))).toEqual(['offer']);
    expect(requiredLiterals(expand('lo siento ~2 no podemos'))).toEqual(['siento']);
  });

  it('every literal it returns occurs in what the regex matches', () => {
    const cases: [string, string[]][] = [
      ["(?:we|i) (?:can't|cannot) refund", ['we cannot refund', "i can't refund", 'we cant refund']],
      ['no (?:podemos|puedo) (?:devolver|reembolsar)', ['no podemos devolver', 'no puedo reembolsar']],
    ];
    for (const [source, texts] of cases) {
      const expanded = expand(source);
      const literals = requiredLiterals(expanded)!;
      const re = new RegExp(expanded, 'u');
      for (const text of texts) {
        expect(re.test(text), text).toBe(true);
        expect(literals.some((l) => text.includes(l)), `${text} holds one of ${literals.join(', ')}`).toBe(true);
      }
    }
  });
});

describe('the lexicons\' literal gates', () => {
  // The gates only skip work: every finding, moment and commitment is the same with them off, on every line of two
  // corpus sets (dev and round 50: agent replies and customer messages, both languages). Each pass gets fresh modules,
  // so no cache of the first pass answers for the second.
  it('change no result on the dev split and round 50', async () => {
    const lines = ['dev.jsonl', 'voices50-train.jsonl'].flatMap((name) =>
      [...jsonlLines(readFileSync(fileURLToPath(new URL(`../corpus/${name}`, import.meta.url)), 'utf8'))].map((l) => l.raw),
    );
    const results = async (gated: boolean) => {
      vi.resetModules();
      // Ungated: the literal reader finds nothing sure, so no part of any lexicon has a gate.
      if (gated) vi.doUnmock('../../lib/analysis/required-literals');
      else vi.doMock('../../lib/analysis/required-literals', () => ({ requiredLiterals: () => null }));
      const { analyzeAsWritten } = await import('../../lib/node/markup');
      const { CORPUS_DEFAULT_NOW, nodeEngineOptions, parseInputLine } = await import('../../lib/node/node-engine');
      return lines.map((raw) => {
        const input = parseInputLine(raw, undefined).input!;
        const r = analyzeAsWritten({ ...input, now: input.now ?? CORPUS_DEFAULT_NOW }, nodeEngineOptions);
        return JSON.stringify([r.findings, r.moments, r.commitments]);
      });
    };
    const ungated = await results(false);
    const gated = await results(true);
    expect(lines.length).toBeGreaterThan(1500);
    const differing = gated.flatMap((r, i) => (r === ungated[i] ? [] : [lines[i]!.slice(0, 80)]));
    expect(differing).toEqual([]);
  }, 120_000);
});
