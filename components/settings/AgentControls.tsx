/**
 * The agent's own say over coaching: strictness (standard / picky) and the personal
 * allow-list of phrases Tacto never flags (filled by "Never flag this phrase" in the
 * sidebar, edited here). Saved through the settings panel's `commit`.
 */
import { useState } from 'preact/hooks';
import { addAllowPhrase, normalisePhrase } from '@/lib/coach/control/dismissals';
import type { Translate } from '@/lib/coach/i18n';
import { STRICTNESS_LEVELS, type Settings } from '@/lib/settings/types';

interface Props {
  t: Translate;
  settings: Settings;
  commit(next: Settings): Promise<boolean>;
  /** The organisation's allow-list (policy): shown read-only, not removable here. */
  teamPhrases?: readonly string[];
}

export function AgentControls({ t, settings, commit, teamPhrases = [] }: Props) {
  const [phrase, setPhrase] = useState('');
  const add = async () => {
    if (!normalisePhrase(phrase)) return;
    if (await commit({ ...settings, allowPhrases: addAllowPhrase(settings.allowPhrases, phrase) })) setPhrase('');
  };
  return (
    <section class="set-section" data-section="allow-list" aria-labelledby="set-allow-title">
      <h2 id="set-allow-title">{t('setAllowTitle')}</h2>
      <label>
        {t('setStrictness')}
        <select name="strictness" value={settings.strictness} onChange={(e) => void commit({ ...settings, strictness: (e.currentTarget as HTMLSelectElement).value as Settings['strictness'] })}>
          {STRICTNESS_LEVELS.map((level) => (
            <option key={level} value={level}>
              {t(`setStrictness_${level}`)}
            </option>
          ))}
        </select>
      </label>
      <p class="set-help">{t('setStrictnessHelp')}</p>
      <h3>{t('setAllowPhrases')}</h3>
      <p class="set-help">{t('setAllowHelp')}</p>
      <form
        class="set-row"
        onSubmit={(e) => {
          e.preventDefault();
          void add();
        }}
      >
        <input name="allowPhrase" aria-label={t('setAllowPhrases')} maxLength={200} value={phrase} onInput={(e) => setPhrase((e.currentTarget as HTMLInputElement).value)} />
        <button type="submit" data-action="add-allow-phrase" disabled={!normalisePhrase(phrase)}>
          {t('setAdd')}
        </button>
      </form>
      {settings.allowPhrases.length === 0 ? (
        <p class="set-help" data-allow-empty="true">{t('setAllowEmpty')}</p>
      ) : (
        <ul class="set-dates" data-list="allow-phrases">
          {settings.allowPhrases.map((p) =>
            teamPhrases.includes(p) ? (
              <li key={p} data-phrase={p} data-managed="true" title={t('setManagedNote')}>
                {p} <span class="set-help">({t('setAllowTeam')})</span>
              </li>
            ) : (
            <li key={p} data-phrase={p}>
              {p}{' '}
              <button
                type="button"
                data-action="remove-allow-phrase"
                aria-label={t('setAllowRemove', p)}
                onClick={() => void commit({ ...settings, allowPhrases: settings.allowPhrases.filter((x) => x !== p) })}
              >
                ×
              </button>
            </li>
            ),
          )}
        </ul>
      )}
      {settings.teamAllowPhrases.length > 0 && (
        <>
          <h3>{t('setTeamAllowPhrases')}</h3>
          <p class="set-help">{t('setTeamAllowHelp')}</p>
          <ul class="set-dates" data-list="team-allow-phrases">
            {settings.teamAllowPhrases.map((p) => (
              <li key={p} data-phrase={p} data-team="true">
                {p}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
