/**
 * Meta-test of the rule and moment conventions (refined-github style): file name = id,
 * registry = folder, ids unique and from the spec's lists, every rule has firing and
 * silent examples in both languages, and docs/rules.md is what `npm run docs:rules` writes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { MOMENTS } from '../../lib/analysis/moments/registry';
import { MOMENT_EXAMPLES } from '../../lib/analysis/moments/registry';
import { RULE_EXAMPLES } from '../../lib/analysis/rules/registry';
import { RULES } from '../../lib/analysis/rules/registry';
import { MOMENT_IDS, RULE_IDS } from '../../lib/analysis/types';
import { renderRulesDoc } from '../../scripts/docs-rules';

const dir = (rel: string) => fileURLToPath(new URL(rel, import.meta.url));
/** Files in the rule and moment folders that hold no rule or moment of their own. */
const NOT_MODULES = new Set(['types.ts', 'registry.ts', 'lexicon-rule.ts']);
const modulesIn = (rel: string) =>
  readdirSync(dir(rel))
    .filter((f) => f.endsWith('.ts') && !NOT_MODULES.has(f))
    .map((f) => f.slice(0, -3))
    .sort();

describe('examples stay out of the page', () => {
  it('the engine the page loads bundles no rule or moment examples', async () => {
    const { build } = await import('esbuild');
    const out = await build({ entryPoints: [dir('../../lib/analysis/page-engine.ts')], bundle: true, format: 'esm', platform: 'neutral', minify: true, write: false, logLevel: 'silent' });
    const code = out.outputFiles[0].text;
    // One firing example of a rule and of a moment, each unlikely to be a lexicon pattern.
    expect(code).not.toContain(RULE_EXAMPLES.blame.find((e) => e.text.includes('[['))!.text.replace(/\[\[|\]\]/g, '').slice(0, 30));
    expect(code).not.toContain(MOMENT_EXAMPLES.anger.find((e) => e.fires)!.text.slice(0, 30));
  });
});

describe('rules', () => {
  it('registry lists every rule file, in the spec order, ids unique', () => {
    expect(RULES.map((r) => r.id)).toEqual([...RULE_IDS]);
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
    expect(modulesIn('../../lib/analysis/rules/')).toEqual([...RULE_IDS].sort());
  });

  it.each(RULES.map((r) => [r.id, r] as const))('%s: file default-exports the rule with that id', async (id, rule) => {
    const mod = await import(`../../lib/analysis/rules/${id}.ts`);
    expect(mod.default).toBe(rule);
  });

  it.each(RULES.map((r) => [r.id, r] as const))('%s: firing and silent examples in es and en, messages in both', (_id, rule) => {
    for (const lang of ['es', 'en'] as const) {
      const ex = RULE_EXAMPLES[rule.id].filter((e) => e.lang === lang);
      expect(ex.some((e) => e.text.includes('[[')), `firing ${lang} example`).toBe(true);
      expect(ex.some((e) => !e.text.includes('[[')), `silent ${lang} example`).toBe(true);
      expect(rule.message[lang].length).toBeGreaterThan(10);
    }
    for (const e of RULE_EXAMPLES[rule.id]) {
      const opens = e.text.split('[[').length - 1;
      expect(opens, e.text).toBeLessThanOrEqual(1);
      expect(e.text.split(']]').length - 1, e.text).toBe(opens);
      if (e.suggest) {
        expect(opens, `suggest needs a marker: ${e.text}`).toBe(1);
        expect(e.suggest.length).toBeGreaterThanOrEqual(1);
        expect(e.suggest.length).toBeLessThanOrEqual(3);
      }
    }
  });
});

describe('moments', () => {
  it('registry lists every moment file, in the spec order, ids unique', () => {
    expect(MOMENTS.map((m) => m.id)).toEqual([...MOMENT_IDS]);
    expect(new Set(MOMENTS.map((m) => m.id)).size).toBe(MOMENTS.length);
    expect(modulesIn('../../lib/analysis/moments/')).toEqual([...MOMENT_IDS].sort());
  });

  it.each(MOMENTS.map((m) => [m.id, m] as const))('%s: file default-exports it; label, advice and examples in es and en', async (id, moment) => {
    const mod = await import(`../../lib/analysis/moments/${id}.ts`);
    expect(mod.default).toBe(moment);
    for (const lang of ['es', 'en'] as const) {
      expect(moment.label[lang].length).toBeGreaterThan(2);
      expect(moment.advice[lang].length).toBeGreaterThan(20);
      const ex = MOMENT_EXAMPLES[moment.id].filter((e) => e.lang === lang);
      expect(ex.some((e) => e.fires), `firing ${lang} example`).toBe(true);
      expect(ex.some((e) => !e.fires), `silent ${lang} example`).toBe(true);
    }
  });
});

describe('docs', () => {
  it('docs/rules.md is up to date (run `npm run docs:rules`)', () => {
    expect(readFileSync(dir('../../docs/rules.md'), 'utf8')).toBe(renderRulesDoc());
  });
});
