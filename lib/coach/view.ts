/**
 * What the coach hands its panel (the sidebar and the send guard's dialog, drawn by
 * components/): the view's data and the handle the session drives it through. Kept apart
 * from the session so the UI imports types and the panel's order, never the session.
 */
import type { Commitment, Finding, Lang, MomentId, Priority, RuleId } from '../analysis/types';
import type { TicketContext } from '../helpdesk/adapters/types';
import type { ActivePause } from './control/pause';

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
