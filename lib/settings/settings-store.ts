/**
 * What the settings panel needs from the browser, behind one interface, so that the
 * Preact components under components/settings stay free of browser APIs (and testable
 * with a fake). `browserSettingsStore()` (./browser-settings-store.ts) is the real one,
 * which the options page creates and passes in.
 */
import type { ManagedSettings } from './managed';
import type { HolidaySettings, Settings } from './types';

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
  /** The holidays with their public dates computed (loads the country's calendar); never rejects. */
  withPublicHolidays(holidays: HolidaySettings): Promise<HolidaySettings>;
  download(filename: string, text: string, type: string): void;
  timeZones(): string[];
  /** What the organisation's policy sets (shown read-only); none when absent. */
  managed?(): Promise<ManagedSettings>;
}
