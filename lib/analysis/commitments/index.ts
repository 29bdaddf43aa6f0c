/**
 * The agent's time commitments: which phrases promise a time (./extract, cached per
 * sentence), when each falls due in the context's zone (./resolve), and whether the
 * business-hour window before it reaches `minBusinessHours[priority]`.
 *
 * Pure: holidays by country come from an injected provider (EngineOptions), never from
 * a bundled calendar.
 */
import type { DateTime } from 'luxon';
import type { Sentence } from '../text';
import type { AnalysisContext, Commitment, EngineOptions, Lang } from '../types';
import { calendarFor, type BusinessCalendar } from './calendar';
import { extractMentions, type Region } from './extract';
import { resolveDue } from './resolve';

export { BusinessCalendar, calendarFor } from './calendar';
export { extractMentions, mentionCandidates, TIME_PLACEHOLDER, type Candidate, type Mention, type Region } from './extract';

/** The team's region for regional time words: the holiday country, else the time zone. */
export function regionOf(context: AnalysisContext): Region {
  if (context.holidaysCountry) return context.holidaysCountry.toUpperCase() === 'ES' ? 'ES' : 'other';
  return /^(?:Europe\/Madrid|Atlantic\/Canary|Africa\/Ceuta)$/.test(context.timezone) ? 'ES' : 'other';
}
export { resolveDue, IMMEDIACY_MINUTES } from './resolve';
export { formatBusinessHours, formatClock, formatDay, formatDue, earliestRealisticDue, businessDaysUntil } from './phrase';
export type { TimeSpec } from './lexicon';

export function findCommitments(
  text: string,
  sentences: Sentence[],
  lang: Lang,
  now: DateTime | number,
  context: AnalysisContext,
  options: EngineOptions = {},
): Commitment[] {
  const out: Commitment[] = [];
  const nowMs = typeof now === 'number' ? now : now.toMillis();
  let calendar: BusinessCalendar | undefined; // looked up only when a sentence has a time phrase
  for (const sentence of sentences) {
    for (const mention of extractMentions(sentence.text, lang, regionOf(context), options.model ?? null)) {
      calendar ??= calendarFor(context, options.holidayProvider);
      const dueMs = resolveDue(mention.spec, nowMs, calendar);
      if (dueMs === undefined || !Number.isFinite(dueMs)) continue;
      const window = calendar.businessHoursBetween(nowMs, dueMs);
      const start = sentence.start + mention.start;
      const end = sentence.start + mention.end;
      out.push({
        start,
        end,
        quote: text.slice(start, end),
        due: calendar.isoAt(dueMs),
        windowBusinessHours: Math.round(window * 100) / 100,
        realistic: window >= context.minBusinessHours[context.priority],
      });
    }
  }
  return out;
}
