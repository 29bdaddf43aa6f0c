/**
 * Mounts one sidebar per coached editor: a `tacto-sidebar` host with an open shadow
 * root, fixed beside the editor's composer and kept there as the page scrolls. The host
 * is a child of <html>, after <body>: outside the editor (its content is never touched)
 * and out of reach of single-page apps that re-render <body>'s children. If the page
 * removes it anyway, it is put back (a bounded number of times).
 *
 * Only the agent acts: events the page dispatches inside the shadow root (a scripted
 * `click()`, a synthetic key) are stopped before any of Tacto's handlers see them.
 */
import { render } from 'preact';
import type { Alternative, Commitment, Finding, Lang } from '@/lib/analysis/types';
import { formatPauseEnd, type PauseDuration, type PauseScope } from '@/lib/coach/control/pause';
import { byImportance, type CoachView, type ViewHandle } from '@/lib/coach/view';
import type { Translate } from '@/lib/coach/i18n';
import { positionSidebar } from '@/lib/helpdesk/sidebar-position';
import { followPageTheme } from '@/lib/helpdesk/theme';
import { sameProps, Sidebar, WORD_COUNT, writeWordCount, type MomentInfo, type SidebarProps } from './Sidebar';
import { SendGuard } from './SendGuard';
import { GUARD_CSS, SIDEBAR_CSS } from './sidebar.css';

export interface SidebarMountOptions {
  editor: HTMLElement;
  composer: HTMLElement;
  sendControls(): Element[];
  /** The page's regions the agent needs (the adapter's `protectedSelectors`), besides the send controls. */
  protectedElements?(): Element[];
  /** The page column that may narrow to make room for the panel (the adapter's `roomSelector`). */
  roomSelector?: string;
  signal: AbortSignal;
  t: Translate;
  uiLang: 'es' | 'en';
  /** A moment's label and advice in the interface language, and its playbook entries in `draftLang`. */
  describeMoment(id: MomentInfo['id'], draftLang: Lang): MomentInfo;
  /** What a finding says, in the interface language (its suggestions stay in the draft's). */
  describeFinding?(finding: Finding): string;
  onApply(finding: Finding, suggestion: string): void;
  onInsertAlternative(finding: Finding, alternative: Alternative): void;
  onInsertMomentAlternative?(alternative: Alternative): void;
  onApplyToCommitment(commitment: Commitment, suggestion: string): void;
  onRevise(): void;
  onSendAnyway(): void;
  onIgnore(finding: Finding): void;
  onIgnoreAlways(finding: Finding): void;
  onDisableRule(finding: Finding): void;
  onUndoDisableRule(): void;
  onUndoSilence(): void;
  onPause(scope: PauseScope, duration: PauseDuration): void;
  onResume(): void;
  onOpenDashboard(): void;
  /** Escape in the panel: focus goes back to the editor where the caret was. */
  onEscape?(): void;
  /** A finding got focus in the panel: show its span in the editor. */
  onRevealFinding?(finding: Finding): void;
}

const sameList = <T,>(a: readonly T[], b: readonly T[], same: (x: T, y: T) => boolean) => a.length === b.length && a.every((x, i) => same(x, b[i]));
const sameAlternative = (a: Alternative, b: Alternative) => a.id === b.id && a.title === b.title && a.text === b.text;

/** Everything the panel shows or acts on of a finding, offsets included (a click acts on them). */
export function sameFinding(a: Finding, b: Finding): boolean {
  return (
    a.rule === b.rule &&
    a.start === b.start &&
    a.end === b.end &&
    a.quote === b.quote &&
    a.message === b.message &&
    a.confidence === b.confidence &&
    sameList(a.suggestions, b.suggestions, (x, y) => x === y) &&
    sameList(a.alternatives, b.alternatives, sameAlternative)
  );
}

function sameMoment(a: MomentInfo, b: MomentInfo): boolean {
  return a.id === b.id && a.label === b.label && a.advice === b.advice && sameList(a.alternatives ?? [], b.alternatives ?? [], sameAlternative);
}

/** The buttons the keyboard walks with the arrow keys: every rewrite and playbook alternative. */
const SUGGESTIONS = '[data-tacto="sidebar"] [data-action="apply-suggestion"], [data-tacto="sidebar"] [data-action="insert-alternative"]';
const FINDING_SUGGESTIONS = '[data-tacto="sidebar"] [data-rule] [data-action="apply-suggestion"], [data-tacto="sidebar"] [data-rule] [data-action="insert-alternative"]';

/** Re-attachments allowed per minute before Tacto gives way to a page that keeps removing it. */
const MAX_REATTACH_PER_MINUTE = 20;
/** Events that can make Tacto act; untrusted ones never reach its handlers. */
const GUARDED_EVENTS = ['click', 'dblclick', 'auxclick', 'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'keydown', 'keyup', 'keypress', 'input', 'change', 'submit', 'focusin'];

export function mountSidebar(options: SidebarMountOptions): ViewHandle & { host: HTMLElement } {
  const host = document.createElement('tacto-sidebar');
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = SIDEBAR_CSS + GUARD_CSS;
  const root = document.createElement('div');
  shadow.append(style, root);
  for (const type of GUARDED_EVENTS) {
    shadow.addEventListener(
      type,
      (event) => {
        if (event.isTrusted) return;
        event.stopImmediatePropagation();
        event.preventDefault();
      },
      { capture: true, signal: options.signal },
    );
  }
  document.documentElement.append(host);

  // Put the host back if the page removes it; give way to a page that keeps doing so.
  let reattached: number[] = [];
  const keepAlive = new MutationObserver(() => {
    if (host.isConnected || options.signal.aborted) return;
    const now = Date.now();
    reattached = reattached.filter((at) => now - at < 60_000);
    if (reattached.length >= MAX_REATTACH_PER_MINUTE) return;
    reattached.push(now);
    document.documentElement.append(host);
  });
  keepAlive.observe(document.documentElement, { childList: true });
  options.signal.addEventListener('abort', () => keepAlive.disconnect());

  // Keyboard inside the panel (the send guard handles its own keys): arrows walk the
  // suggestions, Escape goes back to the editor. Handled keys stop here, so the page's own
  // shortcuts (Gmail's, Zendesk's) do not act on them too.
  root.addEventListener(
    'keydown',
    (event) => {
      if (!event.isTrusted || !(event.target instanceof Element) || event.target.closest('[data-tacto="send-guard"]')) return;
      if (event.key === 'Escape') {
        event.preventDefault();
        event.stopPropagation();
        options.onEscape?.();
        return;
      }
      if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
      const buttons = [...root.querySelectorAll<HTMLElement>(SUGGESTIONS)];
      if (buttons.length === 0) return;
      const at = buttons.indexOf(event.target as HTMLElement);
      const next = event.key === 'ArrowDown' ? (at + 1) % buttons.length : at <= 0 ? buttons.length - 1 : at - 1;
      event.preventDefault();
      event.stopPropagation();
      buttons[next].focus();
    },
    { signal: options.signal },
  );

  let view: CoachView | undefined;
  let userCollapsed = false;
  let compact = false;
  let insisted = false;

  // The panel's handlers, made once: a render then hands its parts the same functions.
  const onToggle = () => {
    if (compact) {
      // Opened from the badge on a page with no free space: the agent asked for it.
      userCollapsed = false;
      insisted = true;
    } else {
      userCollapsed = !userCollapsed;
      if (userCollapsed) insisted = false;
    }
    compact = false;
    paint(true);
    position.rethink();
  };
  const formatTime = (until: number) => formatPauseEnd(until, new Date(), options.uiLang);

  // The findings and moments as the panel shows them, kept as the same arrays while their
  // content is the same: most analyses return what the panel already shows, and its lists
  // then skip their render (components/Sidebar.tsx).
  let shownFindings: { from: Finding[]; shown: Finding[] } = { from: [], shown: [] };
  const findingsFor = (findings: Finding[]): Finding[] => {
    if (findings === shownFindings.from) return shownFindings.shown;
    const next = byImportance(options.describeFinding ? findings.map((f) => ({ ...f, message: options.describeFinding!(f) })) : findings);
    const shown = sameList(next, shownFindings.shown, sameFinding) ? shownFindings.shown : next;
    shownFindings = { from: findings, shown };
    return shown;
  };
  let shownMoments: MomentInfo[] = [];
  const momentsFor = (current: CoachView): MomentInfo[] => {
    const draftLang = current.words > 0 ? current.lang : (current.customerLang ?? current.lang);
    const next = current.moments.map((id) => options.describeMoment(id, draftLang));
    if (!sameList(next, shownMoments, sameMoment)) shownMoments = next;
    return shownMoments;
  };

  /** What the panel was last drawn with; a paint with the same is skipped. */
  let drawn: { props: SidebarProps; guard: CoachView['guard']; lang: Lang; t: Translate } | undefined;

  const paint = (force = false) => {
    if (!view) return;
    const t = options.t;
    const props: SidebarProps = {
      lang: view.lang,
      words: view.words,
      findings: findingsFor(view.findings),
      moments: momentsFor(view),
      onInsertMomentAlternative: options.onInsertMomentAlternative,
      internal: view.internal,
      collapsed: userCollapsed || compact,
      t,
      onToggle,
      onApply: options.onApply,
      onInsertAlternative: options.onInsertAlternative,
      writeError: view.writeError,
      paused: view.paused,
      ruleOff: view.ruleOff,
      hasTicket: Boolean(view.context?.ticketId && view.context.ticketId !== 'unknown'),
      formatTime,
      onIgnore: options.onIgnore,
      onIgnoreAlways: options.onIgnoreAlways,
      onDisableRule: options.onDisableRule,
      onUndoDisableRule: options.onUndoDisableRule,
      silenced: view.silenced,
      onUndoSilence: options.onUndoSilence,
      onPause: options.onPause,
      onResume: options.onResume,
      onOpenDashboard: options.onOpenDashboard,
      onRevealFinding: options.onRevealFinding,
    };
    // Typing mostly changes nothing the panel shows (a letter inside a word, a span that
    // stays flagged): then nothing is rendered at all. A new word changes only the count.
    if (!force && drawn && drawn.guard === view.guard && drawn.lang === view.lang && drawn.t === t) {
      if (sameProps(drawn.props, props)) return;
      if (sameProps({ ...drawn.props, words: props.words }, props)) {
        drawn = { ...drawn, props };
        writeWordCount(root.querySelector(WORD_COUNT), props.words);
        return;
      }
    }
    drawn = { props, guard: view.guard, lang: view.lang, t };
    render(
      <>
      <Sidebar {...props} />
      {view.guard && (
        <SendGuard
          guard={view.guard}
          draftLang={view.lang}
          t={t}
          onApply={options.onApplyToCommitment}
          onRevise={options.onRevise}
          onSendAnyway={options.onSendAnyway}
        />
      )}
      </>,
      root,
    );
  };

  // Light or dark like the page around the reply box (and the system, where the page paints nothing).
  followPageTheme(host, options.composer, options.signal);

  const position = positionSidebar({
    host,
    editor: options.editor,
    composer: options.composer,
    protectedElements: () => options.protectedElements?.() ?? [],
    essentialElements: () => options.sendControls(),
    insisted: () => insisted,
    roomSelector: options.roomSelector,
    collapsed: () => userCollapsed,
    onCompact(next) {
      if (next === compact) return;
      compact = next;
      paint(true);
    },
    signal: options.signal,
  });

  return {
    host,
    update(next) {
      const first = !view;
      view = next;
      paint();
      // Geometry changes come from scroll, resize and the ResizeObserver; a new view alone
      // does not move the panel, so typing does not force a layout.
      if (first) position.schedule();
    },
    guardElement() {
      return root.querySelector<HTMLElement>('[data-tacto="send-guard"]');
    },
    focusFirstSuggestion() {
      if (!view || host.hidden) return false;
      if (userCollapsed || compact) {
        userCollapsed = false;
        compact = false;
        paint(true);
      }
      // The first finding's first rewrite; else a moment's playbook entry; else the panel.
      const target =
        root.querySelector<HTMLElement>(FINDING_SUGGESTIONS) ??
        root.querySelector<HTMLElement>(SUGGESTIONS) ??
        root.querySelector<HTMLElement>('[data-tacto="sidebar"]');
      if (!target) return false;
      target.focus({ preventScroll: false });
      return host.shadowRoot?.activeElement === target;
    },
    hasFocus() {
      return document.activeElement === host;
    },
    remove() {
      keepAlive.disconnect();
      position.stop();
      render(null, root);
      host.remove();
    },
  };
}
