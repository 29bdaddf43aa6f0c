/**
 * Marks flagged spans in the editor with the CSS Custom Highlight API: ranges painted by
 * the browser, so the editor's content and model are never touched (CKEditor would
 * re-render away any markup, and a marker element would reach the draft). Where the API
 * is missing, nothing is marked; the sidebar still lists every finding.
 */
export const HIGHLIGHT_NAME = 'tacto-finding';
/** The span of the finding the agent has focused in the panel. */
export const CURRENT_HIGHLIGHT_NAME = 'tacto-current';
const STYLE_ID = 'tacto-highlight-style';
const STYLE = `::highlight(${HIGHLIGHT_NAME}) { text-decoration: underline wavy #b45309; text-decoration-skip-ink: none; background-color: rgba(251, 191, 36, 0.16); }
::highlight(${CURRENT_HIGHLIGHT_NAME}) { background-color: rgba(37, 99, 235, 0.25); }`;

interface HighlightRegistry {
  get(name: string): (Set<AbstractRange> & object) | undefined;
  set(name: string, highlight: Set<AbstractRange>): void;
}

function registry(): HighlightRegistry | undefined {
  const css = globalThis.CSS as unknown as { highlights?: HighlightRegistry } | undefined;
  return typeof Highlight === 'function' ? css?.highlights : undefined;
}

/** Whether two lists of ranges cover the same boundary points, in order. */
export function sameRanges(a: readonly AbstractRange[], b: readonly AbstractRange[]): boolean {
  if (a.length !== b.length) return false;
  return a.every(
    (x, i) =>
      x.startContainer === b[i].startContainer &&
      x.startOffset === b[i].startOffset &&
      x.endContainer === b[i].endContainer &&
      x.endOffset === b[i].endOffset,
  );
}

/** One document-wide highlight; each editor session owns its own ranges in it. */
export class SpanMarks {
  private ranges: Range[] = [];
  private currentRange: Range | undefined;

  constructor(private readonly doc: Document = document) {}

  show(ranges: Range[]): void {
    // A new analysis: the span marked as current may no longer be a finding's.
    if (this.currentRange) this.current(undefined);
    // Most analyses find the spans already marked (the agent typed elsewhere): the
    // highlight is left as it is.
    if (sameRanges(this.ranges, ranges)) return;
    const highlights = registry();
    if (!highlights) return;
    this.ensureStyle();
    let highlight = highlights.get(HIGHLIGHT_NAME);
    if (!highlight) {
      highlight = new Highlight();
      highlights.set(HIGHLIGHT_NAME, highlight);
    }
    for (const range of this.ranges) highlight.delete(range);
    this.ranges = ranges;
    for (const range of ranges) highlight.add(range);
  }

  /** Marks `range` as the span of the finding focused in the panel (none when undefined). */
  current(range: Range | undefined): void {
    const highlights = registry();
    if (!highlights) return;
    let highlight = highlights.get(CURRENT_HIGHLIGHT_NAME);
    if (this.currentRange) highlight?.delete(this.currentRange);
    this.currentRange = range;
    if (!range) return;
    this.ensureStyle();
    if (!highlight) {
      highlight = new Highlight();
      highlights.set(CURRENT_HIGHLIGHT_NAME, highlight);
    }
    highlight.add(range);
  }

  private ensureStyle(): void {
    if (this.doc.getElementById(STYLE_ID)) return;
    const style = this.doc.createElement('style');
    style.id = STYLE_ID;
    style.textContent = STYLE; // textContent, not innerHTML: fine under Trusted Types
    (this.doc.head ?? this.doc.documentElement).append(style);
  }

  clear(): void {
    this.show([]);
  }
}

/**
 * Scrolls every scrolling box around `range`, innermost first, then the window, just enough
 * to show it (Element.scrollIntoView would show the whole element, and a span's element can
 * be the whole editor). Changes neither the selection nor the content.
 */
export function scrollRangeIntoView(range: Range): void {
  const start = range.startContainer;
  const doc = start.ownerDocument ?? document;
  const view = doc.defaultView;
  for (let box = start instanceof Element ? start : start.parentElement; box; box = box.parentElement) {
    if (box.scrollHeight <= box.clientHeight) continue;
    const overflow = view?.getComputedStyle(box).overflowY ?? '';
    if (!/(auto|scroll)/.test(overflow)) continue;
    const rect = range.getBoundingClientRect();
    const frame = box.getBoundingClientRect();
    if (rect.top < frame.top) box.scrollTop -= frame.top - rect.top + 8;
    else if (rect.bottom > frame.bottom) box.scrollTop += rect.bottom - frame.bottom + 8;
  }
  const rect = range.getBoundingClientRect();
  const height = view?.innerHeight ?? doc.documentElement.clientHeight;
  if (rect.top < 0 || rect.bottom > height) view?.scrollBy(0, rect.top < 0 ? rect.top - 8 : rect.bottom - height + 8);
}
