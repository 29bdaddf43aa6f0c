// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { rememberCaret } from '../../lib/coach/caret';

function editorWith(text: string): HTMLElement {
  document.body.replaceChildren();
  const editor = document.createElement('div');
  editor.contentEditable = 'true';
  editor.textContent = text;
  const outside = document.createElement('button');
  document.body.append(editor, outside);
  return editor;
}

function caretAt(node: Node, offset: number) {
  const range = document.createRange();
  range.setStart(node, offset);
  range.collapse(true);
  const selection = document.getSelection()!;
  selection.removeAllRanges();
  selection.addRange(range);
}

describe('the caret the keyboard returns to', () => {
  it('is the one the editor had when focus left, put back after the selection moved', () => {
    const editor = editorWith('Hola, Marta.');
    const memory = rememberCaret(editor, new AbortController().signal);
    caretAt(editor.firstChild!, 4);
    editor.dispatchEvent(new FocusEvent('focusout'));
    caretAt(document.body, 0);
    memory.restore();
    const range = document.getSelection()!.getRangeAt(0);
    expect([range.startContainer, range.startOffset]).toEqual([editor.firstChild, 4]);
  });

  it('is not restored once its text has gone, nor remembered after the session ends', () => {
    const editor = editorWith('Hola, Marta.');
    const stop = new AbortController();
    const memory = rememberCaret(editor, stop.signal);
    caretAt(editor.firstChild!, 4);
    editor.dispatchEvent(new FocusEvent('focusout'));
    editor.textContent = 'Otro texto';
    caretAt(document.body, 0);
    memory.restore();
    expect(document.getSelection()!.getRangeAt(0).startContainer).toBe(document.body);

    const later = rememberCaret(editor, stop.signal);
    stop.abort();
    caretAt(editor.firstChild!, 2);
    editor.dispatchEvent(new FocusEvent('focusout'));
    caretAt(document.body, 0);
    later.restore();
    expect(document.getSelection()!.getRangeAt(0).startContainer).toBe(document.body);
  });
});
