/**
 * Property tests: whatever the agent pastes or the customer writes, analyze() neither
 * throws nor reports spans outside the text, and no input is slow (no catastrophic
 * regexes): at most 20 ms per 2,000 characters.
 */
import { performance } from 'node:perf_hooks';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analysis';
import type { AnalysisResult, AnalyzeInput, Role } from '../../lib/analysis/types';
import { nodeEngineOptions } from '../../lib/node/node-engine';

const ROLES: Role[] = ['agent', 'customer'];
const MS_PER_2000_CHARS = 20;
/**
 * For the 50,000–100,000-character texts. In a fresh process each takes 1–100 ms; after the property runs above, the
 * same customer texts took 300–540 ms in this process (nineteenth session: «¿¿¿…» 375, emoji 405, «Hola \n \n…» 521; the
 * opening engine 311 / 433 / 520 alike, with or without the model), which failed one CI run at 539 ms against 500. A
 * regex that backtracks on such input is quadratic or worse: seconds at these lengths, far past twice the budget.
 */
const LONG_TEXT_MS_PER_2000_CHARS = 2 * MS_PER_2000_CHARS;

const WORDS = [
  'mañana', 'manana', 'hoy', 'el', 'lunes', 'martes 17', 'de diciembre', 'en', 'dentro de', '5', 'minutos', 'horas',
  'días hábiles', 'business days', 'within', 'by', 'Friday', 'tomorrow', 'next week', 'la próxima semana', 'si', 'if',
  '¿', '?', '!', '.', ',', ';', ':', '—', '-', 'a', 'y', 'que', 'no', "can't", "I'll", 'te', 'lo', 'soluciono',
  'inmediatamente', 'right away', 'lo antes posible', 'as soon as', 'Entonces tu problema es que', 'culpa', 'garantizo',
  '😀', '👍🏽', '🇲🇽', '\u200d', '\u00a0', 'İ', 'ß', '«', '»', '\n', '\t', '   ', '2.5', '10 MB', '#4821', '12:30', 'https://x.co/a?b=c',
];
const wordSoup = fc.array(fc.constantFrom(...WORDS), { maxLength: 60 }).map((ws) => ws.join(' '));
const html = fc
  .array(
    fc.oneof(
      fc.constantFrom('<p>', '</p>', '<br>', '<div class="x">', '</div>', '<a href="https://e.com">', '</a>', '&nbsp;', '&amp;', '<!-- c -->', '<script>x()</script>'),
      wordSoup,
    ),
    { maxLength: 30 },
  )
  .map((parts) => parts.join(''));
const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  wordSoup,
  html,
);

function checkResult(text: string, r: AnalysisResult) {
  expect(['es', 'en']).toContain(r.lang);
  for (const span of [...r.findings, ...r.commitments]) {
    expect(0 <= span.start && span.start <= span.end && span.end <= text.length).toBe(true);
    expect(span.quote).toBe(text.slice(span.start, span.end));
  }
  for (const f of r.findings) {
    expect(f.suggestions.length).toBeLessThanOrEqual(3);
    expect(typeof f.message).toBe('string');
  }
}

/** Analyses and checks the time budget; the first run counts (caches would hide a slow regex). */
function analyzeTimed(input: AnalyzeInput, msPer2000Chars = MS_PER_2000_CHARS): AnalysisResult {
  const t0 = performance.now();
  const r = analyze(input, nodeEngineOptions);
  const elapsed = performance.now() - t0;
  const budget = msPer2000Chars * Math.max(1, input.text.length / 2000);
  if (elapsed > budget) {
    // Retries on fresh variants absorb a GC pause, a busy machine or a first holiday
    // calendar for a new year; a slow regex stays slow on every one of them.
    const retries = [' ', '  ', '   '].map((pad) => {
      const t1 = performance.now();
      analyze({ ...input, text: input.text + pad }, nodeEngineOptions);
      return performance.now() - t1;
    });
    expect(Math.min(...retries), `${input.text.length} chars: ${JSON.stringify(input.text.slice(0, 80))}`).toBeLessThanOrEqual(budget);
  }
  return r;
}

const NOW = '2026-11-20T17:30:00-05:00';
const CONTEXT = { timezone: 'America/Lima', holidaysCountry: 'PE' };

describe('robustness', () => {
  // Warm-up so that one-time regex compilation is not billed to the first property run.
  for (const role of ROLES) analyze({ text: 'Mañana te lo soluciono. I will fix it tomorrow.', role, now: NOW, context: CONTEXT }, nodeEngineOptions);

  for (const role of ROLES) {
    it(`${role}: arbitrary text, HTML and emoji never throw and spans stay inside the text`, () => {
      fc.assert(
        fc.property(anyText, fc.constantFrom<('es' | 'en' | undefined)>(undefined, 'es', 'en'), (text, lang) => {
          checkResult(text, analyzeTimed({ text, role, lang, now: NOW, context: CONTEXT }));
        }),
        { numRuns: 300 },
      );
    });

    it(`${role}: arbitrary contexts and clocks never throw`, () => {
      const context = fc.record(
        {
          timezone: fc.constantFrom('America/Lima', 'Europe/Madrid', 'Asia/Kolkata', 'Pacific/Chatham', 'Not/AZone', 'UTC'),
          priority: fc.constantFrom('low', 'normal', 'high', 'urgent'),
          businessHours: fc.record({
            days: fc.array(fc.integer({ min: -1, max: 8 }), { maxLength: 8 }),
            start: fc.constantFrom('09:00', '8:30', '00:00', '25:00', 'x'),
            end: fc.constantFrom('18:00', '17:30', '24:00', '07:00', ''),
          }),
          holidays: fc.array(fc.constantFrom('2026-11-23', '2026-12-08', 'nope'), { maxLength: 3 }),
          holidaysCountry: fc.constantFrom('PE', 'ES', 'US', 'XX', ''),
        },
        { requiredKeys: [] },
      );
      const now = fc.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }).map((d) => d.toISOString());
      fc.assert(
        fc.property(wordSoup, context, now, (text, ctx, at) => {
          checkResult(text, analyzeTimed({ text, role, now: at, context: ctx as AnalyzeInput['context'] }));
        }),
        { numRuns: 200 },
      );
    });

    it(`${role}: 100,000-character texts and pathological repetitions stay within budget`, () => {
      const paragraph =
        'Hola, entiendo tu molestia. Mañana a primera hora te llamo y en 3 días hábiles lo tienes. ' +
        "I'll call you tomorrow, within 2 business days it will be fixed. Si me lo envías el lunes, lo reviso. ";
      const texts = [
        paragraph.repeat(Math.ceil(100_000 / paragraph.length)).slice(0, 100_000),
        'a '.repeat(50_000),
        'en '.repeat(33_000),
        'mañana '.repeat(14_000),
        '1-'.repeat(50_000),
        ' '.repeat(100_000),
        'el lunes y el martes y '.repeat(4_000),
        '¿'.repeat(50_000) + '?',
        '😀'.repeat(50_000),
        'x'.repeat(100_000),
        // Blank runs a lookbehind or a leading optional blank could read back over at every position.
        'Hola' + ' \n'.repeat(50_000) + 'gracias',
        'a' + ' '.repeat(50_000) + 'b',
        'tomorrow '.repeat(11_000),
        // Relative clauses between times in one run-on clause: their ranges are found once per clause (twenty-third session).
        'te los reembolsamos el lunes los productos que nos devolviste '.repeat(1_600),
        "we'll refund on Monday the items that you returned ".repeat(2_000),
        // One run-on sentence of refusals: a refusal lexicon cost the whole sentence's length at each of its matches (5 s).
        "we can't refund it, but ".repeat(4_200),
        'no podemos, pero '.repeat(6_000),
      ];
      for (const text of texts) checkResult(text, analyzeTimed({ text, role, now: NOW, context: CONTEXT }, LONG_TEXT_MS_PER_2000_CHARS));
    });
  }
});
