/**
 * The agent's say over findings: *ignore* (this finding, in this draft), *never flag this
 * phrase* (a personal allow-list) and rules switched off. Pure: the coach applies it to each
 * analysis, so suppressed findings disappear from the panel, the highlights, the log's
 * `sent` events and the send guard alike.
 *
 * A finding is known by its rule and its normalised phrase, never by its offsets, so an
 * ignore survives edits elsewhere in the draft.
 */
import type { AnalysisResult, Finding, RuleId } from '../../analysis/types';

/** Longest phrase kept on an allow-list (a finding's quote is one clause or sentence). */
export const MAX_ALLOW_PHRASE = 200;
/** Most phrases on a personal allow-list. */
export const MAX_ALLOW_PHRASES = 500;

/**
 * A phrase as compared: Unicode-normalised (NFKC), lower case, runs of spaces as one,
 * quotes and sentence punctuation trimmed at both ends. Accents are kept: «esta» and
 * «está» are different words.
 */
export function normalisePhrase(phrase: string): string {
  return phrase
    .normalize('NFKC')
    .toLocaleLowerCase('es')
    .replace(/\s+/gu, ' ')
    .replace(/^[\s\p{P}]+|[\s\p{P}]+$/gu, '')
    .slice(0, MAX_ALLOW_PHRASE);
}

/** The key an ignore is stored under: rule and normalised phrase. */
export function findingKey(finding: Pick<Finding, 'rule' | 'quote'>): string {
  return `${finding.rule}\u0000${normalisePhrase(finding.quote)}`;
}

/** Whether `phrase` (normalised) holds `allowed` (normalised) as whole words. */
function holdsPhrase(phrase: string, allowed: string): boolean {
  if (!allowed) return false;
  let from = 0;
  for (;;) {
    const at = phrase.indexOf(allowed, from);
    if (at < 0) return false;
    const before = at === 0 ? '' : phrase[at - 1];
    const after = phrase[at + allowed.length] ?? '';
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return true;
    from = at + 1;
  }
}

export interface Suppression {
  /** findingKey()s the agent ignored in this draft. */
  ignored: ReadonlySet<string>;
  /** The agent's allow-list (normalised phrases). */
  allowed: readonly string[];
  /** Rules switched off (the engine already skips them; their commitments are not held either). */
  disabledRules: readonly RuleId[];
}

/** Whether the agent silenced this finding (ignored here, or a phrase on the allow-list). */
export function isSuppressed(finding: Pick<Finding, 'rule' | 'quote'>, suppression: Suppression): boolean {
  if (suppression.disabledRules.includes(finding.rule)) return true;
  if (suppression.ignored.has(findingKey(finding))) return true;
  const phrase = normalisePhrase(finding.quote);
  return suppression.allowed.some((allowed) => holdsPhrase(phrase, allowed));
}

/**
 * The analysis as the agent wants it: suppressed findings left out, and the commitments
 * the send guard would hold left out with them (a silenced `unrealistic-commitment`, or
 * the rule switched off, holds no send).
 */
export function applySuppression(result: AnalysisResult, suppression: Suppression): AnalysisResult {
  // The usual keystroke: nothing silenced, nothing to fold.
  if (suppression.ignored.size === 0 && suppression.allowed.length === 0 && suppression.disabledRules.length === 0) return result;
  const kept: Finding[] = [];
  const dropped: Finding[] = [];
  for (const f of result.findings) (isSuppressed(f, suppression) ? dropped : kept).push(f);
  const commitmentRuleOff = suppression.disabledRules.includes('unrealistic-commitment');
  if (dropped.length === 0 && !commitmentRuleOff) return result;
  const silenced = dropped.filter((f) => f.rule === 'unrealistic-commitment');
  const commitments = commitmentRuleOff
    ? result.commitments.filter((c) => c.realistic)
    : result.commitments.filter((c) => c.realistic || !silenced.some((f) => f.start < c.end && c.start < f.end));
  return { ...result, findings: kept, commitments };
}

/** A phrase added to an allow-list: normalised, deduplicated, bounded. */
export function addAllowPhrase(list: readonly string[], phrase: string): string[] {
  const clean = normalisePhrase(phrase);
  if (!clean || list.includes(clean)) return [...list];
  return [...list, clean].slice(-MAX_ALLOW_PHRASES);
}
