/**
 * urgency: the customer demands immediacy — «es urgente», «lo necesito hoy mismo», «en la
 * próxima hora», «YA», «ASAP», «right now». Negations («no es urgente», «no hay apuro»,
 * «no rush») are blanked before matching.
 */
import { blank, compile, compileTest } from '../patterns';
import type { Moment, MomentExample } from './types';

/** «no es urgente», «no rush»: blanked before anything is read. */
const NEGATIONS = [
  'no (?:es|son|era) (?:tan |nada |muy )?(?:urgente|urgencia)', 'no (?:hay|tengo) (?:apuro|prisa|urgencia)', '(?:sin|ninguna) (?:apuro|prisa|urgencia)', 'no corre prisa',
  'cuando (?:puedan|pueda|tengan tiempo)', 'no me urge',
  "(?:not|isn't|no) (?:that |very |super )?urgent", 'no (?:rush|hurry)', 'whenever you (?:can|get a chance)',
  // A shipping service's name, not a demand: «pagué el envío urgente»; nor a kind of clinic ("$100+ from an Urgent Care").
  '(?:envio|entrega|correo|mensajeria) (?:urgente|express|expres)', 'urgent (?:delivery|shipping|post|courier)', '(?:(?:an|the|at|from|my|your|our) urgent care|urgent care (?:visit|clinic|cent(?:er|re)|facility|bill|copay|partner))',
  // Seventeenth session: a review's verdict on the place, not a demand on the agent: «el hotel necesita urgentemente
  // una reforma», "the rooms are in urgent need of a refurb".
  '(?:necesita|requiere|precisa|necesitan|requieren|precisan|pide|piden) (?:urgentemente|con urgencia|urgente|de forma urgente) (?:una |un |unas |unos )?(?:buena |pequena |gran |profunda |seria )?(?:reforma|renovacion|remodelacion|mantenimiento|actualizacion|modernizacion|limpieza|pintura|inversion|mano de pintura)',
  "(?:needs?|requires?|is crying out for|could use|(?:is|are) in) (?:an? )?(?:urgent(?:ly)?|desperate(?:ly)?) (?:need of )?(?:an? )?(?:renovation|refurbishment|refurb|makeover|update|maintenance|upgrade|repaint|deep clean|lick of paint|investment)",
  // Thirty-sixth session: the company's own words reported back are its promise, not the customer's demand: «me dijeron
  // que hoy llegaba sin falta», "you told me it would be at my hotel by tonight" (a broken promise when it did not come).
  '(?:me|nos|le|les) (?:dijeron|dijo|aseguraron|aseguro|prometieron|prometio|confirmaron|confirmo|habian dicho|habia dicho|han dicho)[^.!?]{0,60}? sin falta',
  "(?:you|they|he|she|the (?:agent|rep|driver|technician|engineer|branch|store)) (?:told|promised|assured) (?:me|us)[^.!?]{0,80}? by (?:tonight|today|end of day|eod|noon)",
];
const NEGATION_RE = compile(NEGATIONS);

/** The folded text with what says «not urgent» or names no demand («envío urgente», a review's «necesita urgentemente una reforma») blanked: the lexicon and the model's gate read this. */
export function withoutCalmUrgency(folded: string): string {
  return blank(NEGATION_RE, folded);
}

/** What is urgent on its own: «urgente», «ASAP», «no puedo esperar», a deadline within hours. */
const STRONG = [
  // «me urge», «urge una solución»; not English "I urge the maintainers to…", a plea (nineteenth session).
  'urgente', 'urgencia', 'urge(?! (?:the|you|everyone|all|them|people|users|others|customers|maintainers|developers|anyone|him|her|us|your)\\b)', 'urgentemente', 'es para hoy', 'para ayer', 'si o si', 'sin falta',
  'en menos de (?:una|1|dos|2|media|tres|3) horas?',
  // «ya que» is «since»: «necesito una respuesta ya que uds. son una empresa seria» asks for no time.
  '(?:lo |la |los )?(?:necesito|necesitamos|quiero|requiero)(?: @){0,5} (?:(?:hoy|ahora|antes de (?:las|manana|salir|mi viaje|el viaje))(?=\\s*[,.!?;]|$| mismo| sin falta| antes| porque| que)|(?<!(?:^|\\s)y\\s)ya(?=\\s*[,.!?;]|$| mismo| sin falta| antes| porque))',
  'en la (?:proxima|siguiente) hora', '(?:manana|hoy|esta noche) (?:viajo|me voy|salgo|tengo)',
  // Fourteenth session: a flight or an appointment within hours, said plainly.
  'tengo (?:esta (?:tarde|noche|manana)|hoy|en (?:unas? |\\d+ )?(?:horas?|minutos)) (?:un |el |mi )?(?:vuelo|viaje|tren|examen|cita|entrevista|operacion)',
  '(?:mi|el|nuestro) (?:vuelo|tren|autobus|bus) (?:sale|es|parte|embarca) (?:en (?:\\d+|una|dos|tres|media) (?:horas?|minutos)|esta (?:tarde|noche|manana)|hoy)',
  "(?:my|our|the) (?:flight|train|bus) (?:is|leaves|departs|boards) (?:in (?:\\d+|an|one|two|three|a few) (?:hours?|hrs?|mins?|minutes?)|this (?:afternoon|evening|morning)|tonight|today)",
  // Thirty-sixth session: the same said short ("flight's in 2 hrs"), a trip that starts within a day, a deadline today.
  "(?:flight|train|bus|boarding|ferry)(?:'s| is) in (?:\\d+|an|one|two|three|a few|half an) (?:hours?|hrs?|mins?|minutes?)",
  "(?:i'm|i am|we're|we are|i'll be|we'll be) (?:flying|leaving|travell?ing|departing)(?: out)?(?: to @(?: @)?| abroad| overseas)? (?:tomorrow|tonight|today|this (?:afternoon|evening))",
  "(?:need|have) to (?:@ ){1,4}(?:today|tonight) (?:before|by) (?:\\d+(?:[:.]\\d+)? ?(?:am|pm|a\\.m\\.|p\\.m\\.|h)?|noon|midday|the end|close)",
  'no puedo esperar', 'no puede esperar', 'sin sistema', 'parad[oa]s?(?: sin)', 'tengo (?:la tienda|el negocio|el local) parad[oa]',
  'urgent', 'urgently', 'asap',
  // Forty-seventh session: the noun, asked for ("high urgency", "a matter of urgency"), not denied or missed ("not a matter of
  // urgency", "no sense of urgency"); and «today itself», Indian English for the same day, after a demand.
  '(?:high|top|utmost|extreme) urgency', '(?:need|want|please|pls|plz|kindly|process|resolve|dispatch|restore|credit)(?: @){0,8} (?:today|tonight) itself', '(?<!\\bnot )a matter of (?:real |great |extreme )?urgency',
  // Seventeenth session: minutes left before what they are in the middle of, and a bare «Now!» demanded.
  "(?:\\d+|a few|few|two|three|five|ten|fifteen|twenty|thirty) (?:mins?|minutes|hours?|hrs?) (?:(?:to|till|until) (?:boarding|board|departure|take ?off|my flight|the flight|my train|check-?in|closing)|(?:to|till|until|before) my (?:flight|train|exam|appointment|interview|meeting|surgery))",
  '(?:faltan |quedan |a )?(?:\\d+|dos|tres|cinco|diez|quince|veinte|treinta) (?:minutos|min|horas) (?:para|antes de|de) (?:embarcar|el embarque|la salida|mi vuelo|el vuelo|que (?:cierre|salga|despegue)|mi (?:examen|cita|entrevista|operacion))',
  // An emergency the customer is in, not one a policy covers or a service is named for ("coverage for emergency", "the emergency vet").
  "(?:this|it|that)(?:'s| is) (?:an |a real |a genuine |a medical |a family |kind of an |sort of an )?emergency", '(?:emergency|emergencia),? (?:please|help|por favor|ayuda)',
  'within the (?:next )?hour', 'in the next (?:hour|\\d+ minutes)', 'by (?:end of day|eod|today|tonight|noon)',
  'by (?:the )?(?:end|close) of (?:the )?(?:business )?(?:day|today|business)',
  "(?:need|want|get|fix|sort|sorted|fixed|resolved|done|send|give|put|call)(?: @){0,4} (?:today|now|tonight)(?=\\s*[,.!?]|$)",
  "(?:tell (?:me|us)|let (?:me|us) know|answer (?:me|us)|confirm)(?: right| straight)? (?:now|today|tonight)(?=\\s*[,.!?]|$| (?:and|so|or|please)\\b)",
  // Thirtieth session: a fix asked to be fast: "please have a fast fix", "please fix this fast".
  "(?:please |pls )(?:have |give (?:us|me) |make |do )?(?:a |an )?(?:fast|quick|speedy|urgent|immediate) (?:fix|solution|patch|update|answer|response|reply)", "(?:please |pls )?(?:fix|solve|sort|patch|resolve) (?:this|it|that)(?: @){0,2} (?:fast|quickly|asap|right away|immediately)(?=\\s*[,.!?]|$| please)",
  // Twenty-ninth session, as English has "fix this now!": a fix demanded with «ya» («¡Arreglen esto ya!», «devuélvanme el dinero ya»).
  '(?:(?:arregl|solucion|resuelv|devuelv|reembols|respond|contest|atiend|envi|mand|activ|desbloque|habilit)(?:en|an)(?:me|nos)?(?:lo|la|los|las)?|(?:arregl|solucion|resuelv|devuelv|reembols|respond|contest|atiend|envi|mand|activ|desbloque|habilit|devolv)(?:a|e)(?:me|nos|lo|la)(?:lo|la|los|las)?)(?: @){0,4} (?:(?<!(?:^|\\s)y\\s)ya|ahora|ahora mismo|rapido|rapidito)(?=\\s*[,.!?]|$| por favor| porfa| x favor)',
  // Forty-first session: a wish for it as soon as possible ("I hope the update comes as soon as possible", as «espero que lo
  // arreglen lo antes posible» reads through its verb); not "hope all is well" beside a "right away" told of the past.
  "hop(?:e|es|ing|efully)\\b[^.!?]{0,60}?\\b(?:as soon as possible|asap)\\b",
  "can't wait", 'time sensitive', 'losing (?:money|sales|customers)',
  // Fifty-fourth session (real63): a connection or a gate feared missed — said with a worry or a «no», or asked ("worried I
  // can't connect to Flt 5 in time", "can s/o get us to our gate in time?", «no llego a tiempo a la conexión»); not one
  // made, nor a router connected in time (review).
  "(?:(?:can't|cannot|won't|not|never|no way|worried|afraid)\\b[^.!?]{0,40}?\\b(?:connect|make (?:it|my|our|the)|catch (?:my|our|the))[^.!?]{0,40}? in time|(?:connect|connection|make (?:it|my|our|the)|catch (?:my|our|the)|get (?:us|me) to (?:the|our|my))[^.!?]{0,40}? in time\\?)",
  'no (?:llego|llegamos|alcanzo|alcanzamos|(?:voy|vamos) a (?:llegar|alcanzar))(?: @){0,3} (?:a tiempo (?:a|al|para)(?: la| el| mi)? (?:conexion|vuelo|embarque|escala)|(?:a )?(?:la|el|mi) (?:conexion|vuelo|embarque|escala)(?: @){0,3} a tiempo)',
];
/**
 * Time words that are urgent only as part of a demand: «lo quiero ya mismo», «please fix it
 * right now» — not «lo intento ahora mismo», «fuming right now», «inmediatamente lo reclamo».
 */
const TIMED = compileTest([
  'de inmediato', 'inmediatamente', 'cuanto antes', 'lo antes posible', 'a la brevedad', 'hoy mismo', 'ahora mismo', 'ya mismo', 'para hoy',
  // «En este momento» that sets a state («en este momento no me encuentro en Colombia») dates the state, not the ask.
  'en este momento(?! (?:no |me |estoy|estamos|tengo|tenemos|hay |es |esta |se encuentra))',
  'en (?:menos de )?(?:una|1|dos|2) horas?(?=\\s*[?!.]|$)', 'antes de (?:las \\d+|mediodia)',
  'immediately', 'right away', 'right now', 'as (?:soon|quick|quickly|fast) as (?:possible|you can)', 'critical',
  'lo (?:mas )?(?:pronto|rapido) (?:posible|que (?:puedan?|se pueda))',
]);
const DEMAND = compileTest([
  'necesit@', 'nesecit@', 'quiero', 'queremos', 'requiero', 'requerimos', 'exijo', 'exigimos', 'pido', 'pedimos', 'por favor', 'porfa', 'favor de',
  '(?:pueden|podrian|puede|podria|podes|puedes|podrias)', '(?:solucion|arregl|resuelv|devuelv|reembols|respond|contest|atiend|envi|mand|activ|desbloque|habilit)(?:en|an|enme|anme|enlo|anlo)',
  'lo quiero', 'tienen que', 'deben',
  'need', 'needs', 'want', 'require', 'demand', 'please', '(?:asking|ask|begging) (?:you )?to', 'pls', 'can you', 'could you', 'fix', 'sort (?:it|this)', 'send', 'give me', 'call me', 'reply', 'respond', 'refund', 'help', 'get (?:me|this|it|us)', 'resolve', 'expect', 'have to', 'must',
]);
const STRONG_RE = compileTest(STRONG);
const sentencesOf = (folded: string) => folded.split(/[.!?\n]+/);

/** Either a signal urgent on its own, or a time word inside a sentence that demands something. */
function demandsImmediacy(folded: string): boolean {
  const open = withoutCalmUrgency(folded);
  return STRONG_RE.test(open) || sentencesOf(open).some((s) => TIMED.test(s) && DEMAND.test(s));
}

/** «YA» / «NOW» shouted. */
const SHOUTED = /(?<!\p{L})(?:YA|AHORA|NOW|HOY|TODAY|URGENTE)(?!\p{L})/u;

/** Test cases and training examples: whether a customer message shows the moment. Not shipped to the page (nothing there imports them). */
export const examples: MomentExample[] = [
  { lang: 'en', text: 'Our release is blocked by this bug, I hope the patch comes as soon as possible.', fires: true, lexiconOnly: true },
  { lang: 'en', text: 'Hope all is well, I paid the invoice right away as you asked.', fires: false, lexiconOnly: true },
  { lang: 'en', text: "I hope it's nothing critical, just curious why the icon changed.", fires: false, lexiconOnly: true },
  { lang: 'en', text: "train's in 40 mins and the app won't load my ticket, what do I show the guard?", fires: true },
  { lang: 'en', text: "I'm flying out to Lisbon tonight and my card has been blocked. Can you unblock it?", fires: true },
  { lang: 'en', text: 'I need to pay the deposit today before 5pm or I lose the flat. Why is the transfer on hold?', fires: true },
  { lang: 'en', text: 'I am asking you to cancel the order immediately, it was placed by mistake.', fires: true },
  { lang: 'en', text: 'We were flying out tomorrow but moved the trip to May, so no rush on the visa letter.', fires: false },
  // Thirty-sixth session: the company's words reported back, and «y ya» («and that's it»).
  { lang: 'es', text: 'Me aseguraron que el técnico venía hoy sin falta y son las siete de la tarde. ¿Viene o no?', fires: false },
  { lang: 'en', text: 'The agent promised me the replacement would reach my flat by tonight. It is now Friday.', fires: false },
  { lang: 'es', text: 'No quiero otro envío, quiero que me devuelvan lo que pagué y ya.', fires: false },
  { lang: 'es', text: 'Necesito el certificado sin falta, mañana tengo la firma en la notaría.', fires: true },
  { lang: 'es', text: 'Quiero mi dinero ya, llevo un mes esperando.', fires: true },
  // Seventeenth session: minutes left before what they are in the middle of, and a bare «Now!».
  { lang: 'en', text: '@SkyJet 6 minutes to boarding at gate B12. No sign of the gate agent. A little help?', fires: true },
  { lang: 'es', text: 'Faltan 20 minutos para embarcar y nadie en el mostrador, ¿qué hago?', fires: true },
  { lang: 'en', text: 'One of you has my bag! Claim 40192 and I want it delivered to my hotel!!!! Now!!!', fires: true },
  { lang: 'en', text: 'Boarding closes 20 minutes before departure, right? Just planning my trip for March.', fires: false },
  { lang: 'en', text: "It's working now! Thanks so much.", fires: false },
  // Seventeenth session: a review's verdict on the place.
  { lang: 'es', text: 'Dicen que es el mejor hotel de la ciudad, pero necesita urgentemente una pequeña reforma en los baños.', fires: false },
  { lang: 'en', text: 'Lovely staff, but the rooms are in urgent need of a refurb.', fires: false },
  { lang: 'es', text: 'Necesito urgentemente que me cambien de habitación, el baño está inundado.', fires: true },
  // Sixteenth session: an emergency the customer is in, not one a policy covers.
  { lang: 'en', text: 'My card was swallowed abroad, this is an emergency, please call me.', fires: true },
  { lang: 'en', text: 'The plan looked good on paper: coverage for emergency care and 90% back.', fires: false },
  // Fourteenth session: a flight or an appointment within hours, said plainly.
  { lang: 'es', text: 'Tengo esta tarde un vuelo a Madrid y la app no me deja bajar el billete.', fires: true },
  { lang: 'en', text: 'My flight leaves in 3 hours and the app still shows no seat.', fires: true },
  { lang: 'en', text: 'My flight last month was in 3 rows of empty seats, lovely trip.', fires: false },
  // «ya que» is «since».
  { lang: 'es', text: 'Necesito una copia de la factura ya que la anterior llegó con otro RUT.', fires: false },
  // A shipping service's name is not a demand.
  { lang: 'es', text: 'Pagué el envío urgente y tardaron diez días.', fires: false },
  { lang: 'en', text: 'I chose urgent delivery at checkout, is that tracked?', fires: false },
  // A time word is urgent inside a demand, not beside a report or a feeling.
  { lang: 'es', text: 'Desbloqueen mi tarjeta ahora mismo, estoy en la caja.', fires: true },
  { lang: 'en', text: 'Please reset my access right away, the audit starts at nine.', fires: true },
  { lang: 'es', text: 'Lo intento ahora mismo, gracias.', fires: false },
  { lang: 'es', text: 'En este momento no me encuentro en el país y quiero pagar la factura desde la app, ¿cómo hago?', fires: false, lexiconOnly: true },
  { lang: 'es', text: 'Necesito que me habiliten la línea en este momento, estoy de viaje.', fires: true, lexiconOnly: true },
  { lang: 'en', text: 'Fuming right now, the parcel went to the wrong address.', fires: false },
  { lang: 'es', text: 'Cada vez que veo un cobro raro lo reclamo inmediatamente.', fires: false },
  { lang: 'es', text: 'Lo necesito hoy mismo, es urgente.', fires: true },
  { lang: 'es', text: 'Porfa es urgente, mañana viajo y nesecito la tarjeta activada antes de salir.', fires: true },
  { lang: 'es', text: '¿Lo pueden resolver en la próxima hora? Tengo una presentación a las 12.', fires: true },
  { lang: 'es', text: 'Tengo la tienda parada sin sistema de cobro. Necesito una solución YA.', fires: true },
  { lang: 'es', text: 'No es urgente, cuando puedan me dicen el horario de la tienda.', fires: false },
  { lang: 'es', text: 'No hay apuro, con que me avisen antes del viernes está bien.', fires: false },
  { lang: 'en', text: "I need this fixed today, it's urgent.", fires: true },
  { lang: 'en', text: 'Our whole team is locked out and we need access right now.', fires: true },
  { lang: 'en', text: 'Get me a supervisor now.', fires: true },
  { lang: 'en', text: "It's not urgent, whenever you get a chance.", fires: false },
  { lang: 'en', text: 'Hi, how do I change my billing address?', fires: false },
  { lang: 'es', text: "Necesito que me lo resuelvan hoy, sí o sí.", fires: true },
  { lang: 'en', text: "I need it ASAP.", fires: true },
  { lang: 'es', text: "Sin apuro, cuando puedan me confirman.", fires: false },
  // Generalisation pass: other phrasings, registers and negatives.
  { lang: 'es', text: "Lo necesito para ayer, en serio.", fires: true },
  { lang: 'es', text: "Me urge tener la factura antes del cierre contable de mañana.", fires: true },
  { lang: 'es', text: "Necesito el acceso en menos de una hora o pierdo la licitación.", fires: true },
  { lang: 'en', text: "asap please, we're blocked.", fires: true },
  { lang: 'en', text: "We need this resolved by end of business today or we lose the contract.", fires: true },
  { lang: 'es', text: "Hola, no es urgente, solo quería saber si ya salió mi pedido.", fires: false },
  { lang: 'en', text: "Not urgent at all, whenever you have a moment.", fires: false },
  { lang: 'en', text: 'I am opening this issue to urge the maintainers to take support seriously.', fires: false },
  { lang: 'es', text: 'Me urge una respuesta, el pago vence mañana.', fires: true },
  // Twenty-ninth session: a fix demanded with «ya»; «ya» telling what is done is no demand.
  { lang: 'es', text: 'Mi tarjeta no pasa y estoy en el restaurante. ¡Arreglen esto ya!', fires: true, lexiconOnly: true },
  { lang: 'es', text: 'Devuélvanme el dinero ya.', fires: true, lexiconOnly: true },
  { lang: 'es', text: 'Me respondieron ya, gracias por la ayuda.', fires: false, lexiconOnly: true },
  // Twenty-ninth session's review: someone else doing it now is no demand; imperatives with their pronouns are.
  { lang: 'es', text: 'Perfecto, el técnico me lo activa ahora.', fires: false, lexiconOnly: true },
  { lang: 'es', text: 'Arréglamelo ya, por favor.', fires: true, lexiconOnly: true },
  { lang: 'es', text: 'Devolveme la plata ya.', fires: true, lexiconOnly: true },
  // Thirtieth session: a fix asked to be fast, a «now» after "tell us", «rápido» after the demand.
  { lang: 'en', text: 'not working on any version, it was a great addon please have a fast fix', fires: true, lexiconOnly: true },
  { lang: 'en', text: 'Is the flight leaving today? If not tell us now and we will rent a car.', fires: true, lexiconOnly: true },
  { lang: 'es', text: 'Arreglen esto rápido por favor, no puedo entrar a mi cuenta.', fires: true, lexiconOnly: true },
  { lang: 'en', text: 'Thanks for the fast fix last week, it works now.', fires: false, lexiconOnly: true },
  { lang: 'es', text: 'Lo arreglaron rápido, gracias.', fires: false, lexiconOnly: true },
  // Forty-third session: "as soon as possible" said in other words, still inside a demand.
  { lang: 'en', text: 'The charge went through twice. I want the extra $40 back as quick as possible.', fires: true, lexiconOnly: true },
  { lang: 'es', text: 'Me cobraron dos veces, necesito que me devuelvan lo más pronto posible.', fires: true, lexiconOnly: true },
  { lang: 'es', text: 'Por favor arréglenlo lo más rápido que puedan, tengo clientes esperando.', fires: true, lexiconOnly: true },
  { lang: 'en', text: 'I replied as fast as I could when I saw your email.', fires: false, lexiconOnly: true },
  // Forty-seventh session: urgency named and asked for; denied, or missed in the company, it is no demand.
  { lang: 'en', text: 'The payroll file is stuck again, please handle this as a matter of urgency.', fires: true, lexiconOnly: true },
  { lang: 'en', text: 'Our site is down, kindly treat this ticket with top urgency.', fires: true, lexiconOnly: true },
  { lang: 'en', text: 'No urgency here, whenever you get a chance is fine.', fires: false, lexiconOnly: true },
  { lang: 'en', text: 'Not one person on that help line showed the slightest urgency.', fires: false, lexiconOnly: true },
  { lang: 'en', text: 'Nobody at the front desk showed any sense of urgency while we waited three hours.', fires: false, lexiconOnly: true },
  { lang: 'en', text: "It's not a matter of urgency, just tell me when the spring menu starts.", fires: false, lexiconOnly: true },
  // Forty-seventh session (probe47c): «today itself», as Indian English asks for the same day.
  { lang: 'en', text: 'Booking shows cancelled, please restore it today itself, we travel tomorrow.', fires: true, lexiconOnly: true },
  { lang: 'en', text: 'Got the refund today itself after raising the ticket last night, thank you.', fires: false, lexiconOnly: true },
  { lang: 'es', text: 'Nadie en la recepción mostró ninguna urgencia cuando se inundó el baño.', fires: false, lexiconOnly: true },
  // Forty-eighth session, from real56's read half: a kind of clinic, named.
  { lang: 'en', text: 'It was $5 instead of $100+ at an Urgent Care facility. Great service!', fires: false, lexiconOnly: true },
  { lang: 'en', text: 'I need an urgent care appointment today, please call me back.', fires: true, lexiconOnly: true },
  { lang: 'en', text: "My mum needs urgent care and your app won't let me book a taxi!", fires: true, lexiconOnly: true },
  // Fifty-fourth session (real63): a connection feared missed; one made, or "in time" for a birthday weeks away, is not.
  { lang: 'en', text: "We left late and I'm worried we can't connect to the Denver flight in time.", fires: true, lexiconOnly: true },
  { lang: 'es', text: 'El primer vuelo va retrasado y no llego a tiempo a la conexión de Lima.', fires: true, lexiconOnly: true },
  { lang: 'en', text: 'We made our connection in time, thanks to the crew. Just a note about the lost blanket.', fires: false, lexiconOnly: true },
  { lang: 'en', text: 'Will the mug arrive in time for her birthday next month?', fires: false, lexiconOnly: true },
  { lang: 'en', text: 'Good news, we made the connection in time.', fires: false, lexiconOnly: true },
  { lang: 'en', text: "Update: they rebooked us and we will make our connection in time.", fires: false, lexiconOnly: true },
  { lang: 'es', text: 'Llegamos a tiempo a la conexión, gracias al personal de tierra.', fires: false, lexiconOnly: true },
  { lang: 'es', text: 'No vamos a alcanzar la conexión a tiempo, ¿qué hacemos?', fires: true, lexiconOnly: true },
  { lang: 'en', text: "Our first leg is 2 hours late, there's no way we catch our connection in time!", fires: true, lexiconOnly: true },
];

const moment: Moment = {
  id: 'urgency',
  detect: (text, folded) => demandsImmediacy(folded) || SHOUTED.test(text),
  label: { es: 'Urgencia', en: 'Urgent' },
  advice: {
    es: 'Reconoce la urgencia y su impacto, di qué puedes hacer ya mismo y da un plazo realista; no prometas una hora que el equipo no pueda cumplir.',
    en: "Acknowledge the urgency and its impact, say what you can do right now, and give a realistic time; don't promise one the team can't keep.",
  },
};

export default moment;
