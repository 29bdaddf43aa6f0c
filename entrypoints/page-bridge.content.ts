/**
 * MAIN-world bridge on Zendesk and Freshdesk: the only Tacto code in the page's own
 * JavaScript world. It answers replace requests by writing through the editor's model
 * (CKEditor 5) or API (Froala). Declared as a MAIN-world content script, so the pages'
 * CSP (Freshdesk blocks inline scripts) does not apply to it.
 */
import { rangeFor, extractText } from '@/lib/helpdesk/dom-text';
import { ckeditorOf, replaceInCkeditor } from '@/lib/helpdesk/editors/ckeditor';
import { froalaOf, replaceInFroala } from '@/lib/helpdesk/editors/froala';
import { BRIDGE_REQUEST, BRIDGE_RESPONSE, type BridgeResponse, type ReplaceRequest } from '@/lib/helpdesk/editors/protocol';
import { PAGE_BRIDGE_MATCHES } from '@/lib/helpdesk/sites';

function parseRequest(detail: unknown): ReplaceRequest | null {
  if (typeof detail !== 'string' || detail.length > 100_000) return null;
  try {
    const r = JSON.parse(detail) as ReplaceRequest;
    const ok =
      r.op === 'replace' && typeof r.id === 'string' && typeof r.selector === 'string' &&
      Number.isInteger(r.index) && Number.isInteger(r.start) && Number.isInteger(r.end) &&
      r.start >= 0 && r.end >= r.start && typeof r.text === 'string';
    return ok ? r : null;
  } catch {
    return null;
  }
}

function replace(request: ReplaceRequest): string {
  const editable = document.querySelectorAll(request.selector)[request.index];
  if (!editable) throw new Error('editor not found');
  const exclude = request.exclude;
  const map = extractText(editable, exclude ? (el) => el.matches(exclude) : undefined);
  const range = rangeFor(map, request.start, request.end);
  if (!range) throw new Error('range not found');
  const ck = ckeditorOf(editable);
  if (ck) {
    replaceInCkeditor(ck, range, request.text);
    return 'ckeditor-model';
  }
  const froala = froalaOf(editable);
  if (froala) {
    replaceInFroala(froala, range, request.text);
    return 'froala-api';
  }
  throw new Error('no editor instance');
}

export default defineContentScript({
  matches: [...PAGE_BRIDGE_MATCHES],
  world: 'MAIN',
  runAt: 'document_idle',
  main() {
    document.addEventListener(BRIDGE_REQUEST, (event) => {
      const request = parseRequest((event as CustomEvent).detail);
      if (!request) return;
      let response: BridgeResponse;
      try {
        response = { id: request.id, ok: true, via: replace(request) };
      } catch (error) {
        response = { id: request.id, ok: false, error: error instanceof Error ? error.message : String(error) };
      }
      document.dispatchEvent(new CustomEvent(BRIDGE_RESPONSE, { detail: JSON.stringify(response) }));
    });
  },
});
