/**
 * Writing into Froala through its API (page world only): with the range selected,
 * `html.insert` between two saved undo steps is one undo step, and `contentChanged`
 * lets the site's wrapper (Ember on Freshdesk) see the change.
 */
interface FroalaEditor {
  selection: { save(): void; restore(): void };
  undo: { saveStep(): void };
  html: { insert(html: string, clean?: boolean): void };
  events: { trigger(name: string): void; focus?(): void };
}

/** The Froala instance behind an editable `.fr-element`, for Froala v3+ and v2. */
export function froalaOf(el: Element): FroalaEditor | undefined {
  const box = el.closest('.fr-box');
  const candidates: unknown[] = [];
  for (let node: Element | null = box; node; node = node.parentElement) {
    candidates.push((node as unknown as Record<string, unknown>)['data-froala.editor']);
  }
  const global = (window as unknown as { FroalaEditor?: { INSTANCES?: Array<FroalaEditor & { el?: Element }> } }).FroalaEditor;
  candidates.push(global?.INSTANCES?.find((instance) => instance.el === el));
  return candidates.find((c): c is FroalaEditor => !!c && typeof (c as FroalaEditor).html?.insert === 'function');
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

export function replaceInFroala(editor: FroalaEditor, range: Range, text: string): void {
  const selection = window.getSelection();
  if (!selection) throw new Error('no selection');
  selection.removeAllRanges();
  selection.addRange(range);
  editor.undo.saveStep();
  editor.html.insert(escapeHtml(text), true);
  editor.undo.saveStep();
  editor.events.trigger('contentChanged');
}
