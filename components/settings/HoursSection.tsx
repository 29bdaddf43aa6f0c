/** The team's business hours: open days, opening and closing time, and the time zone. */
import { useMemo } from 'preact/hooks';
import type { Lang } from '@/lib/analysis/types';
import type { Translate } from '@/lib/coach/i18n';
import type { SettingsStore } from '@/lib/settings/settings-store';
import type { Settings } from '@/lib/settings/types';
import type { SetSetting } from './useSettingsForm';

interface Props {
  t: Translate;
  lang: Lang;
  settings: Settings;
  set: SetSetting;
  /** Where the time zones to offer come from. */
  store: Pick<SettingsStore, 'timeZones'>;
}

const DAYS = [1, 2, 3, 4, 5, 6, 7];

function weekdayName(day: number, lang: Lang): string {
  // 2024-01-01 was a Monday (ISO day 1).
  return new Date(Date.UTC(2024, 0, day)).toLocaleDateString(lang, { weekday: 'short', timeZone: 'UTC' });
}

const value = (e: Event) => (e.currentTarget as HTMLInputElement).value;

export function HoursSection({ t, lang, settings, set, store }: Props) {
  const zones = useMemo(() => store.timeZones(), [store]);
  const hours = settings.businessHours;
  return (
    <section class="set-section" data-section="hours" aria-labelledby="set-hours-title">
      <h2 id="set-hours-title">{t('setHoursTitle')}</h2>
      <p class="set-help">{t('setHoursHelp')}</p>
      <fieldset class="set-days">
        <legend>{t('setDays')}</legend>
        {DAYS.map((day) => (
          <label key={day}>
            <input
              type="checkbox"
              name="businessDay"
              value={String(day)}
              checked={hours.days.includes(day)}
              onChange={(e) => {
                const days = (e.currentTarget as HTMLInputElement).checked ? [...hours.days, day] : hours.days.filter((d) => d !== day);
                set('businessHours', { ...hours, days: [...new Set(days)].sort((a, b) => a - b) });
              }}
            />
            {weekdayName(day, lang)}
          </label>
        ))}
      </fieldset>
      <div class="set-row">
        <label>
          {t('setOpens')}
          <input type="time" name="businessHoursStart" value={hours.start} onChange={(e) => set('businessHours', { ...hours, start: value(e) })} />
        </label>
        <label>
          {t('setCloses')}
          <input type="time" name="businessHoursEnd" value={hours.end === '24:00' ? '23:59' : hours.end} onChange={(e) => set('businessHours', { ...hours, end: value(e) === '23:59' ? '24:00' : value(e) })} />
        </label>
        <label>
          {t('setTimezone')}
          <select name="timezone" value={settings.timezone} onChange={(e) => set('timezone', value(e))}>
            <option value="">{t('setTimezoneBrowser', Intl.DateTimeFormat().resolvedOptions().timeZone)}</option>
            {zones.map((z) => (
              <option key={z} value={z}>
                {z}
              </option>
            ))}
            {settings.timezone && !zones.includes(settings.timezone) && <option value={settings.timezone}>{settings.timezone}</option>}
          </select>
        </label>
      </div>
    </section>
  );
}
