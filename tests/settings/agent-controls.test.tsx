// @vitest-environment happy-dom
/** The options page's strictness choice and allow-list editor (components/settings/AgentControls.tsx). */
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AgentControls } from '../../components/settings/AgentControls';
import { defaultSettings } from '../../lib/settings/defaults';
import type { Settings } from '../../lib/settings/types';

const t = (key: string, ...subs: string[]) => (subs.length ? `${key}(${subs.join('|')})` : key);

function mount(settings: Settings) {
  const root = document.createElement('div');
  document.body.append(root);
  const commit = vi.fn(async (_next: Settings) => true);
  render(<AgentControls t={t} settings={settings} commit={commit} />, root);
  return { root, commit };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('strictness and the allow-list on the options page', () => {
  it('shows standard by default and saves picky when chosen', () => {
    const { root, commit } = mount(defaultSettings());
    const select = root.querySelector<HTMLSelectElement>('select[name="strictness"]')!;
    expect(select.value).toBe('standard');
    expect([...select.options].map((o) => o.value)).toEqual(['standard', 'picky']);
    select.value = 'picky';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    expect(commit).toHaveBeenCalledTimes(1);
    expect(commit.mock.calls[0][0].strictness).toBe('picky');
  });

  it('adds a phrase normalised, and removes one', async () => {
    const { root, commit } = mount({ ...defaultSettings(), allowPhrases: ['no es posible'] });
    expect(root.querySelector('[data-phrase="no es posible"]')).not.toBeNull();
    const input = root.querySelector<HTMLInputElement>('input[name="allowPhrase"]')!;
    input.value = '  Le GARANTIZO ';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await new Promise((r) => setTimeout(r, 0));
    root.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    expect(commit.mock.calls.at(-1)![0].allowPhrases).toEqual(['no es posible', 'le garantizo']);
    root.querySelector<HTMLButtonElement>('[data-phrase="no es posible"] [data-action="remove-allow-phrase"]')!.click();
    expect(commit.mock.calls.at(-1)![0].allowPhrases).toEqual([]);
  });
});
