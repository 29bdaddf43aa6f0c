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
import { DateTime } from 'luxon';
import { fold, splitSentences, type Sentence } from './text';
import { detectLanguage } from './language';
import { resolveContext } from './context';
import { findCommitments } from './commitments';
import { RULES } from './rules/registry';
import { MOMENTS } from './moments/registry';
import type { DraftContext, RuleMatch } from './rules/types';
import type { AnalysisResult, AnalyzeInput, EngineOptions, Finding, Lang, MomentId } from './types';

export * from './types';

const SENTENCE_CACHE_LIMIT = 2000;
const sentenceCache = new Map<string, RuleMatch[][]>();

function sentenceMatches(sentence: Sentence, lang: Lang): RuleMatch[][] {
  const key = `${lang}\u0000${sentence.text}`;
  const cached = sentenceCache.get(key);
  if (cached) return cached;
  const folded = fold(sentence.text);
  const perRule = RULES.map((rule) =>
    rule.checkSentence && rule.languages.includes(lang)
      ? rule.checkSentence({ sentence, folded, lang })
      : [],
  );
  if (sentenceCache.size >= SENTENCE_CACHE_LIMIT) sentenceCache.clear();
  sentenceCache.set(key, perRule);
  return perRule;
}

function toDateTime(now: AnalyzeInput['now'], zone: string): DateTime {
  if (now instanceof Date) return DateTime.fromJSDate(now, { zone });
  if (typeof now === 'string') {
    const parsed = DateTime.fromISO(now, { setZone: true });
    if (parsed.isValid) return parsed.setZone(zone);
  }
  return DateTime.now().setZone(zone);
}

export function analyze(input: AnalyzeInput, options: EngineOptions = {}): AnalysisResult {
  const text = input.text;
  const folded = fold(text);
  const lang = input.lang ?? detectLanguage(text, folded);

  if (input.role === 'customer') {
    const moments: MomentId[] = MOMENTS.filter((m) => m.detect(text, folded, lang)).map((m) => m.id);
    return { lang, findings: [], commitments: [], moments };
  }

  const context = resolveContext(input.context);
  const now = toDateTime(input.now, context.timezone);
  const sentences = splitSentences(text);
  const commitments = findCommitments(text, sentences, lang, now, context, options);
  const draft: DraftContext = {
    text, folded, lang, sentences, now, context, commitments,
    playbook: input.playbook,
    holidayProvider: options.holidayProvider,
  };

  const perSentence = sentences.map((s) => sentenceMatches(s, lang));
  const disabled = new Set(input.disabledRules ?? []);
  const findings: Finding[] = [];
  RULES.forEach((rule, r) => {
    if (disabled.has(rule.id) || !rule.languages.includes(lang)) return;
    let matches: RuleMatch[] = perSentence.flatMap((ms, i) =>
      ms[r].map((m) => ({ ...m, start: m.start + sentences[i].start, end: m.end + sentences[i].start })),
    );
    if (rule.checkDraft) matches = rule.checkDraft(draft, matches);
    for (const m of matches) {
      findings.push({
        rule: rule.id,
        start: m.start,
        end: m.end,
        quote: text.slice(m.start, m.end),
        message: m.message ?? rule.message[lang],
        suggestions: m.suggestions.slice(0, 3),
        alternatives: m.alternatives ?? [],
      });
    }
  });
  findings.sort((a, b) => a.start - b.start || a.end - b.end);
  return { lang, findings, commitments, moments: [] };
}
