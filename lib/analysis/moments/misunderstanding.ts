/**
 * misunderstanding: the customer says they were misunderstood or got an answer to another
 * question — «eso no es lo que pregunté», «me malinterpretaron», «mi consulta era sobre
 * la factura», «that's not what I asked», «you answered a different question».
 */
import { phraseDetector } from '../patterns';
import type { Moment, MomentExample } from './types';

const detect = phraseDetector([
  '(?:eso )?no (?:es|era|fue) lo (?:que|q) (?:pregunte|pedi|dije|consulte|escribi|quise decir|necesito|estoy preguntando|estoy pidiendo)',
  '(?:me |lo )?(?:entendieron|entendio|entendiste|entienden|entendes) (?:mal|al reves|cualquier cosa)',
  'hubo (?:una |un )?(?:confusion|malentendido|mal entendido)',
  'no (?:hablo|hablaba|estoy hablando|me refiero|me referia|pregunto|preguntaba) (?:de|por|a) (?:la|el|lo|los|las)(?: @){1,4},? sino',
  '(?:estan|esta|estas) (?:respondiendo|contestando) (?:cualquier|otra) cosa',
  'no (?:pregunte|pedi) (?:eso|por eso|sobre eso|nada de eso)',
  'me (?:malinterpretaron|malinterpreto|malinterpretaste|malentendieron|entendieron mal|entendio mal|entendiste mal|leyeron mal)',
  '(?:creo (?:que|q) )?no me (?:entendieron|entendio|entendiste|entendes|entienden|entiende|estan entendiendo)',
  // «creo que no me expliqué bien», «no me supe explicar»
  'no me (?:explique|exprese|hice entender|di a entender)(?: bien)?',
  'no me (?:supe|se) (?:explicar|expresar)',
  'mi (?:consulta|pregunta|duda|reclamo|problema|mensaje) (?:era|es|iba) (?:sobre|por|de|otr[oa]|acerca)',
  'me (?:contestaron|respondieron|responden|contestan|contesto|respondio|hablan|hablaron) (?:sobre|de|por|otra cosa|cualquier cosa|algo que no)',
  '(?:respondieron|contestaron|responden|contestan) (?:otra|cualquier) cosa',
  'no (?:es|era) (?:la|el|lo|eso)(?: @){1,3},? (?:es|era|sino) (?:la|el|lo)',
  'el problema no es (?:la|el|lo)(?: @){1,3},? (?:es|sino)',
  'no tiene (?:nada )?que ver con (?:lo que|mi)',
  // Seventeenth session: what was asked, then the stock answer that came back: «les pregunto a qué hora abren y me
  // responden con el horario de otra sede», «lo que yo pedí fue el cambio», "I asked if it shipped and got a copy-paste
  // about returns", "we're talking past each other", «no me habéis leído bien».
  '(?:pregunto|pregunte|preguntaba|escribi|escribo|reporte|reportamos|dije|pedi|consulte) [^.!?]{0,80}? y (?:me )?(?:responden|respondieron|contestan|contestaron|mandan|mandaron|envian|enviaron|dan|dieron) (?:con )?(?:un|una|el|la|los|las) (?:tutorial|horario|pasos|politica|link|enlace|instrucciones|manual|guia|copia|respuesta automatica|plantilla)',
  'me (?:respondieron|contestaron|mandaron|enviaron) (?:con )?(?:un|una|el|la|los|las) (?:tutorial|pasos|instrucciones|manual|guia|link|enlace)[^.!?]{0,60}? pero (?:lo que )?(?:yo )?(?:pedi|pregunte|reporte|dije|solicite|queria)',
  'lo que (?:yo )?(?:pedi|pregunte|reporte|dije|solicite)(?: [^.!?,]{1,25}?)? (?:fue|era|es) ', '(?:yo )?no (?:pregunte|pedi|dije|reporte) (?:por |que |sobre )?[^,.!?]{2,50}, (?:pregunte|pedi|dije|reporte)',
  'no me (?:habeis|han|has|ha|habian) (?:leido|entendido) bien',
  // Fourteenth session: the answer said not to answer, and what they were not asking for.
  '(?:eso|esto|esa respuesta|su respuesta|tu respuesta|la respuesta|vuestra respuesta) no (?:responde|contesta|resuelve|aclara) (?:a )?(?:mi|la|nuestra) (?:duda|pregunta|consulta)',
  'no (?:estaba|estoy|estabamos|estamos) (?:pidiendo|preguntando|solicitando|buscando) (?:eso|que|un|una|el|la|lo)',
  "i wasn't (?:looking for|asking for|asking about|requesting|after) (?:a|an|the|that|this|my|it)\\b",
  // Thanks for the reply, but that is not it: «gracias por la respuesta, pero lo que quiero es…», «todo eso ya está
  // comprobado», «rather than giving me a lot of similar cases».
  '(?:gracias|ok|vale)(?: por (?:la|tu|su|vuestra) respuesta)?,? pero (?:lo que )?(?:yo )?(?:quiero|pido|necesito|pregunto|pregunte|pedi) es',
  'todo eso (?:ya )?(?:esta|lo he|lo tengo|lo hemos) (?:comprobado|revisado|hecho|probado|verificado)',
  "rather than (?:giving|sending|telling|pointing) me",
  // Explaining it again to someone who did not get it: «usted tampoco entendió», «a ver si me entiende», "do you understand now?".
  '(?:usted|ustedes|tu|vos) (?:tampoco|todavia no|aun no|sigue sin|siguen sin) (?:me )?(?:entendio|entendiste|entendieron|entiende|entienden|entendes|entender)',
  'a ver si (?:ahora )?(?:me )?(?:entiende|entienden|entiendes|entendes)', '(?:entendio|entendiste|entendieron|entendes|me entiende|me entienden|me entendes) ahora ?\\?',
  "let me (?:explain|say) (?:it|this) (?:again|one more time|more (?:clearly|slowly))",
  // Forty-fifth session: words put in their mouth denied, and the reply said to be about something else («nunca dije eso»,
  // «¿dónde dije que…?», «ese no es el tema», «hablamos de cosas distintas»).
  'nunca dije eso', '¿ ?(?:donde|en que momento) dije (?:que|eso)', 'no me (?:referia|refiero|referi) a eso', 'ese no es el (?:tema|punto|problema)(?=\\s*[.!,:;]|$)',
  '(?:hablando|hablamos) de cosas (?:distintas|diferentes)', 'no se de donde (?:sacaron|sacaste|saco|sacan) eso', '(?:leyeron|leiste|entendieron) mal (?:mi|el) (?:mensaje|correo|consulta)',
  "i never said (?:that|this)\\b", "where did i say", "we(?:'re| are) (?:talking|speaking) about (?:two )?different things", "you(?:'ve| have)? got the wrong end of the stick", "(?:i )?don't know where you got that",
  // English
  "(?:i asked|i wrote|i reported|reported that|i said|asked if|asked whether|asked about)[^.!?]{0,80}? and (?:got|received|(?:you|they|support|the agent)(?: guys)? (?:replied|responded|answered|sent)(?: me)?(?: back)?) (?:with )?(?:a |an |the |some )?(?:copy-?paste|canned|generic|template|link|article|instructions|tutorial|steps|faq|policy)",
  "(?:support|you|they|the agent|the rep)(?: guys)? (?:replied|responded|answered|came back) with (?:instructions|a tutorial|steps|a link|an article|a guide|the faq) (?:for|on|about|to)",
  // «I asked X. Not Y»: the question restated, then what they were answered instead.
  "(?:i asked|i wrote|i said|i requested|my question was)[^.!?]{3,80}[.!] ?not (?:how|what|why|when|where|about|for|if|whether|a|an|the)",
  '(?:pregunte|pedi|dije|consulte|mi pregunta (?:fue|era))[^.!?]{3,80}[.!] ?no (?:como|que|por|si|sobre|cuando|donde|el|la|los|las|un|una)',
  "talking past each other", "(?:answer|reply|response|answers|replies|responses) (?:seemed to |seems to )?(?:answer|address|be about|be for|go to|belong to) (?:somebody|someone) else", "did (?:anyone|anybody) (?:even |actually )?(?:open|read|look at) my (?:ticket|message|email|request|report)",
  "(?:has|had) nothing to do with (?:my|what i)",
  "(?:that's|that is|this is|it's) not what i (?:asked|meant|said|wrote|need|requested)",
  "not what i (?:asked|meant)",
  "i (?:didn't|never) (?:ask|say|request) (?:for |about |to )?",
  'you (?:misread|misunderstood|misunderstand|got it wrong|misinterpreted)',
  '(?:answered|replied to|responded to|answering) (?:a |the )?(?:different|wrong|another|other) (?:question|issue|request)',
  "(?:my|the) (?:question|issue|request|ticket) (?:was|is) (?:about|regarding|for)",
  "(?:you're|you are) not (?:listening|reading)",
  '(?<!(?:did|do|have|had) you )(?:read|reread|re-read) my (?:message|email|question)',
  // Seventeenth session: saying it again because it was not taken in: «le repito que NO», «¿leéis lo que la gente
  // escribe?», "do you even read what I write?".
  '(?:le|les|te|os) (?:repito|vuelvo a repetir) (?:que|q) ',
  '(?:leeis|leen|lees|lee|leyeron|leyo|leiste) (?:bien )?lo (?:que|q) (?:la gente |le |les |te |os )?(?:escribe|escribo|escribi|escribimos|pone|puse|pregunto|pregunte|dice|digo|dije)',
  "(?:do|did) you (?:even |actually )?read what (?:i|people) (?:wrote|write|said|say|asked)", "(?:do|did) you (?:even|actually|ever) read (?:my|the) (?:message|messages|email|emails|tweet|question|post)",
  "that(?:'s| is| was) not (?:my|the) question",
  "(?:has|had|have) (?:nothing|little) to do with (?:my|what i) (?:question|asked|request|issue|message)",
  "i (?:wasn't|didn't make myself) (?:clear|very clear)",
  "(?:there(?:'s| is| was| has been|'s been| seems to be| must be) (?:a |some )?|(?:this|it|that)(?:'s| is| was) (?:a |all a )?)(?:misunderstanding|mix-up|mixup)",
  // Thirty-sixth session: what the customer is about, set against what they were taken to be about — "I'm asking about
  // the fee, not the points", "I wasn't claiming for a delay", "I never requested closure", «no estoy reclamando por el
  // cobro», «nunca pedí ningún traslado»; the answer that came back for another question in any tense or form («me han
  // contestado con…», «me responden ofreciéndome…»); a report closed as what it is not.
  "i(?:'m| am) (?:only )?(?:asking|talking|writing|enquiring|inquiring|calling|complaining) (?:about|regarding|for) [^.!?]{2,60}, not ",
  "i(?:'m| am| was|wasn't) not (?:asking|talking|enquiring|inquiring|calling|complaining) (?:about|regarding)", "i(?:'m| am| was|wasn't) not calling (?:for|on behalf of)",
  "i(?:'m| am| was|wasn't) not claiming (?:for|about)",
  "i (?:have not|haven't|had not|hadn't|never|did not|didn't) (?:requested|asked for|asked to|applied for|authori[sz]ed) (?:a |an |the |any |my |this |that |to )",
  'i only (?:asked|requested|wrote|said)',
  '(?:are|r) (?:you|u) (?:even |actually )?(?:reading|listening to) (?:what i|my|what we)',
  "(?:closed|marked|flagged|merged) (?:it |this )?as (?:a )?(?:duplicate|resolved|fixed|solved|spam)(?:[^.!?]|\\.\\d){0,40}? but (?:it|this|that) (?:isn't|is not|wasn't|was not|isnt)",
  "i don't need (?:a|an|the|another) [^.!?]{2,30}[,.;] i (?:already )?(?:have|got) (?:the|a|an|it|one)",
  '(?:yo )?no (?:estoy|estaba|estamos|estabamos) (?:reclamando|quejandome|preguntando|pidiendo|hablando|llamando|escribiendo|consultando) (?:por|de|sobre|acerca)',
  '(?:pregunto|pregunte|preguntando|escribo|escribi|les escribo|le escribo|te escribo|digo|dije|reporte|reporto|consulte|consulto) [^.!?]{0,100}? y (?:me )?(?:han |me han )?(?:responden|respondieron|contestan|contestaron|respondido|contestado|mandan|mandaron|mandado) (?:con (?:un|una|el|la|los|las) (?:tutorial|pasos|instrucciones|manual|guia|link|enlace|oferta|promocion|plantilla)|ofreciendo|ofreciendome)',
  '(?:leen|lees|leeis|lee|leyeron)(?: (?:los|mis|el|mi|nuestros) (?:mensajes|mensaje|correos|correo|reclamos|reclamo|tickets|ticket))? o (?:solo )?(?:copian|copias|copia|copiais|pegan|responden|contestan)',
]);

/**
 * A correction in two halves (thirty-ninth session): what the customer did not mean, said as a no or a negation
 * («No, yo no quiero recuperar la contraseña», "Issue is NOT with login", "I don't want to resell"), then what they
 * do mean («Lo que pasa es que…», «el tema es que…», "the issue is that…", "I want to…", «son dos cosas distintas»).
 * Either half alone is an ordinary message: a no to a question, or a problem told.
 */
const NOT_THIS =
  /(?:^|[.!?\n]\s*|\s\/\s)no,|\b(?:no (?:pregunto|pregunte|digo|dije|hablo|me refiero)|(?:issue|problem|question|request) (?:is|was) not|(?:i|we) (?:don't|do not|didn't|did not) (?:mean|ask)|(?:i'm|i am) not asking|not sure you read)\b/;
const BUT_THIS =
  /\b(?:lo que (?:pasa|pregunto|pido|quiero|necesito|digo|queria) es|el (?:tema|problema|punto|asunto) es que|(?:the )?(?:issue|problem|point|question) is (?:that|with)|what (?:i|we) (?:mean|asked|am asking|are asking) is|(?:i|we) (?:just )?(?:want|need) to (?:change|know|understand|fix|update|correct)|(?:son|es) (?:dos )?(?:cosas|temas) distint[oa]s|(?:two|2) different (?:things|issues))\b/;
function correctsReading(folded: string): boolean {
  const not = NOT_THIS.exec(folded);
  return !!not && BUT_THIS.test(folded.slice(not.index));
}

/** Test cases and training examples: whether a customer message shows the moment. Not shipped to the page (nothing there imports them). */
export const examples: MomentExample[] = [
  // Seventeenth session: what was asked, then the stock answer that came back.
  { lang: 'es', text: 'Les pregunto si abren el feriado y me responden con el horario de la sucursal de otra ciudad.', fires: true },
  { lang: 'es', text: 'Me mandaron los pasos para devolver el pedido, pero lo que yo pedí fue cambiarlo por otra talla.', fires: true },
  { lang: 'es', text: 'Yo no pregunté por el saldo, pregunté por qué me cobraron la comisión.', fires: true },
  { lang: 'en', text: 'I asked whether my order shipped and got a copy-paste about your return policy.', fires: true },
  { lang: 'en', text: 'Reported that the app drains my battery. Support replied with instructions for turning on notifications.', fires: true },
  { lang: 'en', text: "Thanks, but I think we're talking past each other: login works, the dashboard is the problem.", fires: true },
  { lang: 'en', text: 'I asked about the warranty and got a clear answer straight away, thank you.', fires: false },
  { lang: 'es', text: 'Pregunté si hacen envíos a Ushuaia. No cómo rastrear un pedido.', fires: true },
  { lang: 'es', text: 'Les pregunté por el envío y me respondieron con el número de seguimiento. ¡Gracias!', fires: false },
  // Seventeenth session: saying it again because it was not taken in.
  { lang: 'es', text: '@AeroSur le repito que NO, que la maleta me la cobraron dos veces en el vuelo de ida.', fires: true },
  { lang: 'es', text: 'No hay mostrador en Londres, hay que ir a otra aerolínea, pero ¿leéis lo que la gente escribe?', fires: true },
  { lang: 'en', text: 'Did you even read my message? I said the card was cancelled, not lost.', fires: true },
  { lang: 'es', text: 'Les reitero mi agradecimiento por la ayuda de ayer.', fires: false },
  { lang: 'es', text: 'En respuesta a su oferta, les reitero que no acepto la refinanciación: pido la reversión de los intereses.', fires: false },
  { lang: 'en', text: 'Did you read my message about the new address? Just checking it arrived.', fires: false },
  // Sixteenth session: explaining it again to someone who did not get it.
  { lang: 'es', text: 'Usted tampoco entendió. Se lo explico otra vez: la app se cierra al abrir el carrito.', fires: true },
  { lang: 'en', text: "Let me explain it again, more slowly: the charge is from March, not April.", fires: true },
  { lang: 'es', text: 'Yo tampoco entendí la factura, ¿me explican el cargo de mantenimiento?', fires: false },
  // Fourteenth session: the answer said not to answer, and what they were not asking for.
  { lang: 'es', text: 'Hola, eso no responde a mi duda: ¿puedo cambiar el vuelo por la huelga?', fires: true },
  { lang: 'en', text: 'Your reply does not answer my question about the second bag.', fires: true },
  { lang: 'en', text: 'I was not looking for a refund on the return leg, only for the seat fee.', fires: true },
  { lang: 'es', text: 'No estaba pidiendo un reembolso, solo el cambio de fecha.', fires: true },
  { lang: 'en', text: 'Your answer did answer my question, thanks a lot.', fires: false },
  { lang: 'es', text: 'Eso no es lo que pregunté.', fires: true },
  { lang: 'es', text: 'No, no, me malinterpretaron. El problema no es la conexión, es el correo.', fires: true },
  { lang: 'es', text: 'Me contestaron sobre el envío, pero mi consulta era sobre la factura.', fires: true },
  { lang: 'es', text: 'Ya les había dicho que no era la línea fija, es el móvil. Otra vez me responden cualquier cosa.', fires: true },
  { lang: 'es', text: 'Creo que no me entendieron: no quiero cancelar la cuenta, quiero cambiar el titular.', fires: true },
  { lang: 'es', text: 'Gracias, eso es justo lo que necesitaba.', fires: false },
  { lang: 'es', text: 'Quería saber si hacen envíos a Canarias.', fires: false },
  { lang: 'en', text: "That's not what I asked.", fires: true },
  { lang: 'en', text: "I think you misread my message — I didn't ask to cancel, I asked to pause the subscription.", fires: true },
  { lang: 'en', text: 'Both of your agents answered a different question.', fires: true },
  { lang: 'en', text: 'Thanks, that is exactly what I needed.', fires: false },
  { lang: 'en', text: 'How do I pause my subscription?', fires: false },
  { lang: 'es', text: "No me entendiste, pregunté por la factura de octubre.", fires: true },
  { lang: 'en', text: "You answered the wrong question.", fires: true },
  { lang: 'en', text: "That is not what I meant, I asked about the invoice.", fires: true },
  // Generalisation pass: other phrasings, registers and negatives.
  { lang: 'es', text: "Entendieron mal, yo no pedí la baja, pedí un cambio de plan.", fires: true },
  { lang: 'es', text: "Eso no fue lo que consulté, mi duda es sobre el cobro del IVA.", fires: true },
  { lang: 'es', text: "Me están respondiendo cualquier cosa, ¿leyeron mi mensaje?", fires: true },
  { lang: 'es', text: "Creo que hubo una confusión: no hablo de la factura de luz sino de la de gas.", fires: true },
  { lang: 'en', text: "You misunderstood, I asked about the invoice, not the delivery.", fires: true },
  { lang: 'en', text: "That answer has nothing to do with my question.", fires: true },
  { lang: 'en', text: "Sorry for the late reply, the misunderstanding on my side is cleared up now, thanks!", fires: false },
  // Blind batch 2: other synonyms, inflections and word orders.
  { lang: 'es', text: "Perdón, no me supe explicar: hablo de la otra cuenta.", fires: true },
  { lang: 'en', text: "Sorry, I wasn't clear. I meant the annual plan.", fires: true },
  { lang: 'en', text: "You've replied to a different request.", fires: true },
  { lang: 'es', text: "Me expliqué con el técnico y quedó todo claro.", fires: false },
  // Thanks for the reply, but that is not it.
  { lang: 'es', text: 'Gracias por la respuesta, pero lo que quiero es reportar un número que se hace pasar por ustedes.', fires: true },
  { lang: 'es', text: 'Todo eso ya está comprobado y está correcto, el fallo sigue.', fires: true },
  { lang: 'en', text: 'Tell me how to fix this directly rather than giving me a lot of similar cases.', fires: true },
  { lang: 'es', text: 'Gracias por la respuesta, me sirvió mucho.', fires: false },
  // Thirty-sixth session: what they are about against what they were taken to be about.
  { lang: 'en', text: "I'm asking about the late-payment fee on my March bill, not the direct debit date.", fires: true },
  { lang: 'en', text: "I wasn't complaining about the driver, he was lovely. The box arrived crushed.", fires: true },
  { lang: 'en', text: 'I have not requested a new PIN, so why does the letter say my request was processed?', fires: true },
  { lang: 'en', text: 'I only asked to move the appointment to the afternoon and it got cancelled.', fires: true },
  { lang: 'en', text: 'Are you even reading what I send? The router is new, the line is the problem.', fires: true },
  { lang: 'en', text: 'You closed this as fixed in 4.2 but it is not, the export still drops the last row.', fires: true },
  { lang: 'en', text: "I don't need a reset guide, I already have the guide. The reset button does nothing.", fires: true },
  { lang: 'en', text: "I'm asking about upgrading to the family plan, what would it cost?", fires: false },
  { lang: 'en', text: 'I never had a problem with your app before this week.', fires: false },
  { lang: 'es', text: 'No estoy reclamando por la demora, pregunto si puedo cambiar la dirección de entrega.', fires: true },
  { lang: 'es', text: 'Lo que pedí la semana pasada era el duplicado de la factura, no un cambio de titular.', fires: true },
  { lang: 'es', text: 'Solo pregunté el horario del sábado, no quería pedir turno todavía.', fires: true },
  { lang: 'es', text: 'Les escribí que el medidor marca mal y me han contestado con un enlace para cambiar de tarifa.', fires: true },
  { lang: 'es', text: '¿Leen los mensajes o contestan con lo primero que encuentran? Pedí la factura, no el contrato.', fires: true },
  { lang: 'es', text: 'Les escribí ayer y me contestaron enseguida, gracias.', fires: false },
  { lang: 'es', text: 'No estoy segura de si el pedido salió, ¿me confirman?', fires: false },
  // Thirty-ninth session: a correction in two halves, what was not meant and then what was.
  { lang: 'es', text: 'No, el cargo no lo discuto, eso ya lo pagué. Lo que pasa es que la factura sale a nombre de otra persona.', fires: true, lexiconOnly: true },
  { lang: 'en', text: 'The problem is not with the app. The issue is that the card reader drops the payment.', fires: true, lexiconOnly: true },
  { lang: 'en', text: 'No, I do not have the receipt. Is there another way to prove the purchase?', fires: false, lexiconOnly: true },
  { lang: 'en', text: "No, I don't want the voucher. I want to cancel and get my money back.", fires: false, lexiconOnly: true },
  // Forty-fifth session: common wordings from a blind probe, and their calm twins.
  { lang: 'en', text: 'I never said that. I asked to pause the plan.', fires: true, lexiconOnly: true },
  { lang: 'en', text: 'Where did I say I wanted to cancel?', fires: true, lexiconOnly: true },
  { lang: 'en', text: "We're talking about two different things: the fee, not the plan.", fires: true, lexiconOnly: true },
  { lang: 'es', text: 'Yo nunca dije eso, pedí pausar el plan.', fires: true, lexiconOnly: true },
  { lang: 'es', text: '¿Dónde dije que quería cancelar? Solo quiero pausarlo.', fires: true, lexiconOnly: true },
  { lang: 'es', text: 'No me refería a eso, hablo de la otra factura.', fires: true, lexiconOnly: true },
  { lang: 'es', text: 'Leyeron mal mi mensaje: el problema es el cargador.', fires: true, lexiconOnly: true },
  { lang: 'en', text: 'I think I misunderstood the instructions. Which cable goes in first?', fires: false, lexiconOnly: true },
  { lang: 'es', text: 'Perdón, no entendí la tabla de talles. ¿El 40 es M?', fires: false, lexiconOnly: true },
  { lang: 'es', text: 'Cuando dije que era al lado, me pidieron otro recibo y listo.', fires: false, lexiconOnly: true },
  { lang: 'es', text: '¡Yo nunca dije que no a una buena oferta! ¿Qué tienen esta semana?', fires: false, lexiconOnly: true },
  // Forty-seventh session: the idiom of never turning a thing down is no claim of being misread; the same words about the thing asked are.
  { lang: 'es', text: 'Nunca dije que no a la mejora, pregunté por la tarifa.', fires: true, lexiconOnly: true },
  { lang: 'es', text: 'Nunca dije que no a un cambio de plan, pregunté cuánto costaba.', fires: true, lexiconOnly: true },
];

const moment: Moment = {
  id: 'misunderstanding',
  detect: (_text, folded) => detect(folded) || correctsReading(folded),
  label: { es: 'Malentendido', en: 'Misunderstanding' },
  advice: {
    es: 'Discúlpate por la confusión, reformula su pregunta con sus palabras para confirmarla y responde exactamente eso, sin repetir la respuesta anterior.',
    en: "Apologise for the mix-up, restate their question in their words to confirm it, and answer exactly that without repeating the earlier reply.",
  },
};

export default moment;
