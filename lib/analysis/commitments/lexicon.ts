/**
 * Patterns for time phrases, per language, matched on `fold(sentence)` (lower case, no
 * accents, same offsets). Every pattern is a flat alternation of literal words with
 * single optional groups: no nested quantifiers, so matching stays linear.
 *
 * Each pattern captures `core` (the time itself); the span reported is the whole match,
 * so leading prepositions («para el viernes», «by Friday», «en 5 minutos») stay in the
 * quote and a suggestion can replace the span as a whole.
 */
import { CARDINAL, cardinalValue } from '../grammar/numbers';
import { EN_MONTH_SHORT, EN_MONTHS, EN_WEEKDAYS, ES_MONTHS, ES_WEEKDAYS } from '../grammar/calendar-words';
import type { Lang } from '../types';

export type TimeSpec =
  | { kind: 'duration'; seconds: number }
  | { kind: 'businessDays'; days: number }
  | { kind: 'businessHours'; hours: number }
  | { kind: 'immediate' }
  | { kind: 'relativeDay'; offset: number }
  | { kind: 'weekday'; weekday: number; day?: number; month?: number; year?: number }
  | { kind: 'date'; day: number; month?: number; year?: number; orElse?: { day: number; month: number } }
  | { kind: 'endOfWeek'; offset: 0 | 1 }
  | { kind: 'weekend' }
  | { kind: 'endOfMonth'; offset: 0 | 1 }
  /** A clock time with no day («te llamo a las 5», "by 7:30 a.m."): today, or tomorrow once it has gone by. */
  | { kind: 'clock'; hour: number; minute: number };

/** How a pattern's match becomes a spec; undefined drops the match. */
export interface TimePattern {
  name: string;
  re: RegExp;
  /** True when the phrase cannot point to the past (so tense checks are skipped). */
  alwaysFuture?: boolean;
  /**
   * A count left unsaid («en las próximas horas», "in the coming days"): outage notices and
   * estimates say it of everyone («el servicio quedará restablecido en las próximas horas»), so
   * only the agent or company as the subject, or the customer receiving it («te llega…»), promises it.
   */
  unsaidCount?: boolean;
  toSpec(m: RegExpExecArray): TimeSpec | undefined;
  /** Offset of the reported span inside the match (e.g. «dame [dos minutos]»). */
  spanStartGroup?: string;
}

const alt = (words: string[]) => words.map((w) => w.replace(/ /g, '\\s+')).join('|');

// ---------------------------------------------------------------- numbers and units

/** Amounts said without a cardinal; the cardinals themselves («veinticuatro», "forty-eight") come from grammar/numbers. */
const ES_NUMBERS: Record<string, number> = { media: 0.5, 'un par de': 2 };
const EN_NUMBERS: Record<string, number> = {
  a: 1, an: 1, 'half a': 0.5, 'half an': 0.5, 'a couple of': 2, 'a couple': 2, 'couple of': 2,
};
/** «unos minutos», «a few hours»: a short but unstated amount. */
const VAGUE = new Set(['unos', 'unas', 'algunos', 'algunas', 'pocos', 'pocas', 'unos pocos', 'unas pocas', 'a few', 'few', 'several', 'escasos', 'breves']);

const numberWords = (table: Record<string, number>, extra: string[], cardinal: string) =>
  `\\d+(?:[.,]\\d+)?|${alt([...Object.keys(table), ...extra].sort((a, b) => b.length - a.length))}|${cardinal}`;

const ES_NUM = numberWords(ES_NUMBERS, [...VAGUE].filter((w) => !/^(?:a |few|several)/.test(w)), CARDINAL.es);
const EN_NUM = numberWords(EN_NUMBERS, ['a few', 'few', 'several'], CARDINAL.en);

function numberValue(raw: string | undefined, table: Record<string, number>): number | 'vague' | undefined {
  if (!raw) return undefined;
  const w = raw.replace(/\s+/g, ' ').trim();
  if (VAGUE.has(w)) return 'vague';
  if (/^\d/.test(w)) return Number(w.replace(',', '.'));
  return table[w] ?? cardinalValue(w);
}

const UNIT_SECONDS: [RegExp, number][] = [
  [/^(?:seg|sec)/, 1],
  [/^min/, 60],
  [/^(?:h|hora|hour)/, 3600],
  [/^(?:dia|day)/, 86400],
  [/^(?:semana|week)/, 7 * 86400],
  [/^(?:mes|month)/, 30 * 86400],
];
function unitSeconds(unit: string): number {
  for (const [re, s] of UNIT_SECONDS) if (re.test(unit)) return s;
  return 0;
}

/** A vague count («unos minutos», «a few hours»): minutes read as immediacy, larger units as three. */
function durationSpec(amount: number | 'vague' | undefined, unit: string, plusHalf: boolean): TimeSpec | undefined {
  const seconds = unitSeconds(unit);
  if (!seconds || amount === undefined) return undefined;
  if (amount === 'vague') return seconds <= 60 ? { kind: 'immediate' } : { kind: 'duration', seconds: 3 * seconds };
  if (!(amount > 0) || amount > 10000) return undefined;
  return { kind: 'duration', seconds: (amount + (plusHalf ? 0.5 : 0)) * seconds };
}

/** «24 horas hábiles», «48 business hours»: counted on the team's open hours, not the clock. */
function businessHoursSpec(amount: number | 'vague' | undefined): TimeSpec | undefined {
  if (amount === undefined) return undefined;
  const hours = amount === 'vague' ? 3 : amount;
  return hours > 0 && hours < 2000 ? { kind: 'businessHours', hours } : undefined;
}

function businessDaysSpec(amount: number | 'vague' | undefined): TimeSpec | undefined {
  if (amount === undefined) return undefined;
  const days = amount === 'vague' ? 3 : Math.ceil(amount);
  return days > 0 && days < 400 ? { kind: 'businessDays', days } : undefined;
}

/** The later bound of a range («24 a 48 horas», «2-3 business days»): the promise is kept only by then. */
function rangeValue(a: string | undefined, b: string | undefined, table: Record<string, number>) {
  const first = numberValue(a, table);
  const second = numberValue(b, table);
  if (typeof first === 'number' && typeof second === 'number') return Math.max(first, second);
  return first;
}

// ---------------------------------------------------------------- calendar words


const ES_WEEKDAY = ES_WEEKDAYS.join('|');
const EN_WEEKDAY = `${EN_WEEKDAYS.join('|')}|tues|thurs`;
const ES_MONTH = `${ES_MONTHS.join('|')}|setiembre`;
const EN_MONTH = `${EN_MONTHS.join('|')}|sept|${EN_MONTH_SHORT.join('|')}`;

function weekdayIndex(word: string, lang: Lang): number {
  const w = word.replace(/\s+/g, '');
  if (lang === 'es') return ES_WEEKDAYS.indexOf(w) + 1;
  if (w === 'tues') return 2;
  if (w === 'thurs') return 4;
  return EN_WEEKDAYS.indexOf(w) + 1;
}
function monthIndex(word: string | undefined, lang: Lang): number | undefined {
  if (!word) return undefined;
  if (lang === 'es') return word === 'setiembre' ? 9 : ES_MONTHS.indexOf(word) + 1 || undefined;
  const short = word.slice(0, 3);
  return EN_MONTH_SHORT.indexOf(short) + 1 || undefined;
}
const dayNumber = (s: string | undefined) => {
  const n = s ? Number(s) : NaN;
  return n >= 1 && n <= 31 ? n : undefined;
};
const yearNumber = (s: string | undefined) => (s ? (s.length === 2 ? 2000 + Number(s) : Number(s)) : undefined);

/** «a las 5», «17:00 h», "7:30 a.m.": hour and minute, or undefined when they are not a time of day. */
/** The half of the day a Spanish part of day names, for a clock time said with it («las 8 de la noche»). */
function partOfDay(part: string | undefined, hour: string): string | undefined {
  if (!part) return undefined;
  // «las 12 de la mañana» is noon, «las 12 de la noche» midnight.
  if (hour === '12') return part === 'manana' ? 'p' : 'a';
  return part === 'tarde' || part === 'noche' ? 'p' : 'a';
}

function clockSpec(hour: string, minute: string | undefined, meridiem: string | undefined): TimeSpec | undefined {
  let h = Number(hour);
  const m = minute ? Number(minute) : 0;
  if (meridiem) {
    if (h < 1 || h > 12) return undefined;
    h = (h % 12) + (meridiem === 'p' ? 12 : 0);
  }
  return h <= 23 && m <= 59 ? { kind: 'clock', hour: h, minute: m } : undefined;
}

/**
 * What a time of day must not follow: its day said earlier in the sentence («ese mismo día», "that day") or a habit or
 * an order's cut-off right before it («todos los días a las 8», «los pedidos realizados antes de las 13:00», "every day
 * at 5pm"). Read on the text before a match only: as leading lookbehinds of the patterns they were tried at every
 * position and cost 60–85 µs per 2,000 characters.
 */
const CLOCK_NOT_AFTER: Record<Lang, RegExp> = {
  es: /\b(?:ese|aquel|el\s+mismo)\s+dia\b[^.!?]{0,100}$|\b(?:todos\s+los\s+dias|cada\s+dia|diariamente|todas\s+las\s+(?:mananas|tardes|noches)|[a-z]+(?:ad|id)[oa]s?)\s$/,
  en: /\b(?:that|the\s+same)\s+day\b[^.!?]{0,100}$|\b(?:every\s+day|each\s+day|daily|every\s+(?:morning|evening|night|weekday)|nightly|placed|made|received|submitted)\s$/,
};
const followsDayOrHabit = (m: RegExpExecArray, lang: Lang) => CLOCK_NOT_AFTER[lang].test(m.input.slice(0, m.index));

/** A day of the year known by its name («Nochevieja», "Halloween", "New Year's"): the date it falls on. */
const NAMED_DAYS: Array<[RegExp, number, number]> = [
  [/^(?:christmas\s+eve|nochebuena)/, 24, 12],
  [/^(?:christmas|navidad)/, 25, 12],
  [/^(?:new\s+year'?s\s+eve|nochevieja)/, 31, 12],
  [/^(?:new\s+year|ano\s+nuevo)/, 1, 1],
  [/^reyes/, 6, 1],
  [/^(?:valentine|san\s+valentin)/, 14, 2],
  [/^halloween/, 31, 10],
];
function namedDay(name: string | undefined): TimeSpec | undefined {
  const known = NAMED_DAYS.find(([re]) => re.test(name ?? ''));
  return known && { kind: 'date', day: known[1], month: known[2] };
}

/** Which week of a month a phrase names («la segunda semana», "the 3rd week"): the day that week ends by. */
const WEEK_OF_MONTH_ENDS: Record<string, number> = { primera: 7, first: 7, '1st': 7, segunda: 14, second: 14, '2nd': 14, tercera: 21, third: 21, '3rd': 21, cuarta: 28, fourth: 28, '4th': 28, ultima: 28, last: 28 };

/**
 * A part of a named month as the day it is due by: its start, middle or end («a mediados de enero», "in early April", "by
 * the end of March"), or one of its weeks («la primera semana de febrero», "the second week of March").
 */
function monthPart(part: string, month: number | undefined): TimeSpec | undefined {
  if (!month) return undefined;
  const week = WEEK_OF_MONTH_ENDS[part];
  const day = week ?? (/^(?:early|the\s+beginning|beginning|principios|comienzos|inicios)/.test(part) ? 10 : /^(?:mid|the\s+middle|middle|mediados)/.test(part) ? 20 : 28);
  return { kind: 'date', day, month };
}

/**
 * A date in figures («el 10/05», "by 12/6"). Spanish writes the day first. English does either: a
 * number over 12 settles which is the day; otherwise the date is read both ways and falls due at the
 * nearer of the two (resolve.ts), so a commitment is never judged later than the agent may have meant.
 */
function numericDate(a: string, b: string, year: string | undefined, lang: Lang): TimeSpec | undefined {
  const [x, y] = [Number(a), Number(b)];
  const valid = (day: number, month: number) => day >= 1 && day <= 31 && month >= 1 && month <= 12;
  const dayFirst = valid(x, y) ? { day: x, month: y } : undefined;
  const monthFirst = valid(y, x) ? { day: y, month: x } : undefined;
  const first = lang === 'es' ? dayFirst : (monthFirst ?? dayFirst);
  if (!first) return undefined;
  const other = lang === 'en' && monthFirst && dayFirst && x !== y ? dayFirst : undefined;
  return { kind: 'date', ...first, year: yearNumber(year), ...(other ? { orElse: other } : {}) };
}

// Time of day after a day («mañana a primera hora», «tomorrow morning»): kept in the span,
// but a day still falls due at its close (spec), so it does not change the due time.
const ES_DAYTIME = `(?:\\s+mismo)?(?:\\s+(?:temprano|a\\s+primera\\s+hora|a\\s+ultima\\s+hora|antes\\s+del\\s+cierre|al\\s+cierre|(?:a|al|antes\\s+del?|para\\s+el)\\s+(?:fin|final)\\s+del\\s+dia|(?:por|en|a)\\s+la\\s+(?:manana|tarde|noche)|(?:al|antes\\s+del)\\s+mediodia|(?:a|antes\\s+de)\\s+las?\\s+\\d{1,2}(?:[:.]\\d{2})?(?:\\s*(?:h|hs|horas|am|pm)\\b)?))?`;
const EN_DAYTIME = `(?:\\s+(?:morning|afternoon|evening|night|first\\s+thing|at\\s+the\\s+latest|eod|cob|eob|(?:by\\s+)?(?:the\\s+)?(?:end\\s+of\\s+(?:the\\s+)?(?:business\\s+)?day|close\\s+of\\s+business)|(?:by|before|at)\\s+noon|(?:at|by|before)\\s+\\d{1,2}(?::\\d{2})?(?:\\s*(?:am|pm)\\b)?))?`;

// ---------------------------------------------------------------- Spanish

const ES_DAY_PREP = '(?:(?:para|hasta|antes|a\\s+mas\\s+tardar|como\\s+muy\\s+tarde|a\\s+partir\\s+de|a\\s+partir)\\s+)?';
const ES_DUR_PREP = alt([
  'en', 'dentro de', 'de aqui a', 'en cuestion de', 'en menos de', 'en no mas de', 'en un maximo de',
  'en un plazo de', 'en un plazo maximo de', 'en un plazo de maximo', 'en un lapso de', 'en maximo', 'en max',
  'dentro de las proximas', 'dentro de los proximos', 'en las proximas', 'en los proximos',
  'durante las proximas', 'en las siguientes', 'en los siguientes', 'antes de',
  // Latin American written replies: «a más tardar 60 días hábiles», «en un término de 15 días», «en un lapso no mayor a 72 horas».
  'a mas tardar', 'a mas tardar en', 'como maximo en', 'en un termino de', 'en un termino no mayor a', 'en un termino no mayor de',
  'en un lapso no mayor a', 'en un lapso no mayor de', 'en un plazo no mayor a', 'en un plazo no mayor de', 'en un periodo de', 'en un periodo maximo de',
]);
const ES_DUR_ADV = `(?:(?:${alt(['solo', 'tan solo', 'apenas', 'aproximadamente', 'aprox', 'unos', 'unas', 'como', 'maximo', 'menos de', 'mas o menos', 'no mas de'])})\\s+)?`;
const ES_UNIT = 'segundos?|segunditos?|seg|minutos?|minutitos?|minutillos?|minutines?|horitas?|mins?|horas?|hs|hrs?|h|dias?|semanas?|meses|mes';
const ES_BIZ = 'dias?\\s+(?:habiles|habil|laborables|laborable|laborales|laboral|utiles|util|de\\s+trabajo)';
const ES_BIZ_HOURS = 'horas?\\s+(?:habiles|habil|laborables|laborable|laborales|laboral|utiles|de\\s+oficina)';

function esDuration(m: RegExpExecArray): TimeSpec | undefined {
  const g = m.groups!;
  const amount = rangeValue(g.n1, g.n2, ES_NUMBERS);
  if (g.biz) return businessDaysSpec(amount);
  if (g.bizh) return businessHoursSpec(amount);
  return durationSpec(amount, g.unit, !!g.half);
}

/**
 * The agent's own next steps, said in the present for the future after «ahora» with one pronoun
 * («ahora lo reviso»); «ahora lo entiendo», «ahora lo tengo claro» are states.
 */
const ES_NEXT_STEP_VERBS = 'reviso|miro|checo|veo|mando|envio|reenvio|paso|cambio|corrijo|arreglo|soluciono|activo|desactivo|cancelo|gestiono|tramito|compruebo|verifico|subo|publico|cargo|aplico|proceso|anulo|devuelvo|reembolso|llamo|escribo|confirmo|aviso';

const ES_PATTERNS: TimePattern[] = [
  {
    name: 'es-duration',
    re: new RegExp(`\\b(?:${ES_DUR_PREP})\\s+${ES_DUR_ADV}(?<n1>${ES_NUM})(?:\\s*(?:-|a|o|u)\\s*(?<n2>${ES_NUM}))?\\s*(?:(?<biz>${ES_BIZ})|(?<bizh>${ES_BIZ_HOURS})|(?<unit>${ES_UNIT}))\\b(?<half>\\s+y\\s+media)?`, 'g'),
    toSpec: esDuration,
  },
  {
    // «dame dos minutos»: the span is the amount, so «hasta el jueves» can replace it.
    name: 'es-give-me',
    re: new RegExp(`\\b(?:dame|deme|denme|dadme|dejame|dejeme)\\s+(?<span>${ES_DUR_ADV}(?<n1>${ES_NUM})(?:\\s*(?:-|a|o|u)\\s*(?<n2>${ES_NUM}))?\\s*(?:(?<biz>${ES_BIZ})|(?<unit>${ES_UNIT}))\\b(?<half>\\s+y\\s+media)?)`, 'g'),
    toSpec: esDuration,
    spanStartGroup: 'span',
  },
  {
    // «en las próximas horas», «en los próximos días»: a count left unsaid, read like «unas horas».
    name: 'es-coming-units',
    re: /\b(?:en|dentro\s+de|durante)\s+(?:las|los)\s+(?:proxim[oa]s|siguientes)\s+(?<unit>horas|dias|semanas|meses)\b(?!\s+(?:habiles|laborables|de\s+(?:que|haber|recibir|la|el|su|tu)))/g,
    alwaysFuture: true,
    unsaidCount: true,
    toSpec: (m) => durationSpec('vague', m.groups!.unit, false),
  },
  {
    name: 'es-quarter-hour',
    re: /\b(?:en|dentro de)\s+(?:un\s+)?cuarto\s+de\s+hora\b/g,
    toSpec: () => ({ kind: 'duration', seconds: 900 }),
  },
  {
    name: 'es-immediate',
    re: new RegExp(`\\b(?:${alt([
      'ahora mismo', 'ahorita mismo', 'ahorita', 'ya mismo', 'inmediatamente', 'inmediatamnete', 'de inmediato',
      'enseguida', 'en seguida', 'al instante', 'en el acto', 'en un santiamen', 'en un rato', 'en un ratito',
      'en un momento', 'en un momentito', 'en unos momentos', 'en un instante', 'en unos instantes', 'en breves momentos',
      'en breves minutos', 'en unos pocos minutos', 'en pocos minutos', 'en escasos minutos', 'en un minutito', 'en unos minutitos',
      'en un minuto', 'en un segundo', 'en un segundito', 'en un periquete', 'en un dos por tres', 'en un abrir y cerrar de ojos',
      'en un minutillo', 'en un plis', 'al toque', 'al tiro',
    ])}|(?<!\\b(?:esta|estan|estoy|estaba|estaban|sigue|siguen|salio|salieron|iba|iban)\\s)volando)\\b(?!\\s+(?:que|de\\s+que|despues|luego|cuando|apenas|tras|en\\s+cuanto|una\\s+vez)\\b)`, 'g'),
    toSpec: () => ({ kind: 'immediate' }),
  },
  {
    // «ahora te lo mando», «ahora pondré el parche», «ahora vamos a revisarlo»: a bare «ahora» is a
    // time only before the agent's own next step; «ahora funciona», «ahora que…» stay states.
    name: 'es-now-next-step',
    re: new RegExp(`\\bahora(?=\\s+(?:(?:me|te|se|le|les|nos|os)\\s+(?:lo|la|los|las)\\s+[a-z]{3,}(?:o|are|ere|ire)|(?:(?:me|te|se|le|les|nos|os|lo|la|los|las)\\s+){1,2}(?:${ES_NEXT_STEP_VERBS})|(?:(?:me|te|se|le|les|nos|os|lo|la|los|las)\\s+){0,2}(?:[a-z]{3,}(?:aremos|eremos|iremos)|(?:pond|sald|vend)(?:re|remos)|hare|haremos|dire|diremos)|voy\\s+a|vamos\\s+a)\\b)`, 'g'),
    toSpec: () => ({ kind: 'immediate' }),
  },
  {
    name: 'es-relative-day',
    // «la mañana», «por la mañana» is the morning, not tomorrow; «hoy en día» is nowadays.
    // «el día de mañana», «en el día de hoy»: the day named in full is the day, not an attribute («la factura de hoy»).
    re: new RegExp(`\\b${ES_DAY_PREP}(?:(?:el|en\\s+el)\\s+dia\\s+de\\s+(?=hoy|manana))?(?<core>(?:entre\\s+)?hoy\\s+(?:y|o)\\s+(?:pasado\\s+)?manana|manana\\s+(?:y|o)\\s+pasado(?:\\s+manana)?|pasado\\s+manana|(?<!\\b(?:la|las|esa|cada|una|media|buena|buenas|toda)\\s)manana|hoy(?!\\s+(?:en\\s+)?dia\\b|\\s+por\\s+hoy)|esta\\s+(?:misma\\s+)?(?:tarde|noche|manana))\\b${ES_DAYTIME}`, 'g'),
    alwaysFuture: false,
    toSpec: (m) => {
      const core = m.groups!.core.replace(/\s+/g, ' ');
      // A range («entre hoy y mañana», «mañana o pasado») is kept only by its later bound.
      if (/pasado/.test(core)) return { kind: 'relativeDay', offset: 2 };
      if (/ (?:y|o) manana$/.test(core)) return { kind: 'relativeDay', offset: 1 };
      if (core === 'manana') return { kind: 'relativeDay', offset: 1 };
      return { kind: 'relativeDay', offset: 0 };
    },
  },
  {
    name: 'es-weekday',
    re: new RegExp(`\\b${ES_DAY_PREP}(?:el|este|esta|del|al)\\s+(?:(?:proximo|siguiente)\\s+)?(?<wd>${ES_WEEKDAY})\\b(?:\\s+(?<day>\\d{1,2})\\b(?:\\s+de\\s+(?<month>${ES_MONTH})\\b(?:\\s+(?:de|del)\\s+(?<year>\\d{4}))?)?)?(?:\\s+(?:que\\s+viene|proximo|entrante))?(?!\\s+pasad[oa]\\b|\\s+(?:a|al|hasta|y|o)\\s+(?:el\\s+)?(?:${ES_WEEKDAY})\\b)${ES_DAYTIME}`, 'g'),
    toSpec: (m) => {
      const g = m.groups!;
      return { kind: 'weekday', weekday: weekdayIndex(g.wd, 'es'), day: dayNumber(g.day), month: monthIndex(g.month, 'es'), year: yearNumber(g.year) };
    },
  },
  {
    name: 'es-date',
    re: new RegExp(`\\b${ES_DAY_PREP}(?:(?:el|del|al)\\s+)?(?:dia\\s+)?(?<day>\\d{1,2})(?:ro|o)?\\s+de\\s+(?<month>${ES_MONTH})\\b(?:\\s+(?:de|del)\\s+(?<year>\\d{4}))?(?!\\s+(?:a|al)\\s+\\d)${ES_DAYTIME}`, 'g'),
    toSpec: (m) => {
      const g = m.groups!;
      const day = dayNumber(g.day);
      return day ? { kind: 'date', day, month: monthIndex(g.month, 'es'), year: yearNumber(g.year) } : undefined;
    },
  },
  {
    name: 'es-numeric-date',
    // An article or a preposition must lead («el 10/05», «antes del 12-06»): a bare «1/2» is a fraction or a step.
    re: new RegExp(`\\b(?:${ES_DAY_PREP}(?:el|del|al)\\s+(?:dia\\s+)?|(?:para|hasta|antes\\s+del?|a\\s+mas\\s+tardar(?:\\s+el)?)\\s+)(?<a>\\d{1,2})[/-](?<b>\\d{1,2})(?:[/-](?<year>\\d{4}|\\d{2}))?(?![\\d/-]|\\.\\d|\\s*%)${ES_DAYTIME}`, 'g'),
    toSpec: (m) => numericDate(m.groups!.a, m.groups!.b, m.groups!.year, 'es'),
  },
  {
    name: 'es-month-part',
    re: new RegExp(`\\b(?:a|para|hacia|antes\\s+de)\\s+(?<part>principios|comienzos|inicios|mediados|finales|fines)\\s+de\\s+(?<month>${ES_MONTH})\\b`, 'g'),
    toSpec: (m) => monthPart(m.groups!.part, monthIndex(m.groups!.month, 'es')),
  },
  {
    name: 'es-week-of-month',
    re: new RegExp(`\\b(?:(?:en|durante|para|hacia|antes\\s+de)\\s+)?la\\s+(?<part>primera|segunda|tercera|cuarta|ultima)\\s+semana\\s+de\\s+(?<month>${ES_MONTH})\\b`, 'g'),
    toSpec: (m) => monthPart(m.groups!.part, monthIndex(m.groups!.month, 'es')),
  },
  {
    name: 'es-named-day',
    re: /\b(?:para|antes\s+de|hasta)\s+(?:la\s+|el\s+dia\s+de\s+)?(?<day>navidad|nochebuena|nochevieja|ano\s+nuevo|reyes|san\s+valentin|halloween)\b/g,
    toSpec: (m) => namedDay(m.groups!.day),
  },
  {
    name: 'es-day-of-month',
    re: new RegExp(`\\b${ES_DAY_PREP}(?:el|del)\\s+dia\\s+(?<day>\\d{1,2})\\b(?!\\s+de\\b)${ES_DAYTIME}`, 'g'),
    toSpec: (m) => {
      const day = dayNumber(m.groups!.day);
      return day ? { kind: 'date', day } : undefined;
    },
  },
  {
    name: 'es-this-week',
    re: /\b(?:(?:para|hasta|durante|dentro\s+de)\s+)?esta\s+(?:misma\s+)?semana\b|\b(?:(?:en|durante)\s+el\s+transcurso\s+de|a\s+lo\s+largo\s+de|en\s+lo\s+que\s+queda\s+de|antes\s+de\s+que\s+(?:termine|acabe|finalice)|antes\s+de\s+terminar)\s+(?:esta|la)\s+semana\b(?!\s+(?:que\s+viene|proxima|entrante|siguiente|pasada))|\b(?:(?:a|al|para|hacia|antes\s+de)\s+)?(?:(?:fin|final|finales)\s+de\s+(?:esta\s+|la\s+)?semana|(?:el\s+)?final\s+de\s+(?:esta|la)\s+semana)\b|\bantes\s+del\s+fin\s+de\s+semana\b/g,
    toSpec: () => ({ kind: 'endOfWeek', offset: 0 }),
  },
  {
    name: 'es-next-week',
    re: /\b(?:(?:para|hasta|durante|a\s+lo\s+largo\s+de|en\s+el\s+transcurso\s+de|antes\s+del?\s+fin\s+de|a\s+(?:fin|finales)\s+de)\s+)?la\s+(?:(?:proxima|siguiente|otra)\s+semana|semana\s+(?:que\s+viene|proxima|entrante|siguiente))\b/g,
    alwaysFuture: true,
    toSpec: () => ({ kind: 'endOfWeek', offset: 1 }),
  },
  {
    name: 'es-weekend',
    re: /\b(?:(?:para|durante)\s+)?(?:este|el)\s+fin\s+de\s+semana\b/g,
    toSpec: () => ({ kind: 'weekend' }),
  },
  {
    name: 'es-clock',
    // «antes de las 17:00», «te llamo a las 5», «sobre las 10 h»: a time of day with no day named (a day before it
    // takes it as its own: «mañana a las 10» is es-relative-day's). «De 9 a 18» and «entre las 9 y las 17» are hours.
    re: /\b(?:(?:antes\s+de|para|sobre|a\s+eso\s+de|alrededor\s+de|como\s+a)\s+las?|a\s+las?)\s+(?<h>\d{1,2})(?!\d)(?:[:.](?<min>\d{2}))?(?:\s*(?<ap>[ap])(?:\.\s?m\.|\s?m\b)|\s*(?:h|hs|hrs|horas)\b)?(?:\s+y\s+(?<frac>media|cuarto))?(?:\s+de\s+la\s+(?<part>manana|tarde|noche|madrugada)\b)?(?!\s*(?:[:.,]\d|y\s+las?\s+\d|a\s+las?\s+\d|-\s*\d|%)|\s+(?:de\s+|del\s+)?(?:ese|aquel|mismo)\s+(?:mismo\s+)?dia)/g,
    // «a las 5 de la tarde» is 17:00, «a las 12 de la noche» midnight, «a las 5 y media» 5:30.
    toSpec: (m) => (followsDayOrHabit(m, 'es') ? undefined : clockSpec(m.groups!.h, m.groups!.min ?? (m.groups!.frac ? (m.groups!.frac === 'media' ? '30' : '15') : undefined), m.groups!.ap ?? partOfDay(m.groups!.part, m.groups!.h))),
  },
  {
    name: 'es-end-of-day',
    re: /\b(?:antes\s+de\s+que\s+(?:termine|acabe|finalice|cierre|se\s+termine|se\s+acabe)\s+el\s+dia(?:\s+de\s+hoy)?|(?:(?:a|al|para|antes\s+del?|hasta)\s+)?(?:el\s+)?(?:fin|final|cierre)\s+(?:del|de\s+la)\s+(?:dia|jornada)(?:\s+de\s+(?:hoy|(?<tom>manana)))?|(?:antes\s+del|al|a|para\s+el|hacia\s+el)\s+mediodia(?:\s+de\s+(?:hoy|(?<tom2>manana)))?|(?:(?:en|durante)\s+el|dentro\s+del)\s+transcurso\s+del\s+dia(?:\s+de\s+hoy)?|a\s+lo\s+largo\s+del\s+dia(?:\s+de\s+hoy)?|(?:(?:en|durante)\s+el\s+transcurso\s+de|a\s+lo\s+largo\s+de)\s+(?<tom3>manana)(?!\s+(?:del|de\s+(?:la|el|este|esta)|por|a\s+las?)\b)|(?:en|durante)\s+el\s+dia\s+de\s+hoy|durante\s+el\s+dia(?!\s+(?:de|del|en|que|a|y|o|siguiente|anterior|habil|laborable)\b)|antes\s+del\s+cierre(?:\s+de\s+hoy)?|antes\s+de\s+cerrar\s+(?:el\s+dia|la\s+jornada|hoy)|a\s+ultima\s+hora\s+(?:de\s+hoy|del\s+dia))\b/g,
    toSpec: (m) => ({ kind: 'relativeDay', offset: m.groups!.tom || m.groups!.tom2 || m.groups!.tom3 ? 1 : 0 }),
  },
  {
    name: 'es-month',
    re: /\b(?:(?:a|para|antes\s+de|hasta|durante)\s+)?(?:(?:el\s+)?(?:fin|final|finales)\s+del?\s+mes|este\s+mes|el\s+(?<next>proximo|siguiente)\s+mes|el\s+mes\s+(?<next2>que\s+viene|proximo|entrante))\b/g,
    toSpec: (m) => ({ kind: 'endOfMonth', offset: m.groups!.next || m.groups!.next2 ? 1 : 0 }),
  },
];

// ---------------------------------------------------------------- English

const EN_DAY_PREP = '(?:(?:by|on|until|till|before|no\\s+later\\s+than|first\\s+thing|later|early|sometime)\\s+)?';
const EN_DUR_PREP = alt([
  'in', 'within', 'in the next', 'within the next', 'over the next', 'in under', 'in less than',
  'in no more than', 'inside of', 'inside', 'allow', 'allow up to', 'in about', 'in around',
]);
const EN_DUR_ADV = `(?:(?:${alt(['just', 'only', 'about', 'around', 'approximately', 'roughly', 'up to', 'under', 'less than', 'no more than', 'a maximum of', 'max', 'another', 'a further'])})\\s+)?`;
const EN_UNIT = 'seconds?|secs?|minutes?|mins?|hours?|hrs?|h|days?|weeks?|months?';
const EN_BIZ = '(?:business|working|work)\\s+days?';
const EN_BIZ_HOURS = '(?:business|working|office)\\s+hours?';

function enDuration(m: RegExpExecArray): TimeSpec | undefined {
  const g = m.groups!;
  const amount = rangeValue(g.n1, g.n2 ?? g.n3, EN_NUMBERS);
  if (g.biz) return businessDaysSpec(amount);
  if (g.bizh) return businessHoursSpec(amount);
  return durationSpec(amount, g.unit, !!g.half);
}
const EN_AMOUNT = `${EN_DUR_ADV}(?<n1>${EN_NUM})(?:\\s*(?:-|to|or)\\s*(?<n2>${EN_NUM}))?\\s*(?:(?<biz>${EN_BIZ})|(?<bizh>${EN_BIZ_HOURS})|(?<unit>${EN_UNIT}))\\b(?<half>\\s+and\\s+a\\s+half)?(?:\\s+or\\s+(?<n3>two|three|so))?`;

const EN_PATTERNS: TimePattern[] = [
  {
    name: 'en-duration',
    re: new RegExp(`\\b(?:${EN_DUR_PREP})\\s+${EN_AMOUNT}`, 'g'),
    toSpec: enDuration,
  },
  {
    // «give me two minutes»: the span is the amount, so «until Friday» can replace it.
    name: 'en-give-me',
    re: new RegExp(`\\b(?:give\\s+(?:me|us)|gimme)\\s+(?<span>${EN_AMOUNT})`, 'g'),
    toSpec: enDuration,
    spanStartGroup: 'span',
  },
  {
    // «in the coming days», «over the coming hours»: a count left unsaid, read like «a few days».
    name: 'en-coming-units',
    re: /\b(?:in|within|over|during)\s+the\s+(?:coming|upcoming)\s+(?:few\s+)?(?<unit>hours|days|weeks|months)\b(?!\s+(?:after|of|from|since))/g,
    alwaysFuture: true,
    unsaidCount: true,
    toSpec: (m) => durationSpec('vague', m.groups!.unit, false),
  },
  {
    name: 'en-the-hour',
    re: /\b(?:within|in)\s+the\s+(?:next\s+)?hour\b/g,
    toSpec: () => ({ kind: 'duration', seconds: 3600 }),
  },
  {
    name: 'en-immediate',
    re: new RegExp(`\\b(?:${alt([
      'right away', 'right now', 'straight away', 'straightaway', 'immediately', 'immediatly', 'immediatelly', 'imediately',
      'at once', 'instantly', 'in a moment', 'in just a moment', 'in a sec', 'in a jiffy', 'this minute', 'this very minute',
      'in a few minutes', 'in just a few minutes', 'in a few moments', 'in a few seconds', 'in no time',
      'in a minute', 'in a second', 'in a bit', 'in a little bit', 'in next to no time', 'in a flash', 'in two shakes',
    ])})\\b(?!\\s+(?:after|once|when|that|as\\s+soon|upon)\\b)`, 'g'),
    toSpec: () => ({ kind: 'immediate' }),
  },
  {
    // «I'll run a test now», «let me reset it now»: a bare «now» is a time only on the agent's own next step.
    name: 'en-now-next-step',
    re: /\bnow\b(?<=\b(?:(?:i|we)(?:'ll|\s+will|\s+shall|'m\s+going\s+to|\s+am\s+going\s+to|'re\s+going\s+to|\s+are\s+going\s+to)|let\s+me)(?:\s+(?!(?:be|need|have|get|want|for|until|till|by|from|just)\b)[a-z']+){0,4}\s+now)(?!\s+(?:that|on|and\s+then|be|need|have)\b)/g,
    toSpec: () => ({ kind: 'immediate' }),
  },
  {
    name: 'en-relative-day',
    re: new RegExp(`\\b${EN_DAY_PREP}(?:the\\s+)?(?<core>(?:end\\s+of\\s+(?:the\\s+)?(?:business\\s+)?day|close\\s+of\\s+business|eod|cob)\\s+(?:tomorrow|tmrw)|today\\s+or\\s+tomorrow|day\\s+after\\s+tomorrow|tomorrow|tomorow|tommorow|tommorrow|tmrw|today|tonight|this\\s+(?:morning|afternoon|evening)|end\\s+of\\s+(?:the\\s+)?(?:business\\s+)?day|end\\s+of\\s+(?:business|today)|close\\s+of\\s+(?:business|play)|end\\s+of\\s+play|eod|cob|eob)\\b${EN_DAYTIME}`, 'g'),
    toSpec: (m) => {
      const core = m.groups!.core.replace(/\s+/g, ' ');
      if (core === 'day after tomorrow') return { kind: 'relativeDay', offset: 2 };
      if (/(?:^|\s)(?:tom|tmrw)/.test(core)) return { kind: 'relativeDay', offset: 1 };
      return { kind: 'relativeDay', offset: 0 };
    },
  },
  {
    // "before the day is out", "before tonight is over": today, said as the day running out.
    name: 'en-before-day-ends',
    re: /\bbefore\s+(?:(?:the\s+)?(?:day|evening)|today|tonight)\s+(?:is\s+(?:out|over|done)|ends)\b/g,
    toSpec: () => ({ kind: 'relativeDay', offset: 0 }),
  },
  {
    // "before Saturday is over": the named day, said as it running out.
    name: 'en-before-weekday-ends',
    re: new RegExp(`\\bbefore\\s+(?<wd>${EN_WEEKDAY})\\s+(?:is\\s+(?:out|over|done)|ends)\\b`, 'g'),
    toSpec: (m) => ({ kind: 'weekday', weekday: weekdayIndex(m.groups!.wd, 'en') }),
  },
  {
    name: 'en-clock',
    // "at 10am", "by 7:30 a.m.", "before 17:00": a time of day with no day named; a bare "at 3" is left alone.
    re: /\b(?:at|by|before|around|no\s+later\s+than)\s+(?:(?<h>\d{1,2})(?!\d)(?::(?<min>\d{2}))?\s*(?<ap>[ap])(?:\.\s?m\.|\s?m\b)|(?<h2>\d{1,2}):(?<min2>\d{2})\b(?:\s*(?<ap2>[ap])(?:\.\s?m\.|\s?m\b))?)(?!\s*(?:-|to|and|until)\s*\d|\s+(?:on\s+)?(?:that|the\s+same)\s+day)/g,
    toSpec: (m) => (followsDayOrHabit(m, 'en') ? undefined : clockSpec(m.groups!.h ?? m.groups!.h2, m.groups!.min ?? m.groups!.min2, m.groups!.ap ?? m.groups!.ap2)),
  },
  {
    name: 'en-close',
    re: /\b(?:by|before)\s+(?:the\s+)?close(?:\s+(?:of\s+)?today)?\b(?!\s+(?:of\s+)?(?:your|the|my|this|his|her|their|it)\b)|\b(?:by|before|around)\s+(?:noon|midday|lunch(?:time)?)(?:\s+today)?\b(?!\s+tomorrow)/g,
    toSpec: () => ({ kind: 'relativeDay', offset: 0 }),
  },
  {
    name: 'en-weekday',
    re: new RegExp(`\\b(?:(?:by|on|until|till|before|no\\s+later\\s+than|this|next|this\\s+coming|the\\s+coming|by\\s+next|on\\s+next|by\\s+this|first\\s+thing(?:\\s+on)?|(?:by\\s+|before\\s+)?(?:the\\s+)?end\\s+of|(?:by\\s+)?(?:the\\s+)?(?:end\\s+of\\s+(?:the\\s+)?(?:business\\s+)?day|eod|cob|close\\s+of\\s+business)(?:\\s+on)?)\\s+)?(?<!\\b(?:last|every|from|between|past|previous)\\s)(?<wd>${EN_WEEKDAY})\\b(?:,?\\s+(?:(?<month>${EN_MONTH})\\.?\\s+(?<day>\\d{1,2})(?:st|nd|rd|th)?\\b|(?:the\\s+)?(?<day2>\\d{1,2})(?:st|nd|rd|th)?(?:\\s+of)?\\s+(?<month2>${EN_MONTH})\\b)(?:,?\\s+(?<year>\\d{4}))?)?(?!\\s*(?:-|to|through|thru|and|or)\\s*(?:${EN_WEEKDAY})\\b)${EN_DAYTIME}`, 'g'),
    toSpec: (m) => {
      const g = m.groups!;
      return { kind: 'weekday', weekday: weekdayIndex(g.wd, 'en'), day: dayNumber(g.day ?? g.day2), month: monthIndex(g.month ?? g.month2, 'en'), year: yearNumber(g.year) };
    },
  },
  {
    name: 'en-date',
    re: new RegExp(`\\b(?:(?:by|on|until|till|before|no\\s+later\\s+than)\\s+)?(?:(?<month>${EN_MONTH})\\.?\\s+(?<day>\\d{1,2})(?:st|nd|rd|th)?\\b|(?:the\\s+)?(?<day2>\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?<month2>${EN_MONTH})\\b)(?:,?\\s+(?<year>\\d{4}))?(?!\\s*(?:-|to|through)\\s*\\d)${EN_DAYTIME}`, 'g'),
    toSpec: (m) => {
      const g = m.groups!;
      const day = dayNumber(g.day ?? g.day2);
      return day ? { kind: 'date', day, month: monthIndex(g.month ?? g.month2, 'en'), year: yearNumber(g.year) } : undefined;
    },
  },
  {
    name: 'en-numeric-date',
    re: new RegExp(`\\b(?:by|on|until|till|before|no\\s+later\\s+than)\\s+(?:the\\s+)?(?<a>\\d{1,2})/(?<b>\\d{1,2})(?:/(?<year>\\d{4}|\\d{2}))?(?![\\d/-]|\\.\\d|\\s*%)${EN_DAYTIME}`, 'g'),
    toSpec: (m) => numericDate(m.groups!.a, m.groups!.b, m.groups!.year, 'en'),
  },
  {
    name: 'en-month-part',
    re: new RegExp(`\\b(?:in|by|before|around|towards?)\\s+(?<part>early|mid|late|the\\s+(?:beginning|middle|end)\\s+of|(?:beginning|middle|end)\\s+of)[\\s-]+(?<month>${EN_MONTH})\\b`, 'g'),
    toSpec: (m) => monthPart(m.groups!.part, monthIndex(m.groups!.month, 'en')),
  },
  {
    name: 'en-week-of-month',
    re: new RegExp(`\\b(?:(?:in|by|during|around|before|within)\\s+)?the\\s+(?<part>first|second|third|fourth|last|1st|2nd|3rd|4th)\\s+week\\s+of\\s+(?<month>${EN_MONTH})\\b`, 'g'),
    toSpec: (m) => monthPart(m.groups!.part, monthIndex(m.groups!.month, 'en')),
  },
  {
    name: 'en-named-day',
    // «on» too for the days nobody is closed on ("a hotfix on Halloween"); "on Christmas" is more often when a shop is shut.
    re: /\b(?:(?:by|before|in\s+time\s+for)\s+(?<day>christmas(?:\s+eve)?|new\s+year'?s(?:\s+eve)?|valentine'?s|halloween)|on\s+(?<day2>halloween|valentine'?s|new\s+year'?s\s+eve))(?:\s+day)?\b/g,
    toSpec: (m) => namedDay(m.groups!.day ?? m.groups!.day2),
  },
  {
    name: 'en-day-of-month',
    re: /\b(?:by|on|until|before)\s+the\s+(?<day>\d{1,2})(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?[a-z])/g,
    toSpec: (m) => {
      const day = dayNumber(m.groups!.day);
      return day ? { kind: 'date', day } : undefined;
    },
  },
  {
    name: 'en-this-week',
    // The week or weekend running out first, so "before the weekend is out" is read whole.
    re: /\b(?:before\s+the\s+week(?:end)?\s+is\s+(?:out|over)|over\s+the\s+course\s+of\s+(?:the|this)\s+week)\b(?!\s+(?:after|before))|\b(?:(?:by|before|until|within|sometime|later|early)\s+)?(?:the\s+)?(?:end\s+of\s+(?:the|this)\s+week|this\s+week|week'?s\s+end)\b|\b(?:by|before)\s+the\s+weekend\b/g,
    toSpec: () => ({ kind: 'endOfWeek', offset: 0 }),
  },
  {
    name: 'en-next-week',
    re: /\b(?:(?:by|before|until|within|sometime|early|later|during|by\s+the\s+end\s+of)\s+)?(?:the\s+)?(?:next\s+week|(?:coming|following|upcoming)\s+week|end\s+of\s+next\s+week)\b/g,
    alwaysFuture: true,
    toSpec: () => ({ kind: 'endOfWeek', offset: 1 }),
  },
  {
    name: 'en-weekend',
    re: /\b(?:this|over\s+the|on\s+the|during\s+the)\s+weekend\b/g,
    toSpec: () => ({ kind: 'weekend' }),
  },
  {
    name: 'en-month',
    re: /\b(?:(?:by|before|within|sometime|later|early|until|in|during|over)\s+)?(?:the\s+)?(?:end\s+of\s+(?:the|this)\s+month|this\s+month|month[-\s]end|(?<next>(?:next|coming|upcoming|following)\s+month|end\s+of\s+next\s+month))\b/g,
    toSpec: (m) => ({ kind: 'endOfMonth', offset: m.groups!.next ? 1 : 0 }),
  },
];

export const PATTERNS: Record<Lang, TimePattern[]> = { es: ES_PATTERNS, en: EN_PATTERNS };

/** Mentions that can only point forward: tense checks skip them. */
export function isAlwaysFuture(spec: TimeSpec, pattern: TimePattern): boolean {
  if (pattern.alwaysFuture) return true;
  return spec.kind === 'relativeDay' && spec.offset > 0;
}
