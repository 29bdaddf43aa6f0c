/**
 * Settings kept with browser.storage.local under one versioned key (`local:settings`, WXT
 * `storage.defineItem` with `version` + `migrations`), with the policy's managed values
 * read from browser.storage.managed over them:
 *
 *   stored value ──migrations (WXT, once per version bump)──► normaliseSettings() ──► Settings
 *
 * Safe in content scripts: no date-holidays (public holidays are precomputed into
 * `holidays.publicDates` by the options page, see ./settings-holidays.ts).
 */
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { defaultSettings } from './defaults';
import { applyManaged, localPart, type ManagedSettings, NO_MANAGED, parseManagedSettings } from './managed';
import { MIGRATIONS } from './migrations';
import { type Settings, SETTINGS_VERSION } from './types';
import { normaliseSettings, validateSettings } from './validation';

let managedCache: ManagedSettings = NO_MANAGED;
/** Whether this context has had one answer from the policy (later reads do not wait for it). */
let managedKnown = false;
/** Called when a slow policy read finally answers (see loadManagedSettings). */
const lateManaged = new Set<() => void>();
/** How long a settings read waits for the policy before going on without it (by default). */
const MANAGED_WAIT_MS = 1500;

async function readManaged(): Promise<ManagedSettings> {
  try {
    const area = browser.storage?.managed;
    return area ? parseManagedSettings(await area.get(null)) : NO_MANAGED;
  } catch {
    // Firefox without a policy (and older browsers) reject: nothing is managed.
    return NO_MANAGED;
  }
}

/**
 * The policy's settings ({} where none is set, or the browser has no managed storage).
 * Chromium answers `storage.managed` only once its policy service is ready, which can take
 * seconds after a start; Tacto does not wait for it: after a moment it goes on with what it
 * knew, and tells the watchers (watchSettings) when the policy arrives.
 */
export async function loadManagedSettings(waitMs = MANAGED_WAIT_MS): Promise<ManagedSettings> {
  const read = readManaged().then((managed) => {
    const changed = JSON.stringify(managed.value) !== JSON.stringify(managedCache.value);
    managedCache = managed;
    managedKnown = true;
    return { managed, changed };
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const wait = managedKnown ? 0 : waitMs;
  const late = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), wait)));
  const first = await Promise.race([read, late]);
  clearTimeout(timer);
  if (first !== 'late') return first.managed;
  void read.then(({ changed }) => {
    if (changed) for (const notify of lateManaged) notify();
  });
  return managedCache;
}
/** The key in browser.storage.local; WXT keeps the schema version beside it, under the key + «$». */
const SETTINGS_KEY = 'settings';

/** Defines the storage item (a fresh definition runs pending migrations; tests use it). */
export function defineSettingsItem() {
  return storage.defineItem<Settings>(`local:${SETTINGS_KEY}`, {
    fallback: defaultSettings(),
    version: SETTINGS_VERSION,
    migrations: MIGRATIONS as Record<number, (old: unknown) => Settings>,
  });
}

let item: ReturnType<typeof defineSettingsItem> | undefined;
const settingsItem = () => (item ??= defineSettingsItem());

/**
 * The settings in force: the local ones with the policy's (managed) values over them.
 * `managedWaitMs`: how long to wait for a slow policy read (the helpdesk page waits little
 * and takes the policy through watchSettings when it arrives).
 */
export async function loadSettings(managedWaitMs?: number): Promise<Settings> {
  const [local, managed] = await Promise.all([settingsItem().getValue(), loadManagedSettings(managedWaitMs)]);
  return applyManaged(normaliseSettings(local), managed);
}

/** Saves complete settings; throws SettingsFileError (nothing saved) when they are invalid. Managed fields are not stored locally. */
export async function saveSettings(settings: Settings): Promise<void> {
  await updateSettings(() => settings);
}

/**
 * Loads, changes and saves (validated) in one step. The policy is read first (it may wait),
 * then the stored value is read and written back with nothing awaited in between: another
 * context's save (the options page, another tab) cannot land inside the change and be lost.
 */
export async function updateSettings(change: (current: Settings) => Settings): Promise<Settings> {
  const managed = await loadManagedSettings();
  const stored = normaliseSettings(await settingsItem().getValue());
  const next = change(applyManaged(stored, managed));
  const valid = validateSettings(next);
  await writeSettings(managed.keys.length ? localPart(valid, stored, managed) : valid);
  return next;
}

/**
 * Writes the value and its schema version in one storage write. WXT's first `setValue` in a
 * context that found no value writes them apart; a context opened in between (the options page,
 * a new tab) read a value with no version, took it for v1 and migrated it to the defaults,
 * writing over the save (seen as «Never flag this phrase» lost, 1 in 5 end-to-end runs).
 */
async function writeSettings(value: Settings): Promise<void> {
  await browser.storage.local.set({ [SETTINGS_KEY]: value, [`${SETTINGS_KEY}$`]: { v: SETTINGS_VERSION } });
}

/** Calls back with the new settings whenever any extension context saves them. Returns the unwatch function. */
export function watchSettings(callback: (settings: Settings) => void): () => void {
  const unwatch = settingsItem().watch((value) => callback(applyManaged(normaliseSettings(value), managedCache)));
  // A policy change (the administrator's) arrives as a change of the managed area.
  const onChanged = (_changes: unknown, area: string) => {
    if (area === 'managed') void loadSettings().then(callback, () => undefined);
  };
  browser.storage?.onChanged?.addListener(onChanged);
  const onLate = () => void loadSettings().then(callback, () => undefined);
  lateManaged.add(onLate);
  return () => {
    unwatch();
    lateManaged.delete(onLate);
    browser.storage?.onChanged?.removeListener(onChanged);
  };
}
