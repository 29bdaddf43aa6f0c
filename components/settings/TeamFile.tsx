/**
 * The team settings file: export the team's part of the settings, import a lead's file
 * (validated; public holidays recomputed for this year; custom domains registered).
 */
import { useState } from 'preact/hooks';
import type { Translate } from '@/lib/coach/i18n';
import { problemTexts } from '@/lib/settings/problems';
import type { SettingsStore } from '@/lib/settings/settings-store';
import { applyTeamSettings, exportTeamSettings, parseTeamSettingsFile } from '@/lib/settings/team-file';
import type { Settings } from '@/lib/settings/types';

interface Props {
  t: Translate;
  settings: Settings;
  store: Pick<SettingsStore, 'save' | 'withPublicHolidays' | 'syncDomains' | 'download'>;
  /** The imported settings, saved: the form shows them as its own. */
  onImported(saved: Settings): void;
}

export function TeamFile({ t, settings, store, onImported }: Props) {
  const [errors, setErrors] = useState<string[]>([]);
  const [status, setStatus] = useState('');

  const importTeam = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setStatus('');
    let team;
    try {
      team = parseTeamSettingsFile(await file.text());
    } catch (error) {
      setErrors(problemTexts(error, t));
      return;
    }
    // Public holidays are recomputed here (the file may come from an older year).
    const next = applyTeamSettings(settings, { ...team, holidays: await store.withPublicHolidays(team.holidays) });
    try {
      await store.save(next);
    } catch (error) {
      setErrors(problemTexts(error, t));
      return;
    }
    onImported(next);
    setErrors([]);
    await store.syncDomains(next).catch(() => []);
    setStatus(t('setTeamImported', file.name));
  };

  return (
    <section class="set-section" data-section="team" aria-labelledby="set-team-title">
      <h2 id="set-team-title">{t('setTeamTitle')}</h2>
      <p class="set-help">{t('setTeamHelp')}</p>
      <div class="set-row">
        <button
          type="button"
          data-action="export-settings"
          onClick={() => store.download('tacto-team-settings.json', `${JSON.stringify(exportTeamSettings(settings), null, 2)}\n`, 'application/json')}
        >
          {t('setTeamExport')}
        </button>
        <label class="set-file">
          {t('setTeamImport')}
          <input type="file" name="settingsImport" accept=".json,application/json" onChange={importTeam} />
        </label>
      </div>
      {errors.length > 0 && (
        <div role="alert" class="set-error" data-error-for="team">
          <strong>{t('setTeamImportFailed')}</strong>
          <ul>
            {errors.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}
      {status && errors.length === 0 && (
        <p role="status" class="set-status">
          {status}
        </p>
      )}
    </section>
  );
}
