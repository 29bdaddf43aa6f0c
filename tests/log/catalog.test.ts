/**
 * The catalog's conventions, over every id the engine's contract names: each moment and rule
 * is in the catalog once, named in both languages, drawn in a colour no other shares, and
 * defined in the docs.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import en from '../../public/_locales/en/messages.json';
import es from '../../public/_locales/es/messages.json';
import { MOMENT_IDS, RULE_IDS } from '../../lib/analysis/types';
import { translatorFor } from '../../lib/coach/i18n';
import { CATALOG, localeKeysOf } from '../../lib/log/catalog';
import { COMPARE_COLORS, GUARD_COLORS, momentLabel, ruleLabel } from '../../lib/log/labels';

const doc = (path: string) => readFileSync(fileURLToPath(new URL(`../../${path}`, import.meta.url)), 'utf8');

describe('the catalog of moments and rules', () => {
  it('holds every id of the contract once, moments as moments and rules as findings', () => {
    expect(CATALOG.filter((e) => e.kind === 'moment').map((e) => e.id)).toEqual([...MOMENT_IDS]);
    expect(CATALOG.filter((e) => e.kind === 'finding').map((e) => e.id)).toEqual([...RULE_IDS]);
    expect(new Set(CATALOG.map((e) => e.id)).size).toBe(CATALOG.length);
  });

  it.each(CATALOG.map((e) => [e.id, e] as const))('%s has its locale keys in es and en, different words for different ids', (_id, entry) => {
    for (const key of localeKeysOf(entry)) {
      expect(es, `es lacks ${key}`).toHaveProperty(key);
      expect(en, `en lacks ${key}`).toHaveProperty(key);
    }
  });

  it('names no two entries alike in either language', () => {
    for (const lang of ['es', 'en'] as const) {
      const t = translatorFor(lang);
      const labels = CATALOG.map((e) => (e.kind === 'moment' ? momentLabel(t, e.id) : ruleLabel(t, e.id)));
      expect(new Set(labels).size).toBe(labels.length);
    }
  });

  it('gives every entry a colour of its own, apart from the comparison and send-guard colours', () => {
    const colours = CATALOG.map((e) => e.colour.toLowerCase());
    expect(colours.every((c) => /^#[0-9a-f]{6}$/.test(c))).toBe(true);
    expect(new Set(colours).size).toBe(colours.length);
  });

  it('keeps the comparison and send-guard palettes distinct within themselves', () => {
    expect(new Set(COMPARE_COLORS).size).toBe(COMPARE_COLORS.length);
    expect(new Set(GUARD_COLORS).size).toBe(GUARD_COLORS.length);
  });

  it.each(CATALOG.map((e) => [e.id, e.kind] as const))('%s is defined in the labelling guide and the contract (and rules in docs/rules.md)', (id, kind) => {
    const word = new RegExp(`\\b${id}\\b`);
    expect(doc('docs/labelling.md')).toMatch(word);
    expect(doc('docs/spec/analysis.md')).toMatch(word);
    if (kind === 'finding') expect(doc('docs/rules.md')).toMatch(word);
  });
});
