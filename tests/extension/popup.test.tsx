// @vitest-environment happy-dom
/** The toolbar popup's view (components/popup/Popup.tsx): state, reason, pause controls, links. */
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Popup } from '../../components/popup/Popup';
import type { TabState } from '../../lib/coach/control/tab-state';

const t = (key: string, ...subs: string[]) => (subs.length ? `${key}(${subs.join('|')})` : key);

function mount(state: TabState) {
  const root = document.createElement('div');
  document.body.append(root);
  const handlers = { onPause: vi.fn(), onResume: vi.fn(), onOpen: vi.fn() };
  render(<Popup t={t} state={state} formatTime={() => '18:30'} {...handlers} />, root);
  return { root, ...handlers };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('the toolbar popup', () => {
  it('active on a ticket: pauses this ticket for the chosen time', async () => {
    const { root, onPause } = mount({ state: 'active', place: { host: 'acme.zendesk.com', helpdesk: 'zendesk', ticket: '1234' }, helpdesk: 'zendesk' });
    const state = root.querySelector('[data-tacto="state"]')!;
    expect(state.getAttribute('data-state')).toBe('active');
    expect(state.textContent).toBe('popupActive(Zendesk)');
    root.querySelector<HTMLInputElement>('input[name="pause-duration"][value="tomorrow"]')!.click();
    await new Promise((r) => setTimeout(r, 0)); // Preact re-renders with the choice
    root.querySelector<HTMLButtonElement>('[data-action="pause-ticket"]')!.click();
    expect(onPause).toHaveBeenCalledWith('ticket', 'tomorrow');
  });

  it('paused: says until when and offers resume instead of the pause buttons', () => {
    const { root, onResume } = mount({ state: 'paused', pause: { scope: 'site', until: 0 }, place: { host: 'acme.zendesk.com' }, helpdesk: 'zendesk' });
    expect(root.querySelector('[data-tacto="state"]')!.textContent).toBe('paused_site(18:30)');
    expect(root.querySelector('[data-action="pause-site"]')).toBeNull();
    root.querySelector<HTMLButtonElement>('[data-action="resume"]')!.click();
    expect(onResume).toHaveBeenCalled();
  });

  it('inactive: says why; only a pause everywhere is possible; the links still work', () => {
    const { root, onOpen } = mount({ state: 'inactive', reason: 'domain-not-granted', place: null, helpdesk: 'zendesk' });
    const state = root.querySelector('[data-tacto="state"]')!;
    expect(state.getAttribute('data-reason')).toBe('domain-not-granted');
    expect(state.textContent).toBe('popupInactive_domain_not_granted(Zendesk)');
    expect(root.querySelector<HTMLButtonElement>('[data-action="pause-site"]')!.disabled).toBe(true);
    expect(root.querySelector<HTMLButtonElement>('[data-action="pause-ticket"]')!.disabled).toBe(true);
    expect(root.querySelector<HTMLButtonElement>('[data-action="pause-everywhere"]')!.disabled).toBe(false);
    root.querySelector<HTMLButtonElement>('[data-action="open-dashboard"]')!.click();
    expect(onOpen).toHaveBeenCalledWith('dashboard');
  });
});
