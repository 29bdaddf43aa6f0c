/**
 * A small grammar of the clause around a time phrase, for es and en: who acts (the agent
 * or company, the customer, or the case itself), in what tense or mood, and whether the
 * clause states a window or an offer rather than making a promise. Commitment extraction
 * (../commitments/extract.ts) asks it one question: does this clause promise the time?
 *
 * It reads folded text (lower case, no accents) and works with verb endings, auxiliaries
 * and a few construction patterns; it is not a parser. What it covers, with examples, is
 * in tests/analysis/grammar.test.ts.
 */
import type { Lang } from '../types';
import { IRREGULAR_PASTS_EN } from './english-verbs';
import { IRREGULAR_PRETERITES } from './spanish-verbs';

export type Actor = 'agent' | 'customer' | 'case' | 'unknown';
export type Tense = 'future' | 'present' | 'progressive' | 'past' | 'modal-offer' | 'conditional' | 'none';

export interface ClauseReading {
  actor: Actor;
  tense: Tense;
  /** The customer is on the receiving end («you'll have it», «lo recibirás»): still the company's promise. */
  receiving: boolean;
  /** The clause describes a window or a state that lasts until the time (a sale, a policy, a due date). */
  window: boolean;
  /** The time phrase qualifies a noun («our letter of 12 November», «la caída del martes»). */
  attributive: boolean;
  /** A hedged estimate («usually», «suele») or an appearance («it looks like», «parece que»): said as an estimate, not promised. */
  hedged: boolean;
  /** The clause only describes (a copula with no agent acting): «your flight is tomorrow». */
  descriptive: boolean;
  /** A rule for every case, not this one: a bare plural or «any/a» subject, in the present or the future («refunds are processed within 5 days», «enquiries will be answered within 7 business days»). */
  generic: boolean;
}

// ------------------------------------------------------------------ English

/** The speaker acting: «I», «we», our team — and "let me / let us / let's" with a verb of their own ("let me look into this tonight"), not "let me know". */
const EN_AGENT = /\b(?:i|we|i'll|we'll|i'm|we're|i've|we've|i'd|we'd|our (?:team|engineers?|technicians?|courier|specialists?|support team)|the team|(?:let me|let us|let's)(?! know\b))\b/;
/** «you» as the subject, not the object («update you», «send you», «with you»). */
const EN_CUSTOMER = /(?<!\b(?:to|with|for|from|at|by|update|call|email|e-mail|send|give|let|tell|contact|ring|text|message|help|keep|show|reach|pay|refund|offer|bring|thank|assure|guarantee|promise|remind|notify|inform|join|meet|see|owe|charge|credit|get|got|put|move|switch|book|rebook|transfer|connect|sign|walk|talk|back to|out to)\s)\byou(?:'ll|'re|'ve|'d)?\b/;
const EN_RECEIVING = /\byou(?:'ll| will| should| are going to|'re going to)? (?:have|get|receive|see|hear (?:from|back)|be (?:able|contacted|refunded|credited|called|notified|hearing|getting|receiving|seeing)|find)\b/;
/**
 * What follows «you should» when the customer receives («you should hear back / have it back
 * / be refunded»): an expectation we set, not their duty. `space` is how words are
 * separated in the text it is matched on.
 */
export const receivingAfterShould = (space: string) =>
  `(?:hear|receive|get|have|see|be${space}(?:contacted|refunded|credited|notified|hearing|getting|receiving|seeing))`;
const EN_SHOULD_RECEIVE = new RegExp(`\\byou should ${receivingAfterShould(' ')}\\b`);
const EN_FUTURE = /\b(?:will|'ll|shall|going to|gonna)\b/;
const EN_PROGRESSIVE = /\b(?:am|is|are|'m|'re|'s) (?:currently |still |now )?(?!being\b|going\b)\w+ing\b/;
/** Booked now for a later time: the past verb carries a promise («I've booked the engineer for Friday»). */
const EN_SCHEDULED = /\b(?:re)?(?:scheduled|booked|arranged|set up|planned|lined up|pencilled|penciled|set it to|set to)\b/;
const ES_SCHEDULED = /\b(?:re)?(?:program|agend|reserv|coordin|calendariz)(?:e|o|amos|ado|ada|ados|adas)\b/;
/** A thing said to be ready or done: with a deadline («para el viernes», "by Friday"), a plan. */
const READY = /\b(?:listo|lista|listos|listas|resuelto|resuelta|solucionado|solucionada|hecho|terminado|terminada|ready|done|fixed|sorted|resolved|complete|finished)\b/;
/** What is going on at present, said so: the progressive then tells a state, not a plan. */
/** What the agent sees now, told with a gerund: «hoy lo veo funcionando bien» is an appearance, it promises nothing (read as a hedge, so the learned layer cannot make it one). */
const SEEN_DOING = /\b(?:lo|la|los|las) (?:veo|vemos|noto|notamos) \w+(?:ando|iendo)\b/;
const AT_PRESENT: Record<Lang, RegExp> = { en: /\b(?:currently|presently|at the moment|at present)\b/, es: /\b(?:actualmente|en este momento|en estos momentos)\b/ };
/** A moving verb right before the new time: "we've moved it to Tuesday", «la hemos pasado al martes» (the «al» is the mention's). */
const MOVED_TO: Record<Lang, RegExp> = {
  en: /\b(?:moved|changed|pushed(?: back)?|brought forward|postponed|switched)\b(?:\s+\S+){0,3}\s+(?:to|for)\s+(?:the\s+)?$/,
  es: /\b(?:(?:cambi|pas|traslad|adelant|aplaz|posterg)(?:e|o|amos|ado|ada|ados|adas)|movi|movio|movimos|movido|movida|pospuse|pospuso|pospusimos|pospuesto|pospuesta)(?:\s+\S+){0,3}\s*$/,
};
export const movedTo = (before: string, mention: string, lang: Lang): boolean => MOVED_TO[lang].test(before) && (lang === 'en' || /^(?:al|para)\s/.test(mention));
/**
 * Past: auxiliaries, any -ed verb that is not a passive or an adjective («is confirmed for
 * Thursday» stays present), and the common irregular pasts, not as an adjective after a determiner («your lost card»,
 * «built-in»).
 */
/**
 * Past participles after «have»: "we have let you down today", "I've put it back this morning". Not «got»: "we've got a
 * technician coming tomorrow" is what they have now.
 */
const PARTICIPLES_EN = [
  'been', 'gone', 'done', 'seen', 'taken', 'given', 'spoken', 'written', 'broken', 'chosen', 'driven', 'eaten', 'fallen',
  'forgotten', 'gotten', 'hidden', 'known', 'shown', 'grown', 'drawn', 'flown', 'thrown', 'begun', 'stolen', 'woken',
  'worn', 'let', 'put', 'set', 'cut', 'hit', 'shut', 'hurt', 'quit', 'run', 'come', 'become',
  ...IRREGULAR_PASTS_EN.split('|').filter((verb) => verb !== 'got'),
].join('|');
const EN_PAST = new RegExp(String.raw`\b(?:was|were|did|had|yesterday|ago|earlier|thanks? (?:you )?(?:so much |again )?for|sorry (?:about|for) the)\b|\b(?:have|has|'ve)(?: (?:just|already|now|recently|finally|also|never|not|all))? (?:\w+ed|${PARTICIPLES_EN})\b|(?<!\b(?:is|are|'s|be|been|being|get|gets|will|'ll|to)\s)\b(?!(?:need|feed|speed|proceed|exceed|succeed|indeed|based|scheduled|booked|arranged|planned|expected|required|interested|located|limited|detailed|related|supposed|dated|red|bed|shed|seed|weed)\b)\w{3,}ed\b|(?<!\b(?:the|a|an|your|my|our|their|his|her|its|this|that|these|those)\s)\b(?:${IRREGULAR_PASTS_EN})\b(?!-)`);
/** A hedged estimate or an effort, not a promise: «usually lands within a couple of hours», «we'll try to release it next week». */
const EN_HEDGE = /\b(?:usually|normally|(?:i|we)(?:'d| would) say|typically|generally|often|tends? to|most (?:banks|customers|people|orders|cards)|can take|may take|might take|(?:may|might) be|estimated|(?:we|i|they) estimate|(?:i|we)(?:'m|'re| am| are) estimating|(?:an|our|the) estimate (?:is|of)|estimates? (?:say|suggest)|expected to|hopefully|i hope|we hope|(?:i|we)(?:'m|'re| am| are) hoping|(?:i|we) expect|(?:i|we)(?:'m|'re| am| are) expecting|hope to|(?:i|we)(?:'d| would) expect|fingers crossed|our (?:goal|aim|target) is|(?:i|we)(?:'m|'re| am| are)? (?:plan|planning|intend|intending) (?:on|to)|(?:the|my|our) (?:plan|idea|intention) is|depending on|with (?:any )?luck|ideally|if all goes well|(?:we|i)(?:'ll| will| shall| are going to| am going to|'re going to|'m going to)? (?:try|attempt|aim|do (?:our|my) best) to|(?:do|doing|does) (?:everything|all|whatever) (?:in (?:our|my|their) power|(?:we|i|they) can|possible) to|(?:most |more than )?likely|unlikely|(?:try|trying|tries) (?:getting|doing|having|and)|(?:will|shall) (?:try|attempt) to|(?:we|i|they|teams?)(?:'re|'m| are| am)? (?:still |continuing |currently )?working (?:hard )?(?:to|towards)|(?:continue|continuing|continues) to work (?:to|towards)|(?:aims?|aiming|strives?|striving|endeavou?rs?|endeavou?ring) to|should (?:be|arrive|reach|land|go out|ship|get there))\b/;
const EN_MODAL_OFFER = /\b(?:i|we) (?:can|could|may|might)(?: also| still| even)? (?!confirm|guarantee|promise|assure)\w+|\b(?:happy|glad) to\b|\bwould you like\b|\bif you(?:'d)? (?:like|prefer|want)\b/;
const EN_CONDITIONAL = /\b(?:would|could|should|might)\b|\b(?:i|we)'d\b(?! (?:been|had|\w+ed)\b)/;
/** A window or state that runs to the time: offers, policies, due dates, stock. */
const EN_WINDOW = /\b(?:sale|offer|deals?|promo(?:tion)?|discount|pricing|prices?|code|voucher|coupon|window|policy|warranty|guarantee period|grace period|deadline|cutoff|cut-off|due|valid|good until|expires?|expiry|runs?|lasts?|ends?|ended|closes?|live|till|(?<!\b(?:it|this|them|that) )through|held|on backorder|out of stock|back in stock|available|availability|in effect|effective|event|bundle|season)\b|\bcan be \w+ed\b/;
/** The clause only says what something is: «your new flight is tomorrow», «the match is on tonight». */
const EN_COPULA = /^(?!.*\b(?:i|we|i'll|we'll)\b).*\b(?:is|are|'s)\b(?! (?:\w+ed|being|going|getting|done|sent|set|made|shipped|fixed|sorted|ready|back)\b)/;
const EN_CUSTOMER_WINDOW = new RegExp(`\\byou(?:'ve| have)?(?: got)? (?:until|up to|(?:\\w+ ){0,2}(?:days?|hours?|weeks?|months?) to)\\b|\\byou (?:must|need to|have to|should(?! ${receivingAfterShould(' ')}\\b)|can|could|may)\\b|\\b(?:please|kindly)\\b(?! (?:allow|expect|note|bear in mind))|\\bmake sure\\b`);
/** A plural noun opening a clause («refunds», «orders»), not a word that merely ends in s («this», «always», «process»). */
const EN_BARE_PLURAL = String.raw`(?!(?:this|thanks|yes|us|its|his|was|has|is|does|always|perhaps|unless|as|plus|sometimes|afterwards|towards|besides)\b)[a-z]{2,}[a-rt-z]s`;
/**
 * A bare plural at the clause's start, with no «your/the» fixing one case: «refunds are
 * processed…», «orders placed after 1pm ship…», «all returns are inspected…».
 */
// A bare plural may carry one or two words before it («final discharge approvals», «eligible refunds»), never a
// determiner, a number or a pronoun («your refunds», «both refunds» are this customer's).
const EN_PLURAL_MODIFIERS = String.raw`(?:(?!(?:your|the|my|our|this|that|these|those|its|their|his|her|i|we|you|he|she|it|they|all|most|any|and|but|so|if|when|once|both|some|several|many|few|two|three|four|five|\d+)\b)[a-z]+(?:-[a-z]+)?\s+){0,2}?`;
const EN_GENERIC_SUBJECT = new RegExp(String.raw`^\s*(?:(?:and|but|so)\s+)?(?:all\s+|most\s+|any\s+)?${EN_PLURAL_MODIFIERS}${EN_BARE_PLURAL}\b(?:\s+(?!(?:will|'ll|shall|won't)\b)[a-z]+){0,5}?\s+(?:are|get|ship|arrive|take|go|clear|post|reach|settle|appear|show|land|need|move)\b`);
/**
 * The same rule said in the future: «enquiries will be answered within 7 business days», «a complaint will be
 * acknowledged…». «A new version», «a replacement» name one thing to come, not any case; so do the team's own
 * deliverables, «an update», «a fix», «a patch» (eighteenth session: "An update will be available in a couple of hours").
 */
const EN_GENERIC_FUTURE = new RegExp(String.raw`^\s*(?:(?:and|but|so)\s+)?(?:(?:all|most|any)\s+[a-z]+s|${EN_BARE_PLURAL}|(?:any|every|each)\s+[a-z]+|(?:a|an)\s+(?!(?:new|fresh|updated|revised|corrected|permanent|replacement|update|fix|hotfix|patch|release)\b)[a-z]+)\b(?:\s+[a-z]+){0,4}?\s+(?:will|shall)\s+(?:be|get|ship|arrive|take|go|clear|reach|appear|show|receive|need)\b`);
/** «the letter of 12 November», «your flight's Friday»: the time is a noun's. */
const EN_ATTRIBUTIVE = /(?:\b(?:of|from|since|dated|on your|before your|for your)|'s) (?:the )?$/;
/**
 * «Further to our call this morning», «thanks for your email today»: the time is the contact's.
 * Not a time with its own preposition («I'll reply regarding your letter by Friday»).
 */
const EN_CONTACT_NAMED = /\b(?:further to|thanks? (?:you )?for|as (?:discussed|agreed|mentioned) (?:in|on|during)|(?:in|with) reference to) (?:our|your|my|the) (?:[a-z]+ )?(?:conversation|call|chat|email|e-mail|letter|message|meeting|visit|discussion|reply) $/;

// ------------------------------------------------------------------ Spanish

/**
 * The agent or the company acting: first-person pronouns and auxiliaries, a first-person
 * verb after a clitic («te envío», «se lo cambiamos», «le confirmo»), a first-person plural
 * or future form, or a frequent agent verb in the first person. Not every word in -o: that
 * is half the nouns of Spanish («pedido», «reparto»).
 */
const ES_AGENT = /\b(?:yo|nosotr[oa]s|nuestro equipo|el equipo|(?:voy|vamos) a|estoy|estamos|he|hemos|tengo|tenemos|puedo|podemos|(?:te|le|les|os|lo|la|los|las|se|me|nos) (?:lo |la |los |las |le |les )?\w{2,}(?:o|amos|emos|imos)|\w{3,}(?:amos|emos|imos|are|ere|ire|aremos|eremos|iremos)|hare|haremos|tendre|tendremos|podre|podremos|pondre|pondremos|dire|diremos|reviso|envio|mando|llamo|escribo|confirmo|aviso|paso|gestiono|tramito|cambio|activo|soluciono|resuelvo|arreglo|devuelvo|hago|doy|dejo|programo|agendo|abro|verifico|compruebo|consulto|reactivo|restablezco|aplico|cargo|emito|genero|reenvio|comunico)\b/;
/** Second person tú/vos acting (usted is third person in form): «tienes», «tenés», «podés», «envías». */
const ES_CUSTOMER = /\b(?:vos|tienes|tenes|puedes|podes|debes|necesitas|quieres|queres|envias|mandas|haces|haces|vas a|llamas|escribes|escribis|pasas|compras|pagas|devuelves|devolves|eliges|elegis|subes|subis|entras|ingresas|ingresa usted|usted (?:puede|debe|tiene|envia|paga|devuelve))\b/;
const ES_RECEIVING = /\b(?:(?:vas|va|van) a (?:tener|recibir|ver)|(?:lo |la |los |las |le |te )?(?:tendras|tendra|tendran|tienes|tenes|tiene|tienen|recibiras|recibira|recibiran|recibis|recibes|recibe|reciben|te llega|le llega|les llega|te llegara|le llegara|les llegara|veras|vera|veran|queda|quedara|quedan|quedaran|estara|estaran))\b/;
/** The stems the future and the conditional share, folded: an infinitive («enviar-»), an irregular one («tendr-», «har-»). */
const FUTURE_STEM_ES = String.raw`\w{2,}[aei]r|\w*(?:tendr|pondr|saldr|vendr|valdr|podr|sabr|habr|cabr|querr)|har|dir`;
/**
 * The future, folded: a stem with the ending («enviara», «revisaremos», «tendra», «haran») and the short ones («sera»,
 * «dara», «ira»). Words that only end like one («para», «ahora», «nuestra», «encuentra») are not.
 */
const ES_FUTURE = new RegExp(String.raw`\b(?:voy|vas|va|vamos|van|vais) a\b|\b(?:${FUTURE_STEM_ES}|ser|dar|ver|ir)(?:e|a|as|emos|an|eis)\b`);
const ES_PROGRESSIVE = /\b(?:estoy|estamos|esta|estan|estas|sigo|seguimos|sigue|siguen|andamos|anda|andan|me encuentro|nos encontramos|se encuentran?|nos hallamos|se hallan?) \w+(?:ando|iendo|yendo)\b/;
const ES_PAST = new RegExp(String.raw`\b(?:ayer|anoche|hace \w+|${IRREGULAR_PRETERITES}|consta|figura|gracias por|(?:tenia|decia|podia|habia|queria|sabia|venia|salia|llegaba|iba|estaba|era)n?|\w{2,}(?:aste|iste|aron|ieron|aba|aban)|(?:he|has|ha|hemos|han) \w+(?:ado|ido|to|cho|so)|desde (?:el|la|hace|ayer|anoche))\b`);
/** A hedged estimate, a hope or an effort: «suele llegar en menos de una hora», «tardan entre 3 y 5 días», «intentaremos…». */
const ES_HEDGE = /\b(?:suele|suelen|posiblemente|lo mas probable|normalmente|generalmente|por lo general|habitualmente|en general|tarda|tardan|puede tardar|pueden tardar|demora|demoran|esta demorando|estan demorando|cualquiera|aproximadamente|(?:plazo|tiempo|fecha|hora|entrega|llegada|demora) estimad[oa]|estimad[oa] de (?:entrega|llegada|resolucion)|ojala|espero que|nuestro objetivo es|(?:planeo|planeamos|pienso|pensamos|tengo pensado|tenemos pensado|la idea (?:es|seria)|mi idea (?:es|seria)|nuestra idea (?:es|seria)|el plan (?:es|seria)|mi plan (?:es|seria)|nuestro plan (?:es|seria))|dependiendo del?|en funcion del?|nuestra meta es|esperamos que|con suerte|si todo va bien|idealmente|intentare|intentaremos|(?:vamos|voy|va|van) a (?:intentar|tratar de|procurar)|(?:tratare|trataremos|tratamos|trato|intentamos|intento|procuramos|procuro) (?:de )?que|trataremos de|tratare de|procuraremos|procurare|(?:tenemos|tengo|tiene|tienen|esta|estaba|estan) (?:previst[oa]|planead[oa]|planificad[oa])|(?:mi|nuestra|la) intencion es|(?:se )?(?:haremos|hare|hara|haran|hacemos|hago|hace|hacen|haciendo|hacer) (?:todo )?lo (?:posible|que (?:podemos|puedo|este a nuestro alcance))|debiera|debieran|deberia|deberian|deberiamos|debera|deberan|(?:esperamos|espero|esperan|se espera) (?:tener\w*|poder|[a-z]{3,}(?:ar|er|ir)(?:lo|la|los|las|le|les)?\b)|(?:la|nuestra|mi) prevision (?:es|sigue siendo)|(?:estamos|seguimos|continuamos|sigo|estoy|estan|siguen) trabajando (?:duro )?para)\b/;
/**
 * A habit told of every day: «las citas se liberan todos los días… y se agotan en pocos minutos», "slots open
 * every morning". It hedges a clause nobody in the first person acts in; «I'll check it every morning and update
 * you by Friday» still promises Friday.
 */
export const HABIT: Record<Lang, RegExp> = {
  // …or of every time something happens: "you will be charged each time you sign up", «se cobra cada vez que lo renuevas».
  en: /\b(?:(?:every|each) (?:day|morning|afternoon|evening|night|week|time)|whenever)\b/,
  es: /\b(?:todos los dias|todas las (?:mananas|tardes|noches|semanas)|cada (?:dia|manana|tarde|noche|semana|vez(?! (?:mas|menos|peor|mejor)\b))|a diario|diariamente)\b/,
};
/** Only what something is: «el partido de esta noche se transmite…», «tu pedido está en…». */
const ES_COPULA = /^(?!.*\b(?:te|le|les|os) (?:lo |la |los |las )?\w+(?:o|amos|re|remos)\b).*\b(?:es|son|esta|estan|se encuentran?|opera|operan|se transmite|hay|ya (?:cuenta|cuentan|tiene|tienen|funciona|funcionan|dispone|disponen))\b/;
const ES_MODAL_OFFER = /\b(?:puedo|podemos|podria|podriamos)(?: tambien| incluso)? (?!confirmar|garantizar|asegurar|prometer)\w+(?:ar|er|ir)\b|\bsi (?:quieres|queres|prefieres|preferis|lo prefieres|gustas|desea|prefiere|lo desea)\b|\bcon gusto (?:te |le )?(?:puedo|podemos)\b/;
/**
 * The conditional, folded: an infinitive with «-ía» («enviaria», «podriamos», «haria»). The «-aria» / «-eria» words that
 * are not verbs («necesaria», «bancaria», «paqueteria», «bateria») share its shape once the accent is gone: the stems
 * support writing uses most are set aside.
 */
const ES_CONDITIONAL = new RegExp(
  String.raw`\b(?!(?:neces|banc|diar|prim|secund|inmobili|sanit|hipotec|volunt|priorit|ordin|contr|usu|benefici|destinat|propiet|secret|not|bat|mensaj|paquet|mat|libr)[ae]ri)(?:${FUTURE_STEM_ES})(?:ia|ian|iamos|iais)\b`,
);
const ES_WINDOW = /\b(?:oferta|promo|promocion|descuentos?|rebajas?|tarifas?|precios?|codigo|cupon|plazo|politica|garantia|vence|vencen|vencimiento|fecha limite|fecha de corte|caduca|expira|vigente|vigencia|valid[oa]s?|dura|duran|termina|terminan|acaba|acaban|finaliza|disponible|agotad[oa]s?|sin stock|reposicion|temporada|usar|usarlo|usarla|canjear|cambiarlo|devolverlo|sin costo|sin recargo)\b/;
const ES_CUSTOMER_WINDOW = /\b(?:tienes|tenes|tiene usted|tiene|tienen|teneis|cuentas con|contas con|cuenta con|dispones de|dispone de|disponen de)(?: hasta| un plazo de| (?:\w+ ){0,2}(?:dias|horas|semanas|meses) para)\b|\b(?:debes|debe|deben|tienes que|tenes que|tiene que|tienen que|necesitas|necesita|puedes|podes|pueden|podeis|podra|podras|dime|digame|decime|avisame|aviseme)\b|\bpor favor\b|\b(?:recuerda|recorda|recuerde) que\b/;
/** «la factura de este mes», «el vuelo de mañana», «a fecha 30 de noviembre», «al día de hoy»; not «antes de», «a más tardar». */
const ES_ATTRIBUTIVE = /(?<!\b(?:antes|despues|partir|tardar|luego|cerca|alrededor)\s)\b(?:de|del|desde|a fecha|al dia de|fecha)\s+(?:el |la |los |las |este |esta |su |tu )?$|\b(?:cambio|fecha|vuelo|viaje|reserva) (?:de fecha )?(?:al|para el)\s*$/;
/** «Los pedidos se procesan…», «todas las devoluciones tardan…», «las de fin de semana se acreditan…». */
const ES_GENERIC_SUBJECT = /^\s*(?:(?:y|e|pero)\s+)?(?:todos\s+los|todas\s+las|los|las)\s+(?:[a-z]+s\b|de\s+[a-z ]{2,30}?)(?:\s+[a-z]+(?:ad|id)[oa]s)?(?:\s+(?:de|del|que|antes|despues)\s+[a-z0-9 ]{1,40}?)?\s+(?:se\s+)?[a-z]{3,}(?:an|en)\b/;
/** «Los pedidos se enviarán…», «cada reclamación será respondida…», «todas las solicitudes recibirán…», «los pedidos efectuados antes de las 17h se entregarán…». */
const ES_GENERIC_FUTURE = /^\s*(?:(?:y|e|pero)\s+)?(?:(?:todos\s+los|todas\s+las|los|las)\s+[a-z]+s|(?:cada|todo|toda|cualquier)\s+[a-z]+(?:\s+[a-z]+(?:ad|id)[oa])?)\b(?:\s+[a-z]+(?:ad|id)[oa]s?)?(?:\s+(?:de|del|que|antes|despues)\s+[a-z0-9 ]{1,90}?)?\s+(?:se\s+)?(?:[a-z]{3,}(?:aran|eran|iran|ara|era|ira)|(?:sera|seran)\s+[a-z]+(?:ad|id)[oa]s?)\b/;
/** «la factura del 3», «el vuelo al mediodía» — not the immediacy said with «al»: «lo publico al tiro», «te lo paso al toque», «al instante». */
const ES_ATTRIBUTIVE_MENTION = /^(?:del|al)\s(?!(?:tiro|toque|instante|momento|rato|ratito)\b)/;

/**
 * What the agent sees coming, said before the time: «it looks like it will cancel again on May 14th»,
 * «it seems your card will be charged on Monday», «por lo visto el cobro se repetirá el lunes». Read
 * only before the time phrase, so a reason given after it («I'll replace it tomorrow since it
 * appears to be faulty») and an adjective («the apparently faulty router») hedge nothing.
 */
const APPEARANCE: Record<Lang, RegExp> = {
  en: /\b(?:it|this|that|there)(?:'s| is)? (?:looks|seems|appears)\b/,
  es: /\b(?:parece que|pareciera que|al parecer|por lo visto|segun parece)\b/,
};
/** …or governing the clause from just before it: «parece que | el cobro se repetirá el lunes». */
const APPEARANCE_GOVERNS: Record<Lang, RegExp> = {
  en: /\b(?:it|this|that)(?:'s| is)? (?:looks|seems|appears)(?: like| that| as if| as though)?\s*$/,
  es: /\b(?:(?:parece|pareciera)(?: ser)?(?: que)?|al parecer|por lo visto|segun parece),?\s*$/,
};

/**
 * The customer named in the third person, to the customer: «gift cards will be credited to the
 * customer within 60 days», «se reembolsará al titular en 10 días». A rule for every case.
 */
const GENERIC_RECIPIENT: Record<Lang, RegExp> = {
  en: /\b(?:to|for) (?:the|all|our|every|each) (?:customers?|cardholders?|card holders?|account ?holders?|members?|users?|clients?|passengers?|subscribers?|buyers?|purchasers?)\b(?!'s)/,
  es: /\b(?:al|a los|a las|a todos los|para el|para los|a cada) (?:clientes?|usuarios?|titular(?:es)?|socios?|pasajeros?|abonados?|comprador(?:es)?|tarjetahabientes?)\b/,
};

/** Words that fix a subject to this customer's case. */
const THIS_CASE = /\b(?:your|yours|this|these|tu|tus|su|sus|vuestro|vuestra|vuestros|vuestras|este|esta|estos|estas)\b/;

const GRAMMAR = {
  en: { generic: EN_GENERIC_SUBJECT, genericFuture: EN_GENERIC_FUTURE, scheduled: EN_SCHEDULED, agent: EN_AGENT, customer: EN_CUSTOMER, receiving: EN_RECEIVING, future: EN_FUTURE, progressive: EN_PROGRESSIVE, past: EN_PAST, offer: EN_MODAL_OFFER, conditional: EN_CONDITIONAL, window: EN_WINDOW, customerWindow: EN_CUSTOMER_WINDOW, attributive: EN_ATTRIBUTIVE, hedge: EN_HEDGE, copula: EN_COPULA },
  es: { generic: ES_GENERIC_SUBJECT, genericFuture: ES_GENERIC_FUTURE, scheduled: ES_SCHEDULED, agent: ES_AGENT, customer: ES_CUSTOMER, receiving: ES_RECEIVING, future: ES_FUTURE, progressive: ES_PROGRESSIVE, past: ES_PAST, offer: ES_MODAL_OFFER, conditional: ES_CONDITIONAL, window: ES_WINDOW, customerWindow: ES_CUSTOMER_WINDOW, attributive: ES_ATTRIBUTIVE, hedge: ES_HEDGE, copula: ES_COPULA },
} as const;

/** A clause that opens on a noun phrase of its own: «el aplicativo está…», "the app is…". */
const OWN_SUBJECT: Record<Lang, RegExp> = {
  es: /^\s*(?:el|la|los|las|tu|tus|su|sus|este|esta|estos|estas|nuestro|nuestra|nuestros|nuestras)\s+(?!(?:mismo|misma|semana|dia|tarde|noche|manana|proximo|proxima)\b)[a-z]{3,}\s+(?:esta|estan|sigue|siguen|tiene|tienen|presenta|presentan|funciona|funcionan|es|son)\b/,
  en: /^\s*(?:the|your|our|this|that|these|those|its|their|my)\s+[a-z]{3,}\s+(?:is|are|has|have|keeps|seems|looks)\b/,
};

/**
 * A reassurance that frames the promise, not the customer acting: "you can be sure it will be fixed by Friday",
 * «puedes estar seguro de que estarán antes del jueves». Blanked (same length) before the subject is read.
 */
const REASSURANCE: Record<Lang, RegExp> = {
  en: /\b(?:(?:you|u) (?:can|may|could) (?:be (?:sure|certain|confident)(?! to\b)|rest assured|count on it)|rest assured)(?: that)?\b/g,
  es: /\b(?:(?:puedes|puede|podes|pueden|podeis|puede usted) (?:estar|quedarte|quedarse|quedar|quedaros) (?:segur|tranquil)[oa]s?(?: de)?(?: que)?|ten(?:ga|gan|ed)? (?:por )?segur[oa]s?(?: de)?(?: que)?|quedate tranquil[oa](?: que)?)\b/g,
};

/**
 * A past inside a relative clause describes a thing; it does not date the clause around it: «los productos que nos
 * devolviste te los reembolsamos en 3 días», «lo que nos devolvió se lo reembolsamos mañana», "we'll refund the items
 * that you returned by Friday". Only a relative after a noun (a determiner before it) or «lo que»: in «te confirmo que
 * enviaste el pago» the «que» reports, and the past is the clause's own; "who" and "which" as question words
 * ("I'll find out who sent it") are no relatives. Spanish is read on the text as written, lower-cased (same length as
 * folded): the accent tells «devolvió» from «devuelvo».
 */
const ES_L = 'a-záéíóúüñ';
const RELATIVE_PAST: Record<Lang, RegExp> = {
  es: new RegExp(String.raw`(?:(?<![${ES_L}])(?:el|la|los|las|un|una|unos|unas|tu|tus|su|sus|este|esta|estos|estas|ese|esa|esos|esas|del|al)\s+[${ES_L}]+(?:\s+[${ES_L}]+)?\s+que|(?<![${ES_L}])lo que)\s+(?:(?:me|te|le|nos|os|les|se|lo|la|los|las)\s+){0,2}(?:${IRREGULAR_PRETERITES}|[${ES_L}]{2,}(?:aste|iste|aron|ieron|ó|é)|(?:has|ha|hemos|han)\s+[${ES_L}]+(?:ado|ido|to|cho|so))(?![${ES_L}])`, 'g'),
  en: new RegExp(String.raw`\b(?:the|your|a|an|this|these|those|our|their)\s+[a-z]+(?:\s+[a-z]+)?\s+(?:that|which|who)\s+(?:(?:you|they|he|she|we|i|it)\s+)?(?:(?:just|already|originally|previously)\s+)?(?:(?!need|based|scheduled|booked|arranged|planned)[a-z]{3,}ed|${IRREGULAR_PASTS_EN})\b`, 'g'),
};

/** Where a clause's past relative clauses are (`text`: folded for English, lower-cased as written for Spanish). */
export function pastRelatives(text: string, lang: Lang): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (const m of text.matchAll(RELATIVE_PAST[lang])) ranges.push([m.index, m.index + m[0].length]);
  return ranges;
}

/** What may stand between a relative clause's verb and a time that is its own: "that you sent back on Monday". */
const RELATIVE_TAIL = /^\s*(?:(?:back|in|over|out|us|me|it|them|here|nos|lo|la|aqu[ií]|ac[aá]|ya)\s+){0,2}$/;

/**
 * Whether the time at `mentionStart` follows a past relative clause's verb directly and so dates what it tells («los
 * productos que nos devolviste el lunes…», "the technician who came on Monday…"). The caller checks that the time can
 * date a past event at all ("…the unit that failed tomorrow" is the main clause's).
 */
export function timeDatesRelative(text: string, ranges: ReadonlyArray<[number, number]>, mentionStart: number): boolean {
  return ranges.some(([, end]) => end <= mentionStart && mentionStart - end <= 24 && RELATIVE_TAIL.test(text.slice(end, mentionStart)));
}

/** `text` with `ranges` blanked (same length, so offsets hold). */
export function blankRanges(text: string, ranges: Array<[number, number]>): string {
  let out = text;
  for (const [s, e] of ranges) out = out.slice(0, s) + ' '.repeat(e - s) + out.slice(e);
  return out;
}

/**
 * `clause` (folded) with its past relative clauses blanked, when what is left still has us acting or the customer
 * receiving («te los reembolsamos en 3 días»); null otherwise, and the clause is read whole.
 */
export function withoutPastRelatives(clause: string, ranges: Array<[number, number]>, lang: Lang): string | null {
  if (ranges.length === 0) return null;
  const main = blankRanges(clause, ranges);
  return GRAMMAR[lang].agent.test(main) || GRAMMAR[lang].receiving.test(main) ? main : null;
}

/**
 * Reads the clause `clause` (folded) in which the time phrase sits at [mentionStart,
 * mentionEnd) (offsets into `clause`).
 */
export function readClause(clause: string, mentionStart: number, mentionEnd: number, lang: Lang, left = ''): ClauseReading {
  const g = GRAMMAR[lang];
  clause = clause.replace(REASSURANCE[lang], (frame) => ' '.repeat(frame.length));
  const before = clause.slice(0, mentionStart);
  const mention = clause.slice(mentionStart, mentionEnd);
  const rest = `${before} ${clause.slice(mentionEnd)}`;
  const receiving = g.receiving.test(rest);
  const agent = g.agent.test(rest);
  const customer = g.customer.test(rest);
  const ownActor: Actor = receiving ? 'case' : agent ? 'agent' : customer ? 'customer' : 'unknown';
  let actor = ownActor;
  let tense = tenseOf(rest, lang);
  // Judged on the clause's own words, before anything is inherited from the clause before.
  // …and so is what is going on at present: "we are currently receiving a high volume of requests this week".
  // A booking («la instalación está programada para el jueves») and a state set for a deadline («para el viernes ya está
  // todo listo», "by Friday it's all done") are plans, not descriptions.
  const moved = movedTo(before, mention, lang);
  const booked = g.scheduled.test(rest) || moved || (/^(?:by|para)\b/.test(mention) && READY.test(rest));
  const descriptive = (ownActor !== 'agent' && tense === 'present' && !receiving && !booked && g.copula.test(rest)) || (tense === 'progressive' && AT_PRESENT[lang].test(rest));
  // A coordinated clause with no subject of its own («I'll review it and write to you by
  // Friday») takes the subject and the future of the clause it continues; one that opens on its
  // own subject («le comento que hoy [el aplicativo está presentando fallos]») does not.
  if (actor === 'unknown' && left && !OWN_SUBJECT[lang].test(rest)) {
    const leftActor: Actor = g.receiving.test(left) ? 'case' : g.agent.test(left) ? 'agent' : g.customer.test(left) ? 'customer' : 'unknown';
    actor = leftActor;
    const leftTense = tenseOf(left, lang);
    if (tense !== 'future' && (leftTense === 'future' || leftTense === 'modal-offer' || leftTense === 'conditional')) tense = leftTense;
  }
  // A booking is a plan whether told in the past or the present («quedó agendada» folds to a present form).
  if ((tense === 'past' || tense === 'present') && booked) tense = 'future';
  // «until» / «hasta» closes a span of time, it does not set a deadline: «the offer runs until
  // Friday», «te lo guardo hasta el sábado». No labelled commitment is introduced by it.
  const until = /\b(?:hasta|until|till|thru|(?<!\b(?:it|this|them|that)\s)through)\s+(?:(?:at least|al menos|por lo menos)\s+)?(?:el |la |los |las |the |this |next |este |esta )?$/.test(before) || /^(?:hasta|until|till|thru|through)\b/.test(mention);
  // «La pauta estará disponible mañana», "it will be available again on Monday": what will be ready by then, not a window it is open for.
  const availableBy = /\b(?:estara|estaran|va a estar|van a estar|will be|'ll be)\s+(?:de nuevo\s+|nuevamente\s+|again\s+|back\s+)?(?:disponibles?|available)\s+(?:(?:de nuevo|nuevamente|again|para (?:ti|usted|ustedes|vos|todos)|to you|for you)\s+)?$/.test(before);
  const windowed = until || g.customerWindow.test(rest) || (g.window.test(rest) && !availableBy && !(lang === 'en' ? /\b(?:i|we)(?:'ll| will)\b/ : /\b(?:te|le|les) (?:lo |la |los |las )?\w+(?:o|amos|re|remos)\b/).test(before));
  const attributive = g.attributive.test(before) || (lang === 'es' && ES_ATTRIBUTIVE_MENTION.test(mention) && !moved && !/\b(?:antes|despues|partir|tardar)\s*$/.test(before))
    || (lang === 'en' && EN_CONTACT_NAMED.test(before) && !/^(?:by|before|within|until|on|in)\b/.test(mention));
  // A subject-less clause coordinated with a hedged one keeps its hedge: «los pedidos suelen enviarse y entregarse en 3-5 días».
  // …and so does a clause governed by an effort or a hope: «voy a tratar de que [antes del 15 tengamos todo]».
  const governed = /\b(?:tratar de|tratare de|trataremos de|intentar|procurar|procuraremos|espero|esperamos|ojala|try to make sure|hope)\s*(?:que\s*|that\s*)?$/.test(left);
  const habitual = ownActor !== 'agent' && !g.agent.test(left) && (HABIT[lang].test(rest) || HABIT[lang].test(left));
  const hedged = habitual || g.hedge.test(rest) || APPEARANCE[lang].test(before) || (lang === 'es' && SEEN_DOING.test(rest)) || APPEARANCE_GOVERNS[lang].test(left) || (!!left && g.hedge.test(left) && (ownActor === 'unknown' || governed));
  // «Refunds for your order…», «los repuestos de tu equipo…»: a plural fixed to this customer's case is no rule. Only
  // the subject fixes it: "eligible refunds are credited to your wallet instantly" is still any case's (eighteenth session).
  const anyCase = (re: RegExp) => {
    const subject = re.exec(before);
    return subject !== null && !THIS_CASE.test(subject[0]);
  };
  const generic = !receiving && (
    (ownActor !== 'agent' && (((tense === 'present' || tense === 'none') && anyCase(g.generic)) || (tense === 'future' && anyCase(g.genericFuture))))
    // …unless the agent speaks in the first person: «ya hemos solicitado que se abone al titular…».
    || (tense !== 'past' && !THIS_CASE.test(before) && GENERIC_RECIPIENT[lang].test(rest) && ownActor !== 'agent' && !g.agent.test(left)));
  return { actor, tense, receiving, window: windowed, attributive, hedged, descriptive, generic };
}

function tenseOf(text: string, lang: Lang): Tense {
  const g = GRAMMAR[lang];
  if (g.offer.test(text)) return 'modal-offer';
  if (g.future.test(text) || (lang === 'en' && EN_SHOULD_RECEIVE.test(text))) return 'future';
  if (g.progressive.test(text)) return 'progressive';
  if (g.past.test(text)) return 'past';
  if (g.conditional.test(text)) return 'conditional';
  return /\w/.test(text) ? 'present' : 'none';
}

/**
 * How near the time is: `now` («right now», «ahora mismo», «currently») describes the
 * present moment; `immediate` («right away», «de inmediato», «in 5 minutes») is an action
 * about to happen; `today` the present day; `later` anything after.
 */
export type TimeKind = 'now' | 'immediate' | 'today' | 'later';

/**
 * Whether the clause promises the time: the agent or company acts (or the customer
 * receives), in future or present-for-future, outside a window, offer or attribute.
 */
export function promisesTime(reading: ClauseReading, time: TimeKind): boolean {
  if (reading.attributive || reading.window || reading.hedged || reading.generic) return false;
  if (reading.tense === 'modal-offer' || reading.tense === 'conditional' || reading.tense === 'past') return false;
  // «We're checking it right now», «the outage is affecting you today»: what is happening.
  if (reading.tense === 'progressive' && (time === 'now' || (time !== 'later' && reading.actor !== 'agent'))) return false;
  if (reading.descriptive) return false;
  if (reading.actor === 'customer' && !reading.receiving) return false;
  return true;
}
