/**
 * The in-page coach, framework-free: it notices reply editors when the agent focuses
 * them, keeps one session per editor, re-analyses the draft shortly after typing,
 * reads the ticket once, and reports the ticket's difficult moments to the log.
 * The view (Preact) is injected, so this module holds no UI code.
 *
 * Cost per keystroke: one MutationObserver callback that (re)arms a timer. The analysis
 * runs once typing pauses, on the sentences that changed (the engine caches the rest).
 */
import type { Alternative, AnalysisResult, AnalyzeInput, Commitment, Finding, Lang, MomentId, Priority, RuleId } from '../analysis/types';
import { excludeFor, type HelpdeskAdapter, type TicketContext } from '../helpdesk/adapters/types';
import { applySuppression, findingKey, type Suppression } from './control/dismissals';
import type { ActivePause } from './control/pause';
import { countWords, extractText, rangeFor, type TextMap } from '../helpdesk/dom-text';
import type { WriteResult } from '../helpdesk/editors/writer';
import { scrollRangeIntoView, SpanMarks } from '../helpdesk/highlights';
import type { EventAction, EventReport } from '../log/messaging';
import { listenForAgentInput } from './agent-input';

/** How long after the last keystroke the draft is analysed. */
export const ANALYSIS_DELAY_MS = 60;

/**
 * User Timing entries (`tacto:keystroke`, `tacto:analyse`) make Tacto's cost visible in
 * DevTools and to `npm run bench`. Each is cleared right after it is queued, so a day of
 * typing leaves nothing in the page's buffer (PerformanceObservers still receive them).
 */
function measure(name: string, start: number): void {
  try {
    performance.measure(name, { start });
    performance.clearMeasures(name);
  } catch {
    /* timing is never worth an error */
  }
}

/** Rules whose findings hold the send: the panel lists them before any other. */
const SEND_BLOCKING: ReadonlySet<RuleId> = new Set<RuleId>(['unrealistic-commitment']);

/**
 * The panel's order: send-blocking commitments first, then the rest, each group in the
 * order the draft reads (a stable sort keeps the analysis' order within a group).
 */
export function byImportance<T extends Pick<Finding, 'rule'>>(findings: readonly T[]): T[] {
  const rank = (f: T) => (SEND_BLOCKING.has(f.rule) ? 0 : 1);
  return [...findings].sort((a, b) => rank(a) - rank(b));
}

export interface CoachView {
  lang: Lang;
  words: number;
  findings: Finding[];
  moments: MomentId[];
  /** The language of the customer's latest message (what a moment's alternatives speak before the agent writes). */
  customerLang?: Lang;
  /** An internal note: left alone by default. */
  internal: boolean;
  context?: TicketContext;
  /** A send held for unrealistic commitments, waiting for the agent's decision. */
  guard?: GuardView;
  /** The last rewrite that could not be written into the editor. */
  writeError?: string;
  /** Tacto is paused here: no findings, no held send. */
  paused?: ActivePause;
  /** The rule the agent just switched off from this panel (offered for a one-step undo). */
  ruleOff?: RuleId;
  /** The finding the agent just ignored or never-flagged (offered for a one-step undo). */
  silenced?: { kind: 'ignore' | 'ignore-always'; rule: RuleId; quote: string };
}

/** One held commitment as the dialog shows it; the prose fields are in the interface language. */
export interface GuardCommitment extends Commitment {
  suggestions: string[];
  /** The whole sentence that holds the commitment, and the time phrase's place in it. */
  sentence: string;
  markStart: number;
  markEnd: number;
  /** When it falls due and the business hours left, written as the sidebar writes them. */
  due: string;
  hoursLeft: string;
}

export interface GuardView {
  commitments: GuardCommitment[];
  priority: Priority;
  /** The priority as the helpdesk shows it; absent when the page shows none. */
  priorityLabel?: string;
  /** The ticket shows no priority: the settings' default one was used. */
  priorityFromDefault: boolean;
  /** The team's shortest reliable turnaround at that priority, written as the sidebar writes it. */
  minHours: string;
}

/** How a commitment is explained in the interface language (the engine's own phrase and figures). */
export interface CommitmentWords {
  due: string;
  hoursLeft: string;
  minHours: string;
}

/** The sentence of `text` around [start, end): from the previous sentence end (or line) to the next. */
export function sentenceAround(text: string, start: number, end: number): { sentence: string; start: number } {
  let from = start;
  while (from > 0 && !/[.!?…\n]/.test(text[from - 1])) from--;
  let to = end;
  while (to < text.length && !/[.!?…\n]/.test(text[to])) to++;
  while (to < text.length && /[.!?…]/.test(text[to])) to++;
  while (from < start && /\s/.test(text[from])) from++;
  return { sentence: text.slice(from, to), start: from };
}

export interface ViewHandle {
  update(view: CoachView): void;
  /** The send guard's dialog as drawn now, if any. */
  guardElement(): HTMLElement | null;
  remove(): void;
  /** Moves focus to the panel's first suggestion (the panel itself when it has none); false if it could not. */
  focusFirstSuggestion?(): boolean;
  /** Whether focus is inside the panel now. */
  hasFocus?(): boolean;
}

export interface CoachDeps {
  adapter: HelpdeskAdapter;
  /** Loads the engine (once per page); sessions analyse nothing before it resolves. */
  engineReady(): Promise<void>;
  analyze(input: AnalyzeInput): AnalysisResult;
  report(events: EventReport[]): Promise<void>;
  mountView(session: CoachSession): ViewHandle;
  /** Settings-derived analysis context (time zone, hours, holidays, turnaround). */
  analysisContext(ticket: TicketContext | undefined): NonNullable<AnalyzeInput['context']>;
  /** Replaces [start, end) of the draft through the editor's own model. */
  write(editor: HTMLElement, start: number, end: number, text: string): Promise<WriteResult>;
  now(): Date;
  /** The agent's allow-list and the rules switched off, as the settings hold them now. */
  suppression?(): Omit<Suppression, 'ignored'>;
  /** The pause in force for this ticket's place, if any. */
  pausedAt?(ticket: TicketContext | undefined): ActivePause | null;
  /** Adds a phrase to the agent's allow-list (saved in the settings). */
  allowPhrase?(phrase: string): Promise<void>;
  /** Takes a phrase off the agent's allow-list (saved in the settings). */
  forgetPhrase?(phrase: string): Promise<void>;
  /** Switches a rule on or off (saved in the settings). */
  setRuleEnabled?(rule: RuleId, enabled: boolean): Promise<void>;
  /** Explains a commitment in the interface language (the send guard's figures). */
  explainCommitment?(commitment: Commitment, context: NonNullable<AnalyzeInput['context']>): CommitmentWords;
}

let eventCounter = 0;
function eventId(prefix: string): string {
  const random = globalThis.crypto?.randomUUID?.() ?? `${Date.now()}-${Math.random().toString(36).slice(2)}`;
  return `${prefix}:${random}:${++eventCounter}`;
}

export class CoachSession {
  readonly controller = new AbortController();
  text: TextMap = { text: '', segments: [] };
  view: CoachView = { lang: 'es', words: 0, findings: [], moments: [], internal: false };
  result: AnalysisResult | undefined;
  context: TicketContext | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private handle: ViewHandle | undefined;
  private ready = false;
  private readonly marks = new SpanMarks();
  /** Findings the agent ignored in this draft, by rule and phrase (see control/dismissals.ts). */
  private readonly ignored = new Set<string>();
  /** Where the caret was when focus last left the editor: the keyboard returns it there. */
  private caret: Range | undefined;

  constructor(
    readonly editor: HTMLElement,
    private readonly deps: CoachDeps,
  ) {}

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  start(): void {
    const observer = new MutationObserver(() => {
      const start = performance.now();
      this.schedule();
      measure('tacto:keystroke', start);
    });
    observer.observe(this.editor, { characterData: true, childList: true, subtree: true });
    this.signal.addEventListener('abort', () => observer.disconnect());
    // Once per focus change, not per keystroke: the caret to come back to from the panel.
    this.editor.addEventListener(
      'focusout',
      () => {
        const selection = this.editor.ownerDocument.getSelection();
        const range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : undefined;
        if (range && this.editor.contains(range.startContainer)) this.caret = range.cloneRange();
      },
      { signal: this.signal },
    );
    this.handle = this.deps.mountView(this);
    this.handle.update(this.view);
    const opened = performance.now();
    this.deps.engineReady().then(
      () => {
        this.ready = true;
        this.analyseNow();
        // From the agent's first focus to the first analysis on screen (the engine's load included on a page's first session).
        measure('tacto:first-analysis', opened);
        void this.loadTicket();
      },
      (error: unknown) => console.warn('[Tacto] the analysis engine did not load; the editor works as usual', error),
    );
  }

  schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.analyseNow(), ANALYSIS_DELAY_MS);
  }

  /** Reads the draft and analyses it; on any failure the view keeps its last state. */
  analyseNow(): void {
    clearTimeout(this.timer);
    if (this.signal.aborted || !this.ready) return;
    const start = performance.now();
    const { adapter } = this.deps;
    const internal = adapter.isInternalNote(this.editor);
    this.text = extractText(this.editor, excludeFor(adapter));
    const text = this.text.text;
    let result: AnalysisResult | undefined;
    let paused: ActivePause | undefined;
    try {
      paused = this.deps.pausedAt?.(this.context) ?? undefined;
    } catch {
      /* a pause that cannot be read is no pause */
    }
    if (!internal && !paused && text.trim()) {
      try {
        result = this.deps.analyze({
          text,
          role: 'agent',
          now: this.deps.now(),
          context: this.deps.analysisContext(this.context),
        });
        // The draft's own ignores apply even where no settings are read (no allow-list, no rule off).
        const chosen = this.deps.suppression?.() ?? { allowed: [], disabledRules: [] };
        result = applySuppression(result, { ...chosen, ignored: this.ignored });
      } catch (error) {
        result = undefined;
        console.warn('[Tacto] analysis failed; the draft is untouched', error);
      }
    }
    this.result = result;
    this.view = {
      ...this.view,
      lang: result?.lang ?? this.view.lang,
      words: countWords(text),
      findings: result?.findings ?? [],
      internal,
      paused,
    };
    this.handle?.update(this.view);
    this.marks.show(
      this.view.findings.flatMap((f) => rangeFor(this.text, f.start, f.end, this.editor.ownerDocument) ?? []),
    );
    measure('tacto:analyse', start);
  }

  private async loadTicket(): Promise<void> {
    const { adapter } = this.deps;
    try {
      this.context = await adapter.readContext(this.editor, this.signal);
    } catch (error) {
      console.warn('[Tacto] could not read the ticket', error);
      return;
    }
    if (this.signal.aborted) return;
    const message = this.context.customerMessage;
    let moments: MomentId[] = [];
    let lang: Lang = this.view.lang;
    if (message) {
      try {
        const analysed = this.deps.analyze({ text: message, role: 'customer' });
        moments = analysed.moments;
        lang = analysed.lang;
      } catch (error) {
        console.warn('[Tacto] could not analyse the customer message', error);
      }
    }
    this.view = { ...this.view, moments, customerLang: message ? lang : undefined, context: this.context };
    this.analyseNow();
    if (moments.length > 0) void this.reportMoments(this.context, moments, lang, message ?? '');
  }

  private async reportMoments(ticket: TicketContext, moments: MomentId[], lang: Lang, message: string): Promise<void> {
    const at = this.deps.now();
    const day = at.toISOString().slice(0, 10);
    const events: EventReport[] = moments.map((type) => ({
      // One event per ticket, moment and day: a retry or a second visit stores nothing new.
      id: `moment:${ticket.helpdesk}:${ticket.ticketId}:${type}:${day}`,
      at: at.toISOString(),
      helpdesk: ticket.helpdesk,
      ticket: ticket.ticketId,
      kind: 'moment',
      type,
      action: 'seen',
      lang,
      topicSource: message.slice(0, 500),
    }));
    try {
      await this.deps.report(events);
    } catch (error) {
      console.warn('[Tacto] could not log the ticket moments', error);
    }
  }

  private findingEvents(findings: Finding[], action: (f: Finding) => EventAction): EventReport[] {
    const ticket = this.context;
    if (!ticket) return [];
    const at = this.deps.now().toISOString();
    return findings.map((f) => {
      const act = action(f);
      return {
        id: eventId('finding'),
        at,
        helpdesk: ticket.helpdesk,
        ticket: ticket.ticketId,
        kind: 'finding' as const,
        type: f.rule,
        action: act,
        lang: this.view.lang,
        // A dismissal carries no phrase of the draft: its topic comes from the ticket's customer message.
        topicSource: act === 'dismissed' ? ticket.customerMessage?.slice(0, 500) : f.quote.slice(0, 500),
      };
    });
  }

  /** "Ignore": this finding disappears from this draft, wherever the agent edits. */
  ignore(finding: Finding): void {
    this.ignored.add(findingKey(finding));
    this.view = { ...this.view, silenced: { kind: 'ignore', rule: finding.rule, quote: finding.quote } };
    this.analyseNow();
    this.log(this.findingEvents([finding], () => 'dismissed'));
  }

  /** "Never flag this phrase": onto the agent's allow-list (and out of this draft at once). */
  async ignoreAlways(finding: Finding): Promise<void> {
    this.ignored.add(findingKey(finding));
    this.view = { ...this.view, silenced: { kind: 'ignore-always', rule: finding.rule, quote: finding.quote } };
    this.analyseNow();
    this.log(this.findingEvents([finding], () => 'dismissed'));
    try {
      await this.deps.allowPhrase?.(finding.quote);
    } catch (error) {
      console.warn('[Tacto] could not save the allow-list', error);
    }
  }

  /** "Turn off this rule", with a one-step undo offered in the panel. */
  async disableRule(finding: Finding): Promise<void> {
    this.view = { ...this.view, ruleOff: finding.rule };
    this.log(this.findingEvents([finding], () => 'dismissed'));
    try {
      await this.deps.setRuleEnabled?.(finding.rule, false);
    } catch (error) {
      this.view = { ...this.view, ruleOff: undefined };
      console.warn('[Tacto] could not switch the rule off', error);
    }
    this.analyseNow();
  }

  /** Takes back the last "Turn off this rule" made in this panel. */
  async undoDisableRule(): Promise<void> {
    const rule = this.view.ruleOff;
    if (!rule) return;
    this.view = { ...this.view, ruleOff: undefined };
    try {
      await this.deps.setRuleEnabled?.(rule, true);
    } catch (error) {
      console.warn('[Tacto] could not switch the rule back on', error);
    }
    this.analyseNow();
  }

  /** Takes back the last "Ignore" or "Never flag this phrase" made in this panel. */
  async undoSilence(): Promise<void> {
    const silenced = this.view.silenced;
    if (!silenced) return;
    this.view = { ...this.view, silenced: undefined };
    this.ignored.delete(findingKey(silenced));
    if (silenced.kind === 'ignore-always') {
      try {
        await this.deps.forgetPhrase?.(silenced.quote);
      } catch (error) {
        console.warn('[Tacto] could not take the phrase off the allow-list', error);
      }
    }
    this.analyseNow();
  }

  private log(events: EventReport[]): void {
    if (events.length === 0) return;
    this.deps.report(events).catch((error: unknown) => console.warn('[Tacto] could not log', error));
  }

  /**
   * The finding as the draft holds it now. The sidebar may show a finding from a moment
   * ago (the agent kept typing): a stale suggestion is never applied to a changed
   * sentence; the re-analysis below refreshes the sidebar instead.
   */
  private stillFound(shown: Finding): Finding | undefined {
    this.analyseNow();
    return this.result?.findings.find((f) => f.rule === shown.rule && f.start === shown.start && f.quote === shown.quote);
  }

  /** One-click rewrite: replaces exactly the finding's span through the editor. */
  async apply(finding: Finding, replacement: string): Promise<boolean> {
    const current = this.stillFound(finding);
    if (!current) return false;
    const result = await this.deps.write(this.editor, current.start, current.end, replacement);
    this.view = { ...this.view, writeError: result.ok ? undefined : result.error };
    this.analyseNow();
    if (result.ok) this.log(this.findingEvents([current], () => 'applied-suggestion'));
    return result.ok;
  }

  /** Adds a playbook alternative after the sentence that refuses. */
  async insertAlternative(shown: Finding, alternative: Alternative): Promise<boolean> {
    const finding = this.stillFound(shown);
    if (!finding) return false;
    const text = this.text.text;
    const tail = text.slice(finding.end).search(/[.!?…\n]|$/);
    let at = finding.end + tail;
    while (at < text.length && /[.!?…]/.test(text[at])) at++;
    const result = await this.deps.write(this.editor, at, at, ` ${alternative.text}`);
    this.view = { ...this.view, writeError: result.ok ? undefined : result.error };
    this.analyseNow();
    if (result.ok) this.log(this.findingEvents([finding], () => 'applied-suggestion'));
    return result.ok;
  }

  /**
   * A playbook entry offered on a moment's chip: added at the end of the draft (on a line
   * of its own when the draft ends with one), before any refusal is written.
   */
  async insertForMoment(alternative: Alternative): Promise<boolean> {
    this.analyseNow();
    const text = this.text.text;
    const at = text.length;
    const separator = text.trim() === '' ? '' : /\s$/.test(text) ? '' : ' ';
    const result = await this.deps.write(this.editor, at, at, `${separator}${alternative.text}`);
    this.view = { ...this.view, writeError: result.ok ? undefined : result.error };
    this.analyseNow();
    return result.ok;
  }

  /** Draws the send guard for these commitments; returns its dialog (null if none was drawn). */
  showGuard(commitments: Commitment[]): HTMLElement | null {
    const context = this.deps.analysisContext(this.context);
    const priority = context.priority ?? 'normal';
    const findings = this.result?.findings ?? [];
    const text = this.text.text;
    const words = (c: Commitment): CommitmentWords =>
      this.deps.explainCommitment?.(c, context) ?? { due: c.due, hoursLeft: String(c.windowBusinessHours), minHours: String(context.minBusinessHours?.[priority] ?? 0) };
    this.view = {
      ...this.view,
      guard: {
        commitments: commitments.map((c) => {
          const around = sentenceAround(text, c.start, c.end);
          const { due, hoursLeft } = words(c);
          return {
            ...c,
            suggestions:
              findings.find((f) => f.rule === 'unrealistic-commitment' && f.start === c.start && f.end === c.end)?.suggestions ?? [],
            sentence: around.sentence,
            markStart: c.start - around.start,
            markEnd: c.end - around.start,
            due,
            hoursLeft,
          };
        }),
        priority,
        priorityLabel: this.context?.priority ? this.context.priorityLabel : undefined,
        priorityFromDefault: !this.context?.priority,
        minHours: commitments.length ? words(commitments[0]).minHours : '',
      },
    };
    this.handle?.update(this.view);
    return this.handle?.guardElement() ?? null;
  }

  closeGuard(): void {
    this.view = { ...this.view, guard: undefined };
    this.handle?.update(this.view);
  }

  /** "Revise": close the dialog and put the caret on the first commitment. */
  revise(commitment: Commitment | undefined): void {
    this.closeGuard();
    this.log(this.findingEvents(this.view.findings.filter((f) => f.rule === 'unrealistic-commitment'), () => 'revised'));
    this.editor.focus({ preventScroll: false });
    if (!commitment) return;
    const range = rangeFor(this.text, commitment.start, commitment.end);
    const selection = this.editor.ownerDocument.getSelection();
    if (range && selection) {
      selection.removeAllRanges();
      selection.addRange(range);
    }
  }

  /**
   * The agent focused a finding in the panel: its span is marked as the current one and
   * scrolled into view in the editor (the caret and the selection are left alone).
   */
  revealFinding(shown: Finding): void {
    const finding = this.view.findings.find((f) => f.rule === shown.rule && f.quote === shown.quote && f.start === shown.start) ?? shown;
    const range = rangeFor(this.text, finding.start, finding.end, this.editor.ownerDocument);
    if (!range) return;
    this.marks.current(range);
    scrollRangeIntoView(range);
  }

  /** Whether the agent's focus is in this session's panel. */
  panelHasFocus(): boolean {
    return this.handle?.hasFocus?.() ?? false;
  }

  /** The keyboard command: from the editor to the panel's first suggestion, or back. */
  toggleFocus(): boolean {
    if (this.panelHasFocus()) {
      this.returnToEditor();
      return true;
    }
    return this.handle?.focusFirstSuggestion?.() ?? false;
  }

  /**
   * Focus back in the editor without touching the selection, before a rewrite from the
   * keyboard: the writer then places the caret after the change (a caret restored here
   * would reach CKEditor's model only after the write, and undo its placement).
   */
  focusEditor(): void {
    this.editor.focus({ preventScroll: true });
  }

  /** Focus back in the editor, the caret where it was when focus left (if the text still holds it). */
  returnToEditor(): void {
    this.focusEditor();
    const caret = this.caret;
    const selection = this.editor.ownerDocument.getSelection();
    if (!caret || !selection || !this.editor.contains(caret.startContainer) || !caret.startContainer.isConnected) return;
    selection.removeAllRanges();
    selection.addRange(caret);
  }

  /** A reply left: log the findings it carried. */
  sent(how: 'sent' | 'sent-anyway'): void {
    this.closeGuard();
    this.log(
      this.findingEvents(this.view.findings, (f) =>
        how === 'sent-anyway' && f.rule === 'unrealistic-commitment' ? 'sent-anyway' : 'sent',
      ),
    );
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.marks.clear();
    this.controller.abort();
    this.handle?.remove();
    this.handle = undefined;
  }
}

/**
 * Starts coaching on a page: sessions open when the agent focuses a reply editor
 * (also editors that appear later), and close when their editor leaves the DOM.
 */
export function startCoach(deps: CoachDeps, signal: AbortSignal, firstEditor?: Element): Map<HTMLElement, CoachSession> {
  const sessions = new Map<HTMLElement, CoachSession>();

  // Only the agent opens a session (lib/coach/agent-input.ts).
  const openFor = (target: Element) => {
    // Each key the agent types lands here: a key in an editor already coached is answered
    // without the adapter's test, whose visibility check would force a style recalculation.
    for (const editor of sessions.keys()) if (editor.contains(target)) return;
    const editor = deps.adapter.editorFor(target);
    if (!editor || sessions.has(editor)) return;
    const session = new CoachSession(editor, deps);
    sessions.set(editor, session);
    session.start();
  };
  listenForAgentInput(openFor, signal);
  // The agent's input that started Tacto on this page (the loader checked it the same way).
  if (firstEditor) openFor(firstEditor);

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
