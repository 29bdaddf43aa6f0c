/**
 * The send guard's dialog, as data: each held commitment with the whole sentence around
 * it, its rewrites, when it falls due and the hours left, and the ticket's priority.
 * Pure, so the dialog's wording is tested without a page (lib/coach/send-guard.ts holds
 * the send; the session draws this view).
 */
import type { AnalyzeInput, Commitment, Finding } from '../analysis/types';
import type { TicketContext } from '../helpdesk/adapters/types';
import type { CommitmentWords, GuardView } from './view';

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

export interface GuardInput {
  commitments: Commitment[];
  /** The draft as analysed, and the findings that carry each commitment's rewrites. */
  text: string;
  findings: Finding[];
  context: NonNullable<AnalyzeInput['context']>;
  ticket: TicketContext | undefined;
  /** The interface language's wording of a commitment; without it, the engine's own figures. */
  explain?: (commitment: Commitment, context: NonNullable<AnalyzeInput['context']>) => CommitmentWords;
}

export function guardView({ commitments, text, findings, context, ticket, explain }: GuardInput): GuardView {
  const priority = context.priority ?? 'normal';
  const words = (c: Commitment): CommitmentWords =>
    explain?.(c, context) ?? { due: c.due, hoursLeft: String(c.windowBusinessHours), minHours: String(context.minBusinessHours?.[priority] ?? 0) };
  return {
    commitments: commitments.map((c) => {
      const around = sentenceAround(text, c.start, c.end);
      const { due, hoursLeft } = words(c);
      return {
        ...c,
        suggestions: findings.find((f) => f.rule === 'unrealistic-commitment' && f.start === c.start && f.end === c.end)?.suggestions ?? [],
        sentence: around.sentence,
        markStart: c.start - around.start,
        markEnd: c.end - around.start,
        due,
        hoursLeft,
      };
    }),
    priority,
    priorityLabel: ticket?.priority ? ticket.priorityLabel : undefined,
    priorityFromDefault: !ticket?.priority,
    minHours: commitments.length ? words(commitments[0]).minHours : '',
  };
}
