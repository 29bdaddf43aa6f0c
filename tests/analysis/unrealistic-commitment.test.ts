/** The rule alone: findings at the time phrase, and rewrites that fit in its place and do not fire again. */
import { TZDate } from '@date-fns/tz';
import { describe, expect, it } from 'vitest';
import { findCommitments } from '../../lib/analysis/commitments';
import { analyze } from '../../lib/analysis';
import { resolveContext } from '../../lib/analysis/context';
import { nodeEngineOptions, parseInputLine } from '../../lib/node/node-engine';
import { dateHolidaysProvider } from '../../lib/analysis/holidays';
import rule from '../../lib/analysis/rules/unrealistic-commitment';
import { RULE_EXAMPLES } from '../../lib/analysis/rules/registry';
import { fold, splitSentences } from '../../lib/analysis/text';
import type { AnalysisContext, Lang } from '../../lib/analysis/types';

function check(text: string, lang: Lang, now: string, ctx: Partial<AnalysisContext>) {
  const context = resolveContext(ctx);
  const at = new TZDate(now, context.timezone);
  const sentences = splitSentences(text);
  const options = { holidayProvider: dateHolidaysProvider };
  const commitments = findCommitments(text, sentences, lang, at, context, options);
  return rule.checkDraft!({ text, folded: fold(text), lang, sentences, now: at, context, commitments, holidayProvider: dateHolidaysProvider }, []);
}

const MX = { timezone: 'America/Mexico_City', holidaysCountry: 'MX' };
const CASES: [string, Lang, string, Partial<AnalysisContext>, string, string[]][] = [
  ['Te lo soluciono en 5 minutos.', 'es', '2026-11-10T10:00:00-06:00', MX, 'en 5 minutos',
    ['lo antes posible y te aviso en cuanto tenga novedades', 'el martes 10 de noviembre']],
  ['Mañana le llega el reembolso a su cuenta.', 'es', '2026-11-13T16:30:00-06:00', MX, 'Mañana',
    ['Lo antes posible', 'El martes 17 de noviembre', 'En 1 día hábil']],
  ['Le dejo el equipo listo para el viernes, sin falta.', 'es', '2026-11-19T10:00:00-06:00', { ...MX, priority: 'low' }, 'para el viernes',
    ['lo antes posible y le aviso en cuanto tenga novedades', 'para el lunes 23 de noviembre', 'en 2 días hábiles']],
  ['Dame dos minutos y queda.', 'es', '2026-11-10T10:00:00-06:00', MX, 'dos minutos',
    ['hasta el martes 10 de noviembre']],
  ["It'll be sorted by end of day.", 'en', '2026-11-20T16:00:00+00:00', { timezone: 'Europe/London', businessHours: { days: [1, 2, 3, 4, 5], start: '09:00', end: '17:30' } }, 'by end of day',
    ["as soon as possible, and I'll update you as soon as I have news", 'by Monday, November 23', 'within 1 business day']],
  ['Tomorrow morning the engineer will be on site.', 'en', '2026-12-24T16:00:00-05:00', { timezone: 'America/New_York', holidaysCountry: 'US' }, 'Tomorrow morning',
    ['As soon as possible', 'On Monday, December 28', 'Within 1 business day']],
  ['Give me two minutes and the password will be in your inbox.', 'en', '2026-12-03T14:00:00-05:00', { timezone: 'America/New_York', priority: 'urgent' }, 'two minutes',
    ['until Thursday, December 3']],
];

describe('unrealistic-commitment', () => {
  it.each(CASES)('%s', (text, lang, now, ctx, quote, expected) => {
    const [finding, ...rest] = check(text, lang, now, ctx);
    expect(rest).toEqual([]);
    expect(text.slice(finding.start, finding.end)).toBe(quote);
    expect(finding.suggestions).toEqual(expected);
    expect(finding.message).toContain(`«${quote}»`);
    for (const s of finding.suggestions) {
      const rewritten = text.slice(0, finding.start) + s + text.slice(finding.end);
      expect(check(rewritten, lang, now, ctx), rewritten).toEqual([]);
    }
  });

  it('names the due time and the window in the message', () => {
    const [f] = check('Mañana lo tienes.', 'es', '2026-11-20T17:30:00-05:00', { timezone: 'America/Lima' });
    expect(f.message).toBe('Compromiso poco realista: «Mañana» vence al final del sábado 21 de noviembre y deja 0,5 h hábiles; con prioridad normal el equipo necesita al menos 8 h.');
    const [e] = check("I'll fix it in 10 minutes.", 'en', '2026-11-09T14:00:00+00:00', { timezone: 'Europe/London', priority: 'high' });
    expect(e.message).toBe('Unrealistic commitment: «in 10 minutes» is due Monday, November 9 at 2:10 PM, leaving 0.2 business hours; high priority needs at least 4.');
  });

  it('stays silent on realistic and honest drafts', () => {
    expect(check('Te escribo el jueves con lo que me digan.', 'es', '2026-11-23T10:00:00-06:00', MX)).toEqual([]);
    expect(check('Voy a trabajar en esto lo antes posible y te aviso en cuanto tenga novedades.', 'es', '2026-11-23T10:00:00-06:00', MX)).toEqual([]);
  });

  it('has firing and silent examples in both languages', () => {
    for (const lang of ['es', 'en'] as const) {
      const examples = RULE_EXAMPLES[rule.id].filter((e) => e.lang === lang);
      expect(examples.some((e) => e.text.includes('[['))).toBe(true);
      expect(examples.some((e) => !e.text.includes('[['))).toBe(true);
    }
  });
});

describe('business days in the settings', () => {
  it('falls back to the default week when no day can be read, instead of a week with no business day', () => {
    expect(resolveContext({ businessHours: { days: ['mon', 9] as never, start: '09:00', end: '18:00' } }).businessHours.days).toEqual([1, 2, 3, 4, 5]);
    expect(resolveContext({ businessHours: { days: [], start: '09:00', end: '18:00' } }).businessHours.days).toEqual([1, 2, 3, 4, 5]);
    expect(resolveContext({ businessHours: { days: [6, 0], start: '09:00', end: '18:00' } }).businessHours.days).toEqual([6, 7]);
  });
});

describe('business days named on a CLI line', () => {
  const line = (days: unknown[]) =>
    parseInputLine(JSON.stringify({ id: 'd', text: "We'll have the fix out next Monday.", now: '2026-11-11T10:00:00-05:00', context: { timezone: 'America/New_York', businessHours: { days, start: '09:00', end: '18:00' } } }));

  it('reads weekday names in English and Spanish as the numbered days', () => {
    expect(resolveContext(line(['mon', 'Tuesday', 'miércoles', 'jue', 'VIE']).input!.context).businessHours.days).toEqual([1, 2, 3, 4, 5]);
    expect(resolveContext(line(['sab', 'domingo']).input!.context).businessHours.days).toEqual([6, 7]);
  });

  it('judges a promise the same with days named as with days numbered', () => {
    const named = analyze({ ...line(['mon', 'tue', 'wed', 'thu', 'fri']).input!, lang: 'en' }, nodeEngineOptions);
    const numbered = analyze({ ...line([1, 2, 3, 4, 5]).input!, lang: 'en' }, nodeEngineOptions);
    expect(named.commitments).toEqual(numbered.commitments);
    expect(named.commitments.map((c) => c.realistic)).toEqual([true]);
  });
});
