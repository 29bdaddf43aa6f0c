/** The agent's own: the alias in the log, the interface language and how long the log is kept. */
import type { Translate } from '@/lib/coach/i18n';
import { RETENTION_WEEKS, UI_LANGUAGES, type Settings } from '@/lib/settings/types';
import type { SetSetting } from './useSettingsForm';

interface Props {
  t: Translate;
  settings: Settings;
  set: SetSetting;
}

const value = (e: Event) => (e.currentTarget as HTMLInputElement).value;

export function YouSection({ t, settings, set }: Props) {
  return (
    <section class="set-section" data-section="you" aria-labelledby="set-you-title">
      <h2 id="set-you-title">{t('setYouTitle')}</h2>
      <div class="set-row">
        <label>
          {t('setAlias')}
          <input name="agentAlias" maxLength={40} value={settings.agentAlias} onChange={(e) => set('agentAlias', value(e))} />
        </label>
        <label>
          {t('setUiLanguage')}
          <select name="uiLanguage" value={settings.uiLanguage} onChange={(e) => set('uiLanguage', value(e) as Settings['uiLanguage'])}>
            {UI_LANGUAGES.map((l) => (
              <option key={l} value={l}>
                {t(`setUiLanguage_${l}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('setRetention')}
          <input
            type="number"
            name="retentionWeeks"
            min={String(RETENTION_WEEKS.min)}
            max={String(RETENTION_WEEKS.max)}
            step="1"
            value={String(settings.retentionWeeks)}
            onChange={(e) => set('retentionWeeks', Number(value(e)))}
          />
        </label>
      </div>
      <p class="set-help">{t('setYouHelp')}</p>
    </section>
  );
}
