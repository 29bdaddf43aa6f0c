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
import { imperatives } from './spanish-verbs';

const STEP_EN = '(?:visit|call|contact|reach out|reach|go to|head to|head over to|follow|use|try|submit|fill out|fill in|complete|send|email|dm|message|request|apply|update|change|download|install|reinstall|reset|appeal|book|rebook|order|return|cancel|sign|log|select|click|tap|open|chat|start|file|report|flag|switch|link|check out|provide|share|resend|re-send|attach|upload|forward|reply with)';
const STEP_ES =
  '(?:llamar(?:nos)?|contactar(?:nos|te|se)?|escribir(?:nos)?|comunicar(?:te|se|nos)|ingresar|visitar|acudir|acercar(?:te|se)|dirigir(?:te|se)|solicitar(?:lo|la)?|pedir(?:lo|la)?|tramitar(?:lo|la)?|usar|utilizar|probar|intentar|seguir (?:los|estos|las|estas)|descargar|actualizar|cambiar(?:lo|la)?|reservar|devolver(?:lo|la)?|cancelar(?:lo|la)?|enviar(?:nos)?|mandar(?:nos)?|completar|llenar|rellenar|presentar|iniciar|hacer (?:el|la|un|una) (?:tramite|solicitud|reclamo|pedido|cambio|devolucion)|reclamar(?:lo)?|agendar|programar|restablecer|reinstalar|desinstalar|reiniciar|proporcionar|compartir|reenviar|adjuntar|subir|indicar)(?:se|te|me|nos|lo|la|los|las|le|les)?';

/** What «you can…» may be followed by that is no step: waiting, feeling, knowing, being sure. */
const NOT_A_STEP_EN = '(?:be|rest|expect|imagine|understand|see why|tell|feel|wait|hope|trust|relax|count|bet|believe|also be|still be|not|never)\\b';

const NEXT_STEP: Record<Lang, RegExp> = {
  en: compile([
    `please (?:do )?(?:feel free to )?${STEP_EN}`,
    `(?:you|u) (?:can|could|may|might want to|will be able to|'ll be able to)(?: also| now| still| always| easily| just| instead)? ${STEP_EN}`,
    // Any other action the customer can take, short of waiting, feeling or knowing: «but you can print it from the share menu».
    `(?:but|however|instead|though|although|meanwhile|in the meantime)(?:,)? (?:you|u) (?:can|could|may|will be able to|'ll be able to)(?: also| still| always| easily| just| instead)? (?!${NOT_A_STEP_EN})@`,
    `(?:you(?:'ll| will| would)?|you'd) (?:need|have) to ${STEP_EN}`,
    `(?:feel free to|don't hesitate to|be sure to|make sure to) ${STEP_EN}`,
    // A step put as a thought: "Maybe switch to Firefox", "perhaps try the beta".
    `(?:maybe|perhaps)(?: just| you could| you can)? ${STEP_EN}`,
    "here(?:'s| is) how",
    '(?:follow|try) (?:the|these) (?:steps|instructions)',
    "(?:i'd|i would|we'd|we would|i|we) (?:suggest|recommend|advise)",
    '(?:my|our) (?:suggestion|recommendation|advice) (?:is|would be)',
    '(?:the best|the quickest|the fastest|one) way (?:to|is)',
  ]),
  es: compile([
    `(?:puedes|podes|puede|pueden|podras|podra|podran|podrias|podria|podeis)(?: tambien| igual| siempre| ya)? ${STEP_ES}`,
    // «pero puedes imprimirlo desde el menú»: any action, short of waiting, feeling or knowing.
    '(?:pero|sin embargo|no obstante|en cambio|mientras tanto|eso si)(?:,)? (?:si )?(?:puedes|podes|puede|pueden|podras|podra|podran|podeis)(?: tambien| igual| siempre| ya)? (?!esperar|estar|quedar|confiar|imaginar|entender|sentir|tener la (?:seguridad|certeza|tranquilidad))[a-z]+(?:ar|er|ir)(?:lo|la|los|las|te|se|le|les|me|nos)?\\b',
    `(?:tendras|tendra|tendrias|tendria|tenes|tienes|tiene|tienen|debes|debe|deberas|debera|deberias|deberia|necesitas|necesita|hay) que ${STEP_ES}`,
    `(?:necesitas|necesitás|necesita|necesitan|debes|debe|deben|deberas|debera|deberan) ${STEP_ES}`,
    '(?:te|le|les|os) (?:recomiendo|recomendamos|recomendaria|recomendariamos|sugiero|sugerimos|sugeriria|invito|invitamos|aconsejo|aconsejamos) (?:a )?@',
    '(?:llamanos|llamenos|llama al|llame al|llama a|llame a|escribenos|escribanos|escribinos|escribeme|escribame|ingresa a|ingrese a|ingresa en|ingrese en|visita|visite|completa el|complete el|completa la|complete la|solicita|solicite|comunicate|comuniquese|contactanos|contactenos|acercate|acerquese|dirigite a|dirijase a)',
    '(?:sigue|siga|segui|seguid) (?:estos|los|las|estas) (?:pasos|instrucciones|indicaciones)',
    '(?:te|le|les) (?:dejo|comparto|paso) (?:el|los|un|unos|este|estos) (?:enlace|link|pasos|formulario)',
    '(?:la mejor|la forma mas rapida|una) (?:forma|manera|opcion) (?:de|es)',
  ]),
};

/**
 * What a sign-off offers help with: «si tienes alguna duda…», "if you have any questions…". A step
 * given on that condition is a courtesy for later, not a way forward for this case. Shared by
 * OTHER_QUESTIONS (a step whose lead-in is a sign-off) and LEAD (a condition that opens an instruction).
 */
const SIGN_OFF_TOPIC = {
  es: '(?:dudas?|consultas?|preguntas?|inquietud(?:es)?)',
  en: '(?:questions?|quer(?:y|ies)|concerns?|inquir(?:y|ies)|doubts?)',
};

/** «for any other question…» / «para cualquier otra consulta…» just before the step. */
const OTHER_QUESTIONS = new RegExp(
  String.raw`(?:\b(?:para|por|ante) (?:cualquier|alguna|otra)(?: otra)? (?:${SIGN_OFF_TOPIC.es}|cosas?|temas?)|\bcualquier (?:otra )?(?:${SIGN_OFF_TOPIC.es}|cosa)` +
    String.raw`|\bsi (?:tienes|tiene|tenes|tienen|tuvieras|tuviera|te surge|le surge|les surge|surge|te queda|le queda|les queda|queda|necesitas|necesita|necesitan|necesitaras|necesitara) (?:(?:alguna|algun|cualquier|mas|otra|otro) )*(?:${SIGN_OFF_TOPIC.es}|cosas?|algo|ayuda|informacion)` +
    String.raw`|\bfor (?:any|all)? ?(?:other|further|additional|more) (?:${SIGN_OFF_TOPIC.en}|help)|\b(?:if you|should you) (?:have|need|require) (?:any )?(?:other|further|more|additional) (?:${SIGN_OFF_TOPIC.en}|help|assistance))\b[^.!?\n]{0,60}$`,
);
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

/** A way to reach someone: a link, an e-mail address (or the mark a redacted one leaves: "[email]"), a phone number or a short line («la línea de emergencias 164», "call 611"), a named channel. */
const CHANNEL = /(?:\[(?:e-?mail|correo|phone|tel[eé]fono|url|link|enlace)\]|\b(?:l[ií]nea|tel[eé]fono|hotline|helpline|phone line)(?:\s+[^\s\d]+){0,3}\s+\*?\d{3,}\b|\b(?:llam[ae]n?|marc[ae]n?|call|ring|dial)\s+(?:al\s+|on\s+)?\*?\d{3,}\b|https?:\/\/|\bwww\.|[\w.+-]+@[\w-]+\.[\w.]+|(?:\+?\d[\d ().-]{6,}\d)|\b(?:0800|1-?800|1-?888|1-?877|900)\b|\b(?:here'?s how|reach (?:them|us) (?:here|at|on|via|through)|(?:via|through|on) (?:live ?chat|chat|whatsapp|dm|direct message)|(?:por|en|al|a traves del?) (?:whatsapp|chat|el chat|mensaje directo|md|dm|el formulario|este enlace|este link|el enlace|el link)|(?:en|a) (?:este|el siguiente) (?:enlace|link)|(?:please )?dm (?:us|me|your)|(?:send|message) us (?:a )?(?:dm|direct message|private message)|(?:reply|respond|answer) (?:right )?here|(?:responde|respondé|responda|contesta|contestá|conteste|escribenos|escríbenos|escribinos|escribínos) (?:por )?(?:aqui|aquí|aca|acá|este (?:correo|mensaje|hilo)))\b)/u;

/**
 * A web address written bare, as support replies do («support.spotify.com», «ayuda.tubanco.com.ar/reclamos»):
 * read on the text as typed, in lower case, from a token's start. It counts when it names a help desk
 * (support., help., ayuda.…), has a path, or follows a word that points to it («at», «visit», «en»);
 * a name in passing («the Amazon.com charge», «ASP.NET», «messages.es.json») and a missing space
 * after a full stop («el pedido.Es posible…») are none.
 */
const DOMAIN = String.raw`[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|gov|gob|edu|io|co|es|mx|ar|cl|pe|uy|ve|ec|bo|py|uk|in|ie|au|ca|us|de)(?:\.[a-z]{2})?`;
const BARE_WEB_ADDRESS = new RegExp(
  String.raw`(?<![\w.@/-])(?:(?:support|help|ayuda|soporte|atencion|contacto|contact|care|service|servicio|clientes|www)\.${DOMAIN}(?!\.?[\w-])|${DOMAIN}\/[^\s]*` +
    String.raw`|(?<=\b(?:at|on|visit|via|to|en|a|desde|visita|visite|ingresa a|ingrese a|entra a|entre a)\s)${DOMAIN}(?!\.?[\w-]))`,
);

/** True when the text names a channel the customer can use (checked on the original text). */
export function namesChannel(text: string): boolean {
  return CHANNEL.test(text.toLowerCase()) || BARE_WEB_ADDRESS.test(text);
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

/**
 * Instructions: a sentence that opens with an action verb in the imperative — «Unplug the
 * router, wait two minutes…», «Reinicia la app y vuelve a entrar», «Escríbanos al…». Real
 * agents give the way forward this way far more often than «what I can do is…».
 */
const IMPERATIVE_EN =
  "(?:unplug|plug|restart|reboot|reset|power|turn|switch|wait|clear|delete|remove|uninstall|reinstall|install|update|download|log|sign|tap|click|press|hold|select|choose|open|close|go|head|navigate|visit|call|phone|ring|contact|reach|email|e-mail|dm|message|send|reply|share|provide|confirm|verify|check|make sure|ensure|double-check|try|use|set|run|edit|configure|upgrade|downgrade|rename|enable|disable|toggle|follow|fill|complete|submit|request|apply|change|add|refresh|reconnect|connect|disconnect|allow|let (?:us|me) know|drop (?:us|me)|give (?:us|me)|pop|take|bring|return|attach|upload|enter|type|look for|search for|swing by|stop by|speak to|talk to|ask (?:for|at|in)|comment|post|write to|forward)";
/**
 * Regular verbs as their stems: -ar / -er / -ir decide the imperative endings (./spanish-verbs.ts). Left out
 * where a form is a common other word: «entre» (between), «marca» (brand), «usa», «debe».
 */
const ES_AR = ['desconect', 'conect', 'reinici', 'borr', 'elimin', 'intent', 'verific', 'revis', 'actualiz', 'ingres', 'seleccion', 'presion', 'puls', 'toc', 'esper', 'activ', 'desactiv', 'descarg', 'instal', 'desinstal', 'llam', 'contact', 'comunic', 'mand', 'confirm', 'visit', 'apag', 'limpi', 'cambi', 'acerc', 'complet', 'llen', 'adjunt', 'busc', 'valid', 'indic', 'solicit', 'tramit', 'agend', 'utiliz', 'inici', 'habilit', 'deshabilit', 'cerr', 'report', 'explic', 'detall', 'especific', 'mencion'];
const ES_ER_IR = ['escrib', 'compart', 'abr', 'acud', 'dirig', 'restablec', 'respond', 'recib', 'sub', 'insist'];
/** Irregular and stem-changing imperatives (tú, usted, vos; folded). */
const ES_IRREGULAR = ['entra', 'entren', 'prueba', 'pruebe', 'proba', 'cierra', 'cierre', 'enciende', 'encienda', 'encende', 'sigue', 'siga', 'segui', 'elige', 'elija', 'elegi', 'pide', 'pida', 'pedi', 'restablezca', 'envia', 'envie', 'vuelve a', 'vuelva a', 'volve a', 've a', 'vaya a', 'anda a', 'haz', 'haga', 'hace', 'pon', 'ponga', 'pone', 'ven', 'venga', 'veni', 'dirijase', 'dirigete'];

const CLITICS = '(?:lo|la|los|las|le|les|me|nos|te|se)?(?:lo|la|los|las)?';
/** An imperative of the verbs instructions use (tú, vos, usted, ustedes), clitics included; also read by rules/blame.ts. */
export const IMPERATIVE_ES = `(?:${[...ES_AR.flatMap((stem) => imperatives(stem, 'ar')), ...ES_ER_IR.flatMap((stem) => imperatives(stem, 'er-ir')), ...ES_IRREGULAR].join('|')})${CLITICS}`;

/** What may come before the verb: «please», «then», a list number or bullet, a condition («If it fails again, call…»), but not «if you have any questions, let us know», which is a sign-off. */
const LEAD: Record<Lang, string> = {
  en: `^[\\s"'(*•·>-]*(?:\\d+[.)]\\s*)?(?:(?:if|when|once|as soon as)\\b(?![^.!?,;]*\\b(?:${SIGN_OFF_TOPIC.en}|anything|issues?|problems?|trouble|(?:need|want|require)s? (?:any |more |further |some )?(?:help|assistance))\\b)[^.!?,;]{1,80},\\s*)?(?:(?:please|pls|then|next|first|also|just|simply|kindly|now|and|so|otherwise|alternatively|meanwhile)[,\\s]+){0,3}`,
  es: `^[\\s"'(*•·>¡-]*(?:\\d+[.)]\\s*)?(?:(?:si|cuando|en cuanto|apenas|una vez(?: que)?)\\b(?![^.!?,;]*\\b(?:${SIGN_OFF_TOPIC.es}|algo|problemas?|inconvenientes?|(?:necesitas|necesita|necesitan|requieres|requiere) (?:mas )?ayuda)\\b)[^.!?,;]{1,80},\\s*)?(?:(?:por favor|porfa|luego|despues|primero|tambien|solo|simplemente|ahora|y|asi que|entonces|mientras tanto)[,\\s]+){0,3}`,
};
const INSTRUCTION: Record<Lang, RegExp> = {
  en: new RegExp(`${LEAD.en}(?<verb>${IMPERATIVE_EN})(?![a-z'])`, 'd'),
  es: new RegExp(`${LEAD.es}(?<verb>${IMPERATIVE_ES})(?![a-z])`, 'd'),
};
/** «Llama la atención que…» is not an instruction, nor «Hace tiempo…» ("a while ago"), nor «Acerca de…» ("about…"). */
const NOT_INSTRUCTION = /^[\s"'(¡-]*(?:llama la atencion|acerca de(?! nuevo)|toca (?:esperar|decir)|prueba de (?:ello|que)|revisa(?:mos|ron)|check(?:ed|s)? (?:out )?(?:with|on) (?:our|the) team|hace (?:tiempo|mucho|poco|rato|ya|anos|meses|semanas|dias|horas|minutos|\d+|(?:un|una|unos|unas|dos|tres|cuatro|cinco|varios|varias|algunos|algunas|un par de) (?:rato|tiempo|anos?|mes|meses|semanas?|dias?|horas?|minutos?|momento))\b)/;

/**
 * A contact point the customer can use now: a link, an e-mail address or a phone number (eight
 * digits or more, not a date). Narrower than `namesChannel`: «como le indicamos por DM» or
 * «no se gestiona por chat» name a channel without offering one.
 */
const CONTACT_POINT = /(?:https?:\/\/|\bwww\.|[\w.+-]+@[\w-]+\.[a-z]{2,})/i;
const PHONE = /\+?\d[\d ().-]{6,}\d/g;
const DATE_LIKE = /^\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}$/;

/** True when the text gives a link, an e-mail address or a phone number. */
export function givesContactPoint(text: string): boolean {
  if (CONTACT_POINT.test(text) || BARE_WEB_ADDRESS.test(text)) return true;
  for (const m of text.matchAll(PHONE)) {
    if ((m[0].match(/\d/g) ?? []).length >= 8 && !DATE_LIKE.test(m[0].trim())) return true;
  }
  return false;
}

/**
 * True when a sentence opens with an instruction the customer can follow. The original
 * sentence tells «Revisé tu pedido» (I checked) from «Revise su pedido» (please check):
 * folding drops the accent that makes the difference.
 */
export function isInstruction(foldedSentence: string, lang: Lang, sentence: string): boolean {
  const m = INSTRUCTION[lang].exec(foldedSentence);
  if (!m || NOT_INSTRUCTION.test(foldedSentence)) return false;
  const [, end] = m.indices?.groups?.verb ?? [0, 0];
  return !/[éíó]$/.test(sentence.slice(0, end).split(/\s+/).pop() ?? '');
}

/**
 * The agent asks for what it needs to go on — «May I have your ticket number?», «¿Me
 * compartes el número de pedido?», «What's the tracking shown here?» — so the case is
 * still being worked, whatever was refused before.
 */
const ASKS_TO_CONTINUE: Record<Lang, RegExp> = {
  en: compile([
    '(?:can|could|would|will) you(?: please| kindly)? (?:send|share|provide|confirm|tell|let (?:us|me) know|dm|give|check|try|verify|clarify|describe|follow|reply|forward|attach|grab|pop)',
    '(?:may|can|could) (?:i|we) (?:have|get|ask for|ask you|see|know|grab)',
    "(?:what|which)(?:'s| is| are| was)? (?:your|the) (?:@ ){0,2}(?:number|email|e-mail|address|name|order|account|tracking|device|model|version|browser|app|phone|postcode|zip|reference|ticket|confirmation|error|message|date|booking|flight|reservation)",
    'do you (?:have|see|get|know|still)', 'have you (?:tried|been able|checked|received|had a chance)', 'are you (?:able|seeing|getting|using|still)',
  ]),
  es: compile([
    '(?:me|nos) (?:podrias|podria|podrian|puedes|puede|pueden|podes|podeis) (?:@ ){0,1}(?:enviar|compartir|confirmar|indicar|decir|mandar|proporcionar|facilitar|brindar|dar|escribir|contar|regalar|pasar|adjuntar|detallar)',
    '(?:me|nos) (?:compartes|comparte|compartis|confirmas|confirma|indicas|indica|envias|envia|mandas|manda|brindas|brinda|proporcionas|proporciona|facilitas|facilita|escribes|escribe|regalas|regala|pasas|pasa|detallas|detalla|ayudas con|ayuda con|apoyas con|apoya con)',
    '(?:cual|que) es (?:tu|su|el|la) (?:@ ){0,2}(?:numero|correo|direccion|nombre|pedido|orden|cuenta|guia|folio|equipo|modelo|version|telefono|codigo|referencia|ticket|reserva|vuelo|mensaje|error)',
    '(?:ya )?(?:intentaste|probaste|has intentado|has probado|ha intentado|ha probado|pudiste|pudo|revisaste|reviso)',
  ]),
};

/** True when the sentence ends as a question (closing quotes or brackets after the «?» allowed). */
export const isQuestion = (sentence: string) => /\?\s*["'»)]*\s*$/.test(sentence);

/** True when a question sentence (folded) asks the customer for what the agent needs to go on. */
export function asksToContinue(foldedSentence: string, lang: Lang): boolean {
  if (!isQuestion(foldedSentence)) return false;
  ASKS_TO_CONTINUE[lang].lastIndex = 0;
  return ASKS_TO_CONTINUE[lang].test(foldedSentence);
}

/** A proposal that closes the reply rather than goes on with it: "Can I help with anything else?". */
const CLOSING_QUESTION = /\b(?:anything else|any other|algo mas|alguna otra|otra (?:cosa|consulta|duda))\b/;

/**
 * A question that proposes the next move, at its opening: "want the link?", "shall I…", «¿Puedes separarlo en dos
 * PRs?», «¿Te cancelo la renovación?». Not any question: «¿Te llegó el correo?» asks about something else, and
 * "Should I close this ticket?" ends the case.
 */
const PROPOSING_QUESTION: Record<Lang, RegExp> = {
  en: /^\W*(?:(?:do you |would you )?(?:want|wanna|fancy)\b|would you (?:like|prefer|rather)\b|(?:shall|should|can|may) (?:i|we) (?!close|mark|end)\w+|how about\b|what about\b|(?:can|could|would) you (?!close)\w+)/,
  es: /^\W*(?:(?:te|le|les|os) (?:parece|gustaria|sirve|viene bien|interesa)\b|(?:quieres|quiere|quieren|queres|quereis) (?:que\b|\w+r\b)|(?:puedes|podrias|podes|puede|podria|pueden|podrian|podeis) \w+r(?:lo|la|los|las|le|les|me|nos|se)?\b|(?:te|le|les|os) (?:mando|envio|paso|cancelo|cambio|reservo|aparto|guardo|dejo|busco|ofrezco|reviso|gestiono|tramito)\b|que tal si\b|y si\b)/,
};

/**
 * A question put to the customer after a no that proposes the next move: the case goes on (thirty-fifth session: no
 * reply of the team's sets labelled a flat refusal asks one; two clean ones flagged did). A closing one is none.
 */
export function asksBack(foldedSentence: string, lang: Lang): boolean {
  if (!isQuestion(foldedSentence) || CLOSING_QUESTION.test(foldedSentence)) return false;
  // Read at the question's opening and at its last clause's: "we've still got it in navy, want the link?".
  const lastClause = foldedSentence.slice(foldedSentence.search(/[^,;:]*$/));
  const proposes = (clause: string) => PROPOSING_QUESTION[lang].test(clause.replace(/^\W*(?:(?:and|so|or|also|y|o|entonces|asi que)\s+)/, ''));
  return proposes(foldedSentence) || proposes(lastClause);
}
