/**
 * The options page: the team lead's weekly view of difficult moments, and the
 * settings (hours, holidays, turnaround, playbook, domains). Wiring only.
 */
import { render } from 'preact';
import { useState } from 'preact/hooks';
import { Dashboard } from '@/components/dashboard/Dashboard';
import { OptionsTabs, type OptionsTab } from '@/components/OptionsTabs';
import { SettingsPanel } from '@/components/settings/SettingsPanel';
import { translatorFor, type Translate } from '@/lib/i18n';
import { loadSettings, resolveUiLanguage } from '@/lib/settings';
import { refreshHolidaysIfStale } from '@/lib/settings-holidays';

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
        {tab === 'dashboard' ? <Dashboard t={t} lang={lang} /> : <SettingsPanel t={t} lang={lang} />}
      </OptionsTabs>
    </div>
  );
}

// A new year came since the holidays were computed: recompute them (the library lives here).
void refreshHolidaysIfStale();
// The interface language: the setting when pinned, else the browser's.
const settings = await loadSettings().catch(() => undefined);
const lang = resolveUiLanguage(settings?.uiLanguage ?? 'browser', browser.i18n.getUILanguage());
document.documentElement.lang = lang;
render(<App t={translatorFor(lang)} lang={lang} />, document.getElementById('app')!);
