/**
 * The send guard: before a reply with an unrealistic time commitment leaves, hold it
 * and let the agent decide. It listens in the capture phase on the document, so it runs
 * before the sites' own (React, Ember, Gmail) handlers, for clicks on send and submit
 * controls, Enter/Space on a focused control, and Ctrl/Cmd+Enter.
 *
 * Fail open: the send is held only after the decision to hold is fully made; any error
 * before that lets the event through untouched, and any error after it replays the send.
 */
import type { Commitment } from './analysis/types';
import type { HelpdeskAdapter } from './adapters/types';
import type { CoachSession } from './coach';

export interface HeldSend {
  session: CoachSession;
  commitments: Commitment[];
  /** Sends the reply through the site's own send path, exactly as written. */
  sendAnyway(): void;
}

export interface SendGuardDeps {
  adapter: HelpdeskAdapter;
  sessions(): Iterable<CoachSession>;
  /** Shows the dialog; must throw if it cannot, so the send is released. */
  hold(held: HeldSend): void;
  /** A reply left (held or not): for the log. */
  sent(session: CoachSession, how: 'sent' | 'sent-anyway'): void;
}

function isVisible(el: Element): boolean {
  return (el as Element & { checkVisibility?: () => boolean }).checkVisibility?.() ?? (el as HTMLElement).offsetParent !== null;
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
  const sendSelector = adapter.sendSelectors.join(', ');
  let replaying = false;

  const sessionForElement = (el: Element): CoachSession | undefined => {
    for (const session of deps.sessions()) {
      if (adapter.sendScopeOf(session.editor).contains(el) && isVisible(session.editor)) return session;
    }
    return undefined;
  };

  /** The control a keyboard shortcut would use: the scope's first visible primary send control. */
  const primaryControl = (session: CoachSession): HTMLElement | undefined => {
    const scope = adapter.sendScopeOf(session.editor);
    for (const selector of adapter.sendSelectors) {
      const found = [...scope.querySelectorAll<HTMLElement>(selector)].find(isVisible);
      if (found) return found;
    }
    return undefined;
  };

  const guard = (event: Event, session: CoachSession, control: HTMLElement | undefined) => {
    let commitments: Commitment[];
    try {
      session.analyseNow(); // ≤ 2 ms: the decision is made on the text as it is now
      commitments = session.view.internal ? [] : (session.result?.commitments.filter((c) => !c.realistic) ?? []);
    } catch {
      return; // fail open
    }
    if (commitments.length === 0 || !control) {
      try {
        deps.sent(session, 'sent');
      } catch {
        /* logging never blocks a send */
      }
      return;
    }
    event.preventDefault();
    event.stopPropagation();
    event.stopImmediatePropagation();
    const sendAnyway = () => {
      try {
        deps.sent(session, 'sent-anyway');
      } catch {
        /* logging never blocks a send */
      }
      replaying = true;
      try {
        if (control.isConnected) replayClick(control);
      } finally {
        replaying = false;
      }
    };
    try {
      deps.hold({ session, commitments, sendAnyway });
    } catch (error) {
      console.warn('[Tacto] could not show the send guard; sending as written', error);
      sendAnyway();
    }
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
        if (session) guard(event, session, primaryControl(session));
      } else if (activation) {
        const control = event.target.closest<HTMLElement>(sendSelector);
        const session = control ? sessionForElement(control) : undefined;
        if (control && session) guard(event, session, control);
      }
    },
    { capture: true, signal },
  );
}
