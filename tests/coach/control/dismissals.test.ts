/**
 * The agent's say over findings: ignore (by rule and phrase, not offset), the allow-list
 * (whole words, normalised), rules switched off, and the send guard's commitments.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analysis';
import type { AnalysisResult, Finding } from '@/lib/analysis/types';
import { addAllowPhrase, applySuppression, findingKey, isSuppressed, normalisePhrase, MAX_ALLOW_PHRASES } from '@/lib/coach/control/dismissals';

const none = { ignored: new Set<string>(), allowed: [] as string[], disabledRules: [] as Finding['rule'][] };
const NOW = '2026-11-20T17:30:00-05:00';
const CONTEXT = { timezone: 'America/Lima' };

describe('normalisePhrase', () => {
  it('folds case, width and spaces and trims punctuation, keeping accents', () => {
    expect(normalisePhrase('  «No es   POSIBLE». ')).toBe('no es posible');
    expect(normalisePhrase('Ｎo es posible')).toBe('no es posible');
    expect(normalisePhrase('Está listo')).not.toBe(normalisePhrase('Esta listo'));
  });
});

describe('ignore in this draft', () => {
  it('survives edits elsewhere: the same rule and phrase at another offset stays ignored', () => {
    const draft = 'Cálmese, no es para tanto.';
    const first = analyze({ text: draft, role: 'agent', now: NOW, context: CONTEXT });
    const finding = first.findings.find((f) => f.rule === 'dismissive');
    expect(finding).toBeDefined();
    const ignored = new Set([findingKey(finding!)]);
    const edited = analyze({ text: `Hola Ana, gracias por escribir. ${draft}`, role: 'agent', now: NOW, context: CONTEXT });
    const moved = edited.findings.find((f) => f.rule === 'dismissive');
    expect(moved!.start).not.toBe(finding!.start);
    expect(applySuppression(edited, { ...none, ignored }).findings.some((f) => f.rule === 'dismissive')).toBe(false);
    // Another rule on the same draft is untouched.
    const other = analyze({ text: `${draft} Alguien de otra área lo va a contactar.`, role: 'agent', now: NOW, context: CONTEXT });
    expect(applySuppression(other, { ...none, ignored }).findings.map((f) => f.rule)).toContain('vague-handoff');
  });

  it('is by rule: the same phrase under another rule is still shown', () => {
    const f = { rule: 'blame', quote: 'usted debió leer' } as Finding;
    expect(isSuppressed({ ...f, rule: 'dismissive' }, { ...none, ignored: new Set([findingKey(f)]) })).toBe(false);
    expect(isSuppressed(f, { ...none, ignored: new Set([findingKey(f)]) })).toBe(true);
  });
});

describe('the allow-list', () => {
  it('silences a phrase in any rule, as whole words only', () => {
    const allowed = ['no es posible'];
    expect(isSuppressed({ rule: 'flat-refusal', quote: 'No es posible, lo siento' }, { ...none, allowed })).toBe(true);
    expect(isSuppressed({ rule: 'flat-refusal', quote: 'no es posiblemente' }, { ...none, allowed })).toBe(false);
    expect(isSuppressed({ rule: 'flat-refusal', quote: 'No aceptamos archivos' }, { ...none, allowed })).toBe(false);
  });

  it('adds normalised phrases once and stays bounded', () => {
    expect(addAllowPhrase(['no es posible'], ' No es POSIBLE. ')).toEqual(['no es posible']);
    expect(addAllowPhrase([], '   ')).toEqual([]);
    const full = Array.from({ length: MAX_ALLOW_PHRASES }, (_, i) => `frase ${i}`);
    const next = addAllowPhrase(full, 'la última');
    expect(next).toHaveLength(MAX_ALLOW_PHRASES);
    expect(next.at(-1)).toBe('la última');
  });
});

describe('the send guard follows the agent', () => {
  const result = (): AnalysisResult => analyze({ text: 'Te lo soluciono en 5 minutos.', role: 'agent', now: NOW, context: CONTEXT });

  it('an unrealistic commitment is held until its finding is ignored or allowed', () => {
    const r = result();
    const finding = r.findings.find((f) => f.rule === 'unrealistic-commitment')!;
    expect(finding).toBeDefined();
    expect(r.commitments.filter((c) => !c.realistic)).toHaveLength(1);
    expect(applySuppression(r, none)).toBe(r);
    const ignored = applySuppression(r, { ...none, ignored: new Set([findingKey(finding)]) });
    expect(ignored.commitments.filter((c) => !c.realistic)).toHaveLength(0);
    const allowed = applySuppression(r, { ...none, allowed: [normalisePhrase(finding.quote)] });
    expect(allowed.commitments.filter((c) => !c.realistic)).toHaveLength(0);
    expect(allowed.findings.some((f) => f.rule === 'unrealistic-commitment')).toBe(false);
  });

  it('the rule switched off holds nothing (the engine still reports the commitment)', () => {
    const r = analyze({ text: 'Te lo soluciono en 5 minutos.', role: 'agent', now: NOW, context: CONTEXT, disabledRules: ['unrealistic-commitment'] });
    expect(r.commitments.filter((c) => !c.realistic)).toHaveLength(1);
    expect(applySuppression(r, { ...none, disabledRules: ['unrealistic-commitment'] }).commitments.filter((c) => !c.realistic)).toHaveLength(0);
  });
});
