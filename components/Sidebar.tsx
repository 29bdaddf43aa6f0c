import { Component } from 'preact';
import { useRef } from 'preact/hooks';
import type { Alternative, Finding, Lang, MomentId, RuleId } from '@/lib/analysis/types';
import type { ActivePause, PauseDuration, PauseScope } from '@/lib/coach/control/pause';
import type { Translate } from '@/lib/coach/i18n';

export interface MomentInfo {
  id: MomentId;
  label: string;
  advice: string;
  /** The playbook entries that answer this moment, in the draft's language. */
  alternatives?: Alternative[];
}

export interface SidebarProps {
  lang: Lang;
  words: number;
  findings: Finding[];
  moments: MomentInfo[];
  internal: boolean;
  collapsed: boolean;
  /** A rewrite that could not be written into the editor. */
  writeError?: string;
  t: Translate;
  onToggle(): void;
  onApply(finding: Finding, suggestion: string): void;
  onInsertAlternative(finding: Finding, alternative: Alternative): void;
  /** A playbook entry offered on a moment's chip (added at the end of the draft). */
  onInsertMomentAlternative?(alternative: Alternative): void;
  /** Tacto is paused here (no findings, no held send). */
  paused?: ActivePause;
  /** A rule just switched off from this panel, offered for undo. */
  ruleOff?: RuleId;
  /** Whether the page shows a ticket (a ticket pause needs one). */
  hasTicket?: boolean;
  /** How a pause's end is written (the interface language's clock). */
  formatTime?(until: number): string;
  onIgnore?(finding: Finding): void;
  onIgnoreAlways?(finding: Finding): void;
  onDisableRule?(finding: Finding): void;
  onUndoDisableRule?(): void;
  /** The finding just ignored or never-flagged here, offered for undo. */
  silenced?: { kind: 'ignore' | 'ignore-always'; rule: RuleId; quote: string };
  onUndoSilence?(): void;
  onPause?(scope: PauseScope, duration: PauseDuration): void;
  onResume?(): void;
  onOpenDashboard?(): void;
  /** The agent focused a finding (or one of its buttons): its span is shown in the editor. */
  onRevealFinding?(finding: Finding): void;
}

/**
 * The header's word count is the span's text, written by Sidebar on each of its renders and
 * not kept by Preact (the span has no children for it): a space typed changes the count and
 * often nothing else, and the caller (components/mountSidebar.tsx) then writes it alone,
 * synchronously, instead of rendering the panel.
 */
export const WORD_COUNT = '[data-tacto="word-count"]';
export function writeWordCount(span: Element | null, words: number): void {
  const text = String(words);
  if (span && span.textContent !== text) span.textContent = text;
}

const ruleName = (t: Translate, rule: RuleId) => t(`setRule_${rule.replace(/-/g, '_')}`);

/** Buttons act without taking focus from the editor, so the caret stays where it was. */
const keepFocus = (event: MouseEvent) => event.preventDefault();

/** A playbook entry to insert, for a finding (title and text) or a moment chip (title; text on hover). */
function AlternativeButton(props: { alternative: Alternative; withText?: boolean; onInsert(): void }) {
  const a = props.alternative;
  return (
    <button type="button" data-action="insert-alternative" data-alternative={a.id} title={a.text} onMouseDown={keepFocus} onClick={props.onInsert}>
      <strong>{a.title}</strong>
      {props.withText && <span>{a.text}</span>}
    </button>
  );
}

export function Sidebar(props: SidebarProps) {
  const { t, findings, moments } = props;
  // One `act` and one moment handler for the panel's life, reading the latest props when
  // called: the lists below then see the same functions on every render and can skip theirs.
  const latest = useRef(props);
  latest.current = props;
  const handlers = useRef<{ act: Act; insertForMoment(a: Alternative): void } | null>(null);
  handlers.current ??= {
    act(f, action) {
      const now = latest.current;
      if (action.kind === 'apply') now.onApply(f, action.suggestion);
      else if (action.kind === 'alternative') now.onInsertAlternative(f, action.alternative);
      else if (action.kind === 'ignore') now.onIgnore?.(f);
      else if (action.kind === 'ignore-always') now.onIgnoreAlways?.(f);
      else if (action.kind === 'reveal') now.onRevealFinding?.(f);
      else now.onDisableRule?.(f);
    },
    insertForMoment(a) {
      latest.current.onInsertMomentAlternative?.(a);
    },
  };
  const { act, insertForMoment } = handlers.current;
  const count = findings.length;
  const showsFindings = !props.paused && !props.internal;
  const until = (ms: number) => props.formatTime?.(ms) ?? new Date(ms).toLocaleTimeString();

  if (props.collapsed) {
    return (
      <>
      <CountStatus t={t} count={count} />
      <button
        type="button"
        class="badge"
        data-tacto="badge"
        data-action="expand"
        aria-expanded="false"
        aria-label={t('sidebarExpand', countText(t, count))}
        onMouseDown={keepFocus}
        onClick={props.onToggle}
      >
        {/* The logo's «T» is a shape, not text: the only visible text, the count, is then part of the button's name. */}
        <svg class="logo" aria-hidden="true" width="10" height="12" viewBox="0 0 10 12">
          <path d="M0 0h10v2.5H6.25V12h-2.5V2.5H0z" fill="currentColor" />
        </svg>
        {count > 0 && <span class="count">{count}</span>}
      </button>
      </>
    );
  }

  return (
    <aside class="panel" data-tacto="sidebar" aria-label={t('sidebarLabel')} tabIndex={-1}>
      <header>
        <CountStatus t={t} count={props.paused || props.internal ? 0 : count} />
        <strong>Tacto</strong>
        {showsFindings && count > 0 && (
          <span class="count" data-tacto="finding-count" data-count={count} title={t('findingCount', String(count))}>
            <span aria-hidden="true">{count}</span>
            <span class="sr-only">{t('findingCount', String(count))}</span>
          </span>
        )}
        <span class="meta">
          <span data-tacto="lang" lang="en">{props.lang}</span>
          {' · '}
          <span data-tacto="word-count" ref={(span) => writeWordCount(span, props.words)} /> {t('words')}
        </span>
        <button
          type="button"
          class="icon"
          data-action="collapse"
          aria-expanded="true"
          aria-label={t('sidebarCollapse')}
          onMouseDown={keepFocus}
          onClick={props.onToggle}
        >
          –
        </button>
      </header>

      {/* The header stays put; everything below it scrolls inside the panel. */}
      <div class="body" data-tacto="panel-body">
      {props.ruleOff && (
        <p class="notice" data-tacto="rule-off" data-rule-off={props.ruleOff} role="status">
          {t('ruleOffNotice', ruleName(t, props.ruleOff))}{' '}
          <button type="button" class="link" data-action="undo-disable-rule" onMouseDown={keepFocus} onClick={() => props.onUndoDisableRule?.()}>
            {t('ruleOffUndo')}
          </button>
        </p>
      )}

      {props.silenced && (
        <p class="notice" data-tacto="silenced" data-silenced={props.silenced.kind} role="status">
          {t(props.silenced.kind === 'ignore' ? 'silencedIgnore' : 'silencedAlways', props.silenced.quote)}{' '}
          <button type="button" class="link" data-action="undo-silence" onMouseDown={keepFocus} onClick={() => props.onUndoSilence?.()}>
            {t('ruleOffUndo')}
          </button>
        </p>
      )}

      {props.writeError && (
        <p class="write-error" role="alert">
          {t('writeFailed')}
        </p>
      )}

      {props.paused ? (
        <p class="quiet" data-tacto="paused" data-scope={props.paused.scope}>
          {t(`paused_${props.paused.scope}`, until(props.paused.until))}{' '}
          <button type="button" class="link" data-action="resume" onMouseDown={keepFocus} onClick={() => props.onResume?.()}>
            {t('pauseResume')}
          </button>
        </p>
      ) : props.internal ? (
        <p class="quiet" data-tacto="internal-note">{t('internalNote')}</p>
      ) : (
        <section aria-label={t('findingsLabel')}>
          {count === 0 ? (
            <p class="quiet" data-tacto="no-findings">{t('noFindings')}</p>
          ) : (
            <FindingList findings={findings} lang={props.lang} t={t} act={act} />
          )}
        </section>
      )}

      {/* After the findings: what the agent can act on comes first. */}
      {moments.length > 0 && <MomentChips moments={moments} t={t} onInsert={insertForMoment} />}

      <PanelFooter t={t} hasTicket={Boolean(props.hasTicket)} onPause={props.onPause} onOpenDashboard={props.onOpenDashboard} />
      </div>
    </aside>
  );
}

/**
 * The one live region: the number of suggestions, read politely when it changes (its text
 * changes only then), never the list itself while the agent types.
 */
function CountStatus({ t, count }: { t: Translate; count: number }) {
  return (
    <p class="visually-hidden" data-tacto="count-status" role="status" aria-live="polite">
      {countText(t, count)}
    </p>
  );
}

/** «No suggestions», «1 suggestion», «3 suggestions». */
function countText(t: Translate, count: number): string {
  return count === 0 ? t('findingCountNone') : count === 1 ? t('findingCountOne') : t('findingCountMany', String(count));
}

/** Findings shown unfolded when they appear; the rest show their message only until opened. */
const OPEN_AT_FIRST = 3;

type FindingAction = { kind: 'apply'; suggestion: string } | { kind: 'alternative'; alternative: Alternative } | { kind: 'ignore' | 'ignore-always' | 'disable-rule' | 'reveal' };
type Act = (finding: Finding, action: FindingAction) => void;

/** Same props, key by key (===): a part of the panel whose props did not change is not rendered again. */
export function sameProps<P extends object>(a: P, b: P): boolean {
  const keys = Object.keys(a) as Array<keyof P>;
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
}

/**
 * A part of the panel that renders only when its props change. The panel renders after
 * each pause in typing; mostly only the word count has changed, and these parts keep
 * their last render (their lists arrive as the same arrays while their content is the same:
 * see components/mountSidebar.tsx).
 */
abstract class PanelPart<P extends object> extends Component<P> {
  override shouldComponentUpdate(next: P): boolean {
    return !sameProps(this.props, next);
  }
}

class FindingList extends PanelPart<{ findings: Finding[]; lang: Lang; t: Translate; act: Act }> {
  override render() {
    const { findings, lang, t, act } = this.props;
    return (
      <ul class="findings">
        {findings.map((f, i) => (
          <FindingItem key={`${f.rule}:${f.quote}:${sameBefore(findings, i)}`} finding={f} lang={lang} t={t} act={act} openAtFirst={i < OPEN_AT_FIRST} />
        ))}
      </ul>
    );
  }
}

/** The customer's moments as chips, with the playbook entries that answer them. */
class MomentChips extends PanelPart<{ moments: MomentInfo[]; t: Translate; onInsert(alternative: Alternative): void }> {
  override render() {
    const { moments, t, onInsert } = this.props;
    return (
      <section aria-label={t('momentsLabel')} class="moments">
        {moments.map((m) => (
          <div class="moment" data-moment={m.id} key={m.id}>
            {/* Compact: the chip; its advice opens on demand. */}
            <details class="moment-advice">
              <summary class="chip" onMouseDown={keepFocus}>{m.label}</summary>
              <p class="advice">{m.advice}</p>
            </details>
            {(m.alternatives?.length ?? 0) > 0 && (
              <div class="alternatives moment-alternatives" role="group" aria-label={t('momentAlternativesLabel', m.label)}>
                {m.alternatives!.map((a) => (
                  <AlternativeButton key={a.id} alternative={a} onInsert={() => onInsert(a)} />
                ))}
              </div>
            )}
          </div>
        ))}
      </section>
    );
  }
}

/** How many findings before index i have the same rule and quote (keeps keys unique). */
function sameBefore(findings: readonly Finding[], i: number): number {
  let n = 0;
  for (let j = 0; j < i; j++) if (findings[j].rule === findings[i].rule && findings[j].quote === findings[i].quote) n++;
  return n;
}

interface FindingProps {
  finding: Finding;
  lang: Lang;
  t: Translate;
  /** From the latest render of the panel (Preact updates props even when the item skips rendering). */
  act: Act;
  /** Unfolded when it first appears (the agent's fold or unfold then holds while it stays). */
  openAtFirst: boolean;
}

const sameList = <T,>(a: readonly T[], b: readonly T[], eq: (x: T, y: T) => boolean) => a.length === b.length && a.every((x, i) => eq(x, b[i]));

/** One finding. Typing elsewhere moves its offsets but not its content: then it is not re-rendered. */
class FindingItem extends Component<FindingProps, { open: boolean }> {
  override state = { open: this.props.openAtFirst };

  override shouldComponentUpdate(next: FindingProps, state: { open: boolean }): boolean {
    const a = this.props.finding;
    const b = next.finding;
    return (
      state.open !== this.state.open ||
      next.t !== this.props.t ||
      next.lang !== this.props.lang ||
      a.message !== b.message ||
      !sameList(a.suggestions, b.suggestions, (x, y) => x === y) ||
      !sameList(a.alternatives, b.alternatives, (x, y) => x.id === y.id && x.text === y.text && x.title === y.title)
    );
  }

  override render() {
    const { finding: f, lang, t } = this.props;
    // Read at click time: this render may be older than the finding's current offsets.
    const shown = () => this.props.finding;
    return (
      <li class="finding" data-rule={f.rule} data-open={String(this.state.open)} onFocusIn={() => this.props.act(shown(), { kind: 'reveal' })}>
        <details
          open={this.state.open}
          onToggle={(event) => {
            const open = (event.currentTarget as HTMLDetailsElement).open;
            if (open !== this.state.open) this.setState({ open });
          }}
        >
        <summary class="message" onMouseDown={keepFocus}>{f.message}</summary>
        <blockquote lang={lang}>{f.quote}</blockquote>
        <div class="actions" role="group" aria-label={t('suggestionsLabel')}>
          {f.suggestions.map((s) => (
            <button type="button" data-action="apply-suggestion" lang={lang} key={s} onMouseDown={keepFocus} onClick={() => this.props.act(shown(), { kind: 'apply', suggestion: s })}>
              {s}
            </button>
          ))}
        </div>
        {f.alternatives.length > 0 && (
          <div class="alternatives" role="group" aria-label={t('alternativesLabel')}>
            {f.alternatives.map((a) => (
              <AlternativeButton key={a.id} alternative={a} withText onInsert={() => this.props.act(shown(), { kind: 'alternative', alternative: a })} />
            ))}
          </div>
        )}
        <div class="controls" role="group" aria-label={t('findingControlsLabel')}>
          <button type="button" class="link" data-action="ignore" onMouseDown={keepFocus} onClick={() => this.props.act(shown(), { kind: 'ignore' })}>
            {t('findingIgnore')}
          </button>
          <button type="button" class="link" data-action="ignore-always" onMouseDown={keepFocus} onClick={() => this.props.act(shown(), { kind: 'ignore-always' })}>
            {t('findingIgnoreAlways')}
          </button>
          <button
            type="button"
            class="link"
            data-action="disable-rule"
            title={ruleName(t, f.rule)}
            onMouseDown={keepFocus}
            onClick={() => this.props.act(shown(), { kind: 'disable-rule' })}
          >
            {t('findingDisableRule')}
          </button>
        </div>
        </details>
      </li>
    );
  }
}

interface FooterProps {
  t: Translate;
  hasTicket: boolean;
  onPause?(scope: PauseScope, duration: PauseDuration): void;
  onOpenDashboard?(): void;
}

/**
 * The pause menu and the dashboard link. The same on every analysis, so it re-renders only
 * when its own props or choice change (the panel re-renders after each pause in typing).
 */
class PanelFooter extends Component<FooterProps, { duration: PauseDuration }> {
  override state = { duration: '1h' as PauseDuration };

  override shouldComponentUpdate(next: FooterProps, state: { duration: PauseDuration }): boolean {
    const now = this.props;
    return next.t !== now.t || next.hasTicket !== now.hasTicket || next.onPause !== now.onPause || next.onOpenDashboard !== now.onOpenDashboard || state.duration !== this.state.duration;
  }

  render() {
    return (
      <footer>
        <details data-tacto="pause-menu">
          <summary onMouseDown={keepFocus}>{this.props.t('pauseMenu')}</summary>
          <fieldset class="pause-duration">
            <legend>{this.props.t('pauseFor')}</legend>
            {(['1h', 'tomorrow'] as const).map((d) => (
              <label key={d}>
                <input type="radio" name="pause-duration" value={d} checked={this.state.duration === d} onMouseDown={keepFocus} onChange={() => this.setState({ duration: d })} />
                {this.props.t(d === '1h' ? 'pause1h' : 'pauseTomorrow')}
              </label>
            ))}
          </fieldset>
          <div class="pause-buttons">
            <button type="button" data-action="pause-ticket" disabled={!this.props.hasTicket} onMouseDown={keepFocus} onClick={() => this.props.onPause?.('ticket', this.state.duration)}>
              {this.props.t('pauseTicket')}
            </button>
            <button type="button" data-action="pause-site" onMouseDown={keepFocus} onClick={() => this.props.onPause?.('site', this.state.duration)}>
              {this.props.t('pauseSite')}
            </button>
            <button type="button" data-action="pause-everywhere" onMouseDown={keepFocus} onClick={() => this.props.onPause?.('everywhere', this.state.duration)}>
              {this.props.t('pauseEverywhere')}
            </button>
          </div>
        </details>
        <button type="button" class="link" data-action="open-dashboard" onMouseDown={keepFocus} onClick={() => this.props.onOpenDashboard?.()}>
          {this.props.t('openDashboard')}
        </button>
      </footer>
    );
  }
}
