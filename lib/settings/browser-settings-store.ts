/** The SettingsStore of the options page: browser storage, permissions, scripting, holidays and downloads. */
import { hostGranted, removeHost, requestHost, syncCustomDomainScripts } from '../helpdesk/custom-domains';
import { downloadText } from '../log/download';
import { listCountries, listRegions, withPublicHolidays } from './settings-holidays';
import type { SettingsStore } from './settings-store';
import { loadManagedSettings, loadSettings, saveSettings, watchSettings } from './storage';

export function supportedTimeZones(): string[] {
  const intl = Intl as typeof Intl & { supportedValuesOf?: (key: string) => string[] };
  try {
    return intl.supportedValuesOf?.('timeZone') ?? [];
  } catch {
    return [];
  }
}

export function browserSettingsStore(): SettingsStore {
  return {
    load: loadSettings,
    save: saveSettings,
    watch: watchSettings,
    requestHost,
    hostGranted,
    removeHost,
    syncDomains: syncCustomDomainScripts,
    countries: listCountries,
    regions: listRegions,
    withPublicHolidays: (holidays) => withPublicHolidays(holidays),
    download: (filename, text, type) => downloadText(filename, type, text),
    timeZones: supportedTimeZones,
    managed: loadManagedSettings,
  };
}

