/**
 * flat-refusal: a refusal («no es posible», «no aceptamos…», «we can't…») with no
 * alternative offered ANYWHERE in the draft. Per sentence the refusal clauses are found;
 * the draft step drops them all when the draft offers something («pero puedo…», «lo que
 * sí puedo hacer», «te ofrezco», «si quieres, te…», «what I can do», «but I can…»,
 * «instead»…), and otherwise attaches the matching playbook entries as `alternatives`.
 *
 * Span: the refusal clause. Suggestions keep the refusal and add an offer, so the agent's
 * meaning stays and the draft now has an alternative (the rule does not fire again).
 */
import { compile, expand, findAll, GREETING, lexiconChecker, SENTENCE_OPENING, type SpanInfo } from '../patterns';
import { announcesAbsence } from '../grammar/absence';
import { byRegister } from '../grammar/register';
import { asksBack, asksToContinue, givesContactPoint, givesNextStep, isInstruction, isQuestion, pointsOnlyToReading } from '../grammar/next-step';
import { signOffStart } from '../grammar/sign-off';
import { affirmsInstead, offersAfterTurn, offersBeforeTrailingTurn } from '../grammar/turn';
import { CANNOT_FORMS_EN, NO_EXACT_TIME_EN, NO_EXACT_TIME_ES, PREDICTING_EN, PREDICTING_ES } from '../grammar/declines-to-predict';
import { matchAlternatives } from '../playbook';
import type { DraftContext, Rule, RuleExample, RuleMatch } from './types';
import { WEEKDAY } from '../grammar/calendar-words';
import { fromLexicons } from './lexicon-rule';

// Verbs after «no puedo/podemos», «we can't» that are NOT refusals: perception, knowledge and feelings, failing
// to reproduce a fault (a step of the diagnosis, not an answer to the request), and declining to promise or
// predict a time (../grammar/declines-to-predict.ts).
/**
 * Not a refusal but honesty about what is not known yet (thirty-second session): «no te puedo asegurar el resultado»,
 * «no le puedo decir si será cambio o reparación», «no es posible anticipar su resultado», «no puedo descartar…».
 */
const NOT_A_PREDICTION_ES =
  '(?:asegurar|garantizar)(?:te|le|les|os)? que\\b|descartar\\w*|(?:asegurar|garantizar|adelantar|anticipar|predecir|decir|precisar|indicar|confirmar)(?:te|le|les|os)? (?:si|cual|como|cuando|todavia|aun|nada|con (?:certeza|seguridad)|(?:el|su|tu) (?:resultado|decision|dictamen|veredicto|respuesta))\\b';
/** "Afraid not many…": a quantity after "afraid not", not a no (thirty-second session). */
const NOT_A_QUANTITY_EN = '(?!\\s+(?:many|much|all|every\\w*|quite|only|just|sure|yet|everyone)\\b)';
const NOT_REFUSAL_ES = `(?:reproducir\\w*|replicar\\w*|recrear\\w*|ver|verlo|verla|encontrar|encontrarlo|localizar|ubicar|abrir|abrirlo|abrirla|descargar|leer|leerlo|acceder|entrar|visualizar|oir|escuchar|cargar|saber|creer|esperar|imaginar|confirmar(?:te|le)? todavia|dejar de|evitar|negar|prometer(?:te|le)?|${PREDICTING_ES}|${NOT_A_PREDICTION_ES})`;
const NOT_REFUSAL_EN = `(?:reproduce|replicate|recreate|see|find|locate|open|read|access|view|load|download|hear|wait|reach (?:you|(?:him|her|them) by)|get (?:hold of|through to) you|contact you|believe|imagine|thank|tell whether|tell (?:you )?(?:which|whether|if|what(?:'s| is) best|for sure|(?:the|what the|how the) (?:outcome|result|decision|verdict))|say for sure|rule (?:it |this |that )?out|promise|guarantee|stress enough|help but|deny|${PREDICTING_EN})`;

// Closing a thread, and the reasons that make it a no: the request is not a fault of ours or not in scope.
const CLOSING_ES = '(?:cierro|cerramos|cerrare|cerraremos|procedo a cerrar|procedemos a cerrar|se cierra|queda cerrad[oa]|damos por cerrad[oa]|doy por cerrad[oa]|he cerrado|hemos cerrado|voy a cerrar|vamos a cerrar)';
const NOT_OURS_ES = '(?:no (?:es|son|se trata de|corresponde|constituye|esta relacionad[oa]|tiene (?:que ver|relacion)|forma parte)|no ser|no corresponder|no tratarse|no estar relacionad[oa]|(?:esta |estar )?fuera del? (?:alcance|ambito))';
const CLOSING_EN = "(?:clos(?:e|ing|ed)|mark(?:ing|ed)?)";
/**
 * A passive that refuses nothing: what it keeps from the customer («you won't be charged twice», "can't be seen by
 * anyone") or what cannot be known yet ("delivery dates cannot be guaranteed", "it couldn't be reproduced").
 */
const NOT_REFUSED_PASSIVE_EN = '(?:charged|billed|affected|seen|accessed|shared|viewed|read|hacked|stolen|lost|deleted|penali[sz]ed|fined|harmed|disconnected|cut off|sent (?:again|twice)|used against|guaranteed|promised|predicted|estimated|confirmed|reproduced|replicated|found|opened|loaded|forgotten|overstated|overlooked)';
/** What a customer asks back: a refund, a return, an extension… («so no refund», "No refunds on digital downloads"). */
const REMEDY_EN = '(?:refunds?|returns?|exchanges?|compensation|extensions?|credits?|rebookings?|replacements?|reimbursements?|cancell?ations?|transfers?|exceptions?|discounts?|upgrades?|changes?|deliver(?:y|ies) to)';
const NOT_OURS_EN = "(?:neither [a-z]+ nor [a-z -]{2,30}|(?:not|isn't|aren't|wasn't) (?:a bug|an issue|a problem|planned|related|relevant|in scope|actionable|something (?:we|i)|(?:a (?:technical|tech|software|code) (?:issue|problem|question)|of a technical nature)|caused by (?:the|our|this) @|(?:an? )?(?:issue|problem|bug) (?:with|in|on) (?:the|our|this) @)|out of scope|won'?t ?fix|invalid|by design|working as (?:intended|expected|designed)|(?:the )?(?:expected|intended) behaviou?r|unrelated|off[- ]topic|(?:doesn't|don't) (?:match|meet|follow|fit) (?:the |our )?(?:expected |required )?(?:content|format|template|guidelines|criteria|requirements))";

/**
 * A reply that is only «no» («No, thanks.», «no», "Hi Sam, no."), in either language: a pattern of both lexicons, and
 * read again by checkDraft.
 */
const BARE_NO_SOURCE = `(?:^|(?<=^\\W*(?:(?:${GREETING.en}|${GREETING.es})(?: [^,.!?]{1,30})?|well|ok|okay|bueno|pues|mira|vale),\\x20))no(?:,? (?:ty|thanks|thank you|gracias))?(?=[\\s.!]*$)`;
const BARE_NO = new RegExp(expand(BARE_NO_SOURCE));
/** A sentence that only greets, thanks or signs off («Hola Ana,», "Thanks for reaching out.", "Regards."): beside it a bare «no» is still the whole answer. */
const FRAME_ONLY = new RegExp(
  String.raw`^\W*(?:(?:${GREETING.en}|${GREETING.es})\b[^.!?]{0,30}|(?:thanks|thank you|many thanks|gracias|muchas gracias)(?: (?:for|por) [^.!?]{0,60})?|(?:kind |best |warm )?regards|cheers|best|(?:un )?saludos?(?: cordiales)?|un saludo|cordialmente|atentamente)[\s,.!]*$`,
);

const checker = lexiconChecker(
  {
    es: {
      patterns: [
        {
          match: [
            `no (?:nos |me )?es posible(?! (?:${NOT_A_PREDICTION_ES}))`,
            // Eighteenth session: the first person's no to giving or taking: «el libro no se lo presto», «tampoco lo recibo».
            '(?<!(?:todavia|aun) )(?:no|tampoco) (?:se |te |le |les )?(?:lo|la|los|las) (?:presto|prestamos|doy|damos|vendo|vendemos|cambio|cambiamos|devuelvo|devolvemos|acepto|aceptamos|recibo|recibimos|reembolso|reembolsamos)\\b',
            // A bare no after an apology, and a decision not to: «Lo siento, pero no.», «hemos decidido no publicar otra solución».
            // (Not a correction: «Perdona, no. Me confundí…»; not good news: «hemos decidido no cobrarte el envío».)
            '(?:lo siento|lo sentimos|lamentablemente|me temo que|nos tememos que|disculpa|disculpe|perdona|perdone),? (?:pero )?no(?=\\s*(?:[.!;]|$)|\\s+[^\\x00-\\x7f])(?![.,!;]?\\s*(?:me (?:confundi|equivoque)|error mio|fue (?:mi|un) error|perdon))',
            // Nineteenth session: the no said first, then the apology, as the whole sentence: «No, lo siento.»
            `${SENTENCE_OPENING.es}no,? (?:lo siento|lo sentimos|lo lamento|lo lamentamos|disculpa|disculpe|perdona|perdone)(?=\\s*[.!;]|$)`,
            '(?:hemos|he|se ha|han) decidido no (?!cobrar|facturar|penalizar|aplicar(?:te|le|les)? (?:el|la|ningun|ninguna|recargo|cargo|multa))[a-z]{3,}',
            // «Ninguna posibilidad de plazo extra», «no hay posibilidad de…»
            '(?:ninguna|no hay|no existe|sin) (?:ninguna )?posibilidad (?:de|alguna)',
            // Twentieth session: nothing to offer for now, or no plan for it: «No hay solución de momento», «no tenemos planes de añadirlo».
            '(?:^|(?<=[.!?,;]\\x20))no (?:hay|tenemos|existe|tengo) (?:ninguna |una )?(?:solucion|arreglo|fix|alternativa|forma|manera) (?:de momento|por ahora|por el momento|por lo pronto|todavia|aun|para (?:esto|eso|ello|este caso))(?=\\s*[.!;,]|$)',
            'no (?:hay|tenemos|tengo) (?:ningun |ninguna )?(?:planes?|intencion|idea) (?:de|para) (?:anadir|implementar|agregar|incluir|soportar|desarrollar|sacar|hacer|cambiar)(?:lo|la|los|las)?',
            'no (?:va|iba) a ser posible',
            'no (?:seria|sera) posible',
            'no (?:es|esta|son|estan) (?:permitid[oa]s?|autorizad[oa]s?|incluid[oa]s?|cubiert[oa]s?|disponibles? para|contemplad[oa]s?|admitid[oa]s?)',
            // Thirty-eighth session: what the business, its cover or its policy does not do, said of it («nuestro taller no ofrece
            // garantía sobre piezas que trae el cliente», «la garantía no cubre golpes»).
            '(?:nuestr[oa]s?|el|la|este|esta|su) (?:taller|tienda|empresa|compania|servicio tecnico|local|sucursal|hotel|restaurante|garantia|poliza|seguro|cobertura|politica|plan|tarifa|contrato) (?:actualmente |ya )?no (?:ofrece|acepta|cubre|incluye|realiza|permite|admite|contempla|reembolsa|devuelve)',
            'no se (?:le |te |les |lo |la |los |las )?(?:puede|pueden|permite|permiten|admite|admiten|acepta|aceptan|realiza|realizan|ofrece|ofrecen|hace|hacen|reembolsa|reembolsan|devuelve|devuelven|autoriza|autorizan)',
            // What the plan or product does not bring: «eso el paquete no lo trae».
            '(?:el|la|este|esta|ese|esa|tu|su) (?:paquete|plan|producto|modelo|equipo|version|servicio|tarifa|app|aplicacion|curso|membresia) no (?:lo |la |los |las )?(?:trae|traen|incluye|tiene|soporta|admite|permite|cubre)',
            `no (?:(?:se |te |le |les |me |nos )?(?:lo|la|los|las) |le |les |te |nos )?(?:puedo|podemos|podria|podriamos|vamos a poder|voy a poder|podre|podremos|(?:alcanzo|alcanzamos|alcanzare|alcanzaremos|llegaremos) a) (?!${NOT_REFUSAL_ES})@`,
            'no (?:lo |la |los |las |le |les |te )?(?:hacemos|aceptamos|ofrecemos|permitimos|damos|realizamos|admitimos|gestionamos|tramitamos|vendemos|enviamos|reembolsamos|devolvemos|cambiamos|trabajamos|aplicamos|autorizamos|manejamos|procesamos|emitimos|cubrimos|reponemos|reparamos|instalamos|habilitamos|hago|acepto|ofrezco|doy|reembolso|autorizo|contamos con|disponemos de|vamos a (?:reponer|reembolsar|devolver|cambiar|aceptar|hacer|tramitar|gestionar|procesar|autorizar|aprobar|aplicar|emitir)|volveremos a tener)',
            // «queda fuera de lo que cubre la política», «está fuera de nuestras condiciones», «no está a nuestro alcance»
            '(?:esta|estan|queda|quedan|cae|caen|sale|salen) (?:fuera|afuera) (?:de |del )~4(?:alcance|politicas?|condiciones|cobertura|garantia|terminos|plazo|cubre|cubrimos|incluye|permite|ofrecemos)',
            'no (?:esta|estan|queda|quedan) (?:a|en|dentro de) (?:nuestro|mi) alcance',
            '(?:escapa|se escapa|excede) (?:de )?(?:nuestro|mi) alcance',
            // Forty-first session: not ours to decide — «no compete a nuestra entidad», «no es de nuestra competencia», «no está en
            // nuestras manos».
            'no (?:(?:nos|me) )?(?:compete|competen)(?: a (?:nuestra|esta|la) (?:entidad|empresa|area|oficina|institucion|dependencia|direccion|compania))?\\b',
            'no (?:es|son|esta|estan|entra|entran) (?:de|en|dentro de) (?:nuestra|mi) (?:competencia|jurisdiccion)', '(?<!\\bya )no (?:esta|estan) en (?:nuestras|mis) manos',
            'no (?:estamos|estoy) en (?:condiciones|posicion) de',
            '(?:solicitud|reembolso|reclamo|reclamacion|devolucion|cambio|pedido|garantia|peticion|queja|apelacion|recurso)(?: @){0,3} (?:fue|ha sido|quedo|queda|esta|resulto) (?:rechazad[oa]|denegad[oa]|desestimad[oa]|improcedente|declarad[oa] improcedente)',
            'no hay (?:forma|manera|modo|posibilidad|opcion|nada que podamos hacer)',
            'no (?:tenemos|hay|queda) (?:stock|existencias|disponibilidad|unidades)',
            'no (?:procede|aplica|corresponde)(?! (?:que|a))',
            '(?:es|son) (?:una )?politicas? (?:de la empresa|de la compania|interna|nuestra)',
            '(?:^|(?<=[.!?,]\\x20))(?:(?:pero|lamentablemente|me temo que),? )?(?:es|esa es|esta es|son) (?:nuestra|la) politica(?: de la (?:empresa|compania|casa))?(?<!\\b(?:gratis|puedes|podes|puede)\\b[^.!?]{0,120})(?=\\s*[.!]|$|,? lo siento)',
            'por politica(?: de la empresa| interna)?',
            '(?:es|resulta) imposible',
            'imposible',
            // «poco podemos hacer», «ya no está vigente».
            '(?:poco|nada mas|no (?:hay )?mucho (?:mas )?(?:que|lo que)) (?:se )?(?:podemos|puedo|podamos|pueda|puede) hacer', 'ya no (?:esta|estan|es|son) (?:vigentes?|validos?|validas?)',
            'no, eso no',
            // The no as a sentence of its own, without «no hay»: «Nada que podamos hacer como integradores.» (twenty-eighth session).
            `${SENTENCE_OPENING.es}nada (?:mas )?que (?:podamos|pueda|se pueda|yo pueda) hacer(?! (?:sin|hasta|mientras)\\b)`, 'no hay nada (?:mas )?que hacer(?! (?:de|por) (?:tu|su) parte| por (?:ahora|el momento)| de momento)',
            // A bare «no puedo.», «me temo que no», «ya no está disponible», «No, porque…»
            'no (?:lo |la |te |le )?(?:puedo|podemos)(?=\\s*[.!,;]|$)', '(?:me temo|nos tememos) que no', 'lamentablemente no(?=\\s*[.,!;]|$)',
            'ya no (?:esta|estan) disponibles?', 'ya no (?:se ofrece|ofrecemos|damos soporte|tiene soporte|se vende|vendemos|fabricamos|trabajamos con)', 'no, (?:porque|ya que|pues|debido a que)',
            '(?:el sistema|la politica|la normativa|el contrato|la ley|la tarifa|tu plan|su plan|el plan|la garantia) no (?:lo |la |los |las )?(?:permite|admite|contempla|incluye|cubre)',
            // «eso no lo cubre tu seguro» (object first)
            'no (?:lo |la |los |las )?(?:cubre|incluye|contempla|permite|admite) (?:tu|su|el|la|nuestro|nuestra|nuestras|nuestros) (?:seguro|garantia|plan|poliza|contrato|tarifa|cobertura|politicas?|sistema)',
            // «eso no entra en la garantía», «no está dentro de nuestras políticas»
            'no (?:entra|entran|esta|estan|cae|caen) (?:dentro )?(?:de |en )?(?:la |las |el |los |nuestras? |nuestros |su |tu )?(?:garantia|cobertura|politicas?|condiciones|terminos|plan|contrato|poliza)',
            // The formal refusal: «no se encuentra contemplada en el paquete», «queda excluido de la cobertura»,
            // «la aclaración se resuelve como improcedente», «la entidad reitera su posición».
            'no se (?:encuentra|encuentran) (?:contemplad[oa]s?|considerad[oa]s?|incluid[oa]s?|previst[oa]s?|cubiert[oa]s?|programad[oa]s?|autorizad[oa]s?)',
            '(?:queda|quedan|esta|estan|resulta|resultan) (?:excluid[oa]s?|fuera) de (?:la |el |su |nuestra )?(?:cobertura|garantia|poliza|seguro|contrato|programa|plan)',
            '(?:se resuelve|se declara|se considera|resulta|es|fue declarad[oa]|ha sido declarad[oa]) (?:como )?improcedente',
            '(?:la entidad|la empresa|el banco|la compania|la aseguradora|esta (?:entidad|empresa|compania)) (?:reitera|mantiene|ratifica|confirma) (?:su|la) (?:posicion|respuesta|decision|dictamen)',
            'no hay otra (?:forma|manera|opcion|alternativa|solucion|salida)',
            // Closing the thread on the ground that the request is not ours: «cierro el issue porque no es un fallo de la
            // librería», «no se trata de un error del sistema, así que lo cerramos». (Closing because it is fixed, or for
            // want of an answer, is not a no.)
            `${CLOSING_ES}(?: (?:el|este|esta|la) (?:ticket|caso|hilo|issue|incidencia|reporte|tema|consulta|solicitud|reclamo|reclamacion|pr))? (?:ya que|porque|pues|debido a que|dado que|al|por)(?: (?:esto|eso|este|esta|el|la|@))?(?: @)? ${NOT_OURS_ES}`,
            `${NOT_OURS_ES}[^.!?]{0,60}?,? (?:asi que|por lo que|por eso|por lo tanto|y) (?:lo |la )?${CLOSING_ES}`,
            // What the product does not do, and where a request does not belong: «no tiene la funcionalidad de…
            // incluida», «esa opción no está soportada», «este canal es solo para reportar fallos».
            '(?:no|todavia no|aun no) (?:tiene|tienen|tenemos|incluye|incluyen|incluimos|soporta|soportan|soportamos|admite|admiten|cuenta con|contamos con|ofrece|dispone de) (?:la |el |esa |ese |esta |este |una |un |ninguna |ningun )?(?:funcionalidad|funcion|opcion|soporte|posibilidad|integracion|compatibilidad|caracteristica)',
            'no (?:esta|estan) (?:soportad[oa]s?|implementad[oa]s?|habilitad[oa]s? para)',
            // …said of who has it: «no lo tiene implementado», «no lo tenemos soportado».
            'no (?:lo |la |los |las )?(?:tiene|tienen|tenemos) (?:soportad[oa]s?|implementad[oa]s?)',
            // The product as subject: «la librería no posee envío de boletas», «no es una opción disponible».
            '(?:la (?:libreria|biblioteca|app|aplicacion|plataforma|herramienta|api|version|extension)|el (?:plugin|modulo|sistema|sdk|paquete|programa|servicio|producto)|https?:[^ ]+) no (?:posee|poseen|incluye|soporta|admite|ofrece|permite)',
            'no (?:es|esta) (?:una |un )?(?:opcion|funcion|funcionalidad|servicio) (?:disponible|habilitad[oa]|que ofrezcamos|que tengamos)',
            '(?:este|esta|el|la) (?:canal|zona|seccion|foro|espacio|bugtracker|tracker|repositorio|medio|linea|sitio) (?:es|esta) (?:solo|solamente|unicamente|exclusivamente) (?:para|de)',
            // Twenty-ninth session, as English has them: support given only to one thing («solo damos soporte a la última
            // versión»), and a bare «no» as the whole reply.
            '(?:solo|solamente|unicamente) (?:damos|ofrecemos|brindamos|se da|se ofrece) (?:soporte|asistencia|servicio tecnico) (?:a|para)',
            // Twenty-ninth session, language parity (the other language had it): agotado, no elegible, contra la política, el pasivo futuro, la decisión firme, sin control sobre ello.
            '(?:producto|articulo|modelo|talla|color|stock|unidades|entradas|existencias|plazas|boletos|version|edicion|referencia) (?:@ ){0,2}(?<!no )(?:esta|estan|se encuentra|se encuentran|quedo|quedaron)(?: (?:ya|totalmente|temporalmente|completamente))? agotad[oa]s?', '(?<!no )(?:se agoto|se agotaron|se nos agoto|se nos agotaron)(?=\\s*[.,;!]|$)',
            '(?<!si )no (?:es|son|eres|esta|estan|resulta|resultan|seria|serian) (?:elegibles?|apt[oa]s? para)',
            '(?<!si )no (?:califica|calificas|califican|cumple|cumples|cumplen|cumplia) (?:para|con (?:los|las|el|la) (?:requisitos|condiciones|criterios))',
            '(?<!(?:comportamiento|trato|actitud|conducta|respuesta) )(?:va|iria|esta|es|seria) (?:en )?contra (?:de )?(?:nuestras?|la|las) (?:politicas?|normas|normativas?|condiciones|terminos)(?! de (?:atencion|servicio|conducta|trato))', 'contrari[oa]s? a (?:nuestras?|la|las) (?:politicas?|normas|normativas?|condiciones)',
            'no (?:sera|seran|podra ser|podran ser|puede ser|pueden ser|va a ser|van a ser) (?:reactivad|restablecid|reembolsad|reabiert|revertid|aprobad|aceptad|ampliad|prorrogad|condonad|desbloquead|recuperad|reintegrad|rehabilitad)[oa]s?',
            '(?:la|esta|esa|nuestra|dicha|su) (?:decision|resolucion|respuesta|evaluacion|determinacion|dictamen) (?:es|fue|resulta|sera|queda|se mantiene) (?:definitiv[oa]|final|inapelable|firme)',
            '(?:no (?:tenemos|tengo) (?:ningun |ninguna )?(?:control|injerencia|potestad|poder de decision)|(?:carecemos|carezco) de (?:control|injerencia|potestad)) (?:sobre|en)(?! (?:tus|sus|vuestros) datos)',
            BARE_NO_SOURCE,
            '(?:(?:este|esto|aqui|aca) )?no es (?:el )?(?:lugar|canal|medio|sitio|espacio|foro) (?:para|adecuado|correcto|indicado)',
            // Twenty-first session: support ended, no plan, no refund: «el soporte para la 1.7 se dejó de dar», «no está
            // planeado.», «los pagos no son reembolsables».
            'se (?:dejo|ha dejado|dejara) de (?:dar|ofrecer|brindar) (?:el )?soporte',
            // Twenty-fourth session: «dejamos de fabricar ese modelo», «el modelo fue descontinuado».
            '(?<!(?:nunca|jamas|no) )(?:dejamos|hemos dejado|dejaremos|se dejo|se ha dejado|dejo|ha dejado) de (?:fabricar(?:se|lo|la|los|las)?|vender(?:se|lo|la|los|las)?|comercializar(?:se|lo|la|los|las)?|distribuir(?:lo|la|los|las)?|ofrecer(?:lo|la|los|las)?|soportar(?:lo|la|los|las)?|dar soporte|brindar soporte)',
            '(?:el|este|ese|tu|su|la|esta|esa) (?:modelo|producto|articulo|equipo|plan|servicio|version|dispositivo|linea|tarifa|app|aplicacion|referencia)(?: que [a-z]+)? (?:ya )?(?:fue|ha sido|esta|se encuentra|quedo) (?:descontinuad[oa]|discontinuad[oa]|retirad[oa] del mercado)', '(?<!no )se (?:descontinuo|discontinuo|ha descontinuado|ha discontinuado)', '(?:ya )?no (?:damos|ofrecemos|brindamos|hay) soporte (?:para|a|de)',
            '(?:el )?soporte (?:para|de|a) (?:\\S+ ){1,6}?(?:termino|finalizo|se discontinuo|fue discontinuado|se abandono)',
            'no (?:esta|lo tenemos|lo tengo) (?:planeado|previsto|planificado|contemplado)(?=\\s*[.,;!]|$)',
            '(?:no (?:es|son)|(?:es|son) no) reembolsables?',
            // Round 21: «no está previsto soportar Windows», «no entra en nuestros planes», «no vamos a agregar eso».
            'no (?:esta|estaba) (?:previsto|planeado|contemplado) (?:soportar|anadir|agregar|implementar|sacar|incluir|hacer|dar soporte)',
            'no (?:entra|esta|entran) en (?:nuestros|mis) planes', 'no (?:tenemos|tengo) (?:pensado|previsto|planeado) (?:sacar|anadir|agregar|implementar|soportar|hacer|incluir|desarrollar|lanzar)',
            'no (?:lo |la |los |las )?(?:voy|vamos) a (?:agregar|anadir|implementar|soportar|incluir|mantener|desarrollar|dar soporte)',
            // Forty-fifth session: «no es algo que podamos hacer», the answer still no, prices not matched.
            'no es algo que (?:podamos|pueda|se pueda|podemos|puedo|hagamos|ofrezcamos|vayamos a (?:soportar|implementar|agregar|anadir|hacer|cambiar|ofrecer|incluir|permitir|aceptar|arreglar|corregir))', '(?<!\\bsi )la respuesta (?:sigue siendo|es|fue) (?:un )?no(?=\\s*[.,;!]|$)', 'no igualamos (?:precios|ofertas)',
          ],
          span: 'clause',
        },
      ],
      unless: [
        'imposible que (?:vuelva|se repita|falle)', // an overpromise, not a refusal (forty-fifth session)
        'no (?:se|te|le) (?:preocupe|preocupes|preocupen)',
        'no (?:hay|habra|habria) (?:problema|inconveniente|drama|cuidado)',
        'si no (?:es posible|se puede|puedes|podes|puede)',
        `(?:no pudimos|no pude|no se pudo|no se pudieron)(?: @){1,8} (?:ayer|anoche|esta manana|el (?:${WEEKDAY.es}) pasado|la semana pasada)`,
        'si no (?:hay|queda|quedan|tenemos|tienen) (?:disponibilidad|stock|lugar|cupo|plazas|unidades|existencias)',
        '(?:para que|antes de que|hasta que|sin que|aunque) no',
        'lo antes posible',
        'imposible no',
        'no (?:puedo|podemos) (?:creer|esperar)',
        // Having no exact time to give is honest, not a refusal (grammar/declines-to-predict.ts).
        NO_EXACT_TIME_ES,
        // Customer's inability (problem restatement, or what a maintenance window means for them), not ours.
        'no (?:te |le )?(?:puedes|podes|puede usted|podras|podra usted|podran|podrias)',
      ],
    },
    en: {
      patterns: [
        {
          match: [
            "(?:it'?s|that'?s|this is|that is|it is|which is|is) (?:just |simply )?(?:not|n't) (?:possible|allowed|permitted|something we (?:do|offer|can do)|included|supported|available)",
            "(?:isn't|aren't) (?:possible|allowed|permitted|included|supported|covered|eligible)",
            // Twenty-first session: support ended, no plan, no refund: "support for 1.7 has long been dropped", "it's not
            // planned.", "all payments are non-refundable".
            'support (?:for|of) (?:\\S+ ){1,6}?(?:has|have|was|were|is|are)(?: long| now| already)? (?:been )?(?:dropped|discontinued|ended|removed|deprecated)',
            'support (?:for|of) (?:the |this |that |your |our )?[\\w.-]+(?: [\\w.-]+)? ended(?! up)',
            // Twenty-fourth session: the product itself retired: "this model was discontinued in 2019", "it reached end of life".
            "(?:it|this|that|(?:it|this|that|the|your|our) (?:\\S+ ){0,2}?(?:model|product|item|version|device|plan|service|app|line|feature|release|phone|router|printer))(?:'s been| has been| had been| was| is| got)(?: now| already| long)? (?:discontinued|retired|sunset|end[- ]of[- ]life|eol)",
            "(?:it|this|that|model|product|version|app|plan|device|phone|router|release|software|firmware|series|line|service)(?:'s| has| had| is)? (?:now |already )?(?:reached|hit|past|at) (?:its |their )?end[- ]of[- ](?:life|support)",
            // "this WILL NOT BE IMPLEMENTED", "the feature won't be merged": the decision not to build it, said in the passive.
            "(?:this|that|it|(?:the|this|that|your) (?:feature|request|change|option|idea|proposal|suggestion|pr|pull request|fix))(?: (?:will|would)(?: not|n't| never)| won't|(?:'s| is)(?: not|n't) going to) be (?:implemented|merged|supported|built|developed|considered)(?= ?[.,;!]|$| (?:in|into|to|for|here|anytime|any time|at))",
            // The policy as the whole answer: "That's our policy.", "It's company policy."
            "(?:^|(?<=[.!?,]\\x20))(?:(?:but|i'm afraid|i am afraid|unfortunately|sadly),? )?(?:that's|that is|it's|it is|this is)(?: simply| just)? (?:our |the )?(?:company |store |airline |bank )?policy(?<!\\b(?:free|you can(?!'t| ?not))\\b[^.!?]{0,120})(?=\\s*[.!]|$|,? (?:i'm afraid|sorry|unfortunately))",
            "(?:we|i)(?:'ve| have)? (?:dropped|ended|discontinued|stopped) (?:the |our )?support (?:for|of)",
            "(?:it's|it is|this is|that's|that is|which is) not (?:planned|on (?:our|the) roadmap)(?=\\s*[.,;!]|$)",
            '(?:is|are|was|were) (?:all |also )?non-?refundable',
            // Round 21: "we dropped Windows 7 support", "Out of scope for this project.", "I'm not going to support your fork".
            "(?:we|i)(?:'ve| have)? dropped (?:\\S+ ){0,3}support", `${SENTENCE_OPENING.en}out of scope(?: for (?:this|the|our) (?:project|repo|repository|library|app|tool|plugin))?(?=\\s*[.!]|$)`,
            "(?:i'm|i am|we're|we are) not going to (?:support|add|implement|build|maintain)",
            'not possible',
            // Eighteenth session: refusals said short — a verdict as the whole sentence ("Not happening.", "Denied.",
            // "Non-refundable."), «can't help» without its subject, nobody here able to, not something anyone can get.
            `${SENTENCE_OPENING.en}(?:not happening|denied|request denied|declined|non-?refundable|no refunds?)(?=\\s*[.!]|$)`,
            "(?:sorry|afraid|unfortunately),? (?:i |we )?can't (?:help(?: you)?|do (?:that|it|this))",
            "(?:nobody|no one|no-one) (?:here |on (?:the|our) (?:floor|team|staff|side) |at (?:this|the) (?:desk|branch|store|counter|office) )(?:can|is (?:allowed|able|permitted) to)",
            "(?:they're|it's|that's|are|is) (?:just |simply )?not something (?:we|any [a-z]+|anyone|anybody|an? [a-z]+) can (?:get|do|offer|provide|order|supply|source|change)",
            // A bare no after an apology, and a decision not to: "Sorry, but no.", "we have decided not to publish further workarounds".
            "(?:sorry|i'm sorry|i am sorry|i'm afraid|unfortunately),? (?:but )?no(?=\\s*(?:[.!;]|$)|\\s+[^\\x00-\\x7f])(?![.,!;]?\\s*(?:i (?:misread|was wrong|got (?:it|that) wrong|made a mistake|mixed)|my (?:mistake|bad)))",
            `${SENTENCE_OPENING.en}no,? (?:sorry|i'm sorry|i am sorry|i'm afraid|i am afraid)(?=\\s*[.!;]|$)`,
            "(?:we|i)(?:'ve| have)? decided (?:not to|against) (?!charg|bill|penali[sz]|apply (?:the|a|any) (?:fee|charge|penalty))[a-z]{3,}",
            "(?:there's|there is|there isn't|there is not) (?:not much|nothing (?:more |else )?|little|much) (?:more )?(?:that )?(?:we|i) can do",
            // The passive of a refusal: «this account will not be reinstated», «cannot be refunded».
            "(?:(?:will|would|can|could)(?: not|n't| never)|cannot|won't) be (?:reinstated|restored|refunded|reopened|reversed|approved|accepted|extended|waived|unbanned|reactivated|recovered|exchanged|returned|offered|granted|supported|issued)(?= ?[.,;!]|$| (?:at|under|for|in|as|after|once))",
            // Thirty-first session: what will not be done, more of the requests a team turns down (not any participle: a
            // future passive is as often a consequence, "payments will not be treated as late"; and not «can't be» with any
            // participle: it fired on training lines, and the retrain moved the rules' thresholds, docs/engine.md).
            "(?:(?:will|would)(?: not|n't| never)|won't|(?:'s|is) not going to) be (?:developed|built|implemented|added|made|changed|moved|transferred|unlocked|processed|honou?red|replaced|covered|reimbursed|compensated)(?= ?[.,;!]|$| (?:at|under|for|in|as|after|once|by (?:us|the company|our)))",
            // A decision already taken against the request: "your claim wasn't approved", «Rejected.»
            "(?:wasn't|was not|hasn't been|has not been|haven't been|have not been|weren't|were not) (?:approved|accepted|granted|upheld|authori[sz]ed)",
            // The company's regret that opens bad news: "we regret to inform you that…", "we regret to advise that…".
            "(?:we|i) (?:regret|are sorry|am sorry) to (?:inform|advise|tell|let) you\\b", "(?:we|i) regret to (?:say|advise|confirm|report) that",
            `(?:neither|no) [^.!?]{1,60} (?:nor|or) [^.!?]{1,60} (?:can|could|will) be (?!${NOT_REFUSED_PASSIVE_EN})[a-z]{3,}(?:ed|en)\\b`,
            "no (?:further )?(?:action|steps?|exceptions?) (?:can|could|will) be (?:taken|made|done)",
            // The help or the product ended: "the S7 reached the end of its support period", "Win7 support was dropped", "EOL".
            "(?:reached|hit|passed|is past|are past) (?:the |its |their )?end[- ]of[- ](?:life|support|sale)|reached the end of (?:its|their|the) (?:support|life|sales?)\\b", "(?:is|are|'s|was|went|now) (?:now )?(?:eol|end[- ]of[- ]life)\\b", `${SENTENCE_OPENING.en}eol\\b`,
            "(?:hasn't|has not|haven't|have not|isn't|is not|aren't|are not) (?:been )?(?:a |an |officially )?supported(?: (?:platform|device|model|version|os))? (?:since|for (?:the past |over )?(?:@ )?(?:years?|months?)|anymore|any more)",
            "(?:stopped|ceased|ended|quit) supporting", "support (?:for (?:@ ){1,3})?(?:was|has been|got|is|were) (?:dropped|discontinued|ended|withdrawn|removed)",
            "(?:was|were|got|has been|have been|is|are) (?:discontinued|withdrawn from (?:sale|our range|the market|the range)|retired from (?:sale|our range))",
            `${SENTENCE_OPENING.en}discontinued\\b`,
            // A request set aside, said short: "Won't implement.", "Not on the roadmap.", "no plans for that atm".
            `${SENTENCE_OPENING.en}(?:won'?t|will not) (?:implement|add|build|support|fix|do|change|merge|happen)(?: (?:this|that|it))?(?=\\s*(?:,? sorry)?\\s*[.!]|$)`,
            `${SENTENCE_OPENING.en}not on (?:the|our|my) (?:@ )?roadmap`, "no (?:current |immediate )?plans? (?:for (?:that|this|it)|to (?:do|add|support|build|implement) (?:that|this|it))(?: [^.!?,]{1,24})?(?:,? sorry)?(?=\\s*[.!]|$)",
            // Where a request does not belong, said short or formally: "reserved exclusively for defect reports", "Bugs only here".
            "(?:is|are) (?:reserved|restricted) (?:exclusively |only |solely |strictly )?(?:to|for)\\b", "(?:just|only|exclusively) for (?:bug|defect|feature|security) reports\\b",
            `${SENTENCE_OPENING.en}(?:bugs?|bug reports?|devs?|developers?|members?|staff|admins?)[- ]only(?: (?:here|board|forum|channel|area|section))?(?=\\s*[.!]|$)`, "(?:is|are) for (?:@ ){1,2}only(?=\\s*[.!]|$)",
            // A remedy refused, short: "Voucher's been used, so no refund.", "No refunds on digital downloads", "No PO boxes, sorry."
            `(?:${SENTENCE_OPENING.en}|\\bso |\\bhence |\\btherefore )no (?:@ )?${REMEDY_EN}(?: or (?:@ )?${REMEDY_EN})?(?=\\s*[.!,;]|$| (?:from|for|on|in|this|here|possible|sorry|allowed|after|once|is|are|can|will))`,
            `${SENTENCE_OPENING.en}no (?!problem|worr|rush|need|pressure|hurry|charge|fee|cost|doubt|way|idea|clue|offen[cs]e|harm|stress|bother)(?:[a-z0-9-]+ ){0,2}[a-z0-9-]+,? sorry(?=\\s*[.!]|$)`,
            "(?:is|are|'s|'re|=)(?: not|n't)? ?(?:not|non-?) ?(?:refundable|returnable|transferr?able|exchangeable|bookable|cancell?able|changeable|amendable|reimbursable|negotiable)|(?:isn't|aren't|wasn't|weren't) (?:refundable|returnable|transferr?able|exchangeable|bookable|cancell?able|changeable|amendable|reimbursable|negotiable)",
            `${SENTENCE_OPENING.en}(?:rejected|refused)(?=\\s*[.!]|$)`,
            // A subject dropped: "Can't do that, sorry.", "Can't change it."
            `${SENTENCE_OPENING.en}(?:can't|cannot|cant|won't) (?!${NOT_REFUSAL_EN}|wait|thank|stress|remember|recall|tell if)@`,
            // «falls outside our return window», «is outside the warranty period»
            "(?:falls?|fell|is|are|it's|that's) outside (?:of )?(?:our|the) (?:@ ){0,2}(?:policy|policies|window|terms|coverage|warranty|scope|period)",
            '(?:request|refund|claim|application|return|exchange|appeal|cancellation|complaint)(?: @){0,3} (?:has been|have been|was|is|were) (?:declined|denied|rejected|refused|unsuccessful|not upheld)',
            "(?:we|i)(?:'re| are|'m| am) not in a position to",
            // What the product does not do, and where a request does not belong: «the plugin doesn't support multisite»,
            // «this tracker is only for bug reports», «please refrain from posting support questions here».
            "(?:we|it|(?:the|this|our) (?:app|application|product|plugin|extension|library|package|service|platform|site|website|system|tool|software|version|api|sdk|module|theme|game|server|card|account|plan|community|project|team|company|store|shop)) (?:currently |still |yet )?(?:doesn't|don't|can't) (?:currently |yet )?(?:support|offer|include|allow|handle|provide|have (?:a|an|the|that|this|any) (?:feature|option|functionality|setting|integration))",
            // Thirty-eighth session: what the cover does not take in, said of the cover («the warranty does not cover misuse»).
            "(?:the|this|our|your) (?:warranty|guarantee|policy|insurance|cover|coverage|contract|plan|protection plan) (?:does not|doesn't|will not|won't|cannot|can't) (?:cover|include|extend to|apply to)",
            // A request set aside for good: «we are not planning to implement this», «there are no plans to support it».
            "(?:(?:we|i)(?:'re| are|'m| am) (?:currently |still )?not|we aren't(?: currently| still)?) (?:planning|intending|looking) to (?:implement\\w*|add|support|build|develop|work on)",
            "(?:there are|we have|there's) no (?:current |immediate )?plans? to (?:implement|add|support|build|develop|work on)",
            // Forty-first session, as Spanish has it: "outside our remit", "not within our jurisdiction".
            "(?:outside|beyond) (?:of )?(?:our|my) (?:remit|jurisdiction|authority)\\b", "(?:not|isn't|is not|aren't|are not) (?:within|in) (?:our|my) (?:remit|jurisdiction|authority|hands)\\b",
            // What es has as «queda fuera del alcance», «No está planeado»: "this is out of scope", "Out of scope, sorry.", "Not planned."
            "(?:is|are|it's|that's|falls|fall) (?:well |completely |a bit )?(?:out of|outside(?: of)?) (?:the |our |this project's )?scope", `${SENTENCE_OPENING.en}(?:out of scope|not planned)(?=\\s*(?:,? sorry)?\\s*(?:[.!;]|,(?! but\\b)|$))`,
            // …and a fix that will not be made, said whole ("This won't be fixed."; "won't be fixed in 2.x, but 3.0 has it" goes on).
            "(?:this|that|it) (?:won't|will never) be (?:fixed|changed)(?=\\s*[.!;]|$)",
            // Twentieth session: «No current plans on our part, sorry.», "we don't have a fix for this at the moment".
            `${SENTENCE_OPENING.en}no (?:current |immediate |further )?plans?(?: (?:on our (?:part|side|end)|for (?:this|that|it|now)|at (?:the|this) (?:moment|time)))?(?=\\s*(?:,? sorry)?\\s*(?:[.!;]|$))`,
            "(?:we|i) don't have (?:a|any) (?:fix|solution|workaround|plans?) (?:for (?:this|that|it) )?(?:at the moment|right now|currently|yet|for now)",
            "(?:this|the|our) (?:tracker|issue tracker|repo|repository|forum|channel|page|thread|account|line|inbox|address|bug tracker|board|section|area|space|site|server|chat|group|list|category|subreddit) is (?:only|just|exclusively|strictly|solely) (?:for|meant for|used for)",
            // Twenty-ninth session: what is supported named as the only thing ("only the latest Steam version is supported"), and
            // a bare «no» as the whole reply (kept only when it is: see checkDraft).
            "(?:^|(?<=[.!?,]\\x20)|(?<=\\b(?:moment|now|currently|present|time),?\\x20))only [^.!?;]{1,60}? (?:is|are) (?:currently |officially )?supported(?=\\s*[.!]|$)",
            // Twenty-ninth session, language parity (the other language had it): "we stopped selling that model", "we've discontinued it".
            "(?:we|i)(?:'ve| have)? (?:stopped|ceased|quit) (?:making|selling|manufacturing|stocking|carrying|offering|producing|distributing|supporting) (?:it|them|this|that|these|those|the|our)\\b", "(?:we|i)(?:'ve| have)? discontinued (?:it|them|this|that|the|our)\\b",
            BARE_NO_SOURCE,
            "(?:this|here|twitter|github) is not the (?:right |correct |appropriate )?(?:place|channel|forum|venue) (?:to|for)",
            '(?:please )?refrain from (?:posting|opening|filing|creating|asking|submitting|sending)',
            // Closing the thread on the ground that the request is not ours: "closing this as it's not a bug in the
            // library", "this isn't a technical issue, so I've closed it". (Closing as fixed, or for want of an answer, is not a no.)
            `${CLOSING_EN}(?: (?:this|it|the (?:@ )?(?:issue|ticket|thread|case|report|request|pr)))?(?: (?:issue|ticket|thread|case|report|request|one|out))? (?:as|since|because|given that)(?: (?:this|it|that)(?:'s| is| was)?)? ${NOT_OURS_EN}`,
            `${NOT_OURS_EN}[^.!?]{0,60}?,? (?:so|and|therefore|hence)(?: (?:i|we)(?:'ve| have|'ll| will|'m| am|'re| are)?)? (?:${CLOSING_EN}|(?:be |been |is |was )closed)`,
            `(?:we|i)(?: really| simply| just| unfortunately)?(?:${CANNOT_FORMS_EN}| are not allowed to|'re not allowed to| aren't allowed to| am not allowed to|'m not allowed to) (?!${NOT_REFUSAL_EN})@`,
            "(?:we|i)(?: really| simply| just| unfortunately)? (?:don't|won't) (?:be )?(?:accept|accepting|offer|offering|allow|allowing|do|doing|provide|providing|support|supporting|give|issue|issuing|process|processing|refund|refunding|restock|restocking|carry|ship|shipping|deliver|delivering|sell|selling|make exceptions|extend|honou?r)",
            "there(?:'s| is) (?:no way|nothing (?:we|i) can do|nothing to be done)",
            // Sixteenth session: nothing can be given, a decision that we won't, a flat «no» or "not interested" as the answer.
            "no (?:@ )(?:or (?:@ ))?(?:can|could|will) be (?:offered|given|issued|provided|granted|made|applied)",
            "(?:we|i)(?:'ve| have)? decided (?:that )?(?:we|i)(?:'ll| will)? (?:won't|wouldn't|not) (?:be )?[a-z]{3,}",
            `${SENTENCE_OPENING.en}(?:nope|so no)(?:,? (?:we're |i'm |we are |i am )?not interested)?(?=\\s*[.!]|$)`, `${SENTENCE_OPENING.en}(?:nope|no),? not interested`,
            "(?:there(?:'s| is) )?nothing (?:more |else |further )?(?:(?:we|i) can (?:do|offer)|(?:that )?can be done(?! (?:on|from) (?:your|their) (?:side|end|part)| for now))",
            // Thirty-second session: "there is little the company is able to do", "the company is unable to dispatch…", a bare "afraid not".
            "there(?:'s| is) (?:very )?little (?:more |else |further )?(?:that )?(?:we|i|the company|the team|the store|the airline) (?:can|could|(?:is|are|am) able to) (?:do|offer)",
            `(?:the|our) (?:company|store|shop|airline|bank|hotel|business|team) (?:is|are)(?: currently| sadly| unfortunately)? (?:unable|not able) to (?!${NOT_REFUSAL_EN})@`,
            "(?:we|i)(?:'re| are|'m| am) (?:currently |simply |just )?not (?:extending|offering|accepting|issuing|granting|refunding|exchanging|honou?ring|making exceptions|making any exceptions)\\b",
            `${SENTENCE_OPENING.en}afraid not${NOT_A_QUANTITY_EN}`,
            `(?:i'm|i am|we're|we are) afraid not${NOT_A_QUANTITY_EN}`, '(?:unfortunately|sadly) not(?=\\s*[.,!;]|$)',
            "(?:is|are|it's|it is) no longer (?:supported|available|offered|possible|sold|in stock|an option)",
            '(?:against|outside) (?:our|company|the) (?:policy|policies|terms)',
            '(?:our|company) policy (?:doesn\'t|does not|won\'t|will not) (?:allow|permit|let)',
            '(?:sold out|out of stock)',
            'impossible',
            "no,? (?:we|i) (?:can't|don't|won't)",
            // The formal refusal: «the assessor's decision is final», «this concludes our investigation», «it can't be applied now».
            "(?:the|our|this|that|the @'s|the @) (?:decision|outcome|assessment|ruling|determination) (?:is|was|remains) final",
            'this concludes (?:our|the|my) (?:investigation|review|enquiry|inquiry)',
            // Forty-fifth session: the answer still no, prices not matched, a request this channel does not handle.
            "(?<!\\bif )the answer (?:is|remains) (?:still )?(?:a )?no(?=\\s*[.,;!]|$)", "(?:do not|don't) (?:price[- ]match|match (?:other|competitors'?) prices)",
            "(?:can't|cannot) be (?:handled|dealt with|processed|managed) (?:on|in|via|through|over) this (?:channel|chat|platform|thread)",
            "(?:we|i) (?:have|'ve) no (?:control|say|influence|discretion) over",
            "(?:it|this|that|which|the (?:@ ){0,2}(?:code|voucher|offer|promo|promotion|discount|coupon|fee|charge|policy)) (?:can't|can no longer|won't) be (?:applied|used|honou?red|redeemed|reinstated|extended|waived|refunded|reversed|changed)",
          ],
          span: 'clause',
        },
      ],
      unless: [
        'impossible for (?:this|it|that) to (?:happen|occur) again',
        "if (?:we|i|you) (?:can't|don't|won't)", "if (?:@ ){1,4}(?:can't|cannot|couldn't|won't) be",
        "(?:i|we) can't (?:wait|thank|stress)",
        // What could not be done on a day gone by is a report, not a no: "we could not collect the bins last Thursday".
        `(?:couldn't|were unable to|was unable to|weren't able to|wasn't able to)(?: @){1,8} (?:yesterday|last (?:night|week|${WEEKDAY.en})|this morning|earlier today)`,
        "you (?:can't|aren't able|are unable|couldn't)",
        'not possible (?:yet|right now, but)',
        NO_EXACT_TIME_EN,
        // Not yet is a when, not a no: "The kit is not available yet. I expect it by March." (twenty-eighth session).
        "(?:not|n't) (?:available|supported|possible|ready|out|released|implemented|live|done) yet",
      ],
    },
  },
  suggest,
);

/**
 * The refused action, from the sentence itself: «no podemos [cambiar la dirección] una vez
 * despachado», «we can't [refund this order] because…». Cut at a reason or a condition.
 */
const REFUSED_ACTION = {
  es: /\bno (?:(?:se |te |le |les |me |nos )?(?:lo|la|los|las) |le |les |te |nos )?(?:puedo|podemos|podr[ií]a|podr[ií]amos|vamos a poder|voy a poder|es posible|nos es posible|me es posible)\s+([a-záéíóúñ]+(?:ar|er|ir)(?:lo|la|los|las|le|les|te)?\b[^.,;:!?]*)/i,
  en: new RegExp(`(?:${CANNOT_FORMS_EN.replace(/(^|\|) /g, '$1\\b')})\\s+([a-z]+\\b[^.,;:!?]*)`, 'i'),
};
const ACTION_END = /\s+(?:porque|ya que|pues|debido|una vez|hasta|si|sin|because|since|as|once|until|unless|if|after|due|at this|right now|en este momento|por ahora|por el momento)\b.*$/i;

function refusedAction(info: SpanInfo): string | null {
  const m = REFUSED_ACTION[info.lang].exec(info.quote);
  if (!m) return null;
  const action = m[1].replace(ACTION_END, '').trim();
  const words = action.split(/\s+/);
  return words.length >= 1 && words.length <= 8 ? action : null;
}

function suggest(info: SpanInfo): string[] {
  const q = info.quote;
  const action = refusedAction(info);
  if (info.lang === 'en') {
    return [
      action ? `${q}, but let me look into other ways to ${action}` : `${q}, but let me look into what we can do instead`,
      action ? `${q}, but I can check whether there's another way to ${action}` : `${q}, but I can check what other options we have`,
    ];
  }
  const letMe = byRegister(info.register, { tu: 'déjame', vos: 'dejame', usted: 'permítame' });
  return [
    action ? `${q}, pero ${letMe} buscar otra forma de ${action}` : `${q}, pero ${letMe} ver qué otra cosa podemos hacer`,
    action ? `${q}, pero lo que sí puedo hacer es consultar si hay otra manera de ${action}` : `${q}, pero lo que sí puedo hacer es consultar qué otras opciones tenemos`,
  ];
}

/** After «podemos» / «we can»: verbs of feeling, knowing or asserting, which offer nothing. */
// A conclusion or a statement is not an action either (forty-first session: «podemos concluir que… no compete a nuestra
// entidad», "we can only conclude that…").
const NOT_AN_ACTION_ES = '(?:entender|comprender|imaginar|ver|creer|decir|asegurar|garantizar|prometer|confirmar|afirmar|saber|esperar|hacer nada|hacer mas|ofrecer nada|concluir|constatar|senalar|precisar)\\b';
const NOT_AN_ACTION_EN = "(?:understand|see|imagine|appreciate|assure|guarantee|promise|confirm|only|tell|say|believe|hear|sympathi[sz]e|relate|not|no|never|do nothing|do no|offer nothing|conclude|state|inform you that)\\b";

/** Another day or time put to the customer ("tomorrow", "tmrw", "thurs"). */
const ANOTHER_DAY_EN = '(?:tomorrow|tmrw|tmr|tonight|later today|this (?:afternoon|evening)|(?:on |next )?(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)(?:day|nesday|sday|urday)?)';
/** An offer anywhere in the draft: the refusal is not flat. */
const OFFER = {
  es: compile([
    // Offers after «pero», «sin embargo» are read by the turn (grammar/turn.ts), whatever their words.
    // A partial step already taken: «ya quedó tu cambio de plan».
    'ya (?:te |le )?(?:quedo|quedaron) (?:list[oa]s?|hech[oa]s?|aplicad[oa]s?|activad[oa]s?|tu|su|el|la|tus|sus)',
    'eso si,? (?:te |le |les )?(?:puedo|podemos|puedes|podes|puede|pueden|ofrezco|ofrecemos)',
    '(?:la|una|otra) opcion (?:(?:mas|menos) [a-z]+ |[a-z]+ ){0,2}?(?:de|es|seria)',
    '(?:dejame|permitame|permiteme) (?:buscar|ver|revisar) (?:otra|otras|que podemos|alternativas)', 'otra (?:forma|manera) de', 'lo que si puedo hacer',
    'lo que si (?:puedo|podemos|se puede|es posible|te puedo|le puedo)',
    '(?:te|le|les) (?:ofrezco|ofrecemos|propongo|proponemos|sugiero|recomiendo|reservo)',
    '(?:te|le|les|os) (?:aviso|avisamos|avisare|avisaremos|escribo|escribimos|escribire|escribiremos|notifico|notificamos|notificaremos) (?:[^.!?]{0,30} )?(?:cuando|en cuanto|apenas|ni bien)\\b',
    '(?:puedo|podemos|podria|podriamos) (?:ofrecer|proponer|enviar|mandar|reservar|hacer|dar|gestionar|tramitar|activar|programar|cambiar|pasar|abrir|buscar|revisar|ayudar)',
    // Any action the team can take («podemos exentar el cargo»), not a feeling or a claim («puedo entender», «podemos asegurar»).
    `(?:puedo|podemos|podria|podriamos|pudieramos)(?: @)? (?!${NOT_AN_ACTION_ES})@(?:ar|er|ir)(?:te|le|les|lo|la|los|las|se|nos|selo|sela)?`,
    '(?:como|otra) (?:alternativa|opcion)',
    'alternativas?',
    'en su lugar',
    'en cambio',
    'mientras tanto',
    'si (?:quieres|queres|prefieres|preferis|lo prefieres|desea|desean|prefiere|lo prefiere|te sirve|le sirve|te parece|le parece|gusta|gustas)',
    '(?:puedes|podes|puede usted|pueden) (?:dejarlo|dejarla|llevarlo|llevarla|enviarlo|enviarla|usar|utilizar|pedir|solicitar|optar|elegir|acercarte|acercarse|hacerlo)',
    'te (?:mando|envio|paso) (?:un|una|el|la)',
    '(?:ya )?(?:te|le|les) (?:envie|mande|pase|reserve|programe|active|aplique|abri|gestione|tramite|devolvi|reembolse|cambie) ',
    // A slot or an option on hand, and a partial step already taken: «tengo un turno el miércoles», «sin embargo, ya le hemos abonado…».
    '(?:tengo|tenemos) (?:todavia |aun )?(?:un|una|otro|otra) (?:hueco|turno|cita|horario|opcion|alternativa|lugar|plaza|unidad|equipo de reemplazo)',
    // A next step proposed as a question: «¿Te agendo la revisión?», «¿Le envío el formulario?».
    '¿(?:te|le|les|os) (?:lo |la |los |las )?(?:agendo|agendamos|envio|enviamos|mando|mandamos|paso|pasamos|reservo|reservamos|programo|programamos|cambio|cambiamos|llamo|llamamos|escribo|escribimos|gestiono|gestionamos|tramito|tramitamos|activo|activamos|reenvio|reenviamos|abro|abrimos|preparo|preparamos|reviso|revisamos|busco|buscamos|ofrezco|ofrecemos|aplico|aplicamos)\\b',
    // An offer asked as a question: «¿quieres que te lo reserve?», «¿le parece que lo cambiemos?».
    '¿(?:quieres|queres|quiere|quieren|desea|deseas|deseais|te parece|le parece|les parece|prefieres|preferis|prefiere) que (?:te |le |les |os )?(?:lo |la |los |las )?@',
    // Thirty-eighth session: another time or way put to the customer («¿te sirve mañana a las 8?», «¿cuál te viene
    // mejor?»), and a way round what they cannot do («si actualizar no es opción, …»).
    `¿?(?:te|le|les|os) (?:sirve|sirven|va|viene bien|vienen bien|queda bien|acomoda|parece bien) (?:el |la |manana|hoy|pasado|esta|este|a las|en la|entre|${WEEKDAY.es})[^.!?]{0,40}\\?`,
    'cual (?:te|le|les|os) (?:sirve|va mejor|viene mejor|queda mejor|acomoda|conviene)',
    'si (?:@ ){1,3}no (?:es|te es|le es|les es) (?:una )?(?:opcion|posible|viable)(?: (?:ahora|por ahora|de momento|en este momento))?,',
  ]),
  en: compile([
    // Offers after "but", "however" are read by the turn (grammar/turn.ts), whatever their words.
    "what (?:i|we) (?:can|could) do",
    "(?:i|we)(?: can| could|'d be happy to|'m happy to| would be happy to| can also) (?:offer|send|set up|suggest|help|arrange|book|order|reserve|recommend|give|provide|check|do|escalate|put|switch|swap|exchange|get)",
    `(?:i|we) (?:can|could)(?: also| still| then| now)? (?!${NOT_AN_ACTION_EN})(?!not\\b|n't)@`,
    'instead',
    "let me look into (?:other ways|what we can do)", "(?:i|we) can check (?:whether there's another way|what other options)",
    'alternatively',
    'alternatives?',
    'another option',
    'other options?',
    'workaround',
    'in the meantime',
    "(?:if you(?:'d)? (?:like|prefer|want)|would you like|happy to)",
    // An offer asked as a question: «want us to put one on hold for you?», «shall I book it?».
    "(?:do|would) you (?:still )?(?:like|want) (?:us|me) to @", "want (?:us|me) to @[^.!?]{0,80}\\?",
    'you can (?:also |still |always )?(?:use|try|request|choose|opt|drop|bring|send|upload|order|upgrade|switch|buy|get|add|call|visit)',
    "(?:i|we)(?:'ve| have)(?: already| just)? (?:sent|issued|set up|arranged|booked|created|opened|added|applied|switched|requested|refunded|credited|reserved|scheduled)",
    // The case passed somewhere it can move: «I've moved your report to the mobile project», «we've escalated your ticket to billing».
    "(?:i|we)(?:'ve| have)(?: already| just)? (?:transferred|moved|forwarded|passed|escalated|reopened|logged|raised|filed) (?:your|this|the) (?:@ )?(?:issue|report|ticket|case|request|question|complaint|query|bug|claim)s? (?:to|with|over to|on to|onto|there|over there|across)\\b",
    // A slot or an option on hand, a welcome to do something else: «I do have a slot next Wednesday», «you're welcome to
    // reorder them at the sale price».
    "(?:i|we) (?:do |still )?have (?:a|an|another|one|two|some|other) (?:slot|appointment|opening|option|alternative|spot|seat|room|unit|replacement|loaner|courtesy)",
    "(?:you're|you are) (?:very |more than |always )?welcome to",
    "(?:so|and) (?:i|we)(?:'ll| will) (?:send|replace|ship|refund|give|issue|credit|swap|exchange|repair|fix|order|book|cover)\\b",
    // The step said of the money or the thing, even after a negation the turn stops at: "isn't refundable, but it hasn't
    // been lost: it has been credited against your rent".
    // (…not the reason for the no: "but we can't refund the fees as they were applied under your terms", forty-seventh session.)
    "(?:however|but|that said),?[^.!?]{0,80}?\\b(?<!\\b(?:as|since|because) )(?:it|this|that|which|they|the (?:@ ){0,2}(?:amount|money|deposit|payment|fee|charge|balance|order|item|booking))(?:'s| has| have| is| are| was| were)(?: now| already| just)? (?:been )?(?:credited|refunded|applied|added|waived|reimbursed|reserved|extended|upgraded|covered|replaced|exchanged|rebooked|scheduled|transferred|moved)\\b",
    // A word when things change, with its trigger: "I will write you here when it is available", «te aviso cuando vuelva».
    "(?:i|we)(?:'ll| will| shall) (?:let you know|notify you|write (?:to )?you|e-?mail you|message you|ping you|tell you|update you|post (?:here|an update)) (?:[^.!?]{0,30} )?(?:when|once|as soon as)\\b",
    // Thirty-eighth session: another time or way put to the customer ("tomorrow 8am ok?", "can do tmrw am or thurs, which
    // works?", "would Friday suit you?"), and a way round what they cannot do ("if upgrading isn't an option right now, …").
    `${ANOTHER_DAY_EN}\\b[^.!?]{0,30}? (?:ok|okay|work|works|suit|suits|good|fine|alright)(?: (?:for |with )?you)?\\s*\\?`,
    "which (?:one |time |day |slot )?(?:works|suits)(?: better| best)?(?: for you)?\\s*\\?",
    `(?:(?:i|we) )?can do ${ANOTHER_DAY_EN}\\b`,
    "if (?:@ ){1,3}(?:isn't|is not|aren't|are not) (?:an option|possible|doable|feasible)(?: (?:right now|for now|at the moment|yet))?,",
  ]),
};
/** What an absent writer cannot do: answer, review, fix, be reached («no podré revisar los tickets», "I can't fix them"). */
const AVAILABILITY = /\b(?:respond|reply|answer|review|fix|look|work|help|check|merge|test|authenticate|register|access|get to|be (?:available|around|online|reachable)|responder|contestar|revisar|arreglar|mirar|atender|trabajar|ayudar|probar|acceder|estar disponible)/;
/** «si usted fuera importante lo podría ayudar»: an offer under a condition contrary to fact offers nothing. */
const COUNTERFACTUAL_BEFORE = /\b(?:si (?:\S+ ){0,5}(?:fuera|fueras|fuese|fueses|hubiera|hubieras|hubiese|tuviera|tuvieras|tuviese)|if (?:\S+ ){0,4}(?:were|had been))\b(?:(?!\b(?:pero|but|sin embargo|however)\b)[^.!?])*$/;
// A negation in the sentence before («…isn't covered. However, …») does not negate the offer.
const NEGATED_BEFORE = /(?:\bno|\btampoco|\bnunca|\bjamas|\bnever|n't|not|cannot|nothing|nada(?:\s+que)?)\s+(?:[^\s.!?]+\s+)?(?:(?:te|le|les|lo|la|los|las|se|me|nos|os)\s+){0,2}$/;

/** «No podemos X» + «Lo que sí puedo hacer es Y.» → «No podemos X. Lo que sí puedo hacer es Y», fitting the draft's own punctuation. */
function withAlternative(quote: string, text: string, next: string | undefined): string {
  const body = /[.!?…]$/.test(quote) ? quote : `${quote}.`;
  const tail = next && /[.!?…]/.test(next) ? text.replace(/[.!?…]+$/, '') : text;
  return `${body} ${tail}`;
}

/** Instructions, a question asking for what the agent needs, or a contact point that is not just reading. */
/** The refusal turns to what can be done: "…, but …", "… works though", «… sí te aplica». */
function turnsToOffer(draft: DraftContext, from: number): boolean {
  return offersAfterTurn(draft.folded, draft.sentences, from, draft.lang) || offersBeforeTrailingTurn(draft.folded, draft.sentences, from, draft.lang)
    || affirmsInstead(draft.text, draft.sentences, from, draft.lang);
}

/** A question put to the customer after the first no, before the sign-off: the case goes on (`asksBack`). */
function asksBackAfter(draft: DraftContext, matches: RuleMatch[]): boolean {
  const first = Math.min(...matches.map((m) => m.end));
  const signOff = signOffStart(draft.text);
  return draft.sentences.some((s) => s.start >= first && s.start < signOff && asksBack(draft.folded.slice(s.start, s.end), draft.lang));
}

function keepsHelping(draft: DraftContext): boolean {
  const signOff = signOffStart(draft.text);
  return draft.sentences.some((s) => {
    if (s.start >= signOff) return false;
    const folded = draft.folded.slice(s.start, s.end);
    return isInstruction(folded, draft.lang, s.text) || asksToContinue(folded, draft.lang) || (givesContactPoint(s.text) && !pointsOnlyToReading(folded, draft.lang));
  });
}

/**
 * A time the agent commits to, outside the refusal, is a next step the team takes: «no podemos publicarla el viernes;
 * la versión de prueba estará lista la semana que viene», «No está en el plan de este mes, pero la presento en la
 * reunión del jueves 17» (eighteenth session). Only a realistic one: a promise the team cannot keep is no way forward
 * the customer can count on, and the coach already flags it.
 */
function promisesNextStep(draft: DraftContext, matches: RuleMatch[]): boolean {
  return draft.commitments.some((c) => c.realistic && !matches.some((m) => c.start < m.end && m.start < c.end));
}

export function hasOffer(folded: string, lang: 'es' | 'en'): boolean {
  for (const sp of findAll(OFFER[lang], folded)) {
    const before = folded.slice(Math.max(0, sp.start - 14), sp.start);
    if (NEGATED_BEFORE.test(before) || COUNTERFACTUAL_BEFORE.test(folded.slice(Math.max(0, sp.start - 120), sp.start))) continue;
    return true;
  }
  return false;
}

/** Test cases and training examples: `[[…]]` marks the span the rule must find. Not shipped to the page (nothing there imports them). */
export const examples: RuleExample[] = [
  // Thirty-seventh session: «tampoco podemos…» after the no offers nothing.
  { lang: 'es', text: '[[No es posible cancelar la línea antes de que termine la permanencia]]. Tampoco podemos anular la penalización.', lexiconOnly: true },
  { lang: 'en', text: "We're very sorry but [[no change or refund can be offered as the flights run on schedule]]." },
  { lang: 'en', text: "Having checked with the engineers, [[we've decided we won't be sharing more workarounds]]. Regards." },
  { lang: 'en', text: '[[Nope, not interested]]. Bye' },
  { lang: 'es', text: 'Una disculpa, pero su comprobante ya pasó los 90 días y [[no se le puede aplicar]].' },
  { lang: 'es', text: '@rcontreras no, [[eso el paquete no lo trae]].' },
  { lang: 'en', text: "Version 2.4 only gets security fixes now. [[This one is neither critical nor security related, so I'm closing it]]." },
  { lang: 'en', text: 'No problem, I can change the date for you.' },
  // Sixteenth session: a past inability, declining to advise, a case moved elsewhere, a partial step taken.
  { lang: 'en', text: 'Due to the snow we could not collect green bins last Thursday. Crews collect them on Saturday.' },
  { lang: 'en', text: "Fixed is about £94 a month and variable £89 today. I can't tell you which is best, that depends on prices." },
  { lang: 'en', text: "This repo is only for the CLI; I've transferred your issue there so you don't need to re-open it." },
  { lang: 'es', text: 'Listo, ya quedó tu cambio de plan. Lamentablemente el cambio no aplica retroactivo este mes.' },
  // Sixteenth session: closing the thread because the request is not ours is a no; closing it as fixed is not.
  { lang: 'en', text: 'Hi, [[this is not a bug in the library, so I am closing it]].' },
  { lang: 'en', text: "Thanks for the report. [[Closing this as it's not a technical issue]]." },
  { lang: 'es', text: 'Hola. [[Cierro el issue porque no es un fallo del plugin]].' },
  { lang: 'es', text: '[[No se trata de un error de la aplicación, así que lo cerramos]]. Saludos.' },
  { lang: 'en', text: 'Fixed in 2.4.1, closing this. Thanks for the detailed report!' },
  { lang: 'en', text: "Closing as there's been no reply for a month; feel free to reopen if it comes back." },
  { lang: 'es', text: 'Cierro el ticket porque ya quedó resuelto con la versión 3.2. ¡Gracias!' },
  { lang: 'en', text: 'Closing this as not a bug: the date format comes from your locale. Set LANG=en_GB and it shows day first.' },
  // Fourteenth session: a bare no after an apology, and a decision not to.
  { lang: 'es', text: '[[Lo siento, pero no]]. Suerte con la entrega.' },
  { lang: 'en', text: 'After checking with the team, [[we have decided not to offer refunds on this plan]].' },
  { lang: 'es', text: 'Tras revisarlo, [[hemos decidido no ampliar el plazo]].' },
  { lang: 'es', text: 'Lo siento, pero no te preocupes: te mando el reemplazo hoy mismo.' },
  // Nineteenth session: the no first, the apology after, and nothing more.
  { lang: 'es', text: '[[No, lo siento]]. El plazo está ahí para que todos preparen su entrega.' },
  { lang: 'en', text: '[[No, sorry]]. The deadline is the same for everyone.' },
  { lang: 'es', text: 'No, lo siento. Pero puedes pedir la prórroga al coordinador con este formulario.' },
  { lang: 'es', text: 'No, lo siento por la demora: ya te lo envié.' },
  { lang: 'en', text: "Sorry, no problem at all, I'll send the replacement today." },
  { lang: 'en', text: "I'm so sorry the driver left the box out in the rain - that's not acceptable. A new one goes out today." },
  { lang: 'es', text: 'Hemos decidido no cobrarte el envío por las molestias.' },
  { lang: 'en', text: "We've decided not to charge you the late fee this time." },
  { lang: 'en', text: 'Sorry, no. I misread: your order did ship yesterday and arrives Monday.' },
  // Failing to reproduce a fault is a step of the diagnosis, not a no to the customer.
  { lang: 'es', text: 'Probamos con el archivo que adjuntaste y por ahora no podemos replicarlo en nuestro entorno.' },
  { lang: 'en', text: "We followed your steps on version 4.2 and can't reproduce the crash on our side yet." },
  { lang: 'en', text: "[[We can't replace the charger on this plan]]." },
  // A refusal said as no possibility, or in the passive.
  { lang: 'es', text: 'Hola, [[ninguna posibilidad de plazo extra]]. Saludos.' },
  { lang: 'en', text: 'Your account was suspended for repeated violations. [[This account will not be reinstated]].' },
  { lang: 'en', text: 'Your order can be returned within 30 days for a full refund.' },
  { lang: 'en', text: 'The late fee for November will be waived, and the December bill is unchanged.' },
  // The way forward as real agents give it: instructions, a question to go on, a number to call.
  { lang: 'en', text: "We can't change the guide listing. Unplug the box for two minutes and plug it back in to resync it." },
  { lang: 'en', text: "Sorry, we can't see account details here. What's the order number on your receipt?" },
  { lang: 'en', text: "We can't help with that one, but their team is on 0344 555 0199, open until 8pm." },
  { lang: 'es', text: 'No podemos modificar la factura desde aquí. Entra en Mi cuenta, elige la factura y pulsa «Corregir datos».' },
  { lang: 'es', text: 'Por este medio no podemos ver tu cuenta. ¿Me compartes el número de cliente por DM?' },
  { lang: 'es', text: '¿Te dijeron en la tienda que no es posible cambiarlo? Déjame revisarlo con el área de garantías.' },
  // An offer asked as a question, an instruction after a condition, a step already taken; a sign-off is no way forward.
  { lang: 'en', text: "Sorry, that jacket is sold out online! Our Leeds store still has two, want us to hold one for you?" },
  { lang: 'es', text: 'Ese color ya no está disponible en la web. ¿Quieres que te aparte uno en la tienda de Providencia?' },
  { lang: 'en', text: "I can't cancel that charge from here, it may still reverse on its own. If it doesn't, please comment below with the reference." },
  { lang: 'es', text: 'No puedo anular el cargo desde aquí. Si mañana sigue apareciendo, escríbenos por DM con el número de operación.' },
  { lang: 'en', text: "This tracker only covers the desktop app, so we can't fix it here. I've moved your report to the mobile project." },
  { lang: 'en', text: "[[We don't accept returns on opened items]]. If you have any other questions, let us know." },
  { lang: 'es', text: '[[No aceptamos devoluciones de productos abiertos]]. Si tienes alguna otra duda, escríbenos.' },
  // …but a question that offers nothing, a note taken, the customer's wish paraphrased and a sign-off are no way forward.
  { lang: 'en', text: "[[We can't refund digital purchases]]. Should I close this ticket?" },
  { lang: 'en', text: "[[We can't give you a delivery date]]. I've logged your complaint." },
  { lang: 'en', text: "I understand you want us to refund the order, but [[we can't accept returns after 30 days]]." },
  { lang: 'en', text: "[[We don't accept returns on opened items]]. If you need anything, let us know." },
  { lang: 'en', text: "We can't replace it from here. If restarting doesn't help, take it to any of our stores." },
  { lang: 'es', text: 'No podemos cambiar la talla desde aquí. Una vez recibido el paquete, pulsa «Devolver» en la app.' },
  // Refusals said short, and an offer only under a condition contrary to fact.
  { lang: 'en', text: "[[We're afraid not]], the shuttle only runs to the terminal." },
  { lang: 'en', text: 'Sorry, [[this app is no longer supported]].' },
  { lang: 'en', text: "We apologise, but [[there's nothing more we can do about the delay]]." },
  { lang: 'es', text: 'Si fuera un cliente empresa lo podría ayudar, pero [[no puedo]].' },
  { lang: 'es', text: '[[Me temo que no]], esa tarifa ya terminó.' },
  // A channel named but not offered is no way forward.
  { lang: 'es', text: '[[Lamentablemente no podemos darte de baja por chat]]. Las bajas no se gestionan por este canal.' },
  { lang: 'es', text: '[[No es posible, no aceptamos archivos adjuntos de más de 10 MB]].', suggest: ['No es posible, no aceptamos archivos adjuntos de más de 10 MB, pero déjame ver qué otra cosa podemos hacer', 'No es posible, no aceptamos archivos adjuntos de más de 10 MB, pero lo que sí puedo hacer es consultar qué otras opciones tenemos'] },
  { lang: 'es', text: '[[Lamentablemente no hacemos reembolsos pasados los 30 días de la compra]].' },
  { lang: 'es', text: '[[Durante la permanencia no se permite bajar a planes más económicos]].' },
  { lang: 'es', text: '[[Esas funciones no están incluidas en su versión y no hay forma de activarlas]].', suggest: ['Esas funciones no están incluidas en su versión y no hay forma de activarlas, pero permítame ver qué otra cosa podemos hacer', 'Esas funciones no están incluidas en su versión y no hay forma de activarlas, pero lo que sí puedo hacer es consultar qué otras opciones tenemos'] },
  { lang: 'es', text: '[[No, eso no lo hacemos]].' },
  { lang: 'es', text: 'Revisé tu pedido. [[No podemos cambiar la dirección una vez despachado]].' },
  { lang: 'es', text: '[[Imposible, el sistema no lo permite]].' },
  { lang: 'es', text: '[[no se puede devolver un producto abierto]]' },
  { lang: 'es', text: '[[Me temo que no vamos a poder extender la garantía]].' },
  { lang: 'es', text: 'No es posible recibir archivos de más de 10 MB por correo. Lo que sí puedo hacer es enviarte un enlace para que los subas sin límite de tamaño.' },
  { lang: 'es', text: 'No podemos reembolsar después de los 30 días, pero puedo ofrecerte un cambio por otro producto.' },
  { lang: 'es', text: 'No tenemos stock de la talla M; si quieres, te aviso en cuanto se reponga o te reservo la L.' },
  { lang: 'es', text: 'No podemos retirar el equipo en tu domicilio, pero podés dejarlo en cualquier sucursal.' },
  { lang: 'es', text: 'No se preocupe, no hay problema con el cambio de fecha.' },
  { lang: 'es', text: 'Voy a trabajar en esto lo antes posible y te aviso en cuanto tenga novedades.' },
  { lang: 'es', text: 'Si no puedes entrar, avísame y lo revisamos juntos.' },
  { lang: 'es', text: 'Esa opción no está incluida en tu plan, pero te ofrezco una prueba gratuita del plan superior.' },
  { lang: 'en', text: 'Sorry, [[we can\'t accept attachments larger than 10 MB]].', suggest: ["we can't accept attachments larger than 10 MB, but let me look into other ways to accept attachments larger than 10 MB", "we can't accept attachments larger than 10 MB, but I can check whether there's another way to accept attachments larger than 10 MB"] },
  { lang: 'en', text: '[[Unfortunately we don\'t offer refunds after 30 days]].' },
  { lang: 'en', text: '[[That\'s not possible]], I\'m afraid.' },
  { lang: 'en', text: '[[That jacket is sold out in your size and we won\'t be restocking it]].' },
  { lang: 'en', text: '[[We cannot unlock accounts that were locked after too many failed attempts]]. Sorry.' },
  { lang: 'en', text: '[[I\'m not able to change the delivery address once the order has shipped]].' },
  { lang: 'en', text: "We can't take attachments over 10 MB by email, but I can send you a secure upload link." },
  { lang: 'en', text: "I'm not able to extend the refund window, but what I can do is offer a full exchange or store credit." },
  { lang: 'en', text: "If you can't log in, let me know and I'll reset it for you." },
  { lang: 'en', text: "I can't wait to hear how the new plan works for you!" },
  { lang: 'en', text: "That model is out of stock; would you like me to set up a restock alert?" },
  { lang: 'es', text: "[[Lamentablemente no es posible cambiar el titular de la línea por chat]]." },
  { lang: 'es', text: "[[No trabajamos con envíos internacionales]]." },
  { lang: 'es', text: "[[Eso no está cubierto por la garantía]]." },
  { lang: 'en', text: "I'm sorry, but [[we're unable to process refunds for digital downloads]]." },
  { lang: 'en', text: "[[We don't ship to PO boxes]]." },
  { lang: 'en', text: "[[Unfortunately that's against our policy]]." },
  { lang: 'es', text: "No puedo abrir el adjunto, ¿me lo reenvías en PDF?" },
  { lang: 'es', text: "Es imposible no entender tu molestia; ya estoy revisando el cargo." },
  { lang: 'en', text: "It's not possible for me to see your password; I've sent you a reset link." },
  { lang: 'en', text: "I couldn't open the attachment, could you resend it as a PDF?" },
  // Generalisation pass: other refusal verbs and word orders; «pero …» offers with other words.
  { lang: 'es', text: "Disculpá, pero [[eso no entra en la garantía]]." },
  { lang: 'es', text: "[[No manejamos devoluciones de productos en oferta]]." },
  { lang: 'es', text: 'Ya registramos el corte en su zona; no manejamos un tiempo exacto de solución.' },
  { lang: 'en', text: "We're on it, but we don't have a firm ETA yet." },
  { lang: 'es', text: "Lo siento, [[eso no está dentro de nuestras políticas]]." },
  { lang: 'es', text: "Ya no se fabrica ese modelo, [[así que no te lo puedo reponer]]." },
  { lang: 'es', text: "[[No hay manera de cambiar la fecha del vuelo con esa tarifa]]." },
  { lang: 'en', text: "That's just how it is, [[nothing I can do]]." },
  { lang: 'es', text: "No hacemos envíos a las islas, pero tenés la opción de retirarlo en la sucursal sin cargo." },
  { lang: 'es', text: "No aceptamos pagos en efectivo; eso sí, puede pagar en cualquier Oxxo con la referencia." },
  { lang: 'es', text: "No podemos cambiar el producto usado, pero con gusto le ayudamos a tramitar la garantía con el fabricante." },
  { lang: 'es', text: "Lo siento, pero [[eso no lo cubre tu seguro]]." },
  // Blind batch 2: other synonyms, inflections and word orders.
  { lang: 'es', text: "[[Ese cambio no lo vamos a procesar]], lo siento." },
  { lang: 'es', text: "[[La reparación cae fuera de la cobertura de tu garantía]]." },
  { lang: 'es', text: "[[Tu solicitud fue rechazada]]." },
  { lang: 'es', text: "Eso queda fuera de nuestro alcance, pero te ofrezco un cupón del 15%." },
  { lang: 'es', text: 'Según el dictamen adjunto, [[la solución no compete a nuestra entidad]].', lexiconOnly: true },
  { lang: 'es', text: 'Acerca de su reclamo: por lo expuesto, [[el arreglo del transformador no compete a nuestra entidad]].', lexiconOnly: true },
  { lang: 'es', text: 'No te preocupes: el trámite con el banco no le compete al cliente, lo gestionamos nosotros.', lexiconOnly: true },
  { lang: 'es', text: 'El paquete ya no está en nuestras manos, lo tiene el correo; tu número de seguimiento es AB123456AR.', lexiconOnly: true },
  { lang: 'es', text: 'No podemos hacer el cambio desde aquí. Podemos indicarte qué pasos seguir en la web.', lexiconOnly: true },
  { lang: 'es', text: 'No podemos reemplazar el lector. Acerca de nuevo la tarjeta y mantenla tres segundos.', lexiconOnly: true },
  { lang: 'en', text: '[[Pricing of the partner plans is outside our remit]].', lexiconOnly: true },
  { lang: 'es', text: 'No está en nuestras manos, pero puedo pedir al banco que adelante la revisión y te aviso el viernes.', lexiconOnly: true },
  { lang: 'en', text: "That is not within our remit, but the ombudsman can review it; I've put their form below.", lexiconOnly: true },
  { lang: 'en', text: "[[Your order falls outside the warranty period]]." },
  { lang: 'en', text: "[[The refund request was denied]]." },
  { lang: 'en', text: "Having reviewed your file, [[your claim for compensation has been rejected]]." },
  { lang: 'es', text: 'Tras revisar su historial, [[le informamos que su reclamo de compensación fue desestimado]].' },
  { lang: 'en', text: "[[We are not in a position to change the invoice]]." },
  { lang: 'en', text: "That falls outside our return window, but I can offer store credit instead." },
  // Real replies point the way instead of saying «what I can do»: a channel or step for this request is an offer.
  { lang: 'en', text: "We're unable to discuss account details over social media. Please call us at 0800 123 456 and the team will go through it with you." },
  { lang: 'en', text: "Sorry, we can't change the email on a locked account, you'll need to submit the recovery form here: https://help.example.com/recover" },
  { lang: 'es', text: 'No podemos gestionar reembolsos por esta vía. Puedes solicitarlo desde la app, en Mis pedidos > Devoluciones.' },
  { lang: 'es', text: 'Lamentablemente no es posible cambiar la fecha desde aquí; escríbenos por WhatsApp al 600 111 222 y lo vemos contigo.' },
  { lang: 'es', text: 'Esta noche hay mantenimiento de 1 a 3; durante ese rato no podrás entrar a la app.' },
  { lang: 'es', text: 'Tranquilo, no es para tanto, ya lo revisamos.' },
  { lang: 'es', text: 'No te puedo dar todavía una hora exacta, pero vamos a escribirte en cuanto el proveedor confirme.' },
  // Pointing only at other questions, or only at reading, is no way forward for this one.
  { lang: 'es', text: '[[No es posible cambiar una tarifa básica]]. Para cualquier otra consulta puedes escribirnos cuando quieras.' },
  { lang: 'en', text: "[[We can't refund digital purchases]]. You can read more about our policy here: https://help.example.com/refunds" },
  // What the product does not do, where a request does not belong, and «but you can…» as the way forward.
  { lang: 'es', text: '[[La librería no tiene la funcionalidad de envío de boletas incluida]].' },
  { lang: 'es', text: 'No, [[el SDK no lo tiene implementado]].' },
  { lang: 'es', text: 'No lo tenemos implementado aún, pero puedes usar el endpoint de pagos directos mientras tanto.' },
  { lang: 'es', text: 'Los precios de la web no tienen incluido el IVA; se suma al final del pago.' },
  { lang: 'es', text: 'Gracias por escribir. [[El módulo no permite generar guías de despacho]].' },
  { lang: 'es', text: 'Revisé tu cuenta: el sistema no tiene registrado ningún pago pendiente.' },
  { lang: 'en', text: "Don't worry, we're not going to change anything on your account without asking you first." },
  { lang: 'en', text: 'There are no plans to change the price of your current plan.' },
  { lang: 'es', text: 'Hola. No, [[no es una opción disponible en el plan gratuito]].' },
  { lang: 'en', text: 'Thanks for the idea. [[For now we are not planning to add dark mode to the widget]].' },
  { lang: 'en', text: "We're not planning to change the export format, but you can pull every field as JSON from the API." },
  { lang: 'es', text: '[[Este canal es solo para reportar fallos del servidor]].' },
  { lang: 'es', text: 'La app no tiene esa función, pero puedes exportarlo a Excel desde el menú.' },
  { lang: 'en', text: "[[The plugin doesn't support multisite installs]]." },
  { lang: 'en', text: '[[This tracker is only for bug reports]].' },
  { lang: 'en', text: "The app doesn't support exporting to PDF yet, but you can print to PDF from the share menu." },
  { lang: 'en', text: '[[This is not the place to ask about licence keys]].' },
  { lang: 'es', text: '[[Este no es el lugar para pedir licencias]].' },
  // A slot on hand, a welcome to do something else, a partial step already taken: not flat.
  { lang: 'en', text: "I can't book an engineer for Saturday, installs are Monday to Friday only. I do have a slot next Wednesday morning." },
  { lang: 'en', text: "I can't apply the discount retrospectively, but you're welcome to return the items and reorder them at the sale price." },
  { lang: 'en', text: "I'm afraid the dental treatment isn't covered. However, the consultation fee is covered and I approved it this morning." },
  { lang: 'es', text: 'No puedo agendar el sábado, pero tengo un turno el miércoles a primera hora.' },
  // A next step proposed as a question, and a refusal only under a condition.
  { lang: 'es', text: 'No puedo extender la garantía, pero el servicio técnico hace una revisión gratuita. ¿Te agendo la revisión?' },
  { lang: 'es', text: 'Te reservo el modelo azul; si no hay disponibilidad en tu talla, te aviso hoy mismo.' },
  { lang: 'en', text: "[[There's not much we can do]]." },
  { lang: 'es', text: 'Lo siento, pero su recibo tiene más de tres meses y [[ya no está vigente]].' },
  { lang: 'en', text: "[[We can't offer a refund on this order]], but we closed your ticket." },
  { lang: 'es', text: '[[No podemos reembolsar este pedido]]. ¿Te llegó el correo de confirmación?' },
  // Declining to promise or predict is honesty, not a refusal: no date you cannot keep («si no puedes dar un plazo real, no lo des»).
  { lang: 'en', text: 'We can\'t confirm the winter timetable yet.' },
  { lang: 'en', text: 'Honestly, we can\'t predict how long the courier will take on that route.' },
  { lang: 'en', text: 'I can\'t say much more than that for now.' },
  { lang: 'en', text: 'We can\'t give you an exact date yet.' },
  { lang: 'es', text: 'No podemos darte una fecha exacta.' },
  { lang: 'es', text: 'No te puedo decir con certeza cuándo vuelve a haber stock.' },
  { lang: 'es', text: 'No podemos asegurarle una fecha para la visita del técnico.' },
  // …but the same verbs refusing the customer's request stay refusals.
  { lang: 'en', text: '[[We can\'t give you a refund for the unused months]].' },
  { lang: 'es', text: '[[No podemos darte un reembolso por ese cargo]].' },
  { lang: 'en', text: '[[We can\'t confirm bookings on those dates]].' },
  { lang: 'es', text: '[[No podemos asegurar su vehículo porque tiene más de 20 años]].' },
  { lang: 'es', text: '[[No podemos adelantar la fecha de entrega]].' },
  // Eighteenth session: a time the agent commits to, outside the refusal, is a next step: no flat refusal.
  { lang: 'es', text: 'No podemos publicar la versión el viernes; la de prueba te la envío el martes por la mañana.', now: '2026-11-26T10:00:00-03:00' },
  { lang: 'en', text: "We couldn't collect your green bin on Thursday. The crew will collect it on Saturday morning.", now: '2026-11-27T09:00:00+00:00' },
  // Declining to promise a date, in English as in Spanish, and swearing to a forecast, refuse nothing the customer asked.
  { lang: 'en', text: "We can't guarantee a date for the technician's visit." },
  { lang: 'en', text: "The new version changes a lot, so I can't swear nothing breaks." },
  // Eighteenth session: refusals said short.
  { lang: 'en', text: 'Your appeal was read. [[Not happening]].' },
  { lang: 'en', text: 'The box office is shut for the night, [[sorry, can\'t help you now]].' },
  { lang: 'en', text: '[[Nobody on the floor can go behind the pharmacy counter]].' },
  { lang: 'en', text: '[[Those coins are simply not something any bank can get]].' },
  { lang: 'es', text: '[[El libro no se lo presto]].' },
  { lang: 'es', text: 'Todavía no lo recibo en el sistema, en cuanto llegue te aviso.' },
  { lang: 'en', text: 'Access denied errors usually mean the token expired; you can create a new one in Settings.' },
  // Twentieth session: nothing to offer for now, no plan for it, the uncontracted «we'll not».
  { lang: 'es', text: '[[No hay solución de momento]].', lexiconOnly: true },
  { lang: 'es', text: 'Gracias por la idea. [[No tenemos planes de añadirlo]].', lexiconOnly: true },
  { lang: 'en', text: '[[No current plans on our part]], sorry.', lexiconOnly: true },
  { lang: 'en', text: "[[We don't have a fix for this at the moment]].", lexiconOnly: true },
  { lang: 'en', text: "[[We'll not be able to refund a used voucher]].", lexiconOnly: true },
  { lang: 'es', text: 'No hay solución de momento, pero puedes usar la versión web mientras tanto.', lexiconOnly: true },
  { lang: 'en', text: 'No plans yet for the weekend? Our store is open until 8.', lexiconOnly: true },
  // Twenty-first session.
  { lang: 'en', text: '[[Support for the 2.x line has long been dropped]].', lexiconOnly: true },
  { lang: 'en', text: "No date for that, [[it's not planned]].", lexiconOnly: true },
  { lang: 'en', text: '[[Membership fees are non-refundable]].', lexiconOnly: true },
  { lang: 'en', text: '[[Closed since it does not follow the template for a bug report]].', lexiconOnly: true },
  { lang: 'en', text: "It's not planned yet, but you can vote for it on the roadmap board.", lexiconOnly: true },
  { lang: 'es', text: 'Lo siento, pero [[no es lugar para pedir trabajos]].', lexiconOnly: true },
  { lang: 'es', text: '[[Se dejó de dar soporte a la versión 1.7 hace tiempo]].', lexiconOnly: true },
  // Twenty-fourth session: the product retired, and a sentence opening «Hace tiempo…» is no instruction.
  { lang: 'es', text: '[[Hace tiempo se dejó de dar soporte a esa impresora]].', lexiconOnly: true },
  { lang: 'es', text: 'Lo siento, [[dejamos de fabricar esa funda el año pasado]].', lexiconOnly: true },
  { lang: 'es', text: '[[Ese modelo fue descontinuado en 2022]].', lexiconOnly: true },
  { lang: 'es', text: 'Ese modelo fue descontinuado, pero el X40 usa el mismo cargador: ¿te paso el enlace?', lexiconOnly: true },
  { lang: 'en', text: '[[Support for the S7 ended in 2021]].', lexiconOnly: true },
  { lang: 'en', text: 'Sorry, [[that router model was discontinued last year]].', lexiconOnly: true },
  { lang: 'en', text: '[[The app reached end of life in March]], so there will be no further updates.', lexiconOnly: true },
  { lang: 'en', text: 'That blender was discontinued, but the B200 takes the same jug and I can send you a 20% code for it.', lexiconOnly: true },
  { lang: 'es', text: 'Hemos dejado de cobrarte la cuota de mantenimiento desde este mes.', lexiconOnly: true },
  { lang: 'es', text: '[[Por ahora no está planeado]].', lexiconOnly: true },
  { lang: 'es', text: '[[Las cuotas no son reembolsables]].', lexiconOnly: true },
  { lang: 'es', text: 'No está previsto que el corte afecte a tu zona.', lexiconOnly: true },
  // Twenty-first session (round 21).
  { lang: 'es', text: '[[No está previsto soportar Windows]].', lexiconOnly: true },
  { lang: 'es', text: 'Hola, [[eso no entra en nuestros planes]].', lexiconOnly: true },
  { lang: 'en', text: '[[We dropped Windows 7 support two years ago]].', lexiconOnly: true },
  { lang: 'en', text: '[[Out of scope for this project]].', lexiconOnly: true },
  { lang: 'en', text: "I'm not going to add it to the core, but you can use the plugin API for it: here is the hook.", lexiconOnly: true },
  // Twenty-fourth session: the decision not to build it in the passive; the policy as the whole answer; contact that failed.
  { lang: 'en', text: 'As I said before, [[this will not be implemented]].', lexiconOnly: true },
  { lang: 'en', text: "It won't be added to 2.x, but the 3.0 beta already has it: here's the install guide.", lexiconOnly: true },
  { lang: 'en', text: "Sorry, [[that's our policy]].", lexiconOnly: true },
  { lang: 'en', text: "That's our policy, but I can move the booking to next month for free if that helps.", lexiconOnly: true },
  { lang: 'es', text: 'Lo siento, [[es nuestra política]].', lexiconOnly: true },
  { lang: 'en', text: "We tried to call you twice but couldn't reach you, so the order is on hold until you confirm the address.", lexiconOnly: true },
  // (Review of the twenty-fourth session.)
  { lang: 'en', text: "Don't worry, the cancellation fee will not be included in your final invoice.", lexiconOnly: true },
  { lang: 'en', text: "[[This won't be implemented]].", lexiconOnly: true },
  { lang: 'en', text: "The battery has reached end of life, so we'll send you a new one free of charge.", lexiconOnly: true },
  { lang: 'en', text: '[[It was discontinued last year]].', lexiconOnly: true },
  { lang: 'es', text: 'Nunca dejamos de dar soporte a nuestros equipos; cuéntame qué le pasa al tuyo.', lexiconOnly: true },
  { lang: 'en', text: "[[I'm afraid that's our policy]].", lexiconOnly: true },
  // A maintainer's no, as es says it too: out of scope, not planned, a fix that will not be made, a negated plan with its pronoun.
  { lang: 'en', text: '[[This is out of scope for this project]].', lexiconOnly: true },
  { lang: 'en', text: "[[Not planned]], sorry.", lexiconOnly: true },
  { lang: 'en', text: "[[This won't be fixed]].", lexiconOnly: true },
  { lang: 'es', text: '[[Cierro el issue porque no lo vamos a implementar]].', lexiconOnly: true },
  { lang: 'en', text: "Is this out of scope for the beta? No: it's in, and here's how to switch it on.", lexiconOnly: true },
  { lang: 'en', text: 'Not planned, but it should be in the shop within a couple of weeks!', lexiconOnly: true },
  // An out-of-office notice tells when the writer can help again (twenty-eighth session).
  { lang: 'en', text: "I'm on vacation until the end of August. I will not be able to respond to issues until then.", lexiconOnly: true },
  { lang: 'es', text: 'Estaré de vacaciones hasta el 15 de enero y no podré revisar los tickets hasta entonces.', lexiconOnly: true },
  { lang: 'en', text: "Your account manager is on vacation. [[We can't refund this order]].", lexiconOnly: true },
  { lang: 'es', text: 'Es un error interno del proveedor. [[Nada que podamos hacer]].', lexiconOnly: true },
  { lang: 'es', text: 'Nada que podamos hacer sin tu número de pedido: pásamelo y lo reviso ahora.', lexiconOnly: true },
  { lang: 'en', text: 'The kit is not available yet. There is still work to do; I expect it to be ready by March.', lexiconOnly: true },
  { lang: 'en', text: "Hi Ana, I'll be out of the office tomorrow, so I wanted to let you know today: [[we can't refund this order]].", lexiconOnly: true },
  { lang: 'es', text: 'Hola Ana, [[nada que podamos hacer]].', lexiconOnly: true },
  // Twenty-ninth session: a bare «no» as the whole reply (not as an answer inside one), what is supported named as the only
  // thing, who does not give support, the places a request does not belong in English as in Spanish.
  { lang: 'en', text: '[[No]].', lexiconOnly: true },
  { lang: 'es', text: '[[No, gracias]].', lexiconOnly: true },
  { lang: 'en', text: 'Is it broken? No. It works on the current build, so try updating.', lexiconOnly: true },
  { lang: 'en', text: '[[At the moment only the latest version is supported]].', lexiconOnly: true },
  { lang: 'en', text: 'Only the admin account is supported for now, but you can ask your admin to add you.', lexiconOnly: true },
  { lang: 'en', text: '[[The community does not provide support for cracked copies]].', lexiconOnly: true },
  { lang: 'en', text: '[[This section is only for developers]].', lexiconOnly: true },
  { lang: 'es', text: '[[Solo damos soporte a la última versión]].', lexiconOnly: true },
  // Twenty-ninth session, language parity: forms the other language had; their near misses.
  { lang: 'es', text: '[[El producto está agotado]].', lexiconOnly: true },
  { lang: 'es', text: 'El modelo azul estaba agotado, pero ya repusimos y sale mañana.', lexiconOnly: true },
  { lang: 'es', text: '[[Tu pedido no es elegible para reembolso]].', lexiconOnly: true },
  { lang: 'es', text: 'Tu pedido sí es elegible para reembolso; lo tramito hoy.', lexiconOnly: true },
  { lang: 'es', text: '[[Eso va en contra de nuestra política]].', lexiconOnly: true },
  { lang: 'es', text: 'La política de devoluciones está en la web, en el pie de página.', lexiconOnly: true },
  { lang: 'es', text: '[[Su cuenta no será reactivada]].', lexiconOnly: true },
  { lang: 'es', text: 'Tu cuenta no será suspendida: el pago ya entró.', lexiconOnly: true },
  { lang: 'es', text: '[[La decisión es definitiva]].', lexiconOnly: true },
  { lang: 'es', text: 'Cuando la resolución sea definitiva, te escribo con el resultado.', lexiconOnly: true },
  { lang: 'es', text: '[[No tenemos control sobre las comisiones del banco]].', lexiconOnly: true },
  { lang: 'es', text: 'No tengo ningún problema en cambiártelo.', lexiconOnly: true },
  { lang: 'en', text: '[[We stopped selling that model last year]].', lexiconOnly: true },
  { lang: 'en', text: 'We stopped the charge before it went through.', lexiconOnly: true },
  // Twenty-ninth session's review: no outage, privacy, a battery used up, an apology for staff, good news.
  { lang: 'es', text: 'Hola Marta, revisé y no tenemos ninguna incidencia en tu zona ahora mismo.', lexiconOnly: true },
  { lang: 'es', text: 'No te preocupes: no tenemos ningún control sobre tus datos bancarios, solo tú puedes verlos.', lexiconOnly: true },
  { lang: 'es', text: 'Cuando la batería está agotada, el equipo se apaga solo.', lexiconOnly: true },
  { lang: 'es', text: 'Lamento mucho el trato que recibiste. Ese comportamiento va en contra de nuestras normas de atención.', lexiconOnly: true },
  { lang: 'es', text: 'No te preocupes: tu paquete no será devuelto al remitente.', lexiconOnly: true },
  // Thirtieth session: the closing «should you have any further questions, contact us» is no way forward for this request;
  // an invitation to come back for this very thing is.
  { lang: 'en', text: '[[We are unable to transfer your ticket to another passenger]]. Should you have any further questions, please do not hesitate to contact us.', lexiconOnly: true },
  { lang: 'en', text: "We are unable to transfer your ticket. Don't hesitate to contact us to book a new one in her name.", lexiconOnly: true },
  // Thirty-first session: a word when things change, with its trigger, and a step put as a thought, are ways forward;
  // a word "if anything changes" is not.
  { lang: 'en', text: 'Hi! The first batch sold out in a day. I will write to you here as soon as the next one is in stock.', lexiconOnly: true },
  { lang: 'es', text: 'Ese modelo está agotado, no nos queda ninguno. Te avisamos en cuanto vuelva a entrar.', lexiconOnly: true },
  { lang: 'en', text: "The store review keeps holding the update back, there's nothing we can do about that. Maybe try the web version meanwhile.", lexiconOnly: true },
  { lang: 'en', text: "[[We can't refund this order]]. We'll let you know if anything changes.", lexiconOnly: true },
  // Thirty-first session: the refusal in a formal letter, a brand's reply and a maintainer's line (probe by a helper,
  // docs/engine.md); these are our own sentences of the same shapes.
  { lang: 'en', text: '[[We regret to inform you that the tasting evening is fully booked]].', lexiconOnly: true },
  { lang: 'en', text: 'Having reviewed the photos, [[your warranty claim was not approved]].', lexiconOnly: true },
  { lang: 'en', text: '[[Please be advised that the X2 handset reached the end of its support period last spring]].', lexiconOnly: true },
  { lang: 'en', text: '[[the v1 dashboard is EOL]], sorry!', lexiconOnly: true },
  { lang: 'en', text: '[[Won\'t implement]].', lexiconOnly: true },
  { lang: 'en', text: 'Dark mode? [[Not on the roadmap]].', lexiconOnly: true },
  { lang: 'en', text: '[[Gift cards are non-refundable 😕]]', lexiconOnly: true },
  { lang: 'en', text: 'Code was already redeemed, [[so no refund]].', lexiconOnly: true },
  { lang: 'en', text: '[[No weekend deliveries, sorry]].', lexiconOnly: true },
  { lang: 'en', text: '[[Can\'t change the date once it\'s booked]], sorry.', lexiconOnly: true },
  { lang: 'en', text: '[[This board is reserved for partner agencies]].', lexiconOnly: true },
  { lang: 'en', text: 'Rebooking cannot be guaranteed on the same day, but I have put you on the standby list for the 4pm flight.', lexiconOnly: true },
  { lang: 'en', text: 'Your card will not be charged twice for this order.', lexiconOnly: true },
  { lang: 'en', text: "If the parcel can't be delivered, the courier leaves a card with a collection code.", lexiconOnly: true },
  { lang: 'en', text: "The deposit isn't refundable, but it has been credited against your first invoice.", lexiconOnly: true },
  { lang: 'en', text: 'No problem, sorry for the wait!', lexiconOnly: true },
  { lang: 'en', text: "The old API can't be enabled again, but the migration guide at docs.example.com/v2 covers every call.", lexiconOnly: true },
  // Thirty-second session: the company as the one unable, a bare "afraid not", "little … able to do", a delivery declined,
  // the apostrophe lost from "I'm"; "afraid not many" is a quantity, not a no.
  { lang: 'en', text: '[[Please be aware that the store is unable to hold items for longer than one day]].', lexiconOnly: true },
  { lang: 'en', text: '[[afraid not, the gift wrap option was discontinued in spring]]', lexiconOnly: true },
  { lang: 'en', text: 'Sadly, [[there is little the airline is able to do once the gate has closed]].', lexiconOnly: true },
  { lang: 'en', text: "[[We don't deliver to parcel lockers]].", lexiconOnly: true },
  { lang: 'en', text: '[[Im not able to reopen an order once it has been closed]].', lexiconOnly: true },
  { lang: 'en', text: "I'm afraid not everyone gets the email straight away; it can take a few minutes to arrive.", lexiconOnly: true },
  { lang: 'en', text: "[[We're not issuing refunds for late check-outs]].", lexiconOnly: true },
  // Not knowing yet is not a no (thirty-second session): the outcome not promised, a cause not ruled out.
  { lang: 'es', text: 'El dictamen lo emite el laboratorio, así que no te puedo anticipar el resultado; la muestra ya está registrada.', lexiconOnly: true },
  { lang: 'es', text: 'Por ahora no le puedo decir cuál de las dos piezas falló, eso lo ve el técnico en el taller.', lexiconOnly: true },
  { lang: 'es', text: 'No es posible descartar que el corte vuelva a ocurrir durante las obras de la calle.', lexiconOnly: true },
  { lang: 'es', text: '[[No te puedo adelantar la cita del técnico]].', lexiconOnly: true },
  { lang: 'en', text: "The panel meets on Friday, so I can't tell you the outcome yet; your file is complete.", lexiconOnly: true },
  { lang: 'en', text: "We can't rule out another outage while the street works go on.", lexiconOnly: true },
  // Thirty-third session: the offer said in any words after the turn (grammar/turn.ts); a feeling, the rule again or
  // the feedback kept after it is still no way forward.
  { lang: 'en', text: "Seat selection fees aren't refundable on this ticket, but the same seat is free to pick on your return flight.", lexiconOnly: true },
  { lang: 'en', text: "We don't sell the adapter on its own. However, the repair shop can fit a new one while you wait.", lexiconOnly: true },
  { lang: 'es', text: 'Esa tarifa no permite cambios de nombre, pero el importe pagado se puede usar en otra reserva este año.', lexiconOnly: true },
  { lang: 'es', text: 'La garantía no cubre golpes en la pantalla. Sin embargo, en el taller te hacen la reparación a precio de coste.', lexiconOnly: true },
  { lang: 'en', text: "[[We can't waive the late fee]], but we appreciate your understanding.", lexiconOnly: true },
  { lang: 'en', text: "[[Refunds aren't possible after 30 days]], but that's the policy for all orders.", lexiconOnly: true },
  { lang: 'es', text: '[[No es posible adelantar la entrega]], pero tomamos nota de tu comentario.', lexiconOnly: true },
  { lang: 'es', text: '[[No podemos reabrir el pedido]], pero lamentamos las molestias.', lexiconOnly: true },
  // Thirty-fifth session: the way forward asked back, said before a trailing "though", affirmed with «sí»; a closing
  // question, a «sí» of regret, and the answer «Sí, …» before the no are none.
  { lang: 'en', text: "That colour's gone in your size, sorry! Still have it in grey, fancy the link?", lexiconOnly: true },
  { lang: 'es', text: 'No te puedo devolver la cuota de este mes. ¿Te cancelo la renovación para que no vuelva a pasar?', lexiconOnly: true },
  { lang: 'en', text: "We won't add that to the main app. A small script does it though, see the example in the wiki.", lexiconOnly: true },
  { lang: 'es', text: 'Esa tarjeta no entra en la promo de meses sin intereses; con la de débito sí te aplica.', lexiconOnly: true },
  { lang: 'en', text: '[[We cannot refund this order]]. Anything else?', lexiconOnly: true },
  { lang: 'es', text: '[[No podemos devolver el importe]]. ¿Algo más?', lexiconOnly: true },
  { lang: 'es', text: '[[No podemos reembolsarlo]], aunque sí lo lamentamos mucho.', lexiconOnly: true },
  { lang: 'es', text: 'Sí, lo siento: [[no podemos cambiarlo]].', lexiconOnly: true },
  // Thirty-eighth session: what the business or its cover does not do, said of it; another time or a way round is an offer.
  { lang: 'es', text: '[[Nuestro taller no ofrece garantía sobre piezas que trae el cliente]].', lexiconOnly: true },
  { lang: 'en', text: '[[The warranty does not cover water damage]].', lexiconOnly: true },
  { lang: 'en', text: "Sorry, can't get there today, stuck on a job. Tomorrow 8am ok?", lexiconOnly: true },
  { lang: 'en', text: "Unfortunately we can't support Node 16 anymore. If upgrading isn't an option right now, pinning to version 3.9 keeps it working.", lexiconOnly: true },
  // Thirty-ninth session: the no in the future and as not managing to; an option named with its qualifier is a way forward.
  { lang: 'es', text: '[[Lamentablemente no podremos reembolsar el importe del curso]].', lexiconOnly: true },
  { lang: 'es', text: '[[Lamentablemente no alcanzaremos a tener listas las notas antes del examen]].', lexiconOnly: true },
  { lang: 'es', text: 'No podemos abrir la sala el viernes. La opción más cercana es el sábado a las 9.', lexiconOnly: true },
  // Forty-second session: a limit followed by a way to get it is no refusal (a limit stated alone was tried as one and
  // taken out: "…only works with 220V outlets, so you'll need an adapter" is advice); a «however» leading into the no.
  { lang: 'en', text: 'The feature is only available for Pro plans; you can upgrade anytime from Settings > Billing.', lexiconOnly: true },
  { lang: 'en', text: 'This offer is only available to new customers, but I can give you a 10% code instead.', lexiconOnly: true },
  { lang: 'en', text: "The product only works with 220V outlets, so you'll need an adapter for US sockets; we sell one for $9.", lexiconOnly: true },
  { lang: 'en', text: "Thank you for the kind words. [[However with regards to the fish smell we really can't do much]].", lexiconOnly: true },
  // Forty-third session: the no said impersonally; nothing to do on the customer's side, or for now, is not one.
  { lang: 'en', text: 'Same as the other thread: [[there is nothing that can be done from our end]].', lexiconOnly: true },
  { lang: 'es', text: 'Lo siento, [[no hay nada más que hacer con ese pedido]].', lexiconOnly: true },
  { lang: 'en', text: "There's nothing that can be done on your side; the update installs by itself tonight.", lexiconOnly: true },
  { lang: 'es', text: 'Es una caída general y no hay nada más que hacer por ahora; vuelve sola en un rato.', lexiconOnly: true },
  { lang: 'es', text: 'No hay nada que hacer de su parte; el cambio se aplica solo esta noche.', lexiconOnly: true },
  // Forty-fifth session: common wordings from a blind probe, and their clean twins.
  { lang: 'en', text: 'I checked again with my lead and [[the answer is still no]].', lexiconOnly: true },
  { lang: 'en', text: '[[We do not price match]].', lexiconOnly: true },
  { lang: 'en', text: 'We do not price match, but I can send you a 10% code for your next order.', lexiconOnly: true },
  { lang: 'en', text: "[[Refunds can't be handled on this channel]].", lexiconOnly: true },
  { lang: 'en', text: "Refunds can't be handled on this channel, please use the form at shop.example/refunds.", lexiconOnly: true },
  { lang: 'es', text: '[[Unificar dos cuentas no es algo que podamos hacer]].', lexiconOnly: true },
  { lang: 'es', text: 'Lo consulté con mi supervisora y [[la respuesta sigue siendo no]].', lexiconOnly: true },
  { lang: 'es', text: '[[No igualamos precios de otras tiendas]].', lexiconOnly: true },
  { lang: 'es', text: 'No es algo que podamos hacer desde aquí, pero te paso el enlace del formulario.', lexiconOnly: true },
  { lang: 'en', text: "It's impossible for this to happen again.", lexiconOnly: true },
  { lang: 'es', text: 'Es imposible que vuelva a pasar.', lexiconOnly: true },
  // Forty-seventh session: the reason for the no («as they were applied») is no step taken after the turn.
  { lang: 'en', text: "We're sorry, but [[we're unable to refund the fees as they were applied under your account terms]].", lexiconOnly: true },
  { lang: 'es', text: '[[No es algo que vayamos a soportar]]. Cierro.', lexiconOnly: true },
  { lang: 'es', text: 'Tranquila, no es algo que vayamos a cobrarte: el cargo fue un error y ya lo anulamos.', lexiconOnly: true },
];

const rule: Rule = {
  id: 'flat-refusal',
  languages: ['es', 'en'],
  suggest,
  message: {
    es: 'Es un «no» sin alternativa. Ofrece lo que sí puedes hacer.',
    en: "This is a “no” with no alternative. Offer what you can do instead.",
  },
  ...fromLexicons(checker),
  checkDraft(draft, matches) {
    // A refusal inside a question («¿te indican que no es posible…?») is the customer's, quoted back.
    matches = matches.filter((m) => !draft.sentences.some((s) => s.start <= m.start && m.end <= s.end && isQuestion(s.text)));
    // An out-of-office notice («I'm on vacation until August; I won't be able to answer issues until then») tells
    // when the writer can help again: what it says the writer cannot do (answer, review, fix) is their availability,
    // not the request refused. Any other no in it («…: we can't refund this order») stays.
    if (matches.length > 0 && announcesAbsence(draft.folded, draft.lang)) {
      matches = matches.filter((m) => !AVAILABILITY.test(draft.folded.slice(m.start, m.end)));
    }
    // A bare «no» refuses only as the whole reply: as one sentence among others it answers a question.
    if (matches.length > 0 && draft.sentences.filter((s) => /[a-z]/i.test(s.text) && !FRAME_ONLY.test(draft.folded.slice(s.start, s.end))).length > 1) {
      matches = matches.filter((m) => !BARE_NO.test(draft.folded.slice(m.start, m.end)));
    }
    // A concrete way forward for this request («please call us at…», «puedes solicitarlo aquí»,
    // instructions, a request for what the agent needs to go on) is an offer too.
    if (matches.length === 0 || hasOffer(draft.folded, draft.lang) || matches.some((m) => turnsToOffer(draft, m.start)) || givesNextStep(draft.folded, draft.lang) || keepsHelping(draft) || asksBackAfter(draft, matches) || promisesNextStep(draft, matches) || draft.learnedOffer?.()) return [];
    return matches.map((m) => {
      const sentence = draft.sentences.find((s) => s.start <= m.start && m.end <= s.end);
      const topic = sentence ? sentence.text : draft.text.slice(m.start, m.end);
      let alternatives = matchAlternatives(draft.playbook, topic, draft.lang);
      if (alternatives.length === 0) alternatives = matchAlternatives(draft.playbook, draft.text, draft.lang);
      // The team's own answer first: the refusal followed by the best playbook entry in the draft's language.
      const own = alternatives.find((a) => draft.playbook?.entries.find((e) => e.id === a.id)?.lang === draft.lang);
      const suggestions = own ? [withAlternative(draft.text.slice(m.start, m.end), own.text, draft.text[m.end]), ...m.suggestions] : m.suggestions;
      return { ...m, alternatives, suggestions: suggestions.slice(0, 3) };
    });
  },
};

export default rule;
