/**
 * The caret the keyboard returns to. When the agent goes from the reply editor to the
 * panel (the keyboard command, lib/coach/session.ts) and back, the caret should be where
 * they left it; the panel's focus has taken the selection by then, so it is remembered
 * once per focus change, when focus leaves the editor — never per keystroke.
 */
export interface CaretMemory {
  /** Puts the remembered caret back, if the editor still holds its text; focus is the caller's. */
  restore(): void;
}

export function rememberCaret(editor: HTMLElement, signal: AbortSignal): CaretMemory {
  let caret: Range | undefined;
  editor.addEventListener(
    'focusout',
    () => {
      const selection = editor.ownerDocument.getSelection();
      const range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : undefined;
      if (range && editor.contains(range.startContainer)) caret = range.cloneRange();
    },
    { signal },
  );
  return {
    restore() {
      const selection = editor.ownerDocument.getSelection();
      if (!caret || !selection || !editor.contains(caret.startContainer) || !caret.startContainer.isConnected) return;
      selection.removeAllRanges();
      selection.addRange(caret);
    },
  };
}
