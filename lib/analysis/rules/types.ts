import type { TZDate } from '@date-fns/tz';
import type { Alternative, AnalysisContext, Commitment, Finding, HolidayProvider, Lang, Playbook, RuleId } from '../types';
import type { Sentence } from '../text';
import type { SpanInfo } from '../patterns';
import type { Register } from '../grammar/register';

/** What a rule sees of one sentence. Offsets in matches are relative to `sentence.text`. */
export interface SentenceContext {
  sentence: Sentence;
  /** `fold(sentence.text)`: lower-cased, accents stripped, same length. */
  folded: string;
  lang: Lang;
  /** The draft's form of address (singular forms; plurals are applied to the suggestions after). */
  register?: Register;
}

/** What a rule sees of the whole draft, for draft-level decisions. */
export interface DraftContext {
  text: string;
  folded: string;
  lang: Lang;
  sentences: Sentence[];
  /** Now, in the context's zone. */
  now: TZDate;
  context: AnalysisContext;
  /** Commitments found in the draft (absolute offsets). */
  commitments: Commitment[];
  playbook?: Playbook;
  /** The injected public-holiday calendar (EngineOptions), for rules that compute dates. */
  holidayProvider?: HolidayProvider;
  /** Whether the learned layer reads an offer somewhere in the draft (false without a model). */
  learnedOffer?(): boolean;
}

export interface RuleMatch {
  start: number;
  end: number;
  suggestions: string[];
  alternatives?: Alternative[];
  /** Overrides the rule's message (e.g. to name the due time). */
  message?: string;
}

/**
 * An example: `[[…]]` marks the span that must be reported (like LanguageTool's
 * <marker>); an example without a marker must not fire. `suggest`, when given, must
 * equal the finding's suggestions. `now` and `context` feed time-dependent rules.
 */
export interface RuleExample {
  lang: Lang;
  text: string;
  /**
   * A form the lexicon holds but the learned layer is not taught (scripts/train.ts skips it): used where
   * teaching it moved the model's calibration and flagged clean replies elsewhere (docs/engine.md, sixteenth session),
   * and for examples of a draft-level step (a channel or a time elsewhere in the draft) a sentence model cannot see.
   */
  lexiconOnly?: boolean;
  suggest?: string[];
  now?: string;
  context?: Partial<AnalysisContext>;
}

export interface Rule {
  id: RuleId;
  languages: Lang[];
  message: Record<Lang, string>;
  /** Per-sentence check; its results are cached per sentence text. Offsets relative to the sentence. */
  checkSentence?(s: SentenceContext): RuleMatch[];
  /**
   * Draft-level step: receives this rule's per-sentence matches (absolute offsets) and may
   * drop, keep or add matches (flat-refusal needs "no alternative anywhere in the draft";
   * unrealistic-commitment works from `draft.commitments`).
   */
  checkDraft?(draft: DraftContext, sentenceMatches: RuleMatch[]): RuleMatch[];
  /** Rewrites of a span the lexicon did not mark (a sentence the learned layer flagged). */
  suggest?(info: SpanInfo): string[] | null;
  /**
   * The folded sentence with the phrases the lexicon exempts (its `unless`) blanked: the learned layer's gate reads
   * this, so the model cannot flag a sentence for a cue the lexicon knows is none («guaranteed for the full term»).
   */
  withoutExemptions?(lang: Lang, folded: string): string;
}

/** A rule's match as the contract's finding. */
export function findingOf(rule: Rule, m: RuleMatch, text: string, lang: Lang): Finding {
  return {
    rule: rule.id,
    start: m.start,
    end: m.end,
    quote: text.slice(m.start, m.end),
    message: m.message ?? rule.message[lang],
    suggestions: m.suggestions.slice(0, 3),
    alternatives: m.alternatives ?? [],
  };
}
