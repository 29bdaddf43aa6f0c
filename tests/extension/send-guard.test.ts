// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Commitment } from '../../lib/analysis/types';
import type { HelpdeskAdapter } from '../../lib/adapters/types';
import type { CoachSession } from '../../lib/coach';
import { startSendGuard, type HeldSend } from '../../lib/send-guard';

const commitment: Commitment = { start: 0, end: 6, quote: 'Mañana', due: '2026-11-21T00:00:00-05:00', windowBusinessHours: 0.5, realistic: false };

function page() {
  document.body.replaceChildren();
  const form = document.createElement('form');
  const editor = document.createElement('div');
  editor.contentEditable = 'true';
  editor.className = 'editor';
  const send = document.createElement('button');
  send.type = 'button';
  send.className = 'send';
  form.append(editor, send);
  document.body.append(form);
  return { form, editor, send };
}

function fakeSession(editor: HTMLElement, commitments: () => Commitment[]): CoachSession {
  return {
    editor,
    view: { internal: false },
    get result() {
      return { lang: 'es', findings: [], commitments: commitments(), moments: [] };
    },
    analyseNow: () => undefined,
  } as unknown as CoachSession;
}

const adapter = {
  sendSelectors: ['.send'],
  sendScopeOf: (editor: HTMLElement) => editor.closest('form') as HTMLElement,
} as unknown as HelpdeskAdapter;

describe('send guard', () => {
  let controller: AbortController;
  beforeEach(() => {
    controller = new AbortController();
    // happy-dom lays nothing out; the guard only coaches visible editors.
    vi.spyOn(HTMLElement.prototype, 'checkVisibility').mockReturnValue(true);
  });
  afterEach(() => {
    controller.abort();
    vi.restoreAllMocks();
  });

  it('holds a send with an unrealistic commitment, then replays it on "send anyway"', () => {
    const { editor, send } = page();
    const siteSend = vi.fn();
    send.addEventListener('click', siteSend);
    const held: HeldSend[] = [];
    const sent: string[] = [];
    startSendGuard(
      { adapter, sessions: () => [fakeSession(editor, () => [commitment])], hold: (h) => held.push(h), sent: (_s, how) => sent.push(how) },
      controller.signal,
    );
    send.click();
    expect(siteSend).not.toHaveBeenCalled();
    expect(held).toHaveLength(1);
    held[0].sendAnyway();
    expect(siteSend).toHaveBeenCalledTimes(1);
    expect(sent).toEqual(['sent-anyway']);
  });

  it('lets a realistic reply through at once', () => {
    const { editor, send } = page();
    const siteSend = vi.fn();
    send.addEventListener('click', siteSend);
    const hold = vi.fn();
    startSendGuard({ adapter, sessions: () => [fakeSession(editor, () => [])], hold, sent: () => {} }, controller.signal);
    send.click();
    expect(siteSend).toHaveBeenCalledTimes(1);
    expect(hold).not.toHaveBeenCalled();
  });

  it('fails open when the analysis throws', () => {
    const { editor, send } = page();
    const siteSend = vi.fn();
    send.addEventListener('click', siteSend);
    const broken = fakeSession(editor, () => {
      throw new Error('engine broke');
    });
    startSendGuard({ adapter, sessions: () => [broken], hold: vi.fn(), sent: () => {} }, controller.signal);
    send.click();
    expect(siteSend).toHaveBeenCalledTimes(1);
  });

  it('sends as written when the dialog cannot be shown', () => {
    const { editor, send } = page();
    const siteSend = vi.fn();
    send.addEventListener('click', siteSend);
    const hold = () => {
      throw new Error('no sidebar');
    };
    startSendGuard({ adapter, sessions: () => [fakeSession(editor, () => [commitment])], hold, sent: () => {} }, controller.signal);
    send.click();
    expect(siteSend).toHaveBeenCalledTimes(1);
  });

  it('holds Ctrl+Enter in the editor and replays through the send control', () => {
    const { editor, send } = page();
    const siteSend = vi.fn();
    send.addEventListener('click', siteSend);
    const siteShortcut = vi.fn();
    editor.addEventListener('keydown', siteShortcut);
    const held: HeldSend[] = [];
    startSendGuard({ adapter, sessions: () => [fakeSession(editor, () => [commitment])], hold: (h) => held.push(h), sent: () => {} }, controller.signal);
    editor.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true, cancelable: true }));
    expect(siteShortcut).not.toHaveBeenCalled();
    expect(held).toHaveLength(1);
    held[0].sendAnyway();
    expect(siteSend).toHaveBeenCalledTimes(1);
  });
});
