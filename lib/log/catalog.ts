/**
 * The catalog of what Tacto reports: every customer moment and every rule, with its colour
 * and the locale keys that name it. The ids come from the engine's contract
 * (lib/analysis/types.ts); the colours are typed by those ids, so an id without a colour does
 * not compile; tests/log/catalog.test.ts checks that every locale key exists in es and en,
 * that no two colours are the same and that the docs name every id.
 */
import { MOMENT_IDS, type MomentId, RULE_IDS, type RuleId } from '../analysis/types';

export type CatalogKind = 'moment' | 'finding';

export interface CatalogEntry {
  kind: CatalogKind;
  id: MomentId | RuleId;
  /** Its colour in every chart and export. */
  colour: string;
  /** Its name in the dashboard and exports. */
  labelKey: string;
  /** For rules: its name where the agent switches it off and in the sidebar. */
  nameKey?: string;
}

/**
 * Stable colours, one per category, never shared between any two of them: moments take the
 * Okabe–Ito palette, rules Paul Tol's "muted" one, both chosen to stay apart for the common
 * colour-vision deficiencies and in greyscale print.
 */
const MOMENT_COLOURS: Record<MomentId, string> = {
  anger: '#D55E00',
  'repeat-contact': '#E69F00',
  'escalation-demand': '#CC79A7',
  'broken-promise': '#0072B2',
  'insists-own-solution': '#56B4E9',
  urgency: '#000000',
  'exception-request': '#009E73',
  misunderstanding: '#F0E442',
};

const RULE_COLOURS: Record<RuleId, string> = {
  'unrealistic-commitment': '#882255',
  'problem-framing': '#44AA99',
  'flat-refusal': '#CC6677',
  blame: '#332288',
  dismissive: '#999933',
  'vague-handoff': '#88CCEE',
  overpromise: '#117733',
};

/** Locale keys keep the id with its hyphens as underscores. */
export const keyOf = (prefix: string, id: string) => `${prefix}_${id.replace(/-/g, '_')}`;

export const ruleNameKey = (id: RuleId) => keyOf('setRule', id);

export const CATALOG: readonly CatalogEntry[] = [
  ...MOMENT_IDS.map((id): CatalogEntry => ({ kind: 'moment', id, colour: MOMENT_COLOURS[id], labelKey: keyOf('dashMoment', id) })),
  ...RULE_IDS.map((id): CatalogEntry => ({ kind: 'finding', id, colour: RULE_COLOURS[id], labelKey: keyOf('dashRule', id), nameKey: ruleNameKey(id) })),
];

/** The colours by id, for the charts (moments and rules apart, as the charts draw them). */
export const MOMENT_COLORS: Readonly<Record<string, string>> = MOMENT_COLOURS;
export const RULE_COLORS: Readonly<Record<string, string>> = RULE_COLOURS;

/** Every locale key an entry needs. */
export function localeKeysOf(entry: CatalogEntry): string[] {
  return entry.nameKey ? [entry.labelKey, entry.nameKey] : [entry.labelKey];
}
