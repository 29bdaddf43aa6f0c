/**
 * How long a content script may act: until its extension is reloaded, updated or removed.
 *
 * WXT's content-script context also ends when a `…content-script-started` event arrives on
 * the document, an event any page can dispatch once it knows the extension's id. Tacto
 * does not trust the page for this: it notices its own end by asking the extension
 * runtime (whose id disappears from an orphaned script), on a slow timer and before every
 * decision that matters (a send, a session).
 */
export interface Lifetime {
  readonly signal: AbortSignal;
  /** True while the extension context is valid; ends the lifetime the first time it is not. */
  alive(): boolean;
}

const CHECK_EVERY_MS = 5_000;

export function extensionLifetime(runtimeAlive: () => boolean, checkEveryMs = CHECK_EVERY_MS): Lifetime {
  const controller = new AbortController();
  const alive = (): boolean => {
    if (controller.signal.aborted) return false;
    let ok: boolean;
    try {
      ok = runtimeAlive();
    } catch {
      ok = false;
    }
    if (!ok) {
      clearInterval(timer);
      controller.abort(new Error('the extension was reloaded or removed'));
    }
    return ok;
  };
  const timer = setInterval(alive, checkEveryMs);
  return { signal: controller.signal, alive };
}
