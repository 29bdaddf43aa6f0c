import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analysis';
import { resolveContext } from '../../lib/analysis/context';
import { nodeEngineOptions, parseInputLine } from '../../lib/node/node-engine';

const line = (fields: Record<string, unknown>) => parseInputLine(JSON.stringify({ id: 'l1', text: 'Te lo envío mañana.', ...fields }));
const contextOf = (context: Record<string, unknown>) => resolveContext(line({ context }).input!.context);

describe('a CLI line read as a person writes it', () => {
  it('reads a language tag as its language and a role in any case', () => {
    expect(line({ lang: 'es-MX' }).input!.lang).toBe('es');
    expect(line({ lang: 'EN_gb' }).input!.lang).toBe('en');
    expect(line({ role: ' Customer ' }).input!.role).toBe('customer');
    expect(line({ lang: 'fr-FR' }).error).toMatch(/"lang"/);
    expect(line({ role: 'client' }).error).toMatch(/"role"/);
  });

  it('reads a now with no offset, or a date alone, on the team clock', () => {
    const lima = { timezone: 'America/Lima' };
    expect(line({ now: '2026-11-20T10:30:00', context: lima }).input!.now).toBe('2026-11-20T15:30:00.000Z');
    expect(line({ now: '2026-11-20 10:30', context: lima }).input!.now).toBe('2026-11-20T15:30:00.000Z');
    expect(line({ now: '2026-11-20', context: lima }).input!.now).toBe('2026-11-20T05:00:00.000Z');
    // Madrid in summer and in winter: the offset is the one of that day.
    expect(line({ now: '2026-07-01T09:00', context: { timezone: 'Europe/Madrid' } }).input!.now).toBe('2026-07-01T07:00:00.000Z');
    expect(line({ now: '2026-12-01T09:00', context: { timezone: 'Europe/Madrid' } }).input!.now).toBe('2026-12-01T08:00:00.000Z');
    // With an offset the instant is the one written, whatever the zone.
    expect(line({ now: '2026-11-20T10:30:00-03:00', context: lima }).input!.now).toBe('2026-11-20T10:30:00-03:00');
    expect(line({ now: Date.UTC(2026, 10, 20, 15, 30) }).input!.now).toBe('2026-11-20T15:30:00.000Z');
    expect(line({ now: 'yesterday' }).error).toMatch(/"now"/);
  });

  it('judges a promise the same with the clock written loosely as with the spec form', () => {
    const spec = line({ lang: 'es', now: '2026-11-20T10:30:00-05:00', context: { timezone: 'America/Lima' } });
    const loose = line({ lang: 'es', now: '2026-11-20T10:30:00', context: { timezone: 'America/Lima' } });
    expect(analyze(loose.input!, nodeEngineOptions).commitments).toEqual(analyze(spec.input!, nodeEngineOptions).commitments);
  });

  it('reads business hours as people write them', () => {
    expect(contextOf({ businessHours: { days: ['1', '2', '3'], start: '9am', end: '6:30 p. m.' } }).businessHours).toEqual({ days: [1, 2, 3], start: '09:00', end: '18:30' });
    expect(contextOf({ businessHours: { days: [1, 2, 3, 4, 5], open: '8h', close: '17.00' } }).businessHours).toEqual({ days: [1, 2, 3, 4, 5], start: '08:00', end: '17:00' });
    expect(contextOf({ businessHours: { start: 10, end: '19:00:00' } }).businessHours).toMatchObject({ start: '10:00', end: '19:00' });
    // What cannot be read is left to the engine's defaults.
    expect(contextOf({ businessHours: { start: '13pm', end: 'late' } }).businessHours).toMatchObject({ start: '09:00', end: '18:00' });
  });

  it('reads priorities and turnarounds in either language, and holidays as objects or date-times', () => {
    expect(contextOf({ priority: 'High' }).priority).toBe('high');
    expect(contextOf({ priority: 'urgente' }).priority).toBe('urgent');
    expect(contextOf({ priority: 'medium' }).priority).toBe('normal');
    expect(contextOf({ minBusinessHours: { Normal: '6', alta: 3 } }).minBusinessHours).toEqual({ low: 24, normal: 6, high: 3, urgent: 2 });
    expect(contextOf({ holidays: [{ date: '2026-12-08', name: 'Inmaculada' }, '2026-12-25T00:00:00'] }).holidays).toEqual(['2026-12-08', '2026-12-25']);
  });

  it('changes the verdict a capitalised priority asks for', () => {
    // Friday 10:30 in Lima, «mañana» is Saturday: 7.5 business hours, short of normal's 8, enough for high's 4.
    const verdict = (priority: string) =>
      analyze(line({ lang: 'es', now: '2026-11-20T10:30:00-05:00', context: { timezone: 'America/Lima', priority } }).input!, nodeEngineOptions)
        .commitments.map((c) => c.realistic);
    expect(verdict('normal')).toEqual([false]);
    expect(verdict('High')).toEqual([true]);
  });
});
