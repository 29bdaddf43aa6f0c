/** Public holidays precomputed for the settings (date-holidays, options page/background only). */
import { describe, expect, it } from 'vitest';
import { defaultSettings } from '@/lib/settings';
import { computePublicHolidays, holidayYears, listCountries, listRegions, publicHolidaysStale, withPublicHolidays } from '@/lib/settings-holidays';

describe('public holidays', () => {
  it('lists countries and regions by name', () => {
    const countries = Object.fromEntries(listCountries('es'));
    expect(countries.PE).toBe('Perú');
    expect(Object.fromEntries(listRegions('ES', 'es')).MD).toBe('Comunidad de Madrid');
    expect(listRegions('', 'en')).toEqual([]);
  });

  it('computes national and regional public days over the years around now', () => {
    const now = new Date('2026-11-20T12:00:00Z');
    expect(holidayYears(now)).toEqual([2025, 2028]);
    const pe = computePublicHolidays('PE', '', [2026, 2026]);
    expect(pe).toContain('2026-12-08');
    expect(pe).toContain('2026-07-28');
    const madrid = computePublicHolidays('ES', 'MD', [2026, 2026]);
    expect(madrid).toContain('2026-05-02'); // Fiesta de la Comunidad de Madrid
    expect(computePublicHolidays('ES', '', [2026, 2026])).not.toContain('2026-05-02');
    const h = withPublicHolidays({ ...defaultSettings().holidays, country: 'PE' }, now);
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
