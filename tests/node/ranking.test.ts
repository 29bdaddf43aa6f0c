import { describe, expect, it } from 'vitest';
import { rocAuc } from '../../lib/node/ranking';

describe('ROC AUC of a score against labels', () => {
  it('is 1 when every labelled line scores above every other, 0 the other way round', () => {
    expect(rocAuc([0.9, 0.8], [0.1, 0.2, 0.3])).toBe(1);
    expect(rocAuc([0.1], [0.5, 0.6])).toBe(0);
  });
  it('counts ties half, as a coin would', () => {
    expect(rocAuc([0.5, 0.5], [0.5, 0.5])).toBe(0.5);
    expect(rocAuc([0.7, 0.2], [0.2, 0.1])).toBeCloseTo(0.875);
  });
  it('agrees with counting every pair', () => {
    const pos = [0.31, 0.8, 0.05, 0.62, 0.62, 0.4];
    const neg = [0.62, 0.1, 0.33, 0.05, 0.9, 0.2, 0.44];
    let pairs = 0;
    for (const p of pos) for (const n of neg) pairs += p > n ? 1 : p === n ? 0.5 : 0;
    expect(rocAuc(pos, neg)).toBeCloseTo(pairs / (pos.length * neg.length), 12);
  });
  it('has no value without lines on both sides', () => {
    expect(rocAuc([], [0.2])).toBeUndefined();
    expect(rocAuc([0.2], [])).toBeUndefined();
  });
});
