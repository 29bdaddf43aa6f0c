/**
 * User and team settings, kept with browser.storage.local under one versioned key.
 */
import { storage } from 'wxt/utils/storage';

export interface Settings {
  /** How this agent is named in exports (an alias, not a personal name). */
  agentAlias: string;
}

export const DEFAULT_SETTINGS: Settings = {
  agentAlias: 'agent',
};

const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

export async function loadSettings(): Promise<Settings> {
  const stored = await settingsItem.getValue();
  return { ...DEFAULT_SETTINGS, ...stored };
}

export async function saveSettings(settings: Settings): Promise<void> {
  await settingsItem.setValue(settings);
}
