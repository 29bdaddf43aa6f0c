import { describe, expect, it } from 'vitest';
import { freeRects, GAP, overlapArea, placeSidebar, type PanelLimits, type Placement, type Rect } from '../../lib/helpdesk/placement';

const limits: PanelLimits = { minWidth: 260, maxWidth: 320, minHeight: 220, maxHeight: 560 };
const badge = { width: 56, height: 32 };

/** The rectangle the panel may occupy at its tallest. */
function panelRect(p: Placement): Rect {
  return { left: p.left, top: p.anchor === 'bottom' ? p.bottom - p.maxHeight : p.top, width: p.width, height: p.maxHeight };
}

describe('free rectangles', () => {
  it('finds the column beside an obstacle and the band below it', () => {
    const area = { left: 0, top: 0, width: 1000, height: 800 };
    const spots = freeRects(area, [{ left: 0, top: 0, width: 600, height: 500 }], { width: 100, height: 100 });
    expect(spots).toContainEqual({ left: 600, top: 0, width: 400, height: 800 });
    expect(spots).toContainEqual({ left: 0, top: 500, width: 1000, height: 300 });
    for (const spot of spots) expect(overlapArea(spot, { left: 0, top: 0, width: 600, height: 500 })).toBe(0);
  });

  it('keeps only maximal rectangles at least the minimum size', () => {
    const area = { left: 0, top: 0, width: 1000, height: 800 };
    const obstacles = [{ left: 300, top: 0, width: 100, height: 800 }, { left: 700, top: 300, width: 300, height: 200 }];
    const spots = freeRects(area, obstacles, { width: 250, height: 250 });
    for (const a of spots) {
      expect(a.width).toBeGreaterThanOrEqual(250);
      expect(a.height).toBeGreaterThanOrEqual(250);
      for (const o of obstacles) expect(overlapArea(a, o)).toBe(0);
      const inside = spots.filter((b) => b !== a && b.left <= a.left && b.top <= a.top && b.left + b.width >= a.left + a.width && b.top + b.height >= a.top + a.height);
      expect(inside).toEqual([]);
    }
    expect(spots).toContainEqual({ left: 0, top: 0, width: 300, height: 800 });
    expect(spots).toContainEqual({ left: 400, top: 0, width: 600, height: 300 });
  });
});

describe('sidebar placement', () => {
  const viewport = { width: 1440, height: 900 };

  it('goes beside a low composer and grows upward from its bottom edge', () => {
    const composer = { left: 100, top: 600, width: 800, height: 250 };
    const p = placeSidebar(composer, [], viewport, limits, badge);
    expect(p.compact).toBe(false);
    expect(p.anchor).toBe('bottom');
    expect(p.bottom).toBe(composer.top + composer.height);
    expect(p.left).toBe(composer.left + composer.width + GAP);
    expect(p.maxHeight).toBe(limits.maxHeight);
    expect(overlapArea(panelRect(p), composer)).toBe(0);
  });

  it('starts at the top of a high composer and grows down', () => {
    const composer = { left: 100, top: 100, width: 800, height: 250 };
    const p = placeSidebar(composer, [], viewport, limits, badge);
    expect(p.anchor).toBe('top');
    expect(p.top).toBe(composer.top);
  });

  it('never covers a protected region, even when it is the nearest space', () => {
    // A properties column on the left, a conversation above the composer, a footer below.
    const composer = { left: 340, top: 630, width: 800, height: 200 };
    const regions = [
      { left: 60, top: 50, width: 260, height: 794 },
      { left: 320, top: 50, width: 840, height: 580 },
      { left: 60, top: 844, width: 1380, height: 56 },
      { left: 1177, top: 66, width: 247, height: 360 },
    ];
    const p = placeSidebar(composer, regions, viewport, limits, badge);
    expect(p.compact).toBe(false);
    for (const r of [composer, ...regions]) expect(overlapArea(panelRect(p), r)).toBe(0);
    expect(p.left).toBeGreaterThanOrEqual(1160);
  });

  it('prefers a spot where the panel gets its height over one a few pixels nearer', () => {
    const composer = { left: 100, top: 400, width: 500, height: 400 };
    // Notes above reach 8 px further right than the composer: the column right of them is taller.
    const regions = [{ left: 100, top: 0, width: 517, height: 370 }, { left: 960, top: 0, width: 480, height: 900 }];
    const p = placeSidebar(composer, regions, viewport, limits, badge);
    expect(p.compact).toBe(false);
    expect(p.left).toBeGreaterThanOrEqual(617 + GAP);
    expect(p.maxHeight).toBeGreaterThan(500);
  });

  it('narrows to the free column but never below the minimum width', () => {
    const composer = { left: 8, top: 400, width: 1000, height: 300 };
    const regions = [{ left: 1290, top: 0, width: 150, height: 900 }];
    const p = placeSidebar(composer, regions, viewport, limits, badge);
    expect(p.compact).toBe(false);
    expect(p.width).toBeGreaterThanOrEqual(limits.minWidth);
    expect(p.left + p.width).toBeLessThanOrEqual(1290 - GAP);
  });

  it('becomes a badge in free space when no rectangle holds the panel', () => {
    const composer = { left: 300, top: 300, width: 1100, height: 560 };
    const regions = [{ left: 0, top: 0, width: 1440, height: 250 }, { left: 0, top: 250, width: 250, height: 650 }];
    const p = placeSidebar(composer, regions, viewport, limits, badge);
    expect(p.compact).toBe(true);
    const rect = { left: p.left, top: p.top, width: badge.width, height: badge.height };
    for (const r of [composer, ...regions]) expect(overlapArea(rect, r)).toBe(0);
  });

  it('a panel too short for the first suggestion is not offered', () => {
    const composer = { left: 100, top: 100, width: 800, height: 700 };
    // Right of the composer only 200 px are free in height.
    const regions = [{ left: 900, top: 0, width: 540, height: 690 }];
    const p = placeSidebar(composer, regions, { width: 1440, height: 900 }, limits, badge);
    expect(p.compact).toBe(true);
  });
});
