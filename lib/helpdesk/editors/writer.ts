/**
 * Replaces a range of the draft, through the editor itself so that its model, undo
 * history, caret and the site's draft saving stay right. Every write is verified by
 * reading the text back; a write that did not stick is reported, never retried blind.
 */
import { excludeFor, type HelpdeskAdapter } from '../adapters/types';
import { extractText, rangeFor } from '../dom-text';
import { replaceInContentEditable } from './contenteditable';
import { BRIDGE_REQUEST, BRIDGE_RESPONSE, type BridgeResponse, type ReplaceRequest } from './protocol';

const BRIDGE_TIMEOUT_MS = 1000;
let requestCounter = 0;

const normalise = (s: string) => s.replace(/\s+/g, ' ').trim();

function askBridge(request: ReplaceRequest): Promise<BridgeResponse> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      document.removeEventListener(BRIDGE_RESPONSE, onResponse);
      resolve({ id: request.id, ok: false, error: 'the page bridge did not answer' });
    }, BRIDGE_TIMEOUT_MS);
    function onResponse(event: Event) {
      let response: BridgeResponse;
      try {
        response = JSON.parse(String((event as CustomEvent).detail)) as BridgeResponse;
      } catch {
        return;
      }
      if (response.id !== request.id) return;
      clearTimeout(timer);
      document.removeEventListener(BRIDGE_RESPONSE, onResponse);
      resolve(response);
    }
    document.addEventListener(BRIDGE_RESPONSE, onResponse);
    document.dispatchEvent(new CustomEvent(BRIDGE_REQUEST, { detail: JSON.stringify(request) }));
  });
}

export interface WriteResult {
  ok: boolean;
  via?: string;
  error?: string;
}

export async function replaceText(
  adapter: HelpdeskAdapter,
  editor: HTMLElement,
  start: number,
  end: number,
  text: string,
): Promise<WriteResult> {
  const exclude = excludeFor(adapter);
  const before = extractText(editor, exclude).text;
  const expected = normalise(before.slice(0, start) + text + before.slice(end));
  const stuck = () => normalise(extractText(editor, exclude).text) === expected;

  if (adapter.id === 'gmail') {
    const range = rangeFor(extractText(editor, exclude), start, end);
    if (!range) return { ok: false, error: 'range not found' };
    try {
      replaceInContentEditable(editor, range, text);
    } catch (error) {
      return { ok: false, error: String(error) };
    }
    return stuck() ? { ok: true, via: 'insertText' } : { ok: false, error: 'the edit did not stick' };
  }

  const selector = adapter.editorSelectors.join(', ');
  const index = [...document.querySelectorAll(selector)].indexOf(editor);
  if (index < 0) return { ok: false, error: 'editor not found' };
  const response = await askBridge({ id: `r${++requestCounter}-${Date.now()}`, op: 'replace', selector, index, start, end, text, exclude: adapter.excludeSelector });
  if (!response.ok) return { ok: false, error: response.error };
  // CKEditor renders its model to the DOM synchronously after the change block.
  return stuck() ? { ok: true, via: response.via } : { ok: false, via: response.via, error: 'the edit did not stick' };
}
