// @vitest-environment happy-dom
/** Flagged spans (lib/helpdesk/highlights.ts): an analysis that finds the same spans leaves the highlight alone. */
import { describe, expect, it } from 'vitest';
import { sameRanges } from '../../lib/helpdesk/highlights';

function rangeOf(node: Text, start: number, end: number): Range {
  const range = document.createRange();
  range.setStart(node, start);
  range.setEnd(node, end);
  return range;
}

describe('sameRanges', () => {
  const text = document.createTextNode('no es nuestra culpa');
  const other = document.createTextNode('no es nuestra culpa');

  it('new ranges over the same boundary points are the same spans', () => {
    expect(sameRanges([rangeOf(text, 0, 5), rangeOf(text, 6, 10)], [rangeOf(text, 0, 5), rangeOf(text, 6, 10)])).toBe(true);
    expect(sameRanges([], [])).toBe(true);
  });

  it('another offset, another node, another count or order is a change', () => {
    expect(sameRanges([rangeOf(text, 0, 5)], [rangeOf(text, 0, 6)])).toBe(false);
    expect(sameRanges([rangeOf(text, 0, 5)], [rangeOf(text, 1, 5)])).toBe(false);
    expect(sameRanges([rangeOf(text, 0, 5)], [rangeOf(other, 0, 5)])).toBe(false);
    expect(sameRanges([rangeOf(text, 0, 5)], [])).toBe(false);
    expect(sameRanges([rangeOf(text, 0, 5), rangeOf(text, 6, 10)], [rangeOf(text, 6, 10), rangeOf(text, 0, 5)])).toBe(false);
  });
});
