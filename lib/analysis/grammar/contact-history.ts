/**
 * What a customer tells of their earlier contacts. Real complaints rarely count them («third
 * time asking»); they tell the story: «hice la denuncia en la oficina… no hay respuesta»,
 * «I emailed on Monday, nobody got back to me», «le tengo que reclamar seis veces». A told
 * contact that got nowhere is a repeat contact (docs/labelling.md), so this module finds the
 * two halves by their grammar — a contact verb in the first person past, and a sign that it
 * was not resolved — instead of listing whole sentences.
 *
 * The verbs are built from stems and conjugated here (preterite and perfect, singular and
 * plural), so «reclamé», «hemos reclamado», «he estado reclamando» all come from one entry.
 */
import { compileTest } from '../patterns';
import { softenBeforeE } from './spanish-verbs';
import { WEEKDAY } from './calendar-words';

/** Contact verbs by stem; `ar` and `ir` say how their preterite and participle are made. */
const AR_STEMS = ['llam', 'reclam', 'denunci', 'contact', 'habl', 'consult', 'tuite', 'mand', 'solicit', 'avis', 'notific', 'pregunt', 'contest', 'chate'];
/** Stems whose first-person preterite is also a common noun or adjective («presente», «reporte»): only their
 * perfect and gerund count. Trying («he intentado», «estuve tratando de enviar boletas») contacts nobody by itself:
 * TRYING_TO_REACH_ES reads it with what is tried. */
const AR_STEMS_PERFECT_ONLY = ['present', 'report'];
/** -er and -ir verbs share these forms: «respondí», «he respondido». */
const IR_STEMS = ['escrib', 'acud', 'insist', 'ped', 'respond'];
/** Reflexive contact verbs: «me dirigí», «nos comunicamos», «me quejé». */
const REFLEXIVE_AR = ['comunic', 'quej', 'acerc', 'conect'];
const REFLEXIVE_IR = ['dirig'];

/** «envié/mandé/llamé»: -ar preterite first person, folded (é → e). */
const preteriteAr = (stem: string) => {
  // Spelling changes before -é: comuniqué, quejé, acerqué, notifiqué.
  return `(?:${softenBeforeE(stem)}e|${stem}amos)`;
};
const preteriteIr = (stem: string) => `(?:${stem}i|${stem}imos)`;
const participleAr = (stem: string) => `${stem}ado`;
const participleIr = (stem: string) => (stem === 'escrib' ? 'escrito' : `${stem}ido`);
const gerundAr = (stem: string) => `${stem}ando`;
const gerundIr = (stem: string) => (stem === 'ped' ? 'pidiendo' : `${stem}iendo`);

const alt = (xs: string[]) => `(?:${xs.join('|')})`;

const PRETERITE_ES = alt([
  ...AR_STEMS.map(preteriteAr),
  ...IR_STEMS.map(preteriteIr),
  'envie', 'enviamos',
  // With a count between: «intenté varias veces comunicarme», «traté muchas veces de hablar con alguien».
  '(?:intente|tratamos|trate|intentamos|he intentado|hemos intentado|he tratado|hemos tratado) (?:(?:varias|muchas|tantas|mil|reiteradas|\\d+|dos|tres|cuatro|cinco) veces )?(?:de )?(?:comunicarme|comunicarnos|contactar(?:los|las|me)?|llamar(?:los|les)?|hablar con|marcar|escribir(?:les)?)',
  // Coming back: «vuelvo a realizar la llamada», «volví a escribir».
  '(?:vuelvo|volvi|volvemos|volvimos|tuve que volver|tengo que volver) a (?:@ ){0,2}(?:llamar|escribir|reclamar|realizar|hacer|poner|enviar|mandar|contactar|comunicarme|ir|insistir|preguntar|hablar)',
  // Habitual contact: «siempre que hablo…», «cada vez que llamo…».
  '(?:siempre|cada vez) que (?:hablo|llamo|escribo|voy|reclamo|pregunto|marco)',
  ...REFLEXIVE_AR.map((s) => `(?:me|nos) ${preteriteAr(s)}`),
  // «me puse en contacto», «intenté ponerme en contacto».
  '(?:me|nos) (?:puse|pusimos) en contacto', '(?:intente|intentamos|trate|tratamos) (?:de )?(?:ponerme|ponernos) en contacto',
  ...REFLEXIVE_IR.map((s) => `(?:me|nos) ${preteriteIr(s)}`),
]);
const PARTICIPLE_ES = alt([...[...AR_STEMS, ...AR_STEMS_PERFECT_ONLY].map(participleAr), ...IR_STEMS.map(participleIr), 'enviado', 'comunicado', 'quejado', 'dirigido', 'acercado']);
const GERUND_ES = alt([...[...AR_STEMS, ...AR_STEMS_PERFECT_ONLY].map(gerundAr), ...IR_STEMS.map(gerundIr), 'enviando', 'comunicandome', 'comunicando', 'quejandome', 'luchando', 'peleando']);
/** What is made or lodged: «hice la denuncia», «puse una queja», «abrí un ticket». */
const LODGED_ES = '(?:denuncia|denuncias|reclamo|reclamos|reclamacion|reclamaciones|queja|quejas|solicitud|solicitudes|ticket|tickets|consulta|consultas|llamada|llamadas|tramite|pedido de (?:baja|devolucion|reembolso))';

const EARLIER_CONTACT_ES = [
  // «llamé», «nos comunicamos», «ya les escribí»
  `(?:ya )?(?:les |le |los |te |a ustedes )?${PRETERITE_ES}`,
  // «he reclamado», «me he dirigido», «hemos hablado»
  `(?:me |nos |les |le |te )?(?:he|hemos|habia|habiamos) (?:me |nos )?(?:vuelto a )?(?:${PARTICIPLE_ES}|ido|hecho (?:@ ){0,2}${LODGED_ES}|puesto (?:en contacto|(?:@ ){0,2}${LODGED_ES})|abierto (?:@ ){0,2}${LODGED_ES})`,
  // «llevo dos meses reclamando», «estoy luchando», «he estado llamando»
  `(?:llevo|llevamos|estoy|estamos|he estado|hemos estado|estuve|estuvimos)(?: @){0,4} ${GERUND_ES}`,
  // Trying, for what only the company can do: «desde octubre estoy intentando cancelar su cuenta».
  '(?:llevo|llevamos|estoy|estamos|he estado|hemos estado|estuve|estuvimos)(?: @){0,4} (?:intentando|tratando de) (?:que (?:me|nos) )?(?:cancel\\w*|dar(?:me|nos)? de baja|den de baja|anul\\w*|recuperar|cerrar (?:la|mi|su|nuestra) cuenta|devuelvan|reembols\\w*)',
  // «ya lo reporté», «ya lo comuniqué»: with «ya lo» the noun reading («el reporte») is gone.
  'ya (?:lo|la|los|las|se lo|se la) (?:reporte|presente|comunique|notifique|informe|indique)',
  `(?:hice|hicimos|puse|pusimos|abri|abrimos|deje|dejamos|curse|cursamos|inicie|iniciamos|levante|levantamos|interpuse) (?:@ ){0,2}${LODGED_ES}`,
  // «presenté una queja»: with its object after an article, never «el presente reclamo».
  `(?:presente|presentamos) (?:un|una|mi|la|el|dos|tres|varias|varios) (?:@ )?${LODGED_ES}`,
  // Told in the present, with what came of it: «llamo y me envían a chatear», «me pongo en contacto y no da señales».
  '(?:llamo|escribo|reclamo|pregunto|(?:me|nos) (?:pongo|ponemos) en contacto|(?:me|nos) (?:comunico|comunicamos))(?: @){0,8},? y (?:(?:no|nadie|nunca) (?:me |nos )?(?:contesta|contestan|responde|responden|atiende|atienden|da senales|dan senales|hace caso|hacen caso|resuelve|resuelven)|me (?:envian|mandan|pasan|derivan|cuelgan|transfieren)|nada)',
  // «fui a la oficina», «fuimos a la sucursal»
  '(?:fui|fuimos|he ido|hemos ido|me presente|nos presentamos) (?:a|al|hasta) (?:la |el |una |un |sus |las |los )?(?:oficina|oficinas|sucursal|sucursales|tienda|local|centro|agencia|punto de atencion|atencion al cliente|servicio tecnico|mostrador)',
  // What the company did in that contact: «me pasaron con otro», «no me tomaron el reclamo».
  // («no me pidieron el boleto»: what they did not ask for was no contact, eighteenth session.)
  '(?:me|nos) (?:contestaron|respondieron|atendieron|atendio|pasaron|derivaron|transfirieron|mandaron a|tomaron)', '(?<!\\bno )(?:me|nos) pidieron',
];

/** Writing again about something new is a new contact: «les escribo de nuevo pero por otro tema», "again, but about a different order". */
export const NEW_TOPIC = [
  '(?:de nuevo|otra vez|nuevamente),? (?:pero )?(?:por|sobre|con|para) otr[oa] (?:tema|asunto|cosa|consulta|pregunta|pedido)',
];
const NEW_TOPIC_RE = compileTest(NEW_TOPIC);

/** Whether the message says it writes again about something new: the model's repeat contact is then not taken. */
export function writesAboutNewTopic(folded: string): boolean {
  return NEW_TOPIC_RE.test(folded);
}

/**
 * What the company said in an earlier contact: «me dijeron que…», «you said…», «I was
 * promised…». Told with a failure of the thing said («…y nada», «…and it still hasn't») it
 * is a broken promise; it is a repeat contact only when the contacting itself got nowhere.
 */
const TOLD_IN_CONTACT = [
  '(?:me|nos) (?:dijeron|informaron)',
  '(?:el|la|un|una) (?:asesor|asesora|agente|operador|operadora|empleado|empleada|chica|chico|tecnico|supervisor|supervisora|funcionario|funcionaria) (?:me|nos) (?:dijo|dijeron|aseguro|prometio|informo)',
  "(?:i|we) (?:was|were|got|have been|'ve been) (?:told|promised|assured)",
  "(?:they|you|your (?:agent|agents|rep|reps|representative|advisor|staff|team|support|colleague|store|call centre|call center)|the (?:agent|rep|representative|advisor|store|call centre|call center)) (?:told me|told us|said|promised|assured me)",
];

/**
 * The customer's own people («mi hijo», "my bank", "her lawyer", «su banco», "our IT admin"): contacting them is no
 * contact with the company. «Su» and "our" before the company's side are the company's: «comunicarme con su servicio
 * al cliente» addresses it as usted, and "our account manager" is theirs for a business customer.
 */
const COMPANY_SIDE = '(?:servicio|area|atencion|soporte|departamento|linea|call ?center|centro|equipo|asesor\\w*|ejecutiv\\w*|oficina|sucursal|account manager|support|customer service|help ?desk|team|agents?|service)';
/** The customer's own party after a contact verb, its trailing blank included: «mi asesor», "my bank", «su banco» (his), "our IT admin". */
export const OWN_PARTY = `(?:(?:mi|mis|my|his|her|their) |(?:su|sus|our) (?!${COMPANY_SIDE}\\b))`;
const NOT_THE_COMPANY = `(?! (?:a |con |to |with )?${OWN_PARTY})`;

const EARLIER_CONTACT_EN = [
  "(?:i|we|i've|we've|i have|we have|i had|we had|i already|we already|i've already|i have already)(?: also| even| then| first| since| just)? (?:called|rang|phoned|emailed|e-mailed|messaged|dmed|dm'd|tweeted|wrote|written|contacted|complained|reported|chased|escalated|reached out|followed up|spoke (?:to|with)|spoken (?:to|with)|talked (?:to|with)|chatted (?:to|with)|(?:raised|filed|lodged|logged|submitted|opened|made|created) (?:a |an |the |my |another |two |three |several |multiple |many |over \\d+ |\\d+ )?(?:support |help |service )?(?:ticket|tickets|case|cases|issue|issues|complaint|complaints|claim|claims|dispute|request|requests|report|call|calls|form)|sent (?:@ ){0,2}(?:email|emails|e-mail|message|messages|dm|dms|complaint|request|ticket|form)|(?:went|been|visited|gone) (?:in |back |down )?(?:to )?(?:the |your |a |one of your )?(?:store|shop|branch|office|counter|desk|service centre|service center)|tried (?:(?:\\d+|two|three|four|five|several|multiple|many|numerous|countless|so many) times )?(?:calling|to call|contacting|to contact|to reach|reaching|emailing|to get through|getting through))",
  // Tried, told with the subject dropped or the verb left bare, as hurried writers tell it: "This morning try to contact
  // customer care", "Tried to reach support twice" (not "try to contact my landlord").
  `(?:(?:^|(?<=[.!?]\\x20))(?:i |we )?(?:tried|trying)|(?<=\\b(?:morning|today|yesterday|tonight|evening|afternoon|week|night)\\x20)(?:i |we )?(?:try|tried|trying)) to (?:contact|call|reach|email|e-mail|phone|ring|get (?:through|hold of))${NOT_THE_COMPANY}`,
  // The emphatic «did»: "I did phone the restaurant regarding this".
  "(?:i|we) did (?:call|phone|ring|email|e-mail|write to|contact|message|complain to|chase|reach out to|speak to|talk to)\\b",
  // The subject dropped, as tweets tell it: «Reached out to the help desk and still got nothing».
  "(?:^|(?<=[.!?]\\x20)|(?<=\\x40[\\w.-]{1,40}\\x20))(?:already |also |then )?(?:called|rang|phoned|emailed|e-mailed|messaged|contacted|reached out|followed up|spoke (?:to|with)|chatted (?:to|with)|wrote to|complained to)",
  "(?:i've|we've|i have|we have|i had|we had) been (?:calling|emailing|messaging|chasing|contacting|trying|complaining|ringing|following up|going back and forth)",
  "(?:i|we) (?:was|were|got|have been|'ve been) (?:transferred|passed|put on hold|disconnected|hung up on|cut off)",
  "(?:whenever|every time|each time|when) (?:i|we) (?:call|ring|phone|write|email|go in|ask|contact|chat)",
  // «I have requested a new licence», «I send you an email about the refund» (as typed).
  "(?:i|we)(?:'ve| have| had)? (?:already |also )?(?:requested|requsted|asked for|applied for|sent you|send you|forwarded|submitted) (?:@ ){0,3}(?:license|licence|key|refund|replacement|invoice|e-?mail|message|ticket|request|form|details|information|info)",
  // «we have tried a lot of ways, changing the card, emailing you…»
  "(?:tried|trying|have tried|'ve tried)[^.!?]{0,80}?\\b(?:emailing|calling|messaging|contacting|phoning|ringing|writing to|chatting with) (?:you|your|support|customer service|the (?:support|help) ?desk)",
];

/** Replying, in the forms a silence is told in («hasn't replied», «nobody picks up»). */
const REPLY_VERB_EN = '(?:replied|reply|replies|replying|responded|respond|responds|responding|answered|answer|answers|answering|got back|get back|gets back|getting back|gotten back|called back|call back|calls back|rang back|ring back|wrote back|write back|picked up|pick up|picks up|picking up)';
/** Whoever should answer the customer. */
const ANSWERER_EN = "(?:you|they|he|she|nobody|no one|no-one|noone|anyone|anybody|support|the (?:company|seller|shop|store|team|agent|support team|developers?|author|owner|bank|airline)|your (?:team|support|agents?|staff|company|customer service|reps?)|customer (?:services?|support|care))";
/** Who would answer, in Spanish: a party of the company or the seller, not a product («la app», «el sistema»). */
const ANSWERER_ES = '(?:ustedes|uds|vosotros|la (?:empresa|compania|tienda|aseguradora|aerolinea|entidad|agencia|distribuidora|prestadora|operadora)|el (?:banco|vendedor|proveedor|soporte|servicio (?:al cliente|tecnico)|call ?center|desarrollador|equipo de (?:soporte|atencion|ventas)|comercio|local)|los (?:desarrolladores|vendedores)|soporte|(?:la )?atencion al? (?:cliente|usuario)s?)';
/**
 * The other side's silence, built from its parts rather than listed phrase by phrase: someone
 * who should answer (you, they, support, nobody) with a reply verb negated or not done — «you
 * haven't got back to me», «nobody has replied», «no me contestan» —, the customer not hearing
 * back, a reply missing («no response.», «no recibo respuesta», «sin respuesta de su parte»),
 * or failing to reach a person at all («unable to reach an agent», «imposible comunicarse»).
 * A device or page that does not respond («la app no responde») is not a person's silence: the
 * Spanish forms need an addressee («me», «nos») or a person.
 */
const COMPANY_SILENCE = [
  // «nobody has replied», «no one answers the phone», «no one ever picks up»
  `(?:nobody|no one|no-one|noone)(?:'s|s)? (?:(?:has|have|had|ever|even|will|would|is|was|seems to|bothered to|bothers to|cares to) )*${REPLY_VERB_EN}`,
  // «nobody's called me back», «no one has rung us»: calling the customer is the answer that never came.
  "(?:nobody|no one|no-one|noone)(?:'s|s| has| have| had)? (?:ever |even |yet )?(?:called|rang|rung|phoned|emailed|e-mailed|texted|messaged) (?:me|us)\\b",
  // «you haven't got back to me», «they never replied», «support didn't answer»
  `(?<!\\b(?:if|unless|when|once|until) )${ANSWERER_EN} (?:(?:have|has|had|did|do|does|will|would|still|just|simply|even|ever)(?:n't)? )*(?:not |never |n't )?(?:yet |even |ever |once )?${REPLY_VERB_EN}(?= (?:to )?(?:me|us|my|our|the|it|this|that|any|at all|yet|since|for|in)\\b| ?[.,!?;:]| ?$)`,
  // «customer services did not answer my call»: the contact named, the silence negated.
  `${ANSWERER_EN} (?:(?:did|does|do|has|have|had|would|will|could)(?:n't| not)|never|won't|wouldn't|couldn't) (?:even |ever )?(?:answer|pick up|return|respond to|reply to)(?:ed)? (?:my |our |the |any |their )?(?:calls?|phones?|e-?mails?|messages?)`,
  // «no one has contacted me since Saturday»
  '(?:nobody|no one|no-one|noone) (?:has |have |had )?(?:ever |even |yet )?contacted (?:me|us)',
  // «I have not heard back», «we never heard from them»
  "(?:i|we)(?:'ve| have| had)? (?:still |yet )?(?:not|never|haven't|hadn't|didn't|did not|have yet to|still haven't|still have not) (?:yet |even |ever )?(?:heard|hear) (?:back|anything|a word|from (?:you|them|anyone|anybody|support|the (?:company|seller|team|shop|store)|your (?:team|support|company)))",
  // «no response.», «no reply yet», «no answer to my emails», «tried, but no response»
  "no (?:reply|replies|response|responses|answer|call ?back|word back)(?: (?:yet|at all|whatsoever|back|so far|ever))?(?= ?(?:[.,!;:]|$| from| since| for| after| to (?:my|our|any|the|this) (?:e-?mails?|messages?|calls?|tickets?|requests?|letters?|complaints?|questions?|dms?|posts?)))",
  // «unable to reach an agent», «I can't get in touch with anyone»
  "(?:unable|impossible|can't|cannot|can not|couldn't|could not|not able|no way|never able) to (?:reach|contact|get (?:through to|hold of|in touch with)|speak (?:to|with)|talk (?:to|with)) (?:(?:an? |any |a real |a live |your |the )(?:[a-z]+ )?(?:agent|human|person|one|rep|representative|support|team|customer (?:service|support|care)|operator|advisor|company|seller|store|shop|bank|helpline|hotline|call cent(?:er|re)|office|branch|airline|courier|host|manager|supervisor|staff|department|desk)s?\\b|anyone|anybody|someone|somebody|you|them)",
  // «no me contestan», «no nos respondieron», «nadie me atiende»
  'no (?:me|nos) (?:han |ha |habian |habia )?(?:responden|contestan|responde|contesta|atienden|atiende|respondieron|contestaron|respondio|contesto|respondido|contestado|devuelven la llamada|devolvieron la llamada|escriben|escribieron)',
  'nadie (?:me |nos )?(?:ha |han )?(?:responde|contesta|atiende|respondio|contesto|atendio|respondido|contestado|atendido|devuelve|devolvio|contactado(?! para))',
  // The party named as subject, no pronoun: «la empresa no responde», «el vendedor nunca contestó», «ustedes no contestan».
  // Only a party: «la app no responde» is a fault, not a silence.
  `${ANSWERER_ES} (?:(?:todavia|aun|ya|simplemente|directamente) )?(?:no|nunca|jamas) (?:me |nos )?(?:(?:ha|han|habeis) )?(?:responde|responden|respondeis|contesta|contestan|contestais|atiende|atienden|atendeis|respondio|respondieron|respondisteis|contesto|contestaron|contestasteis|respondido|contestado|atendido)\\b(?! (?:por|de) )(?! (?:los|en) (?:fines|feriados|festivos|domingos|sabados|horario))`,
  // The channel named with its silence: «no atienden en atención a clientes», «en el WhatsApp nunca me dieron una solución»
  // (twenty-eighth session).
  'no (?:atienden|contestan|responden) (?:en|por) (?:el |la |los |su |sus )?(?:atencion (?:a|al) (?:clientes?|usuarios?)|servicio al cliente|telefono|linea|chat|whatsapp|call ?center|0800|sucursales?|oficinas?)',
  '(?:en|por) (?:el |la |su )?(?:numero de )?(?:whatsapp|telefono|chat|call ?center|0800|atencion al cliente)(?: @){0,2} (?:nunca|nadie) (?:me |nos )?(?:respond\\w*|contest\\w*|atiend\\w*|atend\\w*|(?:dieron|dan|dio|da) (?:una |ninguna |alguna )?(?:respuesta|solucion))',
  // «no recibo respuesta», «no hay respuesta», «no tuve ninguna respuesta»
  'no (?:recibo|recibimos|recibi|recibio|recibe|reciben|obtengo|obtuve|tengo|tuve|tenemos|hay|hubo|he tenido|hemos tenido|me dan|me dieron|nos dan|nos dieron) (?:ninguna |una |alguna |nada de )?(?:respuesta|contestacion)',
  // «sin respuesta de su parte», «sin ninguna respuesta.», «sin recibir respuesta»
  'sin (?:ninguna |obtener |recibir |tener |haber recibido |haber tenido )?(?:respuesta|contestacion)(?: (?:de (?:su|tu|vuestra) parte|de (?:ustedes|nadie|la empresa|soporte|atencion|su parte))| ni (?:explicacion|solucion|noticias)| alguna|(?= ?(?:[.,!;:]|$)))',
  // «imposible comunicarse», «no hay forma de hablar con alguien», «no logro que me atiendan»
  '(?:imposible|no (?:hay|encuentro) (?:forma|manera|modo)(?: de)?|no (?:logro|consigo|puedo|pude|pudimos|logramos)|(?<!¿)no se (?:puede|pueda|pudo|logra|consigue)) (?:(?:comunicarme|comunicarse|comunicarnos)(?! con (?:(?:mi|mis|nuestr[oa]s?) (?:familia|familiares|padres|madre|padre|espos[oa]|hij[oa]s?|amig[oa]s?|herman[oa]s?|novi[oa])|familiares|amigos|el exterior)\\b)|contactar(?:los|les|me|nos)?|contactarse|hablar con (?:alguien|nadie|una persona|un asesor|una asesora|un agente|un ejecutivo|una ejecutiva|un operador|una operadora|ustedes|vosotros|usted|ellos|un humano)|que (?:me|nos) (?:atiendan|contesten|respondan))',
  // The pronoun before the verb, and the failure said after the attempt: «no me puedo comunicar», «un número para
  // comunicarse con un asesor, desde la app ha sido imposible».
  'no (?:me|nos) (?:puedo|pude|podemos|pudimos|he podido|hemos podido|logro|consigo) (?:comunicar|contactar)',
  '(?:comunicarme|comunicarse|comunicarnos|contactar(?:los|les|me|nos|se)?|hablar con (?:alguien|un asesor|una asesora|un agente|un ejecutivo|una ejecutiva|ustedes|vosotros|ellos|una persona))\\b[^.!?]{0,60}?(?:ha sido|es|fue|resulta|resulto|esta siendo) (?:practicamente |totalmente |simplemente )?imposible(?! que)',
];

/**
 * A reply that never came says both halves at once, the asking and the silence: «I never get a
 * reply», «no he obtenido respuesta», «no replies to (my) mails», «none of my emails are
 * answered», «they never responded», «I'm resending this».
 */
const REPLY_NEVER_CAME = [
  ...COMPANY_SILENCE,
  "(?:haven't|have not|hasn't|has not|didn't|did not|never|not)(?: yet| so far| still| ever| even)? (?:gotten|got|get|received|receive|had|obtained) (?:a |an |any |one |a single )?(?:personal )?(?:reply|replies|response|responses|answer|answers)",
  "(?:replies|reply|response|responses|answers?|responded|answered|replied) to (?:our |my |the |any |all )?(?:e-?mails|mails|messages|calls|tickets|requests|support requests|letters|dms|complaints)",
  "(?:they|he|she|the (?:author|developer|seller|company|team|support)) (?:never|didn't|did not|haven't|hasn't|has not|have not|won't|will not) (?:even )?(?:responded|replied|answered|got back|gotten back|respond|reply|answer|get back)",
  "(?:i'm|i am|we're|we are|i'll|i will) (?:re-?sending|resend|sending (?:this|it) again|writing (?:again|once more)|asking again)",
  // Forty-seventh session: the silence told short, and the chasing counted: "No response on mail.", "sent two follow-ups".
  "no (?:response|reply|answer) (?:on|to|from) (?:the )?(?:mail|e-?mail|my (?:e-?mails?|mails?|calls?|messages?))(?! (?:is )?(?:needed|required|necessary))", "(?:(?:^|(?<=[.!?]\\x20))|(?:i|we)(?:'ve| have)? (?:already )?)sent (?:two|three|four|\\d+|several|multiple) follow-?ups",
  '(?:no|nunca|sin) (?:he |hemos )?(?:obtenido|recibido|tenido|tuve|recibi|obtuve) (?:ninguna |una |alguna )?(?:respuesta|contestacion)',
  // Still waiting for them to answer: «todavía estoy esperando a que me responda» (not «estoy esperando a que me llamen para la cita»).
  '(?:todavia|aun|sigo|seguimos) (?:estoy |estamos )?esperando (?:a )?que (?:me |nos )?(?:respond|contest|llam|escrib|devuelv)\\w*',
  // The other side's silence names the contact it leaves unanswered: «el vendedor no me ha respondido», «no contesta a
  // los emails», «both calls were unsuccessful».
  'no (?:me |nos )?(?:ha|han|habia|habian) (?:contestado|respondido|dado (?:ninguna |una )?respuesta)',
  'no (?:contesta|contestan|responde|responden|atiende|atienden|lee|leen|cogen|coge) (?:a |al |el )?(?:los|mis|nuestros|sus)? ?(?:correos|emails|e-mails|mails|mensajes|llamadas|reclamos|reclamaciones|telefonos?|tlfno|tlf|celular|whatsapp)',
  // Days without an answer, told as the company's slowness: «tardan semanas en responder».
  'tardan (?:@ )?(?:dias|semanas|meses) en (?:responder|contestar|atender)',
  "no (?:reply|replies|response|responses|answer|answers|word|call ?back) (?:yet )?from (?:your|the|their|its|customer|any)(?: \\w+){0,2} ?(?:support|service|care|team|centre|center|desk|agents?|staff)",
  // Chasing in a tracker or a thread: «please answer my previous email», «no response
  // for more than 4 days», «will we ever get an update?», «still waiting for a reply», «sin respuesta desde hace dos meses».
  "(?:there is|there's|there has been|still|yet) no (?:response|reply|answer|feedback|word|update|communication)(?= ?(?:[.,!?]|$| from (?:you|the team|support|anyone)| to (?:my|our|the)| yet| since| for| after))",
  "no (?:response|reply|answer|feedback|update)s? (?:for|in|since|after) (?:more than |over |almost |nearly |about )?(?:\\d+|a|one|two|three|four|five|several|many) (?:days?|weeks?|months?|hours?)",
  "still waiting (?:for|on) (?:a |an |any |the |your |my )?(?:reply|response|answer|update|feedback|news|word|resolution)",
  // What the customer sent, left unread: "my ticket has been ignored for two weeks", «ignoran mis correos».
  "(?:ticket|tickets|request|requests|e-?mails?|messages?|complaints?|case|letters?)(?: \\w+){0,2} (?:has|have|had) been (?:completely |totally |simply )?ignored",
  '(?:re-?reportar|volver a reportar|reportar de nuevo|reabrir el (?:ticket|caso|reporte)|reenvio (?:el|mi) (?:correo|mensaje|reporte))',
  // Trying to reach them and failing is both halves too: «I can't get through on the phone», «no logro comunicarme».
  "(?:can't|cannot|can not|couldn't|could not|unable to|never) (?:get|got) (?:through|hold of (?:anyone|anybody|someone|a (?:person|human)))",
  // «…even after contacting the support e-mail»: the contact, told as what did not help.
  "even after (?:specifically |repeatedly |already )?(?:contacting|emailing|e-mailing|calling|phoning|writing to|messaging|chasing|ringing)",
  // Waiting on a reply, days without one, a message sent and not read, channels tried one after another, yet another message:
  // «tengo más de un mes esperando respuesta», «dos días más sin respuesta», «respondan el DM que les envié», «ni por
  // whatsapp, ni por teléfono», «this is yet another message to you», «I am not getting any support».
  'esperando (?:una |alguna |su |tu |vuestra )?(?:respuesta|contestacion)(?! del (?:servidor|sistema|api)| de la (?:api|app|pagina|web))', "(?:waiting|waited) (?:for|on) (?:a |an |any |your )?(?:reply|response|answer|call ?back)(?! from the (?:server|api|system|app))",
  '(?:horas|dias|semanas|meses) (?:mas )?sin (?:ninguna )?(?:respuesta|contestacion|solucion|noticias)',
  '(?:respondan|contesten|responde|contesta|revisen|lean|vean|atiendan) (?:el|mi|los|mis|al) (?:dm|md|mensaje|mensajes|correo|correos|mail|mails|inbox|privado|ticket)',
  'ni por (?:el |la )?(?:whatsapp|telefono|correo|mail|chat|mensajes?|dm|md|twitter|redes|sucursal|oficina|linea)(?: @)?,? ni por',
  "(?:not|never|i'm not|i am not) (?:getting|receiving) (?:any )?(?:support|help|reply|replies|response|responses|answer|answers)",
  // Being passed around is contacting and getting nowhere at once: «bounced back and forth», «me pasan de un área a otra».
  "(?:been|got|get|getting|was|were|being|keep getting) (?:bounced|passed|shuffled|pushed|sent) (?:around|back and forth|from (?:one (?:person|agent|department|team|rep|advisor)|department|person|agent|pillar))",
  '(?:me|nos) (?:pasan|pasaron|mandan|mandaron|traen|trajeron|tienen|tuvieron) (?:de (?:un (?:lado|area|departamento|asesor) (?:a|para) otro|aqui para alla|area en area|departamento en departamento|asesor en asesor))',
];

/**
 * Trying for a stretch of time says both halves at once, the contacting and that it got
 * nowhere: «llevo más de 20 días intentando contactar con el chat», «intento hablar con
 * alguien y es imposible», "I've been trying to reach support for two weeks".
 */
const SPAN_OF_TIME =
  '(?:mas de |casi |over |more than |almost |nearly )?(?:(?:\\d+(?: 1/2|[.,]5)?|un|una|dos|tres|cuatro|cinco|seis|varios|varias|muchos|muchas|a|an|one|two|three|four|five|six|several|many) (?:horas?|hrs?|hs|dias?|semanas?|meses|mes|hours?|days?|weeks?|months?)|horas|dias|semanas|meses|hours|days|weeks|months|ages|a while|forever|toda la (?:manana|tarde|noche|semana)|todo el (?:dia|mes))';
/** A stretch told by where it began or by what it filled: "since Monday", "since last week", "all day". */
const SINCE_EN = '(?:since (?:@ ){0,2}@|all (?:day|week|morning|afternoon|evening|night|month|weekend))';
/** Contact gerunds proper: «reclamando», «llamando» (not «intentando», which needs what is tried). */
const CONTACT_GERUND_ES = alt([...AR_STEMS.map(gerundAr), ...IR_STEMS.map(gerundIr), 'enviando', 'comunicandome', 'quejandome']);
const TRYING_TO_REACH_ES = `(?:intentando|tratando de|queriendo|buscando) (?:@ ){0,2}(?:comunicarme|comunicarnos|contactar\\w*|hablar con|llamar\\w*|escribir\\w*|ponerme en contacto|ponernos en contacto|(?:radicar|poner|presentar|levantar|interponer) (?:una|un|mi|la|el) (?:queja|reclamo|reclamacion|denuncia|pqrs?)|que (?:@ ){0,4}(?:me|nos) (?:atiendan?|respondan?|contesten?|llamen?|ayuden?))${NOT_THE_COMPANY}`;
const TRYING_TO_REACH_EN = `trying to (?:reach|contact|call|ring|phone|email|get (?:hold of|through to|in touch with|an answer from)|speak (?:to|with)|talk (?:to|with))${NOT_THE_COMPANY}`;
/** "I've been trying to reach…", or with the subject dropped at a sentence's start: "Been trying to contact you…". */
const BEEN_TRYING_TO_REACH_EN = `(?:(?:i've|i have|we've|we have|i had|we had) |(?:^|(?<=[.!?]\\x20)))been ${TRYING_TO_REACH_EN}`;
const DURATIVE_ATTEMPT = [
  `(?:llevo|llevamos|lleva|llevan) ${SPAN_OF_TIME} (?:${TRYING_TO_REACH_ES}|${CONTACT_GERUND_ES})`,
  `(?:desde hace|hace) ${SPAN_OF_TIME} (?:que )?(?:estoy |estamos )?${TRYING_TO_REACH_ES}`,
  `(?:intento|intentamos|intente|trato|tratamos|trate) (?:de )?(?:@ ){0,1}(?:comunicarme|comunicarnos|contactar\\w*|hablar con|llamar\\w*|ponerme en contacto)${NOT_THE_COMPANY}[^.!?]{0,60}?(?:es imposible|imposible|no (?:hay (?:manera|forma)|puedo|consigo|logro))`,
  // …or told as never letting up (forty-seventh session): "trying to contact them constantly".
  `${BEEN_TRYING_TO_REACH_EN}[^.!?]{0,60}? (?:for ${SPAN_OF_TIME}|${SINCE_EN}|constantly)`,
  `for ${SPAN_OF_TIME},? (?:i've|i have|we've|we have) been ${TRYING_TO_REACH_EN}`,
  // Since a day, still at it: «desde el viernes me estoy comunicando con ustedes», «desde ayer estoy intentando hablar con alguien».
  `desde (?:el |la |hace |ayer|anteayer|este |esta )[^.!?]{0,25}? (?:me |nos )?(?:estoy |estamos |he estado |hemos estado |vengo |venimos )(?:comunicando|llamando|escribiendo|reclamando|${TRYING_TO_REACH_ES})`,
];

/**
 * A case already on file — «número de reclamación 11215965», «my case number is…», «mi
 * primera carta» — is an earlier contact too.
 */
const CASE_ON_FILE = [
  '(?:numero|n°|nro|no\\.?) (?:de )?(?:reclamacion|reclamo|queja|ticket|caso|folio|incidencia|reporte|expediente|solicitud)', '(?:mi|la|nuestra|su) (?:primera|anterior|ultima) (?:carta|reclamacion|queja|solicitud|comunicacion|correo|mensaje|llamada)',
  '(?:case|ticket|complaint|reference|claim) (?:number|no\\.?|#|id|ref)', '(?:my|our|the) (?:previous|last|first|earlier|original) (?:support )?(?:email|letter|complaint|message|call|ticket|case)',
  ...REPLY_NEVER_CAME,
  ...DURATIVE_ATTEMPT,
  // Support that never answers has been written to: «support don't answer», «nunca contestan».
  "(?:support|customer service|they|your (?:team|agents|staff|support)) (?:don't|doesn't|do not|does not|never|won't) (?:answer|reply|respond|get back|call back|pick up)",
  '(?:soporte|atencion al cliente|servicio al cliente|ustedes) (?:no|nunca) (?:contesta|contestan|responde|responden|atiende|atienden)',
  // Several already open: «en los tickets de soporte», «múltiples tickets», «my tickets».
  '(?:mis|nuestros|varios|varias|multiples|muchos|muchas|los|unos cuantos|unas cuantas) (?:tickets|reclamos|casos|correos|chats|llamadas|emails|mails)(?: de (?:soporte|ayuda))?',
  '(?:my|our|several|multiple|many|numerous) (?:support )?(?:tickets|cases|complaints|requests)',
  // Trying to reach them, going on: «he estado intentando contactarme desde que…».
  `(?:llevo|llevamos|estoy|estamos|he estado|hemos estado|estuve|estuvimos)(?: @){0,4} ${TRYING_TO_REACH_ES}`,
];

/**
 * The contacting itself got nowhere: no answer, bounced around, ignored, again and again.
 * Enough on its own after what the company said in an earlier contact (toldFruitlessContact).
 */
const CONTACT_WENT_NOWHERE_ES = [
  '(?:no|ni) (?:hay|tengo|tenemos|tuve|tuvimos|he tenido|hemos tenido|he recibido|hemos recibido|he obtenido|hemos obtenido|recibi|recibimos|recibo|obtengo|obtenemos|obtuve|obtuvimos|me dan|nos dan|me dieron|nos dieron|me han dado|nos han dado|dan|dieron|han dado|me da|da) (?:@ ){0,2}(?:respuesta|respuestas|solucion|soluciones|contestacion|informacion|novedad|novedades|noticias|razon|explicacion|exito|suerte)',
  'sin (?:ninguna |ningun |obtener |tener |recibir )?(?:respuesta|solucion|contestacion|exito|resultado|novedad|noticias)',
  'nadie (?:me |nos )?(?:responde|respondio|responda|contesta|contesto|conteste|atiende|atienda|atendio|ayuda|ayude|ayudo|llama|llamo|da|dio|sabe|soluciona|soluciono|solucione|hace|hizo|se hace)',
  'no (?:me |nos )?(?:tomaron|hicieron caso|hacen caso|contestaron|contestan|respondieron|responden|solucionaron|solucionan|llamaron|devolvieron|resolvieron|han contestado|han respondido|han solucionado|han llamado|han resuelto|dan bola|dan pelota)',
  'no (?:se (?:ha|han) puesto|se pone|se ponen|se puso|se pusieron) en contacto', 'no (?:da|dan|dio|dieron) (?:ninguna |ni )?senales',
  'peloteo', 'de (?:numero en numero|un lado (?:a|para) otro|departamento en departamento|oficina en oficina|ventanilla en ventanilla)',
  '(?:me|nos) (?:pasan|pasaron|mandan|mandaron|derivan|derivaron|transfieren|transfirieron) (?:de|a otro|a otra|con otro|con otra)',
  '(?:me|nos) (?:envian|enviaron|mandan|mandaron|remiten|remitieron) a (?:chatear|llamar|escribir|la web|la pagina|la app|la sucursal|otro|otra)',
  'otra vez', 'de nuevo', 'nuevamente', 'ni (?:@ )?caso', 'en vano',
  'nunca (?:contestan|responden|atienden|contestaron|respondieron|atendieron|llaman|llamaron|devuelven)',
  'nunca (?:tuve|tuvimos|he tenido|hemos tenido|recibi|recibimos|obtuve|obtuvimos|hubo|me dieron|nos dieron) (?:@ ){0,2}(?:respuesta|respuestas|solucion|contestacion|noticias)', '(?:me|nos) (?:cuelgan|cuelga|colgaron|colgo|colgaba|colgaban|cortan|corta|cortaron|corto|dejan esperando|dejaron esperando)', 'nadie (?:me |nos )?(?:resuelve|soluciona|ayuda|da (?:una )?solucion)',
  '(?:\\d+|dos|tres|cuatro|cinco|seis|siete|ocho|diez|varias|muchas|tantas|reiteradas) (?:veces|ocasiones)',
  // Counted by hyperbole: «he hablado con ellos mil veces», «un montón de veces» (twenty-eighth session).
  '(?:mil|cien|mil y una|un millon de|un monton de|infinidad de|incontables|innumerables|infinitas) (?:veces|ocasiones)',
  '(?:varios|muchos|tantos|numerosos|unos cuantos|\\d+|dos|tres|cuatro|cinco) (?:correos|emails|e-mails|mails|mensajes|whatsapps|tickets|reclamos|chats)',
];
const CONTACT_WENT_NOWHERE_EN = [
  "no (?:any )?(?:reply|replies|response|responses|answer|answers|resolution|luck|joy|help|update|updates|one|word|call back|callback|follow[ -]?up)",
  "(?:hasn't|haven't|has not|have not|didn't|did not|never|won't|will not|wouldn't|would not|refus\\w* to|refuse to) (?:even )?(?:replied|responded|answered|gotten back|got back|called back|written back|reply|respond|answer|get back|call back|write back)",
  "(?:nobody|no one|no-one) (?:has |had )?(?:replied|responded|answered|called|got back|gets back|contacted|helped|knows|fixed|cares|bothered)",
  // «haven't received a reply»; «haven't received anything» is the promised thing missing (a broken promise), not the contact.
  "(?:haven't|have not|hasn't|has not|didn't|did not|never)(?: yet| so far| still| ever| even)? (?:heard|been contacted|(?:gotten|got|get|received|receive|had|have|obtained) (?:a |an |any |one |a single )?(?:reply|replies|response|responses|answer|answers|update|updates|call ?back|word|feedback))",
  "to no avail", "no avail", "(?:but|and|yet) nothing(?=\\s*[.,!;]|\\s*$)",
  "(?:again|over and over|back and forth|runaround|run around|passed (?:around|from|between)|bounced (?:around|between)|transferred (?:around|again|\\d+|two|three|several|multiple))",
  "ignored", "ghosted",
  // Forty-first session: the channel itself failed — a bounce, a call that never connects, a line that hangs up (not a rep who «bounced» us on: that is the runaround above).
  "(?:e-?mails?|mails?|messages?|address) (?:to (?:you|them|support|your \\w+) )?(?:has |have |had |was |were |got |keeps? |kept )?bounc(?:ed|es|ing)(?! (?:from|between|around))", "(?<=\\b(?:e-?mail|mail|address|inbox)\\b[^.!?]{0,60})\\b(?:it|they) (?:has |have |had |just |immediately )?bounc(?:ed|es)\\b", "(?:e-?mail|mail|message)[^.!?]{0,30}\\bbounce-?back", "undeliverable", "(?:got|get|gets|getting) (?:no|a|an) (?:recipient|delivery failure (?:notice|message|email|e-mail))\\b",
  "(?:^|(?<=[.!?\\n]\\x20?))still not connected(?=\\s*[.!]|\\s*$)", "(?:call|line|number|helpline|phone) (?:is |was |keeps |kept )?not (?:connecting|connected|going through)", "(?:not|never) (?:connected|put through) to (?:an? |the |any )?(?:agent|person|human|representative|operator|advisor|adviser|someone)", "(?:can't|cannot|couldn't|could not|never) (?:get|got|be|been) (?:through|connected)", "(?:hung|hangs|hang) up",
  "(?:support|customer service|you|they|your (?:team|agents|staff|support)) (?:don't|doesn't|do not|does not|never|won't) (?:answer|reply|respond|get back|call back|pick up)",
  "(?:\\d+|two|three|four|five|several|multiple|many|numerous) (?:times?|occasions)",
  "(?:a (?:thousand|million|hundred|dozen)|countless|umpteen|(?:dozens|hundreds) of|so many|too many) times",
];

/** The earlier contact got nowhere: the signs above, or the case still unsolved, still waiting. */
const UNRESOLVED_ES = [
  ...CONTACT_WENT_NOWHERE_ES,
  '(?:hasta|a) (?:el momento|ahora|la fecha|hoy|el dia de hoy)',
  'todavia', 'aun (?:no|sin|nada|sigo|sigue|espero|estoy)', '(?:sigo|sigue|seguimos|siguen) (?:sin|igual|esperando|con el|con la|teniendo)',
  'no (?:me |nos )?(?:hacen|hicieron|han hecho|hace|hizo) nada', 'no (?:tienen|tenian|tiene) (?:acceso|idea|informacion|solucion)',
  'una y otra vez', 'no (?:me |nos )?(?:han )?(?:hecho|echo|hacen|hicieron) (?:@ )?caso', 'y nada', 'pero nada(?=\\s*(?:[.,!;]|$))', 'nada de nada', 'ni idea',
  'no (?:me |nos )?(?:logran|logra|lograron|logro|pudieron|pueden|supieron|saben) (?:ayudar\\w*|resolver\\w*|solucionar\\w*|dar (?:una )?(?:respuesta|solucion))',
];
const UNRESOLVED_EN = [
  ...CONTACT_WENT_NOWHERE_EN,
  "(?:still|yet to|as of (?:yet|today|now))", "without (?:any |a )?(?:reply|response|answer|success|luck|resolution)",
  "(?:nothing|none) (?:has|have|was|were) (?:been )?(?:done|fixed|resolved|sorted|changed)",
  "(?:they|you) (?:do|did|have done) nothing", "(?:they|you) (?:don't|do not|didn't) (?:have|know) (?:access|anything|a clue|the answer)",
  "(?:haven't|have not|hasn't|has not|didn't|did not|never) (?:gotten|got|received) (?:anything|nothing)", "never (?:get|got|gets) (?:to (?:speak|talk)|through|an answer|a reply|a response|anyone|a person|a human)", "(?:couldn't|could not|can't|cannot|unable to|failed to|didn't|did not) (?:help|resolve|fix|solve|sort)",
];

const CONTACT_WENT_NOWHERE = compileTest([...CONTACT_WENT_NOWHERE_ES, ...CONTACT_WENT_NOWHERE_EN, ...REPLY_NEVER_CAME]);
const EARLIER_CONTACT = compileTest([...EARLIER_CONTACT_ES, ...EARLIER_CONTACT_EN, ...CASE_ON_FILE]);
const TOLD = compileTest(TOLD_IN_CONTACT);
const UNRESOLVED = compileTest([...UNRESOLVED_ES, ...UNRESOLVED_EN, ...REPLY_NEVER_CAME, ...DURATIVE_ATTEMPT]);

/**
 * When an earlier contact was: "10 days ago", «hace un mes», "last week", «el pasado lunes», "in March", "back in May".
 * Read after the contact it dates.
 */
const WHEN_BEFORE =
  `(?:${SPAN_OF_TIME} ago|a (?:few|couple of) (?:days|weeks|months) ago|hace ${SPAN_OF_TIME}|hace (?:unos|unas|un par de) (?:dias|semanas|meses)|(?:last|this past|on) (?:week|month|${WEEKDAY.en})|yesterday|ayer|anteayer|(?:el|la) (?:semana|mes) pasad[oa]|el (?:pasado )?(?:${WEEKDAY.es})(?: pasado)?|(?:back )?(?:in|on|en|el) (?:january|february|march|april|may|june|july|august|september|october|november|december|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)|(?:on|el) (?:the )?\\d{1,2}(?:st|nd|rd|th)?\\b)`;

/**
 * Coming back to it: the message is the customer's second word on the matter, and says so — asking or writing again
 * («vuelvo a consultar por…», «quería preguntar de nuevo», "I'm asking again"), dating their own earlier report or
 * ticket ("the ticket I opened 10 days ago", «lo reporté hace un mes»), or counting their attempts to reach us ("after
 * several attempts to reach them"). Each is a repeat contact in the labelling guide's sense without any word of an
 * answer that did not come: the customer has had to write again. Only contacting counts: typing a password again,
 * looking a balance up again, a report made in an app, a parcel posted back, a card reported stolen, attempts at a
 * payment or at a fix are none (review of the fortieth session).
 */
const COMES_BACK = [
  // Asking or writing again, in the first person and not refused («no vuelvo a…» is a threat to leave). «Pedir»
  // is left out: it is also ordering («lo pido de nuevo» buys again); «escribir» and «consultar» only toward someone
  // or about something, not «escribir de nuevo la contraseña», «consultar de nuevo el saldo».
  '(?<!\\bno )(?:me |nos )?(?:vuelvo|volvemos|volvi|volvimos) a (?:preguntar|reclamar|solicitar|insistir|comunicar(?:me|nos)?|contactar\\w*|poner(?:me|nos)? en contacto|plantear|mencionar|escribir(?:les|le|te|os)|(?:escribir|consultar|llamar)(?= (?:por|sobre|acerca|si|con|para|a ustedes|al|a la)\\b))',
  '(?:consulto|pregunto|escribo|reclamo|reporto|insisto|preguntar|reclamar|insistir|(?:queria|quiero|quisiera|quisieramos|vengo a|paso a) (?:consultar|escribir(?:les|le|te|os)?|preguntar|reclamar)) (?:de nuevo|nuevamente|otra vez)',
  "(?:i'm|i am|we're|we are)(?: just| now| here)? (?:asking|writing|emailing|messaging|reaching out|checking in|calling|chasing|raising this|reporting this) (?:again|once more|one more time|a second time|yet again)",
  // Dating their own earlier ticket or complaint (a report or a post may be a document or a social post).
  `(?:the|my|our|this|el|mi|este) (?:ticket|case|issue|complaint|reclamo|caso|queja) (?:that )?(?:(?:i|we|que) )?(?:opened|filed|raised|submitted|posted|created|logged|reported|abri|puse|levante|cree|presente|abrimos|pusimos|levantamos|creamos|reportamos|presentamos) (?:@ ){0,2}(?:${WHEN_BEFORE})`,
  // Their own report of it, dated: not to someone else ("to my manager", "with the landlord") nor of a theft ("reported it stolen").
  `(?:i|we|i've|we've|i have|we have|i already|we already)(?: first| originally| already)? (?:reported|raised|flagged) (?:this|it|that|the (?:issue|problem|bug|error))(?! (?:to|with) (?!you\\b|your\\b|support\\b))(?! (?:stolen|lost|missing|as (?:stolen|lost)))(?: \\w+){0,3}? (?:${WHEN_BEFORE}|already|earlier|previously)`,
  // «Lo reclamé hace…», not the subjunctive «que lo reclame antes del 10».
  `(?<!\\bque )(?:lo|la|esto|eso) (?:reporte|reclame|avise|reportamos|reclamamos|avisamos)(?! a (?:mi|la policia|mis))(?: \\w+){0,2}? (?:${WHEN_BEFORE}|anteriormente|previamente)`,
  // Counting their attempts to reach us, or to sort it out with us.
  "(?:several|multiple|many|numerous|repeated|countless|various|\\d+|two|three|four|five) (?:attempts|efforts|tries) (?:to|at) (?:contact|reach|speak|talk|call|phone|email|get (?:through|hold of|in touch|an answer|a response)|(?:resolve|address|sort|fix) (?:this|it|the \\w+) with (?:you|your|support|customer service|the (?:company|seller|store|bank)))",
];
const COMES_BACK_RE = compileTest(COMES_BACK);

/** What the customer says they said: "as I explained", «como les comenté». */
const SAID_EN = '(?:said|mentioned|explained|stated|wrote|written|noted|asked|told you|pointed out)';
const SAID_ES = '(?:comente|dije|explique|escribi|mencione|indique|plantee|comentamos|dijimos|explicamos|escribimos|mencionamos|indicamos)';

/**
 * Pointing back to what they wrote before, to say it again ("As I explained in my previous email, …", «Como les comenté
 * antes, …»). Read at the message's opening: further in, "as I said before" points back inside the same message.
 */
const POINTS_BACK = [
  // Said again, not just said: "As I said, …" may only lead into the point.
  `as (?:i|we) (?:have |had )?(?:already ${SAID_EN}|${SAID_EN} (?:before|earlier|previously|already))(?= ?,)`,
  `como (?:(?:ya )(?:te |les |le |os )?${SAID_ES}|(?:te |les |le |os )?${SAID_ES} (?:antes|anteriormente|previamente|ya))(?= ?,)`,
];
const POINTS_BACK_RE = compileTest(POINTS_BACK);
/** …anywhere, when it names the earlier message: "as I said in my last email". */
const POINTS_BACK_TO_MESSAGE = compileTest([
  "as (?:i|we) (?:have |had )?(?:already )?(?:said|mentioned|explained|stated|wrote|noted|asked|pointed out) in (?:my|our) (?:previous|last|earlier|first|original|other) (?:message|email|e-mail|post|comment|reply|ticket|tweet|dm|letter|request)",
  `como (?:ya )?(?:te |les |le |os )?${SAID_ES} en (?:mi|el|nuestro) (?:mensaje|correo|comentario|post|reclamo|ticket) (?:anterior|previo)`,
]);
/** A message's opening: up to its first sentence end, past a greeting line. */
const OPENING = /^\s*(?:(?:hi|hello|hey|dear|hola|buenas|buenos dias|buenas tardes|estimad[oa]s?)\b[^\n.!?]{0,40}[\n,.!]\s*)?[^.!?\n]*/;

/**
 * True when the message says it is the customer's second word on the matter (folded text). A new topic
 * («les escribo de nuevo pero por otro tema») bars this read only: it undoes "writing again", not a contact
 * told as unanswered («nadie contestó mis correos»), which the labelling guide counts whatever the topic.
 */
export function comesBackToIt(folded: string): boolean {
  if (writesAboutNewTopic(folded)) return false;
  const read = folded.replace(QUOTED, ' ');
  return COMES_BACK_RE.test(read) || POINTS_BACK_TO_MESSAGE.test(read) || POINTS_BACK_RE.test(OPENING.exec(read)![0]);
}

/** True when the customer tells of an earlier contact with the company (folded text). */
export function toldEarlierContact(folded: string): boolean {
  return EARLIER_CONTACT.test(folded) || TOLD.test(folded);
}

/** True when the message says an earlier attempt went unanswered or unresolved (folded text). */
export function toldUnresolved(folded: string): boolean {
  return UNRESOLVED.test(folded);
}

/**
 * What the customer quotes («…the page said "We've emailed you a link"») is someone else's
 * words: the company's «we've emailed you» is not the customer's contact.
 */
const QUOTED = /(?<![\p{L}\p{N}])["“«][^"”»\n]{1,200}["”»]/gu;

/**
 * Contacts that run the other way: the company calling, writing or chasing the customer («me llaman 10
 * veces al día», «que dejen de llamarme», "stop calling me", "calls from your collections team").
 * Counted, they read like repeat contacts; they are not the customer coming back to us.
 */
const TOWARD_CUSTOMER = compileTest([
  '(?:dejen|deje|dejes|dejar|dejad|paren|parar|pare|basta) de (?:llamar|marcar|escribir|acosar|hostigar|molestar|contactar)\\w*',
  '(?<!\\b(?:no|nunca|jamas|ni|nadie) )(?:me|nos) (?:siguen |estan |vuelven a |volvieron a )?(?:llaman|llamaron|llamando|marcan|marcaron|marcando|escriben|escribiendo|acosan|acosando|hostigan|hostigando|han llamado|ha llamado|han marcado|ha marcado)',
  '(?:vuelven|volvieron|siguen) a (?:marcar|llamar|hostigar|acosar)', 'llamadas (?:al dia |diarias |por dia )?(?:de|desde|del) (?!mi |mis )',
  'acoso', 'hostigamiento', '[a-z]*meacosa',
  'stop (?:calling|ringing|texting|emailing|e-mailing|contacting|harassing|spamming) (?:me|us)',
  '(?:you|they|your \\w+|someone|somebody) (?:keep|keeps|kept|are|is|have been|has been) (?:calling|ringing|texting|emailing|phoning|harassing) (?:me|us)',
  '(?:calls?|texts?|emails?) from (?:you|your|them|their|the|a|an) (?!my )', 'harass\\w*',
]);
/** The customer's own contact, in the first person: «llamé», «he escrito», "I've emailed", "my calls". */
const OWN_CONTACT = new RegExp(String.raw`\b(?:${PRETERITE_ES}|(?:he|hemos|habia|habiamos) (?:ya )?${PARTICIPLE_ES})\b|\b(?:i|we)(?:'ve| have| had)?(?: already| also| then)? (?:called|rang|phoned|emailed|e-mailed|written|wrote|messaged|contacted|reached out|tweeted|chatted|complained|spoken|spoke|talked)\b|\b(?:i|we)(?:'ve| have| had)?(?: already| also)? (?:told|asked|informed|explained to|reported to) (?:them|you|him|her|the|your)\b|\b(?:i|we)(?:'ve| have)? been (?:calling|emailing|trying to (?:call|reach|contact|get through))\b|\bcada vez que (?:quiero|intento|llamo|escribo|pido|pregunto|voy|reclamo)\b|\b(?:fui|fuimos|he ido|hemos ido) (?:a|hasta) (?:la|el|su|sus) (?:oficina|sucursal|tienda|local|agencia)|\bbeing told\b|\b(?:my|our|mis|nuestras) (?:calls|emails|messages|complaints|llamadas|correos|mensajes|reclamos)\b`);

/**
 * An answer expected that never came, after a contact the message tells: "I did phone the restaurant… I would have
 * expected some kind of response but nothing at all", «les escribí el lunes… esperaba alguna respuesta, pero nada». Without
 * the contact it is a FAQ or a chatbot that disappointed, not a silence of ours.
 */
const EXPECTED_ANSWER = new RegExp(
  String.raw`\b(?:expect(?:ed|ing)|welcomed|(?:hop|wait)(?:ed|ing) for|await(?:ed|ing))(?: [a-z]+){0,5} (?:response|reply|answer|call ?back|acknowledg(?:e?ment))\b(?! to be)[^.!?]{0,30}?\b(?:but|yet|and) (?:nothing|none|no (?:reply|response|answer|word)|never (?:got|received|heard)|still nothing|heard nothing)` +
    String.raw`|\b(?:esperab(?:a|amos)|esperando|aguard(?:aba|ando))(?: [a-z]+){0,4} (?:respuesta|contestacion|llamada)\b[^.!?]{0,30}?\b(?:pero|y) (?:nada|ninguna|nunca (?:llego|llamaron|respondieron|contestaron))`,
);

/** An answer waited for in vain after a told contact (folded text). */
export function expectedAnswerNeverCame(folded: string): boolean {
  return EXPECTED_ANSWER.test(folded) && (OWN_CONTACT.test(folded) || EARLIER_CONTACT.test(folded));
}

/** The only contacts told are the company's toward the customer: no repeat contact, however many are counted. */
export function contactOnlyTowardCustomer(folded: string): boolean {
  return TOWARD_CUSTOMER.test(folded) && !OWN_CONTACT.test(folded);
}

/**
 * A contact told with the company's answer to it: «llamé y la operadora me explicó que…», «les escribí y me contestaron
 * que el vendedor tenía razón», "I emailed and they told me it was a known issue". One contact, answered, is no repeat
 * contact (docs/labelling.md) whatever the customer thinks of the answer — unless the message says it came back or is
 * still waiting (COMING_BACK), or that some contact went unanswered (UNRESOLVED).
 */
const ANSWERED = compileTest([
  '(?<!(?:no|nunca|ni) )(?:me|nos) (?:(?:contest|respond|explic|aclar|resolv|solucion|reconoc|atend|ofrec|indic|inform|coment|cont)(?:o|io|aron|ieron)|dij(?:o|eron))',
  '(?:la|el) (?:operador|asesor|agente|chic|senor|emplead|cajer|encargad|tecnic|vendedor|representante)\\w* (?:me|nos) (?:dij|cont|explic|atend|resolv|soluc|indic|inform|coment|aclar|ofrec|respond|contest)\\w*',
  "(?:they|she|he|the (?:agent|rep|representative|lady|guy|operator|advisor|person|staff)) (?:(?:told|explained to|replied to|answered|offered|assured|informed|advised) (?:me|us)|(?:replied|answered|responded|explained|said|confirmed) (?:that|it|the|my|i|we))",
]);
/** The customer writing or calling again, or still waiting: what makes a told contact a repeat one. */
const COMING_BACK = compileTest([
  'otra vez', 'de nuevo', 'nuevamente', 'veces', 'vez', 'sigo', 'seguimos', 'sigue', 'siguen', 'aun', 'nadie', 'sin novedad', 'ya (?:les|le|te|os|he|hemos|llame|escribi|reclame)', 'volvi', 'vuelvo', 'volver', 'insist\\w*', 'reiter\\w*', 'segunda', 'tercera',
  // An answer from a machine is none; contacts on two days are two: «me responden con mensajes automáticos», «escribí el sábado y el lunes».
  'automatic\\w*', 'automated', 'bots?', `(?:${WEEKDAY.es})(?:,| y) (?:el |hoy|ayer)`, `(?:${WEEKDAY.en})(?:,| and) (?:on |today|yesterday|${WEEKDAY.en})`, 'ningun\\w*',
  'varias', 'muchas', 'reiteradas', 'again', 'another', 'second', 'third', 'times', 'twice', 'multiple', 'several', 'repeated\\w*', 'nobody', 'never', 'yet', 'already', 'follow(?:ing|ed)? ?up', 'chas\\w+', 'each time', 'every time', 'keep',
]);

/** One told contact of the customer's own, and the answer it got, and nothing said of coming back (folded text). */
export function contactAnswered(folded: string): boolean {
  const read = folded.replace(QUOTED, ' ');
  return OWN_CONTACT.test(read) && ANSWERED.test(read) && !COMING_BACK.test(read) && !UNRESOLVED.test(read);
}

/** A told contact that got nowhere: the customer is coming back about it. */
export function toldFruitlessContact(folded: string): boolean {
  if (EARLIER_CONTACT.test(folded.replace(QUOTED, ' '))) return toldUnresolved(folded);
  return TOLD.test(folded) && CONTACT_WENT_NOWHERE.test(folded);
}
