// @vitest-environment happy-dom
/**
 * The settings tab (components/settings/SettingsPanel.tsx and its form state,
 * useSettingsForm.ts) against a fake store: a change is validated and saved at once; one
 * that does not validate stays on screen, unsaved, and another tab's save does not
 * overwrite it; the policy's sections are read-only; a team file's import is shown; a
 * country's holidays, computed by the store after its calendar loads, are saved with it.
 */
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SettingsPanel } from '../../components/settings/SettingsPanel';
import { defaultSettings } from '../../lib/settings/defaults';
import type { ManagedKey, ManagedSettings } from '../../lib/settings/managed';
import type { SettingsStore } from '../../lib/settings/settings-store';
import { exportTeamSettings } from '../../lib/settings/team-file';
import type { HolidaySettings, Settings } from '../../lib/settings/types';
import { validateSettings } from '../../lib/settings/validation';

const t = (key: string, ...subs: string[]) => (subs.length ? `${key}(${subs.join('|')})` : key);

/** Until the panel has taken what the fake store's promises gave it. */
const settle = async (check: () => boolean) => {
  for (let i = 0; i < 100 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
};

function mount(initial: Settings, managedKeys: ManagedKey[] = [], overrides: Partial<SettingsStore> = {}) {
  let stored = initial;
  const watchers: ((s: Settings) => void)[] = [];
  const save = vi.fn(async (next: Settings) => {
    stored = validateSettings(next);
  });
  const store: SettingsStore = {
    load: async () => structuredClone(stored),
    save,
    watch: (callback) => {
      watchers.push(callback);
      return () => undefined;
    },
    requestHost: async () => true,
    hostGranted: async () => true,
    removeHost: async () => undefined,
    syncDomains: vi.fn(async () => []),
    countries: () => [['ES', 'España']],
    regions: () => [],
    withPublicHolidays: async (holidays) => ({ ...holidays, publicDates: holidays.country ? ['2026-12-25'] : [] }),
    download: vi.fn(),
    timeZones: () => ['Europe/Madrid'],
    managed: async () => ({ value: {}, keys: managedKeys, problems: [] }) as ManagedSettings,
    ...overrides,
  };
  const root = document.createElement('div');
  document.body.append(root);
  render(<SettingsPanel t={t} lang="es" store={store} />, root);
  return { root, store, save, emit: (s: Settings) => watchers.forEach((w) => w(s)), stored: () => stored };
}

const change = (el: Element | null, value: string) => {
  (el as HTMLInputElement).value = value;
  el!.dispatchEvent(new Event('change', { bubbles: true }));
};

afterEach(() => {
  document.body.innerHTML = '';
});

describe('the settings tab', () => {
  it('saves a valid change at once and says so', async () => {
    const { root, save, stored } = mount(defaultSettings());
    await settle(() => root.querySelector('[data-section="hours"]') !== null);
    change(root.querySelector('input[name="agentAlias"]'), 'ana');
    await settle(() => root.querySelector('[data-status="settings"]') !== null);
    expect(save).toHaveBeenCalledTimes(1);
    expect(stored().agentAlias).toBe('ana');
    expect(root.querySelector('[data-status="settings"]')?.textContent).toBe('setSaved');
  });

  it('keeps an invalid change on screen, unsaved, and another tab does not overwrite it', async () => {
    const { root, emit, stored } = mount(defaultSettings());
    await settle(() => root.querySelector('[data-section="turnaround"]') !== null);
    const field = () => root.querySelector<HTMLInputElement>('input[name="minBusinessHours.normal"]')!;
    const before = stored().minBusinessHours.normal;
    change(field(), '');
    await settle(() => root.querySelector('[data-error-for="settings"]') !== null);
    expect(root.querySelector('[data-error-for="settings"]')?.getAttribute('role')).toBe('alert');
    expect(stored().minBusinessHours.normal).toBe(before);
    emit({ ...defaultSettings(), agentAlias: 'other tab' });
    await new Promise((r) => setTimeout(r, 20));
    expect(root.querySelector<HTMLInputElement>('input[name="agentAlias"]')!.value).toBe(defaultSettings().agentAlias);
    change(field(), '6');
    await settle(() => root.querySelector('[data-error-for="settings"]') === null);
    expect(stored().minBusinessHours.normal).toBe(6);
    emit({ ...stored(), agentAlias: 'other tab' });
    await settle(() => root.querySelector<HTMLInputElement>('input[name="agentAlias"]')!.value === 'other tab');
    expect(root.querySelector<HTMLInputElement>('input[name="agentAlias"]')!.value).toBe('other tab');
  });

  it('shows what the policy fixes read-only, and the rest editable', async () => {
    const { root } = mount(defaultSettings(), ['timezone', 'disabledRules']);
    await settle(() => root.querySelector('[data-managed="true"]') !== null);
    const managed = [...root.querySelectorAll('fieldset[data-managed="true"]')];
    expect(managed.map((f) => f.getAttribute('data-managed-keys'))).toEqual(['timezone', 'disabledRules']);
    expect(managed[0].querySelector('[data-section="hours"]')).not.toBeNull();
    expect(managed[1].querySelector('[data-section="coaching"]')).not.toBeNull();
    expect(root.querySelector('[data-section="holidays"]')?.closest('fieldset[data-managed]')).toBeNull();
  });

  it('adds and removes a team holiday', async () => {
    const { root, stored } = mount(defaultSettings());
    await settle(() => root.querySelector('[data-section="holidays"]') !== null);
    const date = root.querySelector<HTMLInputElement>('input[name="teamHoliday"]')!;
    date.value = '2026-12-24';
    date.dispatchEvent(new Event('input', { bubbles: true }));
    await settle(() => !root.querySelector<HTMLButtonElement>('[data-action="add-holiday"]')!.disabled);
    root.querySelector<HTMLButtonElement>('[data-action="add-holiday"]')!.click();
    await settle(() => root.querySelector('[data-date="2026-12-24"]') !== null);
    expect(stored().holidays.teamDates).toEqual(['2026-12-24']);
    root.querySelector<HTMLButtonElement>('[data-date="2026-12-24"] [data-action="remove-holiday"]')!.click();
    await settle(() => root.querySelector('[data-date="2026-12-24"]') === null);
    expect(stored().holidays.teamDates).toEqual([]);
  });

  it('shows a chosen country at once and saves it with its holidays once computed; a later choice wins over a slower one', async () => {
    const computing = new Map<string, () => void>();
    const DATES: Record<string, string[]> = { ES: ['2026-12-08'], MX: ['2026-12-12'] };
    const { root, save, stored } = mount(defaultSettings(), [], {
      countries: () => [
        ['ES', 'España'],
        ['MX', 'México'],
      ],
      withPublicHolidays: (holidays) =>
        new Promise<HolidaySettings>((resolve) => computing.set(holidays.country, () => resolve({ ...holidays, publicDates: DATES[holidays.country], publicYears: [2025, 2028] }))),
    });
    await settle(() => root.querySelector('[data-section="holidays"]') !== null);
    const country = () => root.querySelector<HTMLSelectElement>('select[name="holidaysCountry"]')!;
    const section = () => root.querySelector('[data-section="holidays"]')!;
    change(country(), 'ES');
    await settle(() => section().getAttribute('aria-busy') === 'true');
    change(country(), 'MX');
    await settle(() => computing.has('MX'));
    expect(country().value).toBe('MX');
    expect(save).not.toHaveBeenCalled();
    // A team day added while Mexico's calendar loads is kept when Mexico is saved.
    const date = root.querySelector<HTMLInputElement>('input[name="teamHoliday"]')!;
    date.value = '2026-12-24';
    date.dispatchEvent(new Event('input', { bubbles: true }));
    await settle(() => !root.querySelector<HTMLButtonElement>('[data-action="add-holiday"]')!.disabled);
    root.querySelector<HTMLButtonElement>('[data-action="add-holiday"]')!.click();
    await settle(() => stored().holidays.teamDates.length === 1);
    computing.get('MX')!();
    await settle(() => stored().holidays.country === 'MX');
    expect(stored().holidays).toEqual({ country: 'MX', region: '', publicDates: ['2026-12-12'], publicYears: [2025, 2028], teamDates: ['2026-12-24'] });
    await settle(() => section().getAttribute('aria-busy') === null);
    expect(root.querySelector('[data-public-holidays]')?.getAttribute('data-public-holidays')).toBe('1');
    // Spain's answer comes late: the later choice stands.
    computing.get('ES')!();
    await new Promise((r) => setTimeout(r, 30));
    expect(stored().holidays.country).toBe('MX');
    expect(country().value).toBe('MX');
    expect(save).toHaveBeenCalledTimes(2); // the team day, then Mexico
  });

  it('imports a team file and shows it; a bad file says why and changes nothing', async () => {
    const { root, store, stored } = mount(defaultSettings());
    await settle(() => root.querySelector('[data-section="team"]') !== null);
    const input = root.querySelector<HTMLInputElement>('input[name="settingsImport"]')!;
    const pick = (name: string, text: string) => {
      Object.defineProperty(input, 'files', { configurable: true, value: [{ name, text: async () => text }] });
      input.dispatchEvent(new Event('change', { bubbles: true }));
    };
    pick('broken.json', '{"format":"nope"}');
    await settle(() => root.querySelector('[data-error-for="team"]') !== null);
    expect(stored().defaultPriority).toBe(defaultSettings().defaultPriority);
    const team = exportTeamSettings({ ...defaultSettings(), defaultPriority: 'high' });
    pick('team.json', JSON.stringify(team));
    await settle(() => root.querySelector('[data-section="team"] [role="status"]') !== null);
    expect(root.querySelector('[data-error-for="team"]')).toBeNull();
    expect(root.querySelector('[data-section="team"] [role="status"]')?.textContent).toBe('setTeamImported(team.json)');
    expect(stored().defaultPriority).toBe('high');
    expect(root.querySelector<HTMLSelectElement>('select[name="defaultPriority"]')!.value).toBe('high');
    expect(store.syncDomains).toHaveBeenCalledTimes(1);
  });
});
