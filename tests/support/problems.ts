/** The problems of a refused settings value, playbook or file, as the options page shows them. */
import { expect } from 'vitest';
import { translatorFor } from '../../lib/coach/i18n';
import { problemTexts, SettingsFileError } from '../../lib/settings/problems';

/** The problems `fn` throws, in English (or Spanish), as the interface shows them. */
export function problemsShown(fn: () => unknown, lang: 'es' | 'en' = 'en'): string[] {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(SettingsFileError);
    return problemTexts(error, translatorFor(lang));
  }
  throw new Error('expected a SettingsFileError');
}

/** The same for a promise that must reject. */
export async function problemsShownAsync(promise: Promise<unknown>, lang: 'es' | 'en' = 'en'): Promise<string> {
  const error = await promise.then(
    () => {
      throw new Error('expected a SettingsFileError');
    },
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(SettingsFileError);
  return problemTexts(error, translatorFor(lang)).join('\n');
}
