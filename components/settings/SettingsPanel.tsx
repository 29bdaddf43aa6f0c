/**
 * The settings tab of the options page. Every change is validated and saved at once
 * (a field that does not validate shows why, in role="alert", and nothing is saved);
 * the helpdesk pages pick the change up through storage events. This file lays the
 * sections out and wraps the ones the organisation's policy fixes in `Managed`; the form's
 * state is `useSettingsForm`, each section its own component:
 *
 *   SettingsPanel ─┬─ HoursSection ─ HolidaysSection ─ TurnaroundSection
 *                  ├─ CoachingSection (rules, helpdesks) ─ AgentControls ─ YouSection
 *                  ├─ TeamFile (export / import) ─ TeamServer
 *                  ├─ PlaybookEditor
 *                  └─ CustomDomains
 *
 * Browser access goes through `store` (the SettingsStore interface, lib/settings/settings-store.ts),
 * which the options page creates and passes in, so this stays plain Preact.
 */
import type { Lang, Playbook } from '@/lib/analysis/types';
import type { Translate } from '@/lib/coach/i18n';
import type { TeamServerStore } from '@/lib/log/sync/options';
import type { SettingsStore } from '@/lib/settings/settings-store';
import { AgentControls } from './AgentControls';
import { CoachingSection } from './CoachingSection';
import { CustomDomains } from './CustomDomains';
import { HolidaysSection } from './HolidaysSection';
import { HoursSection } from './HoursSection';
import { Managed } from './Managed';
import { PlaybookEditor } from './PlaybookEditor';
import { TeamFile } from './TeamFile';
import { TeamServer } from './TeamServer';
import { TurnaroundSection } from './TurnaroundSection';
import { useSettingsForm, type SetSetting } from './useSettingsForm';
import { YouSection } from './YouSection';
import './settings.css';

interface Props {
  t: Translate;
  lang: Lang;
  store: SettingsStore;
  /** The «Team server» section's store (the options page passes the browser's); none hides it. */
  teamServerStore?: TeamServerStore;
}

export function SettingsPanel({ t, lang, store, teamServerStore }: Props) {
  const { settings, problems, status, managed, teamPhrases, commit, adopt } = useSettingsForm(store, t);
  if (!settings) return <p class="set-loading">{t('setLoading')}</p>;

  const set: SetSetting = (key, value) => void commit({ ...settings, [key]: value });
  const onPlaybook = (playbook: Playbook) => commit({ ...settings, playbook });

  return (
    <div class="set-panel" data-tacto="settings">
      <div class="set-feedback" aria-live="polite">
        {problems.length > 0 && (
          <div role="alert" class="set-error" data-error-for="settings">
            <strong>{t('setNotSaved')}</strong>
            <ul>
              {problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          </div>
        )}
        {status && problems.length === 0 && (
          <p role="status" class="set-status" data-status="settings">
            {status}
          </p>
        )}
      </div>

      <Managed t={t} keys={['timezone', 'businessHours']} managed={managed}>
        <HoursSection t={t} lang={lang} settings={settings} set={set} store={store} />
      </Managed>
      <HolidaysSection t={t} lang={lang} settings={settings} set={set} store={store} />
      <Managed t={t} keys={['minBusinessHours', 'defaultPriority']} managed={managed}>
        <TurnaroundSection t={t} settings={settings} set={set} />
      </Managed>
      <Managed t={t} keys={['helpdesks', 'disabledRules']} managed={managed}>
        <CoachingSection t={t} settings={settings} set={set} />
      </Managed>
      <AgentControls t={t} settings={settings} commit={commit} teamPhrases={teamPhrases} />
      <YouSection t={t} settings={settings} set={set} />
      <TeamFile t={t} settings={settings} store={store} onImported={adopt} />
      {teamServerStore && <TeamServer t={t} store={teamServerStore} />}
      <Managed t={t} keys={['playbook']} managed={managed}>
        <PlaybookEditor t={t} lang={lang} playbook={settings.playbook} onChange={onPlaybook} download={store.download} />
      </Managed>
      <Managed t={t} keys={['customDomains']} managed={managed}>
        <CustomDomains t={t} settings={settings} store={store} commit={commit} />
      </Managed>
    </div>
  );
}
