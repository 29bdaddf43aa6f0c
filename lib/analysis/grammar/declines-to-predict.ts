/**
 * Declining to promise or predict: «we can't give you an exact date yet», «no podemos darte una
 * fecha exacta», «I can't say much more than that». Honest, as the product asks («si no puedes dar
 * un plazo real, no lo des»), and no refusal of what the customer asked for. Kept narrow: the verb
 * must be about a date, a time or a forecast, so «no podemos asegurar su vehículo» (insure) and
 * «we can't confirm bookings on those dates» stay refusals.
 *
 * Read by flat-refusal's lexicon (what may follow «we can't» / «no podemos») and by the learned
 * layer's flat-refusal gate, so the model does not flag what the lexicon lets pass.
 */
import type { Lang } from '../types';

/** What a time is about: «the winter timetable», «la fecha de entrega». */
const TIME_QUALIFIER_EN = "(?:the|an?|any|exact|specific|firm|precise|new|final|next|this|winter|summer|spring|autumn|fall|holiday|delivery|release|launch|arrival|shipping|repair|visit|installation)(?:'s|s'|s)?";

/** After «we can't»: saying, forecasting or promising when (folded text). */
export const PREDICTING_EN =
  '(?:really )?(?:say (?:much |any )?(?:more|for sure|for certain|exactly|when|how long|yet)|tell (?:you )?(?:when|how long|exactly|for sure|yet|more)|predict|speculate|comment|make (?:any )?promises' +
  `|confirm (?:${TIME_QUALIFIER_EN} ){0,3}(?:dates?|times?|timetable|timeline|timeframe|eta|schedule|plans)` +
  '|(?:give|make|provide|offer|commit to) (?:you )?(?:an? |the |any )?(?:exact |specific |firm |fixed |precise |hard )?(?:etas?|dates?|timelines?|timeframes?|estimates?|deadlines?)' +
  // Eighteenth session, as Spanish already read «no podemos garantizar una fecha»: "we can't guarantee delivery dates",
  // and swearing to a forecast: "(I can't swear they don't)".
  `|(?:guarantee|promise) (?:you )?(?:an? |the |any )?(?:${TIME_QUALIFIER_EN} ){0,3}(?:etas?|dates?|times?|timelines?|timeframes?|deadlines?)` +
  '|swear(?: to it| that| it)?)(?![a-z])';

/** After «no podemos»: promising, confirming or telling a date or a time (folded text). */
export const PREDICTING_ES =
  '(?:(?:asegurar|garantizar|prometer|confirmar|precisar|dar|decir|indicar)(?:te|le|les|os)? (?:con (?:certeza|seguridad|exactitud) |todavia |aun |por ahora |exactamente )?(?:una |un |la |el |ninguna |ningun )?(?:fecha|plazo|hora|cuando|cuanto tiempo|estimacion)|especular|comentar)(?![a-z])';

/** The agent saying they cannot, in English (folded text); flat-refusal's lexicon adds «not allowed to». */
export const CANNOT_FORMS_EN = " can't| cannot| can not| cant| couldn't| could not| won't be able to| will not be able to|'ll not be able to| are unable to| am unable to|'m unable to| aren't able to| are not able to|'re not able to|'re unable to|'m not able to| am not able to|m not able to|m unable to";
const WE_CANNOT_EN = `(?:we|i)(?: really| simply| just| unfortunately)?(?:${CANNOT_FORMS_EN})`;
/** «no podemos», «no te puedo», «no vamos a poder» (folded). */
const WE_CANNOT_ES = 'no (?:(?:te|le|les|os|nos) )?(?:podemos|puedo|podriamos|podria|vamos a poder|voy a poder)';

/** Having no exact time to give: «no manejamos tiempo exacto de solución», "we don't have a firm ETA yet". */
export const NO_EXACT_TIME_EN =
  "(?:we|i) (?:don't|do not|dont) (?:yet |currently )?have (?:an? |any )?(?:exact|firm|specific|precise|fixed|definite|set) (?:etas?|dates?|times?|timelines?|timeframes?|estimates?)|there(?: is|'s) no (?:exact|firm|specific|precise|fixed|definite|set) (?:eta|date|time|timeline|timeframe|estimate)";
export const NO_EXACT_TIME_ES =
  'no (?:manejamos|tenemos|contamos con|disponemos de|hay) (?:todavia |aun |por ahora |de momento )?(?:un |una |ningun |ninguna )?(?:tiempos?|fechas?|plazos?|horas?|estimaciones?|etas?) (?:exact|estimad|definid|precis|concret|fij|ciert)[oa]s?';

/** The whole phrase, to set aside before asking whether a sentence refuses anything. */
export const DECLINES_TO_PREDICT: Record<Lang, RegExp> = {
  en: new RegExp(`\\b(?:${WE_CANNOT_EN}(?: really)? ${PREDICTING_EN}|${NO_EXACT_TIME_EN})`, 'g'),
  es: new RegExp(`\\b(?:${WE_CANNOT_ES} ${PREDICTING_ES}|${NO_EXACT_TIME_ES})`, 'g'),
};

/**
 * A sentence that says no time can be promised, whoever the subject: «Working on it this week
 * but can't make any fixed ETAs», «no te puedo prometer una fecha». A time said with it, up to
 * a «but», is an estimate (commitments/extract.ts).
 */
const DECLINES_IN_SENTENCE: Record<Lang, RegExp> = {
  en: new RegExp(`(?:${CANNOT_FORMS_EN}|\\bwon't|\\bwill not|\\bunable to|\\bnot able to)(?: really)? ${PREDICTING_EN}|\\b${NO_EXACT_TIME_EN}`),
  es: new RegExp(`\\b${WE_CANNOT_ES} ${PREDICTING_ES}|\\bno (?:te |le |les )?(?:prometo|prometemos|aseguro|aseguramos|garantizo|garantizamos) nada\\b|\\b${NO_EXACT_TIME_ES}`),
};
/** Where a sentence (folded) first says no time can be promised, or -1. */
export const whereDeclinesToPredict = (folded: string, lang: Lang) => folded.search(DECLINES_IN_SENTENCE[lang]);
