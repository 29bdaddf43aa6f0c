import type { UiLanguageSetting } from './types';

/** The UI language to use: the setting, or the browser's for 'browser'. */
export function resolveUiLanguage(setting: UiLanguageSetting, browserLanguage: string): 'es' | 'en' {
  if (setting === 'es' || setting === 'en') return setting;
  return browserLanguage.toLowerCase().startsWith('es') ? 'es' : 'en';
}
