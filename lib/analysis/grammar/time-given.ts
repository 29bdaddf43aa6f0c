/**
 * A time the company gave, then the customer telling it did not hold: "Bank said my card would be ready on Monday. Went
 * Monday, Tuesday, not there", «me indicó que estaría lista "la próxima semana". Ya estamos en octubre y nada», «en el
 * seguimiento figuraba "entrega el jueves" y hoy lunes el paquete sigue en bodega». The time is any phrase the
 * commitment reader takes for one (a day, a date, a span, «la próxima semana»), so a day or a date counts as a span of
 * hours does in time-waited.ts, which compares numbers; here the text itself says the time went by or nothing came.
 * Works on folded text (lower case, no accents; quotation marks kept).
 */
import { SPAN_KINDS, timePhrases } from '../commitments/extract';
import type { Lang } from '../types';
import { EN_MONTHS, ES_MONTHS } from './calendar-words';
import { GIVEN_BY, HEDGED } from './time-waited';

/**
 * The time is inside quoted words — the company's, as the customer copies them («"entrega el jueves"», 'within 15
 * minutes'): a double quote still open, or a single one opened after a blank (not the apostrophe of "it's").
 */
const QUOTED = /(?:^[^"]*"(?:[^"]*"[^"]*")*[^"]*$)|(?:^|[\s(:,])'[^'\n]{0,160}$/;
/** How far back a report or an open quote may stand before its time: a sentence, not a page (and a long text stays linear). */
const SAID_WITHIN = 300;
/** The sentence holding `at`, from its start (after the last «.», «!», «?» or line break) up to `at`, at most SAID_WITHIN long. */
function sentenceUpTo(text: string, at: number): string {
  const window = text.slice(Math.max(0, at - SAID_WITHIN), at);
  let start = 0;
  for (const mark of ['.', '!', '?', '\n']) start = Math.max(start, window.lastIndexOf(mark) + 1);
  return window.slice(start);
}
/** The customer's own duty or plan, not the company's word: "I was supposed to pay by Friday", «me pidieron que vuelva el lunes». */
const CUSTOMERS_OWN =
  /\b(?:(?:i|we)(?: was| were| am|'m| are|'re)? supposed to|told (?:me|us) to|asked (?:me|us) to|(?:i|we) (?:have|had|need|needed|must) to|me pidieron que|nos pidieron que|me dijeron que (?:tenia|debia|vuelva|volviera|llame|llamara|pase|pasara)|(?:tengo|tenia|tenemos|teniamos|debo|debia) que)\b/;

/** What the customer tells next: it did not happen. */
const NOT_HAPPENED: Record<Lang, RegExp> = {
  en: /\b(?:still (?:not|no|says|shows|showing|waiting|nothing|hasn't|haven't|has not|have not|on|in|at|processing|pending|stuck)|never (?:came|come|arrived|showed|turned up|happened|joined|called|rang|heard|got)|no[- ]show|nothing (?:happened|arrived|came|changed|has happened|has arrived|has changed|is updated)|not there|no sign of|(?:hasn't|haven't|has not|have not|didn't|did not|wasn't|was not|weren't) (?:arrived|come|came|happened|shown|showed|turned up|received|got|heard|called|rung|joined|delivered|fixed|done|ready|there|here|processed|credited|refunded|reversed|dispatched|shipped)|till now (?:not|no)|yet to (?:arrive|receive|hear|get|see))\b/,
  es: /\b(?:y nada|nada de nada|ni rastro|ni noticias|siguen? (?:sin|en|igual|apareciendo|diciendo|figurando|pendiente)|seguimos (?:sin|esperando|igual|en)|sigo (?:sin|esperando)|nunca (?:llego|vino|aparecio|llamo|llamaron|paso|pasaron)|no (?:vino|llego|aparecio|llamo|paso) nadie|nadie (?:vino|llamo|aparecio|paso|me llamo|nos llamo)|no (?:ha|han) (?:llegado|venido|aparecido|llamado|pasado|hecho|devuelto|acreditado)|ni un (?:euro|peso|sol|centavo|dolar)|sin que (?:aparezca|llegue|venga|llame|nadie))\b/,
};
const MONTH = { en: `(?:${EN_MONTHS.join('|')})`, es: `(?:${[...ES_MONTHS, 'setiembre'].join('|')})` };
/** …or that its time is well behind them: "that was two weeks ago", «hace 10 días», «ya estamos en octubre». Not for a span: whether a span has run out is counted (time-waited.ts). */
const TIME_GONE_BY: Record<Lang, RegExp> = {
  en: new RegExp(String.raw`\b(?:that was (?:[a-z0-9]+ ){0,3}ago|(?:days?|weeks?|months?) (?:later|ago)|it's (?:now )?${MONTH.en}|now it's ${MONTH.en})\b`),
  es: new RegExp(String.raw`\b(?:hace (?:\d+|mas de|dos|tres|cuatro|cinco|una|un) (?:\w+ )?(?:dias|semanas|meses|semana|mes)|(?:dias|semanas|meses) despues|ya estamos en ${MONTH.es}|estamos en ${MONTH.es})\b`),
};
/** …or today's date, past the date given: "Today is June 14" after "between June 3 and June 6", «estamos a 20» after «12 de marzo». */
const TODAY_IS: Record<Lang, RegExp> = {
  en: new RegExp(String.raw`\b(?:(?:today is|now it's|it's now|it is now)(?: the)? (?:${MONTH.en} )?(\d{1,2})(?:st|nd|rd|th)?|it's (?:the )?(\d{1,2})(?:st|nd|rd|th)|it's ${MONTH.en} (\d{1,2}))\b`),
  es: /\b(?:hoy es|hoy|estamos a|ya es|ya estamos a)(?: el| dia)? (\d{1,2})\b/,
};
const dayOf = (m: RegExpExecArray) => Number(m[1] ?? m[2] ?? m[3]);
/** A time that bounds how long something holds, not when it comes: «las normas hasta el 18», "valid until Friday". */
const BOUND = /^(?:hasta|until|till|valid|valido|vigente)\b/;

/** The time has not come yet: "the five days they promised have not passed yet", «todavía estamos dentro del plazo». */
const NOT_YET_DUE =
  /\b(?:not (?:passed|due|over|up) yet|(?:hasn't|haven't|has not|have not) (?:passed|gone by|come) yet|still (?:have|has|got) time|still (?:within|inside)|there's still time|not due|aun (?:hay|tengo|tenemos|estamos en|estamos dentro) (?:tiempo|plazo|del plazo)|todavia (?:hay|tengo|tenemos|estamos en|estamos dentro) (?:tiempo|plazo|del plazo)|(?:no|todavia no|aun no) (?:ha|han) (?:pasado|vencido|llegado (?:el|la) (?:dia|fecha)))\b/;

/** How far after the time the customer may tell it was not kept: its sentence and the next couple. */
const TOLD_WITHIN = 240;

export function timeGivenThenMissed(folded: string, lang: Lang): boolean {
  if (NOT_YET_DUE.test(folded)) return false;
  const happened = NOT_HAPPENED[lang];
  const goneBy = TIME_GONE_BY[lang];
  const today = TODAY_IS[lang];
  if (!happened.test(folded) && !goneBy.test(folded) && !today.test(folded)) return false;
  for (const phrase of timePhrases(folded, lang)) {
    if (BOUND.test(folded.slice(phrase.start, phrase.end))) continue;
    // Its sentence up to the time: quoted words still open, or a report before it ("the rep said", «me confirmaron que»).
    const sentence = sentenceUpTo(folded, phrase.start);
    const given = QUOTED.test(sentence) || (GIVEN_BY.test(sentence) && !CUSTOMERS_OWN.test(sentence));
    if (!given || HEDGED.test(sentence)) continue;
    const after = folded.slice(phrase.end, phrase.end + TOLD_WITHIN);
    if (happened.test(after)) return true;
    // A span, not a day: whether it has run out is counted against the wait (time-waited.ts).
    if (SPAN_KINDS.has(phrase.spec.kind)) continue;
    if (goneBy.test(after)) return true;
    const now = today.exec(after);
    if (now && phrase.spec.kind === 'date' && dayOf(now) > phrase.spec.day) return true;
  }
  return false;
}
