import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fnv1a } from '../../lib/analysis/model/features';
import { problems } from '../../scripts/add-batch';

const ids = (file: string) =>
  readFileSync(new URL(file, import.meta.url), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => (JSON.parse(line) as { id: string }).id);

describe('corpus splits', () => {
  it('every train line hashes away from dev and every dev line into it (FNV-1a of the id, modulo 5)', () => {
    const train = ids('./train.jsonl');
    const dev = ids('./dev.jsonl');
    expect(train.filter((id) => fnv1a(id) % 5 === 0)).toEqual([]);
    expect(dev.filter((id) => fnv1a(id) % 5 !== 0)).toEqual([]);
    expect(new Set([...train, ...dev]).size).toBe(train.length + dev.length);
  });

  it('no line of a check set (blind batches, letters, rounds 6 to 9, 13, 17, 19 and 21, the voice probes and rounds 32, 34, 36 to 39, 45 and 47, the test split) is trained on, by id or by text', () => {
    const texts = (file: string) =>
      readFileSync(new URL(file, import.meta.url), 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => (JSON.parse(line) as { text: string }).text);
    const trainer = ['./train.jsonl', './dev.jsonl', './sample.jsonl', './probe.jsonl', './voices31-train.jsonl', './voices49-train.jsonl'];
    const trained = new Set(trainer.flatMap((file) => [...ids(file), ...texts(file)]));
    for (const file of ['./blind2.jsonl', './blind3.jsonl', './letters.jsonl', './round6.jsonl', './round7.jsonl', './round8.jsonl', './round9.jsonl', './round13.jsonl', './round17.jsonl', './round19.jsonl', './round21.jsonl', './voices31-read.jsonl', './voices31-held-en.jsonl', './voices31-held-es.jsonl', './voices32-train.jsonl', './voices50-train.jsonl', './voices34-blind.jsonl', './voices36-read.jsonl', './voices36-held.jsonl', './voices37-read.jsonl', './voices37-held.jsonl', './voices38-read.jsonl', './voices38-held.jsonl', './voices39-read.jsonl', './voices39-held.jsonl', './probe45.jsonl', './probe47.jsonl', './test.jsonl']) {
      expect([...ids(file), ...texts(file)].filter((key) => trained.has(key)), file).toEqual([]);
    }
  });

  it('no test line is in train or dev', () => {
    const test = new Set(ids('./test.jsonl'));
    expect([...ids('./train.jsonl'), ...ids('./dev.jsonl')].filter((id) => test.has(id))).toEqual([]);
  });

  it('a batch line is refused when a quote is not in its text or the realism and the rules disagree', () => {
    const line = {
      id: 'tr-x-0001',
      role: 'agent' as const,
      text: 'Te lo envío mañana.',
      now: '2026-12-01T10:00:00-03:00',
      context: { timezone: 'America/Santiago' },
      expect: { lang: 'es', rules: [], commitments: [{ quote: 'mañana', realistic: true }], why: 'mañana: due at close' },
    };
    expect(problems(line, new Set())).toEqual([]);
    expect(problems(line, new Set(['tr-x-0001']))).toEqual(['id already used']);
    expect(problems({ ...line, expect: { ...line.expect, commitments: [{ quote: 'hoy', realistic: true }] } }, new Set())).toEqual([
      'quote «hoy» is not in the text',
    ]);
    expect(problems({ ...line, expect: { ...line.expect, commitments: [{ quote: 'mañana', realistic: false }] } }, new Set())).toEqual([
      'unrealistic-commitment disagrees with the commitments',
    ]);
  });

  it('a line that is not an object, or lacks what the guide asks, is refused without a crash', () => {
    expect(problems(null, new Set())).toEqual(['not a JSON object']);
    expect(problems({ id: 'tr-x-0002', role: 'agent', expect: { lang: 'es', commitments: [{ quote: '', realistic: true }], why: 'x' } }, new Set())).toEqual([
      'no text',
      'a commitment with an empty quote',
      'an agent line without `now` and `context`',
    ]);
    expect(problems({ id: 'tr-x-0003', role: 'customer', text: 'Nadie me contesta.', expect: { lang: 'es' } }, new Set())).toEqual([
      'a customer line without `expect.moments`',
    ]);
  });
});
