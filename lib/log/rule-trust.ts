/**
 * Which rules agents trust: per rule, how often its findings were acted on (a rewrite or
 * alternative applied, a held send revised) against how often they were dismissed
 * (ignored, phrase allow-listed, rule switched off). Findings merely sent or sent anyway
 * count in neither: the agent neither followed nor rejected them from the panel.
 * Pure: events in, numbers out (dashboard, JSON summary, HTML report).
 */
import { RULE_IDS, type RuleId } from '../analysis/types';
import type { LogEvent } from './messaging';

export interface RuleTrust {
  rule: RuleId;
  applied: number;
  revised: number;
  /** applied + revised. */
  acted: number;
  dismissed: number;
  /** dismissed / (acted + dismissed), rounded to a whole percent; null with neither. */
  dismissedPercent: number | null;
}

/** One row per known rule, in the contract's order (rules nobody acted on or dismissed included). */
export function ruleTrust(events: Iterable<Pick<LogEvent, 'kind' | 'type' | 'action'>>): RuleTrust[] {
  const counts = new Map<string, { applied: number; revised: number; dismissed: number }>(RULE_IDS.map((r) => [r, { applied: 0, revised: 0, dismissed: 0 }]));
  for (const event of events) {
    if (event.kind !== 'finding') continue;
    const row = counts.get(event.type);
    if (!row) continue;
    if (event.action === 'applied-suggestion') row.applied++;
    else if (event.action === 'revised') row.revised++;
    else if (event.action === 'dismissed') row.dismissed++;
  }
  return RULE_IDS.map((rule) => {
    const { applied, revised, dismissed } = counts.get(rule)!;
    const acted = applied + revised;
    const judged = acted + dismissed;
    return { rule, applied, revised, acted, dismissed, dismissedPercent: judged === 0 ? null : Math.round((dismissed / judged) * 100) };
  });
}
