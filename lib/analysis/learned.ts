/**
 * How the learned layer joins the lexicons. The lexicons give precise spans and
 * suggestions; the model adds what they miss and vetoes what they misread:
 * - a customer moment is present when its lexicon finds it and the model does not veto
 *   it, or when the model scores the message above the label's calibrated threshold;
 * - a lexicon finding stands unless the model scores its sentence below the label's veto;
 * - a draft rule the lexicon did not find fires when the model scores a sentence above
 *   the threshold and the sentence passes the rule's gate (below) and its draft-level
 *   step; the finding spans that sentence, and its suggestions are built from it by the
 *   rule's own suggester, keeping only rewrites that no longer trigger the rule.
 * Every finding carries a confidence: the model's probability, at least 0.9 for a
 * lexicon match (a lexicon pattern is a reviewed, precise phrasing).
 */
import { shippedModel, textScores, MODEL_LABELS, sentenceProbabilities, type Model, type ModelLabel } from './model';
import type { Register, SpanInfo } from './patterns';
import { findingOf, type DraftContext, type Rule, type RuleMatch } from './rules/types';
import type { Sentence } from './text';
import { fold } from './text';
import { MOMENT_IDS, type Finding, type Lang, type MomentId, type RuleId, type Strictness } from './types';

const LEXICON_CONFIDENCE = 0.9;

/**
 * What a sentence must hold for the model alone to flag it: restating «your problem» is
 * about the customer, so a problem-framing sentence addresses them (you / tú / vos / usted).
 */
const ADDRESSES_CUSTOMER: Record<Lang, RegExp> = {
  en: /\byou(?:r|rs|'re|'ve|'ll|'d)?\b/,
  es: /\b(?:tu|tus|te|ti|vos|usted|ustedes|su|sus|le|les|os|vuestr[oa]s?|tienes|tenes|puedes|podes|quieres|queres|necesitas|necesitas|recibes|recibis|intentas|intentás|logras|lográs)\b/,
};
/** A guarantee is the agent's or the company's, or an absolute: «by law» is neither. */
const PROMISE_VOICE: Record<Lang, RegExp> = {
  en: /\b(?:i|we|i'll|we'll|i'm|we're|our|us|never|always|definitely|certainly|100|absolutely|promise|guarantee|assure|won't happen)\b/,
  es: /\b(?:yo|nosotros|te|le|les|os|nuestr[oa]s?|nunca|jamas|siempre|seguro|100|garantizo|garantizamos|aseguro|aseguramos|prometo|prometemos|sin falta)\b/,
};
/**
 * A refusal is a negated or negative clause («no podemos», «we're unable», «fuera de la
 * garantía», «declined»), and a double negation («es imposible no entenderte», «can't not
 * mention») affirms.
 */
const NEGATIVE: Record<Lang, RegExp> = {
  en: /\b(?:no|not|never|cannot|can't|won't|unable|impossible|outside|beyond|declined|denied|rejected|refused|unfortunately)\b|n't\b/,
  es: /\b(?:no|nunca|jamas|imposible|fuera|rechazad[oa]s?|denegad[oa]s?|lamentablemente|tampoco|ni)\b/,
};
const DOUBLE_NEGATION: Record<Lang, RegExp> = {
  en: /\b(?:impossible|can't|cannot|couldn't) not\b/,
  es: /\b(?:imposible|no (?:puedo|podemos|se puede)) no\b/,
};
const MODEL_GATES: Partial<Record<RuleId, (folded: string, lang: Lang) => boolean>> = {
  'flat-refusal': (folded, lang) => NEGATIVE[lang].test(folded) && !DOUBLE_NEGATION[lang].test(folded),
  'problem-framing': (folded, lang) => ADDRESSES_CUSTOMER[lang].test(folded),
  overpromise: (folded, lang) => PROMISE_VOICE[lang].test(folded),
};
const MOMENT_SET = new Set<string>(MOMENT_IDS);

export function resolveModel(option: Model | null | undefined): Model | null {
  return option === undefined ? shippedModel() : option;
}

/**
 * The moments of a customer message: the lexicons' (unless the model finds their text
 * very unlikely to carry the moment: the label's veto) and the model's above threshold.
 */
export function combineMoments(lexicon: readonly MomentId[], sentences: Sentence[], model: Model | null, strictness: Strictness): MomentId[] {
  if (!model) return [...lexicon];
  // Each sentence, and the message read whole (signals spread over sentences add up).
  const texts = sentences.map((s) => s.text);
  if (texts.length > 1) texts.push(texts.join(' '));
  const scores = textScores(texts, model);
  const byLabel = new Map(scores.map((s) => [s.label as string, s]));
  const found = new Set<MomentId>();
  for (const id of lexicon) {
    const score = byLabel.get(id);
    if (!score || score.probability >= score.veto) found.add(id);
  }
  for (const s of scores) {
    if (MOMENT_SET.has(s.label) && s.sentence >= 0 && s.probability >= s.threshold[strictness]) found.add(s.label as MomentId);
  }
  return [...found];
}

/** Whether the model reads an offer (an alternative, a workaround, advice) anywhere in the draft. */
export function learnedOffer(sentences: Sentence[], model: Model | null, strictness: Strictness): boolean {
  if (!model) return false;
  const score = textScores(sentences.map((s) => s.text), model).find((s) => s.label === 'offer');
  return !!score && score.sentence >= 0 && score.probability >= score.threshold[strictness];
}

/** Where the sentence's words start and end (the finding's span, without edge punctuation). */
function trimmedSpan(sentence: Sentence): [number, number] {
  let s = 0;
  let e = sentence.text.length;
  while (s < e && /[\s"'«»“”¿¡(\-–—*>•]/.test(sentence.text[s])) s++;
  while (e > s && /[\s.!?…;:,"'«»“”)]/.test(sentence.text[e - 1])) e--;
  return [sentence.start + s, sentence.start + e];
}

/**
 * Findings the model adds to a draft: for each rule the lexicons did not report, the best
 * sentence above threshold, passed through the rule's own draft-level step (a flat
 * refusal needs a draft with no offer; a hand-off, one where nobody keeps the case).
 */
export function learnedFindings(
  draft: DraftContext,
  rules: Rule[],
  lexicon: Finding[],
  model: Model | null,
  strictness: Strictness,
  disabled: ReadonlySet<string>,
  register: Register,
): Finding[] {
  if (!model || draft.sentences.length === 0) return [];
  const found = new Set(lexicon.map((f) => f.rule));
  const out: Finding[] = [];
  for (const score of textScores(draft.sentences.map((s) => s.text), model)) {
    const rule = rules.find((r) => r.id === score.label);
    if (!rule || found.has(rule.id) || disabled.has(rule.id) || !rule.languages.includes(draft.lang)) continue;
    if (score.sentence < 0 || score.probability < score.threshold[strictness]) continue;
    const [start, end] = trimmedSpan(draft.sentences[score.sentence]);
    if (end <= start) continue;
    const quote = draft.text.slice(start, end);
    if (MODEL_GATES[rule.id] && !MODEL_GATES[rule.id]!(fold(quote), draft.lang)) continue;
    let matches: RuleMatch[] = [{ start, end, suggestions: rewritesFor(rule.id, quote, draft.lang, register, model, strictness, rule.suggest) }];
    if (rule.checkDraft) matches = rule.checkDraft(draft, matches);
    for (const m of matches) out.push({ ...findingOf(rule, m, draft.text, draft.lang), confidence: round(score.probability) });
  }
  return out;
}

/** The rule's own rewrites of a whole sentence, kept only when they read as a full sentence and no longer trigger it. */
function rewritesFor(
  rule: RuleId,
  quote: string,
  lang: Lang,
  register: Register,
  model: Model,
  strictness: Strictness,
  suggest: ((info: SpanInfo) => string[] | null) | undefined,
): string[] {
  if (!suggest) return [];
  const folded = fold(quote);
  const info: SpanInfo = { lang, text: quote, folded, start: 0, end: quote.length, quote, kinds: [], cueEnd: quote.length, register };
  const label = MODEL_LABELS.indexOf(rule as ModelLabel);
  const candidates = suggest(info) ?? [];
  return candidates.filter((candidate) => {
    if (candidate.length < quote.length * 0.6) return false; // would drop what the agent said
    if (/\b(\p{L}+) \1\b/iu.test(candidate)) return false;
    const p = sentenceProbabilities(candidate, model);
    return !p || label < 0 || p[label] < model.labels[label].threshold[strictness];
  }).slice(0, 3);
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/**
 * Lexicon findings get a confidence too: the model's view of their sentence, at least 0.9.
 * A lexicon finding whose sentence the model scores below the label's veto is dropped:
 * the pattern matched words that, in this sentence, do not mean what it looks for.
 */
export function confirmLexicon(findings: Finding[], sentences: Sentence[], model: Model | null): Finding[] {
  const out: Finding[] = [];
  for (const f of findings) {
    if (f.confidence !== undefined) {
      out.push(f);
      continue;
    }
    const label = MODEL_LABELS.indexOf(f.rule as ModelLabel);
    const sentence = sentences.find((s) => s.start <= f.start && f.start < s.end);
    const p = label >= 0 && model && sentence ? sentenceProbabilities(sentence.text, model)?.[label] ?? 0 : undefined;
    if (p !== undefined && model && p < model.labels[label].veto) continue;
    out.push({ ...f, confidence: round(Math.max(LEXICON_CONFIDENCE, p ?? 0)) });
  }
  return out;
}

/** The strictness asked for, or standard. */
export function strictnessOf(value: unknown): Strictness {
  return value === 'picky' ? 'picky' : 'standard';
}
