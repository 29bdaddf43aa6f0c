/**
 * dismissive: minimising the customer's feelings or effort — telling them to calm down,
 * that it is no big deal, that it is easy, or that everybody else manages.
 * Validating phrasing («Entiendo lo frustrante que es») does not fire.
 *
 * Span: the dismissive phrase(s); a leading «Tranqui,» / «Relax,» joins the span when
 * followed by a minimiser. Suggestions validate instead («Entiendo lo frustrante que es
 * esto») or, for «es muy fácil», offer to guide («Te guío paso a paso»).
 */
import { lexiconChecker, SENTENCE_OPENING, type SpanInfo } from '../patterns';
import { caseLike } from '../grammar/case';
import { byRegister } from '../grammar/register';
import type { Rule, RuleExample } from './types';
import { fromLexicons } from './lexicon-rule';

/**
 * The matches that ask the customer to wait for what was said before ("Kindly wait till the date mentioned", "I'll have a
 * patch out in 30 minutes, hang tight"; checkDraft).
 */
const WAITING_ASKED = /\b(?:request(?:ing)? you to|kindly|bear with|bare with|hang tight|sit tight|just wait|wait a (?:few|couple)|aguard)/;

const checker = lexiconChecker(
  {
    es: {
      patterns: [
        {
          kind: 'calm',
          match: [
            // «La paciencia es la madre de todas las ciencias», «con calma, ya se está tramitando».
            // Sixteenth session: patience asked for in two words, time told to take its course, the problem not seen.
            `${SENTENCE_OPENING.es}(?:un poco|un poquito|algo) (?:mas )?de paciencia(?=\\s*[.!😉🙏]|$)`, 'todo a su (?:debido )?tiempo', 'no (?:le )?(?:veo|vemos) (?:cual es |donde esta )?(?:el|ningun) problema',
            'la paciencia es (?:la madre(?: de (?:todas )?las ciencias)?|una virtud)', `${SENTENCE_OPENING.es}con calma(?=[,.!]|$)`,
            // Patience asked for, not thanked for: «ten paciencia», «sea paciente» (not «gracias por tu paciencia»).
            '(?:ten|tenga|tengan|tene|tened) (?:un poco de |mas |algo de )?paciencia', '(?:sea|se|sean|seas) paciente',
            // Twentieth session: patience asked for in one word, as its own sentence: «Paciencia.»
            '(?:^|(?<=[.!?\\n]\\x20?))paciencia(?=\\s*[.!😉🙏]|\\s*$)',
            // Fourteenth session: waiting asked for, the problem made common or compared away, the harm counted small.
            '(?:por favor,? )?(?:espera|espere|esperen|esperad|esperes|aguarda|aguarde|aguarden|aguardad) (?:un poco mas|un poquito mas|unos dias mas|unas semanas mas|pacientemente|con paciencia)',
            '(?:tienes|tenes|tiene|tienen|teneis|tendras|tendra|tendran|hay|toca) que (?:solo |simplemente )?esperar(?: (?:un poco|mas|como todos))?(?=\\s*[.!]|$)',
            // Twenty-ninth session, as English has them: waiting as all that is left («solo queda esperar», «no queda otra que
            // esperar»), the matter to be forgotten until then, a «when?» answered with itself («estará cuando esté»), patience
            // after a laugh («JAJA paciencia»).
            // Forty-first session: «lo único que queda es esperar», and left with «y seguir intentando» — waiting and retrying is
            // still all there is.
            "(?:(?:ya )?(?:solo|solamente) (?:nos |te |le |les )?queda|no (?:nos |te |le |les )?queda (?:otra|otra cosa|mas remedio)(?: que)?|lo unico que (?:nos |te |le |les )?(?:queda(?: por hacer)?|(?:puedes|podes|puede|pueden|podemos|se puede) hacer(?: ahora)?) es) (?:que )?esperar(?=\\s*[.!]|$|,? y (?:seguir |volver a )?(?:re)?(?:intent|prob)(?:ando|ar))",
            '(?:olvidate|olvidese|olvidense|olvidaos) (?:del|de este|de ese) (?:asunto|tema|problema)(?![^.!?]{0,30}\\b(?:ya (?:esta|quedo|lo)|resuelto|solucionado|devolvimos|reembolsamos))',
            '(?:estara|saldra|llegara|sale|llega) cuando (?:este|salga|llegue)(?=\\s*[.!]|$)',
            '(?:ja|je|ji){2,} paciencia(?=\\s*[.!]|$)',
            '(?:le|te|les|nos) (?:puede|podria|pudo|puede llegar a) (?:pasar|ocurrir|suceder) (?:a|con|en) (?:cualquiera(?! de)|cualquier (?:aerolinea|empresa|banco|compania|persona|cliente|operadora)|todos|todas las)',
            '(?:pasa|ocurre|sucede) (?:en|con|a) (?:todas las|todos los|cualquier) (?:aerolineas|empresas|bancos|companias|clientes|operadoras|vuelos|tiendas)',
            '(?:es|son) (?:similar|similares|igual|iguales|comparable|comparables) (?:a|que|al de|a la de|a los de|a las de) (?:(?:otras|las demas|el resto de las) (?:aerolineas|empresas|companias|operadoras|marcas|tiendas)|(?:otros|los demas|el resto de los) (?:bancos|operadores|proveedores)|la competencia)',
            '(?:afect[oa]\\w*|impact[oa]\\w*) (?:solo |unicamente )?(?:a )?(?:un|una) (?:reducid[oa]|pequen[oa]|minim[oa]|infim[oa]|escas[oa]) (?:numero|porcentaje|cantidad|grupo|parte) de (?:usuarios|clientes|cuentas|personas|pedidos|abonados)',
            // …or requested: «te pido un poco de paciencia», «les rogamos paciencia».
            '(?:(?:te|le|les|os) )?(?:pido|pedimos|ruego|rogamos|solicito|solicitamos) (?:por favor )?(?:un poco de |mas |algo de |toda la |tu |su |vuestra )?(?:paciencia|comprension y paciencia)',
            // …or asked as a favour to come: «agradeceríamos su paciencia» (not «agradecemos su paciencia», thanks).
            '(?:(?:te|le|les|os) )?(?:agradeceriamos|agradeceria|agradeceremos) (?:mucho )?(?:tu|su|vuestra) (?:paciencia|comprension y paciencia|paciencia y comprension)',
            // A name called to their face, and (forty-sixth session) the cheek of them: «eres un idiota», «ustedes son unos
            // pesados», «Mira que tienes jeta», «¡Qué cara tiene usted!» — not «son unos tontos» said of others, «no eres tonta»,
            // «dijo que es usted un pesado».
            '(?<!\\b(?:no|ni|que|tampoco|nunca)\\x20|["“«])(?:eres|es usted|usted es|ustedes son|sos|sois) (?:un |una |unos |unas )?(?:idiota|imbecil|payaso|ignorante|malcriad[oa]|tont[oa]|estupid[oa]|pesad[oa])s?',
            '(?:que|vaya|menuda) (?:(?:jeta|morro|cara dura) (?:tienes|tiene usted|tiene|tenes|teneis)(?=\\s*[.!,]|$)|cara (?:tienes|tiene usted|tiene|tenes|teneis)(?=\\s*[.!]|$))',
            'mira que (?:tienes|tiene usted|tenes|teneis) (?:jeta|morro|cara)(?=\\s*[.!,]|$)',
            'calmese', 'calmate', 'calmense', 'calmaos', 'tranquilicese', 'tranquilizate', 'tranquilicense', 'relajese', 'relajate',
            // Eighteenth session: the patronising address: «Calma, pequeño saltamontes», «Paciencia, joven padawan». (A bare
            // «Tranqui,» was measured: one right, one wrong; it reassures as often as it dismisses.)
            'pequen[oa] saltamontes', 'joven padawan',
            '(?<!(?:le|te|les) (?:pido|ruego|sugiero|recomiendo) (?:por favor )?)(?:que )?(?:se|te) (?:calme|calmes|calmen|tranquilice|tranquilices|tranquilicen|relaje|relajes)(?! (?:un poco )?(?:la|el) )',
            'no (?:se |te )?(?:lo )?(?:tome|tomes|tomen) (?:tan |muy )?(?:a pecho|personal)',
            'son cosas que pasan',
            'no (?:hay que|hace falta|es para) (?:hacer|armar|montar) (?:un |tanto )?(?:drama|escandalo|lio|show|berrinche)(?: (?:por|con) (?:esto|eso|algo asi|tan poco))?',
            '(?:tampoco )?exageremos',
            // «está exagerando», «estás haciendo un drama»
            '(?:(?:usted|vos|tu) )?(?:esta|estas|estan) (?:un poco |muy |bastante )?(?:exagerando|dramatizando|haciendo (?:un |mucho |tanto )?(?:drama|escandalo|lio|berrinche))',
            // «no vale la pena hacerse tanto problema»
            '(?:no vale la pena|no hace falta|no hay que|no es para|sin) (?:hacerse|hacerte|hacerle|ponerse|ponerte) (?:tanto |mucho |un |una )?(?:problema|drama|lio|rollo|escandalo|berrinche|mala sangre)',
            '(?:es|son) (?:un |una )?(?:detalle|cosa|tema|asunto|retraso|demora|diferencia) (?:menor|minim[oa]|insignificante|sin importancia)',
            '(?:el|la) (?:retraso|demora|diferencia) es (?:minim[oa]|insignificante)',
            'no (?:se |te )?(?:exagere|exageres|exageren|altere|alteres|alteren|ponga asi|pongas asi|pongan asi|enoje|enojes|enojen|enfade|enfades|sulfure|sulfures|desespere|desesperes|desesperen)',
            // Thirty-eighth session: the sum counted small («tampoco es un monto tan alto», «no es tanta plata»).
            '(?:tampoco|no) es (?:un (?:monto|cobro|cargo|importe|gasto|recargo)|una (?:cantidad|suma|diferencia|cifra)) (?:tan |muy |demasiado )?(?:alt[oa]|grande|elevad[oa]|importante|significativ[oa])',
            '(?:tampoco|no) es (?:tanta plata|tanto dinero|mucho dinero|tanta diferencia)',
            'no hace falta que (?:se |te )?(?:altere|alteres|alteren|ponga asi|pongas asi|pongan asi|enoje|enojes|enojen|enfade|enfades|enfaden|grite|grites|griten|exagere|exageres|exageren)',
            'no es para (?:tanto|ponerse asi|enojarse|alterarse)',
            'tampoco es para (?:tanto|ponerse asi|enojarse|alterarse)',
            'tampoco es (?:tan |para nada |nada )?grave',
            'no es (?:tan|para nada) grave',
            'no es (?:nada )?grave',
            'no es (?:el fin del mundo|un drama|para dramatizar|(?:nada )?del otro mundo)',
            'no pasa nada(?=\\s*[,.!]|$)',
            '(?:es|son) (?:solo|solamente|nada mas|apenas|tan solo) (?:un|una|dos|tres|cuatro|unos|unas|pocos|pocas|\\d+) (?:dia|dias|hora|horas|minutos?|semanas?|euros?|pesos|dolares)(?: @){0,2}',
            '(?:es|son) (?:un|una|dos|tres|cuatro|unos|unas|pocos|pocas|\\d+) (?:dia|dias|hora|horas|minutos?|semanas?|euros?|pesos|dolares) (?:nomas|nada mas|y ya|nada)(?=\\s*[,.!;]|$)',
            '(?:ya )?(?:deje|deja|dejen) (?:de quejarse|de quejarte|el drama)',
            // Twenty-ninth session, language parity (the other language had it): «estas cosas pasan».
            '(?:(?:estas|esas|este tipo de|ese tipo de) cosas|son cosas que|es algo que) (?:(?:a veces|siempre) )?(?:pasan|ocurren|suceden|pasa|ocurre|sucede|pueden pasar|pueden ocurrir)(?: a veces)?(?=\\s*[.!;]|$)',
            '(?:tranqui|tranquilo|tranquila)(?=[,!]\\s*(?:es|son|no es) )',
            // Twenty-fourth session: help held back until they calm down: «si usted está alterada así no la puedo ayudar».
            '(?:si|mientras) (?:usted |tu |vos |ustedes )?(?:esta|estas|estan|sigue|sigues|seguis|siguen|siga|sigas|sigan|continua|continuas|continuan) (?:asi |tan |muy )?(?:alterad[oa]s?|gritando|nervios[oa]s?|exaltad[oa]s?|agresiv[oa]s?|insultando)[^.!?]{0,30}?no (?:l[oae]s? |te )?(?:puedo|podemos|voy a poder|vamos a poder|podre|podremos) (?:ayudar|atender)',
          ],
          span: 'match',
        },
        {
          // «Le pido que se calme y me deje explicarle»: the request is the whole sentence.
          kind: 'calm',
          match: ['(?:le|te|les) (?:pido|ruego|sugiero|recomiendo) (?:por favor )?que (?:se |te )?(?:calme|calmes|calmen|tranquilice|tranquilices|tranquilicen|relaje|relajes)'],
          span: 'toEnd',
        },
        {
          kind: 'easy',
          match: [
            'es (?:muy |super |re |bastante |lo mas )?(?:facil|sencillo|simple|sencillisimo|facilisimo|sencillito|facilito|simplisimo|una papa|pan comido)(?! de (?:usar|configurar|instalar) (?:y|si))',
            'es una (?:pavada|tonteria|bobada|boludez|chorrada|zoncera|pendejada|sonsera|cosa de nada)',
            'es (?:de lo mas )?basico',
            '(?:cualquiera|cualquier persona|cualquier usuario|cualquier cliente|hasta un nino) (?:(?:lo |la )?(?:puede|sabe) (?:hacer|configurar|instalar|resolver|arreglar|cambiar|activar|usar)(?:lo|la)?|puede|lo puede|sabe|lo hace|lo sabe|lo resuelve|lo consigue)',
            '(?:nadie mas|ningun otro cliente|ningun cliente) (?:se (?:ha quejado|queja|quejo)|tiene (?:ese|este) problema|ha tenido (?:ese|este) problema)',
            // Fifty-third session (real62): the rest said to have reported nothing («nuestros usuarios … no han reportado problema»).
            '(?:nadie mas|ningun otro (?:cliente|usuario)) (?:lo )?(?:ha|han) (?:reportado|informado|notificado)',
            '(?:nuestros|los demas|el resto de (?:los|nuestros)) (?:@ ){0,2}(?:usuarios|clientes)(?: [\\w.-]+){0,3}? no (?:han|nos han) (?:reportado|informado|notificado) (?:ningun )?(?:problemas?|fallas?|fallos?|errores?|nada|inconvenientes?)',
            'la mayoria de (?:los |nuestros )?(?:clientes|usuarios|personas|la gente) (?:lo |la )?(?:configuran|hacen|resuelven|instalan|consiguen|logran|saben)(?: @){0,2}',
            'todo el mundo (?:lo )?(?:sabe|hace|configura|consigue)',
            // …and «a los demás clientes les encantó» (forty-seventh session).
            '(?:valorad[oa]s?|apreciad[oa]s?|elogiad[oa]s?) por (?:nuestros|nuestras|la mayoria de (?:nuestros|los)|muchos de nuestros|el resto de (?:los|nuestros)) (?:@ )?(?:clientes|huespedes|comensales|visitantes)\\b',
            '(?:(?:los|a los|las|a las) (?:demas|otr[oa]s)|el resto de (?:los|las|nuestros|nuestras)(?: demas)?) (?:huespedes|clientes|comensales|pacientes|usuarios|socios)(?: @){0,4} (?:les )?(?:encanto|encantaron|gusto(?! poder)|gustaron|quedaron (?:content|encantad|satisfech)[oa]s)',
            'es (?:obvio|evidente)(?! que (?:te|le) (?:debemos|debo))',
          ],
          span: 'match',
        },
        {
          // It happens to everyone, it was only a little, insisting won't help: the complaint is waved away.
          kind: 'normal',
          match: [
            '(?:eso |esto )?(?:pasa|le pasa|les pasa|ocurre|sucede) (?:en|a|con) (?:todos|todas|cualquier) (?:los |las )?(?:operadores|operadoras|aerolineas|empresas|bancos|companias|tiendas|clientes|usuarios|proveedores)',
            '(?:le|les|nos|te) (?:pasa|pasan|ocurre|ocurren|sucede|suceden) a (?:todos|todas|todo el mundo|cualquiera)(?: (?:los|las) @)?',
            'fueron (?:apenas|solo|solamente|nada mas|tan solo) (?:\\d+|un|una|dos|tres|unos|unas|pocos|pocas) (?:minutos?|horas?|dias?)',
            '(?:los |sus |tus )?(?:mensajes|correos|llamados|llamadas|reclamos) (?:repetidos|reiterados|insistentes)(?: @){0,4} no (?:aceleran|agilizan|adelantan|cambian|van a acelerar|van a cambiar)',
            '(?:por mucho|por mas) que (?:insista|insistas|insistan|escriba|escribas|escriban|reclame|reclames|reclamen|llame|llames|llamen)',
            'no hay que ponerse (?:asi|de esa manera|de ese modo)',
          ],
          span: 'match',
        },
      ],
      gate: ['espera', 'demas', 'otros', 'han reportado', 'han informado', 'han notificado', 'valorad', 'apreciad', 'elogiad', 'otras', 'resto de', 'aguard', 'ocurrir', 'ocurre', 'sucede', 'similar', 'igual', 'comparable', 'numero de', 'porcentaje', 'cantidad de', 'grupo de', 'parte de', 'calm', 'paciencia', 'paciente', 'idiota', 'imbecil', 'payaso', 'ignorante', 'malcriad', 'tont', 'estupid', 'pesad', 'jeta', 'cara', 'morro', 'pasa', 'fueron', 'mensajes', 'correos', 'llamad', 'reclamos', 'por mucho', 'por mas', 'siga', 'ponerse', 'relaj', 'exager', 'alter', 'ponga', 'enoj', 'enfad', 'sulfur', 'tanto', 'asi', 'grave', 'drama', 'mundo', 'solo', 'nada mas', 'apenas', 'deje', 'deja', 'tranqui', 'facil', 'sencill', 'simple', 'pavada', 'tonteria', 'bobada', 'boludez', 'chorrada', 'zoncera', 'sonsera', 'cosa de nada', 'cualquier', 'mayoria', 'obvio', 'evidente', 'pecho', 'personal', 'nomas', 'y ya', 'papa', 'pan comido', 'simplisimo', 'nino', 'nadie mas', 'ningun', 'problema', 'lio', 'rollo', 'escandalo', 'menor', 'minim', 'insignificante', 'importancia', 'mala sangre', 'su tiempo', 'su debido tiempo', 'gritando', 'nervios', 'exaltad', 'agresiv', 'insultando', 'olvid', 'cuando', 'desesper', 'no es un', 'no es una', 'no es tanta', 'no es tanto', 'no es mucho', 'tampoco es'],
      unless: [
        'no es (?:nada )?grave,? pero (?:entiendo|lo entiendo|se que)',
        'entiendo (?:lo|que)',
        'para que (?:sea|resulte) (?:mas )?(?:facil|sencillo)',
        'es (?:mas )?(?:facil|sencillo|simple) (?:si|que|de lo que)',
        // «es fácil perderse en ese menú»: empathy, not minimising
        'es (?:muy |bastante |super )?(?:facil|sencillo) (?:perderse|confundirse|equivocarse|liarse|enredarse|olvidarse|olvidarlo|pasarlo por alto|pasar por alto)',
      ],
    },
    en: {
      patterns: [
        {
          kind: 'calm',
          match: [
            'calm down', 'relax(?=[,.!]|\\s+it)', 'chill(?: out)?(?=[,.!])',
            'patience is (?:a virtue|the mother of)', 'good things come to those who wait',
            // Calling the customer names belittles them: «you're an idiot», «your an idiot» (as typed); not "nobody thinks you're
            // stupid", "if you're clueless about routers", "the driver told you you're stupid" (forty-sixth session).
            "(?<!\\b(?:not|think|thinks|thought|says|said|you|if)\\x20)(?:you're|your|you are|ur) (?:an? )?(?:complete |total |absolute |utter )?(?:idiot|moron|fool|clown|joke|child|imbecile|stupid|clueless)", 'what an? (?:idiot|moron|clown|imbecile)(?=\\s*[.!]|$)',
            '(?:please )?(?:be patient|have (?:some |a little |more )?patience)',
            // Twentieth session: patience asked for in one word, as its own sentence.
            `${SENTENCE_OPENING.en}patience(?=\\s*[.!]|$)`,
            "(?:i )?(?:don't|can't) see (?:what|where) the (?:problem|issue|big deal) is", 'all in good time',
            // Waiting told as all there is, the sentence ending on it: "You have to wait.", "you'll just have to wait and see".
            "(?:you|u)(?:'ll| will)? (?:just |simply )?(?:have|need|got) to (?:just )?wait(?: (?:and see|a bit|a little|some more|longer|like everyone else))?(?=\\s*[.!🤣😂]|$)",
            // Fourteenth session: waiting asked for, the problem made common or compared away, the harm counted small.
            "please wait (?:(?:a (?:little|bit|while)|some time) (?:longer|more)|for some (?:more )?time|patiently)(?=\\s*(?:[.!,;]|$))",
            // Patience asked for in the idioms staff use: "please bear with us", "hang tight", "just wait :)", "please wait a
            // few more days" (not "thank you for bearing with us": thanks, like «gracias por tu paciencia»).
            "(?<!for )(?:please )?(?:bear|bare) with (?:us|me)", "(?:^|(?<=[.!?,]\\x20)|(?<=\\b(?:please|so) ))(?:hang tight|sit tight(?=\\s*(?:[.!,]|$)| while| and| for))", `${SENTENCE_OPENING.en}just wait(?=\\s*(?:[.!]|:\\)|$))`,
            "please wait (?:a few|a couple(?: of)?|some) (?:more )?(?:days|weeks|hours)",
            // Twenty-ninth session: waiting told as a span with nothing else ("Just wait at least an hour"), patience as all that is
            // asked, a «when?» answered with itself ("It'll be ready when it's ready", "When it's ready."), the product not for them.
            `${SENTENCE_OPENING.en}(?:please )?just wait (?:at least |another |a few |a couple (?:of )?|some |a bit |a little )?(?:an? |\\d+ |few |more )?(?:hours?|days?|weeks?|while)(?=\\s*[.!]|$)`,
            "patience is all (?:i|we)(?:'m|'re| am| are)? (?:asking|ask)",
            // Forty-first session: "all you can do is wait", "the only thing left is to wait (and keep trying)".
            "(?:all (?:you|we|u) (?:can|could) do(?: now| for now| at this point)? is|the only thing (?:left(?: to do)?|to do|(?:you|we) can do)(?: now)? is|there(?:'s| is) nothing (?:else )?(?:to do|(?:you|we) can do) but) (?:to )?(?:just )?wait(?=\\s*[.!]|$|,? and (?:keep )?(?:re)?try(?:ing)?|see)",
            `(?:(?:it|this|that)(?:'ll| will)? be (?:ready|done|out|released|fixed) |${SENTENCE_OPENING.en})when it(?:'s| is) (?:ready|done)(?=\\s*[.!]|$)`,
            "maybe (?:this|our) (?:@ )?isn't (?:for you|right for you)(?=\\s*[.!]|$)",
            "(?:this|it|that) (?:could|can|may|might|would)(?: have)? happen(?:ed)? (?:with|to|at|on) (?:anybody|anyone|everyone|everybody|(?:any|every|all|other) (?:airlines?|compan(?:y|ies)|banks?|providers?|carriers?|stores?|flights?|customers?))",
            "happens (?:to|with) (?:everyone|everybody|all (?:of us|airlines|companies)|any (?:airline|company|bank))",
            "(?:is|are) (?:comparable|similar|in line|on par) (?:to|with) (?:other|most|any|all|the rest of the) (?:airlines|companies|banks|providers|carriers|operators|brands|stores)",
            "(?:affected|affects|affecting|impacted|impacts|impacting) (?:only )?(?:a )?(?:very )?(?:small|tiny|reduced|limited|minimal) (?:number|percentage|fraction|share|group|handful) of (?:users|customers|clients|accounts|people|orders|passengers)",
            "(?:i|we)(?:'d| would)? (?:kindly )?(?:ask|request) (?:you )?(?:for )?(?:your |a little |some |a bit of |more )?(?:patience|to be patient)", "(?:i|we)(?:'d| would)? (?:kindly )?ask that you (?:please )?be patient",
            // Patience requested as a favour to come, not thanked for: "your patience would be appreciated".
            "(?:your )?patience(?: and (?:understanding|cooperation))? (?:would|will) be (?:much |greatly |really |highly )?appreciated",
            "(?:we|i)(?:'d| would) (?:really |greatly |truly )?appreciate (?:your|some|a little) (?:patience|understanding and patience)",
            "(?:it's|it is|this is|that's|that is) (?:not|no) (?:such )?a big deal",
            'no big deal',
            // Thirty-eighth session: the sum counted small ("it's not a huge amount", "that's not that much money").
            "(?:it's|it is|that's|that is|this is|it was|that was) (?:not|hardly) (?:(?:that|such|so) )?(?:a )?(?:huge|large|big|significant|lot of) (?:amount|sum|charge|fee|difference|money)",
            "(?:it's|it is|that's|that is|it was|that was) (?:not|hardly) (?:that much|much|a lot of) money",
            "(?:it's|it is|that's|that is)(?: really| honestly)? not (?:that|so|all that) (?:bad|serious|big|hard|difficult|complicated|tricky)",
            "(?:it's|it is|that's|that is) (?:only|just) (?:a )?(?:(?:small|tiny|minor|little|quick) )+(?:glitch|issue|problem|delay|hiccup|bug|thing|inconvenience|wait)",
            "(?:these things|stuff|things like this|shit) happens?(?=\\s*[,.!;]|$)",
            // Twenty-ninth session, language parity (the other language had it): "stop complaining".
            "(?:^|(?<=[.!?,]\\x20)|(?<=\\bplease\\x20))(?:stop|quit|enough) (?:complaining|whining|moaning|grumbling|with the (?:drama|complaints|whining))",
            "(?:no one|nobody|no other customer) else (?:has )?(?:complained|has this problem|has had this problem)",
            "(?:(?:no one|nobody) else|no other (?:customers?|users?|clients?)) (?:has|have) (?:reported|raised|mentioned) (?:this|that|the same|any|a similar|such an?) ?(?:issue|problem|error|bug)?",
            "(?:our|other|the rest of our|all (?:of )?our) (?:@ ){0,2}(?:customers|users|clients)(?: @){0,3} (?:haven't|have not|hasn't|has not) (?:reported|raised|had|mentioned) (?:any |this |that |the same |a similar |such an? )?(?:issues?|problems?|errors?|complaints?|trouble)(?![^.!?]{0,30}\\b(?:since|after|with the (?:new|latest)|on the (?:new|latest))\\b)",
            // Forty-seventh session: everybody else enjoyed it, said back to a review: "the other guests seemed to enjoy it just fine".
            "(?:other|all (?:the |our )?other|most (?:of )?(?:our|the)|the rest of (?:our|the)) (?:guests|customers|diners|patrons|clients|patients|members|users)(?: @){0,4} (?:(?:seemed|seem) to )?(?:(?:enjoy(?:ed)?|loved?) (?:it|them|their)|were (?:happy|fine|satisfied)(?! to))\\b",
            // Fifty-second session (real61): the same as praise from the rest, "our breakfast is generally highly appreciated by our international clientele".
            "(?:appreciated|praised|enjoyed|loved|liked) by (?:our|my|most of (?:our|my)|all (?:of )?(?:our|my)|many of (?:our|my)|the rest of (?:our|my)|other) (?:@ ){0,2}(?:guests|customers|clients|clientele|diners|patrons|visitors)\\b",
            "(?:(?:it's|it is|that's|is) |(?:^|(?<=[.!?]\\x20)))not (?:exactly |quite )?the end of the world",
            "(?:there's|there is) no need to (?:get|be) (?:upset|angry|worked up|so upset|dramatic)",
            "no need to (?:get|be) (?:upset|angry|worked up|so upset|dramatic)",
            "don't (?:overreact|be so dramatic|get so worked up|panic)",
            "you(?:'re| are) overreacting",
            "(?:you're|you are) (?:making|blowing) (?:this|it|that) (?:bigger than it is|out of proportion|into a bigger deal than it is)",
            '(?:making|make) (?:a )?(?:mountain out of a molehill|big deal out of)',
            "(?:it's|it is) (?:only|just) (?:a|one|two|three|a few|\\d+) (?:day|days|hour|hours|minutes?|weeks?|dollars?|bucks)(?: @){0,2}",
            // Twenty-fourth session: waiting asked for with nothing to wait on but what was said before ("Request you to wait
            // till the time mentioned", "Kindly stay tuned for further update on this"); a failure made a hiccup; help held
            // back until they calm down ("if you keep shouting I can't help you").
            "(?:(?:(?:i|we) )?(?:kindly )?request(?:ing)? you to (?:kindly |please )?|(?:^|(?<=[.!?,]\\x20)|(?<=\\x40[\\w.-]{0,30}\\x20))kindly )(?:stay tuned|wait|be patient)(?: (?:till|until|for) (?:the |an? )?(?:time(?:line|frame)?|date|estimate[sd]?|tat|(?:further )?updates?)(?: (?:mentioned|given|shared|provided|communicated|committed))?)?(?: on this)?(?=\\s*[.!]|$| \\^| and (?:i'm|i am|we're|we are) (?:sure|positive|confident))",
            // ("blip" is left to the model, which already reads it: in the lexicon it moved the model's calibration.)
            "(?:a |one )?(?:little|tiny|small|slight|minor|wee|bit of a) hiccups?(?<!\\b(?:may|might|could|will|you (?:mentioned|reported|noticed|described))\\b[^.!?]{0,50})(?! (?:you|that you) (?:saw|mentioned|reported|noticed|had|hit))",
            "(?:if|while|as long as) you (?:keep|continue|carry on) (?:shouting|yelling|swearing|screaming|being (?:rude|aggressive|abusive))[^.!?]{0,30}?(?:i|we) (?:can't|won't|am unable to|are unable to) (?:help|assist)(?: you)?",
          ],
          span: 'match',
        },
        {
          kind: 'easy',
          match: [
            "(?:it's|it is|that's|that is|this is) (?:really |very |super |pretty |so |extremely )?(?:easy|simple|trivial|straightforward|a no-brainer)(?! to (?:miss|overlook|get wrong))",
            'anyone can (?:do|fix|set up|figure)',
            '(?:most|all|other) (?:customers|users|people) (?:manage|can do|figure|set it up|do it|fix it|handle)(?: @){0,4}',
            'everyone (?:else )?(?:manages|knows|can do)',
            "(?:it's|it is) (?:obvious|common sense)",
            // Thirty-first session: the same in other voices ("Not rocket science.", "a restart is all that is required").
            "(?:is(?:n't| not)|not) rocket science", "is all (?:that is|that's|that|it) (?:required|needed|takes)",
          ],
          span: 'match',
        },
        {
          kind: 'normal',
          match: [
            "(?:sending|repeated|multiple|more|extra|further) (?:@ ){0,2}(?:messages|emails|e-mails|calls|chasers|dms|inquiries|enquiries|tickets)(?: @){0,5} (?:won't|doesn't|don't) (?:speed|hurry|make it|get it|change)",
            'nothing (?:unusual|out of the ordinary|abnormal) (?:about|here|there|with)',
            "(?:it's|it is|that's|that is) the same (?:at|with|for|across) (?:every|all|any) ",
            'happens (?:to|with) (?:everyone|everybody|all|every|any)(?:one)?(?= |$|[.,!;])',
            'part and parcel of',
            "(?:do|does) (?:get|go) (?:damaged|lost|delayed|missing) (?:sometimes|occasionally|from time to time)",
            "(?:it's|it is|that's|that is|amounts to|it amounts to) (?:only|just|merely|a mere) (?:[$£€] ?\\d+|\\d+ ?(?:[$£€]|pounds|euros|dollars|quid|bucks))",
            // Thirty-first session: the complaint called overblown, few people hit, chasing called useless, a "when?" answered with itself.
            "(?:making|make|made) (?:this|it|that) (?:into )?(?:a )?(?:bigger|big) (?:deal|issue|thing|problem) than", "(?:somewhat |a bit |rather |slightly )?exaggerat(?:ed|ing)\\b",
            "(?:only|just) a (?:handful|few|small number) of (?:people|users|customers)(?: were)? (?:hit|affected)", "(?:hit|affected) (?:very few|only a few|a handful of) (?:users|people|customers)",
            "(?:pinging|chasing|sending more|more (?:msgs|pings|messages)|further messages) (?:@ ){0,3}(?:will not|won't|doesn't|does not) (?:make it|expedite|speed|hurry)", "(?:will not|won't) expedite (?:your|the) (?:request|case|ticket|order)",
            "(?:released|drop|out|ship|done|land) when it(?:'s| is) (?:ready|done)(?=\\s*[.!]|$|\\s*\\W)", "(?:not sure|don't see|do not see) what the (?:issue|problem|fuss|big deal) is",
            "(?:i'd|i would|we'd|we would) (?:recommend|suggest|advise) (?:reading|checking) (?:the|our) (?:@ ){0,2}(?:faq|faqs|help|guide|terms|website|site)(?: @){0,4} before (?:messaging|contacting|writing|emailing|calling|reaching)",
          ],
          span: 'match',
        },
      ],
      gate: ['wait', 'bear with', 'no one', 'nobody', 'no other', 'clients', 'bare with', 'ed by our', 'ed by my', 'ed by most', 'ed by all', 'ed by many', 'ed by the rest', 'ed by other', 'tight', 'happen', 'comparable', 'similar', 'in line', 'on par', 'number of', 'percentage', 'fraction', 'share of', 'group of', 'handful', 'calm', 'patience', 'patient', 'idiot', 'moron', 'fool', 'clown', 'joke', 'imbecile', 'stupid', 'clueless', 'child', 'good things', 'relax', 'messages', 'mails', 'calls', 'chasers', 'dms', 'quiries', 'tickets', 'unusual', 'ordinary', 'abnormal', 'same', 'parcel', 'sometimes', 'occasionally', 'time to time', 'recommend', 'suggest', 'advise', 'chill', 'deal', 'bad', 'serious', 'big', 'world', 'need to', 'overreact', 'dramatic', 'worked up', 'panic', 'only', 'just', 'easy', 'simple', 'trivial', 'straightforward', 'brainer', 'anyone', 'customers', 'users', 'guests', 'people', 'everyone', 'obvious', 'common sense', 'hard', 'difficult', 'complicated', 'tricky', 'else', 'proportion', 'molehill', 'problem', 'issue', 'good time', 'tuned', 'hiccup', 'shouting', 'yelling', 'swearing', 'screaming', 'rude', 'aggressive', 'abusive', 'when it', 'for you', 'complain', 'whin', 'moan', 'grumbl', 'rocket', 'required', 'needed', 'takes', 'exaggerat', 'few', 'affected', 'pinging', 'chasing', 'msgs', 'expedite', 'ready', 'done', 'amount', 'money', 'sum', 'charge', 'fee', 'difference'],
      unless: ["(?:it's|it is) (?:really |very |so )?easy to (?:get lost|miss|overlook|get confused|mix up)", "(?:i|we) (?:understand|know|get) (?:how|that|it's)", "to make (?:it|this) (?:easy|easier|simple)", 'easy (?:fix|way|option) (?:is|would be|for you)',
        // A step's own short wait is an instruction, not a brush-off: "Restart the router. Just wait 2 minutes." (thirty-second session).
        '(?:just )?wait (?:\\d+|a few|a couple of|one|two|three|five|ten|thirty|another) (?:more )?(?:seconds?|secs?|minutes?|mins?)(?= (?:and|then|for|before|until)\\b|\\s*[.!,;]|$)'],
    },
  },
  suggest,
);

function suggest(info: SpanInfo): string[] {
  const easy = info.kinds.every((k) => k === 'easy');
  // A span that runs to the end of the sentence takes its full stop with it.
  const stop = /[.!?…]$/.test(info.quote) ? '.' : '';
  if (stop) return suggestCore(info, easy).map((s) => `${s}${stop}`);
  return suggestCore(info, easy);
}

function suggestCore(info: SpanInfo, easy: boolean): string[] {
  const reg = info.register;
  const cap = caseLike(info);
  if (info.lang === 'en') {
    if (easy) return [cap("I'll walk you through it step by step"), cap("let's do it together, it only takes a minute")];
    return [cap('I understand how frustrating this is'), cap("I'm sorry this has been such a hassle")];
  }
  if (easy) {
    return [
      cap(byRegister(reg, { tu: 'te guío paso a paso', usted: 'le guío paso a paso' })),
      cap(byRegister(reg, { tu: 'lo hacemos juntos, te acompaño en cada paso', usted: 'lo hacemos juntos, le acompaño en cada paso' })),
    ];
  }
  return [
    cap('entiendo lo frustrante que es esto'),
    cap(byRegister(reg, { tu: 'siento mucho las molestias que te está causando', usted: 'siento mucho las molestias que le está causando' })),
  ];
}

/** Test cases and training examples: `[[…]]` marks the span the rule must find. Not shipped to the page (nothing there imports them). */
export const examples: RuleExample[] = [
  // Thirty-seventh session: patience thanked for is no patience asked for.
  { lang: 'en', text: 'Thank you so much for your patience while we sorted the refund.', lexiconOnly: true },
  // Sixteenth session: patience asked for in two words, time told to take its course, the problem not seen.
  { lang: 'es', text: 'Las cosas de palacio van despacio. [[Un poquito de paciencia]] 😉' },
  { lang: 'es', text: 'Hola, la tarea sale la otra semana. [[No veo cuál es el problema]].' },
  { lang: 'en', text: "The release is next week. [[I don't see what the problem is]]." },
  { lang: 'es', text: 'Gracias por tu paciencia, ya está listo.' },
  // Sixteenth session: waiting told as all there is.
  { lang: 'en', text: "[[You have to wait]]. The update isn't ready yet." },
  { lang: 'es', text: '[[Hay que esperar]]. La versión nueva todavía no sale.' },
  { lang: 'en', text: 'You have to wait 24 hours before the new password works.' },
  { lang: 'es', text: 'Tienes que esperar a que llegue el SMS con el código.' },
  // Fourteenth session: waiting asked for, the problem made common or compared away, the harm counted small.
  { lang: 'en', text: "We're close to the release. [[Please wait for some more time]]." },
  { lang: 'en', text: 'Sorry about the bags, but [[this could happen with any airline]].' },
  { lang: 'en', text: 'Our legroom [[is comparable to other airlines]].' },
  { lang: 'en', text: 'The outage [[affected a small number of customers]] and is fixed.' },
  { lang: 'es', text: 'Lo sentimos, pero [[le puede pasar a cualquier aerolínea]].' },
  { lang: 'es', text: 'La caída [[afectó a un reducido número de usuarios]].' },
  { lang: 'es', text: 'Ya casi está; [[espera un poco más]] y te aviso.' },
  { lang: 'en', text: 'Please wait for the confirmation email before you pay.' },
  { lang: 'es', text: 'Nuestros precios son similares a los del año pasado, te dejo la tabla.' },
  { lang: 'es', text: 'Puede pasar a cualquiera de nuestras sucursales para hacer el cambio.' },
  { lang: 'es', text: 'El trámite es igual que cualquier otra devolución: imprimes la etiqueta y listo.' },
  { lang: 'en', text: 'Please wait a little while the page reloads, then press Pay again.' },
  { lang: 'en', text: "Only a limited number of customers qualify for the upgrade, and you're one of them!" },
  // A proverb of patience, «calm» told to them.
  { lang: 'es', text: '[[La paciencia es la madre de todas las ciencias]], Laura.' },
  { lang: 'es', text: '[[Con calma]], la petición está siendo tramitada.' },
  { lang: 'es', text: 'Lo revisamos con calma y te escribo mañana con la respuesta.' },
  // It happens to everyone, it was only a little, insisting won't help.
  { lang: 'es', text: 'Hola Karen, los retrasos [[le pasan a todas las aerolíneas]].' },
  { lang: 'es', text: 'Hola Marina, no hace falta que sigas escribiendo: te aviso yo en cuanto salga el pedido.' },
  { lang: 'es', text: 'Cami, [[los mensajes repetidos por este medio no aceleran]] el despacho.' },
  { lang: 'en', text: '[[Sending multiple messages won\'t speed]] things up, they all land in the same queue.' },
  { lang: 'en', text: "I get the frustration about the fee, but [[it's only $5]]." },
  { lang: 'en', text: 'It happens with some older routers; I can send you a new one today.' },
  { lang: 'es', text: '[[Cálmese, no es para tanto]].', suggest: ['Entiendo lo frustrante que es esto', 'Siento mucho las molestias que le está causando'] },
  { lang: 'es', text: '[[Tranqui, es una pavada]]: borrás la caché y listo.', suggest: ['Entiendo lo frustrante que es esto', 'Siento mucho las molestias que te está causando'] },
  { lang: 'es', text: '[[No exagere]], ya le envío el enlace.' },
  { lang: 'es', text: '[[Tampoco es para ponerse así, son solo dos días de retraso]].' },
  { lang: 'es', text: '[[No hace falta que se altere]], ya lo estoy revisando.' },
  { lang: 'es', text: '[[Es muy fácil]], solo tiene que reiniciar el router.', suggest: ['Le guío paso a paso', 'Lo hacemos juntos, le acompaño en cada paso'] },
  { lang: 'es', text: 'Hola, [[calmate]] que ya lo vemos.' },
  { lang: 'es', text: '[[es super sencillo]], entras en ajustes y lo cambias' },
  { lang: 'es', text: 'Entiendo lo frustrante que es quedarse sin internet en pleno teletrabajo.' },
  { lang: 'es', text: 'Reinicia el router desde el botón de atrás y dime si la luz de internet se pone verde.' },
  { lang: 'es', text: 'Para que sea más fácil, te mando los pasos con capturas.' },
  { lang: 'es', text: 'Sé que ya dedicó mucho tiempo a esto y le agradezco la paciencia.' },
  { lang: 'en', text: "[[Relax, it's not a big deal]]." },
  { lang: 'en', text: "Just restart it, [[it's easy]].", suggest: ["I'll walk you through it step by step", "let's do it together, it only takes a minute"] },
  { lang: 'en', text: '[[Calm down]], we are looking into it.', suggest: ['I understand how frustrating this is', "I'm sorry this has been such a hassle"] },
  { lang: 'en', text: "[[There's no need to get upset]]; I'm checking it now." },
  { lang: 'en', text: "Honestly [[it's only two days]], the parcel is on its way." },
  { lang: 'en', text: '[[Most customers manage this on their own]].' },
  { lang: 'en', text: 'I completely understand how frustrating this is, especially after waiting all week.' },
  { lang: 'en', text: "To make this easy, I've attached a short guide with screenshots." },
  { lang: 'en', text: 'Please restart the router and tell me whether the light turns green.' },
  { lang: 'es', text: "[[Relájate, no es nada grave]]." },
  { lang: 'es', text: "[[Es sencillísimo, cualquiera lo hace]] en dos minutos." },
  { lang: 'en', text: "[[Don't overreact, it's just a small delay]]." },
  { lang: 'en', text: "[[It's really simple]], just clear your cache." },
  { lang: 'en', text: "It's easy to miss that setting, so I've switched it on for you." },
  { lang: 'es', text: "La configuración es sencilla: te paso los pasos y, si te trabas, te llamo." },
  // Generalisation pass: other minimisers, diminutives, «que se calme», «not that hard».
  { lang: 'es', text: "[[Tampoco es tan grave, son dos días nomás]]." },
  { lang: 'es', text: "[[Es muy sencillito]], nada más tiene que darle clic en el enlace." },
  { lang: 'es', text: "[[No te lo tomes tan a pecho, son cosas que pasan]]." },
  { lang: 'es', text: "[[Cualquier persona lo puede hacer]] en dos minutos desde la app.", suggest: ['Te guío paso a paso', 'Lo hacemos juntos, te acompaño en cada paso'] },
  { lang: 'es', text: "[[Tampoco exageremos]], el servicio se cortó media hora." },
  { lang: 'es', text: "[[Le pido que se calme y me deje explicarle.]]", suggest: ['Entiendo lo frustrante que es esto.', 'Siento mucho las molestias que le está causando.'] },
  { lang: 'es', text: "[[No hay que hacer un drama por esto]], ya lo estoy revisando." },
  { lang: 'en', text: "Honestly, [[it's really not that hard]], just follow the steps." },
  { lang: 'es', text: "No pasa nada si no lo tienes a mano, puedo buscar el pedido con tu correo." },
  { lang: 'es', text: "Te dejo una guía muy sencilla con capturas para cuando tengas un rato." },
  { lang: 'en', text: "Let me know if it happens again and I'll check the logs." },
  { lang: 'es', text: "No te preocupes, en serio [[no es nada del otro mundo]]." },
  // Blind batch 2: other synonyms, inflections and word orders.
  { lang: 'es', text: "[[Estás haciendo un drama]] por nada." },
  { lang: 'es', text: "[[No hace falta hacerse tanto lío]] por un cargo." },
  { lang: 'es', text: "[[Es una diferencia mínima]]." },
  { lang: 'es', text: "Es fácil confundirse con esas dos tarifas; te explico la diferencia." },
  { lang: 'en', text: "[[You are blowing this out of proportion]]." },
  { lang: 'en', text: "It is easy to miss that setting, so here is a screenshot." },
  // Patience asked for, not thanked for.
  { lang: 'en', text: '[[Please be patient]], returns take 14 days.' },
  { lang: 'en', text: 'Thank you for your patience while we look into it.' },
  { lang: 'en', text: 'You will receive the cashback as per the offer. [[Your patience and understanding would be appreciated]].' },
  { lang: 'en', text: 'Your patience has been much appreciated, the refund went out this morning.' },
  { lang: 'en', text: '[[We would appreciate your patience]] while we fix this.' },
  { lang: 'en', text: 'We appreciate your patience, the fix is live now.' },
  { lang: 'es', text: 'El reintegro se acredita según la promoción; [[le agradeceríamos su paciencia]].' },
  { lang: 'es', text: 'Le agradecemos su paciencia: el reintegro ya está acreditado.' },
  { lang: 'es', text: '[[Ten paciencia]], tu ticket será respondido.' },
  { lang: 'es', text: 'El catálogo se está volviendo a cargar: [[te pido un poco de paciencia]], son muchos archivos.' },
  { lang: 'en', text: 'The courier is backed up this week, so [[we ask for your patience]].' },
  { lang: 'es', text: 'Hay una caída general: [[solicitamos su paciencia]] mientras se normaliza el servicio.' },
  { lang: 'en', text: "[[We'd ask for your patience]] while the courier catches up." },
  { lang: 'es', text: 'Te agradezco la paciencia que nos tuviste con este pedido.' },
  { lang: 'es', text: 'Gracias por tu paciencia mientras lo revisamos.' },
  { lang: 'en', text: "Let me start by saying [[your an idiot]]." },
  // Fifty-third session (real62): nobody else said to have reported it; others who did reported, said as validation.
  { lang: 'es', text: 'No creo que sea la versión: [[nuestros usuarios no han reportado problemas]] con esa función.', lexiconOnly: true },
  { lang: 'en', text: "Odd, [[no one else has reported this issue]] since the update went out.", lexiconOnly: true },
  { lang: 'en', text: "Other users have reported the same problem, so we've escalated it to the developers.", lexiconOnly: true },
  { lang: 'es', text: 'Otros clientes han reportado el mismo error y ya lo estamos corrigiendo.', lexiconOnly: true },
  { lang: 'en', text: 'Thanks for opening this: no one has reported this issue yet, so your logs help a lot.', lexiconOnly: true },
  { lang: 'en', text: "Other users haven't had this problem since 2.4, so updating should fix it for you too.", lexiconOnly: true },
  { lang: 'en', text: 'The joke on the label was a printing error, sorry about that.' },
  // Eighteenth session: the patronising address.
  { lang: 'es', text: 'Paciencia, [[joven padawan]]: el plazo empieza cuando se publique la pauta.', lexiconOnly: true },
  { lang: 'es', text: 'Calma, [[pequeño saltamontes]]. El plazo corre desde que sale la pauta.', lexiconOnly: true },
  { lang: 'es', text: 'Tranquilo, Édgar, lo importante es que nadie salió herido. El ajustador ya va en camino.', lexiconOnly: true },
  // Twentieth session: patience in one word.
  { lang: 'es', text: 'Hasta que no salga en el portal no se puede hacer nada. [[Paciencia]].', lexiconOnly: true },
  { lang: 'en', text: 'The build is in review with the store. [[Patience]].', lexiconOnly: true },
  { lang: 'es', text: 'Gracias por tu paciencia.', lexiconOnly: true },
  { lang: 'en', text: 'Please wait for the delivery confirmation email before you pay.', lexiconOnly: true },
  // Twenty-fourth session: waiting asked for with nothing to wait on, a failure made a hiccup, help held back until calm.
  { lang: 'en', text: '@jdoe [[Request you to wait till the time mentioned]]. ^RK', lexiconOnly: true },
  { lang: 'en', text: '@jdoe [[Kindly stay tuned for further updates]]. ^PS', lexiconOnly: true },
  { lang: 'en', text: 'The courier has it; kindly stay tuned to the tracking link, it shows the van on the map from 9am tomorrow.', lexiconOnly: true },
  { lang: 'en', text: 'Sorry about the [[little hiccup]] with checkout last night, it is working again now.', lexiconOnly: true },
  { lang: 'en', text: 'The outage this morning was caused by a failed database upgrade; all payments are back to normal.', lexiconOnly: true },
  { lang: 'en', text: "[[If you keep shouting at me I can't help you]].", lexiconOnly: true },
  { lang: 'es', text: 'Le entiendo, pero [[si usted sigue gritando así no la puedo atender]].', lexiconOnly: true },
  { lang: 'es', text: 'Entiendo que esté alterada, es normal después de tres días sin luz. Ahora mismo reviso la orden.', lexiconOnly: true },
  // (Review of the twenty-fourth session.)
  { lang: 'en', text: 'We request you to wait 24 hours before retrying the payment so the bank can release the hold.', lexiconOnly: true },
  { lang: 'en', text: 'Your refund will reach your card by Friday. Kindly wait till the date mentioned.', lexiconOnly: true },
  { lang: 'en', text: 'There may be a slight hiccup in service between 2 and 3am on Sunday while we upgrade the servers.', lexiconOnly: true },
  // Patience asked for in staff idioms; thanks for it is no request.
  { lang: 'en', text: 'The sync service is down again. [[Please bear with us]] while we work on it.', lexiconOnly: true },
  { lang: 'en', text: "We're heads down on the release, so [[hang tight]] and I'll get to the reports later.", lexiconOnly: true },
  { lang: 'en', text: 'Support for the new firmware has to be added by hand. [[Just wait]] :)', lexiconOnly: true },
  { lang: 'es', text: '[[Aguarda unos días más]] hasta que salga la actualización.', lexiconOnly: true },
  { lang: 'en', text: 'Thank you for bearing with us: the refund went out this morning.', lexiconOnly: true },
  { lang: 'en', text: 'Please sit tight in your seat until the seatbelt sign is off.', lexiconOnly: true },
  // Twenty-ninth session: waiting as all that is left, in Spanish as in English; a span to wait with nothing else; a «when?»
  // answered with itself; patience after a laugh; the product not for them. Their near misses.
  { lang: 'es', text: 'Ya revisamos el pedido. [[Solo queda esperar]].', lexiconOnly: true },
  { lang: 'es', text: 'Es un fallo del portal del SAT; [[lo único que queda es esperar]] y seguir intentando.', lexiconOnly: true },
  { lang: 'en', text: "It's an outage on the card network's side, [[all you can do is wait]] and keep trying.", lexiconOnly: true },
  { lang: 'es', text: 'Lo único que queda es esperar la firma del gerente, y te escribo yo el jueves con la respuesta.', lexiconOnly: true },
  { lang: 'es', text: 'Lo siento. [[No queda otra que esperar]].', lexiconOnly: true },
  { lang: 'es', text: 'Solo queda esperar la confirmación del banco; te escribo en cuanto llegue.', lexiconOnly: true },
  { lang: 'es', text: 'El plazo es de un mes, así que [[olvídate del asunto]] hasta entonces.', lexiconOnly: true },
  { lang: 'es', text: '¿La versión nueva? [[Estará cuando esté]].', lexiconOnly: true },
  { lang: 'es', text: '[[JAJA paciencia]]. En unos minutos lo actualizo.', lexiconOnly: true },
  { lang: 'en', text: 'The build is still running. [[Just wait at least an hour]].', lexiconOnly: true },
  { lang: 'en', text: 'Just wait for the confirmation email, it has your tracking number.', lexiconOnly: true },
  { lang: 'en', text: '[[Patience is all I am asking]] for.', lexiconOnly: true },
  { lang: 'en', text: "[[It'll be ready when it's ready]].", lexiconOnly: true },
  { lang: 'en', text: "I'll let you know when it's ready.", lexiconOnly: true },
  { lang: 'en', text: 'If the instructions are too much, [[maybe this engine isn\'t for you]].', lexiconOnly: true },
  // Twenty-ninth session, language parity: «estas cosas pasan», "stop complaining"; a cause told after it, thanks for it.
  { lang: 'es', text: 'Lo siento, [[estas cosas pasan]].', lexiconOnly: true },
  { lang: 'es', text: 'Estas cosas pasan cuando el código postal está mal; te corrijo la dirección ahora.', lexiconOnly: true },
  { lang: 'en', text: '[[Stop complaining]], it is on its way.', lexiconOnly: true },
  { lang: 'en', text: 'Thanks for complaining about it, that is how we found the bug.', lexiconOnly: true },
  // Twenty-ninth session's review: good news, a date to wait for, an apology with its cause, a tool's warnings, plan advice,
  // a troubleshooting step.
  { lang: 'es', text: 'Olvídate del tema, ya está resuelto: te devolvimos el dinero.', lexiconOnly: true },
  { lang: 'es', text: 'El técnico confirmó la visita y solo queda esperar, pasa mañana a las 10.', lexiconOnly: true },
  { lang: 'es', text: 'Lamentablemente es algo que pasa, pero no debería: ya abrí un reclamo con el correo.', lexiconOnly: true },
  { lang: 'en', text: 'To make the linter stop complaining, add this line to your config.', lexiconOnly: true },
  { lang: 'en', text: "If you only need one user, maybe this plan isn't the right fit for you: the Solo plan is cheaper.", lexiconOnly: true },
  { lang: 'en', text: 'Restart the router. Just wait 2 minutes.', lexiconOnly: true },
  // Thirty-first session: minimising in other voices (our own sentences of the probe's shapes).
  { lang: 'en', text: 'Installing the driver [[is not rocket science]].', lexiconOnly: true },
  { lang: 'en', text: 'Reseating the cable [[is all that is required]].', lexiconOnly: true },
  { lang: 'en', text: 'I feel the delay is being [[somewhat exaggerated]].', lexiconOnly: true },
  { lang: 'en', text: '[[Only a handful of users were affected]] and it is fixed.', lexiconOnly: true },
  { lang: 'en', text: '[[Chasing won\'t make it]] go any quicker.', lexiconOnly: true },
  { lang: 'en', text: 'The late fee [[amounts to just £3]].', lexiconOnly: true },
  { lang: 'en', text: 'I understand the outage affected a handful of your sites; here is what we are doing about it.', lexiconOnly: true },
  { lang: 'en', text: 'Once the build is done, the link appears in your dashboard.', lexiconOnly: true },
  // Thirty-eighth session: despair told off, the sum counted small.
  { lang: 'es', text: 'Ya está en camino, [[no se desespere]].', lexiconOnly: true },
  { lang: 'es', text: 'El cobro es correcto. [[Tampoco es un monto tan alto]].', lexiconOnly: true },
  { lang: 'en', text: "[[It's not a huge amount]], so I wouldn't worry.", lexiconOnly: true },  // Forty-sixth session: names called and cheek charged to the customer's face; not a face described, nor oneself called names.
  { lang: 'es', text: '[[Eres un tonto]], la carta lo dice bien claro.', lexiconOnly: true },
  { lang: 'es', text: '[[Mira que tienes jeta]], señora.', lexiconOnly: true },
  { lang: 'es', text: 'Qué cara tienes de feliz en la foto, ¡felicidades por la boda!', lexiconOnly: true },
  { lang: 'en', text: 'Honestly, [[what a moron]].', lexiconOnly: true },
  { lang: 'en', text: 'What an idiot I was, I sent you the wrong link. Here is the right one.', lexiconOnly: true },  // …and after the review: names denied or reported, a tired face, oneself called names.
  { lang: 'es', text: 'No eres tonto por no verlo, el botón está escondido en el menú.', lexiconOnly: true },
  { lang: 'en', text: "I'm sorry the courier said you're stupid; that was unacceptable and I've reported it.", lexiconOnly: true },
  { lang: 'es', text: '¡Qué cara tienes, pobre! Se nota el madrugón; te lo dejo resuelto hoy.', lexiconOnly: true },
  { lang: 'en', text: 'What an idiot, I forgot the attachment. Here it is.', lexiconOnly: true },
  { lang: 'es', text: '[[Vaya morro tenéis]], pedir el reembolso después de un mes de uso.', lexiconOnly: true },
  { lang: 'es', text: 'Tampoco eres tonto por preguntarlo: ese campo está muy escondido.', lexiconOnly: true },
  // Forty-seventh session: the older names denied are no name called either, and «ustedes son» is to their face.
  { lang: 'es', text: 'No eres un idiota por no encontrarlo, el enlace está roto.', lexiconOnly: true },
  { lang: 'es', text: 'Si ya pagaron dos veces, [[ustedes son unos pesados]] por escribir tanto.', lexiconOnly: true },
  // Forty-seventh session: everybody else enjoyed it, said back to a review; not the end of the world.
  { lang: 'en', text: 'Thanks for your review. The pool is heated all year and the [[other guests that weekend seemed to enjoy it]] just fine.', lexiconOnly: true },
  { lang: 'es', text: 'Lamentamos que no te haya gustado, pero [[a los demás clientes de esa noche les encantó]] el lomo.', lexiconOnly: true },
  { lang: 'en', text: 'Other customers enjoyed a discount last month, and we can offer you the same code today.', lexiconOnly: true },
  { lang: 'en', text: 'It was 15 minutes late. [[Not exactly the end of the world]].', lexiconOnly: true },
  { lang: 'en', text: 'Other members were happy to post a workaround in the forum, and I have linked it below.', lexiconOnly: true },
  { lang: 'en', text: "I'm sorry the driver told you it was not the end of the world; it was the wrong thing to say.", lexiconOnly: true },
  { lang: 'es', text: 'A los demás usuarios les gustó poder exportar en PDF, así que lo activamos también en tu plan.', lexiconOnly: true },
  { lang: 'es', text: 'El repartidor le dijo "usted es un ignorante" y eso es inaceptable; ya lo reportamos.', lexiconOnly: true },
  // …the rest of the diners, and a plural that agrees (the first review's misses).
  { lang: 'es', text: 'Lamentamos que no le gustara el menú; [[el resto de los comensales quedaron satisfechos]].', lexiconOnly: true },
  { lang: 'es', text: 'Lamentamos su experiencia; [[las otras huéspedes quedaron encantadas]] con la habitación.', lexiconOnly: true },
  // Fifty-second session (real61): praise from the rest set against the complaint.
  { lang: 'en', text: 'We are surprised by your comments, since our breakfast is generally highly [[appreciated by our international clientele]].', lexiconOnly: true },
  { lang: 'es', text: 'Nos sorprende su comentario: el desayuno es muy [[valorado por nuestros huéspedes]].', lexiconOnly: true },
  { lang: 'en', text: 'Your feedback is appreciated by our team, and the chef has already changed the recipe.', lexiconOnly: true },
];

const rule: Rule = {
  id: 'dismissive',
  languages: ['es', 'en'],
  suggest,
  message: {
    es: 'Minimiza lo que siente o el esfuerzo del cliente. Valida primero: «Entiendo lo frustrante que es».',
    en: 'This downplays how the customer feels or the effort involved. Acknowledge it first: “I understand how frustrating this is.”',
  },
  ...fromLexicons(checker),
  // Waiting asked for is no brush-off when the draft itself says until when ("…by Friday. Kindly wait till the date
  // mentioned.").
  checkDraft: (draft, matches) =>
    draft.commitments.length === 0 ? matches : matches.filter((m) => !WAITING_ASKED.test(draft.folded.slice(m.start, m.end))),
};

export default rule;
