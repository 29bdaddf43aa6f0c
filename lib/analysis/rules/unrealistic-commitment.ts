/**
 * unrealistic-commitment: the agent promises a time the team cannot keep — the
 * business-hour window before the due time is shorter than `minBusinessHours[priority]`
 * (spec, "Commitments"). The work is done by ../commitments; this rule turns the
 * unrealistic ones into findings at the time phrase and offers rewrites that replace
 * just that phrase and read grammatically in its place:
 *   - an honest line: «lo antes posible y te aviso en cuanto tenga novedades» where the
 *     phrase ends its clause, plain «lo antes posible» where the sentence goes on;
 *   - the earliest realistic date for this context: «el jueves 26 de noviembre»
 *     (keeping «para / hasta / antes del / by / until» when the phrase had one);
 *   - the same as a count: «en 2 días hábiles» / «within 2 business days».
 * After «dame / give me» the phrase is an amount, so only «hasta el…» / «N días hábiles» fit.
 */
import { TZDate } from '@date-fns/tz';
import { calendarFor, businessDaysUntil, earliestRealisticDue, formatBusinessHours, formatDay, formatDue } from '../commitments';
import { capitalise } from '../grammar/case';
import { byRegister, detectRegister } from '../grammar/register';
import type { AnalysisContext, Commitment, Lang, Priority } from '../types';
import type { DraftContext, Rule, RuleExample, RuleMatch } from './types';

const PRIORITY_NAMES: Record<Lang, Record<Priority, string>> = {
  es: { low: 'baja', normal: 'normal', high: 'alta', urgent: 'urgente' },
  en: { low: 'low', normal: 'normal', high: 'high', urgent: 'urgent' },
};

/** How a commitment is explained, in any language: the same due phrase and figures wherever it is shown. */
export interface CommitmentExplanation {
  /** «al final del sábado 21 de noviembre» / «at the end of Saturday, November 21». */
  due: string;
  /** Business hours left before the due time, written as in the message. */
  hoursLeft: string;
  /** The team's shortest reliable turnaround at the context's priority. */
  minHours: string;
  message: string;
}

/**
 * A commitment's due time on the clock it was written with (calendar.isoAt, in its own offset):
 * its date and time read off the string as UTC, since only those fields are phrased. Not a TZDate in
 * the offset itself: where Intl has no offset zones (Node 20), each one date-fns builds costs a caught error.
 */
function dueClock(iso: string): TZDate {
  return new TZDate(`${iso.slice(0, 19)}Z`, 'UTC');
}

/** Explains `c` in `lang` (the draft's for the engine's finding, the interface's in the panel). */
export function explainCommitment(c: Commitment, lang: Lang, now: TZDate, context: Pick<AnalysisContext, 'minBusinessHours' | 'priority'>): CommitmentExplanation {
  const due = formatDue(dueClock(c.due), lang, now);
  const hoursLeft = formatBusinessHours(c.windowBusinessHours, lang);
  const minHours = formatBusinessHours(context.minBusinessHours[context.priority], lang);
  const priority = PRIORITY_NAMES[lang][context.priority];
  const message =
    lang === 'es'
      ? `Compromiso poco realista: «${c.quote}» vence ${due} y deja ${hoursLeft} h hábiles; con prioridad ${priority} el equipo necesita al menos ${minHours} h.`
      : `Unrealistic commitment: «${c.quote}» is due ${due}, leaving ${hoursLeft} business hours; ${priority} priority needs at least ${minHours}.`;
  return { due, hoursLeft, minHours, message };
}

/** A preposition the phrase starts with, to keep in the date rewrite. */
const LEAD: Record<Lang, RegExp> = {
  es: /^(?:para|hasta|antes\s+del?|a\s+mas\s+tardar|como\s+muy\s+tarde)\s/,
  en: /^(?:by|until|till|before|no\s+later\s+than)\s/,
};
const GIVE_ME = /\b(?:give\s+(?:me|us)|gimme|dame|deme|denme|dadme|dejame|dejeme)\s+$/;

function dateRewrite(lang: Lang, lead: string | undefined, giveMe: boolean, dayPhrase: string): string {
  if (lang === 'es') {
    if (giveMe) return `hasta ${dayPhrase}`;
    if (!lead) return dayPhrase;
    // «antes de» + «el jueves» contracts to «antes del jueves».
    return /^antes/.test(lead) ? `antes d${dayPhrase}` : `${lead.trim()} ${dayPhrase}`;
  }
  if (giveMe) return `until ${dayPhrase}`;
  const prep = lead ? (/^before/.test(lead) ? 'by' : lead.trim()) : 'on';
  return `${prep} ${dayPhrase}`;
}

/** What the rewrites of one draft share: computed once per draft, not per commitment. */
interface DraftRewrites {
  honestFinal: string;
  honestMid: string;
  /** «el jueves 26 de noviembre» / «Thursday, November 26», when a realistic close exists. */
  dayPhrase?: string;
  /** Business days after today up to that close (0 when it is today). */
  businessDays: number;
}

function draftRewrites(draft: DraftContext): DraftRewrites {
  const { lang, text, folded, now, context } = draft;
  const calendar = calendarFor(context, draft.holidayProvider);
  const due = earliestRealisticDue(now, context.minBusinessHours[context.priority], calendar);
  const rewrites: DraftRewrites = {
    honestFinal: "as soon as possible, and I'll update you as soon as I have news",
    honestMid: 'as soon as possible',
    dayPhrase: due && formatDay(due, lang, now),
    businessDays: due ? businessDaysUntil(now, due, calendar) : 0,
  };
  if (lang === 'es') {
    const notify = byRegister(detectRegister(text, folded), { tu: 'te aviso', usted: 'le aviso' });
    rewrites.honestFinal = `lo antes posible y ${notify} en cuanto tenga novedades`;
    rewrites.honestMid = 'lo antes posible';
  }
  return rewrites;
}

function suggestions(c: Commitment, draft: DraftContext, rewrites: DraftRewrites): string[] {
  const { lang, text, folded } = draft;
  const giveMe = GIVE_ME.test(folded.slice(Math.max(0, c.start - 20), c.start));
  const lead = LEAD[lang].exec(folded.slice(c.start, c.end))?.[0];
  const endsClause = /^\s*(?:[.,;:!?)…]|$)/.test(text.slice(c.end, c.end + 8));
  const out: string[] = [];
  if (!giveMe) out.push(endsClause ? rewrites.honestFinal : rewrites.honestMid);
  if (rewrites.dayPhrase) {
    out.push(dateRewrite(lang, lead, giveMe, rewrites.dayPhrase));
    const n = rewrites.businessDays;
    if (n > 0) {
      const count = lang === 'es' ? `${n} ${n === 1 ? 'día hábil' : 'días hábiles'}` : `${n} business ${n === 1 ? 'day' : 'days'}`;
      out.push(giveMe ? count : lang === 'es' ? `en ${count}` : `within ${count}`);
    }
  }
  // A phrase that opens the sentence keeps its capital.
  const capitalised = /\p{Lu}/u.test(c.quote[0] ?? '');
  return out.slice(0, 3).map((s) => (capitalised ? capitalise(s) : s));
}

/** Test cases and training examples: `[[…]]` marks the span the rule must find. Not shipped to the page (nothing there imports them). */
export const examples: RuleExample[] = [
  // Tue 10:00 in Mexico City, normal priority (8 business hours): five minutes cannot be kept.
  {
    lang: 'es',
    text: 'Listo, ya estoy revisando tu cuenta: te lo soluciono [[en 5 minutos]].',
    now: '2026-11-10T10:00:00-06:00',
    context: { timezone: 'America/Mexico_City', priority: 'normal' },
  },
  // Friday 17:30: «mañana» is Saturday, with half a business hour left.
  {
    lang: 'es',
    text: '[[Mañana]] le llega el reembolso a su cuenta.',
    now: '2026-11-20T17:30:00-05:00',
    context: { timezone: 'America/Lima', priority: 'normal' },
  },
  {
    lang: 'es',
    text: 'Voy a trabajar en esto lo antes posible y te aviso en cuanto tenga novedades.',
    now: '2026-11-10T10:00:00-06:00',
    context: { timezone: 'America/Mexico_City', priority: 'normal' },
  },
  // Tuesday 10:00: Thursday leaves 26 business hours.
  {
    lang: 'es',
    text: 'Le pasé el caso a facturación; yo sigo el caso y le escribo el jueves con lo que me digan.',
    now: '2026-11-24T10:00:00-06:00',
    context: { timezone: 'America/Mexico_City', priority: 'normal' },
  },
  {
    lang: 'en',
    text: "I'll have this fixed for you [[in 5 minutes]].",
    now: '2026-11-17T10:00:00-06:00',
    context: { timezone: 'America/Chicago', priority: 'normal' },
  },
  {
    lang: 'en',
    text: "I'm escalating it now and it'll be sorted [[by end of day]].",
    now: '2026-11-20T16:00:00+00:00',
    context: { timezone: 'Europe/London', businessHours: { days: [1, 2, 3, 4, 5], start: '09:00', end: '17:30' } },
  },
  {
    lang: 'en',
    text: "I'll work on this as soon as possible and let you know as soon as I hear back.",
    now: '2026-11-17T10:00:00-06:00',
    context: { timezone: 'America/Chicago', priority: 'normal' },
  },
  {
    lang: 'en',
    text: "I'll call you tomorrow to confirm the migration went through.",
    now: '2026-12-01T10:00:00-05:00',
    context: { timezone: 'America/New_York', priority: 'high' },
  },
  // Generalisation pass: colloquial immediacy, standalone «antes del mediodía», ranges, validity.
  {
    lang: 'es',
    text: 'Ya le pedí al depósito que lo despachen. Lo vas a tener [[volando]].',
    now: '2026-12-03T16:00:00-03:00',
    context: { timezone: 'America/Argentina/Buenos_Aires', priority: 'normal' },
  },
  {
    lang: 'es',
    text: 'Hola Mariana, [[en un ratito]] te queda activado el paquete.',
    now: '2026-11-20T16:30:00-06:00',
    context: { timezone: 'America/Mexico_City', priority: 'normal' },
  },
  {
    lang: 'es',
    text: 'Señor Paredes, [[antes del mediodía]] le envío la cotización.',
    now: '2026-11-30T10:00:00-05:00',
    context: { timezone: 'America/Lima', priority: 'low' },
  },
  // «entre hoy y mañana» is kept only by its later bound: Thursday's close, 16 business hours away.
  {
    lang: 'es',
    text: 'La cuadrilla repara la avería entre hoy y mañana.',
    now: '2026-12-02T11:00:00-03:00',
    context: { timezone: 'America/Argentina/Buenos_Aires', priority: 'normal' },
  },
  // How long an offer is valid is not a promise.
  {
    lang: 'es',
    text: 'Te paso el link de pago; el descuento es válido hasta hoy.',
    now: '2026-11-24T16:00:00-05:00',
    context: { timezone: 'America/Bogota', priority: 'normal' },
  },
  {
    lang: 'en',
    text: "I'll have the replacement shipped [[by tonight]].",
    now: '2026-11-20T15:00:00-05:00',
    context: { timezone: 'America/New_York', priority: 'normal', businessHours: { days: [1, 2, 3, 4, 5], start: '09:00', end: '17:00' } },
  },
  // «by end of day tomorrow» is tomorrow's close, not today's.
  {
    lang: 'en',
    text: "I'll have an answer for you by end of day tomorrow.",
    now: '2026-11-30T12:00:00+00:00',
    context: { timezone: 'Europe/London', priority: 'normal' },
  },
];

const unrealisticCommitment: Rule = {
  id: 'unrealistic-commitment',
  languages: ['es', 'en'],
  message: {
    es: 'Compromiso de tiempo poco realista para la prioridad del ticket.',
    en: 'A time commitment the team cannot keep at this ticket priority.',
  },
  checkDraft(draft): RuleMatch[] {
    const unrealistic = draft.commitments.filter((c) => !c.realistic);
    if (unrealistic.length === 0) return [];
    const rewrites = draftRewrites(draft);
    const messages = new Map<string, string>(); // by due and window: a long draft repeats them
    return unrealistic.map((c) => {
      const key = `${c.due}|${c.windowBusinessHours}|${c.quote}`;
      let text = messages.get(key);
      if (text === undefined) {
        text = explainCommitment(c, draft.lang, draft.now, draft.context).message;
        messages.set(key, text);
      }
      return { start: c.start, end: c.end, message: text, suggestions: suggestions(c, draft, rewrites) };
    });
  },
};

export default unrealisticCommitment;
