/**
 * Where the sidebar goes: in real free space of the page, never over the reply's composer
 * nor over the regions the site's adapter declares the agent needs (ticket fields,
 * conversation, send controls, navigation). Pure geometry, so it is tested without a
 * browser; the caller measures the page only when the layout changes, never per keystroke.
 */

export interface Rect {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface Size {
  width: number;
  height: number;
}

export interface PanelLimits {
  /** Narrower than this the panel's text no longer reads well. */
  minWidth: number;
  maxWidth: number;
  /** Height the header, the first finding and its first suggestion need. */
  minHeight: number;
  /** Beyond this a taller panel only adds scrolling distance from the editor. */
  maxHeight: number;
}

export interface Placement {
  left: number;
  /** The panel's top edge when `anchor` is 'top'; its bottom edge when 'bottom' (it grows upward). */
  top: number;
  bottom: number;
  anchor: 'top' | 'bottom';
  width: number;
  /** The panel scrolls inside itself beyond this height. */
  maxHeight: number;
  /** No free space for the panel: show the small badge at (left, top) instead. */
  compact: boolean;
}

/** Space kept between the panel and anything it avoids. */
export const GAP = 8;
/** How much farther (in px) a spot beside the composer may be than one above or below it. */
const BESIDE_BONUS = 40;

export function overlapArea(a: Rect, b: Rect): number {
  const width = Math.min(a.left + a.width, b.left + b.width) - Math.max(a.left, b.left);
  const height = Math.min(a.top + a.height, b.top + b.height) - Math.max(a.top, b.top);
  return width > 0 && height > 0 ? width * height : 0;
}

/** The part of `rect` inside `clip` (width or height 0 when they do not meet). */
export function intersect(rect: Rect, clip: Rect): Rect {
  const left = Math.max(rect.left, clip.left);
  const top = Math.max(rect.top, clip.top);
  const right = Math.min(rect.left + rect.width, clip.left + clip.width);
  const bottom = Math.min(rect.top + rect.height, clip.top + clip.height);
  return { left, top, width: Math.max(0, right - left), height: Math.max(0, bottom - top) };
}

function inflate(r: Rect, by: number): Rect {
  return { left: r.left - by, top: r.top - by, width: r.width + 2 * by, height: r.height + 2 * by };
}

/** Distance between two rectangles (0 when they touch or overlap). */
function distance(a: Rect, b: Rect): number {
  const dx = Math.max(0, b.left - (a.left + a.width), a.left - (b.left + b.width));
  const dy = Math.max(0, b.top - (a.top + a.height), a.top - (b.top + b.height));
  return Math.hypot(dx, dy);
}

/**
 * The maximal empty rectangles of `area` that meet none of `obstacles`, at least
 * `min` in size. Edges of the obstacles cut the area into candidate columns; for each
 * column and each candidate top, the rectangle grows down until it meets an obstacle.
 * A page declares a few dozen regions at most, so this stays well under a millisecond.
 */
export function freeRects(area: Rect, obstacles: readonly Rect[], min: Size): Rect[] {
  const inside = obstacles.map((o) => intersect(o, area)).filter((o) => o.width > 0 && o.height > 0);
  const right = area.left + area.width;
  const bottom = area.top + area.height;
  const xs = [...new Set([area.left, right, ...inside.flatMap((o) => [o.left, o.left + o.width])])].sort((a, b) => a - b);
  const ys = [...new Set([area.top, ...inside.map((o) => o.top + o.height)])].sort((a, b) => a - b);
  const found: Rect[] = [];
  for (let i = 0; i < xs.length; i++) {
    for (let j = i + 1; j < xs.length; j++) {
      const x1 = xs[i];
      const x2 = xs[j];
      if (x2 - x1 < min.width) continue;
      const across = inside.filter((o) => o.left < x2 && o.left + o.width > x1);
      for (const y1 of ys) {
        if (across.some((o) => o.top <= y1 && o.top + o.height > y1)) continue;
        let y2 = bottom;
        for (const o of across) if (o.top >= y1 && o.top < y2) y2 = o.top;
        if (y2 - y1 >= min.height) found.push({ left: x1, top: y1, width: x2 - x1, height: y2 - y1 });
      }
    }
  }
  // Keep only maximal ones: a rectangle inside another adds nothing.
  return found.filter(
    (r, k) =>
      !found.some(
        (o, m) =>
          m !== k &&
          o.left <= r.left &&
          o.top <= r.top &&
          o.left + o.width >= r.left + r.width &&
          o.top + o.height >= r.top + r.height &&
          (o.width > r.width || o.height > r.height || m < k),
      ),
  );
}

/**
 * Places the panel in the free rectangle nearest the composer. Inside it, the panel
 * hugs the composer's side; when the reply box is in the lower half of the viewport the
 * panel's bottom lines up with the composer's and it grows upward, otherwise it starts at
 * the composer's top and grows down. With no free rectangle big enough, a badge goes in
 * the nearest free spot (or the viewport's bottom-right corner).
 */
export function placeSidebar(composer: Rect, protectedRects: readonly Rect[], viewport: Size, limits: PanelLimits, badge: Size): Placement {
  const area = { left: GAP, top: GAP, width: viewport.width - 2 * GAP, height: viewport.height - 2 * GAP };
  const obstacles = [composer, ...protectedRects].map((r) => inflate(r, GAP));
  const spots = freeRects(area, obstacles, { width: limits.minWidth, height: limits.minHeight });
  const best = nearest(spots, composer, limits.maxHeight);
  if (best) {
    const width = Math.min(limits.maxWidth, best.width);
    const composerCentre = composer.left + composer.width / 2;
    const left = best.left + best.width / 2 >= composerCentre ? best.left : best.left + best.width - width;
    const spotBottom = best.top + best.height;
    const low = composer.top + composer.height / 2 > viewport.height / 2;
    if (low) {
      const bottom = Math.max(Math.min(spotBottom, composer.top + composer.height), best.top + limits.minHeight);
      const maxHeight = Math.min(limits.maxHeight, bottom - best.top);
      return { left, top: bottom - maxHeight, bottom, anchor: 'bottom', width, maxHeight, compact: false };
    }
    const top = Math.min(Math.max(best.top, composer.top), spotBottom - limits.minHeight);
    const maxHeight = Math.min(limits.maxHeight, spotBottom - top);
    return { left, top, bottom: top + maxHeight, anchor: 'top', width, maxHeight, compact: false };
  }
  const badgeSpot = nearest(freeRects(area, obstacles, badge), composer, badge.height);
  const left = badgeSpot ? badgeSpot.left : viewport.width - badge.width - GAP;
  const top = badgeSpot ? Math.min(Math.max(badgeSpot.top, composer.top), badgeSpot.top + badgeSpot.height - badge.height) : viewport.height - badge.height - GAP;
  return { left, top, bottom: top + badge.height, anchor: 'top', width: badge.width, maxHeight: badge.height, compact: true };
}

/**
 * The free rectangle closest to the composer, where a rectangle too short for the panel's
 * full height counts as farther away: a few pixels nearer do not make up for a panel
 * that must scroll sooner.
 */
function nearest(spots: readonly Rect[], composer: Rect, wantedHeight: number): Rect | undefined {
  let best: Rect | undefined;
  let bestScore = Infinity;
  for (const spot of spots) {
    // Beside the composer (sharing rows with it) reads as part of the reply; above or below
    // it, the panel sits in the thread's flow.
    const beside = spot.top < composer.top + composer.height && composer.top < spot.top + spot.height;
    const score = distance(spot, composer) + (wantedHeight - Math.min(spot.height, wantedHeight)) / 2 + (beside ? 0 : BESIDE_BONUS);
    if (score < bestScore) {
      bestScore = score;
      best = spot;
    }
  }
  return best;
}
