/**
 * Finds the time phrases of one sentence that are the agent's commitments, and drops
 * the ones that are not: questions proposing a time, conditions and the customer's
 * own actions («si me lo envías mañana», «if you send it by Friday»), past times,
 * negated or refused actions, opening hours, and «hoy/tomorrow is a holiday».
 * Offsets are relative to the sentence. Results are cached per sentence text.
 */
import { fold } from '../text';
import type { Lang } from '../types';
import { announcesAbsence, awayUntilBack } from '../grammar/absence';
import { HABIT, blankRanges, movedTo, pastRelatives, promisesTime, timeDatesRelative, withoutPastRelatives, readClause, receivingAfterShould, type TimeKind } from '../grammar/clause';
import { whereDeclinesToPredict } from '../grammar/declines-to-predict';
import { IRREGULAR_PASTS_EN } from '../grammar/english-verbs';
import { IRREGULAR_PRETERITES } from '../grammar/spanish-verbs';
import { MODEL_LABELS, sentenceProbabilities, type Model } from '../model';
import { PATTERNS, isAlwaysFuture, type TimeSpec } from './lexicon';

export interface Mention {
  /** UTF-16 offsets into the sentence. */
  start: number;
  end: number;
  spec: TimeSpec;
}

// ---------------------------------------------------------------- clause structure

/** Punctuation that closes a clause (not the colon of «8:40» or the comma of «1,840»); conditions («si …,») and questions do not cross it. */
const CLAUSE_BREAK = /[;()[\]"¡!]|(?<!\d)[,:]|[,:](?!\d)|\s-\s/g;
/**
 * Conjunctions that start a new sub-clause (tense, negation and subject are judged per sub-clause); «y» / "and"
 * between two numbers is a range («between 7 and 9 this morning»), not a break.
 */
const SUBCLAUSE_BREAK: Record<Lang, RegExp> = {
  es: /(?<!\d)\s(?:y|e)\s|\s(?:y|e)\s(?!(?:las\s+)?\d)|\s(?:pero|que|porque|pues|aunque|mientras|asi\s+que|si|cuando|donde|como)\s/g,
  // «that» right before a time is the object said before it ("I will do that right away"), not a new clause.
  en: /(?<!\d)\sand\s|\sand\s(?!\d)|\s(?:but|because|so|while|although|which|if|whether|when|where|what|how)\s|\sthat\s(?!(?:right|to\w+|now|asap|immediately|this|next|by|within|in|on)\b)/g,
};

/** Spans [start, end) of the sentence cut at `re` (the separator is left out). */
function segments(text: string, re: RegExp): [number, number][] {
  const out: [number, number][] = [];
  let from = 0;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push([from, m.index]);
    from = m.index + m[0].length;
    if (m[0].length === 0) re.lastIndex++;
  }
  out.push([from, text.length]);
  return out;
}

/** The index of the segment containing `pos`, or -1 (segments are sorted and disjoint): binary search. */
function indexAround(spans: [number, number][], pos: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [s, e] = spans[mid];
    if (pos < s) hi = mid - 1;
    else if (pos >= e) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** The segment containing `pos`, or the empty span at `pos` when it falls between segments. */
function around(spans: [number, number][], pos: number): [number, number] {
  const i = indexAround(spans, pos);
  return i >= 0 ? spans[i] : [pos, pos];
}

/** The filters read this far around a phrase at most, so a run-on text stays linear. */
const CONTEXT_CHARS = 160;

// ---------------------------------------------------------------- lexicons of the filters

/** A clause opened by a condition or trigger: «si…», «cuando…», «once…», «as soon as…». */
const CONDITION_START: Record<Lang, RegExp> = {
  es: /^\s*(?:(?:y|o|pero|e)\s+)?(?:si|cuando|en\s+cuanto|apenas|ni\s+bien|tan\s+pronto\s+(?:como)?|una\s+vez\s+que|en\s+caso\s+de\s+que|a\s+menos\s+que|hasta\s+que|siempre\s+que|despues\s+de\s+que|luego\s+de\s+que|enseguida\s+que|no\s+bien)\b/,
  en: /^\s*(?:(?:and|or|but)\s+)?(?:if|when|whenever|once(?!\s+(?:again|more))|as\s+soon\s+as|in\s+case|unless|until\s+(?:you|we|i|they|it)|after\s+(?:you|we|i|they|it)|provided)\b/,
};

/**
 * A sentence that opens on the customer's condition makes every time in it conditional:
 * «If you're happy to go ahead, reply "yes" and the repair will be done within 3 working
 * days», «si te viene bien el jueves, lo dejo confirmado».
 */
const CUSTOMER_CONDITION: Record<Lang, RegExp> = {
  es: /^\s*(?:y\s+|pero\s+)?si\s+(?:(?:te|le|les|os)\s+(?:viene|vienen|parece|parecen|sirve|sirven|va|queda|interesa|conviene)|(?:usted\s+|tu\s+|vos\s+|ustedes\s+)?(?:me\s+|nos\s+)?(?:confirmas|confirma|confirman|confirmais|respondes|responde|responden|envias|envia|envian|mandas|manda|mandan|quieres|queres|quiere|quieren|prefieres|preferis|prefiere|prefieren|aceptas|acepta|aceptan|autorizas|autoriza|autorizan|estas\s+de\s+acuerdo|esta\s+de\s+acuerdo|lo\s+prefieres|lo\s+prefiere|te\s+parece|le\s+parece|gustas|desea|deseas))\b/,
  en: /^\s*(?:and\s+|but\s+|so\s+)?if\s+(?:you|you're|you've|you'd|u|that\s+works\s+for\s+you|that\s+suits\s+you)\b/,
};
/**
 * …or on the state of an order the agent does not know: «if the order is out for delivery,
 * it will arrive by the end of the day» explains a rule; it promises nothing for this order.
 */
const STATE_CONDITION: Record<Lang, RegExp> = {
  es: /^\s*(?:y\s+|pero\s+)?si\s+(?:el|la|tu|su)\s+(?:pedido|paquete|envio|orden|compra|reembolso|pago|devolucion)\s+(?:ya\s+)?(?:esta|estan|ha|fue|sale|salio|figura|aparece)\b/,
  en: /^\s*(?:and\s+|but\s+|so\s+)?if\s+(?:the|your)\s+(?:order|item|package|parcel|delivery|shipment|refund|payment|return)\s+(?:is|has|was|shows|says)\b/,
};

/** Handles and a greeting before a sentence's first words («@ana Hi,», «Hola Marta,»). */
const GREETING_FIRST = /^\s*(?:@\S+\s+)*(?:(?:hello|hi|hey|hola|buenas(?:\s+tardes|\s+noches)?|buenos\s+dias|dear|estimad[oa]s?)\b[^,.!?:\n]{0,30}[,.!:]\s*)?/;

/**
 * «Please email me the details, and I'll refund it today», «Mándanos la foto y te lo cambiamos
 * mañana»: a request to the customer joined by «and» makes what follows conditional on it.
 * After «please» any verb is the request («please point us to the issue and…») but a courtesy
 * («please accept our apologies and…», «please bear with us and…»), and a dot inside an address
 * («help@example.com») does not end the sentence.
 */
const REQUEST_THEN: Record<Lang, RegExp> = {
  en: /(?:\b(?:please|kindly)\s+(?!(?:accept|excuse|forgive|pardon|note|bear|be|don't|do|rest|allow|expect|know|understand|hold|wait|stay|keep|find|see|feel)\b)[a-z']+|(?:\bjust\s+(?:\w+\s+)?|^\W*)(?:email|e-mail|send|reply|write|call|ring|message|dm|contact|share|provide|forward|upload|attach|fill|confirm|tell|let\s+(?:me|us)\s+know))\b(?:[^.!?]|\.(?=\S))*?[,;]?\s(?:and|then)\s*$/,
  es: /(?:\bpor\s+favor\b|\bfavor\s+de\b|\b(?:te|le|les)\s+pido\b|\b(?:env[i]|mand|escrib|llam|avis|confirm|respond|contest|compart|reenvi|indic|dig|cont|cuent|pas|adjunt)(?:a|e|i)(?:me|nos)(?:lo|la|los|las)?\b)(?:[^.!?]|\.(?=\S))*?[,;]?\s(?:y|e)\s*$/,
};

/**
 * What the agent will do once the customer has acted, said as its purpose: «te pedimos contactarnos
 * para solucionarlo de inmediato», "please contact us so we can fix it right away". Conditional on them.
 */
const CUSTOMER_ACTS: Record<Lang, string> = {
  es: '(?:contact|escrib|envi|mand|llam|comunic|respond|confirm|compart|adjunt|indic|proporcion|facilit|complet|acerc|dirig|visit)\\w*',
  en: '(?:contact|email|e-mail|send|dm|message|call|ring|reply|share|provide|confirm|forward|write|reach out|get in touch|fill|upload|attach|visit|bring)\\w*',
};
const REQUEST_PURPOSE: Record<Lang, RegExp> = {
  es: new RegExp(String.raw`\b(?:(?:te|le|les|os) (?:pedimos|pido|solicitamos|solicito|invitamos a|invito a|rogamos|ruego) (?:que )?|por favor,? |favor de )(?:nos |me )?${CUSTOMER_ACTS.es}[^.!?]{0,100}?\bpara\b[^.!?]*$`),
  en: new RegExp(String.raw`\b(?:please|kindly|we ask (?:that )?you|we'd ask you|i'd ask you) (?:to )?${CUSTOMER_ACTS.en}[^.!?]{0,100}?\b(?:so (?:that )?(?:we|i) can|so (?:we|i) may|to (?:let|allow|help) (?:us|me))\b[^.!?]*$`),
};

/**
 * A sentence that opens on what the customer is to give: «¿Puedes confirmarme el número de pedido? Con él lo localizo
 * enseguida», "With those details I'll fix it today". Sentences are read one at a time, so the request before is not
 * seen; «con él / con eso» at the opening stands for it. Conditional on them.
 */
const WITH_WHAT_THEY_GIVE: Record<Lang, RegExp> = {
  // «con él» folds to «con el»: the pronoun is told from the article by the clitic or verb right after it.
  es: /^\W*(?:(?:y|pues|entonces|asi)\s+)?con (?:(?:el|ella|ellos|ellas)(?= (?:lo|la|los|las|le|les|te|se|ya)\b)|eso|esto|ese dato|esos datos|estos datos|esa informacion|esa info|ese numero|esa foto|esa captura)\b[^.!?]*$/,
  en: /^\W*(?:(?:and|then|so)\s+)?with (?:that|those|these|them|that info|those details|these details|that number),? (?:i|we)\b[^.!?]*$/,
};

/** A guess or a condition on the agent's own time hedges the whole sentence, whichever clause holds it: «Sometime this month, I think». */
const SENTENCE_HEDGE: Record<Lang, RegExp> = {
  // …and hearsay: "I've been told that the switches will be done this week", «nos dijeron que el lunes lo entregan».
  en: /\b(?:(?:i've|i have|we've|we have|i was|we were|i'm|we're) (?:been )?told|i think|i believe|i guess|i reckon|probably|maybe|perhaps|possibly|if (?:i|we) (?:get|have|find) (?:the |some |a )?(?:time|moment|minute|chance|spare (?:moment|minute))|time permitting|if time permits|my (?:guess|estimate) is)\b/,
  // «Capaz mañana termino» is Rioplatense «maybe»; «es capaz de…» is able.
  es: /\b(?:(?:me|nos) (?:han dicho|dijeron|dicen|informaron|han informado|comentaron|han comentado|aseguraron|han asegurado) que|creo que|quizas|quiza|tal vez|probablemente|a lo mejor|si (?:tengo|tenemos|me da el|nos da el) tiempo|(?:calculo|calculamos|estimo|estimamos|supongo|suponemos|imagino|diria|diriamos) que|(?:espero|esperamos)(?:\s+\S+){0,4}\s+poder)\b|(?<!\b(?:es|son|ser|sea|soy|somos|sera|fue|era|muy|tan|mas|sos)\s)\bcapaz\b(?!\s+de\b)/,
};

/** A list item's label before a colon: «- Tarjeta de crédito/débito: », "Standard delivery: ". */
const ITEM_LABEL = /^\s*(?:[-*•·]\s*)?[^:.!?]{1,60}:\s+/;
/**
 * A habit or an average said before the comma hedges what follows it: «En general, el
 * reembolso será efectivo en 3 a 4 días», "Usually, orders ship within 2 days".
 */
const HABITUAL_OPENING: Record<Lang, RegExp> = {
  // …and how often, which says the same of some cases: "In some cases we can ship it within 24 hours", «A veces…».
  en: /^\s*(?:(?:and|but|so)\s+)?(?:usually|normally|typically|generally|in general|as a rule|on average|in (?:most|some|certain|many) (?:cases|circumstances|instances)|most of the time|sometimes|occasionally|at times|often)\b/,
  es: /^\s*(?:(?:y|pero)\s+)?(?:normalmente|generalmente|en general|por lo general|habitualmente|por norma general|en (?:la mayoria de los|algunos|ciertos|muchos) casos|en (?:algunas |ciertas )?ocasiones|a veces|algunas veces|a menudo|en promedio|por regla general)\b/,
};
/**
 * A hope alone before the comma hedges the one clause after it: "With luck, I'll have another update later
 * this afternoon". With a verb of its own it is its own clause: "Hopefully that clears things up, and I'll send
 * the corrected invoice tomorrow" still promises.
 */
const HOPE_OPENING: Record<Lang, RegExp> = {
  en: /^\s*(?:(?:and|but|so)\s+)?(?:hopefully|with (?:any |a bit of |some )?luck|if all goes (?:well|to plan)|all being well|fingers crossed|ideally|god willing)\s*,/,
  es: /^\s*(?:(?:y|pero)\s+)?(?:con (?:un poco de |algo de )?suerte|si todo (?:va|sale) (?:bien|segun lo previsto)|idealmente|si dios quiere)\s*,/,
};

/** An estimate that depends on something: «dependiendo del método de pago», "depending on the carrier". */
const DEPENDS: Record<Lang, RegExp> = {
  en: /\bdepending on\b/,
  es: /\b(?:dependiendo del?|en funcion del?)\b/,
};
/**
 * «…and the update will be available depending on…»: a «depending» after the time, in a clause joined with its
 * own subject, hedges that clause only: «en un rato lo publico y la actualización estará disponible dependiendo del
 * lugar» still promises «en un rato».
 */
const JOINED_SUBJECT: Record<Lang, RegExp> = {
  en: /\s(?:and|but)\s+(?:(?:the|your|this|that|our)\s+[a-z]+|it|they)\s+(?:will|'ll|is|are|should|may|might|can|could|would)\b/,
  es: /\s(?:y|e|pero)\s+(?:el|la|los|las|tu|su|sus|tus|esto|eso)\s+[a-z]+\s+(?:estara|estaran|sera|seran|va|van|puede|pueden|podria|podrian|queda|quedara|quedaran|esta|estan|llega|llegara|llegaran|sale|saldra)\b/,
};
/** Where a habit or an estimate stops: the agent's own «pero…», "but I'll…" for this case. */
const CONTRAST: Record<Lang, RegExp> = {
  en: /(?:^|[\s,;])(?:but|however|though|although|yet\b(?!\s*(?:[,.;:!?]|$)))\b/,
  es: /(?:^|[\s,;])(?:pero|sin\s+embargo|aunque|no\s+obstante)\b/,
};

/** The customer is the one acting: modals addressed to them, requests to the agent. */
const CUSTOMER_ACTION: Record<Lang, RegExp> = {
  // A subject-less «Puede pasar…» at the start of a clause addresses the customer (usted).
  // So does a clause that opens by sending the customer somewhere, in forms no company's own step shares: «Pase el
  // jueves», «Acérquese el lunes a la sucursal», «vení mañana» (not «pasa», which is also «el técnico pasa»).
  es: /^\s*(?:puede|pueden|podria|podrian)\s+[a-z]+(?:ar|er|ir)\b|^\s*(?:por\s+favor,?\s+)?(?:pase|pasen|venga|vengan|veni|acuda|acudan|acerquese|acerquense|acercate|dirijase|dirijanse|vaya|vayan|traiga|traigan|regrese|regresen)\b|\b(?:lo|la|los|las|cualquiera)\s+(?:puedes|podes|puede|pueden|podras|podra|podran)\s+[a-z]+(?:ar|er|ir)\b|\b(?:puedes|podes|podras|podrias|puede\s+usted|usted\s+puede|ustedes\s+pueden|tienes\s+que|tenes\s+que|tendras\s+que|usted\s+tiene\s+que|debes|deberias|debera\s+usted|necesitas|necesitaria|te\s+pido|le\s+pido|les\s+pido|(?:te|le|les)\s+(?:pediremos|pedimos|pedire|solicitamos|solicitaremos)\s+que|por\s+favor|favor\s+de|te\s+sugiero|le\s+sugiero|te\s+recomiendo|le\s+recomiendo|recuerda|recorda|no\s+olvides|(?:env[i]|mand|escrib|llam|avis|confirm|respond|contest|compart|reenvi|indic|dec|dig|cont|cuent|pas|adjunt)(?:a|e|i)(?:me|nos)(?:lo|la|los|las)?|(?:enviar|mandar|escribir|llamar|avisar|confirmar|responder|contestar|compartir|reenviar|indicar|decir|contar|pasar|adjuntar)(?:me|nos)(?:lo|la|los|las)?)\b/,
  // «you should hear back / receive it / have it back by…» is the customer receiving: still ours. "Let us know by Friday" asks the customer.
  // "Come by on Monday", "swing by the store on Friday", "bring it in tomorrow": the customer goes, not us.
  en: new RegExp(`^\\s*(?:please\\s+)?(?:come\\s+(?:by|in|over|back|round|around|to)|(?:stop|swing|drop|pop)\\s+(?:by|in|over|round)|visit\\s+(?:us|our|the|any)|head\\s+(?:to|over|down)|bring\\s+(?:it|them|the|your))\\b|\\byou\\s+(?:(?:can|could|may)(?!\\s+(?:rest\\s+assured|be\\s+(?:sure|assured|certain|confident)|count\\s+on)\\b)|should(?!\\s+${receivingAfterShould('\\s+')})|might|must|need\\s+to|have\\s+to|will\\s+need\\s+to|would\\s+need\\s+to|are\\s+welcome\\s+to|want\\s+to)\\b|\\byou'(?:ll|d)\\s+need\\s+to\\b|\\bplease\\b(?!\\s+(?:allow|expect|note|bear|give\\s+(?:me|us)))|\\bfeel\\s+free\\b|\\b(?:ask|asking|request|requesting|invite|inviting)\\s+you\\s+to\\b|\\b(?:send|email|e-mail|call|ring|reply\\s+to|contact|message|text|tell|write\\s+to)\\s+(?:me|us)\\b|\\blet\\s+(?:me|us)\\s+know\\b`
    // «try again in 2 weeks», «check back on Monday»: the customer's own retry (not «we'll try again tomorrow»).
    // Only as an imperative: at the clause's start or after «please», «then», «you can»… — not "let me check back", "we'll reapply".
    + `|(?:^\\s*|\\b(?:please|pls|kindly|then|just|simply|you\\s+can|you\\s+could|you\\s+may|you\\s+might|feel\\s+free\\s+to)\\s+)(?:(?:try|retry)\\s+again|check\\s+back|re-?apply|apply\\s+again)\\b`),
};

/** A clause that continues the one before with «y» / "and" and no subject of its own: «y se agotan…», "and go within minutes". */
const GOES_ON_WITHOUT_SUBJECT: Record<Lang, RegExp> = {
  es: /^\W*(?:y|e)\s+(?!(?:el|la|los|las|un|una|tu|tus|su|sus|mi|mis|nuestro|nuestra|nuestros|nuestras|yo|nosotros|nosotras|usted|ustedes|vos|este|esta|estos|estas|ese|esa|manana|hoy)\b)/,
  en: /^\W*and\s+(?!(?:i|we|you|yours|your|it|its|they|their|he|she|the|this|that|these|those|our|my|a|an|tomorrow|today)\b)/,
};

/** Times that are a span or immediacy («en 3 días», "within 2 business days", «ya mismo»), not a day named. */
export const SPAN_KINDS: ReadonlySet<string> = new Set(['duration', 'businessDays', 'businessHours', 'immediate']);
/** …and phrases that set a deadline («by Friday», «para el lunes»): with spans, times no past relative clause can own. */
const AHEAD_PHRASE: Record<Lang, RegExp> = {
  en: /^(?:by|within|before|until|till|no later than|over the next|in the next)\b/,
  es: /^(?:para|antes|dentro|a mas tardar|hasta|como (?:muy tarde|maximo))\b/,
};

/**
 * …unless it speaks to the customer or looks ahead: «…, y te llega mañana», «…, y Ana te llama mañana», "…, and Sarah
 * will call you tomorrow" promise (Spanish leaves the subject out, so the object or the future tells).
 */
const TO_THE_CUSTOMER_OR_AHEAD: Record<Lang, RegExp> = {
  es: /\b(?:te|le|les|lo|la|los|las|vos|usted|ustedes)\b|\b[a-z]{2,}(?:ra|ran|re|remos)\b|\b(?:va|van|vamos|voy) a\b/,
  en: /\b(?:you|your|will|'ll|shall|going to)\b/,
};

/** Negated or refused actions: «ahora mismo no puedo…», «I can't do it today». */
const NEGATION: Record<Lang, RegExp> = {
  es: /\b(?:no|nunca|jamas|tampoco|ni)\b(?!\s+(?:mas\s+tarde|hace\s+falta|te\s+preocupes|se\s+preocupe|problem))/,
  // «Don't worry», «don't hesitate»: reassurance formulas, not a refused action («Don't worry, I'll send it tomorrow»).
  // «No» as a determiner of a price negates nothing: "I'll come back on Friday at no charge". Chat drops the apostrophe
  // ("we wont have it today", thirty-eighth session).
  en: /\b(?:not|never|cannot)\b(?!\s+(?:later|more\s+than|problem|worries|to\s+worry))|(?<!\b(?:at|with|for)\s)\bno\b(?!\s+(?:later|more\s+than|problem|worries|to\s+worry|(?:extra\s+|additional\s+)?(?:charge|cost|fee)s?\b))|\b(?:\w+n't|cant|wont|dont|doesnt|didnt|isnt|arent|wasnt|werent|couldnt|wouldnt|shouldnt|havent|hasnt)\b(?!\s+(?:worry|hesitate|panic|fret)\b)/,
};

/** Past-time markers; Spanish on the lower-cased ORIGINAL text (accents matter: «envié», «llegó»); the perfect («he hablado hoy») too. */
const PAST: Record<Lang, RegExp> = {
  es: new RegExp(String.raw`(?<![\p{L}\p{N}])(?:ayer|anoche|anteayer|hace\s+\d+|hace\s+(?:un|una|unos|unas|dos|tres|poco|mucho)|pasad[oa]s?(?!\s+ma[nñ]ana)|${IRREGULAR_PRETERITES}|\p{L}{3,}[éó]|\p{L}{3,}(?:aron|ieron|aste|iste)|(?:prod|reprod|cond|red|trad|ded|ind|introd|sed|tr|atr|contr|distr|retr)uj(?:o|eron|imos)|\p{L}+(?:puso|pusieron|tuvo|tuvieron|trajo|trajeron|dijo|dijeron)|(?:inter|con|pre|pro|sobre)vin(?:o|ieron)|\p{L}{3,}(?:aba|aban|ábamos|abamos)|(?:tenía|tenia|había|habia|podía|podia|debía|debia|sabía|quería|queria|decía|decia|hacía|venía|salía|salia|estaba|era)n?|(?:he|hemos|has|ha|han|haya|hayas|hayan|hayamos|hubiera|hubieras|hubieran|hubiéramos|había|habían)\s+\p{L}{2,}(?:ado|ido|cho|to))(?![\p{L}\p{N}])`, 'u'),
  // A pronoun and any irregular past: "this afternoon we began the refunds" (as the clause grammar reads them).
  en: new RegExp(String.raw`\b(?:yesterday|ago|last|was|were|did|had|earlier|previously)\b|\b(?:i|we|you|they|he|she|it)\s+(?:(?!(?:need|feed|speed|proceed|exceed|succeed)\b)\w+ed|${IRREGULAR_PASTS_EN})\b|\b(?:i|we|you|they)'ve\b|\b(?:have|has)\s+(?:\w+ed|been|sent|spoken|told|got|gotten|made|taken|given|gone|come|seen|said|found|left|paid)\b`, 'i'),
};
/** A past verb right before the time, whatever its subject: "my laptop died this afternoon" (not "be shipped today", "have it fixed today"). */
const VERB_PAST_BEFORE = /(?<!\b(?:be|been|being|is|are|am|get|gets|got|getting|have|has|had|having|it|them|this|that|to|will|'ll|should|would|could|must|may|might)\s)(?<!'(?:s|re)\s)\b[a-z]{2,}ed\s*$/;
/**
 * A Spanish past participle right before the time, with at most a noun and its article before it in the clause, reports
 * what was done: «Versión subida el lunes», «Tu pedido, enviado ayer, …». After a verb it is the object's state («te
 * reenviamos la factura corregida hoy mismo») or a future's («lo tendrás arreglado mañana»), and before «para» or «antes
 * de» a plan («pedido confirmado para el lunes»): those promise.
 */
const STATE_BEFORE_PARTICIPLE = 'sera|seran|estara|estaran|quedara|quedaran|queda|quedan|quedo|esta|estan|tendras|tendra|tendran|tendremos|tendre|tienes|tiene|tienen|dejo|dejamos|dejare|dejaremos';
const PARTICIPLE_BEFORE = new RegExp(String.raw`(?:^|[,;:(]|\b(?:y|e)\s)\s*(?:[a-z]+\s+){0,2}(?<!\b(?:${STATE_BEFORE_PARTICIPLE})\s)[a-z]{3,}(?:ad|id)[oa]s?\s*,?\s*$`);
/**
 * A participle that follows its noun anywhere in the clause dates what was done to that noun: «su derecho de petición
 * radicado el 25 de noviembre», «la queja publicada el 2 de diciembre», «la versión publicada hoy», «la huelga convocada
 * el 10». Not after a verb, a clitic or an auxiliary («lo tendrás arreglado mañana», «queda agendado el jueves»,
 * «será enviado el lunes»), and not where the agent acts on the noun in the same clause («te reenviamos la factura
 * corregida hoy mismo»: the object's state, PARTICIPLE_BEFORE's case).
 */
const PARTICIPLE_AFTER_NOUN = new RegExp(String.raw`\b(?!(?:${STATE_BEFORE_PARTICIPLE}|lo|la|los|las|le|les|me|te|nos|se|ha|han|he|hemos|has|fue|fueron|es|son|sido|estado|ser|estar|dejar|tener|quedar)\b)(?:[a-z]{2,}|\d[\d.]*)\s+[a-z]{3,}(?:ad|id)[oa]s?\s*,?\s*$`);
/**
 * The agent acting on the noun, or the customer having it, in the clause: «te reenviamos…», «entregamos el equipo…», «lo
 * dejo todo…», «(lo) tienes…», «vamos a…».
 */
const AGENT_ACTS_BEFORE = /\b(?:(?:te|le|les|se|os|nos|lo|la|los|las)\s+(?:(?:lo|la|los|las)\s+)?[a-z]{2,}(?:o|amos|emos|imos)|[a-z]{3,}(?:amos|emos|imos)|(?:voy|vamos)\s+a|tienes|tenes|tiene|tienen|dejo|dejamos|queda|quedan)\b/;
/** Words that make no clause of their own: articles, prepositions, a few adverbs, gerunds, participles and «-nte» adjectives. */
const NON_FINITE_WORD = /^(?:el|la|los|las|lo|un|una|y|e|o|de|del|a|al|en|con|por|como|entre|otra|otro|vez|resto|tambien|ya|solo|mismo|misma|temprano|nuevo|nuevamente|[a-z]{3,}(?:ando|iendo|ad[oa]s?|id[oa]s?|ente|antes?)|\d+)$/;
/** Whether a Spanish subclause (folded, its time left out) is a fragment with no finite verb: at most four such words. */
const nonFinite = (words: string[]) => words.every((w) => NON_FINITE_WORD.test(w));
const isFragment = (text: string) => {
  const words = text.match(/[a-z0-9]+/g) ?? [];
  return words.length <= 4 && nonFinite(words);
};
const PLANNED_FOR = /^(?:para|antes|hasta|a\s+mas\s+tardar|en|dentro|durante|desde)\b/;
/** A past verb right before the time (`lead`: the clause up to it, folded; `mention`: the time, folded). */
const pastVerbBefore = (lead: string, mention: string, lang: Lang) =>
  lang === 'en' ? VERB_PAST_BEFORE.test(lead) : PARTICIPLE_BEFORE.test(lead) && !PLANNED_FOR.test(mention);
const participleAfterNoun = (lead: string, mention: string) =>
  PARTICIPLE_AFTER_NOUN.test(lead) && !AGENT_ACTS_BEFORE.test(lead) && !PLANNED_FOR.test(mention);
/**
 * «ya la aprobamos hoy»: after «ya», a first person plural in -amos / -imos reads as the past (the
 * present has the same form). Not «ya estamos / vamos / tenemos…», and not for a duration («ya te
 * lo mandamos en 10 minutos» is to come).
 */
const YA_PAST_PLURAL = /\bya\s+(?:(?:me|te|se|lo|la|le|les|los|las|nos)\s+){0,2}(?!(?:est|v|ten|pod|deb|sab|quer|necesit|segu)amos\b)[a-z]{3,}(?:amos|imos)\b/;

/** A future tense: Spanish on the lower-cased original text (accents matter: «enviaré»). */
export const FUTURE: Record<Lang, RegExp> = {
  es: /(?<![\p{L}\p{N}])(?:voy|vas|va|vamos|van|vais)\s+a(?![\p{L}])|\p{L}{2,}(?:ré|rá|rás|remos|rán|réis)(?![\p{L}\p{N}])/u,
  // «As you will be aware, we had an outage on Friday»: a turn of phrase, not the clause's future.
  en: /\bwill\b(?!\s+(?:be\s+aware|know|recall|remember|have\s+(?:seen|heard|noticed|read)))|'ll\b(?!\s+(?:be\s+aware|know|recall|remember))|\bgoing\s+to\b|\bgonna\b|\bshall\b/i,
};

/** Opening hours are not promises: «horario de atención», «we're open 8am–8pm». */
const OPENING_HOURS: Record<Lang, RegExp> = {
  es: /\b(?:horarios?|abiert[oa]s|abrimos|cerramos|atendemos|atencion\s+es|abre|abren|reabre|reabren|abrira|abriran)\b/,
  // «within 24 business hours» counts hours; «during business hours» names them.
  // …and sales opening: "I'll be opening up for preorders starting tomorrow", «abrimos las inscripciones el lunes».
  en: /\b(?:open|opens|reopens?|opening\s+hours|(?<!\d\s|\d\s\s)(?:business|office)\s+hours|hours\s+are|we're\s+closed|closed\s+on|opening\s+(?:up\s+)?(?:for\s+)?(?:pre-?orders|orders|sales|registrations?|enrol+ments?|sign-?ups))\b/,
};

/** Words that join time phrases into one («the weekend of 4-5 October», «del lunes al viernes»). */
const TIME_JOINERS = /\b(?:of|the|and|to|from|de|del|el|la|y|al|a)\b/g;

/** Every «but» / «pero» of a sentence (for `matchAll`). */
const CONTRASTS: Record<Lang, RegExp> = { en: new RegExp(CONTRAST.en.source, 'g'), es: new RegExp(CONTRAST.es.source, 'g') };

/** The stretches of a sentence, cut at each «but» / «pero», that speak of opening hours. */
function openingHoursStretches(folded: string, lang: Lang): Array<[number, number]> {
  if (!OPENING_HOURS[lang].test(folded)) return [];
  const cuts = [0, ...[...folded.matchAll(CONTRASTS[lang])].map((m) => m.index), folded.length];
  const out: Array<[number, number]> = [];
  for (let k = 0; k + 1 < cuts.length; k++) if (OPENING_HOURS[lang].test(folded.slice(cuts[k], cuts[k + 1]))) out.push([cuts[k]!, cuts[k + 1]!]);
  return out;
}

/** An event a span is counted from, said right after it. */
const COUNTED_FROM_EVENT: Record<Lang, RegExp> = {
  // Not a purchase already made: «60 días hábiles después de la compra» is due.
  es: /^\s*,?\s*(?:(?:calendario|habiles|laborables|naturales)\s+)?(?:despues\s+de|a\s+partir\s+de|desde|tras|luego\s+de|contados\s+(?:a\s+partir\s+de|desde))\s+(?:que|la\s+(?:recepcion|aprobacion|confirmacion)|recibir|haber)\b/,
  en: /^\s*,?\s*(?:(?:from|after)\s+(?:the\s+(?:date|day|time|moment)\s+(?:we|you|it|they)|(?:we|you|it|they)\s+(?:receive|get|confirm|approve|process)|receiving|receipt|approval|confirmation)|of\s+(?:the\s+|your\s+)?(?:invoice|receipt|approval|receiving))\b/,
};

/**
 * A planned cut is announced like opening hours, not promised: «a partir de mañana se realizarán cortes programados»,
 * "servers will be down for maintenance on Tuesday". Its end is promised: «el servicio se restablece a las 20:00».
 */
const PLANNED_DISRUPTION: Record<Lang, RegExp> = {
  es: /\b(?:(?:cortes?|interrupcion(?:es)?|trabajos|apagon(?:es)?) (?:programad|planificad|previst)\w*|mantenimiento|suspension(?:es)?|sin servicio|fuera de servicio|no habra servicio|se (?:interrumpira|interrumpiran|cortara|cortaran|suspendera|suspenderan)|(?:estaremos|permaneceremos|(?:la|nuestra|nuestras|las) (?:oficinas?|tiendas?|sucursal(?:es)?|local|sede) (?:estara|estaran|permanecera|permaneceran)) (?:temporalmente |totalmente )?cerrad[oa]s?|cerraremos(?! (?:tu|su|la|el|los|las)\b))\b/,
  // Not the outage told of ("compensation for this outage will be added by 21 December").
  en: /\b(?:(?:scheduled|planned) (?:outages?|works?|interruptions?)|maintenance(?! (?:team|crew|engineers?|staff|technicians?|department))|shut ?offs?|shutdowns?|downtime|(?:will|'ll) (?:be|go) (?:down|offline|unavailable)|(?:we|our (?:offices?|stores?|branches?|shops?|warehouse|phone lines|lines|services)|the (?:office|store|branch|shop|warehouse|helpline|phone lines)|services)(?:'ll| will) (?:be |remain |stay )?(?:temporarily |fully |completely |partially )?(?:closed|affected)|(?:will|'ll) (?:halt|pause|suspend) (?:\w+ )?(?:processing|traffic|operations|deliveries)|(?:will|'ll) (?:now )?be (?:turned|switched|shut) off|works? (?:is |are )?(?:scheduled|planned))\b/,
};
/** …said as an announcement, which dates the whole sentence (not «los 18 días sin servicio», told). */
const CUT_ANNOUNCED: Record<Lang, RegExp> = {
  es: /\b(?:se (?:interrumpira|interrumpiran|cortara|cortaran|suspendera|suspenderan)|(?:cortes?|interrupcion(?:es)?|trabajos) (?:programad|planificad)\w*|(?:tareas|trabajos) de mantenimiento)\b/,
  en: /\b(?:(?:will|'ll) (?:now )?be (?:turned|switched|shut) off|(?:scheduled|planned) (?:maintenance|outages?|works?|shut ?offs?)|shut ?offs?|works? (?:is |are )?(?:scheduled|planned))\b/,
};
const RESTORED: Record<Lang, RegExp> = {
  es: /\b(?:restablec\w*|restaur\w*|normaliz\w*|reanud\w*|levant\w*|repar\w*|vuelv\w*|volver\w*|regres\w*|termin\w*|finaliz\w*|conclu\w*|solucion\w*|resuel\w*|resolv\w*|arregl\w*)/,
  en: /\b(?:restor\w*|back|resum\w*|repair\w*|fix\w*|finish\w*|complet\w*|conclud\w*|end(?:s|ed)?|over|resolv\w*)\b/,
};

/** How long an offer or a document is valid is not a promise: «el descuento es válido hasta el domingo». */
const VALIDITY: Record<Lang, RegExp> = {
  es: /\b(?:valid[oa]s?|vigentes?|vence|vencen|vencera|venceran|caduca|caducan|caducara|expira|expiran|expirara)\b/,
  en: /\b(?:valid|expires?|expiring|good\s+until|runs\s+until|lasts\s+until)\b/,
};

/**
 * Something scheduled now for a later time: «te reprogramé la visita para el jueves»,
 * «I've booked the engineer for Monday»; and moved to it, «la hemos pasado al martes» (`movedTo`). The verb is past but
 * the time is the promise.
 */
const SCHEDULED: Record<Lang, RegExp> = {
  es: /(?<![\p{L}])(?:re)?(?:program|agend|reserv|coordin|fij|calendariz|cit)(?:e|é|o|ó|amos|ado|ada|ados|adas)(?![\p{L}])/u,
  en: /\b(?:re)?(?:scheduled|booked|arranged|set\s+up|moved|planned|lined\s+up|pencilled|penciled)\b/,
};
const SCHEDULED_FOR: Record<Lang, RegExp> = { es: /^para\s/, en: /\b(?:for|to)\s+(?:the\s+)?$/ };

/** «mañana es feriado», «today is a holiday»: the day is described, nothing is promised. */
const DESCRIBED_DAY: Record<Lang, RegExp> = {
  es: /^\s*(?:es|era|sera|fue|cae)\b/,
  en: /^\s*(?:is|was|'s|will\s+be\s+a)\b/,
};

/** The customer on the receiving end («te llega», "you'll have it"), not the case's outcome («quedará restablecido»). */
const CUSTOMER_RECEIVES: Record<Lang, RegExp> = {
  es: /\b(?:(?:te|le|les|os) (?:llega|llegan|llegara|llegaran|va a llegar|van a llegar)|tendras|recibiras|recibis|recibes|recibira usted|vas a (?:tener|recibir)|van a (?:tener|recibir) ustedes)\b/,
  en: /\byou(?:'ll| will| are going to|'re going to) (?:have|get|receive|hear (?:from|back))\b|\byou (?:receive|hear back)\b/,
};

/** The agent describing what they do right now, not a promise: «hoy te escribo para…», "we're here to help you today". */
const PRESENT_NARRATION: Record<Lang, RegExp> = {
  // …and the agent's or the team's absence: «estoy de vacaciones esta semana», "Our entire team will be on vacation from Dec 23rd".
  es: /\b(?:te|le|les|os)\s+(?:escribo|escribimos|contacto|contactamos)\s+para\b|\b(?:estamos|estoy)\s+(?:aqui|aca)\s+para\s+(?:ayudar|apoyar)|\b(?:estoy|estamos|esta|estan|estare|estaremos|estara|estaran|(?:voy|va|vamos|van) a estar)\s+(?:de\s+(?:vacaciones|viaje|licencia|baja|permiso|vuelta|regreso)|fuera\s+de\s+la\s+oficina)\b|\b(?:vuelvo|volvemos|volvere|volveremos|regresamos|regresare|regresaremos)\b(?!\s+a\s+[a-z]+r(?:te|le|les|lo|la|los|las|nos)?\b)/,
  en: /\b(?:writing\s+to|reaching\s+out|wanted\s+to\s+let)\b|\b(?:we're|we\s+are|i'm|i\s+am)\s+(?:here|happy|glad|available)\s+to\s+help\b|\b(?:i'm|i\s+am|i'll\s+be|i\s+will\s+be|we're|we\s+are|we'll\s+be)\s+(?:on\s+)?(?:vacation|holiday|leave|annual\s+leave|pto|away|off|out\s+of\s+(?:the\s+)?office|ooo|travell?ing)\b|\b(?:will\s+be|are|is)\s+(?:on\s+)?(?:vacation|holidays?|annual\s+leave|pto|away|out\s+of\s+(?:the\s+)?office)\b|\b(?:i|we|he|she|they)(?:'m|'re|'s|\s+am|\s+are|\s+is|'ll\s+be|\s+will\s+be)\s+back\b(?!\s+(?:to|in\s+touch|with|online|on\s*line|up|in\s+stock))/,
};

/**
 * «Hoy» dates the telling itself: «Hoy me complace informarles que ya pueden actualizar», "Today we're happy to
 * announce…". What is told («…que mañana llega») has its own time phrase.
 */
const TELLING_NOW: Record<Lang, RegExp> = {
  es: /^\s*,?\s*(?:(?:me|nos)\s+(?:complace|alegra|place|gusta)|(?:tengo|tenemos)\s+el\s+(?:gusto|placer)\s+de|(?:quiero|queremos)|(?:les|te|le|os)\s+(?:informo|informamos|comunico|comunicamos|anuncio|anunciamos|cuento|contamos|confirmo|confirmamos|escribo|escribimos))\s*(?:(?:informar|comunicar|anunciar|contar|avisar|compartir|confirmar)(?:les|te|le|os)?\b|que\b|para\b|$)/,
  en: /^\s*,?\s*(?:i'm|i\s+am|we're|we\s+are)\s+(?:happy|pleased|glad|delighted|excited|proud|writing)\s+to\s+(?:let|inform|announce|share|confirm|tell|say|report)\b/,
};

const isToday = (spec: TimeSpec) => spec.kind === 'relativeDay' && spec.offset === 0;

const AGREEMENT_TAG = /^¿\s*(?:(?:te|le|les|os)\s+(?:parece|viene|sirve|va|queda|conviene)|vale|ok|okay|de\s+acuerdo|esta\s+bien|te\s+animas|lo\s+agendamos)\b/;

// ---------------------------------------------------------------- extraction

/**
 * A time inside quotation marks is quoted, not promised: «perdón por los 'llega hoy' que no se
 * cumplieron», "the «ready tomorrow» message". Short quotes only (up to 40 characters); a single
 * quote counts when it opens after a blank on a letter and closes before one, so apostrophes
 * («'til», "the engineers' schedule") and inch marks (6") are not quotes.
 */
const QUOTED_SHORT = /«[^»\n]{1,40}»|“[^”\n]{1,40}”|(?<!\d)"(?=\p{L})[^"\n]{1,40}(?<!\d)"|(?<=^|\s)'(?!(?:til|cause|round|em|n)\b)(?=\p{L})[^'\n]{1,40}(?<!\p{L}s)'(?=[\s.,;:!?)]|$)/gu;
function quotedSpans(text: string): [number, number][] {
  if (!/[«“"']/.test(text)) return [];
  return [...text.matchAll(QUOTED_SHORT)].map((m): [number, number] => [m.index, m.index + m[0].length]);
}

/** Spans inside «¿…?» (one linear pass), or the whole sentence when it ends in «?» with no «¿». */
function questionSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '¿' && open < 0) open = i;
    else if (text[i] === '?' && open >= 0) {
      spans.push([open, i + 1]);
      open = -1;
    }
  }
  if (open >= 0) spans.push([open, text.length]);
  if (spans.length === 0 && /\?\s*["»)]*\s*$/.test(text)) spans.push([0, text.length]);
  return spans;
}

/** Every time phrase of a folded text, read as a time and nothing more: no clause, tense or condition is weighed. */
export function timePhrases(folded: string, lang: Lang): Array<{ start: number; end: number; spec: TimeSpec; unsaidCount: boolean }> {
  return candidates(folded, lang);
}

/**
 * Every time pattern of a language as one alternation (named groups unnamed), run once per sentence: most sentences
 * hold no time, and one scan tells so faster than twenty (es: 133 → 99 µs per 2,000 characters). Exact: it matches
 * where one of the patterns does, and where it first matches no pattern can match earlier, so each pattern's own scan
 * starts there.
 */
const ANY_TIME: Partial<Record<Lang, RegExp>> = {};
function firstTimeAt(folded: string, lang: Lang): number {
  const re = (ANY_TIME[lang] ??= new RegExp(PATTERNS[lang].map((p) => `(?:${p.re.source.replace(/\(\?<([A-Za-z]\w*)>/g, '(?:')})`).join('|')));
  return folded.search(re);
}

function candidates(folded: string, lang: Lang) {
  const found: (Mention & { future: boolean; unsaidCount: boolean })[] = [];
  const first = firstTimeAt(folded, lang);
  if (first < 0) return found;
  for (const pattern of PATTERNS[lang]) {
    pattern.re.lastIndex = first;
    for (let m = pattern.re.exec(folded); m; m = pattern.re.exec(folded)) {
      if (m[0].length === 0) {
        pattern.re.lastIndex++;
        continue;
      }
      const spec = pattern.toSpec(m);
      if (!spec) continue;
      let start = m.index;
      if (pattern.spanStartGroup) start += m[0].indexOf(m.groups![pattern.spanStartGroup]);
      let end = m.index + m[0].length;
      while (end > start && /\s/.test(folded[end - 1])) end--;
      found.push({ start, end, spec, future: isAlwaysFuture(spec, pattern), unsaidCount: !!pattern.unsaidCount });
    }
  }
  // Longest phrase wins where patterns overlap («el jueves 3 de diciembre» over «3 de diciembre»).
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  type Found = (typeof found)[number];
  const kept: Found[] = [];
  const isDay = (c: Found) => c.spec.kind === 'relativeDay' || c.spec.kind === 'weekday' || c.spec.kind === 'date';
  const dayAndClock = (a: Found, b: Found) => (a.spec.kind === 'clock' && isDay(b)) || (b.spec.kind === 'clock' && isDay(a));
  for (const c of found) {
    const last = kept[kept.length - 1];
    // A day and a time of day that overlap («hoy antes de las 5:00 p. m.»), or a time said right before its day
    // ("at 6 a.m. tomorrow", as «mañana a las 6» is one), are one phrase, due with the day (spec).
    const timeThenDay = !!last && last.spec.kind === 'clock' && isDay(c) && c.start >= last.end && /^[\s,]{0,3}$/.test(folded.slice(last.end, c.start));
    // Two phrases for one day side by side ("by end of day today") are one.
    const sameDayTouching = !!last && c.start >= last.end && /^[\s,]{0,3}$/.test(folded.slice(last.end, c.start))
      && last.spec.kind === 'relativeDay' && c.spec.kind === 'relativeDay' && last.spec.offset === c.spec.offset;
    if (sameDayTouching) kept[kept.length - 1] = { ...last, end: c.end };
    else if (last && (c.start < last.end || timeThenDay) && dayAndClock(c, last)) {
      const day = isDay(c) ? c : last;
      kept[kept.length - 1] = { ...day, start: Math.min(c.start, last.start), end: Math.max(c.end, last.end) };
    } else if (!last || c.start >= last.end) kept.push(c);
    else if (c.end - c.start > last.end - last.start) kept[kept.length - 1] = c;
  }
  // A time of day said apart from its day in one clause («hoy te llamo antes de las 3», "Friday, I'll call at 10am")
  // is that day's: one promise, dated by the day.
  const sameClause = (a: Found, b: Found) => b.start - a.end <= 40 && !/[.;:!?\n]|\b(?:and|but|then|y|e|pero|luego)\b/.test(folded.slice(a.end, b.start));
  const out: Found[] = [];
  kept.forEach((c, i) => {
    const previous = out[out.length - 1];
    const next = kept[i + 1];
    if (c.spec.kind === 'clock' && ((previous && isDay(previous) && sameClause(previous, c)) || (next && isDay(next) && sameClause(c, next)))) return;
    out.push(c);
  });
  return out;
}

/** Verbs of a state, beside a «now»: «ahora mismo ando con poco tiempo», "at the moment there is no date". */
const NOW_STATE: Record<Lang, RegExp> = {
  // Read on the lower-cased original: folded «esta» is also «this» («te envío esta guía»).
  es: /(?<![\p{L}\p{N}])(?:está|están|estoy|estamos|ando|andamos|anda|andan|hay|es|son|se encuentran?|sigo|seguimos|sigue|siguen|tengo|tenemos|tiene|tienen|contamos|cuento)(?![\p{L}\p{N}])/u,
  en: /\b(?:it's|it is|there's|there is|there are|is|are|have|has)\b/,
};

const PRESENT_MOMENT = /^(?:right now|just now|now|currently|at the moment|ahora mismo|ahora|ahorita(?: mismo)?|en este momento|actualmente)$/;

function timeKind(spec: TimeSpec, phrase: string): TimeKind {
  if (PRESENT_MOMENT.test(phrase.trim())) return 'now';
  if (spec.kind === 'immediate' || (spec.kind === 'duration' && spec.seconds <= 3600)) return 'immediate';
  if (spec.kind === 'relativeDay' && spec.offset === 0) return 'today';
  return 'later';
}

/** A time phrase that survived the hard filters, with the grammar's verdict and the text the model reads. */
export interface Candidate extends Mention {
  /** The clause grammar (../grammar/clause.ts) reads it as a promise of the time. */
  grammar: boolean;
  /**
   * Ruled out by the grammar on a reason of its own, whatever the model reads: said as a hope or an
   * estimate («hopefully today», «suele tardar»), or a rule for every case («enquiries will be answered
   * within 7 business days»; docs/labelling.md, «a rule for every case is a policy window»).
   */
  ruledOut: boolean;
  /** Its clause, the time phrase replaced by a placeholder, for the learned layer. */
  clause: string;
  /** A count left unsaid («en los próximos días»): no firm time (../commitments/lexicon.ts). */
  unsaidCount: boolean;
  /**
   * The speaker's own will: "I will…", "we'll…", "we're going to…" before the time; «daremos», «te enviaré», «vamos
   * a…» in its clause. The model may not veto it: there the grammar reads the promise from the words themselves, and on real replies the model had
   * vetoed plain ones ("X and I will announce the grades by the end of this week"; twenty-fifth session).
   */
  explicitPromise: boolean;
  /** The grammar's weakest reading: nobody acts, not even impersonally, and nothing is in the future («el portal está caído hoy»). */
  weak: boolean;
}

/**
 * A sentence that opens on «todo / cualquier X que…», "any X that…" states a rule for every such X, however long the
 * relative clause runs before the main verb: «Todo reporte que se cree cuando otro ya lo tenga reportado se borrará de
 * inmediato», "Any ticket that arrives after 6pm will be answered within 24 hours" (twenty-second session).
 */
const UNIVERSAL_SUBJECT: Record<Lang, RegExp> = {
  es: /^\s*(?:todo|toda|todos los|todas las|cualquier|cada)\s+[a-z]+(?:\s+[a-z]+)?\s+(?:que|q)\s/,
  en: /^\s*(?:any|every|each|all)\s+[a-z]+(?:\s+[a-z]+)?\s+(?:that|which|who)\s/,
};
/** …unless the relative clause tells what this customer did: "all the items that you returned", «los productos que devolviste». */
const CUSTOMER_DID: Record<Lang, RegExp> = {
  es: /\b(?:[a-z]{2,}(?:aste|iste|asteis|isteis)|(?:has|habeis|ha|han) [a-z]+(?:ado|ido))\b/,
  en: /\byou(?:'ve| have| already)? (?:[a-z]+ed|sent|bought|made|paid|got|gave|took|left|brought|put|wrote|told)\b/,
};

/** Where «ya mismo» means «right away» (Spain); elsewhere it is «already» or vague. */
export type Region = 'ES' | 'other';

const VAGUE_EVERYWHERE = /^(?:ahorita|ahorita mismo)$/;
/** «Dame un momento», "give me a sec": asking for a moment while the agent looks, not a time promised («give me two minutes and it's back» promises). */
const A_MOMENT = /^(?:(?:in )?(?:a|un|una) )?(?:sec|second|moment|tick|momento|momentito|segundo|segundito)$/;
const JUST_A_MOMENT: Record<Lang, RegExp> = {
  en: /\b(?:give me|gimme|give us|bear with (?:me|us)(?: for)?|hang on|hold on|wait)\s*$/,
  es: /\b(?:dame|deme|denme|dadme|regalame|regaleme|permiteme|permitame|espera|espere|esperame|espereme|aguarda|aguarde|aguardame)\s*$/,
};
const IMMEDIATE_IN_SPAIN_ONLY = /^ya mismo$/;

/**
 * Every time phrase of one sentence that is not ruled out by the hard filters (questions,
 * conditions, the customer acting, negation, opening hours, validity, past), each with the
 * grammar's verdict. Offsets are relative to the sentence.
 */
export function mentionCandidates(sentence: string, lang: Lang, region: Region = 'other'): Candidate[] {
  const folded = fold(sentence);
  const found = candidates(folded, lang);
  if (found.length === 0) return [];
  // [from, to) with its time phrases blanked, and whether it holds other words than those that join them («of 4-5 October»).
  const withoutTimes = (from: number, to: number) =>
    blankRanges(folded.slice(from, to), found.filter((f) => f.start < to && f.end > from).map((f): [number, number] => [Math.max(0, f.start - from), Math.min(to, f.end) - from]));
  const wordsBesideTimes = (from: number, to: number) => /[a-z]/.test(withoutTimes(from, to).replace(TIME_JOINERS, ' '));
  // Tense, mood and «sí» are read on Spanish as written, lower-cased (accents matter: «enviaré», «está»); English folded.
  const asWritten = (start: number, end: number) => (lang === 'es' ? sentence.slice(start, end).toLowerCase() : folded.slice(start, end));
  // The condition is read after a handle or a greeting: «@ana Hi, if the order is…».
  const opening = folded.replace(GREETING_FIRST, '');
  if (CUSTOMER_CONDITION[lang].test(opening) || STATE_CONDITION[lang].test(opening)) return [];
  // Opening hours are read up to a «but»: "Our office is closed on Monday, but I'll call you on Tuesday" still promises.
  const hoursIn = openingHoursStretches(folded, lang);
  // Read once per sentence, not once per time phrase, so a run-on text stays linear.
  const hedgedSentence = SENTENCE_HEDGE[lang].test(folded);
  // «We can't give you a date yet» makes an estimate of any time said with it, up to a «but»: «…, but I'll call you tomorrow» still promises.
  const declineAt = whereDeclinesToPredict(folded, lang);
  // A habit before the comma («En general, …») or an estimate that depends on something hedges the clauses up to
  // the first «pero» / "but": «Normalmente son 5 días hábiles, pero te lo dejo resuelto hoy» promises «hoy».
  // …also after a list item's label: «- PayPal u otros métodos: Generalmente, el reembolso se procesa en 24 a 48 horas».
  const habitualAtOpening = HABITUAL_OPENING[lang].test(opening);
  const label = habitualAtOpening ? null : ITEM_LABEL.exec(opening);
  const habitualAfterLabel = label !== null && HABITUAL_OPENING[lang].test(opening.slice(label[0].length));
  // …and only from the label's end: «Te lo envío hoy: normalmente llega en 24 horas» still promises «hoy».
  const hedgeFrom = habitualAfterLabel ? folded.length - opening.length + label[0].length : 0;
  const habitual = habitualAtOpening || habitualAfterLabel;
  // A cut announced anywhere in the sentence («se interrumpirá el suministro, el jueves 23 de junio entre las 09:00 y las
  // 12:00, para tareas de mantenimiento») dates the cut, unless the sentence also tells its end.
  const plannedCut = CUT_ANNOUNCED[lang].test(folded) && !RESTORED[lang].test(folded);
  // The writer away («I'm on vacation until…»): read once on the sentence, then on the clause of each time.
  const awayInSentence = announcesAbsence(folded, lang);
  // Where a trigger opening the sentence (or its list item) ends: its first comma.
  const triggerOpening = TRIGGER_OPENING[lang].test(opening) || (label !== null && TRIGGER_OPENING[lang].test(opening.slice(label[0].length)));
  const triggeredFrom = triggerOpening ? folded.indexOf(',', folded.length - opening.length) : -1;
  const dependsAt = folded.search(DEPENDS[lang]);
  const scopedHedge = habitual || dependsAt >= 0;
  const contrastAt = scopedHedge ? folded.search(CONTRAST[lang]) : -1;
  const questions = questionSpans(sentence);
  // «Te lo mando mañana, ¿te parece?»: a time put up for the customer's agreement is a proposal.
  if (lang === 'es' && questions.some(([s]) => AGREEMENT_TAG.test(folded.slice(s, s + 40)))) return [];
  // A bracketed aside with no time in it («I've refunded all three charges ($9.99 x 3) today») does not cut its
  // clause in two: it is read as blank when the clauses are cut.
  const unbracketed = folded.replace(/\([^()]{1,80}\)/g, (aside, at: number) =>
    found.some((c) => c.start > at && c.start < at + aside.length) ? aside : ' '.repeat(aside.length));
  const clauses = segments(unbracketed, CLAUSE_BREAK);
  // A time in a clause of its own with no verb before it (only «lamentablemente,», "Sadly,") dates the clause after it,
  // as at the sentence's start: «lamentablemente, el 26 de enero del presente año, existieron dificultades…» tells of
  // the past (twenty-second session).
  const datesNextClause = (own: number, ce: number) =>
    own + 1 < clauses.length && !clauses.slice(0, own).some(([s, e]) => ASIDE_HAS_VERB[lang].test(folded.slice(s, e))) ? clauses[own + 1][1] : ce;
  // The clause whose subject UNIVERSAL_SUBJECT opens: up to the first clause break after the relative pronoun.
  const universal = UNIVERSAL_SUBJECT[lang].exec(opening);
  const universalAt = universal ? folded.length - opening.length + universal[0].length : -1;
  const universalEnd = universal ? (clauses.find(([, e]) => e >= universalAt)?.[1] ?? -1) : -1;
  const universalUntil = universalEnd >= 0 && !CUSTOMER_DID[lang].test(folded.slice(universalAt, universalEnd)) ? universalEnd : -1;
  // The clause a bare hope before the comma hedges (HOPE_OPENING): the one right after it.
  const hopeComma = HOPE_OPENING[lang].test(opening) ? folded.indexOf(',') : -1;
  const hopedUntil = hopeComma < 0 ? -1 : (clauses.find(([s]) => s > hopeComma && /[a-z]/.test(folded.slice(s, s + 40)))?.[1] ?? -1);
  const foundEnds = new Set(found.map((c) => c.end));
  // A date set beside the time before it names the same day: the model reads the two as one time.
  // Without a comma only a date is: «hoy 5pm» sets an hour.
  const apposed = new Set<number>();
  const timeEnds = new Map<number, number>();
  for (const c of found) {
    const apposition = APPOSITION[lang].exec(folded.slice(Math.max(0, c.start - 24), c.start));
    const before = apposition && found.find((b) => b.end === c.start - apposition[0].length);
    if (!before || !/\d/.test(folded.slice(c.start, c.end)) || !(apposition[0].includes(',') || c.spec.kind === 'date' || (c.spec.kind === 'weekday' && c.spec.day))) continue;
    apposed.add(c.start);
    timeEnds.set(before.start, c.end);
  }
  const governedByCondition = conditionScopes(sentence, folded, clauses, lang);
  const subclauses = new Map<number, [number, number][]>();
  const relativesOf = new Map<number, Array<[number, number]>>();
  const out: Candidate[] = [];
  const quoted = quotedSpans(sentence);
  for (const c of found) {
    if (hoursIn.some(([hs, he]) => hs <= c.start && c.start < he)) continue;
    if (around(questions, c.start)[1] > c.start) continue;
    if (quoted.some(([qs, qe]) => qs < c.start && c.end < qe)) continue;
    const phrase = folded.slice(c.start, c.end).trim();
    if (VAGUE_EVERYWHERE.test(phrase) || (region !== 'ES' && IMMEDIATE_IN_SPAIN_ONLY.test(phrase))) continue;
    if (A_MOMENT.test(phrase) && JUST_A_MOMENT[lang].test(folded.slice(Math.max(0, c.start - 24), c.start))) continue;
    // A time used as a heading («Right now: we've rolled it back», «Hoy:», "Update for today:") labels what follows;
    // after a clause of its own it ends that clause («I'll do a release in the next month: see #120»).
    if (/^\s*:(?!\d)/.test(folded.slice(c.end, c.end + 4)) && !/(?:\S+\s+){3}/.test(folded.slice(0, c.start))) continue;
    // A date alone in brackets dates the text it heads («Order delays (December 10)», «(update 10 December)»);
    // «(by December 10)» and "Your refund will be sent (10 December)" still set one.
    if (!/^(?:by|before|on|until|till|within|in|from|para|antes|el|hasta|a mas tardar|dentro)\b/.test(phrase) && /\(\s*(?:(?:update|updated|posted|as of|actualizado|actualizacion)\s*:?\s*)?$/.test(folded.slice(Math.max(0, c.start - 16), c.start)) && /^\s*\)/.test(folded.slice(c.end, c.end + 3))
      && !FUTURE[lang].test(asWritten(Math.max(0, c.start - CONTEXT_CHARS), c.start))) continue;
    const own = indexAround(clauses, c.start);
    const ownEnd = own >= 0 ? clauses[own][1] : c.start;
    let ce = ownEnd;
    let cs = own >= 0 ? clauses[own][0] : c.start;
    // A time opening the sentence before a comma («Esta mañana, el ministerio informó…», "Tomorrow, we'll…") dates
    // the clause after it.
    // …with whatever it carries that has no verb («Over the weekend of 4-5 October, we will be closed»).
    if (own === 0 && clauses.length > 1 && !wordsBesideTimes(cs, c.start) && (!wordsBesideTimes(c.end, ce) || !ASIDE_HAS_VERB[lang].test(folded.slice(cs, ce)))) ce = clauses[1][1];
    // A time standing alone between commas («We aim to get back to you, in the most appropriate way, within 10
    // working days») belongs to the nearest clause before it with a verb, past asides («, más intereses,»).
    if (own > 0 && !/[a-z]/.test(folded.slice(cs, c.start) + folded.slice(c.end, ce))) {
      let attached = false;
      for (let k = own - 1; k >= Math.max(0, own - 3); k--) {
        if (ASIDE_HAS_VERB[lang].test(folded.slice(clauses[k][0], clauses[k][1]))) {
          cs = clauses[k][0];
          attached = true;
          break;
        }
      }
      if (!attached) ce = datesNextClause(own, ce);
    } else if (own > 0 && !ASIDE_HAS_VERB[lang].test(folded.slice(cs, ce))) {
      ce = datesNextClause(own, ce);
    }
    // A time said before its clause («Over the next six weeks, I will be…») dates the clause after it: read that one whole.
    const datesClauseAfter = ce > ownEnd;
    if (EMBEDDED_QUESTION[lang].test(asWritten(Math.max(cs, c.start - CONTEXT_CHARS), c.start))) continue;
    // A date in brackets glossing the time before it («today (Feb 28)») is that time's, not a second one.
    const gloss = GLOSS_OPENING.exec(folded.slice(Math.max(0, c.start - 8), c.start));
    if (gloss && foundEnds.has(c.start - gloss[0].length)) continue;
    // …and so is a date set beside it, with its weekday: «hoy, jueves 11 de diciembre», «mañana viernes 26 de agosto».
    if (apposed.has(c.start)) continue;
    if (governedByCondition.has(cs) || conditionAfter(sentence, folded, cs, c.end, ce, clauses, own, lang)) continue;
    // A time inside a condition joined on with «y si» («…está abierto hasta las 0.00 y si le sentamos a las 23.24…») is the
    // condition's; «y sí» (yes, accented as written) is not a condition.
    if (lang === 'es' && JOINED_CONDITION_BEFORE.test(asWritten(cs, c.start))) continue;
    const opening = folded.slice(cs, Math.min(ce, cs + CONTEXT_CHARS));
    if (CONDITION_START[lang].test(opening) && !saysYes(sentence, cs, lang)) continue;
    let subs = subclauses.get(cs);
    if (!subs) {
      subs = segments(folded.slice(cs, ce), SUBCLAUSE_BREAK[lang]).map(([s, e]): [number, number] => [s + cs, e + cs]);
      subclauses.set(cs, subs);
    }
    const [subStart, subEnd] = around(subs, c.start);
    const ss = Math.max(subStart, c.start - CONTEXT_CHARS);
    const se = Math.min(subEnd, c.end + CONTEXT_CHARS);
    const sub = folded.slice(ss, se);
    const subWithoutMention = folded.slice(ss, c.start) + ' ' + folded.slice(c.end, se);
    if (CUSTOMER_ACTION[lang].test(sub) || NEGATION[lang].test(subWithoutMention)) continue;
    if (REQUEST_THEN[lang].test(folded.slice(Math.max(0, subStart - CONTEXT_CHARS), subStart))) continue;
    if (REQUEST_PURPOSE[lang].test(folded.slice(Math.max(0, c.start - CONTEXT_CHARS), c.start))) continue;
    if (WITH_WHAT_THEY_GIVE[lang].test(folded.slice(0, c.start))) continue;
    // A time said before its clause is read with that clause: "Over the weekend of 4-5 October, we will be fully closed".
    const dated = datesClauseAfter ? withoutTimes(cs, ce) : subWithoutMention;
    if (((plannedCut || PLANNED_DISRUPTION[lang].test(dated)) && !RESTORED[lang].test(dated)) || awayUntilBack(folded.slice(cs, ce), lang) || (awayInSentence && announcesAbsence(datesClauseAfter ? folded.slice(cs, ce) : sub, lang)) || PRESENT_NARRATION[lang].test(sub) || DESCRIBED_DAY[lang].test(folded.slice(c.end, se)) || (isToday(c.spec) && TELLING_NOW[lang].test(folded.slice(c.end, se)))) continue;
    const lead = folded.slice(ss, c.start);
    if (VALIDITY[lang].test(lead)) continue;
    // A time that dates a past relative clause («the technician who came on Monday will call you») is no promise; the
    // past of a relative clause does not date the clause around it («los productos que nos devolviste te los reembolsamos…»).
    // Found once per clause on the whole clause: the subclause cut at «que» / "which" has lost the noun it follows.
    const clauseAsRead = lang === 'es' ? asWritten(cs, ce) : folded.slice(cs, ce);
    let relatives = relativesOf.get(cs);
    if (!relatives) relativesOf.set(cs, (relatives = pastRelatives(clauseAsRead, lang)));
    // Only a time that can date a past event is the relative clause's: not a span, a deadline or what is to come
    // ("we'll replace the unit that failed tomorrow"). «Today» belongs to a future said before it ("I'll chase the team
    // that handled it today"), not to one said after ("The technician who came today will check it").
    const ahead = c.future || SPAN_KINDS.has(c.spec.kind) || AHEAD_PHRASE[lang].test(phrase)
      || (c.spec.kind === 'relativeDay' && (c.spec.offset > 0 || (c.spec.offset === 0 && FUTURE[lang].test(asWritten(cs, c.start)))));
    if (!ahead && timeDatesRelative(clauseAsRead, relatives, c.start - cs)) continue;
    const inSub = relatives
      .map(([s, e]): [number, number] => [Math.max(0, s + cs - ss), Math.min(se - ss, e + cs - ss)])
      .filter(([s, e]) => s < e);
    const subOwn = withoutPastRelatives(folded.slice(ss, se), inSub, lang);
    // What a verbless fragment goes on telling: its clause up to it, past relative clauses blanked («te reenvío hoy el
    // archivo que me pediste y el resto el viernes»), or, when the fragment is the whole clause, the clause before it,
    // unless that is an aside pointing back («Como te dije, el resto a las 18:00»).
    const tenseBeforeFragment = (from: number, to: number, clause: number): string => {
      const text = blankRanges(asWritten(from, to), relatives.filter(([s]) => s < to - from));
      if (!nonFinite(folded.slice(from, to).match(/[a-z0-9]+/g) ?? []) || clause <= 0) return text;
      const [ps, pe] = clauses[clause - 1];
      return /^\s*(?:como|segun)\b/.test(folded.slice(ps, pe)) ? text : `${asWritten(Math.max(ps, pe - CONTEXT_CHARS), pe)} ${text}`;
    };
    if (!c.future) {
      const tenseText = subOwn === null ? asWritten(ss, se) : blankRanges(asWritten(ss, se), inSub);
      const pastPlural = lang === 'es' && c.spec.kind !== 'duration' && YA_PAST_PLURAL.test(sub);
      // A fragment with no finite verb of its own («…y otra vez hoy temprano», «…y el resto a las 21:35», «…, comenzando a
      // las 17:30») goes on telling what the text before it tells: it takes that text's tense.
      const before = lang === 'es' && isFragment(subWithoutMention) ? tenseBeforeFragment(cs, c.start, own) : '';
      const pastBefore = before !== '' && PAST.es.test(before) && !FUTURE.es.test(before);
      // A participle after its noun dates the time whatever the rest of the clause promises («Su pedido enviado el lunes
      // llegará el jueves»), unless a future comes before it («tendrá el pedido entregado mañana»).
      const participleDates = lang === 'es' && participleAfterNoun(lead, folded.slice(c.start, c.end)) && !FUTURE.es.test(asWritten(ss, c.start));
      if (participleDates || pastBefore || ((PAST[lang].test(tenseText) || pastPlural || pastVerbBefore(lead, folded.slice(c.start, c.end), lang)) && !FUTURE[lang].test(tenseText))) {
        const scheduled = (SCHEDULED[lang].test(lang === 'es' ? tenseText : sub)
          && (SCHEDULED_FOR[lang].test(lang === 'es' ? folded.slice(c.start, c.end) : folded.slice(Math.max(ss, c.start - 12), c.start))))
          || movedTo(folded.slice(Math.max(ss, c.start - CONTEXT_CHARS), c.start), folded.slice(c.start, c.end), lang);
        if (!scheduled) continue;
      }
    }
    // The clause must promise the time: agent or company acting (or the customer receiving),
    // not a window, an offer, a present state or an attribute of a noun.
    // Bounded windows (CONTEXT_CHARS each side), so a run-on text stays linear.
    const left = folded.slice(Math.max(cs, subStart - CONTEXT_CHARS), subStart);
    const reading = readClause(subOwn ?? folded.slice(ss, se), c.start - ss, c.end - ss, lang, left);
    const dependsElsewhere = !habitual && dependsAt > c.end && JOINED_SUBJECT[lang].test(folded.slice(c.end, dependsAt));
    if (hedgedSentence || (scopedHedge && c.start >= hedgeFrom && !dependsElsewhere && (contrastAt < 0 || c.start < contrastAt)) || c.start < hopedUntil) reading.hedged = true;
    // A time said as near enough: «casi inmediatamente», "almost immediately", «a las 23 horas, aproximadamente», "by 5pm or so".
    // An approximate hour on a firm day («hoy a las 5, más o menos») keeps the day.
    if (NEAR_ENOUGH_BEFORE[lang].test(folded.slice(Math.max(0, c.start - 12), c.start)) || (NEAR_ENOUGH_AFTER[lang].test(folded.slice(c.end, c.end + 24)) && (c.spec.kind === 'clock' || SPAN_KINDS.has(c.spec.kind))) || NEAR_ENOUGH_END.test(phrase)) reading.hedged = true;
    // A habit that opens the time's own clause, or stands alone before it: "…, but most of the time, it will be within the hour".
    if (own >= 0 && (HABITUAL_OPENING[lang].test(folded.slice(cs, ce)) || (own > 0 && HABIT_ALONE[lang].test(folded.slice(...clauses[own - 1]))))) reading.hedged = true;
    // …but not the agent's own step said after it: «no hay fecha exacta todavía, así que mañana te escribo».
    const ownStepAfter = c.start > declineAt && reading.actor === 'agent';
    if (declineAt >= 0 && !ownStepAfter && !CONTRAST[lang].test(folded.slice(Math.min(declineAt, c.end), Math.max(declineAt, c.start)))) reading.hedged = true;
    if (c.start < universalUntil && reading.actor !== 'agent') reading.generic = true;
    // A span counted from an event still to come is a window, not a due time: «una vez confirmado tu pedido, lo
    // despachamos en 0 a 2 días hábiles», "once we receive it, we refund within 5 days" (a day named still is due).
    if (triggeredFrom >= 0 && c.start > triggeredFrom && SPAN_KINDS.has(c.spec.kind)) reading.generic = true;
    // …and so is one said with the event after it: "within 1 to 5 working days from the date we receive the package",
    // «en 2 a 5 días laborables después de que se haya efectuado el reembolso», "within 48 hours of the invoice".
    if (SPAN_KINDS.has(c.spec.kind) && COUNTED_FROM_EVENT[lang].test(folded.slice(c.end, c.end + 40))) reading.generic = true;
    // A clause that goes on with «y» / "and" and no subject of its own carries the habit of the clause before it: «las
    // citas se liberan todos los días a las 8:00, y se agotan en pocos minutos» (not «…, and yours will ship tomorrow»;
    // the agent's own step is never a habit: «…, y te llamo mañana»).
    if (own > 0 && reading.actor !== 'agent' && GOES_ON_WITHOUT_SUBJECT[lang].test(folded.slice(cs, c.start)) && !TO_THE_CUSTOMER_OR_AHEAD[lang].test(folded.slice(cs, ce)) && HABIT[lang].test(folded.slice(clauses[own - 1][0], cs))) reading.hedged = true;
    // A rule for every case states how long things take, or that they are immediate ("eligible refunds are credited
    // instantly"); a day named («los técnicos pasan mañana») is this case's.
    if (!SPAN_KINDS.has(c.spec.kind)) reading.generic = false;
    // «Ahora mismo te estoy viendo el caso», "right now we have no date": what is the case now, not a time promised,
    // whatever else the clause goes on to say («…y te contesto apenas tenga la respuesta»).
    const time = timeKind(c.spec, phrase);
    const presentState = time === 'now' && reading.tense !== 'future' && (reading.tense === 'progressive' || NOW_STATE[lang].test(`${asWritten(ss, c.start)} ${asWritten(c.end, se)}`));
    const grammar = !presentState && promisesTime(reading, time) && (!c.unsaidCount || reading.actor === 'agent' || CUSTOMER_RECEIVES[lang].test(sub));
    const clauseStart = Math.max(cs, c.start - CONTEXT_CHARS);
    // A time that runs over a comma («hoy, a lo largo del día, el servidor volverá…») is read with the clause it runs into.
    const runsInto = c.end > ce ? clauses.find(([s]) => s >= c.end) : undefined;
    const clauseEnd = Math.min(runsInto ? runsInto[1] : ce, c.end + CONTEXT_CHARS);
    const timeEnd = timeEnds.get(c.start) ?? c.end;
    const clause = `${sentence.slice(clauseStart, c.start)} ${TIME_PLACEHOLDER} ${sentence.slice(timeEnd, Math.max(clauseEnd, timeEnd))}`;
    // The subclause as written around the time, read by both forms of an outright promise. The speaker's present
    // progressive with a time still to come is one too: "we're moving to new servers tomorrow", «te lo estoy enviando el lunes».
    const aroundTime = () => `${asWritten(ss, c.start)} ${asWritten(c.end, se)}`;
    out.push({ start: c.start, end: c.end, spec: c.spec, grammar, ruledOut: reading.hedged || reading.generic || presentState, clause, unsaidCount: c.unsaidCount, weak: reading.actor === 'unknown' && reading.tense !== 'future' && !(lang === 'es' && CASE_IMPERSONAL.test(subWithoutMention)) && !CASE_MOVES[lang].test(subWithoutMention), explicitPromise: grammar && ((reading.actor === 'agent' && ((reading.tense === 'progressive' && time === 'later') || (lang === 'en' ? SPEAKER_WILL.test(folded.slice(ss, c.start)) : SPEAKER_WILL_ES.test(aroundTime())))) || CASE_WILL_BE_FIXED[lang].test(lang === 'en' ? folded.slice(ss, se) : aroundTime()) || isBareAnswer(sentence, c)) });
  }
  return out;
}

/** A sentence that is only a day or «right away» answers "when?": "Tomorrow!", "Next week.", «¡Mañana!». */
const BARE_ANSWER_KINDS = new Set<TimeSpec['kind']>(['relativeDay', 'endOfWeek', 'immediate', 'weekend', 'endOfMonth']);
const isBareAnswer = (sentence: string, c: Mention) => BARE_ANSWER_KINDS.has(c.spec.kind) && !/[\p{L}\p{N}]/u.test(sentence.slice(0, c.start) + sentence.slice(c.end));

/** «daremos», «te enviaré», «vamos a revisarlo»: the speaker's own future in Spanish, said outright (lower-cased, as written). */
const SPEAKER_WILL_ES = /(?<![\p{L}])(?:\p{L}+(?:aremos|eremos|iremos|aré|eré|iré)|(?:haremos|haré|tendremos|tendré|pondremos|pondré|diremos|diré|saldremos|vendremos)|(?:voy|vamos) a \p{L}{2,}(?:ar|er|ir)(?:lo|la|los|las|le|les|te|se)?)(?![\p{L}])/u;
/** The impersonal that tells what is done to the case, the company unnamed: «esto se arregla…», «mañana se la llevan». */
const CASE_IMPERSONAL = /\bse\s+(?:(?:lo|la|los|las|le|les)\s+)?[a-z]{3,}/;
/** The case on its way, in the present for the future: "your order ships today", «el técnico llega el lunes». */
const CASE_MOVES: Record<Lang, RegExp> = {
  en: /\b(?:ships|arrives|goes out|leaves|lands|reaches you|is delivered|gets delivered|is dispatched|goes live|comes back|is back)\b/,
  es: /\b(?:sale|salen|llega|llegan|pasa|pasan|viene|vienen|queda|quedan)\b/,
};
/** "I will", "we'll", "we're going to": the speaker's own future, said outright. */
const SPEAKER_WILL = /\b(?:i|we)(?:'ll| will| shall|'m going to| am going to|'re going to| are going to)\s/;
/**
 * The company's fix said in the impersonal future, the company unnamed: «se reparará a la 1», «se le enviará mañana», "your
 * line will be restored by 5pm". As sure as "we will…": the learned layer does not veto it (twenty-ninth session).
 */
const CASE_WILL_BE_FIXED: Record<Lang, RegExp> = {
  es: /(?<![\p{L}])se\s+(?:(?:lo|la|los|las|le|les|te)\s+)?(?:reparar|arreglar|solucionar|resolver|restablecer|restaurar|reponer|enviar|entregar|reembolsar|devolver|cambiar|instalar|activar|normalizar|acreditar|abonar)(?:á|án)(?![\p{L}])/u,
  en: /\b(?:it|this|that|they|these|your (?:[a-z]+ ){0,2}?[a-z]+)(?:'ll| will) be (?:fixed|repaired|resolved|restored|sent|delivered|refunded|replaced|installed|activated|credited|reconnected)\b/,
};

/** Whether a clause has a verb of its own, or is an aside («in the most appropriate way», «como siempre»). */
const ASIDE_HAS_VERB: Record<Lang, RegExp> = {
  es: /\b(?:[a-z]{2,}(?:o|as|a|amos|an|es|e|emos|en|imos|ira|era|ara|aran|eran|iran|remos)\s+(?:el|la|los|las|un|una|su|tu|lo|le|te|se)\b|(?:es|son|esta|estan|sera|seran|hay|vamos|voy|va|van)\b)/,
  en: /\b(?:i|we|you|they|he|she|it|will|'ll|is|are|was|were|can|could|would|should|may|might|must|do|does|did|has|have|had)\b/,
};

/** A condition whose own clause already says what follows from it: «if you have any questions let me know». */
const DISCHARGED: Record<Lang, RegExp> = {
  // …or answers it with the customer's own next step or another offer: «si necesitás algo más me escribís», «si querés también te la mando por WhatsApp».
  es: /\b(?:escribe(?:me|nos)|escriba(?:me|nos)|escribi(?:me|nos)|avisa(?:me|nos)|avise(?:me|nos)|contacta(?:me|nos)|contacte(?:me|nos)|llama(?:me|nos)|llame(?:me|nos)|no dudes|no dude|no duden|estoy a (?:tu|su) disposicion|aqui estoy|quedo atent[oa]|(?:me|nos) (?:escribis|escribes|escribe|escriben|avisas|avisa|avisan|decis|dices|dice|contas|cuentas|cuenta|llamas|llama|llaman|respondes|responde|contestas|contesta)|respond(?:e|a|é)(?:me|nos)|contest(?:a|e)(?:me|nos)|(?:tambien )?(?:te|se|le) (?:lo|la|los|las) (?:mando|envio|paso|reenvio|mandamos|enviamos))\b/,
  en: /\b(?:let (?:me|us) know|contact (?:me|us)|call (?:me|us)|email (?:me|us)|reach out|feel free|don't hesitate|do not hesitate|get in touch|give (?:me|us) a (?:call|shout)|just (?:reply|respond|tell|ask|write|email|message|drop)|reply (?:to|here|back)|tell (?:me|us)|ask (?:me|us)|(?:i|we) can (?:also )?\w+|(?:i|we)(?:'ll| will) (?:also |happily |gladly )?\w+)\b/,
};

/** An event still to come opening the sentence: «una vez confirmado tu pedido, …», «cuando llegue, …», "once it arrives, …". */
const TRIGGER_OPENING: Record<Lang, RegExp> = {
  es: new RegExp(`${CONDITION_START.es.source}|^\\s*(?:una\\s+vez|tras|despues\\s+de|luego\\s+de)\\s+(?:(?:el|la|los|las|tu|su)\\s+\\w+\\s+)?\\w+(?:ad|id)[oa]s?\\b`),
  en: new RegExp(`${CONDITION_START.en.source}|^\\s*(?:once|after|upon)\\s+(?:(?:the|your)\\s+\\w+\\s+)?(?:is\\s+|has\\s+been\\s+)?\\w+(?:ed|en|ing)\\b`),
};

/** «si…», "if…", "unless…": a condition, not a trigger in time («en cuanto…», "once…"). */
const TRUE_CONDITION: Record<Lang, RegExp> = {
  es: /^\s*(?:(?:y|o|pero|e)\s+)?(?:(?:(?:no\s+(?:te|se|os)\s+preocup(?:es|e|en|eis)|tranquil[oa]s?,?)\s+)?(?:si|en\s+caso\s+de\s+que|a\s+menos\s+que|salvo\s+que|siempre\s+(?:y\s+cuando|que)|con\s+tal\s+de\s+que)\b(?!\s+(?:claro|senor|senora|por\s+supuesto|como\s+no|efectivamente)\b)|(?:cuando|una\s+vez\s+que)\s+(?:el|un|los|todo|cualquier)\s+(?:cliente|usuario|socio|pasajero|comprador)e?s?\b)/,
  // «When a customer requests a refund, they will see it within 7 days»: a rule for any customer.
  en: /^\s*(?:(?:and|or|but)\s+)?(?:(?:(?:don't|do\s+not)\s+worry\s+)?(?:if|in\s+case|unless|provided|as\s+long\s+as)\b|(?:when|whenever|once)\s+(?:(?:a|the|any)\s+)?(?:customer|client|user|member|buyer|passenger)s?\b(?!\s+(?:service|support|care|team)\b))/,
};

/** The agent as the subject of a clause's opening words: a new promise, not a consequence («y te lo confirmo mañana», "and I'll…"). */
const AGENT_OPENING: Record<Lang, RegExp> = {
  es: /^\s*(?:y|e|pero|aunque)\s+(?:yo\s+|nosotros\s+)?(?:te|le|les|os)\s+(?:lo\s+|la\s+|los\s+|las\s+)?[a-z]+(?:o|amos|e|are|aremos|ere|eremos|ire|iremos)\b/,
  en: /^\s*(?:and|but|though|although)\s+(?:i|we|i'll|we'll|i\s+will|we\s+will|i'm|we're)\b/,
};

/**
 * «Sí» with its accent, at a clause's start in the original text, is "yes", not «si» ("if"):
 * «Sí, te lo envío mañana». Folding drops the accent, so the two are told apart here.
 */
function saysYes(sentence: string, at: number, lang: Lang): boolean {
  // «Si, lo subo hoy»: a «si» standing alone before a comma is «sí» with its accent lost, not an «if».
  return lang === 'es' && /^\s*(?:s[í](?![\p{L}])|si\s*[,!.])/iu.test(sentence.slice(at, at + 5));
}

/** A clause that only carries on the one before it: «…, or further investigation is required, …», «…, y …». */
const CONTINUATION: Record<Lang, RegExp> = {
  es: /^\s*(?:y|e|o|u|ni|pero|aunque|ademas|incluso)\b/,
  en: /^\s*(?:and|or|nor|but|even|also|although)\b/,
};

/**
 * The starts of the clauses a condition governs: a clause opened by «si…», «cuando…», "if…",
 * "once…" governs the next main clause after it (and what merely carries it on): «If they
 * cannot, or further investigation is required, we will inform you within five business
 * days». Only that clause: a later one is said outright.
 */
function conditionScopes(sentence: string, folded: string, clauses: [number, number][], lang: Lang): Set<number> {
  const governed = new Set<number>();
  let pending = false;
  for (const [s, e] of clauses) {
    const text = folded.slice(s, e);
    if (!/[a-z]/.test(text)) continue;
    if (TRUE_CONDITION[lang].test(text) && !saysYes(sentence, s, lang)) {
      // A trigger on the agent's own next step («apenas lo tenga, el lunes te lo paso») still dates the promise,
      // and a condition answered in its own clause («si tienes dudas escríbeme») governs nothing after it.
      pending = !DISCHARGED[lang].test(text);
      continue;
    }
    if (!pending) continue;
    // «…, y te lo confirmo mañana», "…, and I'll call you tomorrow": the agent starts a promise of their own.
    if (AGENT_OPENING[lang].test(text)) {
      pending = false;
      continue;
    }
    if (CONTINUATION[lang].test(text)) continue;
    governed.add(s);
    pending = false;
  }
  return governed;
}

/**
 * A condition said after the promise governs it too: «…la próxima versión, que mañana voy a
 * publicar si va bien», "our expert will be back on Monday if you'd like to wait", «te lo
 * cambio mañana, siempre que me mandes la foto». Not «even if», «as if», «see if» (whether),
 * «sí o sí» (no matter what), nor a condition that brings its own answer («…, if you have
 * questions let me know»).
 */
const IF_AFTER: Record<Lang, RegExp> = {
  // «por si te sirve», «en caso de que lo necesites» after the promise are «just in case»: they govern nothing.
  es: /(?<!\b(?:incluso|aun|aunque|como|por)\s)\b(?:si|a menos que|salvo que|siempre que|siempre y cuando)\b(?!\s+o\s+si\b|\s+(?:claro|por supuesto|no antes)\b)/,
  // «provided» only as a condition («provided that…», «provided you…»), not «the address you provided».
  en: /(?<!\b(?:even|as)\s)\b(?:if|unless|provided (?:that|(?=(?:you|we|the|it|your)\b))|as long as)\b(?!\s+(?:any|so|not (?:sooner|earlier|before))\b)/,
};
/** A condition joined on before the time in its clause, as written: «… y si le sentamos a comer a las 23.24». */
const JOINED_CONDITION_BEFORE = /(?:^|\s)(?:y|o|pero|e)\s+si\s+[^,;:]*$/;
/** «…y si hay algún problema me avisas», "…and if anything is missing tell me": a new clause joined on, not a condition on the promise. */
const JOINED_BEFORE = /\b(?:y|e|o|u|pero|and|or|but)\s*$/;
/**
 * A time inside the question such a verb asks is part of the question: "I'll confirm if we can ship it
 * tomorrow", «te confirmo si podemos enviarlo mañana». «I'll confirm tomorrow if…» still dates the confirming.
 */
const EMBEDDED_QUESTION: Record<Lang, RegExp> = {
  // Read on the sentence lower-cased but not folded: «te confirmo que sí llega mañana» says yes.
  es: /\b(?:confirm[\wáéíóúñü]*|revis[\wáéíóúñü]*|ver|vemos|veo|veremos|comprob[\wáéíóúñü]*|compruebo|verific[\wáéíóúñü]*|consult(?:o|amos|ar|are|aremos)|pregunt[\wáéíóúñü]*|averigu[\wáéíóúñü]*|sab(?:e|es|emos|er|ra|ras|re|remos)|chequ[\wáéíóúñü]*|avis[\wáéíóúñü]*|dig[\wáéíóúñü]*|decir[\wáéíóúñü]*|dire[\wáéíóúñü]*)(?:\s+\S+){0,3}?\s+si\s(?:(?!\b(?:y|e|pero|entonces|luego|antes|después|despues|para|cuando|hasta)\b)[^,;:])*$/,
  // …and what nobody is sure of: "we aren't sure if we'll be able to recover it right now".
  en: /\b(?:know|tell|confirm\w*|check\w*|see|seeing|ask\w*|find out|verify\w*|look into|wonder\w*|sure|unsure|certain)(?:\s+\S+){0,3}?\s+(?:if|whether)\s(?:(?!\b(?:and|but|then|before|after|so|once|when|until)\b)[^,;:])*$/,
};

/** The opening bracket of a gloss on the time just before it: «today (Feb 28)». */
const GLOSS_OPENING = /\s*\(\s*$/;
const NEAR_ENOUGH_BEFORE: Record<Lang, RegExp> = {
  // …or only its lower bound: "until at least September 20", «hasta por lo menos el lunes».
  es: /\b(?:casi|practicamente|aproximadamente|aprox\.?|mas o menos|alrededor de|cerca de|hacia|al menos|por lo menos|como minimo)\s+$/,
  en: /\b(?:almost|nearly|practically|approximately|approx\.?|roughly|around|about|circa|sometime|at least|at the earliest)\s+$/,
};
const NEAR_ENOUGH_AFTER: Record<Lang, RegExp> = {
  es: /^\s*,?\s*(?:aproximadamente|aprox\.?|mas o menos|o asi)\s*(?:[.,;:!?)]|$)/,
  en: /^\s*,?\s*(?:approximately|approx\.?|or so|roughly|give or take|more or less|or thereabouts)\s*(?:[.,;:!?)]|$)/,
};
/** The phrase says it itself, at its end or its start: "within an hour or so", "around end of January". */
const NEAR_ENOUGH_END = /\b(?:or so|o asi|mas o menos|give or take)$|^(?:around|about|approximately|roughly|sometime|alrededor de|aproximadamente|hacia)\b/;
/** A clause that is only a habit («…, but most of the time, …»): it hedges the clause after it. */
const HABIT_ALONE: Record<Lang, RegExp> = {
  en: new RegExp(`${HABITUAL_OPENING.en.source}\\W*$`),
  es: new RegExp(`${HABITUAL_OPENING.es.source}\\W*$`),
};
const APPOSITION: Record<Lang, RegExp> = {
  es: /(?:\s*,\s*|\s+)(?:el\s+)?(?:(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo)\s+)?$/,
  en: /(?:\s*,\s*|\s+)(?:on\s+)?(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thurs|fri|sat|sun)\.?,?\s+)?(?:the\s+)?$/,
};

/** Telling, asking or checking before «si» / "if" makes it «whether»: «te confirmo mañana si llegó», "I'll check today if it shipped". */
const WHETHER_VERB: Record<Lang, RegExp> = {
  es: /\b(?:dig\w*|decir\w*|dire\w*|confirm\w*|revis\w*|ver|vemos|veo|veremos|mir(?:o|amos|ar|are|aremos)|comprob\w*|compruebo|verific\w*|consult(?:o|amos|ar|are|aremos)|pregunt\w*|averigu\w*|sab(?:e|es|emos|er|ra|ras|re|remos)|inform(?:o|amos|ar|are|aremos|arte|arle|arles)|indic\w*|chequ\w*|prob(?:ar|amos|are|aremos|ando)|avis\w*|coment\w*|cuento|cont(?:ar|arte|arle|amos)|respond\w*)\b/,
  en: /\b(?:know|tell|confirm\w*|check\w*|see|seeing|ask\w*|find out|update|inform|advise|verify\w*|test\w*|look into|wonder\w*|whether)\b/,
};
function conditionAfter(sentence: string, folded: string, clauseStart: number, end: number, clauseEnd: number, clauses: [number, number][], own: number, lang: Lang): boolean {
  const rest = folded.slice(end, Math.min(clauseEnd, end + CONTEXT_CHARS));
  const m = IF_AFTER[lang].exec(rest);
  if (m && !saysYes(sentence, end + m.index, lang) && !DISCHARGED[lang].test(rest.slice(m.index)) && !JOINED_BEFORE.test(rest.slice(0, m.index))) {
    if (!WHETHER_VERB[lang].test(folded.slice(Math.max(clauseStart, end - CONTEXT_CHARS), end + m.index))) return true;
  }
  // …or the next clause is the condition, and nothing after it takes it over. Only the next two clauses
  // with words are read, so a run-on text stays linear.
  const next: [number, number][] = [];
  for (let k = own + 1; own >= 0 && k < clauses.length && next.length < 2; k++) if (/[a-z]/.test(folded.slice(clauses[k][0], clauses[k][1]))) next.push(clauses[k]);
  if (next.length === 0) return false;
  const text = folded.slice(next[0][0], next[0][1]);
  if (!TRUE_CONDITION[lang].test(text) || !IF_AFTER[lang].test(text) || CONTINUATION[lang].test(text) || saysYes(sentence, next[0][0], lang) || DISCHARGED[lang].test(text)) return false;
  return next.length === 1 || CONTINUATION[lang].test(folded.slice(next[1][0], next[1][1]));
}

/** The word that stands for the time phrase in the text the learned layer reads. */
export const TIME_PLACEHOLDER = 'TIMEPHRASE';

/**
 * The commitments of one sentence: with a model, a candidate is kept when the grammar
 * reads a promise and the model does not veto it, or when the model is sure on its own
 * and the grammar has not ruled it out; without one, the grammar decides.
 */
export function extractMentionsUncached(sentence: string, lang: Lang, region: Region = 'other', model: Model | null = null): Mention[] {
  const label = MODEL_LABELS.indexOf('commitment');
  return mentionCandidates(sentence, lang, region)
    .filter((c) => {
      if (!model || label < 0) return c.grammar;
      const p = sentenceProbabilities(c.clause, model)?.[label] ?? 0;
      const info = model.labels[label];
      // The weaker the grammar's reading, the surer the model must be: none for the speaker's own will, the weak veto
      // for a clause where nobody acts and nothing is to come.
      return (c.grammar && (c.explicitPromise || p >= (c.weak ? Math.max(info.veto, info.weakVeto) : info.veto))) || (!c.ruledOut && p >= info.threshold.standard);
    })
    .map(({ start, end, spec }) => ({ start, end, spec }));
}

const CACHE_LIMIT = 4000;
/** Per model, per setting, per sentence: a key of all three was a new long string per sentence and keystroke. */
const caches = new WeakMap<object, Map<string, Map<string, Mention[]>>>();
const NO_MODEL = {};

/** Time commitments in one sentence (offsets relative to it), cached by text (per model and region). */
export function extractMentions(sentence: string, lang: Lang, region: Region = 'other', model: Model | null = null): Mention[] {
  const owner = model ?? NO_MODEL;
  let cache = caches.get(owner);
  if (!cache) caches.set(owner, (cache = new Map()));
  // The decision depends on the commitment label's settings (they change while calibrating).
  const info = model?.labels[MODEL_LABELS.indexOf('commitment')];
  const setting = `${info ? `${info.threshold.standard}|${info.veto}|${info.weakVeto}|` : ''}${region}${lang}`;
  let bySentence = cache.get(setting);
  if (!bySentence) cache.set(setting, (bySentence = new Map()));
  let mentions = bySentence.get(sentence);
  if (!mentions) {
    mentions = extractMentionsUncached(sentence, lang, region, model);
    if (bySentence.size >= CACHE_LIMIT) bySentence.clear();
    bySentence.set(sentence, mentions);
  }
  return mentions;
}
