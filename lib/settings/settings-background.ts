/**
 * The background's part in the settings: keeps the custom-domain content scripts in step
 * with the settings and the granted permissions — at every worker start, when a permission
 * is granted or revoked (also from the browser's own extension page), and when the settings
 * change. Call `startCustomDomainMaintenance()` synchronously in the background's main, so
 * the listeners are there when an event wakes the worker. (Stale public holidays are
 * recomputed by the options page, `refreshHolidaysIfStale()` in settings-holidays.ts, so the
 * background does not carry the holiday library.)
 */
import { browser } from 'wxt/browser';
import { syncCustomDomainScripts } from '../helpdesk/custom-domains';
import { loadSettings, watchSettings } from './storage';

export function startCustomDomainMaintenance(): void {
  const sync = () =>
    loadSettings()
      .then(syncCustomDomainScripts)
      .catch((error: unknown) => console.warn('[Tacto] custom domains: sync failed', error));
  browser.permissions.onAdded.addListener(() => void sync());
  browser.permissions.onRemoved.addListener(() => void sync());
  watchSettings((settings) => void syncCustomDomainScripts(settings).catch(() => undefined));
  void sync();
}
