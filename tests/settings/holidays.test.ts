/** Public holidays precomputed for the settings (each country's calendar loaded when needed; options page only). */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultSettings } from '@/lib/settings/defaults';
import { loadSettings, saveSettings } from '@/lib/settings/storage';
import { computePublicHolidays, holidayYears, listCountries, listRegions, publicHolidaysStale, refreshHolidaysIfStale, withPublicHolidays } from '@/lib/settings/settings-holidays';

describe('public holidays', () => {
  it('lists countries and regions by name', () => {
    const countries = Object.fromEntries(listCountries('es'));
    expect(countries.PE).toBe('Perú');
    expect(Object.fromEntries(listRegions('ES', 'es')).MD).toBe('Comunidad de Madrid');
    expect(listRegions('', 'en')).toEqual([]);
  });

  it('computes national and regional public days over the years around now', async () => {
    const now = new Date('2026-11-20T12:00:00Z');
    expect(holidayYears(now)).toEqual([2025, 2028]);
    const pe = await computePublicHolidays('PE', '', [2026, 2026]);
    expect(pe).toContain('2026-12-08');
    expect(pe).toContain('2026-07-28');
    const madrid = await computePublicHolidays('ES', 'MD', [2026, 2026]);
    expect(madrid).toContain('2026-05-02'); // Fiesta de la Comunidad de Madrid
    expect(await computePublicHolidays('ES', '', [2026, 2026])).not.toContain('2026-05-02');
    const h = await withPublicHolidays({ ...defaultSettings().holidays, country: 'PE' }, now);
    expect(h.publicYears).toEqual([2025, 2028]);
    expect(h.publicDates).toContain('2028-12-25');
  });

  it('says when the dates need recomputing', () => {
    const now = new Date('2026-11-20T12:00:00Z');
    const s = defaultSettings();
    expect(publicHolidaysStale(s, now)).toBe(false);
    expect(publicHolidaysStale({ ...s, holidays: { ...s.holidays, country: 'PE' } }, now)).toBe(true);
    expect(publicHolidaysStale({ ...s, holidays: { ...s.holidays, country: 'PE', publicYears: [2025, 2028] } }, now)).toBe(false);
    expect(publicHolidaysStale({ ...s, holidays: { ...s.holidays, country: 'PE', publicYears: [2025, 2028] } }, new Date('2027-06-01T00:00:00Z'))).toBe(true);
  });
});

describe('a new year', () => {
  it('brings its public holidays when the options page opens (refreshHolidaysIfStale)', async () => {
    const computedIn2026 = await withPublicHolidays({ ...defaultSettings().holidays, country: 'PE' }, new Date('2026-06-01T12:00:00Z'));
    await saveSettings({ ...defaultSettings(), holidays: computedIn2026 });
    expect(computedIn2026.publicDates).not.toContain('2029-12-08');
    // Later the same year: still covered, nothing to do.
    expect(await refreshHolidaysIfStale(new Date('2026-12-01T12:00:00Z'))).toBe(false);
    // In January 2027 the stored years (2025–2028) no longer reach two years ahead: recomputed.
    expect(await refreshHolidaysIfStale(new Date('2027-01-02T12:00:00Z'))).toBe(true);
    const after = (await loadSettings()).holidays;
    expect(after.publicYears).toEqual([2026, 2029]);
    expect(after.publicDates).toContain('2029-12-08');
  });
});

describe('the calendar loaded per country', () => {
  afterEach(() => {
    vi.doUnmock('@/lib/settings/holiday-calendar');
    vi.resetModules();
  });

  it('gives no dates for a country date-holidays does not know, as before', async () => {
    expect(await computePublicHolidays('XX', '', [2026, 2027])).toEqual([]);
    expect(await computePublicHolidays('constructor', '', [2026, 2027])).toEqual([]);
    expect((await withPublicHolidays({ ...defaultSettings().holidays, country: 'XX' }, new Date('2026-06-01T12:00:00Z'))).publicYears).toEqual([2025, 2028]);
    expect(listRegions('constructor', 'es')).toEqual([]);
  });

  it('when it cannot load: the place is kept without dates or years, and a refresh keeps the dates stored', async () => {
    const stored = await withPublicHolidays({ ...defaultSettings().holidays, country: 'PE' }, new Date('2026-06-01T12:00:00Z'));
    vi.resetModules();
    vi.doMock('@/lib/settings/holiday-calendar', () => {
      throw new Error('chunk failed to load');
    });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const holidays = await import('@/lib/settings/settings-holidays');
    const storage = await import('@/lib/settings/storage');
    await expect(holidays.computePublicHolidays('ES', '', [2026, 2026])).rejects.toThrow();
    const chosen = await holidays.withPublicHolidays({ ...defaultSettings().holidays, country: 'ES', region: 'MD' }, new Date('2026-06-01T12:00:00Z'));
    expect(chosen).toMatchObject({ country: 'ES', region: 'MD', publicDates: [], publicYears: null });
    await storage.saveSettings({ ...defaultSettings(), holidays: stored });
    expect(await holidays.refreshHolidaysIfStale(new Date('2027-01-02T12:00:00Z'))).toBe(false);
    expect((await storage.loadSettings()).holidays).toEqual(stored);
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });

  it('a refresh does not overwrite a place changed while it computed', async () => {
    const computedIn2026 = await withPublicHolidays({ ...defaultSettings().holidays, country: 'PE' }, new Date('2026-06-01T12:00:00Z'));
    const mexico = await withPublicHolidays({ ...defaultSettings().holidays, country: 'MX' }, new Date('2027-01-02T12:00:00Z'));
    // The calendar's chunk arrives only when the test lets it.
    let arrive = () => {};
    const arrived = new Promise<void>((resolve) => (arrive = resolve));
    vi.resetModules();
    vi.doMock('@/lib/settings/holiday-calendar', async () => {
      await arrived;
      return vi.importActual('@/lib/settings/holiday-calendar');
    });
    const holidays = await import('@/lib/settings/settings-holidays');
    const storage = await import('@/lib/settings/storage');
    await storage.saveSettings({ ...defaultSettings(), holidays: computedIn2026 });
    const refreshing = holidays.refreshHolidaysIfStale(new Date('2027-01-02T12:00:00Z'));
    await new Promise((r) => setTimeout(r, 20));
    // Meanwhile the lead picks Mexico on the settings tab.
    await storage.saveSettings({ ...defaultSettings(), holidays: mexico });
    arrive();
    expect(await refreshing).toBe(true);
    expect((await storage.loadSettings()).holidays).toEqual(mexico);
  });
});
