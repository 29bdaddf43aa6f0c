/** The pause state in `browser.storage.local` (`pause`); what it means is decided in ./pause.ts. */
import { storage } from 'wxt/utils/storage';
import { emptyPause, normalisePause, type PauseState } from './pause';

let item: ReturnType<typeof definePauseItem> | undefined;
function definePauseItem() {
  return storage.defineItem<PauseState>('local:pause', { fallback: emptyPause() });
}
const pauseItem = () => (item ??= definePauseItem());

export async function loadPause(): Promise<PauseState> {
  return normalisePause(await pauseItem().getValue());
}

/** Loads, changes and saves the pause state. */
export async function updatePause(change: (state: PauseState, now: number) => PauseState): Promise<PauseState> {
  const now = Date.now();
  const next = change(await loadPause(), now);
  await pauseItem().setValue(next);
  return next;
}

export function watchPause(callback: (state: PauseState) => void): () => void {
  return pauseItem().watch((value) => callback(normalisePause(value)));
}
