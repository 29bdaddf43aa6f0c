/**
 * Where the sidebar goes: beside the reply editor, never over the editor or its send
 * controls. Pure geometry, so it is tested without a browser.
 */

export interface Rect {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface Placement {
  left: number;
  top: number;
  /** No room beside the editor: show the small badge instead of the panel. */
  compact: boolean;
}

const GAP = 8;

function overlaps(a: Rect, b: Rect): boolean {
  return a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;
}

function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(max, value));
}

/**
 * Tries right of the composer, then left, then above; each candidate must stay in the
 * viewport and clear the editor and every protected control.
 */
export function placeSidebar(
  composer: Rect,
  protectedRects: Rect[],
  viewport: { width: number; height: number },
  panel: { width: number; height: number },
  badge: { width: number; height: number },
): Placement {
  const avoid = [composer, ...protectedRects];
  const top = clamp(composer.top, GAP, Math.max(GAP, viewport.height - panel.height - GAP));
  const candidates: Array<{ left: number; top: number }> = [
    { left: composer.left + composer.width + GAP, top },
    { left: composer.left - panel.width - GAP, top },
    { left: clamp(composer.left + composer.width - panel.width, GAP, viewport.width - panel.width - GAP), top: composer.top - panel.height - GAP },
  ];
  for (const c of candidates) {
    const rect = { ...c, ...panel };
    const inside = c.left >= 0 && c.top >= 0 && c.left + panel.width <= viewport.width && c.top + panel.height <= viewport.height;
    if (inside && !avoid.some((r) => overlaps(rect, r))) return { ...c, compact: false };
  }
  // Compact: a badge just outside the composer's top-right corner, or inside the viewport's edge.
  const badgeCandidates = [
    { left: composer.left + composer.width + GAP, top: composer.top },
    { left: composer.left + composer.width - badge.width, top: composer.top - badge.height - GAP },
    { left: composer.left - badge.width - GAP, top: composer.top },
  ];
  for (const c of badgeCandidates) {
    const rect = { ...c, ...badge };
    const inside = c.left >= 0 && c.top >= 0 && c.left + badge.width <= viewport.width && c.top + badge.height <= viewport.height;
    if (inside && !avoid.some((r) => overlaps(rect, r))) return { ...c, compact: true };
  }
  return { left: viewport.width - badge.width - GAP, top: viewport.height - badge.height - GAP, compact: true };
}
