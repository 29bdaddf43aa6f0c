// @vitest-environment happy-dom
/**
 * The panel's cost per analysis (components/mountSidebar.tsx, components/Sidebar.tsx): an
 * analysis that changes nothing the panel shows renders nothing (no virtual node is made), a
 * new word count is written into its span alone, a render for another change leaves the
 * findings and the moments alone, and a click still acts on the finding's offsets as they are now.
 */
import { options, type VNode } from 'preact';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';

// happy-dom lays nothing out, so real placement would find no room and show the badge:
// placement is not what these tests are about (tests/helpdesk/placement.test.ts, placement.e2e.ts).
vi.mock('../../lib/helpdesk/sidebar-position', () => ({
  positionSidebar: () => ({ schedule() {}, rethink() {}, current: () => undefined, stop() {} }),
}));
import { mountSidebar, sameFinding } from '../../components/mountSidebar';
import type { Finding } from '../../lib/analysis/types';
import type { CoachView } from '../../lib/coach/view';

/** A click as the agent's own (the panel ignores untrusted events, and happy-dom makes no trusted ones). */
function agentClick(target: Element): void {
  const event = new MouseEvent('click', { bubbles: true, composed: true, cancelable: true });
  Object.defineProperty(event, 'isTrusted', { get: () => true });
  target.dispatchEvent(event);
}

const t = (key: string, ...subs: string[]) => (subs.length ? `${key}(${subs.join('|')})` : key);

function finding(start: number): Finding {
  return { rule: 'blame', start, end: start + 9, quote: 'tu culpa', message: 'message', suggestions: ['rewrite'], alternatives: [] };
}

function view(words: number, findings: Finding[]): CoachView {
  return { lang: 'es', words, findings, moments: ['anger'], internal: false };
}

function mount() {
  const editor = document.createElement('div');
  editor.contentEditable = 'true';
  document.body.append(editor);
  const controller = new AbortController();
  const onApply = vi.fn();
  const describeMoment = vi.fn((id: 'anger') => ({ id, label: 'Anger', advice: 'Stay calm', alternatives: [] }));
  const handle = mountSidebar({
    editor,
    composer: editor,
    sendControls: () => [],
    signal: controller.signal,
    t,
    uiLang: 'es',
    describeMoment,
    onApply,
    onInsertAlternative: () => {},
    onApplyToCommitment: () => {},
    onRevise: () => {},
    onSendAnyway: () => {},
    onIgnore: () => {},
    onIgnoreAlways: () => {},
    onDisableRule: () => {},
    onUndoDisableRule: () => {},
    onUndoSilence: () => {},
    onPause: () => {},
    onResume: () => {},
    onOpenDashboard: () => {},
  });
  const shadow = handle.host.shadowRoot!;
  const records: MutationRecord[] = [];
  const observer = new MutationObserver((list) => records.push(...list));
  observer.observe(shadow, { childList: true, subtree: true, characterData: true, attributes: true });
  const changes = async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
    return records.splice(0);
  };
  const open = async (first: CoachView) => {
    handle.update(first);
    await changes();
    expect(shadow.querySelector('[data-tacto="sidebar"]')).not.toBeNull();
  };
  return { handle, shadow, onApply, describeMoment, changes, open, stop: () => controller.abort() };
}

/** Every virtual node Preact makes: what a render costs, even when it changes no DOM. */
const made: VNode[] = [];
const before = options.vnode;
beforeAll(() => {
  options.vnode = (vnode) => {
    made.push(vnode);
    before?.(vnode);
  };
});
afterAll(() => {
  options.vnode = before;
});
const madeSince = (from: number) => made.slice(from);
const props = (vnode: VNode) => (vnode.props ?? {}) as Record<string, unknown>;

afterEach(() => {
  document.documentElement.querySelectorAll('tacto-sidebar').forEach((host) => host.remove());
  document.body.innerHTML = '';
});

describe('the panel renders only what an analysis changed', () => {
  it('the same findings in a new array, same words: nothing rendered, no DOM change', async () => {
    const { handle, shadow, changes, open, stop } = mount();
    await open(view(10, [finding(0)]));
    expect(shadow.querySelector('[data-rule="blame"]')).not.toBeNull();
    const from = made.length;
    handle.update(view(10, [finding(0)]));
    expect(await changes()).toEqual([]);
    expect(madeSince(from)).toEqual([]);
    stop();
  });

  it('a new word count renders nothing and changes the count alone', async () => {
    const { handle, shadow, changes, open, stop } = mount();
    await open(view(10, [finding(0)]));
    const item = shadow.querySelector('[data-rule="blame"]');
    const from = made.length;
    handle.update(view(11, [finding(0)]));
    const changed = await changes();
    // Nothing was rendered: the count's text was written alone.
    expect(madeSince(from)).toEqual([]);
    expect(changed.length).toBeGreaterThan(0);
    expect(changed.every((r) => (r.target.nodeType === Node.TEXT_NODE ? r.target.parentElement : (r.target as Element))?.closest('[data-tacto="word-count"]'))).toBe(true);
    expect(shadow.querySelector('[data-tacto="word-count"]')?.textContent).toBe('11');
    expect(shadow.querySelector('[data-rule="blame"]')).toBe(item);
    stop();
  });

  it('another change renders the panel, not its findings or moments, and the count follows', async () => {
    const { handle, shadow, changes, open, stop } = mount();
    await open(view(10, [finding(0)]));
    handle.update(view(11, [finding(0)]));
    const from = made.length;
    handle.update({ ...view(10, [finding(0)]), writeError: 'no' });
    await changes();
    const rendered = madeSince(from);
    expect(rendered.length).toBeGreaterThan(0);
    expect(rendered.some((v) => props(v)['data-action'] === 'apply-suggestion' || props(v)['data-moment'] !== undefined)).toBe(false);
    expect(shadow.querySelector('.write-error')).not.toBeNull();
    // The count written alone (11) is replaced by the one this render carries (10).
    expect(shadow.querySelector('[data-tacto="word-count"]')?.textContent).toBe('10');
    stop();
  });

  it('a finding moved by typing before it: the click acts on its new offsets', async () => {
    const { handle, shadow, onApply, open, stop } = mount();
    await open(view(10, [finding(0)]));
    handle.update(view(10, [finding(7)]));
    agentClick(shadow.querySelector('[data-action="apply-suggestion"]')!);
    expect(onApply).toHaveBeenCalledWith(expect.objectContaining({ start: 7, end: 16 }), 'rewrite');
    stop();
  });

  it('a changed suggestion is drawn', async () => {
    const { handle, shadow, open, stop } = mount();
    await open(view(10, [finding(0)]));
    handle.update(view(10, [{ ...finding(0), suggestions: ['another rewrite'] }]));
    expect(shadow.querySelector('[data-action="apply-suggestion"]')?.textContent).toBe('another rewrite');
    stop();
  });

  it('compares every field the panel shows or acts on', () => {
    const base = finding(3);
    expect(sameFinding(base, { ...base })).toBe(true);
    for (const other of [
      { ...base, start: 4 },
      { ...base, end: 13 },
      { ...base, quote: 'su culpa' },
      { ...base, message: 'other' },
      { ...base, suggestions: ['rewrite', 'two'] },
      { ...base, alternatives: [{ id: 'a', title: 'A', text: 'a' }] },
      { ...base, rule: 'dismissive' as const },
    ]) {
      expect(sameFinding(base, other)).toBe(false);
    }
  });
});
