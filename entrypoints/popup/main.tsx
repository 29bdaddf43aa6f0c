/**
 * The toolbar popup (wiring only): asks the tab's content script what Tacto does there
 * (lib/coach/control/tab-state.ts), reads the settings and permissions for the reasons it is not
 * active, writes pauses, and opens the options page.
 *
 * `popup.html?tab=<id>` describes that tab instead of the active one: the end-to-end tests
 * open the popup page in a tab of its own (a test cannot click the browser's toolbar), where
 * the active tab would be the popup itself.
 */
import { render } from 'preact';
import { Popup } from '@/components/popup/Popup';
import { ADAPTERS } from '@/lib/helpdesk/adapters/registry';
import { activePause, formatPauseEnd, pauseEnd, withoutPause, withPause, type PauseDuration, type PauseScope } from '@/lib/coach/control/pause';
import { updatePause } from '@/lib/coach/control/pause-storage';
import { describeTab, helpdeskForUrl, TAB_STATE_QUERY, type TabReport, type TabState } from '@/lib/coach/control/tab-state';
import { HELPDESK_PATTERNS, hostGranted } from '@/lib/helpdesk/custom-domains';
import { translatorFor } from '@/lib/coach/i18n';
import { loadSettings } from '@/lib/settings/storage';
import { resolveUiLanguage } from '@/lib/settings/ui-language';

async function targetTab(): Promise<number | undefined> {
  const asked = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(asked) && asked > 0) return asked;
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active?.id;
}

async function readTab(tabId: number | undefined): Promise<TabState> {
  const settings = await loadSettings();
  let report: TabReport | null = null;
  let host: string | undefined;
  let url: string | undefined;
  if (tabId !== undefined) {
    // No content script there (not a helpdesk, or not granted) rejects: that is an answer too.
    report = ((await browser.tabs.sendMessage(tabId, { type: TAB_STATE_QUERY }).catch(() => null)) as TabReport | null) ?? null;
    // The URL is visible with activeTab (the toolbar click) or a granted host; otherwise undefined.
    url = await browser.tabs.get(tabId).then((tab) => tab.url, () => undefined);
    try {
      host = url && /^https?:/.test(url) ? new URL(url).hostname : undefined;
    } catch {
      host = undefined;
    }
  }
  const customDomain = host !== undefined && settings.customDomains.some((d) => d.host === host);
  const patterns = [
    ...ADAPTERS.flatMap((a) => a.matches.map((pattern) => ({ helpdesk: a.id, pattern }))),
    ...settings.customDomains.map((d) => ({ helpdesk: d.helpdesk, pattern: `https://${d.host}${HELPDESK_PATTERNS[d.helpdesk].path}` })),
  ];
  return describeTab({
    report,
    host,
    helpdeskForHost: url ? helpdeskForUrl(url, patterns) : undefined,
    customDomain,
    granted: customDomain ? await hostGranted(host!).catch(() => false) : false,
  });
}

const settings = await loadSettings().catch(() => undefined);
const lang = resolveUiLanguage(settings?.uiLanguage ?? 'browser', browser.i18n.getUILanguage());
document.documentElement.lang = lang;
const t = translatorFor(lang);
const tabId = await targetTab();
const root = document.getElementById('app')!;

function show(state: TabState) {
  const here = state.place ?? { host: '' };
  const afterPause = (next: Parameters<typeof activePause>[0]) => {
    const pause = activePause(next, here, Date.now());
    show(pause ? { ...state, state: 'paused', pause } : { ...state, state: state.state === 'paused' ? 'active' : state.state, pause: undefined });
  };
  render(
    <Popup
      t={t}
      state={state}
      formatTime={(until) => formatPauseEnd(until, new Date(), lang)}
      onPause={(scope: PauseScope, duration: PauseDuration) =>
        void updatePause((current, now) => withPause(current, scope, here, pauseEnd(duration, new Date(now)), now)).then(afterPause)
      }
      onResume={() => void updatePause((current, now) => withoutPause(current, here, now)).then(afterPause)}
      onOpen={(section) => void browser.tabs.create({ url: browser.runtime.getURL(`/options.html#${section}`) }).then(() => window.close())}
    />,
    root,
  );
}

show(await readTab(tabId));
