/**
 * Settings: schema migrations (v1 → v2 in storage and in team files), lenient reading,
 * strict validation of team files (a bad file changes nothing), and the analysis context
 * the content script builds from settings (ticket priority wins over the default).
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { analysisContextFromSettings, analysisInputFromSettings } from '@/lib/settings/coach-context';
import { defaultSettings } from '@/lib/settings/defaults';
import { parseHost } from '@/lib/settings/hosts';
import { migrateSettings } from '@/lib/settings/migrations';
import { exportPlaybook, importPlaybook } from '@/lib/settings/playbook-file';
import { defineSettingsItem, loadSettings, saveSettings, updateSettings, watchSettings } from '@/lib/settings/storage';
import { applyTeamSettings, exportTeamSettings, parseTeamSettingsFile } from '@/lib/settings/team-file';
import { SETTINGS_VERSION, TEAM_KEYS, type Settings } from '@/lib/settings/types';
import { resolveUiLanguage } from '@/lib/settings/ui-language';
import { normaliseSettings, SettingsFileError, validateSettings } from '@/lib/settings/validation';
import { problemsShown, problemsShownAsync } from '../support/problems';
import { translatorFor } from '@/lib/coach/i18n';
import { DEFAULT_PLAYBOOK } from '@/lib/settings/playbook-default';

beforeEach(() => fakeBrowser.reset());

const problemsOf = problemsShown;

describe('defaults', () => {
  it('work the minute Tacto is installed: every field valid, all helpdesks and rules on, 26 weeks kept', () => {
    const s = defaultSettings();
    expect(validateSettings(s)).toEqual(s);
    expect(s.helpdesks).toEqual({ zendesk: true, freshdesk: true, gmail: true });
    expect(s.disabledRules).toEqual([]);
    expect(s.retentionWeeks).toBe(26);
    expect(s.minBusinessHours).toEqual({ low: 24, normal: 8, high: 4, urgent: 2 });
    expect(s.businessHours).toEqual({ days: [1, 2, 3, 4, 5], start: '09:00', end: '18:00' });
    expect(s.playbook.entries.length).toBeGreaterThanOrEqual(12);
  });

  it('loadSettings() gives the defaults on a fresh profile', async () => {
    expect(await loadSettings()).toEqual(defaultSettings());
  });
});

describe('migrations', () => {
  it('v1 → v2 in storage keeps the alias and adds every new field with its default', async () => {
    await fakeBrowser.storage.local.set({ settings: { agentAlias: 'lucia-s' }, settings$: { v: 1 } });
    const item = defineSettingsItem();
    const value = await item.getValue();
    expect(value).toEqual({ ...defaultSettings(), agentAlias: 'lucia-s' });
    expect(await item.getMeta()).toEqual({ v: SETTINGS_VERSION });
    expect((await fakeBrowser.storage.local.get('settings$'))['settings$']).toEqual({ v: 2 });
  });

  it('v1 stored without version metadata (the skeleton) is migrated too', async () => {
    await fakeBrowser.storage.local.set({ settings: { agentAlias: 'marco' } });
    expect((await defineSettingsItem().getValue()).agentAlias).toBe('marco');
    expect((await defineSettingsItem().getValue()).retentionWeeks).toBe(26);
  });

  it('the v2 migration survives a damaged v1 value', () => {
    expect(migrateSettings(null, 1)).toEqual(defaultSettings());
    expect(migrateSettings({ agentAlias: '   ' }, 1)).toEqual(defaultSettings());
    expect(migrateSettings({ agentAlias: 42 }, 1)).toEqual(defaultSettings());
  });

  it('a first save writes the value and its version together: no context can read one without the other', async () => {
    const writes: string[][] = [];
    const set = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
    const spy = vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation(async (items: Record<string, unknown>) => {
      writes.push(Object.keys(items).sort());
      return set(items);
    });
    try {
      await saveSettings({ ...defaultSettings(), allowPhrases: ['no es posible'] });
    } finally {
      spy.mockRestore();
    }
    const withValue = writes.filter((keys) => keys.includes('settings'));
    expect(withValue.length).toBeGreaterThan(0);
    for (const keys of withValue) expect(keys).toContain('settings$');
    // A context opened now (a fresh item definition) finds the current version and keeps the save.
    expect((await defineSettingsItem().getValue()).allowPhrases).toEqual(['no es posible']);
  });

  it('a fresh profile is written at the current version', async () => {
    await saveSettings({ ...defaultSettings(), agentAlias: 'ana' });
    expect((await fakeBrowser.storage.local.get('settings$'))['settings$']).toEqual({ v: SETTINGS_VERSION });
    expect((await loadSettings()).agentAlias).toBe('ana');
  });
});

describe('reading is lenient', () => {
  it('damaged fields fall back to their defaults, good ones are kept', () => {
    const s = normaliseSettings({
      timezone: 'Mars/Olympus',
      businessHours: { days: [1, 2, 3], start: '18:00', end: '09:00' },
      minBusinessHours: { normal: 6 },
      retentionWeeks: -3,
      agentAlias: 'pat',
      disabledRules: ['blame'],
      playbook: { format: 'nope' },
    });
    const d = defaultSettings();
    expect(s.timezone).toBe(d.timezone);
    expect(s.businessHours).toEqual(d.businessHours);
    expect(s.minBusinessHours).toEqual({ ...d.minBusinessHours, normal: 6 });
    expect(s.retentionWeeks).toBe(26);
    expect(s.agentAlias).toBe('pat');
    expect(s.disabledRules).toEqual(['blame']);
    expect(s.playbook).toEqual(DEFAULT_PLAYBOOK);
  });

  it('normalises loose values: "9:00", Sunday as 0, lower-case country codes', () => {
    const s = normaliseSettings({
      businessHours: { days: [0, 1, 1, 6], start: '9:00', end: '17:30' },
      holidays: { country: 'pe', region: '', teamDates: ['2026-12-31', '2026-12-24', '2026-12-24'] },
    });
    expect(s.businessHours).toEqual({ days: [1, 6, 7], start: '09:00', end: '17:30' });
    expect(s.holidays.country).toBe('PE');
    expect(s.holidays.teamDates).toEqual(['2026-12-24', '2026-12-31']);
  });
});

describe('saving validates', () => {
  it('rejects invalid settings and keeps the stored ones', async () => {
    await saveSettings({ ...defaultSettings(), agentAlias: 'kept' });
    const bad: Settings = { ...defaultSettings(), businessHours: { days: [1], start: '18:00', end: '09:00' } };
    expect(await problemsShownAsync(saveSettings(bad))).toBe('Business hours: the day must end after it starts (18:00–09:00)');
    expect(await problemsShownAsync(saveSettings({ ...defaultSettings(), minBusinessHours: { low: 24, normal: Number.NaN, high: 4, urgent: 2 } }))).toBe(
      'Shortest reliable turnaround, normal priority: «null» is not a number of hours between 0 and 2000',
    );
    expect(await problemsShownAsync(saveSettings({ ...defaultSettings(), retentionWeeks: 0 }))).toBe('Keep the log (weeks): «0» is not a whole number of weeks between 1 and 520');
    expect(await problemsShownAsync(saveSettings({ ...defaultSettings(), businessHours: { days: [], start: '09:00', end: '18:00' } }), 'es')).toBe(
      'Horario de atención, días laborables: hace falta al menos un día laborable',
    );
    expect((await loadSettings()).agentAlias).toBe('kept');
  });

  it('updateSettings() and watchSettings() see each other', async () => {
    const seen: Settings[] = [];
    const unwatch = watchSettings((s) => seen.push(s));
    await updateSettings((s) => ({ ...s, defaultPriority: 'high' }));
    await new Promise((r) => setTimeout(r, 0));
    unwatch();
    expect(seen.at(-1)?.defaultPriority).toBe('high');
  });
});

describe('team settings file', () => {
  const lead: Settings = {
    ...defaultSettings(),
    timezone: 'America/Lima',
    businessHours: { days: [1, 2, 3, 4, 5, 6], start: '08:00', end: '20:00' },
    holidays: { country: 'PE', region: '', publicDates: ['2026-12-08', '2026-12-25'], publicYears: [2025, 2028], teamDates: ['2026-12-31'] },
    minBusinessHours: { low: 16, normal: 6, high: 3, urgent: 1 },
    defaultPriority: 'high',
    disabledRules: ['problem-framing'],
    retentionWeeks: 12,
    customDomains: [{ host: 'support.acme.com', helpdesk: 'zendesk' }],
    agentAlias: 'lead',
    uiLanguage: 'es',
  };

  it('round-trips: export, import, apply; the agent keeps their own alias and language', () => {
    const file = JSON.stringify(exportTeamSettings(lead, new Date('2026-11-20T12:00:00Z')));
    const parsed = JSON.parse(file);
    expect(parsed.format).toBe('tacto-settings');
    expect(parsed.version).toBe(SETTINGS_VERSION);
    expect(Object.keys(parsed.settings).sort()).toEqual([...TEAM_KEYS].sort());
    expect(parsed.settings.agentAlias).toBeUndefined();
    const agent = { ...defaultSettings(), agentAlias: 'agent-7', uiLanguage: 'en' as const };
    const applied = applyTeamSettings(agent, parseTeamSettingsFile(file));
    expect(applied).toEqual({ ...lead, agentAlias: 'agent-7', uiLanguage: 'en' });
  });

  it('the lead\'s own never-flag phrases go to the team as accepted phrasings; older files without them import', () => {
    const withPhrases = { ...lead, allowPhrases: ['No es para tanto'], teamAllowPhrases: ['sin falta'] };
    const file = exportTeamSettings(withPhrases, new Date('2026-11-20T12:00:00Z'));
    expect(file.settings.teamAllowPhrases).toEqual(['sin falta', 'no es para tanto']);
    const agent = { ...defaultSettings(), allowPhrases: ['mi frase'] };
    const applied = applyTeamSettings(agent, parseTeamSettingsFile(JSON.stringify(file)));
    expect(applied.teamAllowPhrases).toEqual(['sin falta', 'no es para tanto']);
    expect(applied.allowPhrases).toEqual(['mi frase']);
    const older = structuredClone(file) as unknown as { settings: Record<string, unknown> };
    delete older.settings.teamAllowPhrases;
    expect(parseTeamSettingsFile(older).teamAllowPhrases).toEqual([]);
    expect(problemsOf(() => parseTeamSettingsFile({ ...file, settings: { ...file.settings, teamAllowPhrases: 'sin falta' } }))[0]).toBe("The team's accepted phrasings: expected a list of at most 500 phrases");
  });

  it('a playbook file keeps the team\'s accepted phrasings through export and import', () => {
    const playbook = { ...DEFAULT_PLAYBOOK, accepted: ['no es para tanto'] };
    expect(importPlaybook(exportPlaybook(playbook)).accepted).toEqual(['no es para tanto']);
    expect(exportPlaybook(DEFAULT_PLAYBOOK)).not.toMatch(/accepted/);
  });

  it('rejects bad files with a message naming each problem', () => {
    expect(problemsOf(() => parseTeamSettingsFile('{ not json'))[0]).toBe('this is not a JSON file');
    expect(problemsOf(() => parseTeamSettingsFile('[]'))[0]).toBe('expected a JSON object');
    expect(problemsOf(() => parseTeamSettingsFile({ format: 'tacto-moments', version: 1 }))[0]).toMatch(/^format: this is not a team settings file \(format «tacto-moments»/);
    expect(problemsOf(() => parseTeamSettingsFile(JSON.stringify(DEFAULT_PLAYBOOK)))[0]).toBe('format: this is a playbook: import it in the playbook section');
    expect(problemsOf(() => parseTeamSettingsFile({ format: 'tacto-settings', version: 99, settings: {} }))[0]).toBe('version: made by a newer Tacto (settings version «99»; this one reads up to 2)');
    const file = exportTeamSettings(lead);
    const broken = {
      ...file,
      settings: {
        ...file.settings,
        businessHours: { days: [1], start: '25:00', end: '18:00' },
        disabledRules: ['be-nice'],
        customDomains: [{ host: 'not a host', helpdesk: 'zendesk' }],
        playbook: { format: 'tacto-playbook', version: 1, entries: [{ id: 'x', lang: 'fr', title: 't', text: 't' }] },
      },
    };
    const problems = problemsOf(() => parseTeamSettingsFile(broken));
    expect(problems).toEqual([
      'Business hours, start: «25:00» is not a time HH:MM',
      'Rules switched off: unknown rules: «be-nice»',
      'Custom helpdesk domains, entry 1, domain: «not a host» is not a domain like support.acme.com',
      'Team playbook, entry 1, language: «fr» is not es or en',
    ]);
    // No field path (businessHours.start, customDomains[0]) reaches the interface.
    expect(problems.join('\n')).not.toMatch(/businessHours|customDomains|\[0\]|err[A-Z]/);
    const { timezone: _tz, ...missing } = file.settings;
    expect(problemsOf(() => parseTeamSettingsFile({ ...file, settings: missing }))).toEqual(['Time zone: missing']);
  });

  it('an import that fails changes nothing in storage', async () => {
    await saveSettings(lead);
    const before = await loadSettings();
    try {
      const team = parseTeamSettingsFile({ format: 'tacto-settings', version: 2, settings: { timezone: 'Nowhere/Land' } });
      await saveSettings(applyTeamSettings(before, team));
    } catch {
      // the options page shows the problems
    }
    expect(await loadSettings()).toEqual(before);
  });

  it('an older file (version 1) is migrated before it is read', () => {
    const team = parseTeamSettingsFile({ format: 'tacto-settings', version: 1, settings: { agentAlias: 'x' } });
    const d = defaultSettings();
    expect(team.businessHours).toEqual(d.businessHours);
    expect(team.playbook).toEqual(d.playbook);
  });
});

describe('what the content script reads', () => {
  const s: Settings = {
    ...defaultSettings(),
    timezone: 'Europe/Madrid',
    businessHours: { days: [1, 2, 3, 4], start: '08:00', end: '15:00' },
    holidays: { country: 'ES', region: 'MD', publicDates: ['2026-12-08', '2026-12-25'], publicYears: [2025, 2028], teamDates: ['2026-12-24', '2026-12-25'] },
    minBusinessHours: { low: 20, normal: 10, high: 5, urgent: 1 },
    defaultPriority: 'low',
    disabledRules: ['blame'],
  };

  it('the ticket priority wins; without one, the default priority', () => {
    expect(analysisContextFromSettings(s, 'urgent').priority).toBe('urgent');
    expect(analysisContextFromSettings(s).priority).toBe('low');
    expect(analysisContextFromSettings(s, 'bogus' as never).priority).toBe('low');
  });

  it('passes hours, zone, turnaround and every holiday as explicit dates', () => {
    expect(analysisContextFromSettings(s, 'high')).toEqual({
      timezone: 'Europe/Madrid',
      priority: 'high',
      businessHours: { days: [1, 2, 3, 4], start: '08:00', end: '15:00' },
      holidays: ['2026-12-08', '2026-12-24', '2026-12-25'],
      minBusinessHours: { low: 20, normal: 10, high: 5, urgent: 1 },
      strictness: 'standard',
    });
    const input = analysisInputFromSettings(s);
    expect(input.disabledRules).toEqual(['blame']);
    expect(input.playbook).toBe(s.playbook);
  });

  it('passes the agent\'s strictness (standard by default, picky when chosen; anything else reads as standard)', () => {
    expect(defaultSettings().strictness).toBe('standard');
    expect(analysisContextFromSettings(defaultSettings()).strictness).toBe('standard');
    expect(analysisContextFromSettings({ ...defaultSettings(), strictness: 'picky' }).strictness).toBe('picky');
    expect(normaliseSettings({ ...defaultSettings(), strictness: 'loud' }).strictness).toBe('standard');
    expect(() => validateSettings({ ...defaultSettings(), strictness: 'loud' })).toThrow(SettingsFileError);
  });

  it('keeps the allow-list normalised and without repeats; a value without one reads as empty', () => {
    expect(normaliseSettings({ ...defaultSettings(), allowPhrases: ['  No es POSIBLE. ', 'no es posible', ''] }).allowPhrases).toEqual(['no es posible']);
    const { allowPhrases: _gone, strictness: _also, ...older } = defaultSettings();
    expect(normaliseSettings(older)).toEqual(defaultSettings());
    expect(() => validateSettings({ ...defaultSettings(), allowPhrases: 'no es posible' })).toThrow(SettingsFileError);
  });

  it("an empty time zone means the browser's", () => {
    expect(analysisContextFromSettings(defaultSettings()).timezone).toBe(Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC');
  });

  it('resolves the interface language', () => {
    expect(resolveUiLanguage('browser', 'es-PE')).toBe('es');
    expect(resolveUiLanguage('browser', 'de')).toBe('en');
    expect(resolveUiLanguage('es', 'en-US')).toBe('es');
  });
});

describe('custom domain host names', () => {
  it.each([
    ['support.acme.com', 'support.acme.com'],
    ['  Support.ACME.com ', 'support.acme.com'],
    ['https://support.acme.com/agent/tickets/1', 'support.acme.com'],
    ['helpdesk.acme.co.uk:8443/a/', 'helpdesk.acme.co.uk'],
  ])('%s → %s', (input, host) => expect(parseHost(input)).toEqual({ host }));

  it.each([
    ['http://support.acme.com', 'only https sites can be coached'],
    ['acme', '«acme» is not a domain like support.acme.com'],
    ['acme.zendesk.com', 'acme.zendesk.com is already covered by Tacto'],
    ['mail.google.com', 'mail.google.com is already covered by Tacto'],
    ['', 'the domain is empty'],
    ['1.2.3.4', '«1.2.3.4» is not a domain like support.acme.com'],
  ])('refuses %s, saying why', (input, message) => {
    const r = parseHost(input);
    expect('error' in r && translatorFor('en')(r.error.key, ...r.error.subs)).toBe(message);
  });
});

describe('saving from two contexts at once', () => {
  it('a save another context makes while this one waits for the policy is not lost', async () => {
    // The policy answers late in this context (as Chromium's does just after a start), and
    // the options page saves a change meanwhile: the change made here keeps it.
    let answer!: (value: Record<string, unknown>) => void;
    const storageArea = fakeBrowser.storage as unknown as { managed?: unknown };
    const before = storageArea.managed;
    storageArea.managed = { get: () => new Promise<Record<string, unknown>>((resolve) => (answer = resolve)) };
    vi.resetModules();
    const fresh = await import('@/lib/settings/storage');
    try {
      const mine = fresh.updateSettings((s) => ({ ...s, allowPhrases: [...s.allowPhrases, 'no aceptamos archivos'] }));
      await new Promise((r) => setTimeout(r, 10));
      const item = defineSettingsItem();
      await item.setValue({ ...normaliseSettings(await item.getValue()), defaultPriority: 'high' });
      answer({});
      await mine;
    } finally {
      storageArea.managed = before;
    }
    const after = await loadSettings(0);
    expect(after.allowPhrases).toEqual(['no aceptamos archivos']);
    expect(after.defaultPriority).toBe('high');
  });
});
