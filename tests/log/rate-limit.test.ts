import { describe, expect, it } from 'vitest';
import { tokenBucket } from '../../lib/log/rate-limit';

describe('log report budget per tab', () => {
  it('allows a burst, then refills at its rate; tabs have their own budgets', () => {
    const budget = tokenBucket(60, 1);
    expect(budget.take(1, 60, 0)).toBe(true);
    expect(budget.take(1, 1, 0)).toBe(false);
    expect(budget.take(2, 10, 0)).toBe(true);
    expect(budget.take(1, 5, 4_000)).toBe(false);
    expect(budget.take(1, 5, 5_000)).toBe(true);
  });

  it('a page that reports in a loop stores at most the burst plus a trickle', () => {
    const budget = tokenBucket(60, 1);
    let accepted = 0;
    for (let ms = 0; ms < 12_000; ms += 50) if (budget.take(7, 1, ms)) accepted++;
    expect(accepted).toBeLessThanOrEqual(60 + 12);
    expect(accepted).toBeGreaterThanOrEqual(60);
  });
});
