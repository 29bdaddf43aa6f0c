/**
 * The send guard: before a reply with an unrealistic time commitment leaves, hold it
 * and let the agent decide. It listens in the capture phase on the document, so it runs
 * before the sites' own (React, Ember, Gmail) handlers, for the agent's clicks on send and
 * submit controls, Enter/Space on a focused control, and Ctrl/Cmd+Enter.
 *
 * Fail open by construction:
 * - only the agent's own (trusted) input is ever held; the page's synthetic events pass
 *   untouched and are not logged;
 * - the dialog is drawn first and the send is held only if the dialog is really on screen
 *   (connected, rendered, not hidden, not covered); otherwise the event goes on untouched;
 * - while held, the dialog is watched: if the page removes or hides it, the send is
 *   released through the page's current send control;
 * - "send anyway" acts once, through the send control the page shows now; if there is
 *   none, the agent's next send goes through unguarded.
 */
import type { Commitment } from '../analysis/types';
import type { HelpdeskAdapter } from '../helpdesk/adapters/types';
import type { CoachSession } from './session';

export interface HeldSend {
  session: CoachSession;
  commitments: Commitment[];
  /** Sends the reply through the site's own send path, exactly as written (once). */
  sendAnyway(): void;
  /** The agent chose to revise: the send is dropped and nothing leaves. */
  revise(): void;
}

export interface SendGuardDeps {
  adapter: HelpdeskAdapter;
  sessions(): Iterable<CoachSession>;
  /** Draws the dialog (synchronously) and returns it; throws if it cannot. */
  hold(held: HeldSend): HTMLElement;
  /** Takes the dialog down without a decision (it could not be shown, or was lost). */
  dismiss(session: CoachSession): void;
  /** A reply left (held or not): for the log. */
  sent(session: CoachSession, how: 'sent' | 'sent-anyway'): void;
  /** False once the extension was reloaded or removed: the guard then steps aside. */
  alive(): boolean;
  /** Whether input came from the agent; the page's synthetic events never act. */
  trusted?(event: Event): boolean;
  /** Whether the agent can see and use the dialog (default: isShownToAgent). */
  shown?(dialog: HTMLElement): boolean;
}

/** How often a held dialog is checked, beside the mutation observer. */
const WATCH_INTERVAL_MS = 250;

function isVisible(el: Element): boolean {
  return (el as Element & { checkVisibility?: () => boolean }).checkVisibility?.() ?? (el as HTMLElement).offsetParent !== null;
}

/**
 * True when the agent can see and use `dialog`: connected, rendered with a box inside the
 * viewport, not hidden by display, visibility or opacity, and not covered at its centre
 * (elementFromPoint also skips `pointer-events: none`, which would make it inert).
 */
export function isShownToAgent(dialog: Element): boolean {
  if (!dialog.isConnected) return false;
  const check = (dialog as Element & { checkVisibility?: (o?: object) => boolean }).checkVisibility;
  if (check && !check.call(dialog, { checkOpacity: true, checkVisibilityCSS: true })) return false;
  const rect = dialog.getBoundingClientRect();
  if (rect.width < 8 || rect.height < 8) return false;
  const doc = dialog.ownerDocument;
  const view = doc.defaultView;
  const width = view?.innerWidth ?? doc.documentElement.clientWidth;
  const height = view?.innerHeight ?? doc.documentElement.clientHeight;
  const x = rect.left + rect.width / 2;
  const y = rect.top + Math.min(rect.height / 2, 40);
  if (x < 0 || y < 0 || x > width || y > height) return false;
  const root = dialog.getRootNode() as Document | ShadowRoot;
  if (typeof root.elementFromPoint !== 'function') return true;
  const hit = root.elementFromPoint(x, y);
  return hit !== null && (hit === dialog || dialog.contains(hit));
}

/** Dispatches the events a person's click makes, for controls that listen to mousedown/up (Gmail). */
function replayClick(control: HTMLElement): void {
  const init = { bubbles: true, cancelable: true, composed: true, view: window, button: 0 };
  control.dispatchEvent(new MouseEvent('mousedown', init));
  control.dispatchEvent(new MouseEvent('mouseup', init));
  control.dispatchEvent(new MouseEvent('click', init));
}

export function startSendGuard(deps: SendGuardDeps, signal: AbortSignal): void {
  const { adapter } = deps;
  const trusted = deps.trusted ?? ((event: Event) => event.isTrusted);
  const shown = deps.shown ?? isShownToAgent;
  const sendSelector = adapter.sendSelectors.join(', ');
  let replaying = false;
  /** Sessions whose next send goes through unguarded ("send anyway" found no control). */
  const bypass = new WeakSet<CoachSession>();
  /** Sessions with a send held now. */
  const holding = new WeakSet<CoachSession>();

  const sessionForElement = (el: Element): CoachSession | undefined => {
    for (const session of deps.sessions()) {
      if (adapter.sendScopeOf(session.editor).contains(el) && isVisible(session.editor)) return session;
    }
    return undefined;
  };

  /** The control a send goes through now: the scope's first visible primary send control. */
  const currentControl = (session: CoachSession, preferred?: HTMLElement): HTMLElement | undefined => {
    if (preferred?.isConnected && isVisible(preferred)) return preferred;
    if (!session.editor.isConnected) return undefined;
    const scope = adapter.sendScopeOf(session.editor);
    for (const selector of adapter.sendSelectors) {
      const found = [...scope.querySelectorAll<HTMLElement>(selector)].find(isVisible);
      if (found) return found;
    }
    return undefined;
  };

  /** Sends through the page's current control; false when there is none. */
  const replay = (session: CoachSession, original: HTMLElement | undefined): boolean => {
    const control = currentControl(session, original);
    if (!control) return false;
    replaying = true;
    try {
      replayClick(control);
    } finally {
      replaying = false;
    }
    return true;
  };

  const log = (session: CoachSession, how: 'sent' | 'sent-anyway') => {
    try {
      deps.sent(session, how);
    } catch {
      /* logging never blocks a send */
    }
  };

  const guard = (event: Event, session: CoachSession, control: HTMLElement | undefined) => {
    if (!trusted(event) || holding.has(session)) return;
    let commitments: Commitment[];
    try {
      if (!deps.alive()) return;
      if (bypass.has(session)) {
        bypass.delete(session);
        log(session, 'sent');
        return;
      }
      session.analyseNow(); // ≤ 2 ms: the decision is made on the text as it is now
      commitments = session.view.internal ? [] : (session.result?.commitments.filter((c) => !c.realistic) ?? []);
    } catch {
      return; // fail open
    }
    if (commitments.length === 0 || !control) {
      log(session, 'sent');
      return;
    }

    let settled = false;
    let stopWatching = () => {};
    const settle = () => {
      settled = true;
      holding.delete(session);
      stopWatching();
    };
    const sendAnyway = () => {
      if (settled) return;
      settle();
      if (replay(session, control)) {
        log(session, 'sent-anyway');
      } else {
        // The page shows no send control now: the agent's next send goes through unguarded.
        bypass.add(session);
      }
    };

    const revise = () => {
      if (!settled) settle();
    };

    let dialog: HTMLElement;
    try {
      dialog = deps.hold({ session, commitments, sendAnyway, revise });
      if (!shown(dialog)) throw new Error('the send guard is not visible on this page');
    } catch (error) {
      // Not held: the event goes on to the page exactly as if Tacto were not there.
      console.warn('[Tacto] could not show the send guard; sending as written', error);
      settled = true;
      try {
        deps.dismiss(session);
      } catch {
        /* the send goes on regardless */
      }
      log(session, 'sent');
      return;
    }

    event.preventDefault();
    event.stopPropagation();
    event.stopImmediatePropagation();
    holding.add(session);

    // While held, the dialog must stay on screen; if the page takes it away, the send is released.
    const check = () => {
      if (settled) return;
      const lost = !deps.alive() || !shown(dialog);
      if (!lost) return;
      settle();
      try {
        deps.dismiss(session);
      } catch {
        /* releasing matters more */
      }
      if (replay(session, control)) log(session, 'sent');
      else bypass.add(session);
    };
    const observer = new MutationObserver(() => queueMicrotask(check));
    observer.observe(document.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: ['style', 'class', 'hidden'] });
    const interval = setInterval(check, WATCH_INTERVAL_MS);
    signal.addEventListener('abort', check, { once: true });
    stopWatching = () => {
      observer.disconnect();
      clearInterval(interval);
      signal.removeEventListener('abort', check);
    };
  };

  document.addEventListener(
    'click',
    (event) => {
      if (replaying || !(event.target instanceof Element)) return;
      const control = event.target.closest<HTMLElement>(sendSelector);
      if (!control) return;
      const session = sessionForElement(control);
      if (session) guard(event, session, control);
    },
    { capture: true, signal },
  );

  document.addEventListener(
    'keydown',
    (event) => {
      if (replaying || event.defaultPrevented || !(event.target instanceof Element)) return;
      const shortcut = event.key === 'Enter' && (event.ctrlKey || event.metaKey);
      const activation = (event.key === 'Enter' || event.key === ' ') && !event.ctrlKey && !event.metaKey;
      if (shortcut) {
        const session = sessionForElement(event.target);
        if (session) guard(event, session, currentControl(session));
      } else if (activation) {
        const control = event.target.closest<HTMLElement>(sendSelector);
        const session = control ? sessionForElement(control) : undefined;
        if (control && session) guard(event, session, control);
      }
    },
    { capture: true, signal },
  );
}
