/**
 * The fault put on another party with our side cleared in the same breath: "the outage was caused by the power company's
 * equipment, not our network", "that one's on the airport's contractor rather than us", «ese cargo lo hace Apple, no
 * nosotros», «no es un bug de la librería sino del driver». Real replies name any culprit in any words, so no list of
 * culprits holds them (thirty-fourth session: the lexicon missed 17 such blame lines across the corpora, 12 of them in
 * sets never trained on); what they share is the construction: a fault or a cause, then a contrast that clears us.
 *
 * A contrast that clears us only routes when nothing went wrong ("refunds are handled by Apple rather than us",
 * «ese documento lo expide la Registraduría y no nosotros»), or sends the customer on ("contact the store rather than
 * us"), or guesses ("this looks like a browser bug rather than ours"): a fault or cause must stand before it in the
 * sentence, and no routing verb or hedge in its clause. "Not ours either" («tampoco») clears everyone, not just us.
 *
 * Pattern sources in the lexicons' shorthand (../patterns.ts), for blame's third-party kind; they are written in the
 * plural («nosotros», "us", "our") and the lexicon compiler reads the singular too («mí», "me", "my").
 */
import type { Lang } from '../types';

/** What went wrong or what caused it, before the contrast: any of these in the sentence (a word's start is enough). */
const FAULT: Record<Lang, string> = {
  en: "caus|due|because|fault|down\\x20to|result|attributable|responsib|bug|outage|delay|late|error|issue|problem|broke|break|fail|mistake|crash|lost|damaged|left\\x20it|on\\x20(?:the|their|them)\\b",
  es: "culpa|caus|ocasion|provoc|origin|romp|debid|error|fall|bug|problem|traso|demora|corte|caida|responsab|cargo|cobr|por\\x20(?:el|la|los|las|un|una)",
};

/**
 * In the contrast's own clause, what routes or guesses rather than blames: who handles, issues or is to be contacted,
 * and a diagnosis offered as one ("this looks like a WebKit bug rather than ours").
 */
const ROUTING_OR_HEDGE: Record<Lang, string> = {
  en: 'contact\\w*|call|email|write|ask|reach|message|go|goes|handled|maintained|managed|issued|processed|sold|run|provided|looks|seems|probably|likely|might|may|could',
  es: 'manej\\w*|gestion\\w*|expid\\w*|emit\\w*|tramit\\w*|vend\\w*|atiend\\w*|contact\\w*|llam\\w*|escrib\\w*|parece|quizas?|podria',
};

/** Our side, named: "us", "our network", «nosotros», «nuestro repartidor», «de nuestra parte». */
const OUR_SIDE: Record<Lang, string> = {
  en: 'us|ours|our (?:own )?@',
  es: 'nosotros|(?:de |del |por |con |a )?(?:nuestr[oa]s?) @|(?:de|por|con|a) nosotros',
};

/** A fault or cause before (within the sentence), and no routing or guessing in the contrast's clause, looked back from the contrast. */
const faultBefore = (lang: Lang) => `(?<=(?<![A-Za-z])(?:${FAULT[lang]})[^.!?]{0,160})(?<!(?<![A-Za-z])(?:${ROUTING_OR_HEDGE[lang]})(?![A-Za-z])[^.!?,;]{0,80})`;

/** The contrast that clears us: ", not our network", "rather than us", «, no nosotros», «y no de nuestro lado». */
const CLEARS_US: Record<Lang, string> = {
  en: `(?:and )?(?:not|rather than|instead of)(?: (?:because of|due to|with|on|from|by|at|in))? (?:${OUR_SIDE.en})(?![a-z'])(?! either)`,
  es: `(?:y )?no (?:(?:del lado|por parte) (?:de )?)?(?:${OUR_SIDE.es})(?![a-z])(?! tampoco)`,
};

/** The problem denied of one thing and put on another: «no es un bug de la librería sino del driver». */
const NOT_HERE_BUT_THERE_ES = 'no (?:es|era|fue|son) (?:un |una )?(?:bug|error|fallo|falla|problema|defecto|culpa) (?:de|del|en) (?:la |el |los |las )?@(?: @){0,3},? sino (?:de|del|en) ';

/** The cause put outside the company named by any possessive: "beyond the airline's control" (not the customer's). */
const BEYOND_CONTROL_EN = "(?<!not |n't )(?:outside|beyond) (?:of )?(?:the )?(?!(?:customer|passenger|guest|user|client|your|you)'?s?\\b)@'s (?:direct |immediate |reasonable )?control";
/** The same in Spanish: an apposition «…, ajenos a nuestra empresa», «no es algo que dependa de nosotros». */
const OUTSIDE_US_ES = [
  '(?<=,\\x20)ajen[oa]s? (?:totalmente |completamente )?a (?:nosotros|nuestra (?:empresa|compania|entidad|organizacion)|la (?:empresa|compania|entidad|organizacion))',
  'no (?:es|era|fue) (?:algo|nada|cosa) que (?:dependa|depende|dependia|dependiera) de nosotros',
];

/** The sources for blame's third-party kind, per language. */
export const NOT_OURS_SOURCES: Record<Lang, readonly string[]> = {
  en: [`${CLEARS_US.en}${faultBefore('en')}`, BEYOND_CONTROL_EN],
  es: [`${CLEARS_US.es}${faultBefore('es')}`, NOT_HERE_BUT_THERE_ES, ...OUTSIDE_US_ES],
};
