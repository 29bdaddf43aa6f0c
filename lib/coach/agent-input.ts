/**
 * What counts as the agent's own input, shared by the coach (lib/coach/coach.ts) and the
 * content script's loader, which must not carry the coach to know it.
 */

/** How long after the agent's own click or key a focus still counts as theirs. */
export const AGENT_FOCUS_WINDOW_MS = 1500;

/**
 * Calls `onAgentTarget` with the element of each input that is the agent's: a trusted click
 * or key, or a focus that follows one within AGENT_FOCUS_WINDOW_MS. Focus events are trusted
 * even when a page script calls focus(), so a focus alone counts only right after the
 * agent's own pointer or key input, which no page script can forge.
 */
export function listenForAgentInput(onAgentTarget: (target: Element) => void, signal: AbortSignal): void {
  let lastAgentInput = -Infinity;
  const onInput = (event: Event) => {
    const target = event.target;
    if (!event.isTrusted || !(target instanceof Element)) return;
    if (event.type === 'focusin') {
      if (performance.now() - lastAgentInput > AGENT_FOCUS_WINDOW_MS) return;
    } else {
      lastAgentInput = performance.now();
    }
    onAgentTarget(target);
  };
  for (const type of ['pointerdown', 'keydown', 'focusin']) document.addEventListener(type, onInput, { capture: true, signal });
}
