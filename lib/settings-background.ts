/**
 * The background's part in the settings: keeps the custom-domain content scripts in step
 * with the settings and the granted permissions (at every worker start, when a permission
 * is granted or revoked — also from the browser's own extension page — and when the
 * settings change), and recomputes stale public-holiday dates (a new year came).
 *
 * Call `startSettingsMaintenance()` synchronously in the background's main, so the
 * listeners are there when an event wakes the worker.
 */
import { browser } from 'wxt/browser';
import { syncCustomDomainScripts } from './custom-domains';
import { loadSettings, updateSettings, watchSettings } from './settings';
import { publicHolidaysStale, withPublicHolidays } from './settings-holidays';

export function startSettingsMaintenance(): void {
  const sync = () =>
    loadSettings()
      .then(syncCustomDomainScripts)
      .catch((error: unknown) => console.warn('[Tacto] custom domains: sync failed', error));
  browser.permissions.onAdded.addListener(() => void sync());
  browser.permissions.onRemoved.addListener(() => void sync());
  watchSettings((settings) => void syncCustomDomainScripts(settings).catch(() => undefined));
  void sync();
  void refreshHolidays();
}

async function refreshHolidays(now = new Date()): Promise<void> {
  try {
    const settings = await loadSettings();
    if (!publicHolidaysStale(settings, now)) return;
    await updateSettings((s) => ({ ...s, holidays: withPublicHolidays(s.holidays, now) }));
  } catch (error) {
    console.warn('[Tacto] holidays: refresh failed', error);
  }
}
