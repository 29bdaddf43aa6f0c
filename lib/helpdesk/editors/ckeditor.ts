/**
 * Writing into CKEditor 5 through its model (page world only): one `model.change`
 * block is one undo step, the caret lands after the insertion, and the editor's own
 * change events tell the site (and its draft saving) about it. Writing the DOM directly
 * would be reverted by CKEditor's renderer.
 */

// The few CKEditor 5 shapes used here, typed structurally to avoid bundling its types.
interface ModelRange { end: unknown }
interface Writer {
  createText(text: string, attributes?: Iterable<[string, unknown]>): unknown;
  setSelection(position: unknown): void;
}
interface CKEditor {
  model: {
    change<T>(callback: (writer: Writer) => T): T;
    insertContent(content: unknown, selectable: unknown): ModelRange;
    document: { selection: { getAttributes(): Iterable<[string, unknown]> } };
  };
  editing: {
    view: { domConverter: { domRangeToView(range: Range): unknown } };
    mapper: { toModelRange(viewRange: unknown): unknown };
  };
}

export function ckeditorOf(el: Element): CKEditor | undefined {
  return (el as Element & { ckeditorInstance?: CKEditor }).ckeditorInstance;
}

/** Replaces the DOM range's content with plain text, as one undo step. */
export function replaceInCkeditor(editor: CKEditor, range: Range, text: string): void {
  const viewRange = editor.editing.view.domConverter.domRangeToView(range);
  if (!viewRange) throw new Error('CKEditor could not map the range');
  const modelRange = editor.editing.mapper.toModelRange(viewRange);
  editor.model.change((writer) => {
    const inserted = editor.model.insertContent(writer.createText(text), modelRange);
    writer.setSelection(inserted.end);
  });
}
