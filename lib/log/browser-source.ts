/** The dashboard's LogSource on the options page (extension origin: the background's database). */
import { TactoDatabase } from '../db';
import { loadSettings } from '../settings';
import { storageProblemItem } from './health';
import { downloadText } from '../download';
import { createDexieSource, type LogSource } from './source';
import { retentionWeeks } from './store';

let source: LogSource | undefined;

export function browserLogSource(): LogSource {
  source ??= createDexieSource(new TactoDatabase(), {
    async settings() {
      const settings = await loadSettings();
      return { agentAlias: settings.agentAlias, retentionWeeks: retentionWeeks(settings) };
    },
    storageProblem: () => storageProblemItem.getValue(),
    clearStorageProblem: () => storageProblemItem.setValue(null),
    async persist() {
      if (!navigator.storage?.persist) return null;
      if (await navigator.storage.persisted()) return true;
      return navigator.storage.persist();
    },
    download: downloadText,
  });
  return source;
}
