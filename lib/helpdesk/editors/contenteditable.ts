/**
 * Writing into a plain contenteditable (Gmail): select the range and let the browser
 * insert the text. execCommand('insertText') fires the native beforeinput/input events,
 * makes one undo step and leaves the caret after the text; it needs no HTML strings, so
 * it works under Trusted Types.
 */
export function replaceInContentEditable(editable: HTMLElement, range: Range, text: string): void {
  const selection = editable.ownerDocument.getSelection();
  if (!selection) throw new Error('no selection');
  editable.focus({ preventScroll: true });
  selection.removeAllRanges();
  selection.addRange(range);
  // Deprecated but still the only way to edit as the user would, with native undo.
  if (!editable.ownerDocument.execCommand('insertText', false, text)) {
    throw new Error('insertText was refused');
  }
}
