/**
 * Settings by policy (browser.storage.managed): lenient reading of the policy, managed
 * values winning over local ones, the team allow-list added to the agent's, and managed
 * fields never copied into local storage.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defaultSettings } from '@/lib/settings/defaults';
import { applyManaged, localPart, parseManagedSettings } from '@/lib/settings/managed';
import { loadSettings, saveSettings, updateSettings } from '@/lib/settings/storage';
import type { Settings } from '@/lib/settings/types';

beforeEach(() => fakeBrowser.reset());

const playbook = { format: 'tacto-playbook', version: 1, entries: [{ id: 'acme-credito', lang: 'es', title: 'Crédito en tienda', text: 'Puedo ofrecerte un crédito en tienda por el importe.', triggers: ['reembolso'] }] };

describe('managed settings', () => {
  it('reads what the policy sets validly and leaves out the rest', () => {
    const managed = parseManagedSettings({ playbook, allowPhrases: ['  No es posible. '], disabledRules: ['no-such-rule'], agentAlias: 'boss' });
    expect(managed.keys).toEqual(['playbook', 'allowPhrases']);
    expect(managed.value.allowPhrases).toEqual(['no es posible']);
    expect(managed.problems.map((p) => p.field)).toEqual(['disabledRules']);
    expect(parseManagedSettings(undefined).keys).toEqual([]);
    expect(parseManagedSettings({}).keys).toEqual([]);
  });

  it("wins over the local value; the team allow-list comes before the agent's own", () => {
    const local: Settings = { ...defaultSettings(), retentionWeeks: 4, allowPhrases: ['mía'] };
    const managed = parseManagedSettings({ retentionWeeks: 52, playbook, allowPhrases: ['del equipo', 'mía'] });
    const effective = applyManaged(local, managed);
    expect(effective.retentionWeeks).toBe(52);
    expect(effective.playbook.entries.map((e) => e.id)).toEqual(['acme-credito']);
    expect(effective.allowPhrases).toEqual(['del equipo', 'mía']);
    expect(applyManaged(local, parseManagedSettings({}))).toBe(local);
  });

  it('stores only the local part: managed fields keep their stored value, team phrases are not copied', () => {
    const stored: Settings = { ...defaultSettings(), retentionWeeks: 4, allowPhrases: ['mía'] };
    const managed = parseManagedSettings({ retentionWeeks: 52, allowPhrases: ['del equipo'] });
    const next = { ...applyManaged(stored, managed), agentAlias: 'lucia', allowPhrases: ['del equipo', 'mía', 'nueva'] };
    const local = localPart(next, stored, managed);
    expect(local.retentionWeeks).toBe(4);
    expect(local.agentAlias).toBe('lucia');
    expect(local.allowPhrases).toEqual(['mía', 'nueva']);
  });

  it('loadSettings() and saveSettings() go through the managed area', async () => {
    await fakeBrowser.storage.managed.set({ playbook, retentionWeeks: 52 });
    const settings = await loadSettings();
    expect(settings.playbook.entries[0].id).toBe('acme-credito');
    expect(settings.retentionWeeks).toBe(52);
    await updateSettings((s) => ({ ...s, agentAlias: 'lucia' }));
    const stored = (await fakeBrowser.storage.local.get('settings')).settings as Settings;
    expect(stored.agentAlias).toBe('lucia');
    expect(stored.retentionWeeks).toBe(26);
    expect(stored.playbook.entries.some((e) => e.id === 'acme-credito')).toBe(false);
    await saveSettings({ ...settings, retentionWeeks: 8 });
    expect((await loadSettings()).retentionWeeks).toBe(52);
  });
});
