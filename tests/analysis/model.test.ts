/** The weights file keeps every 8-bit weight, stored sparse: what is encoded decodes the same. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { contexts, RangeDecoder, RangeEncoder } from '../../lib/analysis/model/range-coder';
import { decodeModel, encodeModel, prepareModel, rowOf, scoreFeatures, sentenceLogits, shippedModel, useShippedWeights, type LabelInfo } from '../../lib/analysis/model';
import { WEIGHTS_FILE } from '../../lib/node/node-engine';
import { sentenceFeatures, wordClassBuckets } from '../../lib/analysis/model/features';
import { EVALUATIVE, hasVerdictOnCompany } from '../../lib/analysis/model/evaluative';
import { fold } from '../../lib/analysis/text';

const label = (i: number): LabelInfo => ({ bias: i / 10, scale: 0.01 * (i + 1), threshold: { standard: 0.5, picky: 0.3 }, veto: i === 3 ? 0.25 : 0, weakVeto: i === 3 ? 0.5 : 0 });

describe('weights file', () => {
  it('round-trips biases, thresholds, rows and every weight, zeros and extremes included', () => {
    const labels = Array.from({ length: 16 }, (_, i) => label(i));
    const rows = [0, 1, 7, 300, 70_000, (1 << 18) - 1];
    const matrix = new Int8Array(rows.length * labels.length);
    // A fixed pattern: mostly zero, with -128, 127, -1 and 1 where they test the sign handling.
    for (let i = 0; i < matrix.length; i++) matrix[i] = i % 5 === 0 ? [-128, 127, -1, 1, 42][(i / 5) % 5]! : 0;
    const model = decodeModel(encodeModel(labels, rows, matrix));
    rows.forEach((feature, r) => {
      expect(rowOf(model, feature)).toBeGreaterThanOrEqual(0);
      // One feature's logits are the bias plus its row of weights times each label's scale.
      const logits = scoreFeatures(model, [feature]);
      labels.forEach((l, i) => expect(logits[i]).toBeCloseTo(l.bias + matrix[r * labels.length + i]! * l.scale, 4));
    });
    for (const absent of [2, 6, 8, 31, 32, 299, 301, (1 << 18) - 2]) expect(rowOf(model, absent)).toBe(-1);
    // Rows are found by rank: each present feature reaches its own row, in ascending order.
    const starts = rows.map((feature) => rowOf(model, feature));
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(new Set(starts).size).toBe(rows.length);
    // Each row is its 2-byte mask and its non-zero weights, nothing more.
    const nonZero = [...matrix].filter((w) => w !== 0).length;
    expect(model.rows.length).toBe(2 * rows.length + nonZero);
    model.labels.forEach((l, i) => {
      expect(l.bias).toBeCloseTo(labels[i]!.bias, 6);
      expect(l.veto).toBeCloseTo(labels[i]!.veto, 6);
      expect(l.weakVeto).toBeCloseTo(labels[i]!.weakVeto, 6);
      expect(l.threshold.picky).toBeCloseTo(0.3, 6);
    });
  });

  it('codes labels whose weights take a few magnitudes by their place on a grid, and the others by magnitude, in one file', () => {
    const labels = Array.from({ length: 16 }, (_, i) => label(i));
    const grid = [4, 6, 9, 13, 19, 27, 40, 59, 86, 127];
    const rows = Array.from({ length: 200 }, (_, i) => i * 7);
    const matrix = new Int8Array(rows.length * 16);
    rows.forEach((_, r) => {
      // Labels 0–5 take 4…123 (off any grid of 16), labels 6–15 the grid's magnitudes only, both signs.
      matrix[r * 16 + (r % 6)] = (r % 2 ? -1 : 1) * (4 + ((r * 37) % 120));
      matrix[r * 16 + 6 + (r % 10)] = (r % 3 ? 1 : -1) * grid[Math.floor(r / 10) % grid.length]!;
    });
    const bytes = encodeModel(labels, rows, matrix);
    const model = decodeModel(bytes);
    rows.forEach((feature, r) => {
      const logits = scoreFeatures(model, [feature]);
      labels.forEach((l, i) => expect(logits[i]).toBeCloseTo(l.bias + matrix[r * 16 + i]! * l.scale, 4));
    });
    // The grid and the labels on it are in the header: labels 6–15.
    const gridSize = bytes[7]!;
    expect([...bytes.slice(8, 8 + gridSize)]).toEqual(grid);
    expect(bytes[8 + gridSize]! | (bytes[9 + gridSize]! << 8)).toBe(0xffc0);
  });

  it('codes every magnitude above the file\'s smallest, in both signs, whatever that smallest is', () => {
    const labels = Array.from({ length: 16 }, (_, i) => label(i));
    for (const floor of [1, 4, 9, 128]) {
      const values = [floor, -floor, 127, -128, floor + 1, -(floor + 2), 64, -5, 100].filter((v) => v >= -128 && v <= 127 && Math.abs(v) >= floor);
      const rows = values.map((_, i) => i * 3);
      const matrix = new Int8Array(rows.length * 16);
      // One weight a row, or a row shared by two labels: the two sets of contexts.
      values.forEach((v, r) => {
        matrix[r * 16 + (r % 16)] = v;
        if (r % 2) matrix[r * 16 + ((r + 5) % 16)] = -v;
      });
      const model = decodeModel(encodeModel(labels, rows, matrix));
      rows.forEach((feature, r) => {
        const logits = scoreFeatures(model, [feature]);
        labels.forEach((l, i) => expect(logits[i]).toBeCloseTo(l.bias + matrix[r * 16 + i]! * l.scale, 4));
      });
    }
  });

  it('refuses a file of another layout, and the engine then works without weights', () => {
    const labels = Array.from({ length: 16 }, (_, i) => label(i));
    const bytes = encodeModel(labels, [5, 9], Int8Array.from({ length: 32 }, (_, i) => (i % 3 === 0 ? 7 : 0)));
    // An older header had 4 bytes less per label: the same rows read from the wrong place do not end the file.
    const older = Uint8Array.from([...bytes.slice(0, 7), ...bytes.slice(7 + 16 * 4)]);
    expect(() => decodeModel(older)).toThrow();
    expect(() => decodeModel(bytes.slice(0, bytes.length - 1))).toThrow();
    // The layouts that left masks and weights to gzip (before the fortieth session): the header tells them apart.
    const bytesForGzip = bytes.slice();
    bytesForGzip[1] = 0xc0;
    expect(() => decodeModel(bytesForGzip)).toThrow(/another layout/);
    // Range coded, but its weights as paths through a 256-leaf tree (the fortieth and forty-first sessions' files).
    const treeCoded = bytes.slice();
    treeCoded[1] = 0x20;
    expect(() => decodeModel(treeCoded)).toThrow(/another layout/);
    // Each weight by its magnitude, with no grid (the forty-second session's file), and the buckets' deltas as bytes.
    const gammaOnly = bytes.slice();
    gammaOnly[1] = 0x60;
    expect(() => decodeModel(gammaOnly)).toThrow(/another layout/);
    const deltasAsBytes = bytes.slice();
    deltasAsBytes[1] = 0x70;
    expect(() => decodeModel(deltasAsBytes)).toThrow(/another layout/);
    // The flag alone, with the same 16 labels: still refused by its header.
    const unflagged = bytes.slice();
    unflagged[1] = 0;
    expect(() => decodeModel(unflagged)).toThrow(/another layout/);
    // A byte too many is refused: the coded stream must end the file.
    expect(() => decodeModel(Uint8Array.from([...bytes, 0]))).toThrow(/wrong length/);
    // Another number of labels than the engine scores, and a row count past the file's end.
    const fewerLabels = bytes.slice();
    fewerLabels[0] = 15;
    expect(() => decodeModel(fewerLabels)).toThrow(/labels/);
    const tooManyRows = bytes.slice();
    tooManyRows.set([0xff, 0xff, 0xff, 0xff], 2);
    expect(() => decodeModel(tooManyRows)).toThrow(/wrong length/);
    const before = shippedModel();
    useShippedWeights(older);
    expect(shippedModel()).toBeNull();
    useShippedWeights(new Uint8Array(readFileSync(WEIGHTS_FILE)));
    expect(shippedModel()).not.toBeNull();
    expect(before).not.toBeNull();
  });

  it('decodes installed weights once, on the first score or when asked ahead of it', () => {
    useShippedWeights(new Uint8Array(readFileSync(WEIGHTS_FILE)));
    prepareModel();
    const ready = shippedModel();
    expect(ready).not.toBeNull();
    expect(shippedModel()).toBe(ready);
    prepareModel();
    expect(shippedModel()).toBe(ready);
  });

  it('refuses more labels than a row mask can hold', () => {
    expect(() => encodeModel(Array.from({ length: 17 }, (_, i) => label(i)), [0], new Int8Array(17))).toThrow();
  });
});

describe('range coder', () => {
  // A fixed pseudo-random stream (a linear congruential generator), so the test is the same on every run.
  const stream = (n: number, oneIn: (context: number) => number) => {
    let seed = 12345;
    // 32-bit arithmetic throughout (Math.imul), so the sequence does not lose bits past 2^53.
    const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    return Array.from({ length: n }, (_, i) => ({ context: i % 4, bit: random() < 1 / oneIn(i % 4) ? 1 : 0 }));
  };

  it('reads back every bit it wrote, in every context, and ends where it wrote', () => {
    const bits = stream(20_000, (context) => [2, 3, 10, 1000][context]!);
    const encoder = new RangeEncoder();
    const written = contexts(4);
    for (const { context, bit } of bits) encoder.bit(written, context, bit);
    const coded = encoder.finish();
    expect(coded[0]).toBe(0);
    const bytes = Uint8Array.from([7, 7, ...coded]);
    const decoder = new RangeDecoder(bytes, 2);
    const read = contexts(4);
    expect(bits.map(({ context }) => decoder.bit(read, context))).toEqual(bits.map(({ bit }) => bit));
    expect(decoder.end).toBe(bytes.length);
  });

  it('codes skewed bits in fewer bytes than they take as bits, and fair ones in about as many', () => {
    const size = (oneIn: number) => {
      const encoder = new RangeEncoder();
      const odds = contexts(4);
      for (const { context, bit } of stream(80_000, () => oneIn)) encoder.bit(odds, context, bit);
      return encoder.finish().length;
    };
    // 80,000 bits are 10,000 bytes: one in 20 set is 0.29 bits of information a bit.
    expect(size(20)).toBeLessThan(3_300);
    expect(size(2)).toBeGreaterThan(9_900);
    expect(size(2)).toBeLessThan(10_300);
  });

  it('says a stream cut short is the wrong length', () => {
    const encoder = new RangeEncoder();
    const odds = contexts(1);
    for (let i = 0; i < 5_000; i++) encoder.bit(odds, 0, i % 7 === 0 ? 1 : 0);
    const bytes = Uint8Array.from(encoder.finish()).slice(0, -3);
    const decoder = new RangeDecoder(bytes, 0);
    const read = contexts(1);
    expect(() => {
      for (let i = 0; i < 5_000; i++) decoder.bit(read, 0);
    }).toThrow(/wrong length/);
  });
});

describe('sentence features', () => {
  const features = (text: string) => [...sentenceFeatures(text, fold(text))].sort((a, b) => a - b);

  it('reads every run of digits as one number, so a count learned once holds for any count', () => {
    expect(features('Llevo 3 días esperando')).toEqual(features('Llevo 12 días esperando'));
    expect(features('third call, 48h and nothing')).toEqual(features('third call, 72h and nothing'));
  });

  it('keeps «100»: a hundred per cent is a pledge, not a count', () => {
    expect(features('Estoy 100% segura de que quedó resuelto')).not.toEqual(features('Estoy 30% segura de que quedó resuelto'));
    expect(features('Estoy 30% segura de que quedó resuelto')).toEqual(features('Estoy 60% segura de que quedó resuelto'));
  });

  it('scores a sentence from its words\' kept sums exactly as from all its features, before and after the kept words are let go', () => {
    useShippedWeights(new Uint8Array(readFileSync(WEIGHTS_FILE)));
    const model = shippedModel()!;
    const texts = readFileSync(new URL('../corpus/train.jsonl', import.meta.url), 'utf8')
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => JSON.parse(line).text as string);
    const words = new Set(texts.flatMap((text) => fold(text).split(/[^a-z0-9']+/)));
    expect(words.size).toBeGreaterThan(2 * 4096); // more words than are kept: the sums are let go and summed again
    let compared = 0;
    // Twice over: the second pass reads words summed in the first or again after they were let go.
    for (const text of [...texts, ...texts.slice(0, 200)]) {
      const expected = scoreFeatures(model, sentenceFeatures(text, fold(text)));
      expect(sentenceLogits(model, text, fold(text))).toEqual(expected);
      compared++;
    }
    expect(compared).toBeGreaterThan(1000);
  });
});

describe('judging and feeling words', () => {
  const classes = (text: string) => sentenceFeatures(text, fold(text)).filter((f) => wordClassBuckets().has(f));

  it('adds one class feature a word, the same for a word no training line has as for a common one', () => {
    expect(wordClassBuckets().size).toBe(2);
    const [verdict] = classes('awful');
    expect(classes('The app is atrocious and the staff clueless')).toEqual([verdict, verdict]);
    expect(classes('Un servicio pésimo')).toEqual([verdict]);
    const [feeling] = classes('harta');
    expect(feeling).not.toBe(verdict);
    expect(classes('I am livid')).toEqual([feeling]);
    expect(classes('The parcel arrived on Tuesday')).toEqual([]);
  });

  it('leaves out words whose everyday sense judges nothing: a scam reported, a nonsense address, a disaster of weather', () => {
    for (const word of ['scam', 'estafa', 'timo', 'lied', 'nonsense', 'disaster', 'desastre', 'broken', 'fraud', 'robo', 'sick', 'molesto']) expect(EVALUATIVE.has(word)).toBe(false);
    expect(hasVerdictOnCompany(fold('Is this text a scam? It has a nonsense address'))).toBe(false);
    expect(hasVerdictOnCompany(fold('Qué servicio más penoso'))).toBe(true);
  });

  it('takes a verdict for one on the company when it names the company or is a verdict of a few words', () => {
    expect(hasVerdictOnCompany(fold('My cat is lazy and will not use the new feeder'))).toBe(false);
    expect(hasVerdictOnCompany(fold('Lazy, clueless staff'))).toBe(true);
    expect(hasVerdictOnCompany(fold('Son unos chantas, me cobraron dos veces'))).toBe(true);
    expect(hasVerdictOnCompany(fold('Mi ex era un mentiroso y ahora quiero quitarlo de la cuenta familiar'))).toBe(false);
  });

  it('writes every word folded, as the features read it', () => {
    for (const word of EVALUATIVE.keys()) expect(fold(word)).toBe(word);
  });
});
