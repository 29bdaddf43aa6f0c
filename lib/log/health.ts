/**
 * Storage problems the background met while appending (a full disk, a quota), kept in
 * browser.storage.local so the options page can show them: never swallowed. Also the
 * per-install id that makes event ids unique across agents.
 */
import { storage } from 'wxt/utils/storage';

export interface StorageProblem {
  at: string;
  message: string;
  quota: boolean;
  /** Events that could not be stored (the content script may still retry them). */
  events: number;
}

export const storageProblemItem = storage.defineItem<StorageProblem | null>('local:logProblem', { fallback: null });

const installIdItem = storage.defineItem<string>('local:installId', { fallback: '' });

function randomId(): string {
  const bytes = new Uint8Array(6);
  crypto.getRandomValues(bytes);
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}

let installId: Promise<string> | undefined;

/**
 * A random id made once per install, prefixed to every event id: two agents' events
 * never collide, and a retried report (same id) still maps to the same stored id.
 */
export function getInstallId(): Promise<string> {
  installId ??= installIdItem.getValue().then(async (stored) => {
    if (stored) return stored;
    const id = randomId();
    await installIdItem.setValue(id);
    return id;
  });
  installId.catch(() => (installId = undefined));
  return installId;
}
