/**
 * The page bridge protocol. CKEditor and Froala keep their instances in the page's
 * own JavaScript world, invisible to the content script, so edits go through a small
 * MAIN-world script. Both worlds share the DOM: requests and answers travel as DOM
 * events whose detail is a JSON string (objects do not cross worlds reliably).
 *
 * A page can only ask the bridge to edit its own editor, so the bridge grants it
 * nothing; the content script verifies every write by reading the text back.
 */
export const BRIDGE_REQUEST = 'tacto:bridge-request';
export const BRIDGE_RESPONSE = 'tacto:bridge-response';

export interface ReplaceRequest {
  id: string;
  op: 'replace';
  /** Which editor: its index among `document.querySelectorAll(selector)`. */
  selector: string;
  index: number;
  /** UTF-16 offsets into the editor's plain text (see lib/helpdesk/dom-text.ts). */
  start: number;
  end: number;
  text: string;
  /** Nodes the adapter leaves out of the text, as a selector. */
  exclude?: string;
}

export interface BridgeResponse {
  id: string;
  ok: boolean;
  /** Which way the bridge wrote: 'ckeditor-model', 'froala-api', … */
  via?: string;
  error?: string;
}
