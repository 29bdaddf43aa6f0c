/**
 * Each helpdesk's test for «is this element in a reply editor?», on its own: the content
 * script's loader (entrypoints/helpdesk.content/index.ts), evaluated on every helpdesk page
 * load, needs only this of the adapters, not their ticket reading, send controls or regions.
 * The adapters (./zendesk.ts, ./freshdesk.ts, ./gmail.ts) take their `editorFor` and
 * `editorSelectors` from here, so the loader and the coach test editors the same way.
 */
import type { HelpdeskId } from '../sites';

/** The editor element that contains `target`, if it is a reply editor. */
export type EditorTest = (target: Element) => HTMLElement | null;

export function closestMatch(el: Element, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    const found = el.closest(selector);
    if (found) return found;
  }
  return null;
}

export function isVisible(el: Element): boolean {
  const withCheck = el as Element & { checkVisibility?: () => boolean };
  if (typeof withCheck.checkVisibility === 'function') return withCheck.checkVisibility();
  return (el as HTMLElement).offsetParent !== null;
}

/** The visible editor (matching `selectors`) that contains `target`, if any. */
export function visibleEditorFor(target: Element, selectors: readonly string[]): HTMLElement | null {
  const editor = closestMatch(target, selectors) as HTMLElement | null;
  return editor && isVisible(editor) ? editor : null;
}

/** Zendesk: CKEditor 5 in one pane per open ticket tab, all kept in the DOM (docs/helpdesk-dom.md §2). */
export const ZENDESK_EDITORS = ['[data-test-id="omnicomposer-rich-text-ckeditor"]', '#editor-view .ck-editor__editable'];
/** Zendesk's ticket panes: only the editor in the visible one is coached. */
export const ZENDESK_PANE = ['main#main_panes > *'];
/** Freshdesk: Froala editors for reply, note and forward, mounted when opened (§3). */
export const FRESHDESK_EDITORS = ['div.fr-element.fr-view[contenteditable="true"]'];
/** Gmail: inline replies and pop-out composes, each a plain contenteditable body (§4). */
export const GMAIL_EDITORS = ['.Ap [g_editable="true"]', 'div[contenteditable="true"][role="textbox"][aria-multiline="true"]'];

export const EDITOR_TESTS: Record<HelpdeskId, EditorTest> = {
  zendesk(target) {
    const editor = closestMatch(target, ZENDESK_EDITORS) as HTMLElement | null;
    return editor && isVisible(closestMatch(editor, ZENDESK_PANE) ?? document.body) ? editor : null;
  },
  freshdesk: (target) => visibleEditorFor(target, FRESHDESK_EDITORS),
  gmail: (target) => visibleEditorFor(target, GMAIL_EDITORS),
};
