/**
 * One coaching session per reply editor the agent works in: it re-analyses the draft
 * shortly after typing pauses, reads the ticket once (its customer moments go to the log),
 * and carries out what the agent asks from the panel — rewrites, ignores, the send guard's
 * dialog, the keyboard's way between editor and panel. The view (Preact) is injected, so
 * this module holds no UI code; every failure leaves the draft as the agent typed it.
 *
 * Cost per keystroke: one MutationObserver callback that (re)arms a timer. The analysis
 * runs once typing pauses, on the sentences that changed (the engine caches the rest).
 */
import type { Alternative, AnalysisResult, AnalyzeInput, Commitment, Finding, Lang, MomentId, RuleId } from '../analysis/types';
import { excludeFor, type HelpdeskAdapter, type TicketContext } from '../helpdesk/adapters/types';
import { countWords, extractText, rangeFor, type TextMap } from '../helpdesk/dom-text';
import type { WriteResult } from '../helpdesk/editors/writer';
import { scrollRangeIntoView, SpanMarks } from '../helpdesk/highlights';
import type { EventAction, EventReport } from '../log/messaging';
import { rememberCaret, type CaretMemory } from './caret';
import { applySuppression, findingKey, type Suppression } from './control/dismissals';
import type { ActivePause } from './control/pause';
import { guardView } from './guard-view';
import { afterSentence, atDraftEnd } from './insertions';
import { findingEvents, momentEvents } from './log-events';
import { measure } from './timing';
import type { CoachView, CommitmentWords, ViewHandle } from './view';

/** How long after the last keystroke the draft is analysed. */
export const ANALYSIS_DELAY_MS = 60;

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
  private caret: CaretMemory | undefined;

  constructor(
    readonly editor: HTMLElement,
    private readonly deps: CoachDeps,
  ) {}

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** `inputAt`: when the agent's input that opened this session happened, if earlier than now (the page's first session). */
  start(inputAt?: number): void {
    const observer = new MutationObserver(() => {
      const start = performance.now();
      this.schedule();
      measure('tacto:keystroke', start);
    });
    observer.observe(this.editor, { characterData: true, childList: true, subtree: true });
    this.signal.addEventListener('abort', () => observer.disconnect());
    this.caret = rememberCaret(this.editor, this.signal);
    this.handle = this.deps.mountView(this);
    this.handle.update(this.view);
    const opened = performance.now();
    this.deps.engineReady().then(
      () => {
        this.ready = true;
        this.analyseNow();
        // From the session's start to its first analysis: on a page's first session, the engine's and the weights'
        // load (the issue's «load + first analysis»)…
        measure('tacto:session-first-analysis', opened);
        // …and from the agent's input as the page's loader saw it, so the import of Tacto's page code counts too:
        // what the agent waits.
        measure('tacto:first-analysis', inputAt ?? opened);
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

  /** Reads the ticket once: its context for the analysis, its customer moments for the panel and the log. */
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
    try {
      await this.deps.report(momentEvents(ticket, moments, lang, message, this.deps.now()));
    } catch (error) {
      console.warn('[Tacto] could not log the ticket moments', error);
    }
  }

  /** Logs what became of these findings (nothing before the ticket is read); a failed report never reaches the agent. */
  private logFindings(findings: Finding[], action: (f: Finding) => EventAction): void {
    const events = findingEvents(this.context, findings, action, this.view.lang, this.deps.now());
    if (events.length === 0) return;
    this.deps.report(events).catch((error: unknown) => console.warn('[Tacto] could not log', error));
  }

  /** "Ignore": this finding disappears from this draft, wherever the agent edits. */
  ignore(finding: Finding): void {
    this.ignored.add(findingKey(finding));
    this.view = { ...this.view, silenced: { kind: 'ignore', rule: finding.rule, quote: finding.quote } };
    this.analyseNow();
    this.logFindings([finding], () => 'dismissed');
  }

  /** "Never flag this phrase": onto the agent's allow-list (and out of this draft at once). */
  async ignoreAlways(finding: Finding): Promise<void> {
    this.ignored.add(findingKey(finding));
    this.view = { ...this.view, silenced: { kind: 'ignore-always', rule: finding.rule, quote: finding.quote } };
    this.analyseNow();
    this.logFindings([finding], () => 'dismissed');
    try {
      await this.deps.allowPhrase?.(finding.quote);
    } catch (error) {
      console.warn('[Tacto] could not save the allow-list', error);
    }
  }

  /** "Turn off this rule", with a one-step undo offered in the panel. */
  async disableRule(finding: Finding): Promise<void> {
    this.view = { ...this.view, ruleOff: finding.rule };
    this.logFindings([finding], () => 'dismissed');
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

  /**
   * The finding as the draft holds it now. The sidebar may show a finding from a moment
   * ago (the agent kept typing): a rewrite (`exact`) is never applied to a changed
   * sentence, and the re-analysis below refreshes the sidebar instead; an alternative
   * (`overlapping`) goes after the sentence and replaces nothing, so a refusal the agent
   * finished typing since the panel drew it (its span grew or shrank) still takes it.
   */
  private stillFound(shown: Finding, match: 'exact' | 'overlapping'): Finding | undefined {
    this.analyseNow();
    const same = match === 'exact'
      ? (f: Finding) => f.start === shown.start && f.quote === shown.quote
      : (f: Finding) => f.start < shown.end && shown.start < f.end;
    return this.result?.findings.find((f) => f.rule === shown.rule && same(f));
  }

  /** Writes through the editor's own model, says on the panel when it could not, and re-analyses. */
  private async write(start: number, end: number, text: string): Promise<boolean> {
    const result = await this.deps.write(this.editor, start, end, text);
    this.view = { ...this.view, writeError: result.ok ? undefined : result.error };
    this.analyseNow();
    return result.ok;
  }

  /** One-click rewrite: replaces exactly the finding's span through the editor. */
  async apply(finding: Finding, replacement: string): Promise<boolean> {
    const current = this.stillFound(finding, 'exact');
    if (!current) return false;
    const ok = await this.write(current.start, current.end, replacement);
    if (ok) this.logFindings([current], () => 'applied-suggestion');
    return ok;
  }

  /** Adds a playbook alternative after the sentence that refuses. */
  async insertAlternative(shown: Finding, alternative: Alternative): Promise<boolean> {
    const finding = this.stillFound(shown, 'overlapping');
    if (!finding) return false;
    const at = afterSentence(this.text.text, finding.end);
    const ok = await this.write(at, at, ` ${alternative.text}`);
    if (ok) this.logFindings([finding], () => 'applied-suggestion');
    return ok;
  }

  /**
   * A playbook entry offered on a moment's chip: added at the end of the draft (on a line
   * of its own when the draft ends with one), before any refusal is written.
   */
  async insertForMoment(alternative: Alternative): Promise<boolean> {
    this.analyseNow();
    const { at, text } = atDraftEnd(this.text.text, alternative.text);
    return this.write(at, at, text);
  }

  /** Draws the send guard for these commitments; returns its dialog (null if none was drawn). */
  showGuard(commitments: Commitment[]): HTMLElement | null {
    const guard = guardView({
      commitments,
      text: this.text.text,
      findings: this.result?.findings ?? [],
      context: this.deps.analysisContext(this.context),
      ticket: this.context,
      explain: this.deps.explainCommitment,
    });
    this.view = { ...this.view, guard };
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
    this.logFindings(this.view.findings.filter((f) => f.rule === 'unrealistic-commitment'), () => 'revised');
    this.editor.focus({ preventScroll: false });
    if (!commitment) return;
    const range = rangeFor(this.text, commitment.start, commitment.end);
    const selection = this.editor.ownerDocument.getSelection();
    if (range && selection) {
      selection.removeAllRanges();
      selection.addRange(range);
    }
  }

  /** A reply left: log the findings it carried. */
  sent(how: 'sent' | 'sent-anyway'): void {
    this.closeGuard();
    this.logFindings(this.view.findings, (f) => (how === 'sent-anyway' && f.rule === 'unrealistic-commitment' ? 'sent-anyway' : 'sent'));
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
    this.caret?.restore();
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.marks.clear();
    this.controller.abort();
    this.handle?.remove();
    this.handle = undefined;
  }
}
