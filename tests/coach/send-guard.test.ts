// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Commitment } from '../../lib/analysis/types';
import type { HelpdeskAdapter } from '../../lib/helpdesk/adapters/types';
import type { CoachSession } from '../../lib/coach/session';
import { startSendGuard, type HeldSend, type SendGuardDeps } from '../../lib/coach/send-guard';

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

  /** The guard with a dialog the test controls; synthetic events count as the agent's here. */
  function guarded(editor: HTMLElement, commitments: () => Commitment[], over: Partial<SendGuardDeps> = {}) {
    const held: HeldSend[] = [];
    const sent: string[] = [];
    const dismissed: number[] = [];
    const dialog = document.createElement('div');
    const state = { visible: true, alive: true };
    startSendGuard(
      {
        adapter,
        sessions: () => [session],
        hold: (h) => {
          held.push(h);
          return dialog;
        },
        dismiss: () => dismissed.push(1),
        sent: (_s, how) => sent.push(how),
        alive: () => state.alive,
        trusted: () => true,
        shown: () => state.visible,
        ...over,
      },
      controller.signal,
    );
    const session = fakeSession(editor, commitments);
    return { held, sent, dismissed, state };
  }

  it('holds a send with an unrealistic commitment, then replays it once on "send anyway"', () => {
    const { editor, send } = page();
    const siteSend = vi.fn();
    send.addEventListener('click', siteSend);
    const { held, sent } = guarded(editor, () => [commitment]);
    send.click();
    expect(siteSend).not.toHaveBeenCalled();
    expect(held).toHaveLength(1);
    held[0].sendAnyway();
    held[0].sendAnyway();
    expect(siteSend).toHaveBeenCalledTimes(1);
    expect(sent).toEqual(['sent-anyway']);
  });

  it('lets a realistic reply through at once', () => {
    const { editor, send } = page();
    const siteSend = vi.fn();
    send.addEventListener('click', siteSend);
    const { held, sent } = guarded(editor, () => []);
    send.click();
    expect(siteSend).toHaveBeenCalledTimes(1);
    expect(held).toHaveLength(0);
    expect(sent).toEqual(['sent']);
  });

  it('fails open when the analysis throws', () => {
    const { editor, send } = page();
    const siteSend = vi.fn();
    send.addEventListener('click', siteSend);
    guarded(editor, () => {
      throw new Error('engine broke');
    });
    send.click();
    expect(siteSend).toHaveBeenCalledTimes(1);
  });

  it('lets the original send through untouched when the dialog cannot be drawn', () => {
    const { editor, send } = page();
    const events: Event[] = [];
    send.addEventListener('click', (e) => events.push(e));
    const { dismissed } = guarded(editor, () => [commitment], {
      hold: () => {
        throw new Error('no sidebar');
      },
    });
    send.click();
    expect(events).toHaveLength(1);
    expect(events[0].defaultPrevented).toBe(false);
    expect(dismissed).toHaveLength(1);
  });

  it('does not hold a send whose dialog the page hides (drawn but not visible)', () => {
    const { editor, send } = page();
    const siteSend = vi.fn();
    send.addEventListener('click', siteSend);
    const { state, held, dismissed } = guarded(editor, () => [commitment]);
    state.visible = false;
    send.click();
    expect(held).toHaveLength(1);
    expect(dismissed).toHaveLength(1);
    expect(siteSend).toHaveBeenCalledTimes(1);
  });

  it('releases a held send when the page hides or removes the dialog meanwhile', async () => {
    vi.useFakeTimers();
    try {
      const { editor, send } = page();
      const siteSend = vi.fn();
      send.addEventListener('click', siteSend);
      const { state, sent } = guarded(editor, () => [commitment]);
      send.click();
      expect(siteSend).not.toHaveBeenCalled();
      state.visible = false;
      await vi.advanceTimersByTimeAsync(300);
      expect(siteSend).toHaveBeenCalledTimes(1);
      expect(sent).toEqual(['sent']);
      await vi.advanceTimersByTimeAsync(1000);
      expect(siteSend).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('sends nothing after "revise", even when the dialog then disappears', async () => {
    vi.useFakeTimers();
    try {
      const { editor, send } = page();
      const siteSend = vi.fn();
      send.addEventListener('click', siteSend);
      const { state, held } = guarded(editor, () => [commitment]);
      send.click();
      held[0].revise();
      state.visible = false;
      await vi.advanceTimersByTimeAsync(1000);
      held[0].sendAnyway();
      expect(siteSend).not.toHaveBeenCalled();
    } finally {
      vi.useRealTimers();
    }
  });

  it('"send anyway" goes through the control the page shows now when it replaced the old one', () => {
    const { form, editor, send } = page();
    const oldSend = vi.fn();
    send.addEventListener('click', oldSend);
    const { held, sent } = guarded(editor, () => [commitment]);
    send.click();
    const replacement = document.createElement('button');
    replacement.className = 'send';
    const newSend = vi.fn();
    replacement.addEventListener('click', newSend);
    send.replaceWith(replacement);
    expect(form.contains(replacement)).toBe(true);
    held[0].sendAnyway();
    expect(oldSend).not.toHaveBeenCalled();
    expect(newSend).toHaveBeenCalledTimes(1);
    expect(sent).toEqual(['sent-anyway']);
  });

  it('with no send control left, "send anyway" logs nothing and lets the next send through', () => {
    const { form, editor, send } = page();
    const { held, sent } = guarded(editor, () => [commitment]);
    send.click();
    send.remove();
    held[0].sendAnyway();
    expect(sent).toEqual([]);
    const again = document.createElement('button');
    again.className = 'send';
    const siteSend = vi.fn();
    again.addEventListener('click', siteSend);
    form.append(again);
    again.click();
    expect(siteSend).toHaveBeenCalledTimes(1);
    expect(held).toHaveLength(1);
  });

  it('ignores the page\'s synthetic clicks: nothing held, nothing logged', () => {
    const { editor, send } = page();
    const siteSend = vi.fn();
    send.addEventListener('click', siteSend);
    const { held, sent } = guarded(editor, () => [commitment], { trusted: (e) => e.isTrusted });
    send.click();
    expect(siteSend).toHaveBeenCalledTimes(1);
    expect(held).toHaveLength(0);
    expect(sent).toEqual([]);
  });

  it('steps aside once the extension is gone', () => {
    const { editor, send } = page();
    const siteSend = vi.fn();
    send.addEventListener('click', siteSend);
    const { held, state } = guarded(editor, () => [commitment]);
    state.alive = false;
    send.click();
    expect(siteSend).toHaveBeenCalledTimes(1);
    expect(held).toHaveLength(0);
  });

  it('holds Ctrl+Enter in the editor and replays through the send control', () => {
    const { editor, send } = page();
    const siteSend = vi.fn();
    send.addEventListener('click', siteSend);
    const siteShortcut = vi.fn();
    editor.addEventListener('keydown', siteShortcut);
    const { held } = guarded(editor, () => [commitment]);
    editor.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true, cancelable: true }));
    expect(siteShortcut).not.toHaveBeenCalled();
    expect(held).toHaveLength(1);
    held[0].sendAnyway();
    expect(siteSend).toHaveBeenCalledTimes(1);
  });
});
