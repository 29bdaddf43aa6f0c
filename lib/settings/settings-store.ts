/**
 * What the settings panel needs from the browser, behind one interface, so that the
 * Preact components under components/settings stay free of browser APIs (and testable
 * with a fake). `browserSettingsStore()` is the real one, for the options page.
 */
import { hostGranted, removeHost, requestHost, syncCustomDomainScripts } from '../helpdesk/custom-domains';
import type { ManagedSettings } from './managed';
import { loadManagedSettings, loadSettings, saveSettings, watchSettings } from './storage';
import type { Settings } from './types';
import { listCountries, listRegions, withPublicHolidays } from './settings-holidays';
import type { HolidaySettings } from './types';
import { downloadText } from '../log/download';

export interface SettingsStore {
  load(): Promise<Settings>;
  /** Validates and saves; throws SettingsFileError and saves nothing when invalid. */
  save(settings: Settings): Promise<void>;
  watch(callback: (settings: Settings) => void): () => void;
  /** Must be called straight from a click handler (user gesture). */
  requestHost(host: string): Promise<boolean>;
  hostGranted(host: string): Promise<boolean>;
  removeHost(host: string): Promise<void>;
  /** Registers/unregisters the custom-domain content scripts; the hosts now active. */
  syncDomains(settings: Settings): Promise<string[]>;
  countries(lang: 'es' | 'en'): [string, string][];
  regions(country: string, lang: 'es' | 'en'): [string, string][];
  withPublicHolidays(holidays: HolidaySettings): HolidaySettings;
  download(filename: string, text: string, type: string): void;
  timeZones(): string[];
  /** What the organisation's policy sets (shown read-only); none when absent. */
  managed?(): Promise<ManagedSettings>;
}


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

