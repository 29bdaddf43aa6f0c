/**
 * Does the reply give the customer a concrete way forward? Real replies rarely say «what I
 * can do is…»; they point somewhere: «please call us at…», «you can request it here: <link>»,
 * «tendrás que completar el formulario», «escríbenos por WhatsApp al…». A refusal that
 * points the way is not flat, and a hand-off that names the channel is not vague
 * (docs/labelling.md). Pointing only at reading («see our policy», «más información aquí»)
 * or only at *other* questions («para cualquier otra consulta, escríbenos») is not a way
 * forward for this one.
 */
import { compile, findAll } from '../patterns';
import type { Lang } from '../types';

const STEP_EN = '(?:visit|call|contact|reach out|reach|go to|head to|head over to|follow|use|try|submit|fill out|fill in|complete|send|email|dm|message|request|apply|update|change|download|install|reinstall|reset|appeal|book|rebook|order|return|cancel|sign|log|select|click|tap|open|chat|start|file|report|flag|switch|link|check out)';
const STEP_ES =
  '(?:llamar(?:nos)?|contactar(?:nos|te|se)?|escribir(?:nos)?|comunicar(?:te|se|nos)|ingresar|visitar|acudir|acercar(?:te|se)|dirigir(?:te|se)|solicitar(?:lo|la)?|pedir(?:lo|la)?|tramitar(?:lo|la)?|usar|utilizar|probar|intentar|seguir (?:los|estos|las|estas)|descargar|actualizar|cambiar(?:lo|la)?|reservar|devolver(?:lo|la)?|cancelar(?:lo|la)?|enviar(?:nos)?|mandar(?:nos)?|completar|llenar|rellenar|presentar|iniciar|hacer (?:el|la|un|una) (?:tramite|solicitud|reclamo|pedido|cambio|devolucion)|reclamar(?:lo)?|agendar|programar|restablecer|reinstalar|desinstalar|reiniciar)(?:se|te|me|nos|lo|la|los|las|le|les)?';

const NEXT_STEP: Record<Lang, RegExp> = {
  en: compile([
    `please (?:do )?(?:feel free to )?${STEP_EN}`,
    `(?:you|u) (?:can|could|may|might want to|will be able to|'ll be able to)(?: also| now| still| always| easily)? ${STEP_EN}`,
    `(?:you(?:'ll| will| would)?|you'd) (?:need|have) to ${STEP_EN}`,
    `(?:feel free to|don't hesitate to|be sure to|make sure to) ${STEP_EN}`,
    "here(?:'s| is) how",
    '(?:follow|try) (?:the|these) (?:steps|instructions)',
    "(?:i'd|i would|we'd|we would|i|we) (?:suggest|recommend|advise)",
    '(?:my|our) (?:suggestion|recommendation|advice) (?:is|would be)',
    '(?:the best|the quickest|the fastest|one) way (?:to|is)',
  ]),
  es: compile([
    `(?:puedes|podes|puede|pueden|podras|podra|podran|podrias|podria|podeis)(?: tambien| igual| siempre| ya)? ${STEP_ES}`,
    `(?:tendras|tendra|tendrias|tendria|tenes|tienes|tiene|tienen|debes|debe|deberas|debera|deberias|deberia|necesitas|necesita|hay) que ${STEP_ES}`,
    `(?:necesitas|necesitás|necesita|necesitan|debes|debe|deben|deberas|debera|deberan) ${STEP_ES}`,
    '(?:te|le|les|os) (?:recomiendo|recomendamos|recomendaria|recomendariamos|sugiero|sugerimos|sugeriria|invito|invitamos|aconsejo|aconsejamos) (?:a )?@',
    '(?:llamanos|llamenos|llama al|llame al|llama a|llame a|escribenos|escribanos|escribinos|escribeme|escribame|ingresa a|ingrese a|ingresa en|ingrese en|visita|visite|completa el|complete el|completa la|complete la|solicita|solicite|comunicate|comuniquese|contactanos|contactenos|acercate|acerquese|dirigite a|dirijase a)',
    '(?:sigue|siga|segui|seguid) (?:estos|los|las|estas) (?:pasos|instrucciones|indicaciones)',
    '(?:te|le|les) (?:dejo|comparto|paso) (?:el|los|un|unos|este|estos) (?:enlace|link|pasos|formulario)',
    '(?:la mejor|la forma mas rapida|una) (?:forma|manera|opcion) (?:de|es)',
  ]),
};

/** «for any other question…» / «para cualquier otra consulta…» just before the step. */
const OTHER_QUESTIONS = /(?:\b(?:para|por|ante) (?:cualquier|alguna|otra)(?: otra)? (?:consulta|duda|pregunta|cosa|tema)s?|\bcualquier (?:otra )?(?:cosa|consulta|duda)|\bfor (?:any|all)? ?(?:other|further|additional|more) (?:questions?|queries|query|concerns?|inquiries|help)|\bif you have (?:any )?(?:other|further|more) (?:questions?|queries|concerns?))\b[^.!?\n]{0,60}$/;
const NEGATED = /(?:\bno|n't|\bnot|\bnunca|\bnever|\bcannot)\s+(?:\S+\s+)?$/;
/** «la visita», «su solicita…»: a Spanish imperative after a determiner is a noun. */
const DETERMINER = /\b(?:la|las|el|los|una|un|su|sus|tu|tus|esta|esa|de|del|cada|otra|the|a|an|your|our|this)\s+$/;

/** True when the draft (folded) points the customer to a concrete next step for this case. */
export function givesNextStep(folded: string, lang: Lang): boolean {
  for (const sp of findAll(NEXT_STEP[lang], folded)) {
    const before = folded.slice(Math.max(0, sp.start - 90), sp.start);
    if (NEGATED.test(before.slice(-16)) || DETERMINER.test(before.slice(-10)) || OTHER_QUESTIONS.test(before)) continue;
    return true;
  }
  return false;
}

/** A way to reach someone: a link, an e-mail address, a phone number, a named channel. */
const CHANNEL = /(?:https?:\/\/|\bwww\.|[\w.+-]+@[\w-]+\.[\w.]+|(?:\+?\d[\d ().-]{6,}\d)|\b(?:0800|1-?800|1-?888|1-?877|900)\b|\b(?:here'?s how|reach (?:them|us) (?:here|at|on|via|through)|(?:via|through|on) (?:live ?chat|chat|whatsapp|dm|direct message)|(?:por|en|al|a traves del?) (?:whatsapp|chat|el chat|mensaje directo|md|dm|el formulario|este enlace|este link|el enlace|el link)|(?:en|a) (?:este|el siguiente) (?:enlace|link))\b)/u;

/** True when the text names a channel the customer can use (checked on the original text). */
export function namesChannel(text: string): boolean {
  return CHANNEL.test(text.toLowerCase());
}

/** «read more here», «más información en…»: material to read, which is no alternative. */
const READING: Record<Lang, RegExp> = {
  en: /\b(?:read|learn|find out|see|review|check out) (?:more|all|about|our|the (?:policy|terms|article|details))|\bmore (?:info|information|details)\b|\b(?:our|the) (?:policy|policies|terms)\b/,
  es: /\b(?:leer|lee|lea|ver|mira|mire|consulta|consulte|conoce|conozca) (?:mas|todo|nuestr[oa]s|las (?:condiciones|politicas)|la politica|los terminos)|\bmas (?:informacion|info|detalles)\b|\b(?:nuestras|las) (?:politicas|condiciones)\b/,
};

/** True when a sentence (folded) only points at reading material and gives no step to take. */
export function pointsOnlyToReading(folded: string, lang: Lang): boolean {
  return READING[lang].test(folded) && !givesNextStep(folded, lang);
}
