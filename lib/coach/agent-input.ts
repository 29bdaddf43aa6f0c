/**
 * What counts as the agent's own input, shared by the coach (lib/coach/coach.ts) and the
 * content script's loader, which must not carry the coach to know it.
 */

/** How long after the agent's own click or key a focus still counts as theirs. */
export const AGENT_FOCUS_WINDOW_MS = 1500;
