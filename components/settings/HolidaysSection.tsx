/**
 * Holidays: the country and region whose public holidays close the team (computed by the
 * store, which loads that country's calendar first), and the team's own closed dates.
 */
import { useMemo, useRef, useState } from 'preact/hooks';
import type { Lang } from '@/lib/analysis/types';
import type { Translate } from '@/lib/coach/i18n';
import type { SettingsStore } from '@/lib/settings/settings-store';
import type { Settings } from '@/lib/settings/types';
import { isValidDate } from '@/lib/settings/validation';
import type { SetSetting } from './useSettingsForm';

interface Props {
  t: Translate;
  lang: Lang;
  settings: Settings;
  set: SetSetting;
  store: Pick<SettingsStore, 'countries' | 'regions' | 'withPublicHolidays'>;
}

const value = (e: Event) => (e.currentTarget as HTMLInputElement).value;

export function HolidaysSection({ t, lang, settings, set, store }: Props) {
  const [newDate, setNewDate] = useState('');
  // The place chosen while its calendar loads: shown at once, saved with its dates.
  const [pending, setPending] = useState<{ country: string; region: string } | null>(null);
  const latest = useRef({ settings, set });
  latest.current = { settings, set };
  const choice = useRef(0);
  const holidays = settings.holidays;
  const place = pending ?? holidays;
  const countries = useMemo(() => store.countries(lang), [store, lang]);
  const regions = useMemo(() => (place.country ? store.regions(place.country, lang) : []), [store, lang, place.country]);

  const setPlace = (country: string, region: string) => {
    const chosen = { country, region: country ? region : '' };
    const id = ++choice.current;
    setPending(chosen);
    void store.withPublicHolidays({ ...holidays, ...chosen }).then((computed) => {
      if (id !== choice.current) return; // a later choice wins
      setPending(null);
      // Saved over the settings as they are now (the team's dates may have changed meanwhile).
      const now = latest.current;
      now.set('holidays', { ...now.settings.holidays, ...chosen, publicDates: computed.publicDates, publicYears: computed.publicYears });
    });
  };
  const addTeamDate = () => {
    if (!isValidDate(newDate)) return;
    set('holidays', { ...holidays, teamDates: [...new Set([...holidays.teamDates, newDate])].sort() });
    setNewDate('');
  };
  const upcoming = holidays.publicDates.filter((d) => d >= new Date().toISOString().slice(0, 10)).slice(0, 4);

  return (
    <section class="set-section" data-section="holidays" aria-labelledby="set-holidays-title" aria-busy={pending ? 'true' : undefined}>
      <h2 id="set-holidays-title">{t('setHolidaysTitle')}</h2>
      <div class="set-row">
        <label>
          {t('setCountry')}
          <select name="holidaysCountry" value={place.country} onChange={(e) => setPlace(value(e), '')}>
            <option value="">{t('setNoCountry')}</option>
            {countries.map(([code, name]) => (
              <option key={code} value={code}>
                {name}
              </option>
            ))}
          </select>
        </label>
        {regions.length > 0 && (
          <label>
            {t('setRegion')}
            <select name="holidaysRegion" value={place.region} onChange={(e) => setPlace(place.country, value(e))}>
              <option value="">{t('setWholeCountry')}</option>
              {regions.map(([code, name]) => (
                <option key={code} value={code}>
                  {name}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      {holidays.country && !pending && (
        <p class="set-help" data-public-holidays={String(holidays.publicDates.length)}>
          {t('setPublicHolidays', String(holidays.publicDates.length))} {upcoming.length > 0 && `${t('setNext')} ${upcoming.join(', ')}`}
        </p>
      )}
      <h3>{t('setTeamDates')}</h3>
      <div class="set-row">
        <input type="date" name="teamHoliday" aria-label={t('setTeamDates')} value={newDate} onInput={(e) => setNewDate(value(e))} />
        <button type="button" data-action="add-holiday" disabled={!isValidDate(newDate)} onClick={addTeamDate}>
          {t('setAdd')}
        </button>
      </div>
      <ul class="set-dates">
        {holidays.teamDates.map((d) => (
          <li key={d} data-date={d}>
            {d}{' '}
            <button type="button" data-action="remove-holiday" aria-label={t('setRemoveDate', d)} onClick={() => set('holidays', { ...holidays, teamDates: holidays.teamDates.filter((x) => x !== d) })}>
              ×
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
