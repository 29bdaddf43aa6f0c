/**
 * broken-promise: something promised, or an earlier step of the service, failed — «me
 * dijeron que llegaba el lunes y nada», «quedaron en llamarme y nadie llamó», «the
 * technician never showed up». Needs a failure: a promise that was kept («me dijeron que
 * llegaba el lunes y efectivamente llegó», «…and it did») does not fire.
 */
import { compileTest, phraseDetector } from '../patterns';
import { REPORTED_AHEAD } from '../grammar/spanish-verbs';
import { CARDINAL, CARDINAL_FROM_TWO } from '../grammar/numbers';
import { waitAgainstWindow } from '../grammar/time-waited';
import { timeGivenThenMissed } from '../grammar/time-given';
import type { Moment, MomentExample } from './types';
import { WEEKDAY } from '../grammar/calendar-words';

/** Something was due: «tenía que llegar», «was supposed to arrive». */
const DUE_FORMS = [
  '(?:tenia|tenian|iba|iban|debia|debian|deberia|deberian|habia|habian) (?:que|de|a)? ?(?:venir|llegar|llamar|llamarme|estar|pasar|escribir|escribirme|devolver|devolverme|reembolsar|solucionar|resolver|instalar|activar|aparecer|funcionar)',
  'el (?:tecnico|repartidor|mensajero|instalador) (?:tenia|iba|debia)',
  "(?:was|were) (?:supposed|meant|due|scheduled|promised) to",
  // «Someone was to call me tonight»: the bare «was to» of an arrangement.
  "(?:someone|somebody|an engineer|a technician|the engineer|the technician|the driver|a manager|they|he|she) (?:was|were) to (?:call|ring|phone|come|visit|arrive|deliver|email|contact|fix|collect|pick up)",
  "(?:should have|should've) (?:arrived|been|come|called)",
  // «debería haber llegado», «tendría que haber sido enviado»: due, said after the fact.
  // (A passive or an arrival: «tenía que haber elegido otra talla» is the customer's own slip.)
  '(?:deberia|deberian|debio|debieron|tendria que|tendrian que|tenia que|tenian que) haber (?:sido [a-z]{3,}(?:ado|ido|ada|ida)s?|llegado|venido|salido|pasado|llamado|estado list[oa]s?)',
  // «a package that was to be delivered today»: the arrangement said in the passive.
  '(?:was|were) to be (?:delivered|shipped|sent|fixed|installed|repaired|collected|picked up|refunded|credited|done|ready|connected|activated|replaced)',
  // Forty-fourth session: what was «supposedly» done by them, with its date past: "the card that was supposedly sent out
  // 2 months ago" (not "my daughter supposedly sent me the code").
  '(?:was|were|been|they|you|courier|seller|store|company) supposedly (?:been )?(?:sent|shipped|mailed|posted|dispatched|delivered|processed|refunded|issued)',
];
const DUE = compileTest(DUE_FORMS);

/** Something was promised or scheduled. */
const PROMISE = compileTest([
  ...DUE_FORMS,
  // Seventeenth session: the word given by an agreement, a confirmation or the company's own status line:
  // «el perito quedó en pasar el jueves», "you confirmed the charge would be reversed", "rep assured me…",
  // "status says PROCESSED", «la app dice 'tu reembolso fue procesado'», «según ustedes la 4.2 corregía…».
  '(?:quedo|quedaron|quedamos|habia quedado|habian quedado) en (?:que )?[a-z]{3,}', "(?:you|they|he|she|the (?:agent|rep|representative|advisor|company|bank|store|seller)|(?:your|the) (?:agent|rep|sales rep|representative|team)(?: \\w+)?,?|rep|agent) (?:had )?(?:confirmed|assured|guaranteed|promised|told)(?: (?:me|us))? (?:that )?[^.!?]{0,80}?(?:would|will|'d|was going to|were going to|wouldn't|won't)",
  "(?:status|app|tracking|email|e-mail|page|site|website|listing|confirmation|letter|notification|account) (?:says|said|shows|showed|states|stated|estimated|advertises|advertised|promised)",
  '(?:la app|la aplicacion|el estado|el tracking|el seguimiento|el correo|el mail|la pagina|la web|el sistema|la notificacion) (?:dice|decia|pone|ponia|indica|indicaba|muestra|mostraba|marca|marcaba)',
  'segun (?:ustedes|usted|vosotros|ellos|su (?:web|pagina|app|correo|asesor|agente))', 'estimated (?:delivery|pickup|arrival|time|date|dispatch)',
  // A speed paid for is a promise bought: «pagué el envío urgente de 24h», "paid for next-day delivery".
  '(?:pague|pagamos|pago|pagaste|contrate|contratamos) (?:el |un |por (?:el |un )?)?(?:envio|entrega|servicio|despacho) (?:urgente|expres|express|prioritario|premium|garantizado|de \\d+ ?(?:h|hs|horas))', "paid (?:extra )?for (?:next-day|next day|express|priority|same-day|same day|24h|24-hour|guaranteed) (?:delivery|shipping|service|dispatch)",
  'me (?:dijeron|dijo|dijiste|dijistes|prometieron|prometio|prometiste|prometen|aseguraron|aseguro|aseguraste|aseguran|confirmaron|confirmo|garantizaron|indicaron|informaron)',
  // The company's own answer, reporting what it would do: «me contestaron que enviarían a un técnico».
  '(?:me|nos) (?:contestaron|contesto|respondieron|respondio|escribieron|escribio) (?:que|q) (?:[a-z]+ ){0,4}?[a-z]{3,}(?:ria|rian)\\b',
  // Vosotros, as Spain writes to a company: «eso mismo me dijisteis hace una semana», «nos prometisteis…».
  '(?:me|nos) (?:dijisteis|prometisteis|asegurasteis|confirmasteis|garantizasteis|indicasteis|informasteis|avisasteis|habeis dicho|habeis prometido|habiais dicho)',
  // Assurances counted or named: "despite at least 2 assurances", «pese a sus promesas».
  "(?:despite|even after|in spite of) (?:[a-z0-9]+ ){0,3}(?:assurances?|promises?)\\b",
  // Confirmed that someone would be there or do it: "why bother confirming you can be at my home at 2".
  "(?:confirming|confirmed|promising|assuring|guaranteeing)(?: me| us)? (?:that )?(?:you|they|he|she|someone|somebody|the \\w+)(?:'d| would| will| can| could| were going to)",
  // Reported in the conditional with its date: «mi pago sería efectuado el día 5», «el equipo llegaría el lunes».
  `(?:seria|serian|estaria|estarian) [a-z]{3,}(?:ado|ido|ada|ida)s? (?:el|para el|antes del?) (?:dia|\\d|${WEEKDAY.es}|mismo dia)`, `(?:llegaria|llegarian|vendria|vendrian|saldria|saldrian) (?:el|para el|antes del?) (?:dia|\\d|${WEEKDAY.es}|mismo dia)`,
  // Told in the present, a promise still has its future: «me dicen que me llamarán», «me dice que lo mandaría».
  'me (?:dicen|dice|decian|decia) (?:que|q) (?:[a-z]+ ){0,6}?(?:que |q )?(?:me|nos|lo|la|los|las|te|se) [a-z]{2,}(?:ra|ran|ria|rian)',
  'nos (?:dijeron|prometieron|aseguraron|confirmaron)',
  // Fifty-second session (real61): the company's own answer, reporting what it would do ("you responded saying you will investigate").
  "(?:responded|replied|answered|wrote back)(?: \\w+){0,2} (?:saying|that) (?:you|they|he|she|someone)(?:'d| would|'ll| will)",
  // What they bound themselves to: «se comprometieron a una disminución».
  '(?:se|me|nos) (?:comprometieron|comprometio|habian comprometido|habia comprometido) a',
  // «food delivery due between 9-10pm», «the engineer was booked for Tuesday»: what was booked, named by its slot
  // (said in the past, or a delivery's bare «due»; «my payment is due on the 15th» promises nothing).
  '(?:(?:delivery|order|parcel|package|refund|appointment|engineer|technician|installation|install|repair|visit|collection|callback|call back|replacement) (?:was |were )?|(?:was|were) )(?:due|scheduled|booked|expected|promised) (?:between|at|on|for|by|today|yesterday|this|last|before|within)',
  // Said in a gerund with its pronoun: «confirmándole que le darían un vuelo», «asegurándome que…».
  '(?:confirmandole|confirmandome|confirmandonos|asegurandole|asegurandome|asegurandonos|prometiendole|prometiendome|prometiendonos|diciendome|diciendonos) que',
  // A date given: «me dieron fecha para el 11 de noviembre», «supuestamente el despacho venía con fecha para el 14».
  '(?:me|nos|le) (?:dieron|dio|han dado|habian dado|dan) (?:una |la )?fecha (?:de (?:entrega|llegada|despacho|envio|instalacion|visita|devolucion|reembolso)|para)',
  // «supuestamente» of a delivery or a date, not of a feature («supuestamente la app permite exportar…»).
  'supuestamente[^.!?]{0,60}?(?:llega\\w*|venia|vendria|iba a|tenia que|deberia|estaria|fecha|entrega|despacho|envio|listo|lista)',
  // What the company said it would do: "they advised us the new plane departs at 7:45", "American agreed to refund my fare".
  "(?:you|they|he|she|staff|crew|agents?|reps?|someone|the (?:agent|rep|airline|bank|company|store|shop|seller|courier)) (?:advised|informed|notified|assured) (?:us|me)[^.!?]{0,80}?(?:would|will|'d|was going to|were going to|is going to|are going to|at \\d|by \\d|tomorrow|today|tonight|within)",
  // Announced, by a person or in writing: «me avisaron que el técnico venía el martes», «an email saying I would receive a refund».
  '(?:me|nos) (?:avisaron|aviso|comunicaron|comunico|notificaron|notifico|escribieron|escribio) (?:@ ){0,3}que',
  "(?:e-?mail|mail|message|text|sms|letter|notice|notification|confirmation|website|site|app|page|tracking)(?: @){0,3} (?:saying|stating|telling me|telling us|confirming|said|stated|says|states|confirmed) (?:that )?(?:i|we|it|my @|our @|the @|you|they) (?:would|will|'d|was going to|were going to|should)",
  '(?:me|nos) (?:habian|habia|han|ha|habias) (?:dicho|prometido|asegurado|confirmado|garantizado)',
  '(?:quedaron|quedo|quedaste|quedamos) en',
  // Eighteenth session: «quedaron de mandar el formulario» (Latin America's «quedar de»); the company's own words quoted,
  // a first-person-plural future spoken to the customer: «me dicen que te llamaremos en 2 horas», "they said 'we'll call you'".
  '(?:quedaron|quedo|quedaste|quedamos|habian quedado|habia quedado) de [a-z]{3,}(?:ar|er|ir)(?:me|nos|le|les|lo|la)?\\b',
  '(?:que|q) (?:te|le|les|lo|la) (?:[a-z]{3,}(?:aremos|eremos|iremos))\\b',
  'segun (?:ustedes|usted|el seguimiento|la web|el mail|el correo)',
  "(?:you|they|someone|your (?:agent|colleague|team|rep|representative|technician|engineer|staff|guy|person|support)) (?:said|told me|promised|assured me|confirmed|guaranteed|swore|wrote|posted|announced|commented)(?! no\\b| (?:that )?(?:they|it|we) (?:couldn't|can't|wouldn't|won't))",
  // What someone said would happen: «la Catalina había dicho que iban a subir un informe», «dijeron que lo iban a arreglar».
  '(?:dijo|dijeron|dijiste|dijisteis|habia dicho|habian dicho|habias dicho|prometio|prometieron|anuncio|anunciaron) que (?:[a-z]+ ){0,4}(?:iba|iban|ibas|ibamos|ibais) a',
  "(?:i |(?:^|(?<=[.!?,])) ?)was (?:told|promised|assured|given)", "we were (?:promised|assured|guaranteed)", "(?:i'm|i am|i keep being|i keep getting|i get|we're|we are) (?:told|promised|assured)",
  '(?:nos |me )?(?:confirmaron|confirmo|confirmasteis|reservamos|reserve)(?: @){0,6} y (?:al llegar|cuando llegamos|cuando llegue|a la hora)',
  // A service window the customer was given, named as known: «las 72 horas», «the 5-7 business days».
  `(?:las|los|esas|esos|sus) (?:\\d+|${CARDINAL_FROM_TWO.es})(?: a \\d+)? (?:horas|dias|dias habiles|semanas)`,
  `(?:the|those|your) (?:\\d+(?:-\\d+)?|${CARDINAL_FROM_TWO.en})(?: to \\d+)? (?:hours|days|working days|business days|weeks)`,
  // What they were going to do for me, whatever the verb: «se supone me iban a mandar una tarjeta nueva», «nos iban a devolver…».
  // («¿cómo me iban a cobrar algo…?» asks; it does not report a promise.)
  '(?<!como )(?:me|nos|les?) iban a [a-z]+(?:ar|er|ir)(?:me|nos|le|les|lo|la|los|las)?\\b',
  `se supon(?:e|ia) (?:que |q )?(?:hoy |ayer |el (?:${WEEKDAY.es}) )?(?:me |nos |le |les )?(?:iban? a|[a-z]+(?:aba|ia|ria)n?\\b)`,
  // Told in the present or impersonally, of something still ahead: «me informan que el pago se realizará el 15»,
  // «se me dijo que sería atendido el mismo día» (not «me indican que envíe de nuevo la boleta»).
  '(?:(?:me|nos|les?) (?:(?:inform|indic|coment|avis|comunic|notific|explic|asegur|confirm)(?:an|aba|aban)|dic(?:e|en))|se (?:me|nos|le) (?:dijo|informo|indico|aseguro|prometio|comunico|confirmo)) (?:que|q) [^.!?]{0,80}?' + REPORTED_AHEAD,
  // A due date named: "it was due 14th October", "reserved for the 3rd".
  `(?:was|were) (?:due|reserved for|booked for|scheduled for) (?:on |by |the )?(?:\\d|${WEEKDAY.en}|january|february|march|april|may|june|july|august|september|october|november|december)`,
  // «the refund you promised», «lo que prometieron»
  "(?:you|they|he|she) (?:also |already |even |personally )?(?:promised|guaranteed|assured)", '(?:que|lo que) (?:me |nos )?(?:prometieron|prometio|aseguraron|garantizaron)',
]);

/** Not done yet, in the passive: "it has not been removed in 3 years". Read by FAILURE and by NEVER_SHOWED. */
const NOT_YET_DONE = "(?:has|have|had)(?: not|n't) (?:yet |even )?been [a-z]{3,}ed";

/** …and it did not happen. */
const FAILURE = compileTest([
  // Seventeenth session: the failure said flat, or as the thing still wrong after the word given: «No vino, no llamó»,
  // "the duplicate is still there", "we were charged again", "Llegó cuatro días después", "That deadline passed",
  // «el dinero no aparece», "$38 higher", "never shipped".
  '(?:^|[.!?,;] )no (?:vino|vinieron|llamo|llamaron|aparecio|aparecieron|paso|pasaron|llego|llegaron)(?=\\s*[,.!;]|$| ni )',
  "(?:is|are|was|were) still (?:there|on (?:my|the) (?:bill|statement|account|card))", "(?:we|i) (?:were|was|got|have been|'ve been) charged again",
  '(?:arrived|came|delivered|llego|llegaron|vino|entregaron) (?:@ ){0,2}(?:\\d+|one|two|three|four|five|a few|several|un|una|dos|tres|cuatro|cinco|varios) (?:days?|weeks?|dias|semanas) (?:later|late|after|despues|tarde)',
  "(?:that |the |this )?deadline (?:has |had )?(?:passed|come and gone|gone by|expired)", '(?:el|ese|dicho) plazo (?:ya )?(?:vencio|paso|se cumplio|expiro|termino)',
  '(?:el dinero|la plata|el reembolso|el abono|la devolucion|el importe) no (?:aparece|aparecio|llega|llego|esta|se ve|se refleja|se reflejo)', "(?:\\$|£|€)?\\d+(?:[.,]\\d+)? (?:higher|more|extra)(?=\\s*[.!,]|$)", 'never (?:shipped|delivered|released|came out|materiali[sz]ed)',
  "(?:bank|account|card) (?:says|shows) nothing", '(?:en|a) mi (?:cuenta|tarjeta) no (?:hay|aparece|llego|entro) nada', '(?:se sigue|sigue) (?:cortando|fallando|cayendo|apagando|igual)',
  'y nada', '(?:y|pero) (?:al final|despues|luego|a la hora de la verdad|de eso) nada', '(?:y|pero) (?:este|esta|esto|eso|ese|el|la|los|las) (?:@ )?no (?:llego|llegaron|vino|vinieron|aparecio|se hizo|se cumplio)', 'y (?:nunca|jamas)', 'nunca (?:aparecio|vino|llego|llegaron|llamaron|llamo|paso|me llamaron|me escribieron|respondieron|se hizo|lo hicieron)',
  'nadie (?:me )?(?:llamo|vino|aparecio|contesto|escribio|respondio)', 'nadie (?:me |nos )?(?:ha|han|habia) (?:venido|llamado|aparecido|pasado|contestado|escrito|respondido|revisado)', 'ni (?:me )?(?:llamaron|vinieron|aparecieron|escribieron)',
  '(?:sigo|seguimos) (?:igual|sin|esperando)', 'sigue (?:igual|sin|sin llegar)', 'todavia no', 'aun no', 'ya van', 'y no (?:llego|vino|aparecio|paso|me|lo|se hizo|funciono|funciona|hay|hicieron)',
  'no (?:lo |la |me |nos )?(?:ha|han|habeis) (?:llegado|venido|aparecido|llamado|pasado|hecho)', 'pero no', 'ni rastro', 'de eso nada',
  // The failure found after the word: "…you will investigate and update me, only to see my ticket closed" (fifty-second session).
  'only to (?:see|find|discover|learn|be told)',
  "and nothing", "nothing happened", "never (?:came|showed|turned up|arrived|called|happened|heard|got)", "(?:nobody|no one|no-one) (?:called|came|showed|turned up|rang|got back)",
  "still (?:have|got|don't have|haven't got|haven't received|have not received) (?:nothing|no|not)", "(?:and )?(?:i )?(?:still )?(?:have|got|received) nothing",
  "still (?:hasn't|haven't|has not|have not|isn't|not|no|waiting|nothing|broken|the same|down|offline|dead)", "hasn't (?:arrived|come|happened|been)", "didn't (?:even )?(?:arrive|happen|come|call|show)",
  // Only part of what was promised: «de las cuales solo he recibido 2», «only got half».
  '(?:solo|solamente|unicamente) (?:he recibido|hemos recibido|recibi|me (?:han )?llegado|me llegaron|llegaron|llego)', "(?:only|just) (?:received|got|had) (?:\\d+|one|two|three|part|half|some)",
  "but (?:it|they|you|nothing|no one|nobody) (?:didn't|never|hasn't|haven't|still)", "(?:but|yet) no (?:@ ){1,2}(?:was|were|has been|have been|came|arrived|happened|showed up)(?: @)? (?:released|published|issued|made|sent|done|applied|shipped)?", "yet (?:it's|it is|nothing)", "no sign of",
  // «…but I haven't received anything», «…and it is also not done».
  "(?:but|and|yet) (?:i|we) (?:still )?(?:haven't|didn't|never) (?:received|got|gotten|heard|seen)",
  "(?:it|this|that)(?:'s| is| was| has been)? (?:also |still )?not (?:done|fixed|sorted|resolved|changed|there|working|happened)",
  'todavia nada', 'aun nada', "(?:still )?nothing (?:yet|so far|since)", '(?:hasta (?:la fecha|el dia de hoy|hoy|ahora)|a la fecha|a dia de hoy|al dia de hoy) (?:no|nada|sin)',
  // Still waiting, nothing happening, the word not kept: «estoy esperando que me devuelvan», «situación que todavía espero»,
  // «no pasa nada», «llegado el día nada», «algo que no cumplieron», «fue engaño», «continúo recibiendo cobros».
  '(?:estoy|estamos|continuo|continuamos) esperando (?:a )?(?:que (?:me|nos|les?|lo|la) |(?:su|la|el|una|un|mi) (?:respuesta|llamada|reembolso|devolucion|solucion|visita|tecnico|envio|pedido|tarjeta|pago|dinero))', 'todavia (?:espero|esperamos|estoy esperando|estamos esperando)', 'no pasa nada', 'llegado el dia,? nada',
  '(?:no|nunca) (?:me |nos |lo |la |les )?(?:han |habian |habeis )?(?:cumplieron|cumplido|cumplisteis)', 'fue (?:un |una )?(?:engano|mentira)', '(?:continuo|continuamos|sigo|seguimos) (?:recibiendo|pagando) (?:los |las )?(?:cobros|cargos|facturas|cuotas|recibos)',
  // "it has not been removed in 3 years", "three months later, I still had no credit".
  NOT_YET_DONE, "(?:i|we) (?:still )?(?:had|have|got) no (?:credit|refund|money|reply|response|update|answer|news)",
  // What was said turned into its opposite: «…era gratis y ahora me cobran», «sigue apareciendo», «me vuelve a salir».
  'y ahora (?:me |nos )?(?:cobran|cobraron|quieren cobrar|piden|dicen que no)', '(?:sigue|siguen) (?:apareciendo|cobrando|saliendo|pasando|fallando|igual|en preparacion|pendiente)', '(?:me |nos )?(?:vuelve|volvio) a (?:salir|fallar|pasar|aparecer|cobrar)',
  'no (?:habia|estaba|tenian) (?:@ ){0,2}(?:mesa|reserva|habitacion|nadie|nada)',
  "not (?:one|a single (?:one|person|call|engineer|plumber|technician)|once) (?:has |have )?(?:come|came|arrived|shown up|showed up|turned up|called|rung)", 'ya (?:paso|pasaron|van|llevo|lleva) (?:una|un|dos|tres|cuatro|cinco|varios|varias|\\d+) (?:semanas?|dias|meses|mes)', 'hasta hoy nada', 'y ni (?:noticias|rastro|senales)', 'y (?:igual|aun asi|de todas formas|de todos modos) me', 'me dejaron (?:plantad[oa]|esperando|colgad[oa])',
  // A question after the promised thing, or the promise called a lie.
  "where (?:is|are|'s) (?:my|our|the|it|they|this)", '(?:donde|cuando) (?:esta|estan|llega|llegan|queda|quedan) (?:mi|mis|el|la|los|las|lo)',
  // What was booked, moved or not done: "the driver did not leave the package and rescheduled the delivery".
  "(?:(?:they|you|he|she|someone)(?: \\w+)?|(?:driver|engineer|technician|courier|airline|store|shop|seller|company)[^.!?]{0,60}?) (?:rescheduled|re-scheduled|postponed|cancell?ed|moved) (?:the|my|our) (?:delivery|appointment|visit|installation|install|repair|collection|flight|callback)",
  "(?:didn't|never|hasn't|haven't) (?:even )?(?:appear(?:ed)?|show(?:n|ed)? up|come through|post(?:ed)?|drop(?:ped)? off|deliver(?:ed)?)",
  // A date or a word not kept, said after it: «…la cual no respetaron», «no han cumplido con el servicio», «se lo siguen postergando».
  'no (?:la |lo |las |los |le |les )?(?:respetaron|cumplieron|han respetado|han cumplido|ha cumplido)(?! con (?:el|los|la|las) (?:formato|requisito|norma|condicion))', '(?:se |me |nos |le )?(?:lo |la |los |las )?(?:siguen|sigue) (?:postergando|posponiendo|aplazando|atrasando|cambiando|reprogramando)',
  // Refused after it was promised: "they assured me I would be covered… now they refuse to reimburse", «ahora se niegan a pagar».
  "(?:refuses?|refused|refusing|denied|denies|won't|wouldn't) (?:to )?(?:reimburse|refund|pay|cover|honou?r|credit|replace|repair|fix|give)", '(?:se niegan|se nego|se negaron|se niega) a (?:pagar|reembolsar|devolver|cubrir|cambiar|reparar|respetar|dar|hacer)',
  'mentira', 'me (?:mintieron|mintio|enganaron)', 'nos (?:mintieron|enganaron)', "(?:lied|lying) to (?:me|us)", "(?:was|were|is) a lie", '(?:se|han) extendido', 'se cumple(?:n)? (?:un|una|dos|tres|\\d+)',
  "(?:it's|it has|it's now|it has now) been (?:over |more than |almost )?(?:\\d+|a|two|three|four|five|six|several) (?:days|weeks|months)",
  // "was told registration would be instant but not the case", «pero no fue así».
  "(?:will|would|'d|'ll|was going to|states|stated|said|says|promised|advertised)\\b[^.!?]{0,80}\\bbut (?:it's |it is |that's |that is |it was |was |this was )?not the case", '[a-z]+rian?\\b[^.!?]{0,80}(?:pero|y) no (?:fue|ha sido) (?:asi|el caso)',
  `that was (?:on )?(?:${WEEKDAY.en}|yesterday|last week|a week ago|days ago|\\d+ days ago)`, "and (?:still )?(?:nothing|no (?:call|email|refund|reply|one))(?=\\s*[.,!]|$)",
]);

/**
 * The promised time named as past: «tenía que llegar ayer», «was supposed to arrive last
 * week». A promise dated behind today is already broken, whatever else is said.
 */
const PAST_DUE = compileTest([
  'ayer', 'anteayer', 'antier', 'anoche', '(?:la semana|el mes|el finde|el fin de semana) pasad[oa]', 'hace (?:\\d+|un|una|unos|unas|dos|tres|cuatro|cinco|varios|varias) (?:dias|semanas|meses|mes)',
  `(?:el )?(?:${WEEKDAY.es}) pasado`,
  'yesterday', `last (?:week|month|weekend|${WEEKDAY.en}|night)`, '(?:\\d+|a|two|three|four|five|six|several) (?:days|weeks|months) ago',
  // Due on a day already gone or by a time already reached: "should have been dispatched on the same day", «ya debería haber llegado».
  'by now', '(?:on )?the same day', 'el mismo dia', 'para (?:ahora|esta fecha|estas fechas)', 'hace rato', 'ya (?:deberia|deberian|tendria|tendrian)',
]);

/** Paid for a speed or a service, and got less: «pagué el envío urgente y tardaron 10 días». */
const PAID_FOR_LESS = compileTest([
  // A speed or priority bought and not given: «pagué envío en el día y sigue en preparación», «next-day delivery on 19 November. It's now 1 December».
  '(?:pague|compre|contrate|pagamos|compramos)(?: @){0,4} (?:envio|entrega|equipaje|servicio|embarque|asiento)? ?(?:express|expres|prioritari[oa]|en el dia|en 24 horas|en 48 horas|de 24 horas|de 48 horas|urgente|premium|garantizad[oa])(?: @){0,8} (?:y|pero) (?:@ ){0,3}(?:sigue|llego (?:a los|despues|tarde)|salio de (?:las|los) ultim|tardo|tardaron|nunca|no)',
  "(?:paid|pay|paying|bought|booked) (?:[^ ]+ ){0,4}(?:for )?(?:@ )?(?:next-day|next day|same-day|same day|express|priority|premium|guaranteed|24-hour|48-hour)[^!?]{0,80}?(?:it's now|it is now|still|took|and (?:it|they) (?:arrived|came) (?:late|after)|three weeks|two weeks|a week later)",
]);

/** Strong failures that imply a broken step on their own. */
const STANDALONE = phraseDetector([
  // Forty-fourth session: what was understood, its date past in the same clause, not asked about: «tenía entendido que el
  // viernes pasado estaría disponible» (not «tenía entendido q ayer salía la promo, sigue vigente?»).
  `(?:tenia|teniamos) entendido (?:que|q) (?=[^.!?;]{0,100}?\\b(?:[a-z]+rian?|iban? a|venian?|llegaban?|salian?|(?:me|nos|le|les|te) [a-z]+(?:aba|ia)n?)\\b)[^.!?;]{0,80}?(?:ayer|anteayer|anoche|(?:la semana|el mes) pasad[oa]|el (?:${WEEKDAY.es}) pasado|hace (?:\\d+|un|una|unos|unas|dos|tres|varios|varias) (?:dias|semanas|meses))[^.!?;]{0,60}(?:[.!]|$)`,
  // Seventeenth session: the same word given for weeks is a promise outrun: "you guys have been saying that for weeks",
  // «llevan tres semanas diciéndome lo mismo».
  "(?:you|they|you guys|y'all|your (?:team|support|agents?|staff|company))(?:'ve| have)? been (?:saying|telling (?:me|us)|promising|claiming)(?: (?:me|us))?(?: (?:that|this|the same(?: thing)?|it))? (?:for|since) (?:over |almost |nearly )?(?:weeks|days|months|ages|(?:a|one|two|three|four|several|a few|a couple of|\\d+) (?:weeks?|days|months?))",
  '(?:llevan|llevas|lleva) (?:mas de |casi )?(?:\\w+ )?(?:dias|semanas|meses) (?:diciendo(?:me|nos)?|prometiendo(?:me|nos)?) (?:lo mismo|que)',
  // Paid or ordered, and never received: the service itself failed.
  "(?:i|we|and|but) (?:never|still haven't|didn't) (?:even )?(?:got|get|gotten|received|receive) (?:my|our|the|any of (?:my|the)) (?:order|item|items|package|parcel|refund|money|points|code|card|delivery|stuff|shit|product|tickets?|credit|replacement)",
  '(?:nunca|todavia no|aun no|no) (?:me |nos )?(?:llego|llegaron|ha llegado|han llegado|recibi|recibimos|he recibido|hemos recibido|acreditaron|acredito|han acreditado|reflejaron|reflejo|cargaron|activaron|entregaron) (?:@ ){0,2}(?:mi|mis|el|la|los|las|nuestro|nuestra|ningun|ninguna) (?:pedido|paquete|reembolso|dinero|tarjeta|codigo|puntos|compra|producto|saldo|recarga|credito|devolucion|boletos|entradas|envio)',
  '(?:pague|pagamos|compre|compramos|recargue|deposite|transferi)(?: @){1,8} (?:y|pero) (?:no|nunca|todavia no|aun no) (?:se )?(?:me |nos )?(?:acreditaron|acredito|llego|llegaron|aparece|aparecio|reflejo|reflejaron|activaron|activo|entregaron|cargaron|cargo)',
  // Forty-seventh session: whoever was booked to come never came: "the installer never showed", «el chofer nunca apareció».
  "(?:driver|installer|technician|engineer|courier|plumber|fitter|chofer|tecnico|repartidor|instalador) (?:never (?:showed|turned up|came|arrived)|(?:didn't|did not) (?:show|turn) up|(?:nunca|no) (?:aparecio|se presento)|nunca (?:llego|vino)(?! tarde))",
  // Sent to the wrong place: «they sent it to the wrong country», «lo entregaron en otra dirección».
  "(?:sent|delivered|shipped|took) (?:@ ){0,3}to (?:the )?wrong (?:address|country|house|person|city|store|branch)",
  // A date that keeps slipping: «the delivery date keeps getting pushed back», «originally expected Dec 15, now Feb 21», «me cambiaron otra vez la fecha».
  "(?:keeps?|kept) (?:getting |being )?(?:pushed|moved|delayed|postponed|rescheduled|slipping|changing)(?: back)?",
  "originally (?:expected|scheduled|promised|due|supposed|quoted|estimated)[^.!?]{0,60}? (?:now|currently|but|and now)",
  "(?:first|initially|initial|original) (?:expected|scheduled|promised|due|supposed|quoted|estimated)[^.!?]{0,60}? (?:now|currently)",
  // Whatever was booked, pushed back again: «the install has been pushed back again», «the ship date slides back every week».
  "(?:has|have|was|were|got|gets|keeps getting|kept getting|been) (?:been )?(?:pushed|put) back (?:again|another|once more|twice|by another|to (?:january|february|march|april|may|june|july|august|september|october|november|december|next))",
  "(?:dates?|delivery|shipping|eta|release|launch|install\\w*|appointment|order|deadline)s? (?:has |have |keeps? )?(?:slid|slides|sliding|slipped|slips|slipping) (?:back )?(?:again|another (?:week|month|day)|every (?:single )?(?:week|month))",
  '(?:nos |me )?(?:van|siguen) (?:pateando|corriendo|atrasando|posponiendo|aplazando|postergando|cambiando) la fecha',
  '(?:se saltaron|no cumplieron|incumplieron|no respetaron|no respetan|no cumplen) (?:con )?(?:el|los|la|las) (?:plazos?|fechas?)',
  'no (?:llego|llegaron|vino|vinieron|entregaron) (?:@ ){0,2}en (?:la fecha|el plazo|el dia) (?:que|prometid[oa]|indicad[oa]|acordad[oa]|pactad[oa]|comprometid[oa])',
  '(?:fechas?|plazos?) (?:por dar|que dan|que dieron|que ponen|que ponian) y (?:ninguna|ninguno|nunca|no) (?:la |lo |las |los )?(?:cumplen|cumplieron|respetan)',
  '(?:me |nos )?(?:cambiaron|movieron|retrasaron|aplazaron|postergaron|reprogramaron) (?:(?:otra vez|de nuevo|nuevamente) la fecha|la fecha de (?:entrega|envio|instalacion|visita|llegada|reparto))',
  // «Ahora resulta que…»: what was agreed turned into something else.
  'ahora resulta que', 'resulta que ahora',
  '(?:el|la) (?:tecnico|tecnica|repartidor|repartidora|instalador|instaladora|mensajero|cadete|courier|visita) (?:nunca|no) (?:se presento|aparecio|vino|llego|paso|se conecto)',
  '(?:nunca|jamas) (?:aparecio|vino) (?:el|la|nadie)',
  'nadie (?:me )?(?:llamo|vino|aparecio)',
  'me (?:dejaron|han dejado) plantad[oa]',
  // Fifty-third session (real55/61/62 read halves): what was promised named as still owed ("all we want is the full refund
  // that was promised"); a booked time changed and the change never told («el horario original era el martes…, lo
  // cancelaron», «nunca se me notificó ese transbordo»); nobody called, said with the subject last («no me ha llamado
  // nadie»).
  "(?:still|never|yet to|waiting (?:for|on)|all (?:we|i) (?:want|ask for|need) is|where is)[^.!?]{0,40}?(?:refund|replacement|credit|compensation|callback|call back|repair|voucher|upgrade)s? (?:that|which) (?:was|were|we were|i was|you|they) (?:promised|guaranteed)(?![^.!?]{0,40}\\b(?:arrived|came|received|thanks?|thank you)\\b)",
  '(?:horario|vuelo|fecha|hora|itinerario|salida|turno) original(?:mente)?(?: era| estaba| salia)?[^.!?]{0,60}? (?:lo |la |los |las )?(?:cancelaron|cambiaron|movieron|retrasaron|pasaron|adelantaron|reprogramaron)(?![^.!?]{0,40}\\b(?:como (?:pedi|pedimos|solicite|solicitamos)|a (?:pedido|peticion) (?:mio|mia|nuestr[oa])))',
  'nunca se (?:me|nos|le) (?:notifico|aviso|informo|comunico) (?:ese|el|del|de la|sobre el|la|este|esta) (?:cambio|transbordo|escala|cancelacion|retraso|reprogramacion)',
  "(?:never|weren't|wasn't|were not|was not) (?:told|notified|informed|warned) (?:about|of) (?:the|this|that|any) (?:change|cancellation|delay|layover|stopover|connection|reschedul\\w*)",
  'no (?:me |nos )?(?:ha|han|habia|habian) (?:llamado|contactado|venido|aparecido) nadie', 'no (?:me |nos )?(?:llamo|vino|aparecio) nadie',
  // Fifty-third session (real61): the time the company set for its own step named as gone by: "the payout time has passed",
  // «ya pasó la fecha de entrega». (Not a window of the customer's own: a refund or return window, a bill's due date.)
  "(?:payout|delivery|dispatch|shipping|arrival|completion|installation|estimated|promised|expected|scheduled|quoted) (?:date|time|day)s? (?:has |had |have )?(?:long |already )?(?:passed|come and gone|gone by|been and gone)",
  '(?:(?:ya )?(?:paso|se paso|vencio|expiro) la fecha|la fecha (?:ya )?(?:paso|se paso|vencio|expiro)) (?:de (?:entrega|envio|llegada|instalacion|acreditacion)(?! de (?:los|las|mis|la|el|tu|su) )|prometida|estimada|indicada|acordada|pactada|comprometida|que (?:me |nos )?(?:dieron|dijeron|prometieron|indicaron))',
  '(?:fecha|plazo) (?:de (?:entrega|envio|llegada|instalacion|acreditacion)|prometid[oa]|estimad[oa]|indicad[oa]|acordad[oa]|pactad[oa]|comprometid[oa]) (?:ya )?(?:paso|se paso|vencio|expiro)',
  // Fifty-second session (real61): a visit set and nobody comes, or what was set called off unannounced: «cada vez que
  // ponen una cita… y luego no viene nadie», «nos pusieron siete citas… y las cancelaron ellos sin previo aviso».
  '(?:citas?|visitas?|turnos?)\\b[^.!?]{0,80}?(?<!\\bsi )no (?:viene|vienen|vino|vinieron|aparece|aparecio) nadie', '(?:la|las|lo|los) (?:cancelaron|anularon|suspendieron)(?: ellos)? sin (?:avisar|aviso|previo aviso)',
  '(?:me |nos )?(?:cancelaron|anularon|suspendieron|reprogramaron) (?:la |el |mi )?(?:cita|visita|turno|pedido|reserva|instalacion|vuelo)(?: @){0,3} sin (?:avisar|aviso|previo aviso)',
  "(?:the )?(?:technician|engineer|courier|driver|installer|delivery man|delivery guy|plumber|collection) (?:never|didn't) (?:show(?:ed)?|come|came|turn(?:ed)? up|arrive[d]?|appear(?:ed)?|collect(?:ed)?|pick(?:ed)? up)",
  // The slot moved under the customer: "supposed to depart at 5:00, now says 6:30", "can't keep to it".
  "(?:you|they|he|she|the (?:company|airline|courier|shop|store|seller)|your (?:company|airline|courier|team|staff))(?: \\w+)? (?:can't|couldn't|didn't|don't|failed to|never) keep to (?:it|the|your|their|its|his|her)\\b",
  "(?:nobody|no one) (?:called|came|showed up|turned up)",
  'never (?:showed up|turned up)',
  // The promise named as false, or a deal refused: «false promises», «promesas falsas», «refusing to honor the rate».
  "(?:false|empty|fake|hollow|broken) promises?", '(?:promesas?|palabra) (?:falsas?|vacias?|incumplidas?|rotas?)', '(?:falsas|puras|meras) promesas',
  "(?:refus\\w*|won't|wouldn't|didn't|not|failed) (?:to )?honou?r(?:ing)? (?:the|my|our|their|its|your|a|an) (?:@ ){0,2}(?:rate|price|deal|offer|promo|promotion|discount|quote|agreement|contract|warranty|guarantee|voucher|refund|booking|reservation)",
  // The word given was not kept: «no se cumple con la palabra empeñada», «broke their promise».
  "(?:broke|broken|breaking|break|went back on) (?:their|your|its|his|her|the|a|our|every|all|many|several|multiple) (?:(?:own|many|several|multiple) )?(?:promises?|word|commitments?|agreements?|guarantee)",
  '(?:incumplieron|incumplio|incumplen|incumple|rompieron|rompio|faltaron a|falto a) (?:su |la |lo |el |sus |las )?(?:promesas?|palabra|prometido|acordado|pactado|acuerdo|compromisos?|garantia)',
  'no (?:se )?(?:cumple|cumplen|cumplio|cumplieron|ha cumplido|han cumplido) (?:con )?(?:la palabra|lo prometido|lo acordado|lo pactado|el compromiso|su palabra|su promesa|la promesa|lo que)',
  // A deadline or slot not kept, and a delay counted: «no cumplió los plazos de envío», «no vino en el horario pactado»,
  // «llega 2 días tarde», «three weeks late», «failed to meet the delivery date».
  'no (?:se )?(?:cumple|cumplen|cumplio|cumplieron|ha cumplido|han cumplido|respeto|respetaron|ha respetado|han respetado) (?:con )?(?:el|los|la|las|sus?|ningun|ninguno de los) (?:plazos?|fechas?|horarios?|tiempos?|dias (?:habiles|establecidos|pactados|prometidos|acordados))',
  // …said the other way round: «una fecha de entrega que no cumplieron», «dan 10 fechas y en ninguna cumplen».
  '(?:fechas?|plazos?)(?: de (?:entrega|envio|llegada|instalacion|devolucion|reembolso))? (?:que|la cual|el cual|las cuales|los cuales) (?:nunca|no|jamas) (?:cumplieron|cumplen|cumplio|cumple|respetaron|respetan)',
  '(?:no|nunca) (?:vino|llego|vinieron|llegaron|aparecio|aparecieron|se presento|se presentaron|paso|pasaron|entrego|entregaron)(?: @){0,4} (?:en|a|dentro de|durante) (?:el|la) (?:horario|hora|fecha|dia|franja|plazo) (?:pactad|acordad|prometid|comprometid|convenid|indicad|previst|programad)[oa]',
  '(?:llega|llego|llegaron|llegan|entregaron|entrego|vino|vinieron)(?: @){0,2} (?:con )?(?:\\d+|un|una|dos|tres|cuatro|cinco|varios|varias) (?:dias|semanas|meses|mes) (?:tarde|de retraso|de demora|despues de lo prometido)',
  // Later than the time the company gave, however counted: «tardó 5 días más que el tiempo máximo estimado», "took two
  // weeks longer than quoted", «tardaron más de lo prometido». (The customer's own guess is no promise: "longer than I thought".)
  `(?:tardo|tardaron|tarda|tardan|demoro|demoraron|ha tardado|han tardado|llego|llegaron)(?: @){0,2} (?:(?:\\d+|${CARDINAL}|unos|unas|varios|varias) (?:horas|dias|semanas|meses) )?mas (?:de lo|que (?:el|lo|la)|del?) (?:@ ){0,2}(?:estimad[oa]|previst[oa]|prometid[oa]|indicad[oa]|anunciad[oa]|acordad[oa]|pactad[oa]|maxim[oa]|max|informad[oa]|que (?:dijeron|decian|prometieron|indicaban|ponia))`,
  `(?:took|takes|taking|arrived|came|was delivered|were delivered)(?: @){0,2} (?:(?:\\d+|${CARDINAL}|a|an|several|a few|a couple of) (?:more |extra )?(?:hours?|days?|weeks?|months?) |(?:way|much|far|a lot|even) )?(?:longer|later) than (?:the )?(?:@ ){0,2}(?:estimated|promised|quoted|stated|advertised|agreed|maximum|max|eta|estimate|delivery date|they said|we were told|i was told|what (?:they|you) said)`,
  // Not done as promised: "he failed to give me a note as promised", «no me llamaron como quedaron».
  "(?:failed to|didn't|never|hasn't|haven't|has not|have not|couldn't|wasn't|weren't)(?: @){1,6} as (?:promised|agreed|arranged|scheduled|advertised|they said|i was told|we were told)",
  "(?:arrived|came|delivered|shipped|showed up|turned up|got here)(?: @){0,2} (?:\\d+|a|one|two|three|four|five|six|several) (?:days?|weeks?|months?) (?:late|after (?:the|it was) (?:promised|due|quoted))",
  // Thirtieth session: the promised or included thing not given, the adjective after a longer noun: «no nos dieron la
  // vuelta en catamarán prometida», «no me dieron el desayuno que venía incluido en la tarifa», "they didn't give us
  // the breakfast included in our rate".
  '(?:no|nunca) (?:me |nos |le |les )?(?:dieron|dio|entregaron|entrego|sirvieron|hicieron|respetaron|respeto|han dado|ha dado)(?: @){1,6} (?:(?:que|q) (?:venia|venian|estaba|estaban|iba|iban) )?(?:prometid[oa]s?|incluid[oa]s?)',
  "(?:didn't|never|haven't|hasn't) (?:give|gave|given|get|got|gotten|receive|received|honou?r|honou?red) (?:us |me )?(?:the|our|my|any|a|an) (?:@ ){1,4}(?:that was |that were |which was |we were |i was )?(?:promised|included)",
  // Money owed not paid yet, and a date moved: «todavía no me habéis ingresado los 50 €», «changed overnight from Feb 21 to March 20».
  'todavia no (?:me |nos |le |les )?(?:habeis|han|ha) (?:ingresado|abonado|acreditado|pagado|devuelto|reembolsado|depositado)',
  "(?:date|eta|delivery|order|shipping|ship date|estimate)[^.!?]{0,40}?(?:changed|moved|pushed|slipped|went)(?: (?:back|out|overnight|suddenly|again|last night|yesterday|today|@)){0,3} from (?:the )?(?:\\d{1,2}(?:st|nd|rd|th|/|-|\\.)|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|today|tomorrow|next|this|@)[^.!?]{0,25}? to(?![^.!?]*\\b(?:i asked|i requested|i changed|my request)\\b)",
  // …said in Spanish: «la entrega pasó del lunes al viernes», «pospusieron mi entrega otra vez».
  `(?:entrega|envio|fecha|cita|visita|instalacion) (?:paso|se paso|se movio|cambio) del (?:${WEEKDAY.es}|\\d{1,2}\\b)[^.!?]{0,20}? al (?![^.!?]*\\b(?:yo lo pedi|lo pedi|lo solicite|cambie|a pedido mio)\\b)`, '(?:pospusieron|postergaron|aplazaron|retrasaron) (?:mi|la|el) (?:entrega|envio|cita|visita|instalacion|pedido)(?: \\w+){0,3} (?:otra vez|de nuevo|nuevamente)',
  // A replacement or a fix given that still fails: «support gave me a corrected code and the license still doesn't work».
  "(?:corrected|replacement|new|fixed|second|another) (?:code|key|license|licence|unit|device|part|router|modem|card|phone|item)[^.!?]{0,60}?\\bstill (?:doesn't|isn't|won't|not|didn't) (?:work|working|activate|valid|fix)",
  '(?:el|la|los|las) (?:(?:nuev[oa]s?|reemplazo|repuesto|otr[oa]) |[a-z]+ (?:nuev[oa]s?|de reemplazo|de repuesto) )[^.!?]{0,50}?(?:sigue sin funcionar|siguen sin funcionar|tampoco funciona|tampoco funcionan|sigue fallando|sigue igual)', '(?:cancelad[oa]s?|cancelaron|cancelo|anularon|anulo) (?:@ ){0,5}a (?:ultima hora|ultimo momento)',
  'no (?:me |nos )?(?:dieron|dio|han dado|ha dado|pagaron|pago|acreditaron|acredito|aplicaron|aplico|llego|llegaron) (?:la|el|mi|mis|los|las|ningun|ninguna) (?:bonificacion|bono|bonos|descuento|promocion|promo|regalo|cashback|premio|puntos|megas|saldo de regalo)',
]);

// A service window outrun (the time given against the time waited) is read in grammar/time-waited.ts.
// A count in digits or words («24», «veinticuatro», "forty-eight"); "a week" counts one.
const COUNT = String.raw`(?:\d{1,3}|${CARDINAL.es}|${CARDINAL.en}|an?)`;
const SPAN = String.raw`(?<n>${COUNT})(?:\s*(?:a|-|to|o|or|y|and)\s*(?<m>${COUNT}))?\s+(?<pre>(?:business|working)\s+)?(?<unit>horas?|dias?|semanas?|mes(?:es)?|hours?|days?|weeks?|months?)\b(?<biz>\s+(?:habiles|laborables|utiles))?`;
/** A stated window is the company's when it counts business days or is reported as said or promised. */
const SAID_WINDOW = /\b(?:dijeron|dicen|decian|hablan de|hablaban de|prometieron|prometen|indicaron|informaron|aseguraron|establecid[oa]s|prometid[oa]s|said|told|promised|quoted|says|stated|supposed|estimated|advertised|guaranteed)\b/;
/**
 * A window named as already gone by: "it's been past the 10 business days", «ya pasaron las 72
 * horas hábiles que dijeron». Only a window that counts business days or was said by the
 * company: «ya pasaron los 30 días para devolverlo» is the customer's own window.
 */
/** A span of time gone by, in Spanish: «pasaron», «se cumplieron», «vencieron»… */
const WENT_BY_ES = '(?:pasaron|se pasaron|se cumplieron|se vencieron|vencieron|transcurrieron)';
const WINDOW_GONE_BY = new RegExp(
  String.raw`\b(?:(?:is|are|been|now|already|well) (?:past|beyond|over)|exceeded|passed|surpassed|(?:ya )?(?:${WENT_BY_ES}|se superaron|superaron)(?: ya)?) (?:the|your|their|los|las|el|la|sus) ${SPAN}`,
);
/** «We haven't passed the 10 business days yet», «aún no pasaron los 15 días»: the window still runs. */
const NOT_YET_GONE = /(?:\b(?:not|never|no|aun no|todavia no)|n't)(?: \w+){0,2} $/;
/** The same said the other way round: «las veinticuatro horas que dijeron ya pasaron», "the 10 business days they quoted have passed". */
const WINDOW_THEN_GONE = new RegExp(
  String.raw`\b(?:the|your|their|los|las|el|la|sus) ${SPAN} (?:que|that|they|you)\b[^.!?]{0,40}?\b(?:(?:ya )?${WENT_BY_ES}|(?:have|had|has) (?:long )?(?:passed|gone by|expired|come and gone)|(?:are|were) (?:long )?(?:up|over|gone)|came and went)\b`,
);
/**
 * The time waited set against the window given: "12 days now, not 2-3 like you said", «ya van 15 días y no 5 como
 * dijeron». Counts in digits; the wait must be the longer ("It took 2 days, not 5 like you said" is praise).
 */
const NOT_AS_SAID = /(\d+) ?(?:days?|weeks?|hours?|dias|semanas|horas)(?: now| ya)?[ ,]+(?:and |y )?(?:not|no|instead of|en vez de) (?:the |los )?(\d+)(?: ?(?:-|to|a) ?(\d+))?[^.!?\d]{0,16}? (?:like|as|como) (?:(?:you guys|you|they|u|i was|we were|me|nos|se) )?(?:said|say|promised|told|quoted|dijeron|dicen|prometieron|indicaron)\b/;
function waitedPastSaid(folded: string): boolean {
  const m = NOT_AS_SAID.exec(folded);
  return !!m && Number(m[1]) > Number(m[3] ?? m[2]);
}

function windowGoneBy(folded: string): boolean {
  if (waitedPastSaid(folded)) return true;
  const after = WINDOW_THEN_GONE.exec(folded);
  if (after && !NOT_YET_GONE.test(folded.slice(Math.max(0, after.index - 30), after.index)) && !/\b(?:no|not|nunca|never)\b|n't\b/.test(after[0]) && (after.groups!.pre || after.groups!.biz || SAID_WINDOW.test(after[0]))) return true;
  const m = WINDOW_GONE_BY.exec(folded);
  if (!m || NOT_YET_GONE.test(folded.slice(Math.max(0, m.index - 30), m.index))) return false;
  const around = folded.slice(Math.max(0, m.index - 40), m.index + m[0].length + 40);
  return !!(m.groups!.pre || m.groups!.biz) || SAID_WINDOW.test(around);
}

/**
 * Charged after the step that should have stopped it: "I've cancelled my subscription yet you've
 * charged again", "invited me back for a free trial but still charged me", «me di de baja y me
 * siguen descontando». The charge must be affirmed: "I cancelled and wasn't charged" is kept.
 */
const STOPPED_THEN_CHARGED: Record<'es' | 'en', RegExp> = {
  // The charge as a verb ("charged", "billing me"), not a noun ("the charging cable", "the billing date"); a free trial
  // counts only with «still» ("…a free trial but still charged me").
  en: /\b(?:cancell?ed|unsubscribed|terminated|ended|closed (?:it|(?:my|the|our) \w+)|returned (?:it|them|the|my)|free trial(?=[^.!?]{0,80}?\bstill\b))\b[^.!?]{0,80}?\b(?:but|yet|and|still|however)\b(?<gap>[^.!?]{0,40}?)\b(?:charged|billed|debited|deducted|deducts?|(?:charging|billing|debiting|deducting) (?:me|us|my|our)|(?:took|taken|taking) (?:the |my |a |another )?(?:money|payment|fee|fees|premium|subscription))\b/,
  es: /\b(?:cancele|cancelamos|canceleis|di de baja|dimos de baja|solicite la baja|pedi la baja|devolvi|devolvimos|anule)\b[^.!?]{0,80}?\b(?:y|pero|aun asi|igual|sin embargo)\b(?<gap>[^.!?]{0,40}?)\b(?:(?:me|nos|lo|la) cobr\w*|cobr(?:an|aron|ando|ado|ada)|descont(?:aron|ando|ado|ada)|descuentan|debit(?:aron|an|ando|ado)|factur(?:aron|an|ando|ado)|cargaron|cargan|cargando)\b/,
};
const NOT_CHARGED = /\b(?:not|never|no|nunca|ya no|won't|will|would|if|si|whether)\b|n't\b|'ll\b/;
/**
 * What the company agreed to do, and it never showed: "American agreed to refund my fare… the amount did not
 * appear". Read as a pair: "the bank agreed to send a new card and I still have not activated it" is the
 * customer's own step.
 */
const AGREED = /\b(?:agreed|offered|committed|arranged) to (?:refund|send|replace|call|fix|credit|reimburse|cover|pay|deliver|collect|repair|waive|delete|remove|reverse|cancel|close|return|issue|correct|update)\b/;
const NEVER_SHOWED = new RegExp(String.raw`\b(?:did not|didn't|never|has not|hasn't|have not|haven't) (?:even )?(?:appear(?:ed)?|show(?:n|ed)? up|come through|arrive[d]?|happen(?:ed)?|post(?:ed)?)\b|\bnever (?:came|arrived|happened|appeared)\b|\b${NOT_YET_DONE}\b|\bstill (?:had|have|got) no\b`);
function agreedNeverShowed(folded: string): boolean {
  return AGREED.test(folded) && NEVER_SHOWED.test(folded);
}

/** …or with the step in a clause of its own: "Despite canceling over 24 hours ago, I was charged again", «a pesar de haber cancelado… me siguen cobrando», "billed again even though I cancelled". */
const DESPITE_STOPPING = /\b(?:(?:despite|even after) (?:cancell?ing|unsubscribing)|(?:a pesar de|aun despues de) (?:haber )?(?:cancelado|dado de baja|pedido la baja))\b(?<gap>[^.!?]{0,60}?)\b(?:charged|billed|debited|cobr\w*|descont\w*)\b(?![^.!?]*\?)|(?<!\bif (?:i|we) (?:get |got )?)\b(?:get |got )?(?:charged|billed|debited) (?:me |us )?again\b[^.!?]{0,30}?\beven though (?:i|we) (?:had )?(?:cancell?ed|unsubscribed)/;

/** Every form of a charge after the step that should have stopped it, built once (the check runs on each message). */
const CHARGED_AFTER_STOPPING = [...Object.values(STOPPED_THEN_CHARGED), DESPITE_STOPPING];

function chargedAfterStopping(folded: string): boolean {
  for (const re of CHARGED_AFTER_STOPPING) {
    const m = re.exec(folded);
    if (m && !NOT_CHARGED.test(m.groups!.gap ?? '')) return true;
  }
  return false;
}

/**
 * Said to be free, then charged: "charged $37 for my state filing when you said it was free", «me dijeron que
 * la instalación era gratis y me la cobraron». The charge must be affirmed, as in chargedAfterStopping.
 */
const SAID_FREE: Record<'es' | 'en', RegExp> = {
  en: /\b(?:said|told (?:me|us)|promised|advertised|assured (?:me|us)|guaranteed)\b[^.!?]{0,60}?\b(?:free|no charge|no cost|no fee|complimentary|included|waived)\b/,
  es: /\b(?:dijeron|dijo|dijisteis|prometieron|prometio|aseguraron|aseguro|anunciaban|anunciaron|ofrecieron|ofrecio)\b[^.!?]{0,60}?\b(?:gratis|gratuit[oa]s?|sin costo|sin cargo|sin coste|bonificad[oa]s?|incluid[oa]s?|sin cobro)\b/,
};
const CHARGED_AFTER = /\b(?:(?:got|been|was|were|just|then|still|they|you) (?:just |also |then |still |already )?(?:charged|billed)|(?:charged|billed|debited) (?:me|us|my|\$)|(?:me|nos|lo|la) (?:cobraron|cobrasteis|cobran|han cobrado|habeis cobrado|cobro|estan cobrando)|(?:cobraron|cobrasteis|cobran) (?:\d|\$|el|la|los|las))/;
function saidFreeThenCharged(folded: string): boolean {
  for (const lang of ['en', 'es'] as const) {
    const m = SAID_FREE[lang].exec(folded);
    if (!m) continue;
    const around = folded.slice(Math.max(0, m.index - 120), m.index + m[0].length + 120);
    const charge = CHARGED_AFTER.exec(around);
    // Not a question about it, nor the rest of the order charged: "have I been charged for it?", "only charged me for the item".
    if (!charge || around.includes('?') || /\b(?:only|solo|solamente|unicamente)\b/.test(around.slice(Math.max(0, charge.index - 12), charge.index + charge[0].length + 12))) continue;
    if (!NOT_CHARGED.test(around.slice(Math.max(0, charge.index - 12), charge.index))) return true;
  }
  return false;
}

/**
 * What the company said would be done, then said undone with the same verb: "assured me the fees would be
 * reversed… NO fees were reversed", «me dijeron que se cancelaría… no se ha cancelado». The verb carries the
 * pair, so the words between them can be anything.
 */
const SAID_WOULD_BE: Record<'es' | 'en', RegExp> = {
  en: /\b(?:assured|told|promised|informed|advised|said|confirmed|guaranteed|agreed)\b[^.!?]{0,80}?\b(?:would|will|'d)(?: be| have been| get)? (?<done>[a-z]{3,}ed)\b/g,
  es: /\b(?:dijeron|dijo|prometieron|prometio|aseguraron|aseguro|informaron|informo|indicaron|indico|confirmaron|confirmo|garantizaron|garantizo)\b[^.!?]{0,80}?\b(?:se |me |nos |lo |la |los |las |le |les )?(?<stem>[a-z]{3,})(?<v>a|e|i)rian?\b/g,
};
function saidDoneThenUndone(folded: string): boolean {
  for (const m of folded.matchAll(SAID_WOULD_BE.en)) {
    const after = folded.slice(m.index! + m[0].length);
    if (new RegExp(String.raw`(?:\b(?:no|not|never|nothing)\b|n't\b)(?:\W+\w+){0,3}?\W+${m.groups!.done}\b`).test(after)) return true;
  }
  for (const m of folded.matchAll(SAID_WOULD_BE.es)) {
    const after = folded.slice(m.index! + m[0].length);
    const done = m.groups!.stem + (m.groups!.v === 'a' ? 'ad' : 'id');
    if (new RegExp(String.raw`\b(?:no|nunca)\b(?:\s+\w+){0,3}?\s+${done}[oa]s?\b`).test(after)) return true;
  }
  return false;
}

/** Test cases and training examples: whether a customer message shows the moment. Not shipped to the page (nothing there imports them). */
export const examples: MomentExample[] = [
  // Seventeenth session: an agreement, a confirmation or the company's own status line, then the failure said flat.
  { lang: 'es', text: 'El técnico quedó en pasar el martes a revisar la caldera. No vino, no llamó, y nadie sabe nada.', fires: true },
  { lang: 'en', text: 'On Monday you confirmed the duplicate charge would be reversed before the next run. We were charged again and the duplicate is still there.', fires: true },
  { lang: 'en', text: "The agent assured me the new plan wouldn't change my bill. First bill after the change: $41 higher.", fires: true },
  { lang: 'en', text: 'Refund status says PROCESSED since the 4th, my bank says nothing came in. Where is my money?', fires: true },
  { lang: 'es', text: 'La app dice que el reembolso fue procesado hace dos semanas, pero el dinero no aparece en mi tarjeta.', fires: true },
  { lang: 'es', text: 'Pagué el envío exprés de 24 h y el paquete llegó cuatro días después.', fires: true },
  { lang: 'en', text: 'The letter said a final response would be issued within eight weeks. That deadline passed on 2 May.', fires: true },
  { lang: 'es', text: 'Según ustedes el cambio de router arreglaba los cortes. Ya lo cambiaron y se sigue cortando igual.', fires: true },
  { lang: 'en', text: 'The tracking page says delivered today at 10:14, and it is here, thanks!', fires: false },
  { lang: 'es', text: 'Quedamos en que me llamaban el jueves y me llamaron, todo perfecto.', fires: false },
  { lang: 'en', text: 'The agent confirmed the refund would take 5 days, and it arrived in 3. Great service.', fires: false },
  // Seventeenth session: the same word given for weeks.
  { lang: 'en', text: '@PhotoCare you guys have been saying that for weeks now. Still crashing on export.', fires: true },
  { lang: 'es', text: 'Llevan tres semanas diciéndome lo mismo y el reembolso no aparece.', fires: true },
  { lang: 'en', text: "You've been telling me about this new feature for weeks, I'm excited to try it!", fires: false },
  { lang: 'es', text: 'Me contestaron que mandarían a un técnico en diez días. Ya pasó un mes y nadie ha venido.', fires: true },
  { lang: 'es', text: 'Me contestaron que revisarían la lectura del contador, gracias por la rapidez.', fires: false },
  // Sixteenth session: later than the company's own estimate, not done as promised, refused after an assurance.
  { lang: 'es', text: 'El producto bien, pero tardó 4 días más que el plazo máximo indicado.', fires: true },
  { lang: 'en', text: 'Good quality but it took three weeks longer than quoted.', fires: true },
  { lang: 'en', text: 'The install took longer than I thought, but it works fine now.', fires: false },
  { lang: 'en', text: 'The nurse failed to send the prescription as promised at the end of the call.', fires: true },
  { lang: 'es', text: 'No me devolvieron la llamada como quedaron.', fires: true },
  { lang: 'en', text: 'The agent assured me the vet bill would be covered. Two months later they refuse to reimburse a cent.', fires: true },
  { lang: 'en', text: 'They refuse to refund a digital purchase, is that legal?', fires: false },
  // Thirteenth session: what they were going to do, told in the present or impersonally, a due date named, the same
  // verb said done and then undone, and still waiting for their act.
  { lang: 'es', text: 'Se supone que me iban a mandar el reembolso la semana pasada y nada.', fires: true },
  // Fourteenth session: vosotros, assurances counted, a confirmed slot not kept, a duty said after the fact, a
  // conditional with its date, a slot moved, said free and then charged.
  { lang: 'es', text: 'Eso mismo me dijisteis el martes y sigo sin factura.', fires: true },
  { lang: 'en', text: 'The line is still down despite three assurances from your team this week.', fires: true },
  { lang: 'en', text: 'Why confirm that the fitter would be here at 9 and still nobody at 11?', fires: true },
  { lang: 'en', text: 'The parts should have been shipped on the same day I ordered.', fires: true },
  { lang: 'es', text: 'El reembolso debería haber sido abonado la semana pasada.', fires: true },
  { lang: 'es', text: 'Mi pago sería efectuado el día 5 y aún no lo veo en la cuenta.', fires: true },
  { lang: 'en', text: 'My train was scheduled to leave at 7:10, now it says 8:40.', fires: true },
  { lang: 'en', text: 'What is the point of next-day delivery if you cannot keep to it?', fires: true },
  { lang: 'en', text: 'You told me the first month was free and I just got charged $12.', fires: true },
  { lang: 'es', text: 'Me dijeron que la instalación era gratis y me la cobraron en la factura.', fires: true },
  { lang: 'en', text: 'You told me the first month was free and I was not charged, thanks.', fires: false },
  { lang: 'es', text: 'Me dijeron que el envío era gratis y efectivamente no me cobraron nada.', fires: false },
  { lang: 'en', text: 'The engineer came on Tuesday as promised and the boiler works again.', fires: false },
  { lang: 'es', text: 'Me dijisteis que el cambio de tarifa se aplica el día 1, ¿es así?', fires: false },
  { lang: 'es', text: '¿Sería posible cambiar la entrega para el lunes?', fires: false },
  { lang: 'en', text: 'The concert was scheduled to start at 8, and now I hear it will be great.', fires: false },
  { lang: 'es', text: 'Mi cita sería el martes pero no puedo ir, ¿la cambiamos?', fires: false },
  { lang: 'es', text: 'Tenía que haber elegido otra talla, ¿puedo cambiarla el mismo día?', fires: false },
  { lang: 'en', text: 'I was supposed to pay by Friday and now it says I owe less, is that right?', fires: false },
  { lang: 'en', text: "I can't keep to the payment plan after losing my job, what are my options?", fires: false },
  { lang: 'en', text: 'They said delivery was free and only charged me for the item, great service.', fires: false },
  { lang: 'en', text: 'You said installation was free, have I been charged for it?', fires: false },
  { lang: 'es', text: 'Me informan que el técnico vendrá el jueves; hoy es viernes y todavía espero.', fires: true },
  { lang: 'es', text: 'Se me dijo que el caso se resolvería en el día y todavía espero.', fires: true },
  { lang: 'es', text: 'Me dijeron que la cuota de manejo era gratis y estoy esperando que me devuelvan lo cobrado.', fires: true },
  { lang: 'es', text: 'Nos ofrecieron un descuento en la factura y no lo cumplieron.', fires: true },
  { lang: 'es', text: 'Me dijeron que se cancelaría la suscripción en octubre, pero en noviembre todavía no está cancelada.', fires: true },
  { lang: 'en', text: 'The agent assured me the late fee would be waived. On the next bill no fee was waived at all.', fires: true },
  { lang: 'en', text: 'My parcel was due on the 3rd and it still hasn\'t come.', fires: true },
  { lang: 'en', text: 'They agreed to remove the charge and it has not been removed two months on.', fires: true },
  { lang: 'es', text: '¿Cómo me iban a cobrar algo si nunca compré nada en esa tienda?', fires: false },
  { lang: 'es', text: 'Estoy esperando que se acaben los datos para cambiarme de plan.', fires: false },
  { lang: 'es', text: 'Me informan que el técnico vendrá el jueves, ¿tengo que estar en casa?', fires: false },
  { lang: 'es', text: 'Me indican que envíe de nuevo el formulario firmado, ¿a qué correo?', fires: false },
  { lang: 'es', text: 'Me dijeron que se cancelaría en octubre y se canceló sin problema.', fires: false },
  { lang: 'en', text: 'I was told the fee would be waived, and it was waived. Thanks!', fires: false },
  { lang: 'en', text: 'My payment was due on the 15th; can I pay it by card?', fires: false },
  { lang: 'en', text: 'An engineer was to ring me this morning to book the repair. Nothing so far.', fires: true },
  // Charged after the step that should have stopped it; a booked slot gone by; a window named as passed; a date given and not kept.
  { lang: 'en', text: 'Closed the account in June and you have taken the fee again this month.', fires: true },
  { lang: 'en', text: "Unsubscribed from the app in May, yet my card was billed for June. Fix it.", fires: true },
  { lang: 'en', text: 'Ended my free trial on day 5 but still got charged £8.99 for the month.', fires: true },
  { lang: 'en', text: "I cancelled before the renewal and wasn't charged, thanks for sorting it.", fires: false },
  { lang: 'en', text: 'If I cancel today, will I still be charged for next month?', fires: false },
  { lang: 'es', text: 'Pedí la baja del seguro en marzo y me siguen descontando la prima de la nómina.', fires: true },
  { lang: 'es', text: 'Cancelé la suscripción y ya no me cobraron, muchas gracias.', fires: false },
  { lang: 'en', text: 'Groceries were due between 7 and 8 tonight. Still not here at 9.', fires: true },
  { lang: 'en', text: 'The sofa that was to be delivered on Saturday never turned up.', fires: true },
  { lang: 'en', text: 'My delivery is due between 7 and 8 tonight, can the driver ring the bell twice?', fires: false },
  { lang: 'en', text: "We're now past the 5 business days you quoted for the chargeback.", fires: true },
  { lang: 'es', text: 'Ya pasaron los 15 días hábiles que dijeron para la respuesta del reclamo.', fires: true },
  { lang: 'es', text: 'Ya pasaron los 30 días para devolverlo, ¿hay alguna forma de cambiarlo igual?', fires: false },
  { lang: 'es', text: 'Me dieron fecha de instalación para el martes 4, la cual no respetaron.', fires: true },
  { lang: 'es', text: 'Me dieron fecha para el martes y vinieron puntuales, todo perfecto.', fires: false },
  { lang: 'en', text: 'The airline agreed to refund my fare in March and the money never appeared.', fires: true },
  { lang: 'en', text: 'Staff advised us the replacement bus would leave at 6pm; it never showed up.', fires: true },
  // The review's look-alikes: a noun for the charge, a window still running, a booking ahead, a feature «supposedly» there.
  { lang: 'en', text: 'I returned the phone last week but the charging cable is still with me, should I send it too?', fires: false },
  { lang: 'en', text: 'I cancelled my old plan and the billing date moved to the 5th, is that right?', fires: false },
  { lang: 'en', text: "I signed up for the free trial and the billing page says I'll be charged on Dec 1.", fires: false },
  { lang: 'es', text: 'Cancelé el pedido y necesito la factura de la compra anterior para mi contador.', fires: false },
  { lang: 'en', text: 'We ended the membership last month and were billed again.', fires: true },
  { lang: 'en', text: "We haven't passed the 10 business days yet, just checking the refund is in progress.", fires: false },
  { lang: 'en', text: 'My payment is due on the 15th. I paid it yesterday but want to make sure it went through.', fires: false },
  { lang: 'en', text: 'My order is expected on Monday. Where is the tracking link?', fires: false },
  { lang: 'es', text: 'Supuestamente la app permite exportar a Excel, ¿dónde está la opción?', fires: false },
  { lang: 'es', text: 'Mi tarjeta tenía fecha de vencimiento este mes, ¿cuándo llega la nueva?', fires: false },
  { lang: 'en', text: 'They informed me that the payment did not go through, so I paid again. Can you check?', fires: false },
  { lang: 'en', text: 'The bank agreed to send a new card and I still have not activated it, how do I do that?', fires: false },
  { lang: 'es', text: 'Me dijeron que las fotos no cumplen con el formato, ¿cuál es el correcto?', fires: false },
  { lang: 'en', text: 'I was told I could reschedule online, so I cancelled my appointment for Tuesday. Is that fine?', fires: false },
  { lang: 'en', text: 'The parcel was to be delivered today. The driver did not knock and rescheduled the delivery.', fires: true },
  { lang: 'es', text: 'La empresa se comprometió a bajar la cuota desde marzo, pero no es así.', fires: true },
  // The promise named as false, a deal refused, a promise announced in writing.
  { lang: 'en', text: 'Comcast false promises, again and again.', fires: true },
  { lang: 'en', text: 'They are refusing to honor the rate they quoted me in March.', fires: true },
  { lang: 'en', text: 'I got an email saying I would receive the refund within 5 days. Nothing yet.', fires: true },
  { lang: 'es', text: 'Me avisaron que el técnico venía el martes y nunca vino.', fires: true },
  { lang: 'es', text: 'Son puras promesas falsas de la compañía.', fires: true },
  { lang: 'en', text: 'I got an email saying my order would arrive on Friday, and it did.', fires: false },
  { lang: 'en', text: 'We honor the rate you were quoted for the whole contract.', fires: false },
  // A date that keeps slipping.
  { lang: 'en', text: 'Ordered in November and the delivery date keeps getting pushed back.', fires: true },
  { lang: 'en', text: 'Originally expected to ship on Dec 15, currently expected on Feb 21.', fires: true },
  { lang: 'es', text: 'Me cambiaron otra vez la fecha de instalación, ya van tres.', fires: true },
  { lang: 'en', text: 'Can I move my delivery date to next Friday?', fires: false },
  { lang: 'en', text: 'This morning another call: the install has been pushed back again, to June.', fires: true },
  { lang: 'en', text: 'Ordered in March and the ship date slides back every single week.', fires: true },
  { lang: 'en', text: 'First estimated ship date: 20 October, now estimated: 12 January.', fires: true },
  { lang: 'en', text: 'The original estimated delivery is Friday but can I change the address?', fires: false },
  { lang: 'en', text: 'The strap slipped again and my watch fell on the floor.', fires: false },
  { lang: 'en', text: 'Thanks, the appointment has been moved back to next Tuesday as I asked.', fires: false },
  { lang: 'es', text: '¿Están cambiando la fecha del evento? Quiero saber antes de comprar.', fires: false },
  { lang: 'es', text: 'Nos van pateando la fecha de instalación desde marzo.', fires: true },
  { lang: 'es', text: 'El paquete no llegó en la fecha que ponían y se saltaron el plazo de entrega.', fires: true },
  { lang: 'en', text: 'Can the install be pushed back to next month? I am away.', fires: false },
  { lang: 'es', text: '¿Se puede cambiar la fecha de entrega al lunes? Ese día no estoy.', fires: false },
  // Told, and nothing received; promised, and not done; cancelled, and still charged.
  { lang: 'en', text: "I was told the voucher would be emailed, but I haven't received anything.", fires: true },
  { lang: 'en', text: 'You also promised to update the billing name and it is still not done.', fires: true },
  { lang: 'en', text: "I cancelled the plan in March and I've been billed twice since.", fires: true },
  { lang: 'es', text: 'Me di de baja en agosto y me siguen cobrando la cuota.', fires: true },
  { lang: 'en', text: 'I was told it would be emailed, and it arrived this morning. Thanks!', fires: false },
  // A bought speed not given, a «free» that is now charged, told again and again, a booking not kept.
  { lang: 'es', text: 'Pagué envío en el día y el pedido sigue en preparación, era para hoy.', fires: true },
  { lang: 'es', text: 'En el mostrador me dijeron que el cambio era gratis y ahora me cobran 2.300.', fires: true },
  { lang: 'en', text: 'I paid for next-day delivery on the 19th. It is now the 1st.', fires: true },
  { lang: 'en', text: "Each time I'm told an engineer is coming. Not one has come.", fires: true },
  { lang: 'es', text: 'Confirmaron la reserva dos veces y al llegar no había mesa.', fires: true },
  { lang: 'en', text: "I'm told the form is with a deciding officer, I rang last Tuesday to check.", fires: false },
  { lang: 'es', text: 'Pagué el envío express y llegó al día siguiente, gracias.', fires: false },
  // The service failed without a word of promise: paid and not received, sent elsewhere.
  { lang: 'es', text: 'Compré una recarga de 50 y no se me acreditó el saldo.', fires: true },
  { lang: 'en', text: "I paid for express shipping and never got my order.", fires: true },
  { lang: 'en', text: 'They shipped it to the wrong country!', fires: true },
  { lang: 'es', text: 'Me prometieron el reembolso en cinco pagos y solo he recibido dos.', fires: true },
  { lang: 'es', text: 'Compré dos entradas y ya me llegaron al correo, gracias.', fires: false },
  // Told as a story: the promise called a lie, a known window gone by, the word not kept.
  { lang: 'es', text: 'La asesora me dijo que el cambio de plan no tenía costo. Mentira: me lo cobraron.', fires: true },
  { lang: 'es', text: 'Las 72 horas hábiles ya se cumplieron y todavía no veo el reintegro.', fires: true },
  { lang: 'es', text: 'No se cumplió lo acordado con el supervisor en la última llamada.', fires: true },
  { lang: 'en', text: 'Where is the replacement you promised me on the phone?', fires: true },
  { lang: 'en', text: 'The 5-7 business days came and went and the refund still isn\'t there.', fires: true },
  { lang: 'en', text: 'You broke your promise about the free upgrade.', fires: true },
  { lang: 'es', text: '¿Dónde está la sucursal más cercana a Palermo?', fires: false },
  { lang: 'en', text: 'You promised a quick reply and you delivered, thanks!', fires: false },
  { lang: 'es', text: 'Me dijeron que llegaba el lunes y nada.', fires: true },
  { lang: 'es', text: 'Quedaron en llamarme el viernes y nadie me llamó.', fires: true },
  // Fifty-second session: a visit set and nobody comes, visits called off unannounced, the failure found after the word
  // (lexicon readings; taught to the model they moved its broken-promise calibration: 16 lines better, 14 worse).
  { lang: 'es', text: 'Cada vez que me dan cita para el técnico pido el día libre, y luego no viene nadie.', fires: true, lexiconOnly: true },
  { lang: 'es', text: 'Nos agendaron tres visitas y las cancelaron ellos sin previo aviso.', fires: true, lexiconOnly: true },
  { lang: 'en', text: 'You replied saying you would look into it, only to find the ticket closed this morning.', fires: true, lexiconOnly: true },
  { lang: 'es', text: 'Tengo cita el martes por la mañana; si no viene nadie, ¿a quién llamo?', fires: false, lexiconOnly: true },
  { lang: 'en', text: 'I drove to the store on Sunday only to find it closed.', fires: false, lexiconOnly: true },
  { lang: 'es', text: 'El técnico tenía que venir ayer entre 9 y 13 y nunca apareció.', fires: true },
  { lang: 'es', text: 'Me prometieron que el reembolso estaría en 5 días hábiles y ya van 12.', fires: true },
  { lang: 'es', text: 'Me aseguraron que con el cambio de plan se arreglaba la señal y sigo igual, che.', fires: true },
  { lang: 'es', text: 'Me dijeron que llegaba el lunes y efectivamente llegó. Muchas gracias por el seguimiento.', fires: false },
  { lang: 'es', text: 'Hice un pedido el lunes y quería saber si se puede cambiar la dirección de entrega.', fires: false },
  { lang: 'en', text: 'You said it would arrive Monday and it still hasn\'t.', fires: true },
  { lang: 'en', text: 'You told me Friday and nothing happened.', fires: true },
  { lang: 'en', text: 'I was promised a callback yesterday between 2 and 4. Nobody called.', fires: true },
  { lang: 'en', text: 'The engineer never showed up this morning.', fires: true },
  { lang: 'en', text: 'You said it would arrive Monday and it did. Thanks for keeping me posted!', fires: false },
  { lang: 'en', text: 'When will my replacement ship?', fires: false },
  { lang: 'es', text: "Me habían dicho que el reembolso tardaba 48 horas y todavía no lo veo.", fires: true },
  { lang: 'es', text: "Iban a llamarme el martes y nadie llamó.", fires: true },
  { lang: 'en', text: "You promised a refund last week and I still have nothing.", fires: true },
  { lang: 'es', text: "Me prometieron el reembolso y ya lo recibí, gracias.", fires: false },
  // Generalisation pass: other phrasings, registers and negatives.
  { lang: 'es', text: "Quedaron en devolverme la plata la semana pasada y todavía no veo nada.", fires: true },
  { lang: 'es', text: "Me prometieron una visita técnica para el sábado y me dejaron plantado.", fires: true },
  { lang: 'es', text: "El pedido tenía que llegar el viernes y todavía nada.", fires: true },
  { lang: 'es', text: "Me habían asegurado que no me iban a cobrar la reconexión y igual me la cobraron.", fires: true },
  { lang: 'en', text: "Your rep swore the refund would go through on Monday. It's Thursday and nothing.", fires: true },
  { lang: 'en', text: "You promised me a callback within 24 hours. That was Tuesday.", fires: true },
  { lang: 'es', text: "Me dijeron que el técnico venía el jueves y vino, todo bien. Gracias!", fires: false },
  { lang: 'en', text: "Thanks, the technician came on time and everything works.", fires: false },
  { lang: 'es', text: "Me habían dicho que el reembolso salía en 48 horas y ya pasó una semana.", fires: true },
  // Blind batch 2: other synonyms, inflections and word orders.
  { lang: 'es', text: "El instalador nunca se presentó.", fires: true },
  { lang: 'es', text: "La técnica llegó puntual y dejó todo funcionando.", fires: false },
  // The promised time already behind us, and paying for more than was delivered.
  { lang: 'es', text: 'Tenía que llegar ayer, era un regalo para hoy.', fires: true },
  { lang: 'en', text: 'It was supposed to be delivered last Friday.', fires: true },
  { lang: 'es', text: 'Pagué el envío exprés y tardaron diez días en traerlo.', fires: true },
  { lang: 'en', text: 'I paid for next-day delivery and it took a week.', fires: true },
  { lang: 'es', text: 'Me dijeron que llegaría el lunes, ¿me confirman la franja horaria?', fires: false },
  { lang: 'en', text: 'I paid yesterday and the order is already here, thanks!', fires: false },
  // A deadline or slot not kept, and a delivery counted late.
  { lang: 'es', text: 'El vendedor no cumplió los plazos de envío y lo necesitaba para el viernes.', fires: true },
  { lang: 'es', text: 'El técnico no vino en la franja acordada, me pasé la mañana esperando.', fires: true },
  { lang: 'es', text: 'Llegó tres días tarde y con la caja abierta.', fires: true },
  { lang: 'es', text: 'Pagué la cuota con dos días de retraso, ¿me van a cobrar recargo?', fires: false },
  { lang: 'en', text: 'The sofa arrived two weeks late and nobody told us why.', fires: true },
  { lang: 'en', text: 'The courier failed to meet the delivery window again.', fires: true },
  { lang: 'en', text: 'My rent payment was three days late, can the late fee be removed?', fires: false },
  // A bonus announced and not given, a booking dropped at the last minute, an order overdue, a promise told in the present.
  { lang: 'es', text: 'Invité a tres amigos y no me dieron la bonificación que anunciaban.', fires: true },
  { lang: 'es', text: 'Me dicen que me llamarán y que me mandarán un mensaje, y nada.', fires: true },
  { lang: 'es', text: 'Nos cancelaron el traslado al aeropuerto a última hora.', fires: true },
  { lang: 'es', text: 'Me dicen que es el módem, pero el técnico no sabe.', fires: false },
  { lang: 'en', text: 'Breakfast order is an hour overdue now.', fires: true },
  { lang: 'en', text: "Signed up with a friend's link and never got the promised bonus.", fires: true },
  { lang: 'en', text: 'Can I cancel at the last minute if my plans change, or is there a fee?', fires: false },
  // What someone wrote or said would happen, and a replacement that still fails.
  { lang: 'en', text: 'It has been three weeks since you wrote that the bugs were fixed, but no update was released.', fires: true },
  { lang: 'en', text: "Support gave me a corrected code and the licence still doesn't work.", fires: true },
  { lang: 'es', text: 'La profesora había dicho que iban a subir una pauta y aún no está.', fires: true },
  { lang: 'es', text: 'Me mandaron el router nuevo y sigue sin funcionar igual que el anterior.', fires: true },
  { lang: 'en', text: 'The new router works fine, thanks for sending it so quickly.', fires: false },
  { lang: 'en', text: 'They towed me along for months and then broke their promises on the renewal price.', fires: true },
  { lang: 'es', text: 'La compañía incumplió lo pactado en el contrato de permanencia.', fires: true },
  { lang: 'en', text: 'My phone screen broke, is it covered by the promise of free repairs?', fires: false },
  // Money owed not paid yet, a promise of contact not kept, a date moved.
  { lang: 'es', text: 'Abrí la cuenta con el plan amigo hace dos semanas y todavía no me habéis ingresado los 50 €.', fires: true },
  { lang: 'es', text: 'Ya pasaron 72 horas desde que dijeron que los de soporte se iban a comunicar conmigo y no lo han hecho.', fires: true },
  { lang: 'en', text: 'My order date changed overnight from Feb 21 to March 20.', fires: true },
  { lang: 'es', text: 'Me dicen que para eso tengo que ir a la tienda, pero no tengo tiempo.', fires: false },
  // The window given against the time waited, in any words; a date given and not kept, said either way round.
  { lang: 'es', text: 'Hablaban de 10 días hábiles para el envío y ya llevo 20 días esperando la nevera.', fires: true },
  { lang: 'en', text: 'Your site says refunds take 5-7 business days. It has been three weeks.', fires: true },
  { lang: 'es', text: 'Me confirmaron una fecha de entrega que no cumplieron.', fires: true },
  { lang: 'es', text: 'Me dicen q no hay stock y que me harán la devolución, que hasta la fecha no han hecho.', fires: true },
  // Windows and waits spelled out, and a window named before it is said to be gone.
  { lang: 'es', text: 'Prometieron arreglar la avería en cuarenta y ocho horas y ya van diecisiete días sin teléfono.', fires: true },
  { lang: 'es', text: 'Las veinticuatro horas que nos dijeron ya pasaron hace rato.', fires: true },
  { lang: 'en', text: 'The ten business days you quoted have come and gone.', fires: true },
  { lang: 'en', text: 'The thirty days I had to send it back have passed; can I still return it?', fires: false },
  { lang: 'en', text: 'The five days they promised have not passed yet, so I will wait.', fires: false },
  { lang: 'en', text: 'Refunds take 5-7 business days, so it has been four days and I am not worried yet.', fires: false },
  { lang: 'es', text: 'Hace 2 meses compré un cargador que carga en 2 horas, ¿tienen el mismo en negro?', fires: false },
  { lang: 'es', text: 'Tengo un retraso de 5 días en el pago y llevo 10 días intentando pagar, ¿me ayudan?', fires: false },
  { lang: 'es', text: 'Hace 3 meses que soy cliente y el envío en 24 horas me encanta.', fires: false },
  { lang: 'es', text: 'Llevo 2 semanas de vacaciones, ¿el envío de 3 días llega a Madrid?', fires: false },
  { lang: 'en', text: "It's been 3 weeks since I moved house; does delivery take 2 days to my new address?", fires: false },
  // Eighteenth session.
  { lang: 'es', text: 'Quedaron de mandarme el formulario para la baja y este no llegó en el plazo.', fires: true },
  { lang: 'es', text: 'Quedaron de avisarme cuando llegue el repuesto, gracias.', fires: false },
  { lang: 'es', text: 'Me dicen que te llamaremos en dos horas, y al final nada.', fires: true },
  { lang: 'en', text: "The rep said 'we will call you back within the hour' and nobody called.", fires: true },
  // Twenty-fourth session: the time waited set against the window they gave.
  { lang: 'en', text: '@AskBank 12 days now, not 2-3 like you said.', fires: true, lexiconOnly: true },
  { lang: 'es', text: 'Ya van 15 días y no 5 como dijeron.', fires: true, lexiconOnly: true },
  { lang: 'en', text: 'It took 2 days, not 5 like you said. Great job!', fires: false, lexiconOnly: true },
  // (Review of the twenty-fourth session.)
  { lang: 'en', text: 'I ordered 3 chairs, not 2 like you said in your email.', fires: false, lexiconOnly: true },
  { lang: 'en', text: '20 days now, not 10 like I was told.', fires: true, lexiconOnly: true },
  // Thirtieth session: the promised or included thing not given.
  { lang: 'es', text: 'Al final no nos dieron la vuelta en catamarán prometida.', fires: true, lexiconOnly: true },
  { lang: 'es', text: 'No me dieron el desayuno que venía incluido en la tarifa.', fires: true, lexiconOnly: true },
  { lang: 'en', text: "They didn't give us the breakfast included in our rate.", fires: true, lexiconOnly: true },
  { lang: 'es', text: 'No me dieron factura porque no la pedí, ¿me la pueden mandar con el IVA incluido?', fires: false, lexiconOnly: true },
  // Thirty-ninth session: a time of day promised or booked and a later hour said to be now; a window given by the
  // company's own rules or site, and a wait counted without its unit after «took» or «esperé».
  { lang: 'es', text: 'La grúa tenía que llegar a las 3 y ya son las 5 y media.', fires: true, lexiconOnly: true },
  { lang: 'en', text: "They booked the engineer for 9am and it's almost 12 now.", fires: true, lexiconOnly: true },
  { lang: 'en', text: "The shop opens at 9 and it's 8 now, can I come in early?", fires: false, lexiconOnly: true },
  { lang: 'en', text: 'Quoted two days for the repair and it took nine.', fires: true, lexiconOnly: true },
  { lang: 'es', text: 'Según su web el reembolso se hace en 5 días hábiles y han pasado tres semanas.', fires: true, lexiconOnly: true },
  { lang: 'en', text: 'The permit was meant to be issued within 10 working days; it has now been six weeks.', fires: true, lexiconOnly: true },
  { lang: 'es', text: 'La web decía "respuesta en menos de 24 horas" y esperé 4 días.', fires: true, lexiconOnly: true },
  { lang: 'es', text: 'Se suponía que hoy venían a instalar el router y seguimos esperando.', fires: true, lexiconOnly: true },
  { lang: 'es', text: 'La inmobiliaria se comprometió a cambiar la caldera antes de la mudanza y no se hizo.', fires: true, lexiconOnly: true },
  // Forty-third session: the date moved with words between ("changed overnight last night from…"), and in Spanish; a status
  // that moves on is no date.
  { lang: 'en', text: 'My order has changed overnight last night from Feb 21, 2020 to March 20, 2020 with no email.', fires: true, lexiconOnly: true },
  { lang: 'es', text: 'La entrega pasó del lunes al viernes y nadie me avisó.', fires: true, lexiconOnly: true },
  { lang: 'es', text: 'Pospusieron mi entrega otra vez, ya es la segunda semana.', fires: true, lexiconOnly: true },
  { lang: 'es', text: 'El pedido pasó del almacén al reparto esta mañana, gracias.', fires: false, lexiconOnly: true },
  // …not a date the customer asked to move, nor a price (the second review's findings).
  { lang: 'es', text: 'La cita cambió del lunes al miércoles porque yo lo pedí, gracias por la flexibilidad.', fires: false, lexiconOnly: true },
  { lang: 'es', text: 'El envío pasó de 5 a 9 euros de un día para otro.', fires: false, lexiconOnly: true },
  { lang: 'en', text: 'My delivery moved back from Friday to Monday because I asked for a weekend-free slot.', fires: false, lexiconOnly: true },
  { lang: 'es', text: 'Aplazaron la visita del técnico nuevamente, ya van tres veces.', fires: true, lexiconOnly: true },
  // Forty-fourth session: told without the «I», «not the case» after it; understood or «supposedly» done with its date past;
  // charged after a cancelling said in its own clause.
  { lang: 'en', text: 'Signed up last month, was told the card would arrive in a week but that was not the case.', fires: true, lexiconOnly: true },
  { lang: 'es', text: 'Tenía entendido que la semana pasada ya estaría activa la línea.', fires: true, lexiconOnly: true },
  { lang: 'es', text: 'Tenía entendido que abren los domingos, ¿es así?', fires: false, lexiconOnly: true },
  { lang: 'en', text: 'Where is my replacement card? It was supposedly shipped three weeks ago.', fires: true, lexiconOnly: true },
  { lang: 'en', text: 'Despite cancelling on the 2nd, I was charged again on the 5th.', fires: true, lexiconOnly: true },
  { lang: 'en', text: 'After cancelling, I was not charged anything more, thank you.', fires: false, lexiconOnly: true },
  // The review's findings: a question about what was understood, a diagnosis ruled out, a final charge accepted, someone
  // else's sending; and the charge told first, or in Spanish.
  { lang: 'es', text: 'Tenía entendido q ayer salía la promo del 2x1, sigue vigente?', fires: false, lexiconOnly: true },
  { lang: 'en', text: "I was told the battery might be the problem, but that's not the case, a new one didn't help.", fires: false, lexiconOnly: true },
  { lang: 'en', text: 'After cancelling my plan I was charged the last month, as the terms say.', fires: false, lexiconOnly: true },
  { lang: 'en', text: 'My daughter supposedly sent me the code last week, how do I check it?', fires: false, lexiconOnly: true },
  { lang: 'en', text: 'I was billed again even though I cancelled on the 3rd.', fires: true, lexiconOnly: true },
  { lang: 'es', text: 'A pesar de haber cancelado la suscripción me siguen cobrando.', fires: true, lexiconOnly: true },
  // The second review's findings: asked whether a charge follows, a fact understood about a past day; «they supposedly
  // sent», a website's word «not the case», a conditional «y no fue así», «aun después de haber cancelado».
  { lang: 'es', text: 'A pesar de haber cancelado la suscripción, ¿me van a cobrar el mes completo?', fires: false, lexiconOnly: true },
  { lang: 'en', text: 'If I get charged again even though I cancelled, who do I contact?', fires: false, lexiconOnly: true },
  { lang: 'es', text: 'Tenía entendido que el lunes pasado cerraban por inventario.', fires: false, lexiconOnly: true },
  { lang: 'en', text: 'They supposedly sent the replacement last Monday, still nothing at my door.', fires: true, lexiconOnly: true },
  { lang: 'en', text: 'Your website states delivery in 3-5 days but this was not the case.', fires: true, lexiconOnly: true },
  { lang: 'es', text: 'Nos aseguraron que el vuelo saldría a las 9 y no fue así.', fires: true, lexiconOnly: true },
  { lang: 'es', text: 'Aun después de haber cancelado me siguen cobrando la cuota.', fires: true, lexiconOnly: true },
  // Forty-seventh session (probe47c): whoever was booked to come never came.
  { lang: 'es', text: 'Reservé el traslado para las 5 y el chofer nunca apareció.', fires: true, lexiconOnly: true },
  { lang: 'en', text: 'The technician turned up at 9 as booked and fixed it in ten minutes.', fires: false, lexiconOnly: true },
  { lang: 'es', text: 'El chofer nunca llegó tarde en todo el año, quiero dejarle una buena valoración.', fires: false, lexiconOnly: true },
  // Forty-eighth session: the past «se suponía», a day between (the example above had rested on the model).
  { lang: 'es', text: 'Se suponía que el lunes llegaba el pedido y nada.', fires: true, lexiconOnly: true },
  { lang: 'es', text: 'Se suponía que era fácil de instalar, ¿me ayudan con el paso 3?', fires: false, lexiconOnly: true },
  // Fiftieth session: a time the company gave (a day, a date, «la próxima semana»; quoted or reported), then told as not
  // kept or gone by (grammar/time-given.ts; what it must not read is tested there, tests/analysis/grammar.test.ts).
  { lang: 'en', text: "The agent told me the refund would be back on my card by Monday. It's Thursday and still nothing.", fires: true, lexiconOnly: true },
  { lang: 'en', text: "You said 'early next week' for the engineer and that was three weeks ago.", fires: true, lexiconOnly: true },
  { lang: 'en', text: 'Order confirmation said delivery on the 4th. Today is the 9th, where is it?', fires: true, lexiconOnly: true },
  { lang: 'es', text: 'Me aseguraron que el técnico venía el martes y no vino nadie.', fires: true, lexiconOnly: true },
  { lang: 'es', text: 'En la web ponía "entrega el viernes" y el paquete sigue en el almacén.', fires: true, lexiconOnly: true },
  { lang: 'es', text: 'Me dijeron que la tarjeta estaría lista la próxima semana; ya estamos en marzo.', fires: true, lexiconOnly: true },
  // Fifty-first session: the model's reading let through by the gate when a count of appointments or a booked slot tells
  // the failure (learned.ts, the broken-promise gate). Lexicon only: the model is taught as before.
  { lang: 'en', text: 'They said the fitting would need one visit. This is the third appointment they\'ve booked.', fires: true, lexiconOnly: true },
  { lang: 'en', text: 'My engineer was booked for 8 to 12 today and it\'s now half past two with no word.', fires: true, lexiconOnly: true },
  // Fifty-third session (real61): the company's own date named as gone by; a window of the customer's own is not.
  { lang: 'en', text: 'The estimated delivery date has come and gone and the tracking has not moved.', fires: true, lexiconOnly: true },
  { lang: 'es', text: 'Ya pasó la fecha de entrega y el pedido sigue en preparación.', fires: true, lexiconOnly: true },
  { lang: 'es', text: 'La fecha prometida ya venció y nadie me dice nada.', fires: true, lexiconOnly: true },
  { lang: 'en', text: 'The return window has passed, is there any way I can still send it back?', fires: false },
  { lang: 'en', text: 'Three weeks on, all we want is the replacement that was promised by your agent.', fires: true, lexiconOnly: true },
  { lang: 'es', text: 'El vuelo original salía el lunes a las 8, lo reprogramaron al martes y nadie nos avisó.', fires: true, lexiconOnly: true },
  { lang: 'es', text: 'Rellené el formulario para que me llamaran y no me ha llamado nadie en diez días.', fires: true, lexiconOnly: true },
  { lang: 'en', text: 'Our flight was moved from 9 to 14 and we were never told about the change.', fires: true, lexiconOnly: true },
  { lang: 'en', text: 'The upgrade they promised is already showing on my account, thanks.', fires: false, lexiconOnly: true },
  { lang: 'es', text: 'La hora original era a las 10, la cambiaron a las 12 como pedí, ¿me mandan la confirmación?', fires: false, lexiconOnly: true },
  { lang: 'es', text: 'Ya venció la fecha de entrega de los documentos, ¿puedo mandarlos igual?', fires: false, lexiconOnly: true },
  { lang: 'en', text: 'I never got it working on Linux, is there a guide?', fires: false, lexiconOnly: true },
  { lang: 'en', text: 'The refund that was promised arrived this morning, thanks for chasing it.', fires: false, lexiconOnly: true },
];

const moment: Moment = {
  id: 'broken-promise',
  detect: (_text, folded, lang) => {
    const waited = waitAgainstWindow(folded);
    if (waited === 'outrun' || STANDALONE(folded)) return true;
    // A wait still inside the window the company gave is not a broken promise yet, whatever else the words say.
    if (waited === 'within') return false;
    return (PROMISE.test(folded) && FAILURE.test(folded)) || (DUE.test(folded) && PAST_DUE.test(folded)) || PAID_FOR_LESS.test(folded) || windowGoneBy(folded) || chargedAfterStopping(folded) || agreedNeverShowed(folded) || saidDoneThenUndone(folded) || saidFreeThenCharged(folded) || timeGivenThenMissed(folded, lang);
  },
  label: { es: 'Promesa incumplida', en: 'Broken promise' },
  advice: {
    es: 'Reconoce sin rodeos que no se cumplió lo prometido y discúlpate; luego promete solo lo que controlas, con una fecha realista que puedas cumplir.',
    en: "Admit plainly that the promise wasn't kept and apologise; then commit only to what you control, with a realistic time you can keep.",
  },
};

export default moment;
