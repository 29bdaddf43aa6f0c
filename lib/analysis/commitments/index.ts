/**
 * The agent's time commitments: which phrases promise a time (./extract, cached per
 * sentence), when each falls due in the context's zone (./resolve), and whether the
 * business-hour window before it reaches `minBusinessHours[priority]`.
 *
 * Pure: holidays by country come from an injected provider (EngineOptions), never from
 * a bundled calendar.
 */
import { readsAsProcedure } from '../grammar/audience';
import { fold, type Sentence } from '../text';
import type { AnalysisContext, Commitment, EngineOptions, Lang } from '../types';
import { calendarFor, type BusinessCalendar } from './calendar';
import { extractMentions, FUTURE, type Region } from './extract';
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

/** A sentence asking the customer to send, share or write something first (folded). */
const ASKS_FIRST: Record<Lang, RegExp> = {
  en: /^\W*(?:(?:hi|hello|hey)\b[^.!?]{0,30}[,.!]\s*)?(?:(?:please|kindly|pls|can you|could you|would you)\s+(?:please\s+|kindly\s+)?(?:also\s+|just\s+)?(?:send|email|e-mail|dm|message|forward|write|give us|tell us|include|reply|share|provide|upload|attach)|(?:also\s+|just\s+)?(?:(?:send|email|e-mail|dm|message|forward|write to) (?:us|me)|reply with|share|provide|upload|attach))\b(?![^.!?]*\b(?:if|future|survey|feedback)\b)/,
  es: /^\W*(?:(?:hola|buenas)\b[^.!?]{0,30}[,.!]\s*)?(?:(?:por favor|porfa|favor de|¿?(?:nos |me )?(?:puedes|podrias|podes|puede|podria|pueden|podrian))[, ]+(?:\w+ )?(?:envi|mand|escrib|compart|indic|facilit|proporcion|adjunt)|(?:envi|mand|escrib|compart|indic|facilit|proporcion|adjunt)[ae]n?(?:nos|me|\b[^.!?]*\bpor favor))(?![^.!?]*\bsi\b)/,
};

/** …unless the promise says it does not wait for it ("no need to wait", «sin esperar»), folded. */
const STEP_DOES_NOT_WAIT = /\b(?:meanwhile|meantime|either way|regardless|no need to wait|in parallel|mientras tanto|de todas formas|sin esperar|en paralelo)\b/;

/** «hoy a las 11:00», "today at 9am": a clock time of today. */
const TODAY_AT = /\b(?:hoy|today|this morning|esta manana)\b.*?\b(?:a las|at)\s+(\d{1,2})(?:[:.](\d{2}))?(?:\s*([ap])\.?\s?m\b)?/i;

/**
 * A clock time of today that had gone by more than half an hour before the reply: «la versión que publicamos hoy a
 * las 11:00» written at 12:00 tells what was done (the «-amos» of «publicamos» is past and present alike), it
 * promises nothing.
 */
function clockAlreadyPassed(quote: string, sentence: string, at: number, lang: Lang, nowMs: number, calendar: BusinessCalendar): boolean {
  const m = TODAY_AT.exec(quote);
  // Said in the future («I'll call you today at 11:00», «te llamaré hoy a las 11»), the time is promised whatever the clock says.
  if (!m || FUTURE[lang].test(sentence.slice(Math.max(0, at - 160), at).toLowerCase())) return false;
  let hour = Number(m[1]);
  const meridiem = m[3]?.toLowerCase();
  if (meridiem === 'p' && hour < 12) hour += 12;
  if (meridiem === 'a' && hour === 12) hour = 0;
  // «a las 4» may be four in the afternoon: only a time written whole («11:00», «9am», «16 h») is read, and
  // one from 1 to 7 with no a.m. / p.m. is the afternoon's («hoy a las 5:30 te llamo» at noon is ahead).
  if (hour > 23 || (!m[2] && !meridiem && hour < 13)) return false;
  if (!meridiem && hour >= 1 && hour <= 7) hour += 12;
  const local = calendar.dateAt(nowMs);
  return hour * 60 + Number(m[2] ?? 0) < local.getHours() * 60 + local.getMinutes() - 30;
}

export function findCommitments(
  text: string,
  sentences: Sentence[],
  lang: Lang,
  now: Date | number,
  context: AnalysisContext,
  options: EngineOptions = {},
  /** The draft folded, when the caller folds it anyway (read once, for the page's layout). */
  foldedText: () => string = () => fold(text),
): Commitment[] {
  const out: Commitment[] = [];
  const nowMs = typeof now === 'number' ? now : now.getTime();
  let calendar: BusinessCalendar | undefined; // looked up only when a sentence has a time phrase
  let procedure: boolean | undefined;
  sentences.forEach((sentence, i) => {
    const mentions = extractMentions(sentence.text, lang, regionOf(context), options.model ?? null);
    // What the agent will do at once, right after asking the customer for something, waits on it, as when the two are
    // joined by «and» (./extract): "Please send us your order number. We'll look into it right away." A follow-up dated
    // a day ahead ("I'll email you with their decision by Friday") is still promised.
    const waits = mentions.length > 0 && i > 0 && ASKS_FIRST[lang].test(foldedText().slice(sentences[i - 1].start, sentences[i - 1].end))
      && !STEP_DOES_NOT_WAIT.test(foldedText().slice(sentence.start, sentence.end));
    for (const mention of mentions) {
      const { spec } = mention;
      if (waits && (spec.kind === 'immediate' || (spec.kind === 'relativeDay' && spec.offset === 0) || (spec.kind === 'duration' && spec.seconds <= 86400) || spec.kind === 'businessHours')) continue;
      // A help page's procedure («El proceso es el siguiente: … 3. Revisaremos tu reclamación en un plazo de 3 días»)
      // gives windows for every case, not a promise to this customer (grammar/audience.ts). Read once, at the first time.
      procedure ??= readsAsProcedure(text, lang, foldedText());
      if (procedure) return [];
      calendar ??= calendarFor(context, options.holidayProvider);
      const dueMs = resolveDue(mention.spec, nowMs, calendar);
      if (dueMs === undefined || !Number.isFinite(dueMs)) continue;
      // A few characters past the phrase, in the whole text: «a las 6:00 p. m.» ends outside it, and outside its «sentence».
      const at = sentence.start + mention.start;
      if (clockAlreadyPassed(text.slice(at, at + (mention.end - mention.start) + 8), sentence.text, mention.start, lang, nowMs, calendar)) continue;
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
  });
  return out;
}
