/**
 * blame: blaming the customer or a third party, or defensiveness («como ya le dije»,
 * «no es culpa nuestra», «usted debió leer…», «that's the courier's fault»).
 * Neutral explanations of a cause («el retraso se debe a una incidencia en…», «the charge
 * was applied twice on our side») do not fire.
 *
 * Span: the blaming clause. Suggestions by kind:
 *  - third-party: «El problema vino de X; ya lo estoy gestionando con ellos» (X taken
 *    from the sentence when it names who);
 *  - customer: an ownership / walk-through line («Le explico qué pasó y cómo lo resolvemos»);
 *  - repeat («como ya le dije»): a neutral lead-in («Le resumo»).
 */
import { lexiconChecker, SENTENCE_OPENING, type SpanInfo } from '../patterns';
import { caseLike } from '../grammar/case';
import { byRegister } from '../grammar/register';
import { IMPERATIVE_ES } from '../grammar/next-step';
import { NOT_OURS_SOURCES } from '../grammar/not-ours';
import type { Rule, RuleExample } from './types';
import { fromLexicons } from './lexicon-rule';

/** What was said before, pointed back at: «as previously advised», "as informed earlier". */
const POINTED_BACK_EN = '(?:explained|mentioned|stated|advised|informed|shared|noted|indicated|discussed|communicated)';

const YOU_ES = '(?:usted|ustedes|tu|vos)';
/** Said as a certainty or a guess: «es», «debe ser», «tiene toda la pinta de ser», «me temo que es». */
const SAID_SURE_ES = '(?:es|sera|debe (?:de )?ser|tiene (?:toda )?(?:la )?pinta de ser|parece(?: ser)?|seguramente (?:es|sea)|seguro que es|con toda (?:seguridad|probabilidad) (?:es|sea)|probablemente (?:es|sea)|me temo que es|claramente es|sin duda es)';
/** What the customer could have read first (terms are left out: they are often quoted in the customer's favour). */
const DOCUMENTS_ES = '(?:enunciado|documentacion|readme|manual|faq|preguntas frecuentes|instrucciones|guia|syllabus|wiki|anuncio|tutorial)';
const DOCUMENTS_EN = '(?:docs|documentation|readme|faq|faqs|manual|guide|instructions|assignment|spec|specification|wiki|announcement|syllabus|issue template|contributing guide|tutorial|changelog)';
/** "you should have your refund by Friday": what they will have, not what they should have done. */
const WILL_HAVE = "(?:a|an|the|your|full|it|them|this|that)\\b[^.!?,;]{0,40}?\\b(?:by|within|in \\d|in (?:a|an|the next|the coming)|tomorrow|today|shortly|soon|now|again|back|already)\\b";

/** When a lesson is for: «la próxima vez», «en adelante», «para futuros envíos» (Spanish, folded). */
const FROM_NOW_ON_ES = '(?:la proxima vez|para la proxima|en (?:el )?futuro|de ahora en adelante|en adelante|en lo sucesivo|a futuro|para (?:futur|proxim)[oa]s @)';
/** When a lesson is for: "next time", "in future", "going forward" (English, folded). */
const FROM_NOW_ON_EN = '(?:next time|in (?:the )?future(?: (?:years|orders|purchases|bookings|claims|requests))?|for (?:all |any )?(?:future|subsequent) @s|from now on|going forward|moving forward)';

/** Who else a matter can be "on": the businesses and people around a sale, not things or places. */
const THIRD_PARTY_EN =
  '(?:courier|carrier|delivery (?:company|partner|firm)|driver|airline|bank|seller|vendor|merchant|manufacturer|maker|brand|hotel|shop|store|'
  + 'retailer|supplier|provider|isp|post office|postal service|warehouse|partner|platform|insurer|landlord|agency|venue|organi[sz]ers?|operator|'
  + 'restaurant|developers?|third party|other (?:company|side|party))';

const checker = lexiconChecker(
  {
    es: {
      patterns: [
        {
          kind: 'repeat',
          match: [
            'como (?:ya )?(?:le|te|les|se lo|se los|os) (?:dije|dijimos|explique|explicamos|comente|comentamos|indique|indicamos|avise|avisamos|mencione|he dicho|hemos dicho|he explicado|habia dicho|habia explicado)(?: antes| anteriormente| varias veces| mil veces)?',
            // Fifty-fourth session (real63), said in Spanish: «por favor, no abras varios tickets por el mismo tema».
            'no (?:abr|cre|publiqu|coment|envi|mand)(?:as|es|a|e|an|en) (?:mas |otros |varios |nuevos )?(?:tickets?|hilos?|casos?|consultas?|mensajes?|correos?|solicitudes|temas?)(?: nuevos| duplicados| distintos)? (?:por|sobre|para|con) (?:el mismo|la misma|lo mismo)(?: (?:tema|asunto|problema|caso|error|pedido|motivo|incidente|incidencia))?',
            // «como usted ya sabe», «lea lo que le escribí», «ya le contesté»
            'como (?:usted |tu |vos )?(?:ya )?(?:sabe|sabes|sabra|sabras|sabia|sabias|debe saber|deberia saber)', '(?:lea|lee|lean|lei) (?:bien )?lo que (?:le |te |les )?(?:escribi|escribimos|dije|puse|conteste)', 'ya (?:le|te|les) (?:conteste|contestamos|respondi|respondimos) (?:esa|esta|eso|su|tu)',
            'ya (?:se lo|te lo|le|te|se los) (?:dije|explique|habia dicho|habia explicado|he dicho|he explicado) (?:antes|varias veces|mil veces|dos veces|tres veces)',
            '(?:ya )?(?:se lo |te lo |se los )?(?:(?:le|te|les|os) )?(?:hemos|he|habiamos|habia) (?:dicho|explicado|indicado|informado|repetido|respondido)(?: @){0,3} (?:varias|muchas|repetidas|mil|dos|tres|\\d+) veces',
            // «te lo expliqué clarito en el mensaje anterior», «se lo dije en mi correo anterior»
            '(?:ya )?(?:se lo|te lo|se los|te|le|les) (?:dije|dijimos|explique|explicamos|aclare|aclaramos|indique|indicamos|comente|comentamos|avise|avisamos|deje claro|dejamos claro) (?:(?:bien |muy )?(?:clarito|claramente|clarisimo|bien claro) )?(?:en (?:el|mi|nuestro) (?:mensaje|correo|mail|email|chat) anterior|la (?:otra|ultima) vez|(?:mas )?arriba)',
            // Pointing back at an earlier message, in the team's voice or the impersonal:
            // «como se le informó», «tal como le indicamos anteriormente», «como ya fue informado».
            '(?:como|tal como|tal y como|segun) (?:ya )?(?:se )?(?:le|te|les|os) (?:informo|informamos|indico|indicamos|comunico|comunicamos|notifico|notificamos|aclaro|aclaramos|menciono|mencionamos|explico|comento|respondio|respondimos)(?: anteriormente| previamente| antes| en (?:el|nuestro|mi) (?:mensaje|correo|mail|email|comunicado) anterior| en (?:la|nuestra|mi) (?:respuesta|comunicacion) anterior)?',
            '(?:como|tal como|tal y como) (?:ya )?(?:fue|ha sido|se ha|se habia) (?:informado|indicado|explicado|comunicado|mencionado|notificado|aclarado)(?: anteriormente| previamente)?',
            '(?:como|segun) (?:se )?(?:indico|menciono|informo|explico|comunico|aclaro) (?:anteriormente|previamente|antes)',
            // Twenty-ninth session, language parity (the other language had it): «como ya se le había indicado», «según mi último correo».
            '(?:como|tal como|tal y como|segun) (?:ya )?(?:se (?:le|te|les|os) (?:ha|han|habia|habian)|(?:le|te|les|os) (?:hemos|habiamos|he|habia)) (?:sido )?(?:informado|indicado|comunicado|notificado|explicado|aclarado|mencionado|comentado|dicho|advertido|senalado)(?! (?:a|al|a la|a los|a las) )',
            '(?:segun|conforme a|de acuerdo (?:a|con)|tal como (?:dice|indica|indicaba|decia)) (?:lo (?:indicado|informado|explicado|mencionado|dicho|senalado) en )?(?:mi|nuestr[oa]) (?:(?:ultim[oa]|anterior|previ[oa]) (?:correo|mail|email|e-mail|mensaje|respuesta|comunicado|comunicacion|carta)|(?:correo|mail|email|e-mail|mensaje|respuesta|comunicado|comunicacion|carta) (?:anterior|previ[oa]))',
            `${SENTENCE_OPENING.es}por (?:ultima|enesima|centesima|milesima|tercera) vez(?=,)`,
            // …with «hemos» and no pronoun: «como hemos mencionado en el curso», «tal como ya he comentado» (twenty-eighth session).
            // (Not «como» meaning since, with someone else told: «como ya hemos informado al transportista…».)
            '(?:como|tal como|tal y como) (?:ya )?(?:lo )?(?:hemos|he|habiamos|habia) (?:mencionado|dicho|explicado|comentado|indicado|informado|senalado|aclarado|repetido)(?! (?:a|al|a la|a los|a las|que) )',
            // …by whoever told them, through the channel it went by: «como comentó Ana por correo», «como te dijeron en el chat».
            '(?:como|tal como|tal y como|segun) (?:ya )?(?:te |le |les |os )?(?:comento|comentaron|menciono|mencionaron|indico|indicaron|explico|explicaron|dijo|dijeron|informo|informaron)(?: @){0,3} (?:por|en el|en su|en tu) (?:correo|mail|email|mensaje|chat|telefono|llamada)',
            // Fourteenth session: pointing back at a document they should have read, at an answer already given, or asking
            // whether they read it: «como dice el enunciado», «eso ya se respondió en otra issue», «¿leíste la documentación?».
            `(?:como|tal como|tal y como|segun) (?:lo )?(?:dice|indica|se indica|se dice|menciona|se menciona|explica|se explica|establece|senala|aparece en|esta en|pone) (?:(?:el|la|los|las|nuestr[oa]|nuestr[oa]s) )?${DOCUMENTS_ES}`,
            '(?:eso|esto|esa pregunta|esta pregunta|esa duda|esta duda|lo que preguntas|lo que pregunta) ya (?:se |fue |ha sido |se ha |lo )?(?:respondi[oa]|respondid[oa]|contest[oa]|contestad[oa]|explic[oa]|explicad[oa]|aclar[oa]|aclarad[oa]|hemos respondido|hemos explicado)',
            `(?:leiste|leyeron|leyo|leisteis|revisaste|revisaron|revisasteis) (?:bien )?(?:el|la|los|las) ${DOCUMENTS_ES}(?:[^.!?]{0,40})\\?`,
            '(?:los|las|te|le|les) (?:invitamos|invito|pedimos|pido|recomendamos|recomiendo) a (?:re-?leer|releer|leer (?:bien|con atencion|nuevamente|de nuevo))',
            // «ya le expliqué que…», «ya se le ha explicado en las respuestas anteriores»
            'ya (?:se )?(?:le|te|les) (?:explique|dije|indique|he explicado|hemos explicado|ha explicado|habia explicado|habiamos explicado|ha indicado|hemos indicado) (?:que|en)',
            // Pointing up the thread, or at the same question answered: «líneas arriba le indiqué…», «ya respondí uno igual».
            '(?:lineas|mas) arriba (?:le|te|les|os) (?:indique|explique|dije|comente|respondi|conteste|puse|escribi|mencione|indicamos|explicamos|dijimos|comentamos|respondimos|contestamos|pusimos|escribimos|mencionamos)',
            'ya (?:le |te |les )?(?:respondi|conteste|respondimos|contestamos) (?:uno igual|una igual|lo mismo|esa (?:consulta|pregunta)|esta (?:consulta|pregunta))',
            // Thirty-fourth session: the maintainer's «como dije en #412», «como ya comenté más arriba» (one person, no pronoun,
            // pointing at where it was said); «como te escribí ayer»; «ya te respondimos esto»; «le repito lo que le dije».
            'como (?:ya )?(?:dije|comente|explique|mencione|indique|aclare|escribi|respondi|conteste|puse)(?= (?:en (?:#|el (?:issue|hilo|mensaje|comentario|correo)|la (?:issue|respuesta))|(?:mas )?arriba|antes|anteriormente|varias veces))',
            'como (?:ya )?(?:le|te|les|os) (?:escribi|escribimos|respondi|respondimos|conteste|contestamos|aclare|aclaramos)(?= (?:ayer|antes|anteriormente|(?:mas )?arriba|en|por|el otro dia)\\b)',
            'ya (?:te|le|les|os) (?:respondimos|respondi|contestamos|conteste|dijimos|dije|explicamos|explique|aclaramos|aclare) (?:esto|eso|lo mismo)',
            '(?:le|te|les|os) (?:repito|repetimos|reitero|reiteramos) lo que (?:le|te|les|os) (?:dije|dijimos|indique|indicamos|explique|explicamos|comente|comentamos|escribi|escribimos)',
            // Forty-fifth session: the earlier answer restated or recalled («le reiteramos lo indicado», «te recuerdo que ya te lo expliqué»), and
            // searching or reading asked for before writing («busca antes de abrir un issue»).
            '(?:le|te|les|os) (?:reitero|reiteramos) lo (?:indicado|informado|expuesto|comunicado|mencionado)', '(?:le|te|les|os) (?:reitero|reiteramos|recuerdo|recordamos) que ya (?:se lo |te lo |le |te |les )?(?:dije|dijimos|explique|explicamos|indique|indicamos|informamos|comentamos)',
            '(?:busca|busque|busques|lee|lea|revisa|revise|consulta|consulte)\\b[^.!?]{0,30}? antes de (?:publicar|preguntar|escribir(?:nos)?|(?:abrir|crear|reportar) (?:un |otro |una )?(?:issue|ticket|reporte|hilo|caso|uno))',
          ],
          span: 'match',
        },
        {
          // The fault put elsewhere with our side cleared in the same breath (grammar/not-ours.ts): one construction, rewritten whole.
          kind: 'third',
          match: NOT_OURS_SOURCES.es,
          span: 'sentence',
        },
        {
          kind: 'third',
          match: [
            // Eighteenth session: «un acuerdo con el vendedor, no con nosotros».
            'con (?:el|la) (?:vendedor|vendedora|hotel|aerolinea|transportista|comercio|fabricante|banco|tienda|proveedor|courier),? no (?:con nosotros|conmigo)',
            '(?:es|fue|sera|seria) (?:la )?culpa (?:de|del) @',
            '(?:la )?culpa (?:es|fue|la tiene|la tienen) (?:de|del|de la|de los) @',
            'la culpa (?:es|fue|la tiene|la tienen) (?:el|la|los|las) @',
            'no (?:es|fue) (?:culpa )?(?:nuestra|nuestro|mia|nuestra culpa|mi culpa|responsabilidad nuestra|nuestra responsabilidad)',
            'no (?:somos|soy) (?:responsables?|culpables?)',
            // Sixteenth session: the fault denied for a named thing of ours («no lloró por culpa nuestra», «la culpa no es de
            // nuestra terraza»), the problem placed in the customer's set-up («el problema esté en su instalación»), and the
            // answer pointed back to («eso se explicó en el correo del lunes», «lo que contestamos más arriba»).
            'no (?:@ ){1,2}por culpa (?:nuestra|mia|del (?:local|restaurante|equipo|personal|hotel))',
            'la culpa no (?:es|fue|la tiene|la tenemos) (?:nuestra|mia|de (?:nuestr[oa]s? |la empresa|el local|el restaurante|el hotel)@?)',
            '(?:el problema|la falla|el error|el fallo|la causa)(?: @){0,2} (?:esta|este|es|sea|viene|proviene) (?:en|de|del) (?:su|tu) (?:instalacion|configuracion|equipo|celular|telefono|red|conexion|navegador|servidor|entorno|codigo|proveedor|computadora|ordenador|router|modem|dispositivo)',
            '(?:eso|esto|esa duda|esa pregunta|lo del? @) (?:ya )?se (?:explico|respondio|aclaro|dijo|informo|detallo|publico) (?:en|por) (?:el|la|los|las) (?:correo|mensaje|enunciado|aviso|clase|foro|issue|anuncio|video|pauta|post|hilo)',
            'lo que (?:contestamos|respondimos|dijimos|explicamos|aclaramos|indicamos) (?:mas arriba|arriba|antes|anteriormente|en el (?:mensaje|correo|comentario) anterior)',
            '(?:nosotros )?no tenemos (?:nada que ver|la culpa|ninguna culpa|responsabilidad)',
            // «…no tiene nada que ver con nuestro plugin», «el producto no es de fabricación nuestra».
            '(?:error|errores|problema|problemas|fallo|fallos|rechazo|rechazos|retraso|demora|cargo|aviso|eso|esto|esta|este|estos|estas)(?: @){0,4} no (?:tiene|tienen|tuvo|tuvieron) (?:absolutamente )?(?:nada )?que ver con (?:nosotros|nuestr[oa]s? @)',
            'no (?:es|son|fue|fueron) (?:de )?(?:fabricacion|produccion|responsabilidad|competencia) (?:nuestra|de (?:nosotros|esta empresa|la empresa))',
            'eso (?:es|ya es) (?:problema|cosa|responsabilidad) (?:de|del) (?:la |el |los )?(?:paqueteria|transportista|banco|proveedor|correo|fabricante|operador|courier|otra empresa|ellos)',
            'no depende de nosotros',
            // Fifty-third session (real62): the error put on how the customer installed or set it up, said impersonally («ese
            // tipo de errores ocurre al tener una instalación hecha de manera errónea»).
            '(?:errores?|problemas?|fallos?|fallas?) (?:@ ){0,3}(?:ocurre|ocurren|sucede|suceden|se produce|se producen|aparece|aparecen|se da|se dan|se debe|se deben|viene|vienen) (?:al|por|cuando|a|de) (?:tener |hacer |haber hecho |usar |una |un |la |el |su |tu )*(?:instalacion|configuracion|uso|manipulacion)(?: @){0,3} (?:de (?:manera|forma) )?(?:errone[oa]|incorrect[oa]|indebid[oa]|inadecuad[oa]|mal hech[oa])(?![^.!?]{0,30}\\b(?:nuestr[oa]s?|de la empresa)\\b)',
            // Fifty-third session (real61): the company named in the third person («situación que no depende de Correos»); not the
            // customer's side cleared («una situación que no depende de usted»).
            '(?:situacion|situaciones|causa|causas|motivo|motivos|circunstancia|circunstancias|factor|factores|problema|problemas|demora|demoras|retraso|retrasos) que no (?:depende|dependen|dependia|dependian) (?:de|del) (?!usted|ustedes|ti\\b|vos\\b|vosotros|uds?\\b|tu\\b|su\\b|(?:los |las |la |el )?(?:clientes?|usuarios?|version|app|aplicacion|dispositivo|navegador)\\b)(?:la |el |los |las )?@',
            // Putting the cause outside the company: «por motivos ajenos a nosotros / a la empresa».
            // …one cause or many, outside or foreign to it, the company named again as «la misma» («situación ajena a la misma»,
            // «una falla por causa externa a la compañía»), or just external («por factores externos»).
            '(?:motivos?|causas?|razon(?:es)?|factor(?:es)?|situacion(?:es)?|problemas?|circunstancias?|fallas?|fallos?) (?:totalmente |completamente )?(?:ajen[oa]s?|extern[oa]s?) a (?:nosotros|nuestra (?:empresa|compania|entidad|voluntad|plataforma)|la (?:empresa|compania|entidad|plataforma|misma)|el mismo|@(?: @)?)',
            '(?:por|debido a|a causa de) (?:unos |unas )?(?:motivos|causas|razones|factores|circunstancias) extern[oa]s',
            // «el fallo vino por parte de la transportadora», «la demora fue del lado del banco»
            '(?:el |la )?(?:error|fallo|falla|problema|retraso|demora|inconveniente) (?:vino|viene|fue|es|estuvo|esta) (?:por parte|del lado) (?:de|del) (?:la |el |los |las )?(?!nosotros|nuestr|mi\\b)@',
            'por culpa (?:de|del) (?:la |el |los |las )?(?:transportadora|transportista|paqueteria|courier|banco|proveedor|fabricante|correo|operador|operadora|aerolinea)',
            // defensive: «nosotros despachamos el pedido a tiempo»
            '(?:nosotros|por nuestra parte|de nuestro lado)(?: si)? (?:hicimos|cumplimos|despachamos|enviamos|entregamos|procesamos)(?: @){0,3} (?:bien|a tiempo|en tiempo|en forma|correctamente|como corresponde)',
            'eso (?:es|ya es) (?:un )?(?:tema|problema|asunto) (?:de|del) (?:la |el |los |las |su |tu )?(?:banco|paqueteria|transportista|proveedor|correo|fabricante|operador|operadora|courier|aerolinea|aseguradora|emisor|banco emisor|otra empresa|ellos)',
            '(?:es|son|fue|sera) (?:responsabilidad|culpa) (?:exclusiva |exclusivamente |unicamente |solo )?(?:de|del) (?:la |el |los |las |su |tu )?(?!nosotros|nuestr|mi\\b|este equipo)@',
            'no (?:de|es de|es cosa de|es problema de) nosotros',
            // «el cobro no es un error nuestro»: our side cleared.
            'no (?:es|fue|se trata de) (?:un |una )?(?:error|fallo|falla) (?:nuestr[oa]|de nosotros|de la empresa|de nuestra parte|por nuestra parte)',
            // «no pudimos reproducirlo, todo está ok por nuestro lado»: our side cleared after a check, so the fault is left with them
            // (not a status update: «todo está bien por nuestro lado, solo falta la tasación»).
            '(?:revis|verific|probamos|probe|probado|probando|comprob|reproduc|replic|analiz)[a-z]*\\b[^.!?]{0,80}?(?:todo|esto|eso|el sistema|la plataforma) (?:esta|funciona|se ve|anda) (?:ok|bien|correcto|correctamente|perfecto|perfectamente) (?:por|de|en|desde) (?:nuestro lado|nuestra parte)(?=\\s*(?:[.!;]|$)|,? (?:asi que|por lo que|por favor|prueba|podrias|puedes|quizas|tal vez|puede que|el (?:problema|error)|es probable|seguramente))',
            // «el proveedor es quien maneja los despachos»: the delay is someone else's to solve.
            '(?:el|la) (?:proveedor|transportista|transportadora|paqueteria|banco|fabricante|courier|operador|aseguradora|aerolinea) es (?:quien|el que|la que|el unico que|la unica que) (?:maneja|gestiona|responde|decide|se encarga)',
            '(?:la entidad|el banco|la empresa|nosotros) no (?:asume|asumimos|se hace|nos hacemos) (?:ninguna )?responsab',
            // «los proveedores son los responsables de las entregas»
            '(?:el|la|los|las) (?:proveedor(?:es)?|transportistas?|transportadoras?|paqueterias?|bancos?|fabricantes?|couriers?|operador(?:es|as?)?|aseguradoras?|aerolineas?|terceros) (?:es|son|sera|seran) (?:el |la |los |las )?(?:unic[oa]s? )?responsables?',
            '(?:cargos|cobros|compras) (?:hechos|hechas|realizados|realizadas) por terceros',
            'no (?:nuestra|nuestro|mia|mio)(?=\\s*[.,;:!?]|$)',
            // Twentieth session: the fault put on another company as a guess, our side cleared or the other named as «la propia»:
            // «tiene toda la pinta de ser un problema de la propia AEAT», «funciona perfectamente de este lado».
            `${SAID_SURE_ES} (?:algo|cosa|un (?:problema|error|fallo|tema)|una (?:falla|caida|incidencia))(?: temporal| puntual)? (?:(?:de|en|con) (?:la propia|el propio|los propios|las propias)|del propio|de los propios) (?!app|aplicacion|web|pagina|plataforma|extension|plugin|addon|sistema|tienda|empresa)@`,
            '(?:funciona|va|anda|esta funcionando) (?:perfectamente|bien|correctamente|sin problemas) (?:de|desde|en) (?:este|nuestro|mi) lado(?=\\s*[.;:!]|$)',
          ],
          span: 'clause',
        },
        {
          kind: 'customer',
          match: [
            // The fault laid on the customer in so many words: «nos vamos todos tarde por su culpa» (twenty-eighth session).
            'por (?:su|tu|vuestra) culpa',
            // Eighteenth session: the customer's account called invented, or said without having come:
            // «te has inventado la historia», «está claro que nunca has pisado el local».
            '(?:te|se|os) (?:has|ha|habeis|han) inventado', '(?:te|se) (?:inventaste|invento|inventaron) (?:la|esa|esta|una|toda la|toda esa) (?:historia|resena|queja)', '(?:nunca|jamas) (?:pisaste|piso|pisaron|estuviste en|estuvieron en|comiste en|comieron en)', 'inventarse (?:una|la|esta|esa) (?:historia|resena|queja)', '(?:nunca|jamas) (?:has|ha|habeis|han) (?:pisado|estado en|comido en|probado)',
            '(?:lo ideal|lo correcto|lo suyo|lo mejor) (?:habria|hubiera|hubiese) sido (?:que (?:usted|tu|vos|ustedes) )?[a-z]{3,}',
            // Forty-first session: what the customer gave us called too little to help: «la cantidad de detalles que provees no es
            // suficiente», «los datos que nos enviaste están incompletos» (not as a condition: «si crees que los datos no son suficientes, agrégalos aquí»).
            '(?<!\\b(?:si|cuando)\\b[^.!?;]{0,40})(?:(?:la cantidad|el nivel) de |(?:los|las|la|el|esos|esas|estos|estas) )(?:detalles|datos|informacion|info|descripcion|explicacion|capturas|logs|evidencias?) que (?:nos |me )?(?:(?:has|ha|han|habeis) )?(?:provees?|(?:proporcion|envi|mand|adjunt|compart|facilit)[a-z]*|das|da|diste|dio|dado) (?:no (?:es|son|fue|fueron) (?:suficientes?|bastantes?)|no (?:alcanza|alcanzan|alcanzo|alcanzaron)\\b|(?:es|son|fue|fueron|esta|estan) (?:insuficientes?|incomplet[oa]s?|muy (?:pobres?|vag[oa]s?|escas[oa]s?)))',
            // The second person's duty: «debiste leerlo», «deberías haber llamado».
            `(?<!se )(?:${YOU_ES} )?(?:debiste|debias|deberias haber(?:lo|la|los|las)?|deberias de haber(?:lo|la|los|las)?|tendrias que haber(?:lo|la|los|las)?|tenias que) (?!esperar|recibir|recibido|llegado|visto|tenido|sido|podido|llegar|a |al )@`,
            // «debió / tenía que haber…» is usted's only with usted named or a customer's own duty:
            // «eso no debió pasar», «el cierre debió avisarse», «yo tenía que haberlo llamado» admit a fault.
            `(?:usted|ustedes) (?:no )?(?:debio|debia|debieron|debian|deberian? haber(?:lo|la|los|las)?|deberian? de haber(?:lo|la|los|las)?|tendrian? que haber(?:lo|la|los|las)?|tenian? que haber(?:lo|la|los|las)?|tuvo que haber(?:lo|la|los|las)?|tuvieron que haber(?:lo|la|los|las)?) (?!esperar|recibir|recibido|llegado|visto|tenido|sido|podido|llegar|a |al )@`,
            '(?<!(?:no|que|cual|eso|esto|se|yo|nosotros) )(?:debio|debia|deberia haber) (?:usted )?(?:leer|leido|revisar|revisado|fijarse|fijado|verificar|verificado|comprobar|comprobado|consultar|consultado|seguir|seguido|hacer caso|leerlo|leerla|revisarlo|revisarla)\\b',
            '(?:eso |esto )?(?:te|le|les) (?:pasa|paso|pasaba|ocurre|ocurrio|sucede|sucedio) por (?:no )?@',
            // …and «el fraude ocurrió porque usted compartió su NIP» (forty-seventh session).
            '(?:ocurrio|paso|sucedio|se produjo) porque (?:usted|tu|vos|ustedes) (?!(?:fue|fueron|ha sido|han sido|nos)\\b)',
            '(?:^|(?<=[.!?,]\\x20))(?:las? )?(?:documentacion|guia|readme|instrucciones?) (?:es|son|esta|estan) (?:(?:muy|bastante|super|re) )?clar(?:isim)?[oa]s? (?:en|sobre|con)\\b(?![^.!?]*\\bpero\\b)',
            'por no haber @',
            // …with the one told before it («si nos hubieras avisado», «si me lo hubiera dicho»: thirty-eighth session).
            'si (?:usted |vos |tu )?(?:(?:nos|me) (?:lo |la |los |las )?)?(?:hubiera|hubieras|hubiese|hubieses|hubieran) @(?:ado|ido|to|cho|sto)',
            `(?:porque|ya que|pues|debido a que) ${YOU_ES} no @`,
            // …the pronoun dropped, told by the verb's own person (forty-seventh session): «pasa porque no seguiste la guía».
            '(?<!\\b(?:devolvemos|devolvimos|reembolsamos|reintegramos|cobramos)\\b[^.!?]{0,60})(?:porque|pues|debido a que) no (?!\\w*siste\\b|existe\\b)[a-z]+(?:aste|iste)\\b(?![^.!?]*\\b(?:error nuestro|nuestro error|culpa nuestra)\\b)',
            // Twenty-ninth session, language parity (the other language had it): «nuestros correos quedaron sin respuesta», «no atendiste cuando te llamó».
            '(?:nuestr[oa]s|todos nuestros|todas nuestras) (?:@ ){0,2}(?:correos|mails|emails|mensajes|llamadas|llamados|avisos|recordatorios|cartas)(?: @){0,6} (?:quedaron|han quedado|siguen|siguieron|estan) sin (?:respuesta|contestar|responder|atender)(?! por (?:un )?error nuestro)',
            '(?<!\\bsi (?:[a-z]+ ){0,3})(?:no (?:atendiste|contestaste|respondiste|te presentaste)|(?:usted|vos) no (?:atendio|contesto|respondio|se presento|atendiste|contestaste)) (?:el telefono|la llamada|las llamadas|nuestras? llamadas?|nuestros (?:correos|mensajes)|nuestro (?:correo|mensaje)|cuando|a (?:la|nuestra) (?:cita|visita))',
            `${YOU_ES} no (?:siguio|seguiste|leyo|leiste|reviso|revisaste|actualizo|actualizaste|hizo caso|hiciste caso|presto atencion|prestaste atencion|lei?ste|estaba|estabas)`,
            'no (?:siguio|seguiste|leyo|leiste) (?:los pasos|las instrucciones|el manual|las condiciones|el correo|el mail|los terminos)',
            '(?:es|fue) (?:un )?(?:error|fallo|culpa) (?:suyo|tuyo|suya|tuya|del cliente|de usted|de ustedes)',
            '(?:el |la )?(?:error|fallo|equivocacion|culpa) (?:fue|es|era) (?:suy[oa]|tuy[oa]|del cliente|de usted|de ustedes|de vos)',
            `(?:${YOU_ES} )(?:puso|pusiste|escribio|escribiste|ingreso|ingresaste|cargo|cargaste|eligio|elegiste|marco|marcaste|hizo|hiciste|configuro|configuraste|lleno|llenaste|completo|completaste|anoto|anotaste) mal`,
            // The customer's own act, stressed: «usted mismo autorizó la operación», «vos misma confirmaste el cambio».
            '(?:usted|ustedes|vos) mism[oa]s? (?:lo |la |los |las |le |se )?[a-z]{3,}(?:o|aste|iste|aron|ieron)\\b',
            'tu mism[oa] (?:lo |la |los |las |le |se |te )?[a-z]{2,}(?:aste|iste)\\b',
            // Use called wrong: «es un mal uso», «fue un uso indebido del equipo».
            '(?<!no )(?:es|fue|se trata de|eso es) (?:un )?(?:mal uso|uso incorrecto|uso inadecuado|error (?:del|de) usuario)',
            // The channel chosen put on them: «este no es el lugar para pedir soporte», «aquí no es el espacio para eso».
            '(?:este|esto|aqui|github|este foro|este hilo|este repositorio|este canal) no es (?:el|un) (?:lugar|espacio|sitio|medio|canal) (?:para|adecuado|indicado|correcto|apropiado)(?![^.!?]{0,80}\\bpero (?:puedes|podes|puede|pueden|te|le|les) )',
            // Told to stop: «no sigan saturando el servidor», «no sigas abriendo tickets».
            '(?<!que )(?:por favor,? )?no (?:sigan|sigas|siga|sigais) (?!esperando)(?:@ando|@iendo)',
            '(?:pusiste|escribiste|ingresaste|cargaste|elegiste|marcaste|configuraste|llenaste|completaste|anotaste|tipeaste) mal',
            // Doing it wrong, whatever the verb: «estás sellando mal tus facturas», «lo está usted configurando mal».
            // (Not a feeling: «lo estás pasando mal».)
            '(?:estas|estais|esta usted|usted esta) (?:(?:lo|la|los|las) )?(?!pasando|sintiendo)[a-z]{3,}(?:ando|iendo) mal', '(?:lo|la|los|las) (?:estas|estais|esta usted) (?!pasando|sintiendo)[a-z]{3,}(?:ando|iendo) mal',
            '(?:usted|tu|vos) (?:se equivoco|te equivocaste|lo hizo mal|lo hiciste mal)',
            'se equivoco usted',
            // The cause placed on the customer's side: «es un tema de tu celular», «debe ser su equipo»,
            // «vienen de los aparatos que tiene usted», «por falta de mantenimiento del asegurado».
            '(?<!\\bno )(?:es|sera|debe ser|deber ser|seguro es|seguramente es) (?:un tema |algo |cosa |un problema |un fallo |culpa )?(?:de )?(?:su|tu) (?:celular|telefono|movil|equipo|ordenador|computadora|compu|pc|router|modem|conexion|dispositivo|aparato|instalacion|red|wifi|navegador|tarjeta)',
            // The cause guessed on the customer's side, with the thing named after it: «debe ser algo de la conexión en tu máquina».
            // (Twentieth session: and as a fear or a certainty, of their side or setting: «me temo que es algo particular de tu entorno».)
            `(?<!\\bno )(?:${SAID_SURE_ES}|deber ser) (?:un tema|algo|cosa|un problema|un error|un fallo|una falla|una cuestion)(?: particular| propio| propia| puntual| especifico)? (?:de|en|del|con) (?:(?:la|el|los|las) [a-z]+ (?:de|en|con) )?(?:su|tu|vuestro|vuestra) (?:celular|telefono|movil|equipo|maquina|ordenador|computadora|compu|pc|router|modem|conexion|internet|dispositivo|aparato|instalacion|red|wifi|navegador|version|sistema|configuracion|antivirus|firewall|proveedor|lado|entorno|servidor|codigo|parte)`,
            '(?:vienen?|provienen?|se deben?|derivan?|es causad[oa]|son causad[oa]s|fue causad[oa]|fueron causad[oa]s|estan? originad[oa]s?|fue provocad[oa]) (?:@ ){0,4}(?:que tiene usted|que tienes|(?:a )?que usted (?:tiene|envio|mando|uso|instalo|conecto|enchufo|hizo|no)|por parte del (?:asegurado|cliente|titular|usuario)|(?:al interior|dentro) de su)',
            'falta de (?:mantenimiento|cuidado|uso adecuado) por parte del (?:asegurado|cliente|titular|usuario)',
            // Twentieth session: the fault placed on the customer's side, said as a certainty or a fear
            // («me temo que es algo particular de tu entorno», «el problema está de tu lado»), and what they do called wrong.
            '(?:el|este|ese) (?:problema|error|fallo|tema|inconveniente) (?:esta|viene|es|sera|debe (?:de )?(?:ser|estar|venir)|parece (?:estar|venir)) (?:de|en|desde|por) (?:tu|su|vuestro|vuestra) (?:lado|parte|entorno|configuracion|red|conexion|equipo|instalacion|sistema|navegador|router|proveedor|servidor|maquina|ordenador|dispositivo|codigo)',
            '(?:estas|esta usted|estais|estan) haciendo algo (?:mal|incorrecto|que no (?:es|esta) (?:soportado|permitido|admitido|previsto))',
            '(?:se encuentra|esta|estaba) (?:al interior|dentro) de su (?:propiedad|domicilio|vivienda|casa|instalacion)',
            // Telling the customer how to behave from now on, or to stop: «la próxima vez revise bien los datos», «deja de escribir aquí».
            `${FROM_NOW_ON_ES},? (?:por favor |seria bueno que |(?:les|te|le) (?:pido|pedimos|rogamos) que )?(?:revise|revisa|revisen|lea|lee|lean|fijese|fijate|fijense|asegurese|asegurate|asegurense|verifique|verifica|compruebe|comprueba|tenga|ten|tengan|procure|procura|evite|evita|no (?:olvide|olvides|vuelva|vuelvas)|solicite|solicita|siga|sigue)`,
            // …and any instruction after «la próxima vez», in the imperatives instructions use («la próxima vez reporta bien los
            // pasos»), short of a way to reach us («la próxima vez escríbenos por DM»).
            `(?:la proxima vez|para la proxima),? (?!(?:llam|contact|comunic|escrib|acud|dirig|visit|mand)\\w*)${IMPERATIVE_ES}(?![a-z])`,
            // …any request after the opener is one: «en adelante, por favor, use el formulario».
            `${FROM_NOW_ON_ES},? por favor,? (?!no dud|avis|escrib|llam|contact|disfrut|cuent)@`,
            // …as a wish or advice for next time, and told not to file again: «en el futuro sería bueno que mencionaras la fecha»,
            // «por favor, no abras un nuevo ticket para algo así».
            // Thirty-seventh session: asked for too, and for the next trips or parcels («para futuros envíos te pedimos declarar
            // el contenido frágil», «la próxima vez te pedimos que estés más atenta a las notificaciones»).
            `${FROM_NOW_ON_ES},? (?:seria (?:bueno|ideal|mejor|conveniente|importante) que|(?:te|le|les) (?:recomiendo|recomendamos|recomendaria|recomendariamos|sugerimos|pido|pedimos|rogamos|solicitamos)(?: que)?|conviene|es (?:mejor|importante)) (?:nos )?(?:mencion|indic|avis|envi|especific|revis|lea|le|incluy|adjunt|verific|compr|elij|eleg|fij|asegur|comprob|declar|embal|estes? (?:mas )?atent)\\w*`,
            `${FROM_NOW_ON_ES},? (?:le|les|te) (?:solicitamos|pedimos|exigimos) (?:que )?(?:realiz|realic|present|respet|hag|hac|envi)\\w*`,
            // Thirty-third session: the request, then when it is for («por favor, revise los datos antes de pagar en adelante»).
            `(?:por favor|porfa|(?:te|le|les) (?:pido|sugiero|sugerimos|recomendamos) que),? (?!(?:no dud|avis|escrib|llam|contact|comunic|disfrut|cuent|acerc|visit|pas[ae]\\b|ten (?:en cuenta|paciencia)|tenga (?:en cuenta|paciencia))\\w*)(?:@[^.!?]{0,80}? )?${FROM_NOW_ON_ES}(?![a-z])`,
            // Twenty-ninth session: a reminder of how to file, or for next time: «recuerda poner "MAD" en el asunto del pull request»,
            // «acuérdate la próxima vez de poner el link»; a jab at the customer's sense: «hace falta un mínimo de sentido común».
            '(?:recuerda|recuerde|recuerden|recordad|acuerdate|acuerdese|acuerdense|acordaos|acordaros)(?: siempre)? (?:la proxima vez |para la proxima |de aqui en adelante |en adelante )?(?:de )?(?:poner|dejar|incluir|colocar|indicar|agregar|anadir|cerrar|usar|seguir|escribir|nombrar)(?:nos|me|lo|la|los|las)?(?: [^.!?\\s]+){1,9}? (?:(?:el|la|los|las|del|al|tu|su|vuestr[oa]s?|cada) )?(?:asunto del (?:pull request|pr|issue)|pull requests?|issues?|muro|foro|hilo)',
            '(?:recuerda|recuerde|recuerden|recordad|acuerdate|acuerdese|acuerdense|acordaos|acordaros) (?:la proxima vez|para la proxima|de aqui en adelante|en adelante)',
            '(?:un )?minimo de (?:sentido comun|comprension lectora|logica)',
            '(?:por favor,? )?no (?:abras|abra|abran|crees|cree|creen|publiques|publique|publiquen|abrais) (?:un |otro |mas )?(?:nuevo |otro )?(?:ticket|caso|hilo|issue|reclamo|reporte)s?(?: nuevos?)?(?: (?:para|por) (?:algo|esto|eso|cosas))',
            '(?<!que )no (?:lo |la )?(?:vuelvas|vuelvan|volvas|vuelva) a (?:hacer|repetir)',
            '(?:deja|deje|dejen|dejad) de (?:escribir|spamear|enviar|mandar|abrir|publicar|insistir|etiquetar|molestar)',
            // The cause put outside the company, said of it: «es ajeno a nosotros», «escapa de nuestro control».
            '(?<!no )(?:es|son|fue|fueron|resulta|resultan|esta|estan) (?:totalmente |completamente |algo )?(?:ajen[oa]s? a (?:nosotros|mi|la (?:empresa|compania|entidad|tienda)|nuestra (?:empresa|compania|entidad|voluntad)|(?!(?:ti|usted|ustedes|vos|vosotros|vosotras|vuestr[oa]s?|el|ella|ellos|ellas|tu|tus|su|sus|mi|mis|la|los|las|un|una|lo|este|esta|esto|cualquier|todo|toda)\\b)@)|fuera de nuestro control)',
            '(?<!no )(?:escapa|escapan|se escapa|se escapan|se sale|se salen) (?:de|a) (?:nuestro|mi) control',
            '(?:realizadas|hechas|efectuadas|autorizadas) con su (?:clave|contrasena|token|tarjeta|firma)',
            // Reminding the customer of what they accepted: «le recuerdo que usted aceptó…», «le recordamos que es obligación del cliente…».
            '(?:le|te|les) (?:recuerdo|recordamos|recuerda) que (?:usted |ustedes |tu |vos )?(?:acepto|aceptaste|firmo|firmaste|contrato|contrataste|autorizo|autorizaste|fue informad[oa]|fuiste informad[oa]|es (?:su |tu )?(?:obligacion|responsabilidad)|es obligacion|debe|debia)',
            'te equivocaste',
            // «te has confundido, este foro es para…», «usted se equivocó de lugar»: the mistake put on them.
            '(?:creo que )?(?:te has|se ha|usted se ha|os habeis|se han) (?:confundido|equivocado)', '(?:creo que|me parece que|parece que) (?:te|se) (?:confundiste|equivocaste|confundieron|equivocaron)', '(?:usted|vos|tu) (?:se |te )?(?:confundio|confundiste|equivoco)',
            '(?:te|se|os) (?:confundiste|confundio|confundisteis|confundieron|equivocaste|equivoco|equivocasteis|equivocaron) de (?:local|tienda|empresa|sitio|lugar|negocio|restaurante|hotel|banco)',
            'el problema no (?:lo tenemos|es de|es) nosotros', 'no es (?:nuestro|mi) problema',
            // The cause placed on their side: «originadas por desperfectos en el tomacorriente».
            '(?:originad[oa]s?|causad[oa]s?|provocad[oa]s?|ocasionad[oa]s?|producid[oa]s?) por (?:@ ){0,3}(?:en |de |del )?(?:el |la |los |las |su |sus |tu |tus )?(?:tomacorrientes?|enchufes?|instalacion electrica|instalacion interior|cableado interno|mal uso|uso indebido|uso inadecuado|manipulacion indebida)',
            // A reprimand recalled, and a plain insult: «le recuerdo que hubo que llamarle la atención», «usted tiene muy poca vergüenza».
            '(?:le|te) recuerdo que (?:@ ){0,6}(?:llamarle|llamarte) la atencion', '(?:usted|tu|vos) (?:tiene|tienes|tenes) (?:muy )?(?:poca verguenza|la cara (?:muy )?dura)', '(?:usted|tu|vos) (?:es|eres|sos) (?:un |una )?(?:maleducad[oa]|sinverguenza|caradura|mentiros[oa]|aprovechad[oa])',
            // «vos no cargaste bien los datos», «usted no completó bien el formulario»
            '(?:(?:usted|vos|tu) )?no (?:lo |la |los |las )?(?:cargaste|pusiste|escribiste|ingresaste|completaste|llenaste|configuraste|marcaste|elegiste|hiciste|seguiste|leiste|revisaste|tipeaste) bien',
            '(?:usted|vos|tu) no (?:lo |la |los |las )?(?:cargo|puso|escribio|ingreso|completo|lleno|configuro|marco|eligio|hizo|siguio|leyo|reviso) bien',
            // «te lo avisamos en el correo y no lo leíste»
            '(?:te|le|les|se) lo (?:avisamos|avise|dijimos|dije|explicamos|explique|indicamos|informamos|advertimos|adverti)(?: @){0,6} y (?:usted |vos |tu |ustedes )?no (?:lo |la |los |las )?(?:leiste|leyo|leyeron|revisaste|reviso|revisaron|viste|vio|vieron|hiciste caso|hizo caso|hicieron caso)',
            'como (?:indica|dice|pone|esta) (?:claramente|bien claro)',
            'si (?:hubieras|hubiera|hubieses|hubiese) leido',
            // Twenty-first session (round 21): the fault left with a third party or the user's setup, and how to file next time:
            // «no es cosa nuestra», «…del driver, no de la librería», «algo tendrás mal en tu config», «antes de abrir un hilo
            // nuevo revisa la documentación», «para futuras solicitudes debe adjuntar…», «no abras un issue nuevo cada vez».
            'no es (?:cosa|culpa|problema|responsabilidad) nuestra', 'no es (?:un )?(?:bug|error|fallo) nuestro', '(?:ahi|aqui|en eso) no pintamos nada',
            '(?<=,\\x20|,\\x20y\\x20)no (?:de|del) (?:la (?:libreria|app|aplicacion|empresa|tienda|integracion)|el (?:cliente|banco|plugin|modulo|sdk)|nuestr[oa] (?:lado|parte|app|servicio|sistema))(?=\\s*[.,;!]|$)',
            'algo (?:tendras|tenes|tienes|debes tener|debe tener|tendra|tiene|estas haciendo|estaras haciendo) mal',
            'antes de (?:abrir|crear|publicar|postear) (?:un|otro) (?:hilo|issue|ticket|tema|reporte|post)(?: nuevo)?,? (?:por favor,? )?(?:revisa|busca|lee|consulta|mira|usa|revise|busque|lea|consulte|mire|use)',
            // …not when what follows is an offer: «para futuras compras puedes usar el cupón» (thirty-seventh session).
            '(?:para|en) (?:futuras|proximas|siguientes) (?:solicitudes|ocasiones|consultas|reclamaciones|peticiones|compras)(?!,? (?:(?:ya )?(?:puedes|puede|podes|pueden|podras|podra|podran|tendras|tendra|tienes|tiene|contaras|contara|aprovecha)|(?:te|le|les) (?:damos|regalamos|ofrecemos|dejamos)))',
            'no (?:abras|abra|abran|crees|cree|creen|abrais) (?:un|otro|mas) (?:issue|hilo|ticket|tema|reporte)s?',
            // Twenty-fourth session: the effort they are said not to have made, said to them: «no te has tomado la molestia de
            // visitarnos», «ni te molestaste en leer…» (not of a third party: «el repartidor no se tomó la molestia…»).
            'no (?:te has|os habeis|te tomaste|os tomasteis) (?:tomado )?(?:la molestia|el trabajo) de', '(?:usted|ustedes) no se (?:ha tomado|han tomado|tomo|tomaron) la molestia de', '(?:esta claro|es evidente|se ve) que no se (?:ha|han) tomado la molestia de', 'no se (?:ha tomado|tomo) usted la molestia de', 'ni (?:siquiera )?(?:te molestaste|os molestasteis|te has molestado) en',
          ],
          span: 'clause',
        },
      ],
      unless: [
        // An apology «por no haber cumplido el plazo» owns the failure («…por no haber leído el mail» does not).
        '(?:disculpas?|perdon|perdone|perdona|lamentamos|lamento|sentimos|siento|excusas?)[^.!?]{0,40}por no haber @',
        // A message, number or page «that is not ours» warns of a fraud; it puts no fault on anyone.
        '(?:sms|mensaje|mensajes|correo|correos|mail|numero|enlace|link|llamada|pagina|web|sitio|perfil|cuenta|app|aplicacion|remitente)(?: @){0,3} no (?:es|son|fue|fueron) (?:nuestr[oa]s?|de nosotros)',
        'como (?:le|te) (?:dije|comente|explique|indique),? (?:te|le) (?:escribo|aviso|llamo|confirmo|paso|mando)',
        // Thirty-seventh session: the customer cleared of fault: «usted no tenía cómo saber que ese producto tenía esa restricción».
        '(?:usted |tu |vos |ustedes )?no (?:tenia|tenias|tenian|podia|podias|podian|habia forma de|habia manera de|tenia por que|tenias por que|tenian por que) (?:como |forma de |manera de )?saber(?:lo)?'],
    },
    en: {
      patterns: [
        {
          kind: 'repeat',
          match: [
            // Thirty-first session: pointing back in the other voices, the word order turned and the subject dropped ("Already
            // answered in #214", "Told you earlier", "We have informed you on several occasions", "as per my email", "Last time:").
            "(?:already|previously|multiple times|several times|many times|repeatedly|more than once) (?:told you|answered|informed you|replied|said (?:so|this|that|it))\\b",
            `${SENTENCE_OPENING.en}(?:(?:i|we)(?:'ve| have)? )?(?:told|said|answered|explained|mentioned)(?: you| this| that| it){0,2} (?:already|before|earlier|previously|multiple times|several times|many times|repeatedly|more than once|twice)\\b`,
            "(?:informed|told|advised|reminded) you (?:on (?:several|multiple|many|numerous) occasions|(?:several|multiple|many|numerous) times)",
            "as (?:per|outlined in|set out in|indicated in) (?:my|our) (?:last |previous |earlier |prior )?(?:e-?mail|message|msg|comment|reply|post|response|letter)",
            "(?:steps|answer|instructions|details|info|link|solution) (?:are|is|'s|were|was) (?:all )?(?:in|on) (?:my|our) (?:last|previous|earlier) (?:msg|message|comment|reply|post|e-?mail)", `${SENTENCE_OPENING.en}scroll up\\b`,
            `${SENTENCE_OPENING.en}(?:once again|one more time|last time)[:,!]`, "(?:we|i) must (?:reiterate|repeat)",
            "as (?:you|u) (?:will|would|should|must|may) (?:already )?(?:be|have been) aware", "as u know\\b",
            "you (?:will|would|must) have (?:been aware|known|seen|noticed|read)", "(?:pretty sure|surely|i'm sure|i am sure) you (?:knew|saw|read|noticed|were aware)", "you must(?:'ve| have) (?:seen|known|read|noticed)",
            // Asking again called useless: "asking again won't change the answer", "regardless of how often the question is raised".
            "(?:asking|writing|contacting us|messaging|emailing|calling) (?:again|more|repeatedly) (?:won't|will not|doesn't|does not) change", "regardless of how (?:often|many times)",
            "(?:as|like) i(?: (?:already|previously|clearly))? (?:told you|said|explained|mentioned|stated)(?: before| earlier| already| previously| several times)?",
            "(?:as|like) (?:mentioned|stated|said|explained|advised) (?:several|many|multiple|numerous) times", // forty-fifth session
            // Exasperation at having to say it again: "For the last time, questions go to the forum" (twenty-eighth session).
            `${SENTENCE_OPENING.en}for the (?:last|final|hundredth|umpteenth|nth|third|fourth) time(?=,)`,
            // «as you already know», «read what I wrote», «I've already answered your question»
            "as you (?:already |probably |should |well |may already )?know", "read what (?:i|we) (?:wrote|said|posted|replied)", "(?:i|we)(?:'ve| have)? already answered (?:your|this|that|the) (?:question|point)?",
            // «as we shared in our last post», «as previously advised», «as explained in my earlier reply»
            // …with the subject dropped, as replies type it: "As informed you earlier, …".
            "(?:as|like) (?:informed|told|advised|explained to|mentioned to) you (?:before|earlier|previously|already)",
            // …or at the message itself: "as mentioned in the email", "as stated in that reply" (not "in the article": a resource).
            "(?:as|like) (?:mentioned|stated|said|explained|noted|advised|indicated) (?:in|on|over) (?:the|that|this) (?:email|e-mail|mail|message|reply|response|chat|call|dm|letter|ticket)",
            // Thirtieth session: the same, said in passing ("like we said, the fee is non-refundable", "as you are already aware",
            // "this was already answered", "kindly refer to our previous reply").
            `${SENTENCE_OPENING.en}(?:as|like) (?:we|i)(?:'ve| have)?(?: already)? said,`, "(?:as|like) you(?: are| were)? already (?:know|aware)", "you already know this",
            "(?:i|we)(?:'ve| have)? said (?:it|this|that) already", "(?:this|that) (?:was|has been) already answered", "(?:kindly |please )?refer to (?:our|my) (?:previous|last|earlier) (?:message|reply|email|response|comment)",
            "(?:as|like) (?:we|i)(?: have| had|'ve)?(?: already| previously)? (?:shared|mentioned|said|explained|stated|noted|advised|informed you|told you|indicated|pointed out|clarified)(?: @){0,2} (?:before|earlier|previously|already|in (?:our|my|the) (?:last|previous|earlier|prior) (?:post|message|reply|response|email|e-mail|tweet|dm|note|comment))",
            `as (?:previously|already|earlier) ${POINTED_BACK_EN}`,
            // Pointing up the thread: "as mentioned above", "see my previous reply".
            `as (?:(?:i|we)(?:'ve| have)? )?${POINTED_BACK_EN} (?:above|further up|in (?:my|our) (?:previous|last|earlier) (?:reply|message|comment|answer|email|post))`,
            '(?:please )?(?:see|read|check) (?:my|our) (?:previous|last|earlier) (?:reply|message|comment|answer|email|post)',
            // Fourteenth session: pointing back at a document they should have read, at an answer already given, or asking
            // whether they read it: "as stated in the docs", "this has already been answered in #12", "did you read the FAQ?".
            `(?:as|like) (?:(?:it(?:'s| is)|is|was) )?(?:clearly )?(?:stated|written|mentioned|explained|described|documented|said|noted|specified|indicated|outlined) (?:in|on) (?:the |our )?${DOCUMENTS_EN}`,
            "(?:this|that|it|your question)(?: question)? (?:has|was|had|have) already been (?:answered|addressed|explained|covered|discussed)", "(?:this|that|your question)(?: question)? (?:has|was|had|have) been (?:answered|addressed|explained|covered|discussed) (?:before|previously|several times|multiple times|many times|above|in #|in (?:the|another|a previous|an earlier|the other) (?:issue|thread|ticket|post|docs|faq|readme|documentation))",
            `(?:did|have) you (?:even |actually )?(?:read|looked at|consulted) (?:the |our )?${DOCUMENTS_EN}`,
            `(?:please )?(?:read|check|consult|re-?read|search) (?:the |our )?(?:${DOCUMENTS_EN}|existing issues|closed issues)(?: carefully| first)? (?:first |carefully )?before (?:opening|posting|asking|filing|creating|submitting|writing|contacting)(?=\\s*[.,!;]|$| (?:(?:a|an|new|another|to) ){0,2}(?:issue|ticket|thread|bug|report|question|case|request|us|support|in|here|one)\\b)`,
            'as per (?:our|my) (?:earlier|previous|last|prior) (?:email|e-mail|message|reply|response|letter|note|post)',
            // Eighteenth session: pointed up the thread or back at what was sent, without «already been»: "That's been
            // covered above", "it was all in the text we sent you".
            "(?:that|this|it)(?:'s| has| was| is)? (?:been )?(?:already )?(?:covered|answered|addressed|explained) (?:above|further up|earlier in (?:this|the) thread)",
            "(?:it was|it's|it is|that was|everything was|everything is) (?:all )?(?:already )?in the (?:text|email|e-mail|message|letter|instructions|notice|confirmation|document) (?:we|i) sent(?: you)?",
            `as ${POINTED_BACK_EN} (?:before|earlier|previously|in (?:our|my) (?:last|previous|earlier|prior) (?:post|message|reply|response|email|e-mail|tweet|dm|correspondence|letter|communication|notice|call))`,
            // Eighteenth session: a dated letter pointed back to, and the question called asked too often: "as explained in our
            // letter of 3 November", "the answer hasn't changed, however many times it's asked".
            `as ${POINTED_BACK_EN} in (?:our|my) (?:letter|email|e-mail|message|correspondence|notice) (?:of|dated|from|sent on)`,
            // Thirty-fourth session: "per my email of 12 March", "as you were informed on the telephone", "as we said yesterday",
            // "as I wrote above", "we've answered this in DMs already".
            "(?<!as )per (?:my|our) (?:last |previous |earlier |prior )?(?:e-?mail|message|msg|comment|reply|post|response|letter|note)\\b",
            "(?:as|like) you (?:were|have been|had been|'ve been) (?:already |previously )?(?:informed|told|advised|notified)",
            "(?:as|like) (?:i|we)(?:'ve| have)?(?: already| previously)? (?:said|told you|explained|mentioned|stated|wrote|written|replied|answered|noted)(?= (?:yesterday|last week|this morning|on the (?:phone|call)|in (?:#|the (?:thread|issue|ticket|dms?|comments?)|(?:my|our) (?:dms?|email|e-mail|message|reply|comment))|above)\\b)",
            "(?:i|we)(?:'ve| have)? (?:already )?(?:answered|replied to|responded to|addressed|covered) (?:this|that|your (?:question|query))(?: (?:in|on|by|via|over) @(?: @)?)? already",
            // Fifty-third session (real62): the customer's account of silence contradicted ("there very much was a response", "we
            // did reply to you on the 4th"); not a reply reported plainly ("there was a reply from the carrier").
            "there (?:very much|definitely|clearly|certainly|absolutely) (?:was|were|has been|have been) (?:a |an )?(?:response|reply|answer)s?",
            "(?:i|we) did (?:in fact |indeed |actually )?(?:reply|respond|answer)(?: to)? (?:you|your (?:email|e-mail|message|ticket|question)|this|that)\\b(?![^.!?]{0,60}\\b(?:but|bounced|sorry|apologi[sz]e)\\b)",
            "(?:however|no matter how) many times (?:it's|it is|it gets|you|it has been) (?:asked|ask|raised|raise)",
            // An admonition for the future, and what would have been best for the customer to do: "please be careful while
            // clicking on SMS links in future", «lo ideal habría sido plantearlo en clase» (below, Spanish).
            "be (?:more )?careful[^.!?]{0,60}? in (?:the )?future", "in (?:the )?future,? (?:please )?(?:be (?:more )?careful|make sure (?:you|to)|ensure (?:you|that you)|remember to|read)",
            "ideally,? you (?:would|should|could) have", "it would have been (?:best|better|ideal|easier) (?:if you had|for you to have)",
            "as (?:we|i)(?:'ve| have)(?: already)? (?:told you|said|explained|mentioned)(?: before| earlier| already)?",
            "i(?:'ve| have) already (?:told you|explained)(?: this)?(?: before| twice| several times)?",
            // «We have already stated our team will contact you»: pointing back at what was said.
            "(?:we|i)(?:'ve| have) already (?:told you|informed you|advised you|(?:stated|said|mentioned|explained)(?= (?:that|this|it before|it earlier|before|earlier|above|previously|our)\\b| ?[.,;!]|$))",
            // «we have told you several times…»: the count is the reproach.
            "(?:we|i)(?:'ve| have)? (?:already )?(?:told|explained to|informed|reminded) you(?: this| that)? (?:several|many|multiple|numerous|a few|a couple of|two|three|\\d+) times",
          ],
          span: 'match',
        },
        {
          // The fault put elsewhere with our side cleared in the same breath (grammar/not-ours.ts): one construction, rewritten whole.
          kind: 'third',
          match: NOT_OURS_SOURCES.en,
          span: 'sentence',
        },
        {
          kind: 'third',
          match: [
            // Thirty-first session: the fault put elsewhere in other voices ("that's not us, it's the courier's system", "Nothing
            // to do with me", "not attributable to us", "Delays are on them", "the responsibility of the courier company").
            "(?:that's|that is|it's|it is|this is|thats|its) (?:not|n't) (?:us|on us|our (?:fault|doing|issue|problem))\\b", `${SENTENCE_OPENING.en}nothing to do with (?:us|me)\\b`,
            "(?:not|isn't|is not) attributable to (?:us|the company|our)", "(?:are|is) the responsibility of the (?:@ ){0,2}(?:courier|carrier|bank|manufacturer|supplier|airline|provider|seller|merchant|post office)",
            "(?:delays?|it|that|this|those|these|that one)(?:'s| is| are|'re) on (?:them|the (?:@ )?(?:courier|carrier|bank|manufacturer|supplier|airline|provider|seller))(?=\\s*[.!,]|$| not)",
            "(?:not something|nothing) (?:i|we) (?:can )?control\\b",
            // Eighteenth session: the deal put on the other party: "an agreement you made with the seller, not with us".
            "(?:with|between you and) the (?:seller|hotel|airline|carrier|merchant|courier|manufacturer|landlord|provider|bank|store|shop|vendor),? not (?:with )?us",
            // «that's an issue with the host, not the plugin»: the cause put elsewhere, our side cleared.
            "(?:that's|that is|it's|it is|this is) (?:an? )?(?:issue|problem|bug|fault) (?:with|on|in|of) (?:the |your |their )?(?:@ )?@,? (?:and )?not (?:with )?(?:the |our |this )?@",
            "(?:that|it|this)(?:'s| is| was) (?:entirely |totally |all )?(?:the |their |his |her )?(?!(?:our|my) )(?:@'s |@ )?fault",
            "(?:the )?@'s fault",
            '(?:not|isn\'t|is not|wasn\'t) (?:our|my) fault',
            // Sixteenth session: the cause placed in the customer's set-up: "its your mail provider blocking it", "the issue
            // is from your phone firmware" (not a step to take there: "your router settings need port 8443 open").
            "(?:it's|its|it is|that's|that is) (?:probably |likely |most likely |definitely )?your (?:@ ){0,2}(?:provider|isp|router|network|firmware|phone|device|browser|settings|antivirus|firewall|installation|setup|code|server|computer)(?= (?:blocking|causing|that|not|being|which|doing)\\b| ?[.,;!]|$)",
            // (Twentieth session: and as a certainty, on their end or in their settings: "the issue must be on your end".)
            "(?:issue|problem|error|fault|bug|cause|glitch)(?:'s| is| seems to be| looks to be| must be| has to be| appears to be| could be| might be| may be| lies| comes)?(?: (?:probably|likely|most likely|definitely|clearly|surely))? (?:coming |caused )?(?:from|by|with|in|on|at|down to) your (?:@ ){0,2}(?:phone|device|firmware|installation|install|setup|set-up|config|configuration|network|router|isp|provider|browser|code|environment|server|computer|antivirus|firewall|end|side|settings|connection)\\b",
            "(?:we're|we are|i'm|i am) not (?:responsible|to blame)",
            // Thirtieth session: the cause put in the customer's things whatever they are, by a verb of origin ("the issue
            // originates from your phone's firmware", "must lie with your internet connection"), or guessed there ("must be your
            // internet", "looks like your phone firmware"); our side cleared in other words ("does not originate on our side").
            "(?:issue|problem|error|fault|cause|delay|failure|glitch)s? (?:must |probably |likely |clearly )?(?:lies?|lay|originates?|originated|stems?|stemmed|comes?|came|is coming) (?:from|with|in|on) (?:(?:the )?version of )?your @",
            "(?:must be|has to be|looks like|seems like|sounds like|probably)(?: it's| its| it is)? your (?:@ ){0,2}(?:internet|connection|wifi|network|host|hosting|isp|provider|router|firmware|phone|device|browser|settings|setup|config|antivirus|firewall|bank|card issuer|version)\\b",
            "(?:doesn't|didn't) (?:originate|come) (?:from|on) (?:our|my) (?:side|end)", "(?:we are|we're|i am|i'm) not at fault",
            // Twenty-ninth session, language parity (the other language had it): "this was not an error on our part", "the carrier is the one who handles…".
            "(?:(?:it|this|that)(?:'s| is| was)(?: not|n't)|isn't|wasn't|is not|was not) (?:an? )?(?:mistake|error|fault|failure|bug) (?:on our (?:part|side|end)|of ours|(?:made )?by us|from (?:our side|us))(?! either)",
            "(?:(?:it|this|that)(?:'s| is| was)(?: not|n't)|isn't|wasn't|is not|was not) our (?:mistake|error)(?! either)",
            "(?:the|your) (?:carrier|courier|bank|card issuer|issuer|supplier|provider|manufacturer|airline|insurer|seller|post office|delivery company)s? (?:is|are) the (?:one|ones|only one) (?:who|that) (?:handles?|decides?|manages?|is responsible)",
            "(?:carriers|couriers|banks|suppliers|providers|manufacturers|airlines|insurers|third parties) (?:are|is) (?:solely |fully |entirely )?responsible for",
            "(?:we|i) (?:have|had) nothing to do with (?:it|this|that)",
            // The cause handed to someone else by clearing what is ours: "these rejections have nothing to do with our plugin».
            "(?:errors?|issues?|problems?|declines?|rejections?|failures?|faults?|delays?|bugs?|these|this|that|it)(?: @){0,6} (?:has|have|had) (?:absolutely )?nothing to do with (?:us|me|our (?:@ )?@)",
            "(?:that's|that is|it's|it is|this is) (?:absolutely )?nothing to do with (?:us|me)",
            "(?:it|that|this)(?:'s| is) not on (?:us|me)",
            // «the delay isn't on our end»: our side cleared.
            "(?:(?:it|that|this)'s|is|was|are|were)(?:n't| not) (?:on|at|from) (?:our|my) (?:end|side)",
            // "we checked and everything is fine on our end": our side cleared after a check, so the fault is left with them
            // (not a status update: "everything looks good on our end; we're waiting on the appraisal").
            "(?:checked|tested|verified|looked (?:at|into)|investigated|reviewed|reproduce|replicate)\\b[^.!?]{0,80}?(?:everything|all|it|this)(?:'s| is| looks| seems| works)(?: to be)? (?:fine|ok|okay|working|correct|good|normal) (?:on|at|from) (?:our|my) (?:end|side)(?=\\s*(?:[.!;]|$)|,? (?:so|please|try|could you|can you|it (?:might|may|must|could)|the (?:issue|problem|error)|maybe|perhaps))",
            "(?:blame|blaming) (?:the|your|their) @",
            'not (?:ours|mine)(?=\\s*[.,;:!?]|$)',
            // «that's on the courier», not a place: «once it's on the truck», «it's on the roadmap for Q1».
            // Thirty-eighth session: the one it is on is a party (a closed kind), not any noun: "it's on the footpath" is where.
            `(?<!(?:once|when|until|till|while|as soon as|confirmed|see|says|shows) )(?:that|this|it)(?:'s| is| was) (?:entirely |all |totally )?on (?:the|their|his|her) ${THIRD_PARTY_EN}(?=\\s*(?:[.,;:!?]|$|not |and not |rather |now\\b))`,
            'not on (?:us|me)(?=\\s*[.,;:!?]|$)',
            // «the delay is on the courier's end», «that's on your side»
            "(?:is|was|lies|(?:that|it|this)'s) (?:entirely |all |totally |squarely )?on (?:(?:their|your) |the @'s |the @ (?:company's|team's) )(?:end|side)",
            "(?:not|isn't|wasn't) something (?:we|i) (?:caused|did|broke)",
            // Twentieth session: "the issue is on your bank's side", "that's down to your ISP".
            "(?:is|was|lies|(?:that|it|this)'s) (?:entirely |all |totally |squarely )?on your @ (?:end|side)",
            "(?:that|it|this)(?:'s| is| was) (?:all |entirely )?down to (?:your|the) (?:@ )?(?:isp|bank|provider|carrier|courier|network|router|settings|setup|device|browser|airline|issuer|seller)\\b",
            // «any delay lies with your issuing bank», «any delay is for them to resolve».
            "(?:lies|rests|sits|(?<=(?:responsibility|fault|issue|problem|matter|decision|liability|blame|error|cause|delay) )is) (?:solely |entirely )?with (?:your|the|their) (?:@ ){0,2}(?:bank|issuer|carrier|courier|supplier|provider|manufacturer|airline|insurer|retailer)",
            "(?:is|are) for (?:them|the @|your @) to (?:resolve|sort out|fix|answer|handle|deal with)",
            "(?:we have|we've) no (?:further )?(?:role|involvement|responsibility) in",
            "(?:we|i) didn't cause (?:it|this|that)",
            "(?:that's |it's |that is |it is )?not (?:my|our) (?:problem|issue|concern)",
            // Twenty-first session (round 21): "must be something on your end", "something in your local setup", "caused by our
            // cloud provider, not by us", "not problem of our SDK", "nothing we could have done", "before opening a new issue, search".
            "(?:must|has to|should|probably|likely|smells like|looks like|seems like)(?: be)? (?:something|an issue|a problem) (?:on|in|with) your (?:local )?(?:end|side|setup|config|configuration|machine|environment|system|network|install)",
            "(?<=,\\x20|\\x20and\\x20)not (?:by |from |on )?(?:us|ours|our (?:end|side|fault))(?=\\s*[.,;!]|$)",
            "not (?:a )?(?:problem|issue|bug) (?:of|with|in) (?:our|the) (?:sdk|library|plugin|app|code|package|module|extension)",
            "nothing (?:we|i) could (?:have )?(?:done|do)",
            "before (?:opening|creating|posting|filing|submitting) (?:a new|another|an?) (?:issue|thread|ticket|post|report),? (?:please )?(?:search|check|read|look)",
            // Forty-fifth session: the same asked the other way round, "please do search before posting".
            `${SENTENCE_OPENING.en}(?:please )?(?:do )?(?:search|read|check)\\b[^.!?]{0,30}? before (?:posting|asking|(?:opening|creating|filing|submitting|reporting) (?:a |an |new |another )?(?:issue|ticket|thread|bug|report|question))`,
          ],
          span: 'clause',
        },
        {
          kind: 'customer',
          match: [
            // Thirty-first session: the fault put on the customer's side in other voices ("encoded incorrectly on your side",
            // "blocked by your e-mail provider", "stems from the configuration of your device", "that one was on you").
            "(?:incorrectly|wrongly|wrong|misconfigured|broken|blocked|failing) (?:[a-z]+ ){0,2}on (?:your|ur) (?:side|end)\\b",
            "(?:blocked|rejected|filtered|caused|stopped) by (?:your|ur) (?:@ ){0,2}(?:provider|isp|settings|device|firewall|network|router|antivirus|browser|configuration|connection|phone|setup)",
            "(?:stems|stemmed|originates|originated|results|resulted) from (?:the (?:configuration|settings|setup|use) of )?(?:your|ur)\\b", "(?:attributable|down) to (?:your|ur)\\b",
            "(?:was|is|'s|were) (?:all )?on (?:you|u)(?=\\s*[.!,]|$| (?:though|tho|sorry|i'm afraid))", "(?:made|caused|done) by yourself",
            "(?:it's|its|thats|that's|that is|it is|sounds like it's|must be|probably) (?:just |probably |likely |definitely )?(?:your|ur) (?:isp|internet|wi-?fi|connection|router|settings|provider|network|carrier)\\b",
            // How to file next time, told as a lesson: "Mention deadlines in the issue next time.", "next time just make sure to ask".
            `${SENTENCE_OPENING.en}(?!see|talk|catch|chat|speak|until|till|bye|enjoy|thanks|thank|hope|good|have|(?:we|i) (?:assure|look|hope|promise|will|'ll|would love)\\b|our\\b)@ (?:@ ){0,6}next time(?=\\s*[.!]|$)`,
            "next time (?:tho |though |just |please |pls |kindly )*(?:mention|make sure|ask|check|read|include|remember|tell us|let us know)",
            "(?:please )?ensure (?:that )?(?:future|any future|subsequent) (?:requests|claims|tickets|messages|orders) (?:are|get) (?:submitted|sent|made|raised|placed)",
            "(?:instead of|rather than) (?:submitting |sending |opening )?(?:multiple|several|many|\\d+|five|four|three) (?:tickets|messages|e-?mails|requests)",
            // A threat to the customer: "next time you will get banned" (twenty-eighth session).
            // Not a rule of the service ("if you enter the wrong PIN three times, you will be blocked for 24 hours").
            "(?<!\\b(?:if|after|when|once|otherwise|until)\\b[^.!?]{0,80})you(?:'ll| will)(?: (?:just|simply|immediately))? (?:get|be) (?:permanently )?(?:banned|blocked|blacklisted|kicked)(?! (?:for|until) )",
            // Twenty-fourth session: the fault named as theirs, a swear masked or not («it was your **** up»), and the effort
            // they are said not to have made ("you didn't even take the time to…").
            "(?<!(?:if|whether|even if) )(?:that|it|this)(?:'s| is| was) (?:entirely |totally |all |completely |clearly )?your (?:own )?(?:fault|mistake|error|doing|\\*+ ?up|(?:screw|cock|balls|f\\*+|fuck|mess|foul)[- ]?up)",
            "you (?:didn't|never|haven't) (?:even )?(?:bother(?:ed)? to|take the time to|taken the time to|make the effort to)",
            // "I'm sure you were aware that…": what they are told they knew.
            "(?:i'm|i am|we're|we are) (?:sure|certain|confident) (?:that )?(?:you were|you are|you're|you'd have been|you would have been) (?:well )?aware",
            // «you shouldn't have been charged», «you shouldn't have had to chase»: what was done to them, an apology; "you
            // should have your money back by Friday": what they will have.
            `(?:you|u|y'all|ya)(?: guys| people| all)? (?:should|ought to|must|could)(?: really)? (?:have|'ve|of) (?!received|gotten|got|had|heard|seen|been|needed|to |${WILL_HAVE})@`,
            // Thirtieth session: the same duty with the subject dropped or named otherwise ("shoulda checked the size chart",
            // "your organisation should have read the terms"), and what they "would have needed to" do.
            `(?:${SENTENCE_OPENING.en}|your (?:organi[sz]ation|company|team|business) )(?:should(?:'ve| have| of)|shoulda) (?!received|gotten|got|had|heard|seen|been|needed)(?:[a-z]{3,}ed|read|done|sent|made|written|taken|bought|paid)\\b`,
            "you(?:'d| would)? (?:have )?needed to [a-z]+ (?:@ ){0,4}before",
            // Thirty-fifth session: checking before acting, said after the act ("should've checked the T&Cs before ordering",
            // "this should have been double-checked before clicking Delete") or as a lesson ("it's really important to check
            // names against your passport before paying"). A tip for what is still to do ("you need to verify your email
            // before logging in") is none.
            "(?<!\\b(?:we|i)(?: really| probably| definitely)? )(?:should(?:'ve| have)(?: been)?|(?:really |very |so )?important to) (?:double-?)?(?:check|read|review|verif(?:y|ie))\\w* (?:(?!before)[^.!?]){0,60}(?:before|prior to) [a-z]+ing\\b",
            `you should've (?!received|gotten|got|had|heard|seen|been|needed|${WILL_HAVE})@`,
            "you shouldn't have (?!been|had|needed|to )@",
            // The acts without "-ed" («read», «put», «told»); those with it, in the pattern below.
            "if you(?:'d| had) (?:read|paid attention|put|chosen|kept|told)\\b",
            // Thirty-eighth session: any act of theirs in the same counterfactual ("if you'd mentioned the allergy when ordering",
            // "if you had notified us"), not what happened to them ("if you had received…", "if you'd wanted…").
            "if you(?:'d| had) (?:(?:only|just|simply|already) )?(?!(?:received|experienced|enjoyed|wanted|needed|expected|hoped|liked|loved|preferred|been|had)\\b)@ed\\b",
            // The customer's own act, stressed: «you gave the passcode to the caller yourself».
            "(?<!(?:if|whether|can|could|would|will|did|do|to) )you (?:(?:actually|already|personally|then) )?(?:gave|made|chose|sent|typed|entered|shared|clicked|approved|authori[sz]ed|confirmed|deleted|cancell?ed|selected|agreed to|accepted|signed|installed|changed|removed|disabled)\\b(?:(?!\\b(?:can|could|will|may|might|should)\\b)[^.!?,;]){0,50} yourself\\b",
            // What they needed to have done: «you'd need to have updated it before checking out».
            "you(?:'d| would) (?:need|have needed) to have @(?:ed|en)",
            // The channel chosen put on them, or told when to write: «this is not the place to ask for refunds», «please only ping us if…».
            "(?:this|here|github|the tracker|this (?:repo|repository|forum|thread|issue|channel|tracker))(?: is|'s| isn't) (?:not )?(?:the|a) (?:right |correct |appropriate |proper )?place (?:for|to)(?![^.!?]{0,80}\\bbut (?:you|we|i) (?:can|could))",
            "please only (?:ping|contact|email|e-mail|message|tag|bump|chase|call) (?:us|me) (?:if|when|after)",
            // Their report called empty, or them called names: «you have given me absolutely no information», «like a little internet troll».
            "you(?:'ve| have)? (?:given|gave|provided) (?:me|us) (?:absolutely |literally )?(?:no|zero) (?:information|info|details|data)",
            "(?:like|you(?:'re| are)(?: being)?) (?:a|an|some|such a) (?:little |typical |internet )*troll\\b",
            "(?:because|since|as) you (?:didn't|never|forgot to|failed to) @",
            "you (?:didn't|never) (?:read|follow|check|update|listen|pay attention)",
            // …said of customers at large, or with the subject dropped: "a lot of customers didn't read the emails",
            // "another person who didn't search the issues", "Didn't follow bug intake process."
            "(?:customers|users|people|folks|(?:another|a|one more) (?:person|user|customer) who) (?:didn't|never|don't) (?:bother to )?(?:read|search|follow|check|look)\\b",
            `${SENTENCE_OPENING.en}\\W*didn't (?:read|search|follow|check) (?:the|our|any|bug|issue)`,
            'you failed to',
            "(?:that's|it's|that is|it is) (?:on you|your (?:fault|responsibility|problem|mistake))",
            'user error',
            // Eighteenth session: the customer's account called incomplete or invented, and a warning not to do it again:
            // "Funny how your review leaves out…", "you've clearly never set foot in here", "Make sure it doesn't happen again".
            "(?:funny|interesting|curious|strange|odd|convenient) (?:how|that) your (?:review|post|complaint|story|account|version|comment) (?:leaves out|omits|forgets|fails to mention|doesn't mention|does not mention|skips)",
            "you(?:'ve| have)? (?:clearly |obviously )?never (?:set foot|been|stayed|eaten|dined) (?:in|at|here|with)", "(?:made|making|make) (?:this|that|the whole thing|the story) up",
            "(?<!(?:we|i|we'll|i'll|will|to|and|can|also) )make sure (?:it|this|that) (?:doesn't|never|won't) happens? again",
            "you must have (?:done|deleted|changed|entered|typed|clicked|missed|ignored)",
            // Forty-first session: what the customer gave called too little: "the details you provided are not enough to help you".
            "(?<!\\b(?:if|when|whether)\\b[^.!?;]{0,40})(?:the |your )?(?:details|information|info|description|explanation|logs?|screenshots?|data|report) (?:that )?you(?:'ve| have)? (?:provided|provide|gave|give|sent|send|shared|included|attached|posted)(?: (?:us|me))? (?:(?:is|are|was|were)(?:n't| not) (?:enough|sufficient)|(?:is|are|was|were) (?:insufficient|incomplete|too vague|not clear|unclear|useless))",
            // Doing it wrong, whatever the verb: "you're signing your invoices wrong", "you are using the API incorrectly".
            "you(?:'re| are) (?:[a-z]{2,}ing) (?:(?:it|them|this|that|(?:the|your|our) [a-z]+) )?(?:wrong|incorrectly|improperly)\\b",
            "(?:it|that|which)(?:'s| is| was) clearly (?:stated|written|explained)",
            // The cause on the customer's side: «caused by the use of a non-approved charger», «it's your phone, not the network».
            "(?:caused by|due to|the result of|comes? from|was from) (?:the )?(?:(?:improper|incorrect|unauthori[sz]ed|non-approved|unapproved|third-party) (?:use|handling|installation|charger|cable|accessor\\w+|parts?|repair)|use of (?:a |an )?(?:non-approved|unapproved|third-party|unauthori[sz]ed)|misuse|mishandling|user error|your (?:own )?(?:device|phone|equipment|router|modem|settings|configuration|installation|handling|use|password|pin|appliances?|wiring|pipework|plumbing))",
            "(?:it's|it is|that's|that is|must be|probably|it'll be|it will be) (?:an issue with |something (?:on|with) |a problem with )?your (?:phone|device|computer|laptop|router|modem|connection|wifi|browser|equipment|settings|card|bank)(?:, not| rather than|\\s*[.!])",
            // …guessed with what is wrong named: "it must be something with your internet connection".
            "(?:must be|probably|likely|seems(?: to be)?|looks like|it's likely|it is likely)(?: it's| it is| it| that| like)? (?:an issue|a problem|something) (?:with|on|in) your (?:(?:internet|network|home|local|own) )?(?:phone|device|computer|laptop|machine|router|modem|connection|wifi|browser|equipment|settings|network|setup|configuration|antivirus|firewall|version|provider)\\b",
            // Twentieth session: the fault placed on the customer's side as a certainty, "so it must be your settings" (a bare
            // «it» needs the certainty: "it's in your settings" is a place).
            "(?:it|this|that) (?:must be|has to be|'s probably|is probably|'s likely|is likely|'s most likely|is most likely|'s definitely|is definitely|'s clearly|is clearly|seems to be|appears to be) (?:something (?:on|in|with) )?your (?:@ )?(?:end|side|settings|setup|set-up|environment|configuration|config|installation|network|connection|isp|provider)\\b",
            "you(?:'re| are) (?:clearly |obviously )?doing something (?:wrong|unsupported|that (?:isn't|we don't) support)",
            // What the customer failed to do, noted: «we note that you did not contact us», «our emails went unanswered».
            "we (?:note|noticed|can see|see) that you (?:didn't|haven't|failed|never|ignored)",
            "(?:our|the|both|all) (?:@ ){0,2}(?:emails?|letters?|calls?|messages?|reminders?)(?: @){0,6} (?:went|were left|remained|have gone) unanswered",
            // Twenty-ninth session, language parity (the other language had it): "because you weren't home".
            "because you (?:weren't|were not|wasn't) (?:at home|home|in|there|available|present|reachable|around|at the (?:address|property|door))\\b",
            // Forty-seventh session: what went wrong put down to what the customer did ("the delay was caused by you changing your
            // order", "this happened because you shared your PIN"), not to what was done to them ("because you were charged twice").
            // The documentation called clear, to someone who missed it (forty-seventh session): "the docs are very clear on this".
            "(?:^|(?<=[.!?,]\\x20))(?:the )?(?:docs|documentation|readme|instructions|guide) (?:is|are) (?:very |quite |pretty |really |super |perfectly |crystal )?clear (?:about|on)\\b(?![^.!?]*\\bbut\\b)",
            "(?:caused by you(?! being)|(?:happened|occurred) because you(?! (?:were|are|'re|had been|have been|told|let|reported|called|contacted|alerted|acted|noticed)\\b))\\b",
            "you (?:didn't|never) (?:answer|pick up|reply|respond|show up|turn up|attend|return (?:our|my) call)",
            // Reminding them what they agreed: «you were told at the time of booking», «you did sign up for the annual plan».
            "you were (?:told|informed|advised|notified|made aware) (?:at the time|when you|before you|that the|during)",
            "you (?:did|do) (?:sign|agree|accept|choose|select|tick)",
            "(?:may we|we'd like to|we would like to|we must|i must|let me) remind you that you",
            "to be fair,? (?:you|the terms|it was|this was|that was)",
            "(?:is|was|are|were) clearly (?:stated|written|explained|marked|listed|displayed|shown|indicated) (?:in|on|there)",
            // Telling the customer how to behave from now on, or to stop: «please request refunds in the window in the future»,
            // «next time, read the FAQ first», «stop spamming the tracker», «you shouldn't post private links here».
            `${FROM_NOW_ON_EN},? (?:please |pls |kindly )?(?:make sure|be sure|check|double-check|read|remember|follow|try|use|request|contact|include|avoid|don't|refrain|ask|post|send|open|file|submit|search|attach|provide|pick|choose|select|keep|set|top up|save|opt for|go for)`,
            // …put as advice for next time: "In the future, we'd recommend buying from our official website".
            `${FROM_NOW_ON_EN},? (?:we|i)(?:'d| would)? (?:strongly )?(?:recommend|suggest|advise|ask|encourage)(?: that)? (?:you )?(?!(?:reach|contact|call|messag|get in touch|follow|writ|email|ring|phon)\\w*)@`,
            // …the advice first, then when it is for: "we would strongly recommend you file earlier in future years".
            `(?:we|i)(?:'d| would)? (?:strongly )?(?:recommend|suggest|advise|encourage)(?: that)? you (?!(?:reach|contact|call|messag|get in touch|writ|email|ring|phon)\\w*)@[^.!?]{0,60}? ${FROM_NOW_ON_EN}(?![a-z])`,
            // A check asked for before the customer's next go: "worth double checking before you place an order next time",
            // "please read back through the replies before posting the same question again".
            "(?:worth|please|pls|kindly|make sure to|remember to|be sure to|try to|you (?:should|may want to|might want to|need to)) (?:(?:double|re|properly|carefully)[ -]?)?(?:check|read|review|verify|confirm|look)\\w*[^.!?]{0,60}? before (?:you )?@(?: @){0,4}? (?:again|next time|in future)(?![a-z])",
            // Told to stop filing: "please don't open a new issue for something like this".
            "please,? (?:don't|do not|stop|refrain from) (?:open|opening|creat|post|submitt?|fil|spam|comment)\\w* (?:(?:in|on|across) )?(?:a |any )?(?:new |more |another |duplicate |separate |multiple |several )?(?:issues?|tickets?|threads?|posts?|reports?)",
            // …put as a wish: «maybe in the future it would be nice to specify the date on the PR».
            `${FROM_NOW_ON_EN},? (?:it )?(?:would|will|'d|'ll) be (?:nice|great|good|helpful|better|best|ideal) (?:if you (?:had |could )?(?:mention|includ|specif|add|sen[dt]|read|check|us|follow|tell|told|let us know|state|attach|search|wait)\\w*|to (?:mention|includ|specif|add|send|read|check|follow|state|attach|search)\\w*)`,
            `(?:^|(?<=[.!?;]\\x20))(?:please )?(?:make sure to|be sure to|remember to|request|read|check|follow|refrain from)(?: @){1,10} ${FROM_NOW_ON_EN}`,
            // Thirty-third session: the request, then when it is for ("Please double-check your address before ordering in
            // future", "pls set one next time", "Please keep keys out of git going forward"); not a note, a welcome or a way to reach us.
            `(?:please|pls|plz|kindly) (?!(?:note|be|find|see|allow|accept|bear|let|contact|reach|call|get|feel|do(?:n't| not) hesitate|enjoy|stay|rest|know|understand|keep (?:an|us|me|in)|come|visit|shop|order|use (?:the|this|code))\\b)@[^.!?]{0,80}? ${FROM_NOW_ON_EN}(?![a-z])`,
            // …any request after the opener is one: «in future, please post on the forum».
            `${FROM_NOW_ON_EN},? please,? (?!feel free|don't hesitate|do not hesitate|enjoy|let (?:me|us) know|contact (?:me|us)|reach out|get in touch|call (?:me|us)|write to (?:me|us)|email (?:me|us))@`,
            "(?:^|(?<=[.!?;,]\\x20)|please )don't let (?:it|this|that) happen again",
            // The cause put outside the company to deflect: «it is outside of my control», «beyond our control».
            "(?<!not |n't |not something |not anything )(?:outside|beyond|out) (?:of )?(?:my|our|the (?:hotel|company|bank|airline|store|shop|restaurant|property|management|platform|app)'s) (?:control|hands|reach)",
            // Forty-second session: the cause put where the company has no say ("…around the airport, where we don't have any
            // control"); a plain «we have no control over its hours» beside what was done about it is a statement of cause.
            "(?:where|over which|on which|which|as) we (?:don't|do not|didn't|did not) have (?:any )?control(?! (?:panel|centre|center|room|number|tower|code|key))",
            "stop (?:spamming|posting|sending|opening|asking|messaging|tagging|bumping)", "you (?:shouldn't|should not) (?!have been|have had|need|worry|have to)(?:include|post|share|send|put|write|open|use|expect(?![^.!?]{0,30}\\b(?:soon|(?:before|until)(?! you)|this (?:week|month|year)|next (?:week|month|year)))|ask)",
            // Twenty-ninth session: told how to use the channel itself: "please don't discuss offline in this issue", "stop this
            // spam", "DM staff once instead of making a bajillion issues"; a jab at the customer's competence or sense.
            "(?:please )?don't (?!hesitate|worry|forget|wait|feel|mind|be|(?:include|share|post|send|put|paste|add|write) (?:your |any |the )?(?:card|password|personal|payment|bank|credit|private|sensitive|full))(?:@ ){1,4}?(?:in|on|under) (?:this|these|the same|a closed|closed) (?:issue|thread|ticket|tracker|repo|channel|forum|pr|pull request|discussion)s?\\b",
            "(?:^|(?<=[.!?,]\\x20)|(?<=\\bplease\\x20))stop (?:this|the|your|all (?:this|the)) (?:spam|spamming|bumping|pinging|nagging)",
            "(?:just|please|simply) ~4instead of (?:making|opening|posting|creating|filing|spamming|writing) (?:@ ){0,3}?(?:github )?(?:issues|tickets|threads|posts|comments)",
            "(?:a (?:base|basic|minimum) level|minimum) of (?:competence|common sense)|(?:(?:you're|you are|you) (?:clearly )?not|you aren't(?: clearly)?) making (?:much |any )?sense|if you don't (?:even )?know (?:such|these|the) basics",
          ],
          span: 'clause',
        },
      ],
      unless: [
        "(?:sms|text|message|email|e-mail|number|link|call|page|site|profile|account|app|sender)(?: @){0,3} (?:is|was|are|were)(?:n't| not) (?:ours|from us)",
        "as i (?:said|mentioned),? i(?:'ll| will)",
        // The problem's effect on the customer asked about, not its cause: "What's the impact of the issue on your side?".
        "(?:impact|effect|effects|consequences?|severity|scope|extent) of (?:the|this|that|these) (?:issues?|problems?|errors?|bugs?|outages?|delays?)",
        // The problem as what we fix, not its cause: "I hope the fix is enough to fix the issue on your server".
        "(?:fix|fixes|fixed|fixing|solve|solves|solved|solving|resolve|resolves|resolved|resolving|sort out|troubleshoot|debug|investigate|look into|help with) (?:the |this |that |any |these )?(?:issue|problem|error|bug)s?",
        "you should have (?:received|gotten|got|everything|all (?:the|you|it)|it|them|one|an? (?:email|text|message|letter|code|link|confirmation))"],
    },
  },
  suggest,
);

/** Who gets the blame, from «culpa de X» / «X's fault», for the neutral rewrite. */
function culprit(info: SpanInfo): string | null {
  const f = info.folded.slice(info.start, info.end);
  const t = info.text.slice(info.start, info.end);
  if (info.lang === 'es') {
    const m = /(?:culpa|responsabilidad(?: exclusiva| unica)?) (?:es |fue |la tiene |la tienen )?(de la|de los|de las|del|de|el|la|los|las) ([\p{L}\p{N} ]+?)(?=,| no | y |$)/u.exec(f);
    if (!m) return null;
    const det = m[1] === 'el' ? 'del' : m[1] === 'la' ? 'de la' : m[1] === 'los' ? 'de los' : m[1] === 'las' ? 'de las' : m[1];
    const idx = m.index + m[0].length - m[2].length;
    return `${det} ${t.slice(idx, idx + m[2].length).trim()}`;
  }
  const m = /(?:the |their |his |her )?([\p{L}\p{N}' ]+?)'s fault/u.exec(f);
  if (!m) return null;
  const words = m[1].split(/\s+/);
  const name = words.slice(-2).filter((w) => !/^(?:that|it|this|is|was|entirely|totally|all)$/.test(w));
  const who = t.slice(m.index + m[0].length - name.join(' ').length - "'s fault".length, m.index + m[0].length - "'s fault".length);
  return name.length ? `the ${who.trim()}` : null;
}

function suggest(info: SpanInfo): string[] {
  const reg = info.register;
  const kind = info.kinds.includes('customer') ? 'customer' : info.kinds.includes('third') ? 'third' : 'repeat';
  const cap = caseLike(info);
  if (info.lang === 'en') {
    if (kind === 'repeat') return [cap('To recap'), cap('Just to summarise')];
    if (kind === 'third') {
      const who = culprit(info);
      return [
        cap(who ? `the issue came from ${who}, and I'm already following it up with them` : "the issue came from an outside provider, and I'm already following it up with them"),
        cap("this one is on our side to sort out, and I'm on it"),
      ];
    }
    return [cap("let me explain what happened and how we'll fix it"), cap("let's go through it together and get it working")];
  }
  if (kind === 'repeat') {
    return [cap(byRegister(reg, { tu: 'te resumo', usted: 'le resumo' })), cap('para dejarlo claro')];
  }
  if (kind === 'third') {
    const who = culprit(info);
    return [
      cap(who ? `el problema vino ${who}; ya lo estoy gestionando con ellos` : 'el problema vino de un proveedor externo; ya lo estoy gestionando con ellos'),
      cap(byRegister(reg, { tu: 'me hago cargo de resolverlo contigo', usted: 'me hago cargo de resolverlo con usted' })),
    ];
  }
  return [
    cap(byRegister(reg, { tu: 'te explico qué pasó y cómo lo resolvemos', usted: 'le explico qué pasó y cómo lo resolvemos' })),
    cap('lo revisamos juntos paso a paso para dejarlo funcionando'),
  ];
}

/** Test cases and training examples: `[[…]]` marks the span the rule must find. Not shipped to the page (nothing there imports them). */
export const examples: RuleExample[] = [
  // Sixteenth session: the fault denied for a thing of ours, the cause placed in the customer's set-up, an answer pointed
  // back to. Lexicon only: taught to the model, they moved its blame threshold from 0.80 to 0.70 and flagged clean replies
  // on three other sets.
  { lang: 'es', text: '[[Su hijo no se quejó por culpa nuestra]]: pidieron el menú pequeño.', lexiconOnly: true },
  { lang: 'es', text: 'Por nuestro lado no hay falla. [[Lo más seguro es que el problema esté en su instalación]].', lexiconOnly: true },
  { lang: 'es', text: '[[Eso se explicó en el correo del lunes]] :+1:', lexiconOnly: true },
  { lang: 'en', text: "No idea. [[Its your mail provider blocking it]], just retry.", lexiconOnly: true },
  { lang: 'en', text: 'Sorry, I could not find the cause. [[Looks like the issue is from your phone firmware]].', lexiconOnly: true },
  // …and the clean replies they must leave alone.
  { lang: 'en', text: 'Your router needs port 8443 open; here is how to allow it in your settings.' },
  { lang: 'es', text: 'Te explico en el correo los pasos para configurar tu router.' },
  // …and what the new forms must leave alone: where to look, an answer the customer did not want, a cause named plainly.
  { lang: 'en', text: 'The new booking confirmation should be in your inbox by now.' },
  { lang: 'en', text: "We know this isn't the outcome you were hoping for, and we're sorry." },
  { lang: 'en', text: 'The crash report points to the graphics driver rather than the game itself.' },
  { lang: 'en', text: 'You were sent the blue kettle instead of the silver one; a swap is on its way.' },
  { lang: 'en', text: 'Could you check the address on your account? It ends in .co.uk rather than .com.' },
  { lang: 'es', text: 'La confirmación nueva ya debería estar en tu bandeja de entrada.' },
  { lang: 'es', text: 'Sabemos que no es la respuesta que esperabas y lo sentimos.' },
  // Sixteenth session: clearing the customer's device is no blame; a parcel that is with the carrier says where it is.
  { lang: 'es', text: 'Revisamos y hay una falla en la antena de tu zona, no es tu celular. Ya está en reparación.' },
  { lang: 'en', text: 'Your parcel is with the carrier and tracking shows it arriving on Tuesday.' },
  // Sixteenth session: any instruction after «la próxima vez» tells the customer how to behave; a way to reach us does not.
  { lang: 'es', text: 'Ya está corregido, pero [[la próxima vez detalla los pasos para reproducirlo]].' },
  { lang: 'es', text: 'Listo, ya quedó. La próxima vez escríbenos por DM y lo vemos más rápido.' },
  // Fourteenth session: pointing back at a document, at an answer already given, asking whether they read it.
  { lang: 'es', text: '[[Como dice el enunciado]], la entrega es por el repositorio.' },
  { lang: 'es', text: '[[Esa duda ya se respondió]] en otra issue, búscala antes de preguntar.' },
  { lang: 'es', text: '¿[[Leíste la documentación antes de abrir el ticket?]]' },
  { lang: 'es', text: '[[Los invitamos a releer]] las bases para no perder tiempo.' },
  { lang: 'en', text: '[[As stated in the docs]], the key goes in the header.' },
  { lang: 'en', text: '[[This has already been answered]] in #214.' },
  { lang: 'en', text: '[[Did you read the FAQ]] before writing in?' },
  { lang: 'en', text: '[[Please read the documentation before opening an issue]].' },
  { lang: 'es', text: 'La documentación dice que la clave va en la cabecera; te dejo el enlace por si te sirve.' },
  { lang: 'en', text: 'The docs cover this on page 4; here is the link in case it helps.' },
  { lang: 'en', text: 'Your question has been answered by our billing team, who will refund the fee today.' },
  // Fourteenth session: doing it wrong with any verb, and our side cleared so the fault is left with them.
  { lang: 'es', text: 'El error está en el XML: [[estás firmando mal los documentos]], revisa el certificado.' },
  { lang: 'en', text: '[[The request fails because you are encoding the token incorrectly]].' },
  { lang: 'es', text: '[[No pudimos reproducirlo: todo está bien por nuestro lado]].' },
  { lang: 'en', text: '[[We checked the logs and everything is fine on our end]].' },
  { lang: 'en', text: '[[It seems it a problem with your phone version]].' },
  { lang: 'es', text: 'Estamos revisando mal el caso, perdona: lo corregimos hoy mismo.' },
  { lang: 'en', text: "We're handling it wrong on our side, sorry; I'm fixing it now." },
  { lang: 'en', text: 'We checked: everything is fine on our end now that the fix is live, and your orders will sync again.' },
  { lang: 'en', text: "Thanks for checking in. Everything looks good on our end; we're just waiting on the appraisal." },
  { lang: 'es', text: 'Todo está bien por nuestro lado; solo falta que llegue la tasación y te aviso.' },
  { lang: 'es', text: 'Entiendo que lo estás pasando mal con este retraso; te cambio el envío hoy.' },
  { lang: 'es', text: 'Como indica el programa de puntos, te corresponden 500 puntos extra que ya cargué.' },
  { lang: 'en', text: "As described in the terms, you're entitled to a full refund, which I've issued today." },
  { lang: 'en', text: 'This has been addressed in the latest update, version 2.3.' },
  { lang: 'es', text: 'Problema resuelto: todo funciona bien por nuestro lado y tu pedido ya salió.' },
  { lang: 'en', text: 'We reviewed your account and everything is fine on our end, your refund went out today.' },
  { lang: 'en', text: 'Have you checked the statement for October? The refund should be there.' },
  // Thirteenth session: the cause guessed on the customer's side, with what is wrong there named.
  { lang: 'en', text: 'The server is fine. [[It must be something with your internet connection]].' },
  { lang: 'es', text: 'Acá funciona bien, [[debe ser algo de la conexión en tu equipo]].' },
  { lang: 'en', text: 'It could be a browser cache issue, so please try a private window and tell me what you see.' },
  { lang: 'es', text: 'Estamos revisando si es algo de nuestra conexión con el banco; te aviso en cuanto lo sepa.' },
  { lang: 'es', text: 'Le pedimos disculpas, en primer lugar, por no haber cumplido el plazo que le indicamos.' },
  { lang: 'es', text: 'Ese SMS no es nuestro: no lo abras y bórralo, por favor.' },
  { lang: 'en', text: "That text message isn't from us, so please don't click the link." },
  { lang: 'en', text: 'Once you open the form, you should have everything it asks for on your statement.' },
  // Pointing back at what they should know, and the cause put elsewhere with our side cleared.
  { lang: 'en', text: '[[As you already know]], refunds take 10 days.' },
  { lang: 'en', text: "@sam [[read what I wrote]]. The units ship in order." },
  { lang: 'en', text: "If it works on your other sites, [[that's an issue with the host, not the plugin]]." },
  { lang: 'es', text: '[[Como usted ya sabe]], el reembolso tarda 10 días.' },
  // Thirty-seventh session: the lesson for the customer's next go, said after the advice or the check; the customer cleared
  // (lexicon only: taught, they moved the calibration and the e2e strictness sentence off its border).
  { lang: 'en', text: '[[We would strongly recommend that you renew the licence earlier in future years]].', lexiconOnly: true },
  { lang: 'en', text: 'Size 9 was on the order. [[It is worth double-checking the size before you order next time]].', lexiconOnly: true },
  { lang: 'en', text: '[[Kindly make sure the full address is given for all future orders]].', lexiconOnly: true },
  { lang: 'en', text: 'Please check the size guide before you order, and write to me if you are between sizes.', lexiconOnly: true },
  { lang: 'es', text: 'Entendemos que usted no tenía cómo saber que la tarifa excluía el equipaje; le devolvemos el cargo.', lexiconOnly: true },
  // …and in Spanish, asked for the next parcels or trips, or from now on (not an offer for the next purchase).
  { lang: 'es', text: 'El pedido salió con la talla elegida. [[Para futuras compras te pedimos revisar la guía de tallas antes de pagar]].', lexiconOnly: true },
  { lang: 'es', text: '[[Le sugerimos que en adelante active el pago automático para evitar recargos]].', lexiconOnly: true },
  { lang: 'es', text: '[[La próxima vez le pedimos que esté más atento a los avisos del correo]].', lexiconOnly: true },
  { lang: 'es', text: 'Para futuras compras puedes usar el cupón BIENVENIDA10.', lexiconOnly: true },
  // Someone else named responsible, the cause put on their socket, their «confusion», a reprimand recalled.
  { lang: 'es', text: 'No lo tenemos en stock y [[los proveedores son los responsables de las entregas]].' },
  { lang: 'es', text: '[[Las fallas estaban originadas por desperfectos en el tomacorriente de su cocina]].' },
  { lang: 'es', text: '¿Seguro? [[Creo que te has confundido]], este foro es solo para errores del servidor.' },
  { lang: 'es', text: 'Perdón, me he confundido de archivo; te mando el correcto.' },
  // Blame as institutions write it: the cause on the customer's side, a reminder of what they accepted, someone else's to solve.
  { lang: 'es', text: 'Hola Ignacio, [[es un tema de tu celular]], no de la red. Reinícialo.' },
  { lang: 'es', text: '[[Le recordamos que es obligación del cliente custodiar sus claves]].' },
  { lang: 'en', text: 'Hello, [[the fault was caused by the use of a non-approved charger]], as the report shows.' },
  { lang: 'en', text: '[[Any delay in crediting the amount lies with your issuing bank]].' },
  { lang: 'en', text: '[[We note that you did not contact us within the cooling-off period]].' },
  { lang: 'en', text: "I've noted on your booking that you'd like a ground-floor room because of your knee." },
  { lang: 'en', text: "This didn't happen on other servers, so I hope the update is enough to fix the issue on your server." },
  { lang: 'en', text: "Let's troubleshoot the problem with your router together: which lights are on?" },
  { lang: 'es', text: 'La diferencia se debe al copago de tu póliza; te envío el desglose.' },
  { lang: 'en', text: 'The delay is due to your bank\'s processing time, and I\'m chasing them today.' },
  // Owning a fault is not blaming the customer: «no debió pasar», «you shouldn't have been charged».
  { lang: 'es', text: 'Eso no debió pasar; ya corregí el cargo.' },
  { lang: 'es', text: 'El cierre por mantenimiento debió avisarse al reservar, lo siento mucho.' },
  { lang: 'en', text: "You shouldn't have been charged twice, and I've refunded the second payment." },
  { lang: 'en', text: "I'm sorry, you shouldn't have had to chase us for this." },
  { lang: 'es', text: '[[Lamentablemente usted debió revisar el correo de confirmación antes del viaje]].' },
  // The customer receiving, and a place rather than a culprit.
  { lang: 'en', text: "I'm sorry, you should've had it by now, so I've sent a replacement by express." },
  { lang: 'en', text: "The carrier will text you a delivery window once it's on the truck." },
  { lang: 'en', text: "It's on the roadmap for the first quarter." },
  // Pointing back at an earlier message; a pointer to documentation is not.
  { lang: 'en', text: '[[As previously advised]], the warranty does not cover water damage.' },
  { lang: 'en', text: '[[As we mentioned in our last reply]], the order ships from our Madrid warehouse.' },
  { lang: 'es', text: '[[Como se le informó anteriormente]], la garantía no cubre golpes.' },
  { lang: 'es', text: '[[Tal como le indicamos en el correo anterior]], el reembolso tarda diez días hábiles.' },
  { lang: 'en', text: 'As mentioned in the article below, you can export your data from Settings.' },
  { lang: 'es', text: 'Como se indica en la guía, el cambio se hace desde la app.' },
  { lang: 'en', text: '[[As mentioned above]], you need to update the app first.' },
  { lang: 'en', text: '[[Please see my previous reply]] for the steps.' },
  { lang: 'es', text: '[[Líneas arriba le indiqué]] que le faltan S/5 para llegar al mínimo.' },
  { lang: 'es', text: '[[Ya respondí uno igual]] en el otro hilo.' },
  { lang: 'en', text: 'The steps are in the comment above this one, with screenshots.' },
  { lang: 'es', text: 'Arriba le dejo el enlace con los pasos, por si le sirve.' },
  { lang: 'es', text: '[[Eso es culpa de la paquetería, no nuestra]].', suggest: ['El problema vino de la paquetería; ya lo estoy gestionando con ellos', 'Me hago cargo de resolverlo contigo'] },
  { lang: 'es', text: '[[El retraso es culpa del transportista, nosotros no tenemos nada que ver]].', suggest: ['El problema vino del transportista; ya lo estoy gestionando con ellos', 'Me hago cargo de resolverlo contigo'] },
  { lang: 'es', text: '[[Como ya le dije]], eso lo gestiona otra área.', suggest: ['Le resumo', 'Para dejarlo claro'] },
  { lang: 'es', text: '[[Usted debió leer las condiciones]].', suggest: ['Le explico qué pasó y cómo lo resolvemos', 'Lo revisamos juntos paso a paso para dejarlo funcionando'] },
  { lang: 'es', text: 'Mirá, [[eso te pasa por no haber leído el mail que te mandamos]].' },
  { lang: 'es', text: '[[Si hubieras actualizado la app como te dijimos]], no tendrías este error.' },
  { lang: 'es', text: '[[Eso pasa porque usted no siguió los pasos del manual]].' },
  { lang: 'es', text: 'Revisé su caso. [[Eso pasó porque usted no estaba en casa cuando fue el técnico]].' },
  { lang: 'es', text: '[[La culpa es del banco, no mía]].' },
  { lang: 'es', text: '[[no es culpa nuestra]], el proveedor se cayó' },
  { lang: 'es', text: 'El retraso se debe a una incidencia en el centro de distribución de la paquetería. Ya abrí un reclamo con ellos.' },
  { lang: 'es', text: 'El cargo se duplicó por un fallo en nuestro sistema de cobros. Lo siento mucho.' },
  { lang: 'es', text: 'El error aparece porque la contraseña caducó hace 90 días; te explico cómo renovarla.' },
  { lang: 'es', text: 'Como te comenté, te escribo el jueves con la respuesta de facturación.' },
  { lang: 'es', text: 'Deberías haber recibido un correo de confirmación; si no lo ves, te lo reenvío.' },
  { lang: 'en', text: "[[That's the other server's fault]].", suggest: ["The issue came from the other server, and I'm already following it up with them", "This one is on our side to sort out, and I'm on it"] },
  { lang: 'en', text: '[[As I already told you]], the terms apply to all plans.', suggest: ['To recap', 'Just to summarise'] },
  { lang: 'en', text: '[[You should have read the terms before buying]].', suggest: ["Let me explain what happened and how we'll fix it", "Let's go through it together and get it working"] },
  { lang: 'en', text: "So your package is late. [[That's the courier's fault, not ours]]." },
  { lang: 'en', text: '[[This happened because you didn\'t update the app]].' },
  { lang: 'en', text: '[[It is not our fault that the bank held the payment]].' },
  { lang: 'en', text: 'The delay was caused by a customs hold last Tuesday. I have opened a trace with the carrier.' },
  { lang: 'en', text: 'The charge was applied twice on our side, and I have already requested the reversal.' },
  { lang: 'en', text: 'You should have received a confirmation email; if not, I can resend it.' },
  { lang: 'en', text: "As I mentioned, I'll call you on Thursday with the answer." },
  { lang: 'es', text: "[[Usted tendría que haber revisado el pedido al recibirlo]]." },
  { lang: 'es', text: "[[Eso ocurrió porque tú no confirmaste el correo]]." },
  { lang: 'en', text: "[[Like I said before]], the fee is non-refundable." },
  { lang: 'en', text: "[[You should've checked the size chart]]." },
  { lang: 'en', text: "The outage was caused by a power failure at our data center." },
  { lang: 'es', text: "El problema estaba en la configuración del DNS; ya lo corregí." },
  // Generalisation pass: clitic infinitives, word order, voseo, «responsabilidad de…», «you guys».
  { lang: 'es', text: "[[Usted debería haberlo revisado antes de comprar]]." },
  { lang: 'es', text: "[[La demora es responsabilidad exclusiva de la aerolínea, no de nosotros]].", suggest: ['El problema vino de la aerolínea; ya lo estoy gestionando con ellos', 'Me hago cargo de resolverlo contigo'] },
  { lang: 'es', text: "[[Te lo expliqué clarito en el mensaje anterior]]: el plan no incluye roaming." },
  { lang: 'es', text: "[[Claramente el error fue suyo al poner mal la dirección]].", suggest: ['Le explico qué pasó y cómo lo resolvemos', 'Lo revisamos juntos paso a paso para dejarlo funcionando'] },
  { lang: 'es', text: "[[Vos pusiste mal el código postal]], por eso el paquete volvió." },
  { lang: 'es', text: "[[Eso le pasó por no actualizar la app]]." },
  { lang: 'en', text: "[[You guys should have read the terms]]." },
  { lang: 'en', text: "[[That's on the courier, not on us]]." },
  { lang: 'es', text: "El retraso se debió a una huelga de transportistas en el puerto." },
  { lang: 'es', text: "[[Eso es un tema del banco emisor]]; te paso el número de reclamos y te acompaño en el trámite." },
  // Blind batch 2: other synonyms, inflections and word orders.
  { lang: 'es', text: "[[La demora vino del lado del banco emisor]]." },
  { lang: 'es', text: "[[Usted no completó bien el formulario]]." },
  { lang: 'es', text: "[[Se lo indicamos en la factura y usted no lo revisó]]." },
  { lang: 'es', text: "El error vino por parte nuestra y ya lo corregimos." },
  { lang: 'es', text: "Por nuestra parte hicimos la corrección y te confirmo cuando se refleje." },
  { lang: 'en', text: "[[The failure was on the carrier's side]]." },
  { lang: 'en', text: "[[That is not something we caused]]." },
  { lang: 'en', text: "The issue was on our side and it is fixed now." },
  // The cause put outside the company, and the count of times told.
  { lang: 'es', text: 'Lamentamos los inconvenientes, [[la caída de ayer fue ocasionada por motivos ajenos a la empresa]].' },
  { lang: 'es', text: '[[Ya le hemos explicado varias veces]] que el reembolso tarda.' },
  { lang: 'es', text: 'Te lo he explicado en el mensaje de arriba con capturas, por si te sirve de guía.' },
  { lang: 'en', text: '[[We have told you several times]] we will follow up over email.' },
  { lang: 'en', text: "I've told you the good news already: the refund went through this morning." },
  // Telling the customer how to behave from now on, or to stop.
  { lang: 'en', text: 'The refund has been issued. [[Please request refunds within the window in the future]].' },
  { lang: 'en', text: '[[Stop spamming the bug tracker]].' },
  { lang: 'en', text: 'Issues here are public, [[so you shouldn\'t post private links]].' },
  { lang: 'en', text: "To help avoid it in future, we've added a reminder a week before renewal." },
  { lang: 'es', text: 'Ya lo corregimos. [[La próxima vez revise bien la dirección]].' },
  { lang: 'es', text: '[[Dejen de escribir al repositorio por temas de licencias]].' },
  { lang: 'es', text: 'La próxima vez te aviso con más tiempo, perdona.' },
  { lang: 'es', text: '[[Te confundiste de local]], no tengo tortilla.' },
  { lang: 'es', text: 'Si no tienes vistas, [[el problema no lo tenemos nosotros]].' },
  // The customer's own act stressed, a needed step named after the fact, the channel put on them, a report called empty.
  { lang: 'en', text: "[[You approved the transfer in the banking app yourself]], so the payment can't be recalled." },
  { lang: 'en', text: "Happy to help you set it up yourself, here's the guide." },
  { lang: 'en', text: "[[You'd need to have changed the address before the order shipped]]." },
  { lang: 'en', text: 'Closing this. [[This is not the place to ask for refunds]].' },
  { lang: 'en', text: "We're the right place for this, so I've logged it for the billing team." },
  { lang: 'en', text: "[[Please only ping us if there's been no answer for 24 hours]]." },
  { lang: 'en', text: '[[You have given me absolutely no information to go on]].' },
  { lang: 'en', text: "I hear you, but [[the hold-up isn't on our end]]." },
  { lang: 'en', text: "[[The size chart is clearly displayed on every product page]]." },
  { lang: 'es', text: 'No podemos revertirla: [[usted mismo autorizó la operación con su clave]].' },
  { lang: 'es', text: 'Si quieres, te enseño a hacerlo tú mismo desde la app.' },
  { lang: 'es', text: 'Revisé el equipo y [[es un mal uso del cargador]].' },
  { lang: 'es', text: '[[Este no es el lugar para pedir soporte de cuentas]].' },
  { lang: 'es', text: 'Estamos en ello, [[por favor no sigan escribiendo al mismo hilo]].' },
  { lang: 'es', text: 'Sigan escribiéndonos por aquí, les respondemos en el día.' },
  { lang: 'es', text: '[[El cobro no es un error nuestro]], viene de un servicio de terceros.' },
  { lang: 'es', text: 'Fue un error nuestro y ya lo corregimos.' },
  { lang: 'es', text: 'Ya quedó. [[Para la próxima, sería bueno que lean la guía antes de tocar la cuenta]].' },
  { lang: 'es', text: 'Para la próxima compra te dejo un cupón del 10 %.' },
  // Look-alikes of those forms: a purpose, the customer's own option, eligibility, a question, a negation, a willingness, a redirect with an offer, a third party.
  { lang: 'es', text: 'Ya ajustamos la configuración para que no siga ocurriendo.' },
  { lang: 'es', text: 'Usted mismo lo puede cambiar desde la app en dos minutos.' },
  { lang: 'es', text: 'Puedes entrar con tu mismo correo y contraseña de siempre.' },
  { lang: 'en', text: 'To qualify, you need to have been a member for at least three months.' },
  { lang: 'en', text: 'You can put the order on hold yourself from the Orders page.' },
  { lang: 'en', text: 'Could you tell me if you installed it yourself or a technician did?' },
  { lang: 'es', text: 'Revisamos el equipo: no es un mal uso, así que lo cubre la garantía.' },
  { lang: 'es', text: 'Claro, no es problema por nuestra parte cambiar la fecha de entrega.' },
  { lang: 'en', text: 'This is not the right place for gift notes, but you can add one at checkout.' },
  { lang: 'en', text: "Thanks for reporting a troll in the game lobby; we've suspended that account." },
  { lang: 'en', text: "[[It's not on our end]], the carrier has lost the parcel." },
  // Any request after «in future, please», a stop, and the cause put outside the company's control.
  { lang: 'en', text: 'Hi! [[As informed earlier]], express delivery shows only where the product allows it.' },
  { lang: 'en', text: '[[We have already stated]] that the billing team will contact you.' },
  { lang: 'en', text: "We've already explained to the courier where to leave it, and it arrives today." },
  { lang: 'en', text: 'Done. [[In future, please post these on the forum instead]].' },
  { lang: 'en', text: 'Your account is unlocked. [[Do not let it happen again]].' },
  { lang: 'en', text: 'Shipping is slow this month and [[it is outside of our control]].' },
  { lang: 'en', text: '[[Due to circumstances beyond our control]], the event is cancelled; a full refund is on its way.' },
  { lang: 'es', text: 'Los envíos salen con retraso por la huelga de transporte, [[situación que no depende de la compañía]].', lexiconOnly: true },
  { lang: 'es', text: 'Sabemos que es una situación que no depende de usted y por eso le devolvemos el importe.', lexiconOnly: true },
  { lang: 'es', text: '[[Por lo general ese tipo de errores ocurre al tener una instalación hecha de manera errónea]]. Revise los pasos de la guía.', lexiconOnly: true },
  { lang: 'es', text: 'Ese error ocurre por una configuración incorrecta de nuestro servidor; ya lo corregimos.', lexiconOnly: true },
  { lang: 'en', text: "In future, we'll send a reminder before each renewal." },
  { lang: 'en', text: "We'll make sure we never let this happen again to you." },
  { lang: 'es', text: 'Listo. [[En adelante, por favor, use el formulario de soporte]].' },
  { lang: 'es', text: '[[El retraso es totalmente ajeno a nosotros]].' },
  // The cause put outside by the company's own name: «…ya que estos cargos son ajenos a Bancoval».
  { lang: 'es', text: 'Revisa las condiciones con el comercio, [[ya que esos cargos son ajenos a Bancoval]].' },
  { lang: 'es', text: 'El cargo es ajeno a tu compra del martes: es la cuota anual, que te devolvemos hoy.' },
  { lang: 'en', text: "[[These declines come from the card issuer and have nothing to do with our plugin]]." },
  { lang: 'es', text: '[[Ese aviso no tiene nada que ver con nuestro módulo]]: lo muestra el navegador.' },
  { lang: 'es', text: 'Revisamos la caja: [[el cargador no es de fabricación nuestra]].' },
  { lang: 'en', text: 'The outage has nothing to do with your settings; we are restoring the line now.' },
  // The review's: a third party cleared to take the blame ourselves, and an invitation for the future.
  { lang: 'en', text: "The decline has nothing to do with the bank; it was our mistake and we've fixed it." },
  { lang: 'en', text: "Don't worry, the refund has nothing to do with our rewards program, so your points stay." },
  { lang: 'es', text: 'El fallo es totalmente ajeno a vosotros, fue un error de nuestro sistema y ya está corregido.' },
  { lang: 'en', text: 'In the future it would be great if you could join our beta program, just reply to sign up.' },
  { lang: 'en', text: "[[That's nothing to do with us]], it's the courier's system." },
  { lang: 'es', text: '[[Por favor, no abras un nuevo ticket para algo así]]; responde en este.' },
  { lang: 'en', text: "[[As informed you earlier]], the order can't be reinstated, but I've placed a new one at the old price." },
  { lang: 'en', text: "Don't worry, we'll get this reported. [[In the future, we'd recommend buying Premium from our official website]]." },
  { lang: 'en', text: "In the future, we'd recommend reaching out to us first, we're happy to help." },
  { lang: 'en', text: "[[Please don't open a new issue for something like this]]." },
  { lang: 'en', text: 'Please open a new issue for the export bug so we can track it separately.' },
  { lang: 'en', text: 'Released now. [[In future it would be nice if you mentioned the deadline in the issue]].' },
  { lang: 'en', text: 'In future it would be great to have you on the beta, just reply to join.' },
  { lang: 'es', text: 'Te desbloqueamos la cuenta, [[no lo vuelvas a hacer]].' },
  { lang: 'es', text: 'Revisamos el proceso para que no se repita y te devolvimos el cargo.' },
  { lang: 'es', text: 'En adelante te escribiré yo directamente, por favor avísame si prefieres otro canal.' },
  { lang: 'en', text: 'In future, please feel free to contact me directly.' },
  { lang: 'es', text: 'En adelante, por favor, no dudes en escribirme directamente.' },
  { lang: 'es', text: 'Hablé con el repartidor para que no vuelva a hacer esperar a nadie.' },
  { lang: 'en', text: "We'll make sure we don't let it happen again." },
  { lang: 'en', text: "We've already mentioned it to the courier, and they'll call you today." },
  { lang: 'es', text: 'Esto no es ajeno a nosotros: nos hacemos cargo del reembolso.' },
  { lang: 'en', text: 'This is not outside our control, so I will fix it today.' },
  // Eighteenth session: pointed back without «already been», the account called incomplete or invented, a warning.
  { lang: 'en', text: "[[That's been covered above]] in the thread." },
  { lang: 'en', text: "[[It was all in the email we sent you]] on Monday." },
  { lang: 'en', text: "[[Funny how your review leaves out the noise complaints from the neighbours]]." },
  { lang: 'en', text: "Your access is back. [[Make sure it doesn't happen again]], a second ban is permanent." },
  { lang: 'en', text: "We'll make sure it doesn't happen again and the refund is on its way." },
  { lang: 'es', text: '[[Está claro que nunca has pisado el restaurante]].' },
  { lang: 'es', text: '[[Creemos que te has inventado la historia del pedido]].' },
  // Forty-first session: what the customer gave called too little; asking for more, or a condition, is clean.
  { lang: 'es', text: 'Hola, [[los detalles que nos enviaste no son suficientes para reproducirlo]].', lexiconOnly: true },
  { lang: 'en', text: '[[The information you provided is not enough for us to look into this]].', lexiconOnly: true },
  { lang: 'en', text: 'If you feel the information you provided is not enough, feel free to add more on this thread.', lexiconOnly: true },
  { lang: 'es', text: 'Hola, [[los datos que nos has enviado no alcanzan para ubicar el pedido]].', lexiconOnly: true },
  { lang: 'es', text: 'Si crees que los datos que nos enviaste no son suficientes, puedes agregar más en el mismo hilo.', lexiconOnly: true },
  { lang: 'en', text: 'The answer to your second question is covered in the setup guide, step 4, and I can walk you through it.' },
  { lang: 'en', text: 'Dear Mr Hale, [[as explained in our letter of]] 3 November, the meter must be accessible.', lexiconOnly: true },
  { lang: 'en', text: "The answer hasn't changed, [[however many times it's asked]].", lexiconOnly: true },
  { lang: 'en', text: 'The tune was activated from your number. Please [[be careful while clicking on promotional links in future]].', lexiconOnly: true },
  { lang: 'en', text: 'Please be careful when opening the box, the glass panel is fragile.', lexiconOnly: true },
  { lang: 'es', text: '[[Lo ideal habría sido plantearlo en clase el martes]], así lo veíamos entre todos.', lexiconOnly: true },
  { lang: 'en', text: '[[That sale is an agreement you made with the seller, not with us]]. Opening a claim gets you covered.', lexiconOnly: true },
  { lang: 'es', text: '[[La compra es un acuerdo con el vendedor, no con nosotros]]; igual puedes abrir un reclamo.', lexiconOnly: true },
  // Twentieth session: the fault placed on the customer's side or another company, as a certainty or a guess; what the
  // customer does called wrong. Lexicon only, like the sixteenth session's forms of the kind.
  { lang: 'es', text: 'No consigo replicarlo. [[Me temo que es algo particular de tu entorno]].', lexiconOnly: true },
  { lang: 'es', text: '[[Tiene toda la pinta de ser un problema de la propia Hacienda]].', lexiconOnly: true },
  { lang: 'es', text: '[[Funciona perfectamente de este lado]].', lexiconOnly: true },
  { lang: 'es', text: '[[Claramente estás haciendo algo que no es soportado]].', lexiconOnly: true },
  { lang: 'en', text: "[[So it must be your settings]], but I don't have an answer yet.", lexiconOnly: true },
  { lang: 'en', text: 'We tested it again and [[the issue must be on your end]].', lexiconOnly: true },
  { lang: 'en', text: "[[The issue is on your bank's side]], please contact them.", lexiconOnly: true },
  { lang: 'en', text: "[[That's down to your ISP]], I'm afraid.", lexiconOnly: true },
  // …and where the same words place nothing: a setting's place, a fix of ours, our own app named.
  { lang: 'en', text: "It's in your settings under Privacy.", lexiconOnly: true },
  { lang: 'en', text: "The issue with your order's shipping address is fixed now.", lexiconOnly: true },
  { lang: 'es', text: 'Seguramente es un fallo temporal del servidor; ya lo estamos mirando.', lexiconOnly: true },
  { lang: 'es', text: 'Parece un problema de la propia app; ya lo reporté y te escribo mañana.', lexiconOnly: true },
  // Twenty-first session (round 21).
  { lang: 'es', text: 'Revisé el log: [[ese corte no es cosa nuestra]].', lexiconOnly: true },
  { lang: 'es', text: 'Me funciona en dos equipos, [[algo tendrás mal en tu config]].', lexiconOnly: true },
  { lang: 'es', text: '[[Antes de abrir un hilo nuevo, revisa la documentación]].', lexiconOnly: true },
  { lang: 'es', text: '[[Recuerde que para futuras solicitudes debe adjuntar la factura]].', lexiconOnly: true },
  { lang: 'es', text: 'El corte vino del proveedor de la nube; ya está resuelto y te devolvimos el día.', lexiconOnly: true },
  { lang: 'en', text: 'Works on both my laptops. [[Must be something on your end]].', lexiconOnly: true },
  { lang: 'en', text: '[[That outage came from our hosting provider, not from us]].', lexiconOnly: true },
  { lang: 'en', text: '[[Before opening a new issue, please search the tracker]].', lexiconOnly: true },
  { lang: 'en', text: 'The crash came from a WebKit bug; we shipped a workaround in 2.4.1 and it should be gone after the update.', lexiconOnly: true },
  // Twenty-fourth session: the fault named as theirs, the effort they did not make, what they are told they knew.
  { lang: 'en', text: 'Thanks for the feedback, but [[that was your own mistake]].', lexiconOnly: true },
  { lang: 'en', text: 'No, [[it was your f*** up, not ours]].', lexiconOnly: true },
  { lang: 'en', text: 'It was my mistake, not yours: I typed the wrong postcode on the label.', lexiconOnly: true },
  { lang: 'en', text: '[[You didn\'t even take the time to read the booking terms]].', lexiconOnly: true },
  { lang: 'en', text: "[[I'm sure you were aware that the offer ended on Sunday]].", lexiconOnly: true },
  { lang: 'en', text: "I'm sure you'll love the new model, it ships with the charger included.", lexiconOnly: true },
  { lang: 'en', text: 'I processed the refund just now, so you should have your money back within two days.', lexiconOnly: true },
  { lang: 'es', text: '[[Está claro que no te has tomado la molestia de leer las condiciones]].', lexiconOnly: true },
  { lang: 'es', text: 'Gracias por tomarte la molestia de escribirnos; ya revisé el cargo y te lo devolvemos.', lexiconOnly: true },
  // (Review of the twenty-fourth session.)
  { lang: 'en', text: "Whether it was your mistake or ours doesn't matter, I've re-sent the parcel.", lexiconOnly: true },
  { lang: 'en', text: 'You should have the refund in your account by Friday.', lexiconOnly: true },
  { lang: 'es', text: 'Lamento que el repartidor no se tomara la molestia de llamar; te lo reenvío mañana.', lexiconOnly: true },
  // Twenty-sixth session: customers at large, and the subject dropped.
  { lang: 'en', text: "[[The queue is long today because a lot of users didn't read the notice about the migration]].", lexiconOnly: true },
  { lang: 'en', text: "[[Didn't follow the issue template]], closing.", lexiconOnly: true },
  { lang: 'en', text: "Many users didn't receive the notice because of a mail outage on our side; I've re-sent it.", lexiconOnly: true },
  // The cause put outside the company, in one cause or many, foreign or external, the company named again as «la misma».
  { lang: 'es', text: 'Lamentamos la demora, [[causada por una situación ajena a la misma]].', lexiconOnly: true },
  { lang: 'es', text: '[[El corte de ayer fue una falla por causa externa a la compañía]], así que no corresponde bonificación.', lexiconOnly: true },
  { lang: 'es', text: '[[Debido a factores externos]], el portal estuvo fuera de servicio dos horas.', lexiconOnly: true },
  { lang: 'es', text: 'Trabajamos con un transportista externo a la empresa; ya le pedí que reprograme tu entrega para el lunes.', lexiconOnly: true },
  // Pointing back at the message itself, or at whoever said it and how; a resource pointed to is no earlier message.
  { lang: 'en', text: 'Hi, [[as mentioned in the email]], the replacement can take a few days.', lexiconOnly: true },
  { lang: 'es', text: '[[Como comentó Ana por correo]], el plazo se extendió hasta el lunes.', lexiconOnly: true },
  { lang: 'es', text: '[[Como hemos mencionado]] en el curso, las entregas fuera de plazo no se corrigen.', lexiconOnly: true },
  { lang: 'es', text: 'Cerramos a las 23:30 y [[tuvimos que quedarnos una hora más por su culpa]].', lexiconOnly: true },
  { lang: 'es', text: 'Como hemos acordado, te llamo el jueves a las 10.', lexiconOnly: true },
  { lang: 'en', text: '[[For the last time]], questions go to the forum and bugs go to the tracker.', lexiconOnly: true },
  { lang: 'es', text: '[[Por enésima vez]], las dudas van al foro y los fallos al tracker.', lexiconOnly: true },
  { lang: 'en', text: 'For the last time this year, we are closed on the 24th.', lexiconOnly: true },
  { lang: 'en', text: 'No asking for release dates here, [[next time you will get banned]].', lexiconOnly: true },
  { lang: 'en', text: 'If you enter the wrong PIN three times, you will be blocked for 24 hours.', lexiconOnly: true },
  { lang: 'es', text: 'Como ya hemos informado al transportista del error, el paquete nuevo sale el lunes.', lexiconOnly: true },
  { lang: 'en', text: 'Hi Sam, [[for the last time]], questions go to the forum.', lexiconOnly: true },
  // Twenty-ninth session: how to use the channel, a reminder of how to file, a jab at the customer's sense; their near misses.
  { lang: 'en', text: '[[Please don\'t discuss refunds in this thread]]; the billing forum is linked above.', lexiconOnly: true },
  { lang: 'en', text: 'Please don\'t hesitate to post in this thread if it happens again.', lexiconOnly: true },
  { lang: 'en', text: '[[Please stop this spam]], one report is enough.', lexiconOnly: true },
  { lang: 'en', text: '[[Can you just message us once instead of opening five tickets]]?', lexiconOnly: true },
  { lang: 'en', text: 'I merged both reports instead of opening new tickets for each.', lexiconOnly: true },
  { lang: 'en', text: '[[The plugin expects a basic level of competence with servers]].', lexiconOnly: true },
  { lang: 'en', text: 'Sorry, [[you are not making much sense here]].', lexiconOnly: true },
  { lang: 'es', text: 'Buen trabajo. [[Recuerda poner tu nombre en el asunto del pull request]].', lexiconOnly: true },
  { lang: 'es', text: 'Recuerda poner tu DNI en el formulario de la cita del lunes.', lexiconOnly: true },
  { lang: 'es', text: '[[Acuérdate la próxima vez de enlazar la pull request]].', lexiconOnly: true },
  { lang: 'es', text: '[[Para entenderlo hace falta un mínimo de sentido común]].', lexiconOnly: true },
  // Twenty-ninth session, language parity: forms the other language had; their near misses.
  { lang: 'es', text: '[[Como ya se le había indicado]], el plazo venció el lunes.', lexiconOnly: true },
  { lang: 'es', text: 'Como ya se le ha informado al transportista del error, el paquete nuevo sale el lunes.', lexiconOnly: true },
  { lang: 'es', text: '[[Según mi último correo]], el reembolso ya se envió.', lexiconOnly: true },
  { lang: 'es', text: 'Según tu último correo, el cargo aparece dos veces; ya lo estoy revisando.', lexiconOnly: true },
  { lang: 'es', text: '[[Nuestros correos quedaron sin respuesta]].', lexiconOnly: true },
  { lang: 'es', text: 'Si no contestaste la llamada, te vuelvo a llamar a las 16:00.', lexiconOnly: true },
  { lang: 'en', text: '[[This was not an error on our part]].', lexiconOnly: true },
  { lang: 'en', text: "It was a mistake on our part, and I've refunded the fee.", lexiconOnly: true },
  { lang: 'en', text: '[[Couriers are responsible for delivery delays]].', lexiconOnly: true },
  { lang: 'en', text: 'The courier responsible for your area will call you before noon.', lexiconOnly: true },
  { lang: 'en', text: "[[The technician couldn't get in because you weren't home]].", lexiconOnly: true },
  { lang: 'en', text: "If you weren't home, don't worry: I've rebooked the delivery for Thursday.", lexiconOnly: true },
  // Twenty-ninth session's review: a colleague's word confirmed, an apology for our silence, a condition, a neutral cause
  // already fixed, security advice, a help tip, a course's prerequisite.
  { lang: 'es', text: 'Según te han indicado en la sucursal, el reembolso ya está aprobado; yo lo confirmo desde aquí.', lexiconOnly: true },
  { lang: 'es', text: 'Perdón: los correos que nos enviaste quedaron sin respuesta por un error nuestro.', lexiconOnly: true },
  { lang: 'es', text: 'Si ayer no contestaste la llamada, no pasa nada: te vuelvo a llamar hoy a las 16:00.', lexiconOnly: true },
  { lang: 'en', text: "Since you weren't available on Monday, I've moved the visit to Thursday at no extra cost.", lexiconOnly: true },
  { lang: 'en', text: "That was not a mistake on your part, and it's not our error either: the card network declined it.", lexiconOnly: true },
  { lang: 'en', text: "For your security, please don't include card details in this ticket.", lexiconOnly: true },
  { lang: 'en', text: "To stop the spam you're receiving, turn on the filter in Settings > Mail.", lexiconOnly: true },
  { lang: 'es', text: 'Recuerda usar el formato día/mes/año al escribir la fecha de nacimiento.', lexiconOnly: true },
  // Thirtieth session: the other registers read alike («ustedes debieron leer», «se confundieron de local», «nunca pisaste»,
  // «te lo explicamos clarito»); a third party's duty in the plural is no blame of the customer.
  { lang: 'es', text: '[[Ustedes debieron leer las condiciones antes de pagar]].', lexiconOnly: true },
  { lang: 'es', text: '[[Creo que se confundieron de local]], nosotros no vendemos tortilla.', lexiconOnly: true },
  { lang: 'es', text: 'Hablamos con la tienda: debieron avisarte del cambio y no lo hicieron. Te devolvemos la diferencia hoy.', lexiconOnly: true },
  // Thirtieth session: the same blame in other voices — a verb of origin or a guess placing the cause in their things,
  // pointing back in passing, the duty with the subject dropped, next time with any request; an expectation is no duty.
  { lang: 'en', text: 'We checked the server: [[the issue must lie with your internet connection]].', lexiconOnly: true },
  { lang: 'en', text: 'server is fine, [[must be your internet]]', lexiconOnly: true },
  { lang: 'en', text: '[[Like we said,]] the fee is non-refundable.', lexiconOnly: true },
  { lang: 'en', text: '[[shoulda checked the size chart]]', lexiconOnly: true },
  { lang: 'en', text: 'Refund done. [[Next time pls ask within the window]].', lexiconOnly: true },
  { lang: 'en', text: 'Should have the fix out by tomorrow, then back to the ARM build.', lexiconOnly: true },
  { lang: 'en', text: 'The delay came from our warehouse move, not from your order; it ships today.', lexiconOnly: true },
  // Thirty-first session: pointing back and placing the fault in other voices (our own sentences of the probe's shapes).
  { lang: 'en', text: '[[Already answered]] in the FAQ.', lexiconOnly: true },
  { lang: 'en', text: '[[Told you before]], the plugin needs PHP 8.', lexiconOnly: true },
  { lang: 'en', text: 'We have [[reminded you on several occasions]] that invoices go to the billing address.', lexiconOnly: true },
  { lang: 'en', text: '[[As per my last message]], the courier collects on Tuesdays.', lexiconOnly: true },
  { lang: 'en', text: '[[One more time:]] returns go through the portal.', lexiconOnly: true },
  { lang: 'en', text: "[[That's not us]], it's the payment provider.", lexiconOnly: true },
  { lang: 'en', text: '[[Late parcels are the responsibility of the courier]].', lexiconOnly: true },
  { lang: 'en', text: '[[The sync fails because the file is saved wrongly on your end]].', lexiconOnly: true },
  { lang: 'en', text: '[[Our logs show the messages are being blocked by your mail provider]].', lexiconOnly: true },
  { lang: 'en', text: 'sorry but [[that one was on you]]', lexiconOnly: true },
  { lang: 'en', text: '[[Read the size chart next time]].', lexiconOnly: true },
  { lang: 'en', text: 'Thanks so much, see you next time!', lexiconOnly: true },
  { lang: 'en', text: 'The first claim already covered the excess, so the second one has none.', lexiconOnly: true },
  { lang: 'en', text: 'The timeout comes from your proxy: raise its read timeout to 120 s and it goes away.', lexiconOnly: true },
  // Thirty-third session: the request first, then when it is for; a note, a visit or a way to reach us is no lesson.
  { lang: 'en', text: '[[Please save your work before closing the tab going forward]].', lexiconOnly: true },
  { lang: 'es', text: '[[Por favor, revise la talla en la guía antes de comprar en adelante]].', lexiconOnly: true },
  { lang: 'es', text: '[[Para la próxima te recomiendo elegir el envío exprés]].', lexiconOnly: true },
  { lang: 'en', text: 'Please note that from now on the shop opens at 10.', lexiconOnly: true },
  { lang: 'en', text: 'Please visit our new branch next time you are in town.', lexiconOnly: true },
  { lang: 'es', text: 'Por favor, no dude en escribirnos la próxima vez que lo necesite.', lexiconOnly: true },
  // Thirty-fourth session: the fault put elsewhere with our side cleared in the same breath (grammar/not-ours.ts), the
  // whole sentence rewritten; routing, a guess, the customer's control and «not you» are no blame.
  { lang: 'en', text: "[[The outage was caused by the power company's equipment, not our network]].", lexiconOnly: true },
  { lang: 'en', text: '[[Your order was late because the kitchen took an hour, not because of our drivers]].', lexiconOnly: true },
  { lang: 'en', text: "[[The cancellation was down to a signalling failure at the station rather than us]].", lexiconOnly: true },
  { lang: 'en', text: "[[The delay was due to weather restrictions, entirely beyond the airline's control]].", lexiconOnly: true },
  { lang: 'es', text: '[[La caída la provocó la distribuidora eléctrica, no nosotros]].', lexiconOnly: true },
  { lang: 'es', text: '[[El cobro doble fue un error del comercio y no de nuestra plataforma]].', lexiconOnly: true },
  { lang: 'es', text: '[[No es un fallo de la app sino del sistema operativo del teléfono]].', lexiconOnly: true },
  { lang: 'es', text: '[[El corte se debió a obras en la calle, ajenas a nuestra empresa]].', lexiconOnly: true },
  { lang: 'es', text: '[[La demora fue por el control aéreo, no es algo que dependa de nosotros]].', lexiconOnly: true },
  { lang: 'en', text: 'Refunds for in-app purchases are handled by the app store rather than us; here is the link to ask for one.', lexiconOnly: true },
  { lang: 'en', text: 'If the problem comes back, please call the installer rather than us, since they hold the warranty.', lexiconOnly: true },
  { lang: 'en', text: "This looks like a browser bug rather than ours; I've reported it upstream.", lexiconOnly: true },
  { lang: 'en', text: "Since the delay was beyond the passenger's control, we've waived the change fee.", lexiconOnly: true },
  { lang: 'en', text: 'The mistake was ours, not yours, and the fee is already refunded.', lexiconOnly: true },
  { lang: 'es', text: 'Ese certificado lo emite el registro civil y no nosotros, pero te dejo el enlace para pedirlo.', lexiconOnly: true },
  { lang: 'es', text: 'El error fue nuestro, no tuyo, y ya está corregido.', lexiconOnly: true },
  // Thirty-fourth session: pointing back in more words ("per my email", "as you were informed", "as we said yesterday",
  // «como dije en #88», «ya te respondimos esto», «le repito lo que le dije»); a recap of a call and a promise kept are not.
  { lang: 'en', text: '[[Per my last email]], the key you are using is for the sandbox.', lexiconOnly: true },
  { lang: 'en', text: '[[As you were informed]] at the desk, the fare cannot be changed.', lexiconOnly: true },
  { lang: 'en', text: '[[As we said]] yesterday, the 7:40 was cancelled by the operator.', lexiconOnly: true },
  { lang: 'en', text: "[[We've answered this in DMs already]], please check there.", lexiconOnly: true },
  { lang: 'en', text: "Looking at the ticket, [[there very much was a response]] on the 3rd. Did the fix work?", lexiconOnly: true },
  { lang: 'en', text: "There was a reply from the courier this morning: the parcel is at the depot.", lexiconOnly: true },
  { lang: 'es', text: '[[Como dije]] en #88, se arregla con la versión 2.4.', lexiconOnly: true },
  { lang: 'es', text: '[[Como te escribí]] ayer, el pedido sale el lunes.', lexiconOnly: true },
  { lang: 'es', text: '[[Ya te respondimos esto]] por privado.', lexiconOnly: true },
  { lang: 'es', text: '[[Le repito lo que le dije]]: el reembolso ya está hecho.', lexiconOnly: true },
  { lang: 'en', text: "Per our conversation this morning, I've sent the claim form to your email.", lexiconOnly: true },
  { lang: 'en', text: 'As you requested, the order has been cancelled and refunded.', lexiconOnly: true },
  { lang: 'es', text: 'Como dije que haría, ya llamé al transportista y sale hoy.', lexiconOnly: true },
  // Thirty-fifth session: checking before acting, said after the act or as a lesson; our own check, and a tip for what is
  // still to do, are none; «en lo sucesivo» is from now on.
  { lang: 'en', text: "Sorry, but [[you really should've read the fare rules before booking]].", lexiconOnly: true },
  { lang: 'en', text: 'The form warns about it, [[so this should have been checked before pressing Submit]].', lexiconOnly: true },
  { lang: 'en', text: "[[It's very important to verify the account number before sending money]].", lexiconOnly: true },
  { lang: 'en', text: 'We should have checked the parcel before sending it; a new one goes out today.', lexiconOnly: true },
  { lang: 'en', text: 'You need to verify your email before logging in, the link is in your inbox.' },
  { lang: 'es', text: '[[En lo sucesivo, le rogamos que verifique la dirección antes de confirmar el pedido]].', lexiconOnly: true },
  // The older next-time requests read "going forward" and "moving forward" too (FROM_NOW_ON_EN), as the newer ones did.
  { lang: 'en', text: '[[Going forward, please use the refund form rather than the chat]].', lexiconOnly: true },
  { lang: 'en', text: "[[Moving forward, we'd recommend you check the size guide first]].", lexiconOnly: true },
  { lang: 'en', text: 'Going forward, we will send the updates by email.', lexiconOnly: true },
  // Thirty-eighth session: the customer's act in a counterfactual, any verb; a fault owned or a place is no blame.
  { lang: 'en', text: "[[If you'd mentioned the allergy when ordering]], the kitchen would have left it off.", lexiconOnly: true },
  { lang: 'es', text: '[[Si nos hubieras avisado de la alergia]], la cocina lo habría quitado.', lexiconOnly: true },
  { lang: 'en', text: "That's our fault for not spotting it sooner, and I've credited the difference.", lexiconOnly: true },
  { lang: 'en', text: "A crew is on the way and it's flagged as priority because it's on the footpath.", lexiconOnly: true },
  // Thirty-ninth session: the problem's effect on the customer asked about is no cause put on them.
  { lang: 'en', text: 'Once the fix is merged it ships in two weeks. What is the impact of the issue on your side?', lexiconOnly: true },
  // Forty-second session: the cause put where the company has no say; a plain statement of what it does not control,
  // beside what was done, is a cause; a wish for next time is no lesson.
  { lang: 'en', text: "[[The fish smell is out of the hotel's control as local fishermen dry their catch on the beach]].", lexiconOnly: true },
  { lang: 'en', text: "The wifi dropped because of VIP movement near the airport, [[where we don't have any control]].", lexiconOnly: true },
  { lang: 'en', text: "We don't have any control panel access for your account, but I can reset it for you now.", lexiconOnly: true },
  { lang: 'en', text: 'We assure you of a memorable experience next time.', lexiconOnly: true },
  // Forty-fifth session: common wordings from a blind probe, and their clean twins.
  { lang: 'en', text: '[[As mentioned several times]], digital purchases are not refundable.', lexiconOnly: true },
  { lang: 'en', text: '[[Please do search the tracker before posting]], this was reported last week.', lexiconOnly: true },
  { lang: 'en', text: 'Please check the size chart before ordering, and tell me if you need help with it.', lexiconOnly: true },
  { lang: 'es', text: '[[Le reiteramos lo indicado]] en nuestra respuesta anterior.', lexiconOnly: true },
  { lang: 'es', text: '[[Te recuerdo que ya te lo expliqué]] ayer: el módem se reinicia desde la app.', lexiconOnly: true },
  { lang: 'es', text: '[[Busca en los issues antes de abrir uno]] nuevo, esto ya está reportado.', lexiconOnly: true },
  { lang: 'es', text: '[[A futuro, le solicitamos realizar sus reclamos dentro del horario de atención]].', lexiconOnly: true },
  { lang: 'es', text: 'Te recuerdo que tu plan vence mañana, por si quieres renovarlo.', lexiconOnly: true },
  { lang: 'en', text: '[[Please read the FAQ before contacting]] us.', lexiconOnly: true },
  // Forty-seventh session: what went wrong put down to what the customer did, not to what was done to them.
  { lang: 'en', text: '[[The delay was caused by you changing your order three times after it had gone to the kitchen]].', lexiconOnly: true },
  { lang: 'es', text: '[[El fraude ocurrió porque usted compartió su NIP con un tercero]].', lexiconOnly: true },
  { lang: 'en', text: 'This happened because you were charged twice by the terminal, so we refunded the second payment.', lexiconOnly: true },
  { lang: 'en', text: "Sorry for the worry caused by you being billed twice; the second payment is already back on your card.", lexiconOnly: true },
  { lang: 'en', text: 'It only happened because you told us so quickly, so thank you: the transfer was stopped in time.', lexiconOnly: true },
  { lang: 'es', text: 'Frenamos el cargo a tiempo y eso sucedió porque usted nos avisó enseguida. ¡Gracias!' },
  // Forty-seventh session, from maintainers' replies (probe47b): the documentation called clear, and «porque no» with the
  // customer's own verb, the pronoun dropped.
  { lang: 'en', text: 'Use /v3/charges. [[The documentation is very clear about this]].', lexiconOnly: true },
  { lang: 'en', text: "The documentation isn't very clear about this yet, sorry; here is the right endpoint.", lexiconOnly: true },
  { lang: 'es', text: 'Usá /v3/cobros. [[La documentación es súper clara en eso]].', lexiconOnly: true },
  { lang: 'es', text: '[[Esto pasa porque no seguiste la guía de instalación]]: corré las migraciones primero.', lexiconOnly: true },
  // …not good news told with the same words, nor a doc made clear (the session's second review).
  { lang: 'es', text: 'Te reembolsamos el total porque no llegaste a usar la entrada; ya está procesado.', lexiconOnly: true },
  { lang: 'es', text: 'No aparece en el menú porque no existe todavía esa función; te aviso cuando salga.', lexiconOnly: true },
  { lang: 'en', text: "I wanted the docs to be clear about the breaking change, so I've added a migration section.", lexiconOnly: true },
  // Forty-eighth session, from real55's read half: an honest word about when, not how to behave.
  { lang: 'en', text: "Payments through the API aren't a priority right now, so you shouldn't expect them soon.", lexiconOnly: true },
  { lang: 'en', text: "[[You shouldn't expect the support team to debug your own code]].", lexiconOnly: true },
  { lang: 'en', text: "[[You shouldn't expect this to work before you update the firmware]], as the guide says.", lexiconOnly: true },
  // Fifty-fourth session (real63): told off for posting the same thing in several places, in both languages; a
  // warning about a link or a card number, and a way to get help instead of a second account, tell nobody off.
  { lang: 'en', text: '[[Please, do not comment in multiple threads regarding the same issue]], we read them all.', lexiconOnly: true },
  { lang: 'es', text: 'Por favor, [[no abras varios tickets por el mismo tema]]: así se retrasa la respuesta.', lexiconOnly: true },
  { lang: 'es', text: 'No abras el enlace del correo, es un intento de phishing.', lexiconOnly: true },
  { lang: 'en', text: "Please don't post your card number in public threads; I've hidden it for you.", lexiconOnly: true },
  { lang: 'es', text: 'Si no te llega, no crees otra cuenta con el mismo correo: escríbenos y lo vemos.', lexiconOnly: true },
  { lang: 'es', text: 'Tranquila, no creamos casos duplicados por el mismo pedido: queda todo en este.', lexiconOnly: true },
  { lang: 'es', text: '[[No publiques más mensajes sobre lo mismo]], que ya lo estamos viendo.', lexiconOnly: true },
];

const rule: Rule = {
  id: 'blame',
  languages: ['es', 'en'],
  suggest,
  message: {
    es: 'Suena a culpar al cliente o a otros. Explica la causa de forma neutral y hazte cargo de la solución.',
    en: 'This sounds like blaming the customer or someone else. Explain the cause neutrally and own the fix.',
  },
  ...fromLexicons(checker),
};

export default rule;
