/**
 * The analysis engine: one call, `analyze()`, shared by the extension, the CLI, the
 * eval and the benchmarks. Pure: no DOM, no browser APIs, no I/O.
 *
 *   text ─► language ─► sentences ─┬─► per-sentence rule checks (cached by sentence text)
 *                                  ├─► time mentions (cached) ─► due time + realism ─► commitments
 *                                  └─► draft-level rule steps (refusal with/without offer, …)
 *   customer text ─► moments
 *
 * Re-analysis after a small edit only re-checks the sentences whose text changed.
 */
import { TZDate } from '@date-fns/tz';
import { fold, splitSentences, type Sentence } from './text';
import { detectLanguage, languageEvidence } from './language';
import { resolveContext } from './context';
import { findCommitments } from './commitments';
import { RULES } from './rules/registry';
import { MOMENTS } from './moments/registry';
import { maskQuoted } from './grammar/quoted';
import { spellOutTextSpeak } from './grammar/text-speak';
import { builderRegister, polishSuggestion, registerOfSentences, toRegister, type Register } from './grammar/register';
import { pointsOnlyToReading } from './grammar/next-step';
import { combineMoments, confirmLexicon, learnedFindings, learnedOffer, resolveModel, strictnessOf } from './learned';
import { findingOf, type DraftContext, type RuleMatch } from './rules/types';
import type { AnalysisResult, AnalyzeInput, EngineOptions, Finding, Lang, MomentId } from './types';

export * from './types';

const SENTENCE_CACHE_LIMIT = 2000;
/** By language and register, then by the sentence itself: a key built of the three was a new string per sentence and keystroke. */
const sentenceCache = new Map<string, Map<string, RuleMatch[][]>>();

/**
 * Each sentence's matches, rule by rule. The sentences not in the cache are checked together, one rule over all of
 * them before the next: a rule's lexicons are large compiled regexes, and running the next rule's on the same sentence
 * evicted the last one's code from the CPU's caches (interleaved, the same regexes over the same sentences took twice
 * as long).
 */
function sentenceMatches(sentences: readonly Sentence[], lang: Lang, register: Register): RuleMatch[][][] {
  let byText = sentenceCache.get(lang + register);
  if (!byText) sentenceCache.set(lang + register, (byText = new Map()));
  const out: RuleMatch[][][] = new Array(sentences.length);
  const unchecked = new Map<string, Sentence>();
  sentences.forEach((sentence, i) => {
    const cached = byText.get(sentence.text);
    if (cached) out[i] = cached;
    else unchecked.set(sentence.text, sentence);
  });
  if (unchecked.size === 0) return out;
  const checking = [...unchecked.values()].map((sentence) => ({ sentence, folded: fold(sentence.text), perRule: [] as RuleMatch[][] }));
  for (const rule of RULES) {
    const applies = rule.checkSentence && rule.languages.includes(lang);
    for (const c of checking) c.perRule.push(applies ? rule.checkSentence!({ sentence: c.sentence, folded: c.folded, lang, register }) : []);
  }
  if (byText.size + checking.length > SENTENCE_CACHE_LIMIT) byText.clear();
  for (const c of checking) byText.set(c.sentence.text, c.perRule);
  sentences.forEach((sentence, i) => (out[i] ??= byText.get(sentence.text)!));
  return out;
}

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `now` as epoch milliseconds: cheap, unlike a zoned date (its offset is asked of Intl). */
function nowMillis(now: AnalyzeInput['now']): number {
  if (now instanceof Date && Number.isFinite(now.getTime())) return now.getTime();
  if (typeof now === 'string') {
    // An RFC 9557 zone annotation («…-06:00[America/Chicago]») names the zone; the offset before it fixes the instant.
    // The platform's own ISO 8601 reading (date-fns' parseISO cost 1 KB of the page's engine); a date alone is read as
    // local midnight, as parseISO did, not as UTC.
    const iso = now.replace(/\[[^\]]*\]$/, '');
    const day = DATE_ONLY.exec(iso);
    const parsed = day ? new Date(Number(day[1]), Number(day[2]) - 1, Number(day[3])) : new Date(iso);
    if (Number.isFinite(parsed.getTime())) return parsed.getTime();
  }
  return Date.now();
}

/** Language evidence is read per sentence, each cached, so an edit re-reads one sentence. */
const LANGUAGE_CACHE_LIMIT = 2000;
const languageCache = new Map<string, Lang | null>();
function draftLanguage(text: string, sentences: Sentence[]): Lang {
  if (sentences.length <= 1) return detectLanguage(text);
  let es = 0;
  let en = 0;
  for (const s of sentences) {
    let lang = languageCache.get(s.text);
    if (lang === undefined) {
      const [esEvidence, enEvidence] = languageEvidence(s.text);
      // A sentence with no word of either language (a link, a version number) does not vote: as a tie it
      // went to Spanish and, being long, outvoted the English around it («Fix released in 25.0.2. …» + a URL).
      lang = esEvidence === 0 && enEvidence === 0 ? null : enEvidence > esEvidence ? 'en' : 'es';
      if (languageCache.size >= LANGUAGE_CACHE_LIMIT) languageCache.clear();
      languageCache.set(s.text, lang);
    }
    // Each sentence votes with its length, so a long Spanish reply with an English signature stays Spanish.
    if (lang === 'en') en += s.end - s.start;
    else if (lang === 'es') es += s.end - s.start;
  }
  return en > es ? 'en' : 'es';
}

/** Runs of spaces and tabs become one space, and runs of blank lines one blank line. */
function closeUpBlanks(text: string): string {
  return /[^\S\n]{2}|\n{3}/.test(text) ? text.replace(/[^\S\n]{2,}/g, ' ').replace(/\n{3,}/g, '\n\n') : text;
}

/** About ten pages: no message in any corpus comes near it. */
const MESSAGE_READ_LIMIT = 20_000;

/**
 * A customer message longer than MESSAGE_READ_LIMIT is read from its first and last halves of
 * it, each cut at a blank. Moments are ids, not spans, and how the customer feels shows at the
 * start and the end; reading every lexicon over all of a 100,000-character paste took up to
 * 0.6 s on a busy machine.
 */
function headAndTail(message: string): string {
  if (message.length <= MESSAGE_READ_LIMIT) return message;
  const half = MESSAGE_READ_LIMIT / 2;
  const head = message.slice(0, cutNear(message, half, -1));
  const tail = message.slice(cutNear(message, message.length - half, 1));
  return `${head}\n\n${tail}`;
}

/** A cut at the blank nearest `at` within 200 characters towards `direction`, else at `at`; never inside an emoji's surrogate pair. */
function cutNear(text: string, at: number, direction: -1 | 1): number {
  const blank = direction < 0 ? text.lastIndexOf(' ', at) : text.indexOf(' ', at);
  if (blank >= 0 && Math.abs(blank - at) <= 200) return blank;
  const lowSurrogate = (text.charCodeAt(at) & 0xfc00) === 0xdc00;
  return lowSurrogate ? at + direction : at;
}

export function analyze(input: AnalyzeInput, options: EngineOptions = {}): AnalysisResult {
  // Quoted history (earlier messages below a reply) is blanked: offsets stay the same.
  const text = maskQuoted(input.text);

  const model = resolveModel(options.model);
  const strictness = strictnessOf(input.context?.strictness);

  if (input.role === 'customer') {
    // Moments are ids, not spans: runs of blanks can be closed up. A 100,000-space message
    // otherwise runs every lexicon's alternation at each blank, which the regex engine's
    // interpreter (used again after V8 flushes compiled patterns) makes take seconds.
    const message = headAndTail(closeUpBlanks(text));
    const plainFolded = fold(message);
    const lang = input.lang ?? detectLanguage(message, plainFolded);
    // Moments are ids, not spans: the lexicons may read «u said» as "you said".
    const folded = spellOutTextSpeak(plainFolded, lang);
    const lexicon = MOMENTS.filter((m) => m.detect(message, folded, lang)).map((m) => m.id);
    const found = new Set(combineMoments(lexicon, splitSentences(message), model, strictness, lang, message, folded));
    const moments: MomentId[] = MOMENTS.map((m) => m.id).filter((id) => found.has(id));
    return { lang, findings: [], commitments: [], moments };
  }

  const context = resolveContext(input.context);
  const nowMs = nowMillis(input.now);
  const sentences = splitSentences(text);
  const lang = input.lang ?? draftLanguage(text, sentences);
  // Folded only when a step reads the whole draft: most keystrokes need no pass over it.
  let folded: string | undefined;
  const foldedDraft = () => (folded ??= fold(text));
  const commitments = findCommitments(text, sentences, lang, nowMs, context, { ...options, model }, foldedDraft);
  let now: TZDate | undefined;
  let offered: boolean | undefined;
  const draft: DraftContext = {
    text, lang, sentences, context, commitments,
    get folded() {
      return foldedDraft();
    },
    // Built only when a rule reads it (rewrites of an unrealistic commitment).
    get now() {
      return (now ??= new TZDate(nowMs, context.timezone));
    },
    playbook: input.playbook,
    holidayProvider: options.holidayProvider,
    // What the model may read as an alternative: sentences that are not themselves a
    // problem (a hand-off, a guarantee, a time nobody can keep is no alternative).
    learnedOffer: () =>
      (offered ??= learnedOffer(
        sentences.filter(
          (s, i) =>
            !perSentence[i].some((ms) => ms.length > 0) &&
            !commitments.some((c) => c.start >= s.start && c.start < s.end) &&
            !pointsOnlyToReading(fold(s.text), lang),
        ),
        model,
        strictness,
      )),
  };

  const register = registerOfSentences(sentences.map((s) => s.text), lang);
  const perSentence = sentenceMatches(sentences, lang, builderRegister(register));
  const disabled = new Set(input.disabledRules ?? []);
  const findings: Finding[] = [];
  RULES.forEach((rule, r) => {
    if (disabled.has(rule.id) || !rule.languages.includes(lang)) return;
    // A plain loop: on a keystroke most sentences have no match, and an empty array per sentence and rule was most of
    // what a re-analysis allocated (its garbage collections landed in the agent's keystrokes).
    let matches: RuleMatch[] = [];
    perSentence.forEach((ms, i) => {
      for (const m of ms[r]) matches.push({ ...m, start: m.start + sentences[i].start, end: m.end + sentences[i].start });
    });
    if (rule.checkDraft) matches = rule.checkDraft(draft, matches);
    for (const m of matches) findings.push(findingOf(rule, m, text, lang));
  });
  const confirmed = confirmLexicon(findings, sentences, model);
  const learned = learnedFindings(draft, RULES, confirmed, model, strictness, disabled, builderRegister(register));
  const all = [...confirmed, ...learned];
  all.sort((a, b) => a.start - b.start || a.end - b.end);
  // Suggestions keep the draft's form of address and read right once inserted.
  const polished = all.map((f) => ({
    ...f,
    suggestions: f.suggestions.map((s) => polishSuggestion(s, f.quote, lang, register)),
    alternatives: f.alternatives.map((a) => (lang === 'es' && input.playbook?.entries.find((e) => e.id === a.id)?.lang !== 'en' ? { ...a, text: toRegister(a.text, register) } : a)),
  }));
  return { lang, register, findings: polished, commitments, moments: [] };
}
