/**
 * Marks flagged spans in the editor with the CSS Custom Highlight API: ranges painted by
 * the browser, so the editor's content and model are never touched (CKEditor would
 * re-render away any markup, and a marker element would reach the draft). Where the API
 * is missing, nothing is marked; the sidebar still lists every finding.
 */
export const HIGHLIGHT_NAME = 'tacto-finding';
const STYLE_ID = 'tacto-highlight-style';
const STYLE = `::highlight(${HIGHLIGHT_NAME}) { text-decoration: underline wavy #b45309; text-decoration-skip-ink: none; background-color: rgba(251, 191, 36, 0.16); }`;

interface HighlightRegistry {
  get(name: string): (Set<AbstractRange> & object) | undefined;
  set(name: string, highlight: Set<AbstractRange>): void;
}

function registry(): HighlightRegistry | undefined {
  const css = globalThis.CSS as unknown as { highlights?: HighlightRegistry } | undefined;
  return typeof Highlight === 'function' ? css?.highlights : undefined;
}

/** One document-wide highlight; each editor session owns its own ranges in it. */
export class SpanMarks {
  private ranges: Range[] = [];

  constructor(private readonly doc: Document = document) {}

  show(ranges: Range[]): void {
    const highlights = registry();
    if (!highlights) return;
    if (!this.doc.getElementById(STYLE_ID)) {
      const style = this.doc.createElement('style');
      style.id = STYLE_ID;
      style.textContent = STYLE; // textContent, not innerHTML: fine under Trusted Types
      (this.doc.head ?? this.doc.documentElement).append(style);
    }
    let highlight = highlights.get(HIGHLIGHT_NAME);
    if (!highlight) {
      highlight = new Highlight();
      highlights.set(HIGHLIGHT_NAME, highlight);
    }
    for (const range of this.ranges) highlight.delete(range);
    this.ranges = ranges;
    for (const range of ranges) highlight.add(range);
  }

  clear(): void {
    this.show([]);
  }
}
