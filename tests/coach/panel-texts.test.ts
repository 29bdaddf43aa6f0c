/**
 * PanelTexts: the sidebar's words for findings and moments, in the interface language, kept
 * between renders and rebuilt when what they depend on changes.
 */
import { describe, expect, it } from 'vitest';
import '../../lib/node/node-engine';
import * as engine from '../../lib/analysis/page-engine';
import { resolveContext } from '../../lib/analysis/context';
import type { Finding, Lang } from '../../lib/analysis/types';
import { PanelTexts } from '../../lib/coach/panel-texts';
import { defaultSettings } from '../../lib/settings/defaults';
import type { Settings } from '../../lib/settings/types';

function sources(over: { uiLang?: Lang; loaded?: boolean } = {}) {
  const state = { settings: defaultSettings() as Settings, uiLang: over.uiLang ?? ('en' as Lang), now: Date.parse('2026-11-20T15:00:00Z') };
  const texts = new PanelTexts({
    engine: () => (over.loaded === false ? undefined : engine),
    settings: () => state.settings,
    uiLang: () => state.uiLang,
    analysisContext: () => resolveContext({ timezone: 'America/Mexico_City' }),
    now: () => state.now,
  });
  return { texts, state };
}

describe('PanelTexts', () => {
  it('a rule finding speaks the interface language, whatever the draft\'s; before the engine loads, the finding\'s own message', () => {
    const [finding] = engine.analyze({ text: 'Le garantizo que no volverá a pasar.', role: 'agent' }).findings as [Finding];
    const overpromise = engine.RULES.find((r) => r.id === 'overpromise')!;
    expect(sources({ uiLang: 'en' }).texts.finding({}, finding)).toBe(overpromise.message.en);
    expect(sources({ uiLang: 'es' }).texts.finding({}, finding)).toBe(overpromise.message.es);
    expect(sources({ loaded: false }).texts.finding({}, finding)).toBe(finding.message);
  });

  it('a commitment finding names its due time as the engine explains it', () => {
    const result = engine.analyze({ text: 'Te lo soluciono en 5 minutos.', role: 'agent', now: '2026-11-20T09:00:00-06:00', context: { timezone: 'America/Mexico_City' } });
    const finding = result.findings.find((f) => f.rule === 'unrealistic-commitment')!;
    const { texts, state } = sources();
    const expected = engine.explainCommitment(result.commitments[0]!, 'en', new Date(state.now), resolveContext({ timezone: 'America/Mexico_City' })).message;
    expect(texts.finding({ result }, finding)).toBe(expected);
    expect(expected).not.toBe(engine.RULES.find((r) => r.id === 'unrealistic-commitment')!.message.en);
  });

  it('a moment\'s chip is kept between renders and rebuilt when the settings or the interface language change', () => {
    const { texts, state } = sources();
    const first = texts.moment('anger', 'es');
    expect(first.label).toBe(engine.MOMENTS.find((m) => m.id === 'anger')!.label.en);
    expect(texts.moment('anger', 'es')).toBe(first);
    state.uiLang = 'es';
    const spanish = texts.moment('anger', 'es');
    expect(spanish).not.toBe(first);
    expect(spanish.label).toBe(engine.MOMENTS.find((m) => m.id === 'anger')!.label.es);
    state.settings = { ...state.settings };
    expect(texts.moment('anger', 'es')).not.toBe(spanish);
  });
});
