/**
 * The options page: the team lead's weekly view of difficult moments, and the
 * settings (hours, holidays, turnaround, playbook, domains). Wiring only.
 */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { Dashboard } from '@/components/dashboard/Dashboard';
import { SourcePicker, type DashboardSource } from '@/components/dashboard/SourcePicker';
import type { LogSource } from '@/lib/log/source';
import { OptionsTabs, type OptionsTab } from '@/components/OptionsTabs';
import { SettingsPanel } from '@/components/settings/SettingsPanel';
import { translatorFor, type Translate } from '@/lib/coach/i18n';
import { browserTeamServerStore } from '@/lib/log/sync/options';
import { browserSettingsStore } from '@/lib/settings/browser-settings-store';
import { loadSettings } from '@/lib/settings/storage';
import { resolveUiLanguage } from '@/lib/settings/ui-language';
import { refreshHolidaysIfStale } from '@/lib/settings/settings-holidays';

// The browser-backed sources the components are given (they touch no browser API themselves).
const settingsStore = browserSettingsStore();
const teamServerStore = browserTeamServerStore();
let logSource: Promise<LogSource> | undefined;
// The log's code (Dexie) is loaded when the dashboard first asks for it, as its own chunk.
const loadLogSource = () => (logSource ??= import('@/lib/log/browser-source').then((m) => m.browserLogSource()));

/** The dashboard over the local log or, when picked and a server is saved, the team's CouchDB. */
function DashboardTab({ t, lang }: { t: Translate; lang: 'es' | 'en' }) {
  const [kind, setKind] = useState<DashboardSource>('local');
  const [team, setTeam] = useState<LogSource | null>(null);
  const [problem, setProblem] = useState('');
  useEffect(() => {
    if (kind !== 'team') return setProblem('');
    loadLogSource()
      .then((local) => teamServerStore.teamSource(local))
      .then(
        (source) => {
          setTeam(source);
          setProblem(source ? '' : t('dashSourceNoServer'));
        },
        (error: unknown) => setProblem(t('dashSourceFailed', String(error))),
      );
  }, [kind]);
  return (
    <>
      <SourcePicker t={t} value={kind} problem={problem} onChange={setKind} />
      {kind === 'local' ? <Dashboard key="local" t={t} lang={lang} loadSource={loadLogSource} /> : team && <Dashboard key="team" t={t} lang={lang} source={team} />}
    </>
  );
}

function App({ t, lang }: { t: Translate; lang: 'es' | 'en' }) {
  const [tab, setTab] = useState<OptionsTab>(location.hash === '#settings' ? 'settings' : 'dashboard');
  const select = (next: OptionsTab) => {
    setTab(next);
    history.replaceState(null, '', `#${next}`);
  };
  return (
    <div class="shell">
      <header>
        <h1>Tacto</h1>
      </header>
      <OptionsTabs t={t} selected={tab} onSelect={select}>
        {tab === 'dashboard' ? <DashboardTab t={t} lang={lang} /> : <SettingsPanel t={t} lang={lang} store={settingsStore} teamServerStore={teamServerStore} />}
      </OptionsTabs>
    </div>
  );
}

// A new year came since the holidays were computed: recompute them (the country's calendar loads only then).
void refreshHolidaysIfStale();
// The interface language: the setting when pinned, else the browser's.
const settings = await loadSettings().catch(() => undefined);
const lang = resolveUiLanguage(settings?.uiLanguage ?? 'browser', browser.i18n.getUILanguage());
document.documentElement.lang = lang;
render(<App t={translatorFor(lang)} lang={lang} />, document.getElementById('app')!);
