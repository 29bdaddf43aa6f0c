/**
 * Coaching on a helpdesk page: one session (./session.ts) per reply editor the agent works
 * in — opened by the agent's own input, also in editors that appear later — and closed
 * when its editor leaves the page. The rest of the coach lives in its own rooms: the
 * session, what its panel is given (./view.ts), the send guard (./send-guard.ts) and its
 * dialog (./guard-view.ts), what goes to the log (./log-events.ts).
 */
import { listenForAgentInput } from './agent-input';
import { CoachSession, type CoachDeps } from './session';

/** `firstInputAt`: when the agent's input that started Tacto reached the page's loader; the first analysis is timed from it. */
export function startCoach(deps: CoachDeps, signal: AbortSignal, firstEditor?: Element, firstInputAt?: number): Map<HTMLElement, CoachSession> {
  const sessions = new Map<HTMLElement, CoachSession>();

  // Only the agent opens a session (lib/coach/agent-input.ts).
  const openFor = (target: Element, inputAt?: number) => {
    // Each key the agent types lands here: a key in an editor already coached is answered
    // without the adapter's test, whose visibility check would force a style recalculation.
    for (const editor of sessions.keys()) if (editor.contains(target)) return;
    const editor = deps.adapter.editorFor(target);
    if (!editor || sessions.has(editor)) return;
    const session = new CoachSession(editor, deps);
    sessions.set(editor, session);
    session.start(inputAt);
  };
  listenForAgentInput(openFor, signal);
  // The agent's input that started Tacto on this page (the loader checked it the same way).
  if (firstEditor) openFor(firstEditor, firstInputAt);

  // A session whose editor left the page (a ticket closed, a view switched) ends with it.
  const sweep = new MutationObserver(() => {
    for (const [editor, session] of sessions) {
      if (!editor.isConnected) {
        session.dispose();
        sessions.delete(editor);
      }
    }
  });
  sweep.observe(document.documentElement, { childList: true, subtree: true });
  signal.addEventListener('abort', () => {
    sweep.disconnect();
    for (const session of sessions.values()) session.dispose();
    sessions.clear();
  });
  return sessions;
}
