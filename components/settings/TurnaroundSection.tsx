/** The team's real turnaround: the fewest business hours a promise needs per priority, and the default priority. */
import type { Priority } from '@/lib/analysis/types';
import type { Translate } from '@/lib/coach/i18n';
import { PRIORITIES, type Settings } from '@/lib/settings/types';
import type { SetSetting } from './useSettingsForm';

interface Props {
  t: Translate;
  settings: Settings;
  set: SetSetting;
}

const value = (e: Event) => (e.currentTarget as HTMLInputElement).value;

export function TurnaroundSection({ t, settings, set }: Props) {
  return (
    <section class="set-section" data-section="turnaround" aria-labelledby="set-turnaround-title">
      <h2 id="set-turnaround-title">{t('setTurnaroundTitle')}</h2>
      <p class="set-help">{t('setTurnaroundHelp')}</p>
      <div class="set-row">
        {PRIORITIES.map((p) => (
          <label key={p}>
            {t(`setPriority_${p}`)}
            <input
              type="number"
              name={`minBusinessHours.${p}`}
              min="0"
              step="0.5"
              value={String(settings.minBusinessHours[p])}
              onChange={(e) => {
                const n = value(e).trim() === '' ? NaN : Number(value(e));
                set('minBusinessHours', { ...settings.minBusinessHours, [p]: n });
              }}
            />
          </label>
        ))}
      </div>
      <label>
        {t('setDefaultPriority')}
        <select name="defaultPriority" value={settings.defaultPriority} onChange={(e) => set('defaultPriority', value(e) as Priority)}>
          {PRIORITIES.map((p) => (
            <option key={p} value={p}>
              {t(`setPriority_${p}`)}
            </option>
          ))}
        </select>
      </label>
      <p class="set-help">{t('setDefaultPriorityHelp')}</p>
    </section>
  );
}
