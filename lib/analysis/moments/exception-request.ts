/**
 * exception-request: the customer asks for something outside policy or outside what is
 * offered — «hagan una excepción», «sé que pasó el plazo, pero…», «¿me pueden quitar la
 * penalización?», «can you waive the fee?», «even if you have to skip the verification».
 * Asking what the policy IS («¿cuál es el plazo para devolver?») does not fire.
 */
import { blank, compile, compileTest, phraseDetector } from '../patterns';
import type { Moment, MomentExample } from './types';

/** Direct asks for an exception or a waiver. */
const DIRECT = phraseDetector([
  // What is sold asked for free: "can I have premium for free please", «¿me lo pueden dejar gratis?».
  "(?:can|could|may) (?:i|we|you) (?:please )?(?:have|get|give (?:me|us)|keep|let me (?:have|keep))(?: @){0,3} (?:for free|free of charge|without paying|at no (?:cost|charge))",
  '(?:me|nos) (?:lo |la |los |las )?(?:pueden|podrian|puede|podria|podes|puedes) (?:dar|dejar|regalar|activar|conceder) (?:@ ){0,3}(?:gratis|sin costo|sin cargo|sin pagar)',
  'excepcion', 'exception', 'por esta (?:unica )?vez', 'solo (?:por )?esta vez', 'sin cargo esta vez',
  '(?:quitar|quitarme|quiten|quite|perdonar|perdonarme|perdonen|anular|anularme|eliminar|eliminarme|condonar|condonarme|exonerar|exonerarme|no cobrar|no cobrarme|no me cobren|saltear|saltar|saltarse|obviar|omitir) (?:la |el |los |las |esa |ese )?(?:penalizacion|penalidad|multa|cargo|recargo|comision|cuota|permanencia|verificacion|requisito|tramite|plazo|franquicia|gastos)',
  '(?:waive|waiving|drop|remove|cancel|skip|bypass|overlook|ignore) (?:the |my |this |that |your |usual )*(?:fee|charge|penalty|fine|verification|process|policy|rule|rules|requirement|deposit|minimum|deadline)',
  'even if you have to', 'this once', 'this one time', 'bend the rules', 'let (?:it|this|that) slide',
  '(?:me |nos )?(?:lo |la )?(?:dejen|dejan|deje|dejarian|dejaran|dejes|dejas|podrian dejar|pueden dejar) sin (?:el |la |los |las |ese |esa )?(?:recargo|penalizacion|penalidad|multa|cargo|comision|intereses|interes|permanencia)',
  // Thirty-sixth session: room asked for around a rule, and a rule's step asked to be done without what it requires
  // ("any flexibility there?", «¿no lo pueden hacer conmigo?» after being told the holder must come in person).
  '(?:any|some|a (?:little|bit of)|a little bit of) (?:flexibility|leeway|wiggle room)', '(?:vacation|holiday|one-time|one-off|manual) override',
  '¿?no (?:lo|la|me|se|nos) (?:pueden|puede|podrian|podria|podes|puedes) (?:hacer|dar|aplicar|aceptar|tramitar|procesar) (?:conmigo|con nosotros|con nosotras|igual|de todas formas|de todos modos|igualmente)',
  // Fourteenth session: a deal asked for, a policy named and asked past, something extra asked for the trouble.
  '(?:(?:ver|a ver) si llegamos|lleguemos|llegariamos|podamos llegar|podemos llegar|podriamos llegar) a (?:un|algun) (?:acuerdo|arreglo|trato)',
  "(?:i (?:already )?know|i'm aware of|i am aware of|regardless of|despite) (?:what(?:'s| is) in )?(?:your|the|their) (?:'?terms'?|policy|policies|rules|conditions|strict policy|no.refund policy)[^!?]{0,80}?\\b(?:but|can you|could you|would you|please|anyway|still)\\b",
  "(?:strict|no.refund|non.refundable|no.cancellation) (?:policy|fare|rate|booking)[^.!?]{0,60}?(?:refund|money back)",
  "(?:any chance of|can (?:i|we) (?:get|have)|could (?:i|we) (?:get|have)|could you (?:give|offer)|please (?:give|offer)|would you (?:give|offer)|i(?:'d| would) (?:like|ask for))[^.!?]{0,30}?(?:upgrade|credit|voucher|compensation|refund|points|miles)[^.!?]{0,40}? for (?:the|my|our|all the|this) (?:trouble|troubles|inconvenience|hassle)",
  '(?:me pueden dar|me podrian dar|nos pueden dar|nos podrian dar|pido|pedimos|solicito|quisiera|me dan|nos dan)[^.!?]{0,30}?(?:compensacion|credito|mejora|upgrade|bono|descuento|puntos|millas)[^.!?]{0,40}? por (?:las|los|la|el|todas las|todos los) (?:molestias|inconvenientes|problemas)',
  '(?:honor|honour) (?:it|the (?:price|sale|offer|discount|deal|promo))', '(?:respetar|respeten|mantener|mantengan) (?:el|la) (?:precio|oferta|promo|promocion|descuento)',
  '(?:aceptar|aceptarlo|aceptarla|aceptan|tramitar|tramitarlo|hacerlo|hacer|hacerme|devolver|devolverlo|cambiarlo|darme|dejarme) (?:el cambio |la devolucion )?igual',
  'lo (?:pueden|puede|podrian|podria|podes|puedes) (?:aceptar|tramitar|hacer|cambiar|devolver|dejar) igual',
  // More time than the rule gives: «¿es posible extender el plazo?», «dennos más tiempo», «extend my trial», «push the deadline back».
  '(?:extender|extiendan|extienda|ampliar|amplien|amplie|alargar|alarguen|prorrogar|prorroguen|aplazar|aplace|aplacen|posponer|pospongan|postergar|posterguen|correr|corran|mover|muevan|atrasar) (?:un poco |unos dias |unas horas |algunas horas |algunos dias )?(?:el|la|los|las|mi|nuestro|nuestra) (?:plazo|fecha|fecha limite|entrega|hora de entrega|vencimiento|pago|corte|prueba)',
  '(?:mas|un poco mas de|unos dias mas de|algunas horas mas de) (?:plazo|tiempo) (?:para|de) (?:entregar|pagar|la entrega|el pago|devolver|presentar)', '(?:dennos|denme|darnos|darme|nos dan|me dan|nos den|me den|nos pueden dar|me pueden dar) (?:un poco de |unos dias de |algunas horas de )?(?:mas )?(?:tiempo|plazo)(?: mas)?',
  "(?:extend|extending|extension (?:on|of|to|for)) (?:the |my |our |your |a |this )?(?:deadline|due date|trial|free trial|payment|return window|window|grace period|subscription|plan)", '(?:more|extra|a few more|a couple more) (?:days|hours|time) (?:to|for) (?:pay|submit|return|file|send|finish)',
  // Forty-fifth session: goodwill asked for, a deadline missed and the thing asked for still.
  '(?:as a|out of) (?:gesture of )?goodwill', '(?:como|en) (?:un )?(?:gesto|muestra) de buena voluntad', "(?:missed|past) the (?:deadline|window|cut-?off)[^.!?]{0,60}\\b(?:can|could) (?:you|i|we) still",
  // Fifty-third session, from wordings written to probe the grammar: a penalty fee named and asked off ("reverse the
  // cancellation fee", «que me eximan de la penalidad»), a courtesy asked for ("a one-time courtesy credit"), a refusal
  // asked to be reconsidered («les pido que reconsideren la decisión»).
  '(?:waive|waiving|reverse|reversing|refund|remove|drop|take off|let (?:me|us) off) (?:the |my |this |that |these |those )?(?:late|late payment|cancellation|overdraft|restocking|change|rebooking|early termination|termination|reconnection|reactivation|no-show|nsf|returned payment|penalty) (?:fee|fees|charge|charges|penalty|fine)',
  '(?:eximir|eximan|exima|eximirme|eximanme|eximame|exonere|exoneren) (?:de )?(?:la |el |los |las |esa |ese )?(?:penalizacion|penalidad|multa|cargo|recargo|comision|pago)',
  '(?:request\\w*|ask\\w* for|(?:can|could|would|may) (?:i|we|you)|please)[^.!?]{0,30}?(?:one-time|one-off|courtesy|goodwill) (?:courtesy )?(?:credit|refund|waiver|adjustment|reversal)',
  '(?:reconsider|re-consider|review again|revisit) (?:your|the|this|that|its) (?:decision|refusal|denial|answer|response|ruling|rejection)', '(?:reconsideren|reconsidere|reconsiderar|reconsideres) (?:la|su|tu|esa|esta) (?:decision|respuesta|negativa|resolucion)',
], [
  // Eighteenth session: «exception» as «except», in a review or a story: "with the possible exception of food",
  // «a excepción de la comida», «sin excepción».
  "(?:with the|the|one|an?) (?:possible |only |notable |sole |single |one )?exception (?:of|being|to that)\\b", 'exception of', '(?:a|con|con la|sin) excepcion(?! (?:para|por|conmigo|con nosotros))',
  // An exception a program throws is no request: «lanza una excepción», «throws an exception», «Exception in thread…».
  '(?:lanza|lanzo|arroja|arrojo|devuelve|devolvio|genera|genero|tira|tiro|salta|salto|produce|produjo|captura|capturar) (?:una |la |esta |esa )?excepcion', 'excepcion (?:no (?:controlada|manejada)|de tipo|en (?:la linea|el metodo|tiempo))',
  '(?:throws?|threw|thrown|raises?|raised|raising|unhandled|uncaught|caught|catch|catching|an internal|internal) (?:an |the |this |that )?exception',
  // An exception shown by a program: «me sale la siguiente Exception…», «I get this exception:».
  '(?:sale|salen|aparece|aparecen|muestra|devuelve) (?:@ ){0,2}(?:la |una |esta |esa |el )?(?:siguiente )?(?:excepcion|exception)',
  'exception(?: (?:is thrown|was thrown|occurs|occurred|in thread|at line|type)|:)',
]);

/**
 * Seventeenth session: their own slip, then a remedy that costs the company — "I accidentally bought the PSP game…
 * can I return it?", «me equivoqué de fecha… ¿hay alguna manera de arreglarlo sin pagar la tasa?». A slip asked to be
 * corrected for free, or refunded, is a request outside the usual terms; a slip with a plain change («me equivoqué de
 * comuna, ¿se puede cambiar la dirección?») asks for nothing special.
 */
const OWN_SLIP = compileTest([
  '(?:i|we) (?:accidentally|mistakenly|inadvertently|wrongly)', '(?:by|in) (?:mistake|accident|error)', 'my (?:mistake|bad)',
  '(?:me|nos) (?:equivoque|equivocamos|confundi|confundimos)', 'por (?:error|equivocacion|descuido)', 'sin querer',
]);
const COSTLY_REMEDY = compileTest([
  "(?:can|could|may) (?:i|we|you) (?:please )?(?:@ ){0,2}(?:return|refund|get (?:a |my |the )?(?:refund|money back)|have (?:a |my )?(?:refund|money back)|reverse|undo the (?:purchase|charge|payment))", '(?:refund|return) (?:possible|available)',
  '(?:devolver|devolverlo|devolverla|devolucion|reembols\\w*|me devuelvan|nos devuelvan|anular la compra|cancelar la compra)[^.!]{0,40}\\?',
  'sin (?:pagar|tener que pagar|abonar|costo|coste|cargo|penalizacion)',
  "without (?:paying|being charged|a (?:fee|charge|penalty))",
]);

/** «I know it's against the rules / past the deadline…» */
/** «I know this is the wrong place…», «sé que no es el canal»: an apology for where they write, not for what they ask. */
const WRONG_PLACE = compile([
  "i (?:know|realize|realise|understand) (?:that )?(?:i (?:shouldn't|should not) (?:write|post|ask)|this (?:is|isn't) (?:the |a )?(?:wrong|right|correct|proper) (?:place|channel)|(?:this|it)(?:'s| is)(?:n't| not)? (?:exactly |really )?(?:a |an |the )?(?:software|technical|bug|support|github|wrong) (?:issue|place|question|channel)|(?:this|it)(?:'s| is) not (?:exactly )?(?:the (?:right|correct|proper) place|a (?:software|technical|bug) (?:issue|report)))",
]);
const ACK = compileTest([
  '(?:ya )?(?:se|sabemos) (?:que|q)', 'aunque (?:ya )?(?:paso|se paso|vencio|termino|no)', 'fuera de(?:l)? (?:plazo|periodo|garantia)', '(?:paso|se paso|vencio|se vencio|termino) el (?:plazo|periodo)',
  'me pase', 'ya (?:vencio|paso|termino)', 'no (?:permite|incluye|cubre|aplica)', 'tarifa promocional',
  'i (?:know|realize|realise|understand) (?:it|that|the|this|my|our|your)', "(?:doesn't|does not|don't|do not|isn't|is not|won't|will not|aren't|are not) (?:usually|normally|typically|generally) (?:cover|covered|include|included|allow|allowed|apply|accept|accepted|permit|permitted)",
  "(?:it's|it is) (?:past|outside|after|beyond)", 'past the', 'in the contract', 'against (?:the|your) (?:policy|rules)',
  // A limit granted before the ask: «entiendo que el boleto no es reembolsable», «aunque hayan pasado los 30 días», "even
  // though it's past the 14 days".
  '(?:entiendo|entendemos|comprendo|comprendemos|soy consciente de|somos conscientes de) (?:que|q) [^.!?]{0,40}?(?:no (?:es|son|era|eran) (?:reembolsable|reembolsables|transferible|transferibles|modificable|modificables)|(?:ya )?(?:vencio|expiro|se vencio|caduco)|ya (?:paso|termino|se paso)|fuera de(?:l)? (?:plazo|periodo|garantia))',
  'aunque (?:ya )?(?:haya|hayan|habia|habian) (?:pasado|vencido|terminado|expirado|caducado)',
  "(?:even though|although|even if) (?:it was|we're|we are|i'm|i am|the [a-z]+ (?:is|was|has|had)|my [a-z]+ (?:is|was|has|had)) (?:already )?(?:past|after|outside|beyond|over|expired|ended|passed|run out|ran out|non-?refundable)",
]);
/** …a request to do it anyway. */
const ASK = compileTest([
  '(?:pueden|podrian|puede|podria|podes|puedes|podrias|hagan|haga|hacen|me dejan|dejarian)', '(?:can|could|would) you', 'any chance', 'still', 'anyway', 'igual ?\\?', 'de todas formas', 'de todos modos', 'sin cargo', 'sin costo', 'sin coste',
  // …asked in other words: "is there any way", "anything you can do", "I'm asking for", «¿hay alguna forma…?», «les pido que».
  'is there (?:any|a|some) way', 'anything (?:you|that) can (?:do|be done)', 'would it be possible', "(?:i'm|i am|we're|we are) (?:asking|requesting|begging)",
  '(?:hay|habria|habra|existe) (?:alguna )?(?:forma|manera|posibilidad)', '(?:es|seria|sera) posible', '(?:les|le|te|os) (?:pido|pedimos|ruego|rogamos|solicito|solicitamos)',
]);

/** Test cases and training examples: whether a customer message shows the moment. Not shipped to the page (nothing there imports them). */
export const examples: MomentExample[] = [
  // Thirty-sixth session: room around a rule, and a rule that does not usually cover it asked past.
  { lang: 'en', text: 'The student rate needs a .edu address and my college uses a different domain. Any flexibility on that?', fires: true },
  { lang: 'en', text: "I know my policy doesn't normally cover hire cars abroad, but could you make it work for this one trip?", fires: true },
  { lang: 'es', text: 'Me dicen que la devolución la tiene que pedir mi hermana, que es la titular. ¿No lo pueden hacer conmigo? Tengo su autorización firmada.', fires: true },
  { lang: 'en', text: 'How flexible are the delivery slots on weekends?', fires: false },
  { lang: 'es', text: 'No lo pueden hacer por teléfono, ¿verdad? Prefiero ir a la oficina.', fires: false },
  // Seventeenth session: their own slip, and a remedy that costs the company.
  { lang: 'en', text: '@GameStoreHelp hi I accidentally bought a PS Vita game thinking it was for PS4. I don’t have a Vita. Can I return it?', fires: true },
  { lang: 'es', text: '¡Hola! Me equivoqué de fecha al comprar el vuelo. ¿Hay alguna manera de arreglarlo sin pagar una tasa altísima?', fires: true },
  { lang: 'es', text: 'Compré dos entradas por error, ¿me pueden devolver el dinero de una?', fires: true },
  { lang: 'es', text: 'hola! se puede cambiar la dirección de entrega si el paquete ya salió? me equivoqué de barrio', fires: false },
  { lang: 'en', text: 'I accidentally deleted the invoice email, could you resend it?', fires: false },
  { lang: 'en', text: 'I paid twice by mistake, is that why the balance shows negative?', fires: false },
  // Sixteenth session: what is sold, asked for free.
  { lang: 'en', text: "Money's tight this month, can I have the pro plan for free please", fires: true },
  { lang: 'es', text: '¿Me pueden dejar el plan premium gratis un mes? Estoy sin trabajo.', fires: true },
  { lang: 'en', text: 'Can I use the basic version for free, or does it need a card?', fires: false },
  // Fourteenth session: a deal asked for, a policy named and asked past, something extra asked for the trouble.
  { lang: 'es', text: 'No estoy de acuerdo con las nuevas comisiones, ¿cómo hablo con mi asesor para ver si llegamos a un acuerdo?', fires: true },
  { lang: 'en', text: 'I already know what is in your terms, but could you refund the deposit anyway?', fires: true },
  { lang: 'en', text: 'The host has a strict policy, please help me get the refund.', fires: true },
  { lang: 'en', text: 'My flight was cancelled twice. Any chance of an upgrade for the trouble?', fires: true },
  { lang: 'es', text: '¿Me pueden dar un bono por las molestias del vuelo cancelado?', fires: true },
  { lang: 'en', text: "Thanks, I'll work it out myself from the guide.", fires: false },
  { lang: 'en', text: 'Sorry for the trouble, the code works now.', fires: false },
  { lang: 'en', text: "I can't work it out, the export button doesn't show up anywhere.", fires: false },
  { lang: 'en', text: 'I booked a non-refundable rate, can you tell me the check-in time?', fires: false },
  { lang: 'es', text: 'Ya llegamos a un acuerdo con el vendedor, pueden cerrar la disputa.', fires: false },
  { lang: 'en', text: 'The van never came and they offered me a £10 voucher for my trouble.', fires: false },
  { lang: 'es', text: 'El banco tiene que llegar a un acuerdo con otras entidades para usar sus cajeros.', fires: false },
  // «igual» as «the same», beside a limit that is only reported, asks for nothing.
  { lang: 'es', text: 'Desde el celular igual aparece el aviso: la app no permite hacer pagos desde esta mañana.', fires: false },
  { lang: 'es', text: 'Con la tarjeta de prueba funciona, pero con las demás me sale la siguiente excepción: timeout del servidor.', fires: false },
  { lang: 'en', text: 'Hi, hoping to get an exception on the restocking fee for order 5523.', fires: true },
  { lang: 'en', text: 'When I save the invoice I get the following exception: NullReferenceException.', fires: false },
  { lang: 'es', text: 'Ya sé que la promo no aplica a este modelo, ¿me la pueden hacer igual?', fires: true },
  // More time than the rule gives.
  { lang: 'es', text: '¿Es posible extender el plazo de entrega un par de horas? Tuvimos tres evaluaciones esta semana.', fires: true },
  { lang: 'es', text: 'Por favor dennos más tiempo para pagar, cobramos el día 10.', fires: true },
  { lang: 'en', text: 'Could you extend my free trial by a week? I was ill for most of it.', fires: true },
  { lang: 'es', text: '¿Hasta qué fecha tengo plazo para pagar la factura?', fires: false },
  { lang: 'en', text: 'When does my free trial end?', fires: false },
  { lang: 'es', text: 'Ya sé que pasó el plazo, pero hagan una excepción.', fires: true },
  { lang: 'es', text: 'Sé que la tarifa promocional no permite cambios, pero ¿me podrían cambiar la fecha del vuelo sin cargo esta vez?', fires: true },
  { lang: 'es', text: '¿Me pueden quitar la penalización por cancelar antes de tiempo?', fires: true },
  { lang: 'es', text: 'Me pasé dos días de los 30 para devolverlo, ¿no lo pueden aceptar igual?', fires: true },
  { lang: 'es', text: '¿Cuál es el plazo para devolver un producto que compré online?', fires: false },
  { lang: 'es', text: 'Sé que están con mucho trabajo, gracias por la paciencia.', fires: false },
  { lang: 'en', text: "I know it's past the 30-day window, but can you make an exception this once?", fires: true },
  { lang: 'en', text: "Could you waive the cancellation fee? I know it's in the contract.", fires: true },
  { lang: 'en', text: 'We need access right now, even if you have to skip the usual verification.', fires: true },
  { lang: 'en', text: 'I know the sale price ended yesterday, but I need this sorted today. Can you still honor it?', fires: true },
  { lang: 'en', text: 'What is your return window for online orders?', fires: false },
  { lang: 'es', text: "¿Podrían hacer una excepción con la fecha de devolución?", fires: true },
  { lang: 'es', text: "Sé que no corresponde, pero ¿me pueden dar el descuento igual?", fires: true },
  { lang: 'en', text: "Could you make an exception and extend my trial?", fires: true },
  // Generalisation pass: other phrasings, registers and negatives.
  { lang: 'es', text: "¿No habría forma de que me lo dejen sin el recargo por pago tardío?", fires: true },
  { lang: 'es', text: "¿Podrían hacerme el descuento de estudiante aunque ya no tengo el carnet vigente?", fires: true },
  { lang: 'es', text: "Les pido que por favor me mantengan el precio viejo, aunque ya haya vencido la oferta.", fires: true },
  { lang: 'en', text: "Can you let it slide this once? The payment was only two days late.", fires: true },
  { lang: 'en', text: "I know the warranty ran out last month, but could you still repair it for free?", fires: true },
  { lang: 'es', text: "Buenas, ¿me confirman si el envío a Mendoza tiene costo?", fires: false },
  // An exception a program throws, and an apology for the channel, ask for nothing special.
  { lang: 'es', text: 'Al hacer el commit la librería lanza una excepción de tipo timeout, ¿me pueden orientar?', fires: false },
  { lang: 'en', text: "I know this is the wrong place, but I still haven't received my licence. Can you check?", fires: false },
  { lang: 'en', text: "I know it's past the 30-day window, but could you still take the return?", fires: true },
  { lang: 'es', text: '¿Me da una excepción esta vez? Se me pasó la fecha por un día.', fires: true },
  // Eighteenth session.
  { lang: 'en', text: 'The crew were rude, with the possible exception of two of them, and the seat was broken.', fires: false },
  { lang: 'es', text: 'Todo el pedido llegó roto, a excepción de las tazas.', fires: false },
  { lang: 'es', text: 'Les pido que hagan una excepción con la fecha de devolución, por favor.', fires: true },
  // Forty-fifth session: common wordings from a blind probe, and their calm twins.
  { lang: 'en', text: 'Could you waive the fee? I have been with you for nine years.', fires: true, lexiconOnly: true },
  { lang: 'en', text: 'Would you refund the fare as a goodwill gesture?', fires: true, lexiconOnly: true },
  { lang: 'en', text: 'I missed the deadline for the rebate by two days, can you still process it?', fires: true, lexiconOnly: true },
  { lang: 'es', text: '¿Me lo arreglan sin costo como gesto de buena voluntad? La garantía venció hace una semana.', fires: true, lexiconOnly: true },
  { lang: 'en', text: 'Please cancel the monthly subscription charge from next month, I am closing the account.', fires: false, lexiconOnly: true },
  { lang: 'en', text: 'The price change applies from June, right? Just checking.', fires: false, lexiconOnly: true },
  // Fifty-third session: a penalty asked off, a courtesy, a refusal asked to be reconsidered, a limit granted before the ask.
  { lang: 'en', text: 'Would it be possible to reverse the cancellation fee? I cancelled a day late because I was in hospital.', fires: true, lexiconOnly: true },
  { lang: 'en', text: 'Requesting a one-time courtesy credit for the overdraft charge, first time in six years.', fires: true, lexiconOnly: true },
  { lang: 'en', text: 'Please reconsider your decision on my claim, I sent every receipt you asked for.', fires: true, lexiconOnly: true },
  { lang: 'en', text: "Is there any way to get the money back even though it's past the 14 days? I was abroad.", fires: true, lexiconOnly: true },
  { lang: 'es', text: 'Quisiera que me eximan de la penalidad por cancelación: cancelé tarde porque estuve internado.', fires: true, lexiconOnly: true },
  { lang: 'es', text: 'Entiendo que el pasaje no es reembolsable, pero mi padre falleció y les pido que me devuelvan el importe.', fires: true, lexiconOnly: true },
  { lang: 'es', text: '¿Hay alguna forma de que me acepten la devolución aunque hayan pasado los 30 días?', fires: true, lexiconOnly: true },
  { lang: 'en', text: 'The late fee was charged even though I paid on the 3rd; here is the receipt.', fires: false, lexiconOnly: true },
  { lang: 'es', text: 'Entiendo que están con mucho trabajo, ¿me pueden decir cuándo llega el técnico?', fires: false, lexiconOnly: true },
  { lang: 'es', text: 'Entiendo que el paso siguiente es firmar el contrato, ¿me lo pueden enviar?', fires: false, lexiconOnly: true },
  { lang: 'en', text: 'Thanks for the courtesy credit, it shows on my bill now.', fires: false, lexiconOnly: true },
  { lang: 'en', text: 'Is there any way to change the delivery address on order 5521?', fires: false, lexiconOnly: true },
];

const moment: Moment = {
  id: 'exception-request',
  detect: (_text, folded) => {
    if (DIRECT(folded)) return true;
    if (OWN_SLIP.test(folded) && COSTLY_REMEDY.test(folded) && folded.includes('?')) return true;
    const acknowledged = blank(WRONG_PLACE, folded);
    // «igual» asks for it anyway only at the question («¿no lo pueden aceptar igual?»); «igual sale en la web» is «the same».
    return ACK.test(acknowledged) && ASK.test(folded) && /\?|pero|but/.test(folded);
  },
  label: { es: 'Pide una excepción', en: 'Asks for an exception' },
  advice: {
    es: 'Valida su situación sin prometer antes de comprobar: revisa si hay margen real; si no lo hay, explica el porqué en una frase y ofrece lo más cercano que sí puedes dar.',
    en: "Validate their situation without promising before you check: see if there is real room; if not, explain why in one line and offer the closest thing you can do.",
  },
};

export default moment;
