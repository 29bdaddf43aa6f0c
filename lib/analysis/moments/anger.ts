/**
 * anger: the customer arrives angry or critical — insults, contempt, shouting (words in
 * capitals, «!!!»), threats to leave or to go public (reviews, social media, consumer
 * agencies, lawyers).
 */
import { threatens } from '../grammar/threat';
import { phraseDetector } from '../patterns';
import type { Moment, MomentExample } from './types';
import { hasVowel, withoutCalmBangs } from '../grammar/tone';

const detectPhrases = phraseDetector(
  [
    // Spanish: insults and contempt
    '(?:son|sois|es|eres|que) (?:unos |unas |un |una |muy )?(?:inutiles?|incompetentes?|ineptos?|ladrones|estafadores?|sinverguenzas?|payasos|chantas|chorros|vagos|mentirosos?|ridicul[oa]s?|impresentables?)',
    'inutiles', 'incompetentes', 'ineptos', 'sinverguenzas', 'estafadores',
    // Names called and verdicts said outright: «unos farsantes mentirosos», «súper déspotas», «es el colmo», «nunca da la cara»,
    // «es como hablar con un bot», «te roban la plata de frente», «like talking to a brick wall».
    '(?:unos |unas |son |sois |muy |super |tan |(?:atajo|panda|banda|manada|pandilla|partida) de )(?:farsantes|mentiros[oa]s|delincuentes|despotas|groser[oa]s|prepotentes|altaner[oa]s|ladrones|estafadores|sinverguenzas|inutiles|incompetentes)',
    // Twenty-first session: telling others how the company works, and the consumer office as the last word.
    'que (?:la gente|todo el mundo|el mundo) (?:sepa|se entere|conozca) (?:como|lo que|que clase)',
    'oficina (?:municipal )?(?:del|de) (?:consumidor|consumo)',
    '(?:es|esto es|que es|encuentro que es|me parece) el colmo', '(?:nunca|no) (?:da|dan|dais) la cara', 'destrato', 'maltrato',
    '(?:es )?como hablar(?:le)? (?:con|a) (?:un bot|una maquina|una pared|la pared|un robot|un contestador)', "(?:it's |its |it is )?like talking to (?:a |the )?(?:brick wall|wall|bot|robot|machine)",
    '(?:te|les|nos|me) (?:roban|robaron|estafan|estafaron|timan|timaron) (?:la plata|el dinero|la guita|los datos|descaradamente|en la cara|de frente)',
    // Leaving for another bank or company, a regulator called in, contempt and a demand for respect: «voy a cambiar a otro
    // banco», «@profeco», «así o más ladrones», «¡abusadores!», «son un asco», «tengan un poco de respeto», a censored swear.
    '(?:me voy a|voy a|vamos a|pienso|estoy pensando en|tendre que|me voy a tener que|me tocara) (?:cambiar(?:me)?|irme|pasarme|regresar|volver|abrir (?:una )?cuenta) (?:a|en|con) (?:(?:otro|otra) (?:banco|compania|empresa|operador|operadora|proveedor|aseguradora|aerolinea|tienda|app|plataforma|entidad)|mi (?:banco|compania|operador|proveedor) anterior|la competencia)',
    "(?:i'm|i am|we're|we are|i'll|i will|going to|gonna|thinking of|thinking about) (?:switch|switching|move|moving|go|going|change|changing) (?:back )?to (?:another|a different|my (?:old|previous)) (?:bank|provider|carrier|company|airline|network|isp)(?! account| card| app| branch)",
    '\\x40?(?:profeco\\w*|condusef\\w*|sicsuper|sicresponde|sfcsupervisor|superfinanciera|sernac\\w*|indecopi\\w*|facua)',
    '(?:son|es|eres|sois|que|menudo|vaya) (?:un )?asco', 'un asco de (?:servicio|compania|empresa|app|aplicacion|banco|atencion|tienda)', 'de no creer',
    '(?<=[a-z]\\x20)\\*{3,4}(?=\\x20[a-z]|\\s*[.!?,;]|$)', '(?<![a-z*])(?:[a-z]\\*{2,}[a-z]{0,4}|[a-z]{2}\\*{2,}[a-z]{1,4})(?![a-z*])',
    // A swear censored with other marks, or one: "f%cking", "f*ck", "sh!t", "f#@k".
    '(?<![a-z])(?:f[*%#$\\x40]{1,3}c?k(?:ing|in|ed|er|ers|s)?|f[*%#$\\x40]{1,3}(?:ing|in)|sh[*%#$!\\x40]t(?:ty|s)?|b[*%#$\\x40]{1,2}tch(?:es)?)(?![a-z])',
    // Nineteenth session: "a disaster of an airline", «es para huir».
    'disaster of an? [a-z]+', 'es para (?:huir|salir corriendo|llorar)',
    "(?:i will|i'll|we will|we'll|going to|gonna) (?:file|lodge|make|raise|submit|open) (?:a |an )?(?:formal )?(?:complaint|dispute|chargeback)", '(?:(?:voy a|vamos a) (?:poner|presentar|interponer|hacer|meter)|presentare|pondre|interpondre|haremos|hare) (?:una )?(?:queja formal|denuncia|demanda|reclamacion formal)',
    '(?:es|son|sois) (?:una |un )?(?:estafa|verguenza|burla|mierda|porqueria|basura|chiste|cachondeo|desastre|tomadura de pelo|falta de respeto|circo|payasada|robo|afano)',
    'falta de (?:seriedad|respeto|profesionalismo|profesionalidad)',
    '(?:ridicul[oa]s?|absurd[oa]s?|indignante|inaceptable|intolerable|vergonzoso|una burla)(?=\\s*[.,!]|$)',
    'ya me (?:canse|harte|tienen (?:harto|harta|podrido|podrida|cansad[oa]))',
    'que (?:verguenza|asco|desastre|porqueria|mierda|vergonzoso|lamentable|barbaridad|falta de respeto)',
    '(?:pesimo|pesima|horrible|nefasto|lamentable|patetico|vergonzoso|deplorable|penoso) (?:servicio|atencion|empresa|compania|trato)',
    // «dan pena», «dais asco» (not «me da pena molestar»)
    '(?<!(?:me|nos|le|te) )(?:dan|dais) (?:pena|asco|verguenza|risa|lastima)',
    '(?:servicio|atencion|empresa|compania|trato) (?:tan |muy |mas |super |re )?(?:pesim[oa]|horrible|nefast[oa]|lamentable|patetic[oa]|vergonzos[oa]|deplorable|de mierda|de terror)',
    // Forty-fourth session: the verdict with words between and a verb, as English has it («el soporte de chat de X es
    // horrible»); deceit and unprofessionalism named («oferta engañosa», «poca profesionalidad», «qué fiasco»).
    '(?:soporte|servicio|atencion|sistema|personal|chat) (?:(?:de|del|al|en) (?:@ ){1,3})?(?:es|era|fue|ha sido) (?:tan |muy |super |re |realmente )?(?:horrible|pesim[oa]|nefast[oa]|lamentable|patetic[oa]|deplorable|un desastre|una verguenza|una burla|un asco)',
    '(?:oferta|publicidad|promocion) enganosa',
    'estoy (?:harto|harta|hasta las narices|podrido|podrida|indignad[oa]|furios[oa])',
    // Criticism intensified: «muy mala la atención», «tan malo el servicio».
    '(?<!\\bno (?:es|fue|era|ha sido) )(?:muy|tan|re|super|bien) mal[oa]s? (?:es |fue )?(?:la |el |su )?(?:atencion|servicio|trato|gestion)',
    // The customer already gone: «you have officially lost me as a customer», «me perdieron como cliente».
    '(?:me|nos) (?:perdieron|perdisteis|han perdido|habeis perdido|acaban de perder) como client[ea]s?',
    'ustedes como si nada',
    'una (?:tomadura de pelo|falta de respeto|verguenza)',
    // The same verdict in Spanish (fortieth session; 8 of the 10 team customer lines with it are labelled anger):
    // «no lo recomiendo», «no se lo recomiendo a nadie», «no recomiendo este banco»; advice («no te recomiendo actualizar») is none.
    "(?:no|nunca|jamas) (?:se |te |les |os )?(?:lo|la|los|las) (?:recomiendo|recomendaria|recomendare)(?=\\s*(?:[.!,]|$)| (?:a nadie|para nada|en absoluto|nada|ni un poco))",
    "(?:no|nunca|jamas) (?:recomiendo|recomendaria|recomendare) (?:a )?(?:este|esta|estos|estas|su|sus|el|la|los|las|esa|ese) (?:banco|compania|empresa|hotel|servicio|tienda|app|aplicacion|aerolinea|operador\\w*|proveedor\\w*|lugar|sitio|local|restaurante|marca|aseguradora|agencia)\\b",
    // Spanish: threats to leave or go public
    '(?:me cambio|me paso|me voy|cambiarme|pasarme|irme) (?:a|con) (?:la competencia|otra (?:empresa|compania|operadora)|otro (?:banco|proveedor|operador))',
    // Forty-third session: leaving said as a choice not made again («ya no los voy a elegir», "I will not be preferring this bank").
    '(?:no pienso|no voy a|no vamos a) seguir con (?:ustedes|vosotros|este banco|esta (?:empresa|compania|aerolinea))', 'ya no (?:los|las|les) (?:voy a|vuelvo a|pienso) (?:elegir|escoger|contratar)(?! (?:hasta|si|porque)\\b)',
    "(?:will|'ll) be (?:choosing|picking|going with|using) (?:another|a different) (?:bank|company|airline|app|service|provider)",
    // Leaving said by what is left, and money taken elsewhere: «me voy a cambiar de banco», «mi dinero a otro lado», "taking my money elsewhere".
    '(?:me voy a cambiar|nos vamos a cambiar|voy a cambiarme|vamos a cambiarnos|me cambio|nos cambiamos|me cambiare|nos cambiaremos|pienso cambiarme|tendre que cambiarme|me tendre que cambiar|me toca cambiarme) de (?:banco|compania|operador|operadora|proveedor|aseguradora|aerolinea|entidad|seguro|compania telefonica)(?! (?:de|del|para))',
    "(?:taking|take|moving|move|took|moved) (?:my|our) (?:money|business|custom|savings|accounts?) (?:elsewhere|somewhere else|to (?:another|a different|a competitor))",
    // Twenty-fourth session: leaving said by where they will shop ("Feel like shopping somewhere else"), others told not to
    // use the company ("suggest people not to use amazon"), and the same failure called a habit («Siempre hacéis igual»).
    "(?<!(?:need to|do i have to|do we have to|got to|should|can i|could i|do i|will i|would i|where to|how to|or|never|want to|usually|had to|didn't|not) )(?:shop|shopping|buy|buying|order|ordering|bank|banking|fly|flying|spend|spending) (?:my (?:money|cash) )?(?:somewhere else|elsewhere|someplace else)(?! (?:for|if|in case|to (?:get|find|buy|renew|pay)))(?![^.!?]{0,40}\\?)",
    "(?:suggest|suggesting|suggested|advise|advising|advised|tell|telling|told|recommend|recommending|warn|warning|warned|urge|urging|urged) (?:people|everyone|everybody|others|other people|my friends|all my friends|anyone) (?:(?:not to|to not|never to|to never) (?:use|buy|trust|shop|fly|bank|order|book|deal|go near|touch)|to (?:stay away|avoid)|against (?:using|buying|you|them|this))",
    '(?:siempre|como siempre|otra vez) (?:haceis|hacen|haces|hace) (?:igual|lo mismo)(?<!(?:encanto|amable|genial|majo|maja|simpatic[oa])[^.!?]{0,90})(?![^.!?]{0,80}\\?)(?=\\s*[.!,]|$| con (?:mis|mi|nuestros|nuestras|los|las|el|la)\\b)',
    '(?:voy|vamos|pienso|pensamos) a? ?(?:denunciar|demandar|contar|publicar|escribir|poner|difundir|reclamar|quejarme)(?:lo|la|los|las)?(?: @){0,6} (?:redes|twitter|facebook|instagram|tiktok|resenas?|google|ocu|profeco|consumo|defensa del consumidor|abogad[oa]|juzgado|prensa|todos lados|todas partes)',
    '(?:los|las|les|os) (?:voy|vamos) a (?:denunciar|demandar|escrachar|hundir)',
    '(?:defensa del consumidor|profeco|la ocu|sernac|indecopi|un abogado|mi abogado)',
    // Fourteenth session: going public, taking the custom to a rival, Spain's «os pasáis», a review's «no lo recomiendo».
    '(?:plantees|plantee|planteo|plantearse|plantearme|pensar en|pienso en|me voy a|nos vamos a|prefiero|preferimos) (?:volar|comprar|viajar|irme|irte|irnos|cambiarme|cambiarte|cambiarnos|pasarme|pasarte|pasarnos) (?:con|en|a) otra (?:compania|cia|aerolinea|empresa|operadora|tienda|marca|linea|entidad)',
    '(?:os pasais|os habeis pasado|os estais pasando)(?=\\s*(?:[.!,;]|$)| (?:un pelin|un poco|mucho|muy|tres pueblos|de la raya))',
    // Eighteenth session: others warned away, the customer's own leaving said as a condition, a verdict without its verb:
    // «eviten contratar con ellos», "avoid booking with them", "I'll leave you if it's not fixed", «los datos un asco».
    '(?:eviten|evita|evitad|eviteis|no (?:compren|contraten|vuelen|reserven|compres|contrates|reserves|vueles)) (?:comprar|contratar|volar|reservar|viajar|usar|pedir)? ?(?:con|en|a|por|nada (?:de|en|a))? ?(?:ellos|esta (?:empresa|compania|aerolinea|tienda|app)|este (?:banco|operador|servicio))',
    "(?:avoid|stay away from|steer clear of) (?:(?:booking|flying|buying|ordering|banking|shopping|using|travel(?:l)?ing)(?: with| from| at| on)?|(?:this|that|these) (?:airline|company|bank|app|store|shop|provider|service|seller)|them|it at all costs?)",
    "(?:i'll|i will|i'm going to|i am going to|gonna|we'll|we will|i'd) (?:leave|quit|ditch|dump|abandon|stop using|drop) (?:you|your (?:app|bank|company|service|platform|network)|this (?:app|bank|company|service|platform|network)|(?!(?:it|them|that|this|a|an|the|my|our|home|work|early|now)\\b)[a-z]+) if\\b",
    'un asco(?=\\s*(?:[.,!;]|$))',
    '(?:lo peor|la peor decision) (?:que|q) (?:puedan|pueden|pude|puedes|podes|pueda|hice|he hecho) (?:hacer|aser|es|fue)?', "(?:the )?worst (?:@ ){1,2}(?:i|we)(?:'ve| have)? (?:ever )?(?:chosen|used|had|dealt with|experienced|flown|bought|tried|been with|paid for)",
    // English: insults and contempt
    "(?:you(?:'re| are)|you people are|you guys are|this is|what a|that's|it's) (?:a |an |absolutely |totally |completely |so |utterly )?(?:useless|incompetent|pathetic|joke|disgrace|scam|ripoff|rip-off|ridiculous|unacceptable|disgusting|clowns|idiots|liars|thieves|frauds|crooks|shambles|farce|outrageous|insulting)",
    // Seventeenth session: a consumer authority named, or a complaint already lodged with one, is going public:
    // «PROCEDO a interponer hoja de reclamaciones», «he iniciado trámites en el departamento de consumo de mi
    // ayuntamiento», "filed a complaint with the BBB"; switching to a rival, said as the plan from now on; the
    // company's answer judged as humiliating.
    'hoja de reclamaciones', '(?:departamento|oficina|servicio|direccion|junta|instituto|agencia) (?:municipal |provincial |general |regional |nacional )?de consumo', 'consumo de mi (?:ayuntamiento|municipio|ciudad|comunidad)',
    "consumer (?:protection|affairs|rights) (?:agency|office|bureau|department|authority)", "(?:filed|filing|lodged|lodging|made|submitted|raised) (?:a |an )?(?:formal )?complaint (?:with|to) (?:the )?(?:bbb|better business bureau|ftc|fcc|dot|cfpb|ombudsman|regulator|attorney general|consumer)",
    "(?:from (?:here on(?: out)?|now on)|next time|in (?:the )?future)[^.!?]{0,30}?(?:i'm|i am|i'll|i will|we're|we'll|we will) (?:be )?(?:flying|using|going with|booking with|banking with|shopping (?:at|with)|switching to|moving to|ordering from|sticking with) (?:\\x40[\\w.-]+|(?:a different|another) (?:airline|bank|company|provider|carrier|store|shop|network|service)|your competitors?)",
    "(?:response|reply|answer|treatment|attitude|behaviou?r) (?:is|was|has been) (?:frankly |just |simply |absolutely )?(?:humiliating|insulting|degrading|demeaning|contemptuous)",
    'useless', 'incompetent', 'pathetic', 'unbelievable', 'disgraceful', 'appalling', 'outrageous', 'ridiculous', 'absurd', 'shameful', 'a disgrace', 'a shambles',
    // Twenty-ninth session: the feeling named by what causes it ("Infuriating!", "this is maddening"), as Spanish names it by
    // what it gives («qué rabia», «me da bronca», «qué impotencia»), and a charge called a robbery («¿me confirmáis este atraco?»).
    "(?<!not |n't |not really |isn't |wasn't )(?:infuriating|maddening|enraging|exasperating)",
    '(?:que|me da|nos da|da|me dio|siento|sentimos|tengo|tenemos) (?:mucha |tanta |una )?(?:rabia|bronca|coraje|impotencia)(?! de (?:que no|no))',
    '(?:es un|esto es un|menudo|vaya|que|este) atraco(?: a mano armada)?|(?:es un|esto es un|menudo|vaya|que) robo(?: a mano armada)?(?=\\s*[.!,]|$| total| descarado)',
    "(?:terrible|awful|horrible|lousy|abysmal|shocking|appalling|atrocious|dreadful) (?:customer )?(?:service|support|company|experience|airline|bank)",
    // A verdict on the company, whoever the subject: «@Airline is a joke», «worst travel experience ever».
    "(?:is|are|was|were) (?:a |an |such a |an absolute |a complete |a total |a bloody )?(?:joke|disgrace|scam|farce|shambles|nightmare|rip-?off|circus)(?=\\s*[.!,?#]|$| lol| honestly)",
    "worst (?:@ ){0,3}(?:ever|of all time|i(?:'ve| have) ever)", "(?:most|so|very|completely|totally|utterly) (?:@ )?(?:unprofessional|inconsiderate|incompetent|disorganised|disorganized)", 'unprofessional',
    "(?:you|you guys|y'all|you people) are (?:a |an |complete |total |such )?(?:ass|asses|assholes?|morons?|idiots?|clowns?|jokers?)",
    "(?:lost|losing) (?:my|our|mine and my @|me and my @) (?:@ )?(?:business|custom)",
    // A verdict on the service itself and disappointment said strongly: «their support system is horrible», «extremely disappointed».
    "(?:service|support|system|staff|agents?|app|experience|attention|company|airline|bank|team) (?:is|was|are|were|has been) (?:so |really |absolutely |just |completely )?(?:horrible|terrible|awful|appalling|atrocious|abysmal|pathetic|useless|a joke|a disgrace|dreadful|disastrous|a disaster|diabolical|shambolic)",
    "(?<!(?:message|error|label|text|wording|name|docs|documentation|title|warning|description|output|log|field|button|setting|option|icon|graph|chart|tooltip) (?:is|was|are|seems|looks) )(?:very|so|totally|completely|extremely|really|highly|deliberately|deeply) misleading", "(?:is|are|that's|so|how) (?:really |so |very |pretty )?scummy", "scummy (?:business|company|practice|move|tactics?|behaviou?r|policy|way)",
    "(?:extremely|very|so|deeply|incredibly|really|hugely|bitterly) disappointed(?! to (?:hear|read|learn) (?:that|this)(?= ?[.!,]|$))",
    // Twenty-second session: the customer's own anger said outright, and a verdict of disappointment: "I am very angry",
    // "Really upset about…", «estoy muy enojado», "what a letdown", «qué decepción». Not «no estoy enojado», "a bit annoyed".
    "(?:i'm|i am|im|we're|we are|i feel|we feel|i was|we were|i've been|we've been) (?:(?:very|so|really|extremely|incredibly|absolutely|beyond|completely|totally|quite|pretty|super|fucking|bloody|seriously|just|now) )*(?:angry|furious|livid|upset|frustrated|annoyed|fed up|disgusted|outraged|infuriated|pissed|irate|fuming|appalled)",
    "(?:^|(?<=[.!?]\\x20))(?:really|so|very|extremely|incredibly|absolutely|beyond) (?:angry|furious|upset|frustrated|annoyed|disgusted|pissed|fed up)",
    "(?:what|such|is|was|it's|its|has been) an? (?:huge |big |massive |real |total |complete |absolute )?(?:disappointment|letdown|let-down|nightmare)",
    "(?<!\\bno )(?:estoy|estamos|me siento|nos sentimos|quede|quedamos|ando|andamos) (?:(?:muy|super|re|bien|tan|bastante|realmente|sumamente|extremadamente|demasiado|totalmente) )*(?:enojad|enfadad|molest|indignad|cabread|emputad|encabronad|frustrad)[oa]s?",
    "(?:que|una|menuda|vaya) (?:gran |total |enorme )?(?:decepcion|desilusion|pesadilla)(?!\\x20(?:de (?:[a-z]+ )?(?:precio|oferta|regalo)))",
    // Sarcasm a support reader knows: «nice to know that 3 hours of my time is worth $7.99».
    "(?:nice|good|great) to know (?:that )?(?:@ ){0,6}(?:is|are|was|means|costs|worth)",
    'cada vez peor',
    "i(?:'m| am) (?:sick|tired|fed up|furious|livid|disgusted)",
    "(?:sick|tired) of (?:this|you|your)",
    // Reporting, posting, leaving and cancelling aimed at the company, not a bug report or a trip ("I'll report the crash to
    // the developers", "I'm leaving for the airport"); grammar/threat.ts reads the rest.
    "(?:i'm|i am|i will|i'll|we're|we will) (?:(?:going to )?report(?:ing)? (?:you|your|them|this company|this (?:to|on)|it to)|suing|sue|going to sue|(?:going to post|posting) (?:this|it|about|everywhere|online|on)|leaving (?:you|this|your|them)|switching (?:to (?:another|a different|a competitor|@ instead)|providers|carriers|banks|companies)|(?:cancelling|canceling) (?:my|our|the|every|all) (?:account|subscription|membership|contract|service|card|plan|policy)|telling everyone)",
    '(?:bbb|better business bureau|trading standards|ombudsman|my lawyer|a lawyer|small claims)',
    // Fourteenth session: lawyers and regulators named, going public, taking the money to a rival, being screwed.
    "(?:involve|involving|get|getting|call|calling|contact|contacting|hire|hiring|consult|consulting|speak to|talk to|hear from) (?:my |an? |our )?(?:attorneys?|lawyers?)", '(?:legal action|lawsuit|class action)',
    "(?:i'm|i am|am|i will|i'll|we're|we are|we will|we'll) (?:going |gonna )?(?:to )?(?:go|going|take|taking) (?:this |it )?public",
    "(?:contacted|reported (?:you |this |it )?to|complain(?:ed|ing)? to|filed (?:a complaint )?with|going to) the (?:ftc|fcc|cfpb|bbb|trai|ofcom|ofgem|ofwat|regulator)\\b", '\\x40(?:trai|fcc|ftc|cfpb|ofcom|ofgem|ofwat|bbb\\w*)\\b',
    "(?:buy|shop|order|fly|bank) (?:from|with|at) (?:amazon|\\x40[\\w.-]{1,30}|someone else|your competitors?|the competition|a competitor)(?: \\w+)? instead",
    "(?:royally |totally |completely )?screwing (?:me|us|over|customers|people)",
    "(?:wouldn't|don't|can't|couldn't|won't|will not|will never|would never) recommend (?:this (?:company|airline|bank|app|service|store|shop|provider|seller)|them|you|your (?:company|airline|bank|app|service|store|shop))(?=\\s*(?:[.!,]|$)| to anyone| at all)",
    '(?:tell|telling|warn|warning) (?:everyone|everybody|all my friends|people)',
    "(?:i'm|i am) (?:done|through|finished) with (?:you|this|your)",
    '(?:switching|moving|going) (?:to )?(?:another|a different|other) (?:provider|company|bank|carrier)', "(?<!(?:won't|not|never|don't) )(?:lost|losing|lose) (?:me|us) as (?:a )?customers?", "(?<!(?:won't|not|never|don't) )(?:you(?:'ve| have)? (?:just |officially )?lost) (?:a|another|one)(?: loyal| long-?time| valued| faithful)? customer",
    '(?:(?<!please )stay away(?! from (?:the|a|an|my|our|any) )|leave a review|bad review|one-star|1-star|on twitter|on social media)',
    "(?:i'm|im|i am) (?:so |totally |completely )?(?:done|over it)(?= ?(?:[.!,]|$| with| lol))",
    "(?:enough|reason|time) (?:for me )?to (?:close|cancel|leave|switch)",
    "(?:i'm|im|i am|i'll|ill|i will|gonna|going to) (?:close|closing|cancel|cancelling|canceling) (?:my|the) (?:account|subscription|service|card|membership|contract)",
    // Swearing is anger in a support message, whoever it is aimed at.
    'f+u+c+k+\\w*', 'wtf', 'what the (?:hell|heck|f)', 'the hell', 'bullshit', 'shit\\w*', 'pissed(?: off)?', "(?<!(?:to be|being|i'm|i am|such) a )pain in the (?:ass|arse|butt)(?![^.!?]{0,40}\\b(?:but (?:(?:it|that)(?:'s| is)? )?(?:works?|fine|worth)|thanks)\\b)",
    'mierda', 'carajo', 'joder', 'jodi(?:o|eron|ste|steis)', 'put[oa]s?', 'chingad[oa]s?', 'pendej[oa]s?', 'boludos', 'ctm', 'me cago en', 'cagad[oa]', 'hij[oa]s? de p(?:u|ut)?(?=…|\\.{2}|\\*)',
    '(?:voy a|vamos a|me voy a) (?:cancelar|dar de baja|cerrar) (?:el|la|mi|mis|todo)',
    // Not coming back is a threat to leave: «no vuelvo a comprar», «no compro más», «never ordering from them again».
    '(?:no|jamas|nunca) (?:vuelvo|volvere|volveria|pienso volver|voy a volver|volvemos|volveremos|vamos a volver) a (?:comprar|pedir|contratar|usar|utilizar|ocupar|confiar|volar|elegir)(?:les|le|los|las|lo|la)?',
    // Forty-sixth session: not coming back as a sentence of its own («No volveremos.», "We won't be back."), or to this
    // place, or never setting foot there. Not a trip or a move told («estoy de viaje y hasta el lunes no vuelvo», "I'm
    // abroad and won't be back").
    '(?:^|(?<=[.!?]\\x20))(?:y )?(?:no|jamas|nunca) (?:vuelvo|volvere|volvemos|volveremos)(?: (?:mas|nunca|jamas))?(?=\\s*[.!]|$)',
    '(?:no|jamas|nunca) (?:vuelvo|volvere|volvemos|volveremos)(?: mas| nunca)? al? (?:este|esta|ese|esa) (?:lugar|sitio|restaurante|local|hotel|bar|tienda)',
    "(?:^|(?<=[.!?]\\x20))(?:(?:we|i)(?:'ll| will)? )?(?:won't|will not|never|not) (?:be )?(?:back|coming back|going back|returning)(?: again| ever)?(?=\\s*[.!]|$)",
    'no (?:compro|comprare|pido|pedire|contrato) (?:nunca )?mas(?! de| que)', 'nunca mas (?:compro|comprare|vuelvo|volvere|pido|pedire|contrato)',
    "(?:will|would|i'll|we'll) never (?:again )?(?:buy|order|use|fly|shop|book|deal|choose|pick|travel|trust|stay|rent|bank|go back|come back|return)", "(?:won't|never) (?:be )?(?:buying|ordering|using|making use of|flying|shopping|booking|dealing)(?: @){0,4} (?:again|anymore|any more|ever again)",
    // Contempt for the product or the service as a whole: «es una aplicación basura», «qué basura», «total scam», «worst response».
    '(?:que|es|son|esto es|una|un|vaya|menuda|(?:aplicacion|app|empresa|servicio|banco|soporte)(?: de)?) basura', "(?:is|are) (?:total |complete |absolute |pure |utter )?(?:garbage|trash|rubbish)(?= ?[.!,]|$)", "(?:total|complete|absolute|pure|utter) (?:garbage|trash|rubbish)",
    "(?:total|complete|absolute|such a|what a|big|pure|utter) (?:scam|fraud|rip-?off|disgrace)", "(?:^|(?<=[.!?]\\x20))(?:(?:fraud|froud|scam|bogus) (?:app|application|company|bank|resort|hotel|agency|airline)|(?:app|aplicacion|empresa|banco|agencia|aerolinea) (?:fraudulenta|estafadora))(?=\\s*[.!,]|$)", "cheat(?:ing|ers?) (?:app|company|companies|people|the (?:\\w+ )?(?:public|customers?|users?))",
    "worst (?:@ ){0,2}(?:service|response|support|customer (?:care|service|support)|app|application|experience|company|bank|airline)",
    // Forty-eighth session, from real airline and app complaints: an occasion ruined («ruined our honeymoon», «nos
    // arruinaron las vacaciones»; not one nearly ruined and saved), and the customers taken advantage of.
    "(?:(?:you|they)(?:'ve| have)?|your(?: \\w+){1,2}|thank(?:s| you)(?: (?:so much|a lot|very much))? for) ruin(?:ed|ing) (?:my|our) (?:\\w+ )?(?:honeymoon|holiday|vacation|trip|wedding|birthday|weekend|christmas|anniversary|day|evening)",
    '(?:(?:^|(?<=[.!?,;]\\s?))|\\bustedes |\\b(?:la|el|su) (?:aerolinea|empresa|hotel|app|aplicacion|compania|agencia|tienda) )(?:me|nos) (?:arruinaron|arruinaste|han arruinado|amargaron) (?:el|la|las|los|mi|mis|nuestr[oa]s?) (?:\\w+ )?(?:viaje|vacaciones|luna de miel|boda|cumpleanos|fin de semana|navidad|dia|aniversario|escapada)',
    "(?<!\\b(?:do|did|does) )(?:\\byou(?:'re| are)?|companies like (?:you|yours)|\\bthese (?:\\w+ )?(?:fees|charges|prices|airlines|companies|banks)(?: are)?|\\byour (?:new )?(?:company|bank|airline|fees|charges|prices|policy)(?: is| are)?)(?: just)? (?:tak(?:e|es|ing)|took) advantage of (?:us|me|people|(?:my|our) (?:mother|father|parents|family)|(?:your|their|its|loyal|paying|elderly|older|vulnerable) customers|customers|consumers|(?:elderly|older|vulnerable) people)\\b",
    'se aprovechan de (?:la gente|los clientes|sus clientes|nosotros|uno|los usuarios|las personas)',
    '(?:0|cero) estrellas', '(?:le (?:doy|di|pongo|puse) )?(?:1|una) (?:sola )?estrella(?! (?:de|del|y media))', "(?:give|gave|giving|rate|rated|rating|only|just) (?:it |them |you )?(?:1|one) star\\b",
    // Leaving, said as a plan: «looking to close this account».
    '(?:looking|planning|about) to (?:close|cancel|leave|switch)(?: @){0,2} (?:this |my |the |our )?(?:account|subscription|service|bank|provider|company|contract|you|them)',
    'thanks for nothing', 'gracias por nada',
    // Forty-eighth session (the review's misses): thanks for the harm done, said back («gracias por dejarme tirado»); thanks for
    // ruining an occasion is the pattern above.
    "thank(?:s| you)(?: (?:so much|a lot|very much))? for (?:absolutely nothing|wasting my (?:time|morning|afternoon|day|evening|weekend|money)|losing my (?:luggage|bag|suitcase|parcel|package|order|booking|money|documents)|leaving (?:me|us) (?:stranded|waiting (?:for|on hold|\\d)))",
    'gracias por (?:dejarme tirad[oa]|hacerme perder (?:el |la |mi |toda la |todo el |\\d+ )?(?:tiempo|manana|dia|tarde|vuelo|tren|cita|horas|dinero)|perder mi (?:maleta|equipaje|paquete|pedido|tiempo|dinero)|arruinar(?:me|nos)? (?:el|la|mi|nuestr[oa]) (?:viaje|vacaciones|luna de miel|boda|cumple\\w*|fin de semana|navidad|dia|aniversario))',
    // Forty-fourth session: leaving said as the search for another company, others told never to choose it, a boycott.
    "(?:i'm|i am|i'll|i will|time to) (?:looking for|look for|find|switch(?:ing)? to|moving to) (?:a |another )?(?:different|other|better) (?:insurance|insurer|bank|provider|carrier|airline|company)(?= ?[.!,]|$)",
    '(?:voy a buscar|buscare|buscaremos|me voy a cambiar a|me paso a) otr[oa] (?:empresa|compania|aseguradora|banco|aerolinea|operadora|proveedor)(?! para)', 'cualquier (?:otra )?(?:cosa|alternativa|opcion) antes que',
    '(?:jamas|nunca) (?:elegir|elijan|contratar|contraten|vuelvan a elegir)', 'no (?:elijan|contraten) (?:nunca|jamas)',
    "(?:time to|going to|gonna|i'll|i will) (?:look for|find|switch to|move to) (?:another|a new|a different|a better) (?:bank|insurer|insurance company|provider|carrier|airline)(?= ?[.!,]|$)",
    // …and a fix demanded «de una vez por todas», which is exasperation.
    '(?:den|denme|dennos|arreglen|solucionen|resuelvan|respondan|devuelvan)\\b[^.!?]{0,40} de una vez por todas',
    // Contempt and indignation said plainly, as published complaints say it.
    // Seventeenth session: telling others to stay away is going public: «NO USEN @Iberia», «no compren en esta tienda»,
    // "don't ever fly with them", "avoid this company"; leaving, said as getting rid of what they pay for.
    '(?:^|(?<=[.!?¡]\\x20)|(?<=\\x40[\\w.-]{1,40}\\x20)|(?<=,\\x20))(?:nunca |jamas )?no (?:usen|compren|contraten|vuelen|viajen|reserven|pidan|confien)(?: nunca| jamas)? (?:en |con |a |nada (?:de|en) )?(?:\\x40[\\w.-]+|(?:esta|este|esa|ese) (?:empresa|aerolinea|compania|tienda|banco|app|aplicacion|servicio|marca|pagina|plataforma)|ellos)',
    "(?:^|(?<=[.!?]\\x20)|(?<=\\x40[\\w.-]{1,40}\\x20)|(?<=,\\x20))(?:don't|never) (?:ever )?(?:use|buy from|buy anything from|fly with|book with|bank with|shop (?:at|with)|order from|trust) (?:\\x40[\\w.-]+|this (?:company|airline|bank|shop|store|app|service)|them|these (?:people|guys|clowns)|@ (?:airlines?|bank|telecom|store))",
    "(?:getting|get|got|going to get) rid of (?:my|our|the) (?:membership|subscription|account|plan|contract|card)",
    'inoperantes?', 'porqueria', 'una burla', 'un abuso', 'me (?:estafaron|estafo|enganaron)',
    // «me robaron» of the company, not of a thief on the street: «me robaron la tarjeta en el metro» asks for help.
    'me robaron(?! (?:la|el|mi|mis|los|las) (?:tarjeta|tarjetas|celular|cel|cell|telefono|fono|movil|iphone|cartera|billetera|bolso|mochila|maleta|auto|coche|carro|moto|bici|bicicleta|documentos|identidad|laptop|notebook|computadora|compu))',
    'pesim[oa]s?', 'nefast[oa]s?', 'vergonzos[oa]', 'indignad[oa]s?', 'indignante', 'que poca seriedad',
    'shame on you', 'ripped (?:me |us )?off', 'rip-?off', 'unacceptable', 'disgusting', 'garbage (?:service|app|company|support)',
    '(?:ya )?(?:estoy|me tienen) (?:hart[oa]|podrid[oa]|chat[oa])',
    'descarad[oa]s?', 'malisim[oa]s?', '(?:un|una|varios|varias|muchos|muchas|dos|tres) clientes? menos',
    // Indignant questions and sarcasm, the way published complaints say it without one rude word.
    '(?:como|pero como) (?:es|puede ser) posible que', 'hasta cuando (?:vamos|van|vais|tendre|tenemos|seguire|seguiremos|piensan|pretenden|va)', '(?:es|esto es) en serio ?\\?', 'no puede ser (?:que|posible)',
    'como si (?:yo )?(?:tuviera|tuvieramos|pudiera|pudieramos|no (?:tuviera|existiera|importara)|me sobrara|nos sobrara)',
    // «fuera» is also the third person, and in a question it is a plain comparison: «¿me cobrarían comisiones como si
    // fuera una cuenta sin nómina?». Said as a statement it is sarcasm: «consume como si fuera una fábrica».
    'como si (?:yo )?(?:fuera|fueramos)(?![^.!?\\n]*\\?)',
    // …but how they are treated is contempt, asked or stated: «¿por qué me tratan como si fuera un delincuente?».
    '(?:trat\\w*|atiend\\w*|mir\\w*|humill\\w*) como si (?:yo )?(?:fuera|fueramos)',
    '(?:no|ni|nadie) se (?:digna|dignan|ha dignado|han dignado|dignaron|digno)(?: ni)? (?:a |en )?[a-z]{3,}',
    "how (?:is (?:this|that)|can (?:this|that|you)) (?:be )?(?:possible|acceptable|legal|ok|okay|allowed|fair|right)", 'how (?:is|can) (?:this|that|it) even (?:be )?(?:legal|allowed|acceptable|fair)', "are you (?:guys )?(?:serious|kidding|joking)", "(?:seriously|really) ?\\?{1,}(?: |$)",
    "(?:don't|didn't) even (?:bother|have the decency|let me|care)",
    // Regional insults and swearing (es-MX, es-ES, es-AR…), as customers type them.
    "(?<!(?:feel|felt|i'm|i am|im|so|a|my) )stupid(?! (?:question|mistake|of me))",
    'pinche', 'cabron(?:es|a|as)?', 'estupid[oa]s?', 'idiotas?', 'rater[oa]s?', 'asqueros[oa]s?',
    'encabronad[oa]', 'punetero', 'chapuza', 'tercermundista',
    'no sirve(?:n)? (?:para|pa) nada',
    // «lo compro en cualquier otro sitio», «buy from someone else»
    '(?:lo |la )?(?:compro|comprare|pido|pedire) en (?:otro|otra|cualquier otro|cualquier otra) (?:sitio|lado|lugar|tienda|web|pagina)',
    "(?:buy|order|shop|get it|go) (?:from|at|with|to) (?:someone|somewhere|another (?:store|company|shop|bank)) else", '(?:tendre|voy) (?:que|a) darme de baja',
    // English: swearing and contempt, misspelt or short.
    // Thirty-sixth session: a star given only because none cannot be, others warned off, a way of treating people,
    // customers taken for granted, regional contempt («qué poca madre», «ni ahí con seguir pagando»).
    "(?:1|one) star (?:because|since|as|cause|cuz|'cause|only because) (?:i|you) (?:can't|cannot|can not|couldn't) (?:give|do|leave|rate|put) (?:0|zero|less|none|no stars)", 'would (?:give|rate) (?:it |them |this )?(?:0|zero|no|negative) stars',
    'ni se (?:les|te|os|le) ocurra (?:bajar|descargar|comprar|usar|contratar|pedir|volar|reservar)', 'que manera de tratar (?:a la gente|a los clientes|al cliente|a las personas|a sus clientes)',
    "taking (?:your |their )?(?:customers|us|people|clients) for granted", 'que poca madre', 'ni ahi con seguir (?:pagando|pagandol[oa]s?|usando|con ustedes|con ellos)',
    'crap', "suck(?:s|ed|ing)?", 'like (?:garbage|dirt|trash)', 'zero stars', 'incompet\\w*', 'disrespectful', 'rude',
    // Contempt as a verdict: «los peores», «la peor aerolínea», «patético», «circo completo».
    '(?:el|la|los|las) peor(?:es)?(?! de los casos| caso| escenario)(?: @)?(?=\\s|[.!,]|$)', '(?:que |muy )?patetic[oa]s?', 'circo(?: completo| total)?(?=\\s*[.!🤡]|$)', 'lamentable(?=\\s*[.!]|$)',
    // Feeling robbed or lied to: «me siento robado», «publicidad engañosa», «this is theft».
    'me (?:siento|senti|sentimos|sienta) (?:robad[oa]s?|estafad[oa]s?|enganad[oa]s?|timad[oa]s?|burlad[oa]s?|humillad[oa]s?)', 'nunca mas(?=\\s*[.!]|$)',
    "(?:i|we) (?:feel|felt) (?:genuinely |completely |totally |so )?(?:robbed|cheated|scammed|ripped off|conned|lied to|insulted|humiliated)", 'false advertising', 'never again(?=\\s*[.!]|$)',
    // Rhetorical jabs: «¿os pago yo el sueldo?», «how do you even function», «some of us have jobs».
    '(?:os|les|te|le) pago yo (?:el sueldo|los sueldos)', 'cuentan en dias', "how do you (?:even |people )?(?:function|operate|stay in business|sleep at night)", 'some of us have (?:jobs|lives|work)',
    "(?:i )?(?:honestly |genuinely |literally )?can't believe (?:i'm|i am|i have|i've|you|this)",
    // Accused of lying or stealing, or called names in a sentence of their own: "stop lying", "This is just theft",
    // «que SU cajero me robó», «que la empresa robe como quiera», "Morons.", "Stay far away".
    "stop (?:lying|the lies)", "(?:a |such a |what a )?(?:big|blatant|outright|total|flat) lie",
    "(?:this|that|it)(?:'s| is) (?:just |pure |plain |outright |simply )?(?:theft|robbery|extortion|fraud|a scam|a rip-?off)",
    '(?:ustedes|la empresa|el banco|la compania|la tienda|la aerolinea|(?:su|el|la) (?:cajero|sistema|app|aplicacion|agente|asesor|ejecutiv[oa]|personal))(?: \\w+){0,3} (?:me |nos |les )?(?:robo|robaron|roba|roban|robe|roben|estafo|estafaron|estafa|estafan)\\b',
    '(?:^|(?<=[.!?]\\x20))(?:morons|idiots|clowns|liars|thieves|crooks|cheaters|muppets|jokers|amateurs|ladrones|payasos|inutiles|chantas|sinverguenzas|estafadores)(?=\\s*[.!]|$)',
    'stay (?:far,? )+away from (?:them|this|these|those|you|your|their|it)\\b',
    // A one-word verdict that is the whole review: «Fatal», «Pésimo.», "Awful!", «Penosa» (forty-eighth session); and one
    // that opens it with the app or the service named («Penosa app, se ríen en tu cara», "Awful service.").
    '^\\W*(?:fatal|pesimo|pesima|horrible|terrible|awful|atroz|nefasto|lamentable|dreadful|abysmal|atrocious|penos[oa]|patetic[oa]|pathetic)\\W*$',
    '^\\W*(?:pesim[oa]|horrible|terrible|awful|nefast[oa]|lamentable|penos[oa]|patetic[oa]|pathetic|useless) (?:app|aplicacion|application|service|servicio)(?=\\s*[,.!])',
    // Forty-fifth session, the commonest verdicts of real reviews that no list had: a waste of money, avoid them, «¿a esto
    // le llaman servicio?», nobody cares, fed up («hasta la madre»), mocked, enough said.
    '(?:what a|such a|(?:a |an )?(?:complete|total|absolute|utter|huge)) waste of (?:my |our )?(?:time|money)',
    'do yoursel(?:f|ves) a favou?r(?: and|,)? (?:avoid|stay away|(?:look|shop|go|book|fly|bank)[^.!?]{0,20}(?:elsewhere|somewhere else|anywhere else|anyone else|someone else|another|a different))', "(?:is (?:this|that)|this is|that's) what (?:you|y'all|you guys|they) call (?:customer )?(?:service|support|care|help)\\b",
    '(?:you|they|you guys|you people) should be ashamed',
    // …and by anyone else, as the sentence's last words ("Walmart should be ashamed."; not "I should be ashamed to admit…").
    '(?<!\\b(?:i|nobody|one)\\x20)should be ashamed(?: of (?:yourselves|themselves|itself|yourself))?(?=\\s*[.!]|$)',
    '(?:do|does) (?:you|they|anyone) (?:even|actually) care(?=\\s*[?.!]|$| about (?:your|their|its) (?:customers|clients|users))', '(?:total |complete |absolute |such a |what a |utter )rip-? ?off', 'daylight robbery',
    '(?:customer service|customer support|customer care|support) (?:is |are )?(?:non-? ?existent|nonexistent)(?=\\s*[.!,]|$)', "(?:(?:nobody|no one)(?: @){0,5} gives|(?:you|they|you guys|you people)(?: \\w+)? (?:don't|do not) give) a (?:damn|shit|crap|toss)", 'enough is enough(?=\\s*[.!,]|$)',
    '(?:que|vaya|menuda|pura|total) perdida de (?:tiempo|dinero)',
    '(?:^|(?<=[.!¡,]\\x20?))huyan\\b',
    '(?:les|os) (?:importa|importan|importamos) (?:un |tres )?(?:bledo|pepino|comino|carajo|rabano|pimiento|pito)',
    '(?:estoy|estamos|me tienen|nos tienen|ya) hasta (?:la madre|el gorro|las narices|la coronilla|los huevos|el mono)(?=\\s*[.!,]|$| de (?:ustedes|vosotros|sus?|est[aeo]|tant[oa]|tener|esperar|llamar|ir|pagar|pedir|reclamar|escribir|aguantar|perder|hacer|estar|ver)\\b| con )',
    // Fifty-third session (real61): the company accused of caring only for the money ("I think you just want money",
    // «solo les interesa el dinero»).
    "(?:you|they|you guys|you people|y'all|this company|the company)(?: \\w+)? (?:just|only) (?:want|wants|care about|cares about|interested in) (?:my |our |the |people's |customers' )?money\\b(?! (?:back|transfer|reference|order|sent))(?![^.!?]*\\?)", "all (?:you|they|you guys) (?:want|care about) is (?:my |our |the )?money\\b(?! back)",
    // The service given a one-word verdict after its name («el trato al cliente, fatal»), the start of a review calling it
    // bad («Muy mala, falla como…»), nobody caring («no les importó nada»): fifty-third session, real read halves.
    '(?:atencion|trato|servicio|experiencia|soporte)(?: al cliente| al publico)?,? (?:fatal|pesim[oa]|horrible|nefast[oa]|lamentable|malisim[oa])(?=\\s*[.!,]|$)',
    '(?:^|(?<=[.!]\\x20))(?:muy|super|re|bastante) (?:mala|malo)(?=\\s*[,.!]|$| (?:app|aplicacion|atencion|experiencia|empresa|compania|servicio))',
    '(?<!\\bsi )no (?:les|le) (?:importa|importo|importaba|importamos|importaron)(?: para)? nada(?! mas)',
    '(?:solo|nomas|nada mas|unicamente) (?:les interesa|les importa|quieren|buscan) (?:el|mi|nuestro|tu|su) (?:dinero|plata)(?! (?:de vuelta|devuelt[oa]|de regreso))', '(?:solo|nomas|nada mas) (?:quieren|saben) cobrar',
    '(?:^|(?<=[.!¡]\\x20?))(?:ya basta|basta ya)(?=\\s*[.!]|$)', '(?:(?:estan|estais|siguen) jugando|juegan|jugaron|jugais) con (?:mi|nuestro|nuestra|el|la) (?:dinero|tiempo|paciencia|plata)', 'se (?:estan|siguen) burlando de|se burlan de (?:nosotros|sus clientes|los clientes|la gente)',
  ],
  [
    '(?:no (?:es|son|fue) (?:su |tu )?culpa|not your fault)',
    "(?:i'm|i am) not (?:angry|upset|leaving)",
    "(?:not|don't mean to be|not trying to be|not being|not to be) (?:rude|unreasonable)",
    // What the customer says they did NOT say is no accusation: «yo no dije que me robaron».
    'no (?:dije|digo|he dicho|estoy diciendo) que(?: @){1,6}', "(?:i )?(?:didn't|never) say (?:that )?(?:@ ){1,6}",
  ],
);

/**
 * Shouting: «!!» or «?!», or capitals that carry the message — two shouted words, or one
 * shouted word with «!». A lone capitalised word is usually a product or acronym
 * («COVID-19», «GTA ONLINE») or calm emphasis.
 */
const ACRONYMS = new Set(['HTTP', 'HTTPS', 'WIFI', 'ADSL', 'FIBRA', 'IBAN', 'SWIFT', 'CUIT', 'CURP', 'DNI', 'NIF', 'VPN', 'PDF', 'ASAP', 'CSV', 'HTML', 'JSON', 'USB', 'SIM', 'PIN', 'IMEI', 'IVA', 'SMS', 'OTP', 'URL', 'ISP', 'API', 'SAAS', 'DHL', 'UPS', 'FEDEX', 'USPS', 'NASA', 'BBVA', 'HSBC', 'IKEA', 'SEPA', 'NOTE', 'FAQ', 'LTE', 'ONT', 'ROUTER', 'MODEM']);
export const GLAD = /\b(?:thanks?|thank you|thx|gracias|love|loved|luv|awesome|amazing|genial|encanta|excelente)\b|[:;]-?\)|😊|🙂|😀|😃|😄|😁|🥰|😍|❤️|👍|🙌/iu;
const SHOUTED_QUESTION = /^(?:WHY|WHERE|WHAT|HOW|WHEN|WHO|REALLY|SERIOUSLY|PORQUE|PORQUÉ|DONDE|DÓNDE|CUANDO|CUÁNDO|COMO|CÓMO|QUIEN|QUIÉN)$/;
const SHOUTED_INTENSIFIER = /^(?:AGAIN|NEVER|NOTHING|NOBODY|STILL|ENTIRE|ALWAYS|EVERY|TWICE|NUNCA|NADIE|NADA|SIEMPRE|OTRA|TODAVIA|TODAVÍA|JAMAS|JAMÁS|SIGUE|SEGUIMOS)$/;

/** Quoted names («'DLC SERVICIOS DIGITALES'») are capitals nobody shouts, and so are names in bold or code marks («**PERU YOUR TRIP**») and a query pasted from a log («SELECT … FROM … WHERE»). */
const NOT_SHOUTED = /(?<![\p{L}\p{N}])["'«“‘][^"'»”’\n]{1,80}["'»”’](?![\p{L}\p{N}])|\*\*[^*\n]{1,80}\*\*|`[^`\n]{1,80}`|\bSELECT\b[^\n;]{0,200}?[a-z*`][^\n;]{0,200}?\bFROM\b[^\n;!?]*?(?=[.!?]\s|[\n;]|$)/gu;
/** …and so are capitals right after the noun that names them: «la agencia ANTHONY’S TRAVEL SERVICES», "the hotel GRAND PLAZA". */
const NAMED_IN_CAPITALS = /(?<=\b(?:agencia|empresa|compania|hotel|tienda|banco|marca|sucursal|cliente|proveedor|operador|aerolinea|agency|company|store|shop|bank|brand|branch|client|vendor|supplier|airline)[ \t]{1,3})\p{Lu}[\p{Lu}\p{N}’'&.+-]*(?:\s+\p{Lu}[\p{Lu}\p{N}’'&.+-]*){0,5}/gu;
/** «Please help!!!», «hola!!»: a plea or a greeting raised is eagerness or distress, not anger. */
const PLEA = /\b(?:help|please|pls|plz|hi|hello|hey|ayuda|ayudenme|auxilio|por favor|porfa|hola|buenas)\b/iu;

/** A word spelled out in spaced capitals, «L A D R O N E S», "T H I E V E S": the loudest kind. Six letters or more, three vowels: a booking code («K L M O E P») seldom has them. */
const SPELLED_OUT = /(?<![\p{L}\p{N}])(?:\p{Lu}[ .]){5,}\p{Lu}(?![\p{L}\p{N}])/u;

function shouts(typed: string): boolean {
  const spelled = SPELLED_OUT.exec(typed);
  if (spelled && (spelled[0].match(/[AEIOUÁÉÍÓÚ]/g) ?? []).length >= 3 && /[^AEIOUÁÉÍÓÚ .]/.test(spelled[0])) return true;
  // An image's «!» and a warm one («Gracias!», «HELP!!!») raise nothing (grammar/tone.ts).
  // What is quoted («the note said "have a good night!!"», a `CODE`) is someone else's voice, not the customer's.
  let text = withoutCalmBangs(typed).replace(NOT_SHOUTED, ' ');
  // «!!» is shouting unless it is glad («thrillers!! Thank you :)») or a plea («please help!!!»).
  const raised = /[!¡]{2,}|\?!|!\?/.exec(text);
  if (raised && !GLAD.test(text) && !PLEA.test(text.slice(Math.max(0, raised.index - 60), raised.index + 4))) return true;
  text = text.replace(NAMED_IN_CAPITALS, ' ');
  // A word in capitals before «:», «=» or a negative number is a label or a field («ACTUALIZO:», «STATUS -1»), not a shout.
  // An identifier (ERROR_EXPORT_TIMEOUT, MAX_RETRIES) is a code, however many capitals it has.
  // …and a part of a name joined by «*» («VERI*FACTU») is no word of its own.
  const shouted = [...text.matchAll(/(?<![\p{L}\p{N}_]|\p{L}\*)(\p{Lu}{3,})(?![\p{L}\p{N}_]|\*\p{L}|-?\d|\s*[:=]|\s+-\d)/gu)]
    .map((m) => m[1]!)
    .filter((w) => !ACRONYMS.has(w) && hasVowel(w) && (w.length >= 4 || /^(?:NOT|YOU|WHY|NOW|ANY|NUNCA|NADA|YA|QUE|POR|HOY)$/.test(w)));
  const words = new Set(shouted);
  // A name or a code said twice in a technical message («…the AFIP web service… AFIP returns»,
  // «ERROR… ERROR») is no raised voice: two different words are, or one inside a run of capitals,
  // or one with «!», or an intensifier («cancelled AGAIN», «NUNCA pedí»).
  // A run of three words in capitals or more, each with a vowel («NO FUE EL COLADO»); two can be a name
  // («GTA ONLINE», «PORT OUT») and a run of codes has no vowels («XYZ QRS TPL»).
  const inRun = words.size > 0 && /(?<![\p{L}\p{N}])\p{Lu}*[AEIOUÁÉÍÓÚ]\p{Lu}*(?:[ ,]+\p{Lu}*[AEIOUÁÉÍÓÚ]\p{Lu}*){2,}(?![\p{L}\p{N}])/u.test(text);
  // One word in capitals with «!» in a glad message is a name cheered («NASB was amazing to work with!»), not a shout.
  // …and a question word in capitals with «??» is asked at the top of the voice: "WHY @FlySafair ???" (not "work on LINUX??").
  return words.size >= 2 || inRun || (words.size === 1 && ((/!/.test(text) && !GLAD.test(text)) || SHOUTED_INTENSIFIER.test(shouted[0]!) || (SHOUTED_QUESTION.test(shouted[0]!) && /\?{2,}/.test(text))));
}

/** Angry and contemptuous emoji, and protest hashtags («#BanamexApesta», «#worstservice»). */
const ANGRY_SIGNS = /😡|🤬|😠|👿|💢|🖕|🙄|😒|😤|🤡|🤨|👎|💩|😑|#\w*(?:apesta|sucks|fail|worst|nunca|never|verguenza|vergüenza|estafa|scam|ever\b|bad\w*service|badcustomer)/iu;

/**
 * Irony: an upside-down smile, applause or praise set against a failure («llevo 12 días
 * esperando. Aplausos 👏», «Fantastic value 🙃», «thanks for the 9-hour late reply», "left us stranded. Props to you guys").
 */
const IRONY_SIGN = /🙃|🫠|👏|\b(?:aplausos|bravo|chapeau|felicitaciones|well done|great job|fantastic value|slow clap)\b/iu;
/** "Props to you guys." or "Way to go, Delta." as a sentence of its own, after being stranded or losing something, nobody rescued. */
const CLOSING_PRAISE = /(?:^|[.!?]\s)(?:props to you|way to go)(?:,? [\w@]+){0,2}[.!]/i;
const LEFT_STRANDED = /\b(?:stranded|(?<!\b(?:i|we|i'd|we'd) )lost|cancell?ed|left (?:us|me|my))\b/;
const RESCUED = /\b(?:got (?:us|me)|fixed|rebooked|refund(?:ed)? in|found|tracked down|sorted|put us on|had it back|worked|resolved|restored|recovered|returned)\b/;
const FAILURE_WORD = /\b(?:no|nunca|nadie|nada|sin|sigo|lleva|llevo|van|dias|semanas|meses|retraso|tarde|cancelad[oa]|not|never|nobody|nothing|no one|still|late|again|days|weeks|months|hours|cancelled|canceled|delayed|hold|waiting|waited)\b/i;
const ironic = (text: string, folded: string) =>
  (IRONY_SIGN.test(text) && FAILURE_WORD.test(folded)) || (CLOSING_PRAISE.test(text) && LEFT_STRANDED.test(folded) && !RESCUED.test(folded));

/**
 * Leaving, said as done or under way, and a regulator called in by name (twentieth session): «la
 * portabilidad ya está pedida», "porting out this week", "Closing my account friday", a last
 * "Deleted.", "Going to ComReg", «ya puse la denuncia en ARCOTEL». A regulator's name is read
 * from its capitals (two or more in the word: ComReg, OFCOM, CFPB), so one list does not have
 * to hold every country's.
 */
/** A step agreed to just before («Ok, …», «Vale, …»): uninstalling then follows advice, it threatens nothing. */
const AGREED_TO_STEP = String.raw`\b(?:ok|okay|vale|de acuerdo)\W{1,3}`;
const LEAVING = new RegExp(
  [
    // (Asked for, porting is a request: "I want to PORT OUT my number, please send the UPC code".)
    String.raw`(?<!\b(?:want|wish|like|need|request|requesting|asked|how) to )\b(?:porting|port) out\b`, String.raw`\bporting (?:my|our) (?:number|numbers|line|lines)\b`,
    String.raw`\bportabilidad (?:ya )?(?:esta |estara )?(?:pedida|solicitada|hecha|en tramite|en curso)\b`,
    String.raw`\b(?:me|nos) (?:porto|portamos|voy a portar|vamos a portar|estoy portando)\b`,
    String.raw`\b(?:closing|cancell?ing|terminating) (?:my|our) (?:account|accounts|subscription|membership|contract|card)(?= (?:today|tomorrow|tonight|this week|asap|right now|now|on \w+day|\w+day)\b| ?[.!]|$)`,
    String.raw`(?:^|[.!?]\s+)(?:deleted|uninstalled|unsubscribed|borrada|desinstalada|eliminada)(?: (?:the app|it|this app|la app))?[.!]*\s*$`,
    // Forty-fourth session: uninstalling announced, the sentence ending there ("I m going to uninstall.", «la voy a
    // desinstalar»), not a step with reinstalling after it.
    String.raw`(?<!${AGREED_TO_STEP})(?:\b(?:i'?m|i m|i am|we're|we are)|(?:^|[.!?]|bye bye,?)) ?(?:(?:going to|gonna) uninstall|uninstalling)(?: (?:this|the|your|ur) (?:app|apk|application)| it)?(?: (?:now|today|right now|for good))? ?(?:[.!]+|$)`,
    String.raw`(?<!${AGREED_TO_STEP}(?:la |lo )?)\b(?:voy a|vamos a|la voy a|lo voy a) desinstalar(?:la|lo)?(?: (?:la|esta|su) (?:app|aplicacion))?(?: (?:ya|hoy|ahora))? ?(?:[.!]+|$)`,
  ].join('|'),
);
/** Reported or complained of to someone named in capitals: «denuncia en ARCOTEL», "reporting you to CFPB". */
const TO_REGULATOR = /\b(?:reporting (?:you |this |it )?to|report (?:you |this |it )?to|complaint (?:to|with)|complain to|filed (?:it |this )?with|escalating (?:this |it )?to|taking (?:this|it) to|denuncia (?:en|ante|a)|queja (?:en|ante|a)|reclamo (?:en|ante)|denunciar(?:los|las|le|les)? (?:en|ante|a)) (?:the )?(?=\S)/gi;
const REGULATOR_NAME = /^(?:\p{L}*\p{Lu}\p{L}*\p{Lu}\p{L}*)(?![\p{L}\p{N}])/u;
/** …or gone to by its known name: "Going to ComReg", «me voy a OSIPTEL» (Profeco, Sernac, Indecopi… fire on their name alone, above). */
const GOING_TO_REGULATOR = /\b(?:going (?:straight )?to|go (?:straight )?to|off to|me voy (?:directo |directa |derecho |derechito )?a|nos vamos (?:directo |directos |derecho )?a|voy a ir a|acudo a|acudire a|acudiremos a)(?: the| la| el)? (?:comreg|ofcom|ofgem|ofwat|cfpb|fcc|ftc|bbb|ombudsman|trading standards|consumer affairs|consumo|omic|osiptel|subtel|enacom|arcotel|superintendencia)\b/;
/**
 * Hatred said to the company's face (fifty-fourth session, real63): a verb of hating and, as its object, the company —
 * named in capitals or by its handle ("I hate Comcast", «detesto Ryanair», «odio a @Movistar»), or as "you (guys)",
 * "this airline", «esta empresa», «ustedes» — as the sentence's last word, bar an intensifier: "I hate Christmas shopping",
 * «odio Madrid en agosto», "I hate you guys, the cake was so good" and "I hate to bother you" name no company (review).
 */
const HATES = /\b(?:i (?:really |just |absolutely |officially )?(?:hate|despise|loathe|detest)|i can(?:'|no)t stand|(?:odio|detesto|aborrezco|no (?:soporto|aguanto))(?: a)?)\s+(?=\S)/giu;
const HATED_COMPANY = /^(?:@\w+|\p{Lu}\p{L}+|you(?: guys| people| all)?|y'all|(?:this|your) (?:company|airline|bank|carrier|provider|app|service|store)|(?:esta|esa|su) (?:empresa|compa[nñ][ií]a|aerol[ií]nea|operadora|app|aplicaci[oó]n|tienda)|(?:este|ese|su) (?:banco|servicio)|ustedes|uds)(?=,? ?(?:so much|right now|with a passion|de verdad|con toda mi alma)?\s*(?:[.!…]|$))/u;
/** Whether some match of `lead` (global) is followed right away by `next` (anchored with ^): two regexes, as `next` reads capitals `lead` folds. */
function followedBy(text: string, lead: RegExp, next: RegExp): boolean {
  for (const m of text.matchAll(lead)) if (next.test(text.slice(m.index! + m[0].length))) return true;
  return false;
}
function leavesOrCallsRegulator(text: string, folded: string): boolean {
  return LEAVING.test(folded) || GOING_TO_REGULATOR.test(folded) || followedBy(text, TO_REGULATOR, REGULATOR_NAME);
}

/** Test cases and training examples: whether a customer message shows the moment. Not shipped to the page (nothing there imports them). */
export const examples: MomentExample[] = [
  { lang: 'es', text: 'Dos semanas sin señal y nadie da la cara. No lo recomiendo a nadie.', fires: true, lexiconOnly: true },
  { lang: 'es', text: 'No recomiendo esta aseguradora, el siniestro sigue sin resolverse.', fires: true, lexiconOnly: true },
  { lang: 'es', text: 'No te recomiendo actualizar todavía: espera al parche de la semana que viene.', fires: false, lexiconOnly: true },
  { lang: 'en', text: 'One star only because I cannot give zero. The app logs me out every hour.', fires: true },
  { lang: 'es', text: 'Cobran el envío y llega tarde. Ni se les ocurra pedir por esta app.', fires: true },
  { lang: 'es', text: 'Con esta factura me voy directa a consumo.', fires: true },
  { lang: 'es', text: '¿Se les ocurre alguna forma de pagar sin tarjeta?', fires: false },
  // Thirty-sixth session: a code in capitals, someone else's «!!» quoted, a phone stolen by a thief.
  { lang: 'en', text: 'The sync stops with SYNC_QUOTA_EXCEEDED after about 500 files. Is there a setting for bigger folders?', fires: false },
  { lang: 'en', text: 'The courier wrote "back tomorrow!!" on the card, which was sweet. Can I pick it up at the depot instead?', fires: false },
  { lang: 'es', text: 'Anoche me robaron el cel en el colectivo, ¿cómo bloqueo la línea?', fires: false },
  { lang: 'en', text: 'Third time this week!! Fix your app.', fires: true },
  // Seventeenth session: a consumer authority, a rival from now on, an answer judged as humiliating.
  { lang: 'es', text: '@TeleNorte seguimos igual. PROCEDO a interponer hoja de reclamaciones.', fires: true },
  { lang: 'es', text: 'Les informo que ya inicié trámites en el departamento de consumo de mi ayuntamiento.', fires: true },
  { lang: 'en', text: "From here on out, whenever I can, I'm flying @SkyJet. Two hours stuck on the tarmac is not weather.", fires: true },
  { lang: 'en', text: 'So customer care reports to no one? Their response is humiliating.', fires: true },
  { lang: 'es', text: '¿Dónde puedo pedir una hoja de reclamaciones en la tienda de Sevilla?', fires: true },
  { lang: 'en', text: "Next time I'll be booking with a different card, this one has a limit. Can you retry the payment?", fires: false },
  // Seventeenth session: telling others to stay away; getting rid of what they pay for.
  { lang: 'es', text: '@AeroSur perdieron mi maleta y no se hacen cargo. NO USEN @AeroSur porque les arruina el viaje', fires: true },
  { lang: 'en', text: "Lost my bags twice this year. Don't ever fly with them.", fires: true },
  { lang: 'en', text: "Still broken after the update. I deleted it and I'm getting rid of my membership.", fires: true },
  { lang: 'es', text: 'No usen la app vieja, la nueva ya tiene el botón de pago, ¿verdad?', fires: false },
  { lang: 'en', text: "Don't use the old link in the welcome email, right? It gives me a 404.", fires: false },
  // Sixteenth session: a raised eyebrow or a thumbs-down, and one star given.
  { lang: 'en', text: 'Sent an email to the developers and had no reply 🤨', fires: true },
  { lang: 'es', text: 'Le doy una estrella porque no deja poner cero.', fires: true },
  { lang: 'en', text: 'Gave it one star until the login works again.', fires: true },
  { lang: 'es', text: 'La app de la estrella verde funciona bien, gracias.', fires: false },
  // Sixteenth session: leaving said by what is left, a one-word verdict.
  { lang: 'es', text: 'Con estas comisiones me voy a cambiar de banco.', fires: true },
  { lang: 'es', text: 'Quiero cambiar de tarjeta de débito a crédito, ¿cómo lo hago?', fires: false },
  { lang: 'es', text: 'Me quiero cambiar de compañía, ¿me pasan el código de portabilidad?', fires: false },
  { lang: 'es', text: 'Me llegó un SMS raro con un enlace. ¿Es vuestro o es un timo?', fires: false },
  { lang: 'es', text: 'Medidas absurdas. Mi dinero a otro lado.', fires: true },
  { lang: 'en', text: 'Taking my business elsewhere after this.', fires: true },
  { lang: 'es', text: 'Fatal', fires: true },
  { lang: 'en', text: 'Sorry if this is a stupid question, but where do I find my invoice?', fires: false },
  { lang: 'es', text: 'Fatal el diseño del menú, pero el envío rápido.', fires: false },
  // Fourteenth session: spelled-out capitals, lawyers and regulators, going public, a rival instead, «os pasáis».
  { lang: 'es', text: 'Me cobraron la maleta dos veces. L A D R O N E S.', fires: true },
  { lang: 'en', text: 'Claim filed three weeks ago and no answer. Trying hard not to involve attorneys.', fires: true },
  { lang: 'en', text: 'I am going public with this if nobody calls me today.', fires: true },
  { lang: 'en', text: 'Sent five emails about the outage \x40TRAI, nobody replies.', fires: true },
  { lang: 'en', text: 'Can you find my order? If not I will cancel and buy from Amazon instead.', fires: true },
  { lang: 'es', text: 'Una hora de retraso sin explicación. Os pasáis.', fires: true },
  { lang: 'es', text: 'Esto hace que me plantee volar con otra compañía.', fires: true },
  { lang: 'es', text: 'Pagué la suscripción y no recibí nada. No lo recomiendo.', fires: true },
  { lang: 'en', text: 'The form says to write the code as A B C D then submit, is that right?', fires: false },
  { lang: 'es', text: 'Mañana os pasáis por la tienda y os lo cambiamos, ¿vale?', fires: false },
  { lang: 'en', text: "I don't recommend this for beginners, but the advanced model suits me; can I swap?", fires: false },
  { lang: 'en', text: 'My booking code is K L M O E P, can you check the seat?', fires: false },
  { lang: 'en', text: 'My attorney asked me for a copy of last month\'s invoice.', fires: false },
  { lang: 'en', text: 'When will the new plans go public on the website?', fires: false },
  { lang: 'es', text: '¿Puedo usar la tarjeta regalo para comprar en otra tienda de la cadena?', fires: false },
  { lang: 'es', text: 'Los técnicos se pasan mañana a las 10, ¿hay que estar en casa?', fires: false },
  { lang: 'en', text: "The medium doesn't fit, so I'll go with a different size instead.", fires: false },
  // Thirteenth session: lying and stealing said of the company, names called alone, a warning to stay away.
  { lang: 'en', text: 'Your gate staff have been lying to us for two hours about the delay.', fires: true },
  { lang: 'en', text: 'Stop lying about the refund, I have the emails.', fires: true },
  { lang: 'en', text: 'Charging me twice for one box. This is plain theft.', fires: true },
  { lang: 'en', text: 'Still no seat on the later flight. Clowns.', fires: true },
  { lang: 'en', text: 'Stay far away from this insurer, they never pay out.', fires: true },
  { lang: 'es', text: 'Quiero saber cuándo me devuelven lo que su cajero automático me robó.', fires: true },
  { lang: 'es', text: 'No puede ser que el banco robe así a sus clientes y nadie diga nada.', fires: true },
  { lang: 'es', text: 'Me robaron la tarjeta en el metro, ¿cómo la bloqueo?', fires: false },
  { lang: 'en', text: 'My wallet was stolen and someone lied to the shop to use my card. How do I report it?', fires: false },
  { lang: 'en', text: 'Is this text about a parcel a scam? It asks for my card number.', fires: false },
  { lang: 'en', text: 'Please stay away from the old link, the new one is in the email.', fires: false },
  // «como si fuera»: sarcasm when stated, a plain comparison when asked.
  { lang: 'es', text: 'En la oficina me atienden como si fuera un estorbo, y solo vengo a pagar.', fires: true },
  { lang: 'es', text: 'Para pedir una copia del contrato hay que rogarles como si fuera un favor.', fires: true },
  { lang: 'es', text: 'Si cambio de empleo, ¿la cuenta se queda como si fuera una cuenta sin nómina?', fires: false },
  { lang: 'es', text: '¿Por qué en la sucursal me tratan como si fuera un ladrón?', fires: true },
  // Capitals and «!» that raise nothing: redactions and codes, a status name thanked for, an image, a plea.
  { lang: 'en', text: 'On XX/XX/XXXX the lender XXXX sent me a second letter about the loan balance.', fires: false },
  { lang: 'es', text: 'El pedido queda EN ESPERA aunque el webhook contesta bien. Gracias!', fires: false },
  { lang: 'es', text: 'Al firmar con el certificado de la FNMT sale un error. ![captura](https://example.com/firma.png)', fires: false },
  { lang: 'es', text: 'Revisé la clave y el usuario del módulo de pagos y sigue el mismo fallo. HELP!!!', fires: false },
  { lang: 'es', text: 'Una semana sin LINEA y nadie da la cara!', fires: true },
  { lang: 'en', text: 'ANSWER ME PLEASE!!!', fires: true },
  { lang: 'es', text: 'Desde ayer el envío devuelve STATUS -1 en certificación.\n\nACTUALIZO: con la versión anterior funciona.', fires: false },
  // A verdict on the service, strong disappointment, a support reader's sarcasm.
  { lang: 'en', text: 'They never answered. Their support system is horrible!', fires: true },
  { lang: 'en', text: 'Extremely disappointed in your service at the gate today.', fires: true },
  { lang: 'en', text: 'Nice to know that 3 hours of my time is worth a $5 voucher.', fires: true },
  { lang: 'es', text: 'Noventa años de compañía y cada vez peor.', fires: true },
  { lang: 'en', text: 'A little disappointed the colour is darker than the photo, can I swap it?', fires: false },
  { lang: 'en', text: 'Good to know, thanks! I will try again tomorrow.', fires: false },
  // Verdicts on the company whoever the subject, leaving told as a loss, regional contempt.
  { lang: 'en', text: '@SkyLink is a joke. Third cancelled train this week.', fires: true },
  { lang: 'en', text: 'Worst check-in queue I have ever seen.', fires: true },
  { lang: 'en', text: 'Appalling customer service from start to finish.', fires: true },
  { lang: 'en', text: "You've lost my family's business for good.", fires: true },
  { lang: 'es', text: 'Qué poca vergüenza la de esta compañía, me cobran dos veces.', fires: true },
  { lang: 'es', text: 'Desde hoy tienen dos clientes menos.', fires: true },
  { lang: 'en', text: 'Worst case, I can pick it up from the depot on Monday?', fires: false },
  // Raised for help or in a greeting, and quoted capitals: not anger.
  { lang: 'en', text: 'My server disappeared after the patch??? Please help!!!', fires: false },
  { lang: 'es', text: "Hola!! ¿Me confirman el cargo 'SERV DIGITAL TOTAL' de mi resumen?", fires: false },
  { lang: 'en', text: "Third delivery attempt and the driver 'couldn't find the address' AGAIN.", fires: true },
  // Irony, contempt as a verdict, feeling robbed, a shouted intensifier.
  { lang: 'es', text: 'El paquete lleva 12 días en reparto. Pagué envío express. Aplausos 👏', fires: true },
  { lang: 'en', text: 'Thanks so much for the 9-hour late reply, the flight already left 🙃', fires: true },
  { lang: 'es', text: 'La peor aerolínea del país. Nunca más.', fires: true },
  { lang: 'es', text: 'Me cobraron canales que no pedí. Me siento robado.', fires: true },
  { lang: 'en', text: 'The 7:42 cancelled AGAIN. Some of us have jobs.', fires: true },
  { lang: 'es', text: '¡Bravo! Ya me llegó y funciona perfecto 👏', fires: false },
  { lang: 'en', text: 'In the worst case we can restore it from last night\'s backup, right?', fires: false },
  { lang: 'es', text: 'En el peor de los casos lo cambio por otro, ¿verdad?', fires: false },
  // Emoji, regional swearing and leaving, as tweeted.
  { lang: 'es', text: 'Otra vez me retuvieron la transferencia 😡', fires: true },
  { lang: 'es', text: 'Pinche app, nunca carga el estado de cuenta.', fires: true },
  { lang: 'es', text: 'Si tardan diez días, lo compro en cualquier otro sitio.', fires: true },
  { lang: 'en', text: 'Your new interface sucks, I can never find the downloads.', fires: true },
  { lang: 'en', text: "Guess I'll buy from someone else then.", fires: true },
  { lang: 'es', text: 'Muchas gracias, ya me llegó la tarjeta 😊', fires: false },
  { lang: 'en', text: 'Can you recommend another plan with more data?', fires: false },
  { lang: 'en', text: "I'm switching from PC to iPhone, do I have to buy the game again?", fires: false },
  // Indignation without a rude word, and its neutral look-alikes.
  { lang: 'es', text: '¿Cómo es posible que un banco tarde un mes en devolver un cobro duplicado?', fires: true },
  { lang: 'es', text: 'Me piden que lo consulte en la web, como si tuviera conexión en el pueblo.', fires: true },
  { lang: 'en', text: 'How is this acceptable on a paid plan?', fires: true },
  { lang: 'en', text: 'Are you serious? Three weeks for a password reset?', fires: true },
  { lang: 'es', text: '¿Es posible cambiar la fecha de entrega del pedido?', fires: false },
  { lang: 'en', text: 'How is it possible to add a second user to my plan?', fires: false },
  { lang: 'es', text: '¡Es una VERGÜENZA! Son unos inútiles.', fires: true },
  { lang: 'es', text: 'Pésimo servicio. En cuanto pueda me cambio a la competencia.', fires: true },
  { lang: 'es', text: 'Muy mala la atención de la sucursal del centro, una hora para nada.', fires: true },
  { lang: 'en', text: 'Third cancelled order this month. You have lost me as a customer.', fires: true },
  { lang: 'es', text: 'Ustedes me perdieron como cliente después de esto.', fires: true },
  { lang: 'en', text: 'Will I lose my points as a customer if I change my plan?', fires: false },
  { lang: 'es', text: 'La verdad no fue tan mala la atención, solo quería preguntar por el envío.', fires: false },
  { lang: 'en', text: "I love your product and you won't lose me as a customer, but I need this fixed.", fires: false },
  { lang: 'en', text: 'Third time the order is wrong. You just lost a customer.', fires: true },
  { lang: 'es', text: 'El servicio es muy malo y nadie me ayuda con la devolución.', fires: true },
  { lang: 'es', text: 'Sois una estafa. Voy a contar en Twitter cómo tratáis a los clientes.', fires: true },
  { lang: 'es', text: 'Son un chiste. Los voy a denunciar en Defensa del Consumidor.', fires: true },
  { lang: 'es', text: 'Estoy harta de que me tomen el pelo!!', fires: true },
  { lang: 'es', text: 'Qué vergüenza de atención, tres semanas sin respuesta.', fires: true },
  { lang: 'es', text: 'Hola, quería saber el horario de la tienda de Providencia.', fires: false },
  { lang: 'es', text: 'Gracias por la ayuda, ya funciona el WIFI y el PDF llegó bien.', fires: false },
  { lang: 'es', text: 'No es su culpa, pero el paquete sigue sin llegar.', fires: false },
  { lang: 'en', text: 'This is a JOKE. Worst company I have ever dealt with.', fires: true },
  { lang: 'en', text: 'You people are useless. I am cancelling and telling everyone I know to stay away.', fires: true },
  { lang: 'en', text: "Honestly, how hard is it to deliver a parcel? Pathetic.", fires: true },
  { lang: 'en', text: "Unbelievable. I've called four times. I'm reporting you to the BBB.", fires: true },
  { lang: 'en', text: 'Thanks so much, that fixed it!', fires: false },
  { lang: 'en', text: 'Hi, how do I change my billing address on the app?', fires: false },
  { lang: 'es', text: "Son unos incompetentes, llevo un mes esperando.", fires: true },
  { lang: 'en', text: "I'm done with you guys, switching providers.", fires: true },
  { lang: 'es', text: "Gracias por la rápida respuesta, todo perfecto.", fires: false },
  // Generalisation pass: other phrasings, registers and negatives.
  { lang: 'es', text: "Ustedes son un desastre, llevo tres semanas sin internet.", fires: true },
  { lang: 'es', text: "Qué falta de seriedad, me cancelaron la cita sin avisar.", fires: true },
  { lang: 'es', text: "Ya me cansé de esperar, son una banda de incompetentes.", fires: true },
  { lang: 'es', text: "ESTO ES UNA ESTAFA, QUIERO MI DINERO", fires: true },
  { lang: 'en', text: "You guys are a joke.", fires: true },
  { lang: 'en', text: "Absolutely ridiculous. Three weeks without service and nobody cares.", fires: true },
  { lang: 'en', text: "Ridiculous!!", fires: true },
  { lang: 'es', text: "Gracias por la respuesta, me quedó clarísimo.", fires: false },
  // Blind batch 2: other synonyms, inflections and word orders.
  { lang: 'es', text: "Ustedes dan vergüenza.", fires: true },
  { lang: 'es', text: "Atención tan pésima no había visto nunca.", fires: true },
  { lang: 'es', text: "Me da pena molestarlos, ¿me pasan el horario?", fires: false },
  // Real public messages: swearing, threats to close the account, glad «!!», lone capitals.
  { lang: 'en', text: 'the app crashes every single time i export, what the hell', fires: true },
  { lang: 'en', text: "That's it, reason enough for me to close my account with you.", fires: true },
  { lang: 'en', text: 'Loved the new season!! Thank you :)', fires: false },
  { lang: 'en', text: 'Since the COVID-19 update the GTA ONLINE menu will not load, any ideas?', fires: false },
  { lang: 'es', text: 'Otra vez sin internet, qué mierda de servicio', fires: true },
  { lang: 'es', text: 'Gracias por nada!!', fires: true },
  { lang: 'es', text: 'Tres días sin luz y ni una explicación. Inoperantes.', fires: true },
  { lang: 'es', text: 'Se aprovechan para estafar a los clientes mayores por teléfono.', fires: true },
  { lang: 'en', text: 'Charged twice again, shame on you.', fires: true },
  { lang: 'es', text: 'Creo que recibí un mensaje de estafa haciéndose pasar por ustedes, ¿es de ustedes este número?', fires: false },
  { lang: 'en', text: 'I got a scam text pretending to be your bank, just letting you know.', fires: false },
  // Not coming back, said as reviews say it.
  { lang: 'es', text: 'Llegó roto y tarde. No vuelvo a comprarles.', fires: true },
  { lang: 'es', text: 'la mensajería un desastre, no compro más aquí', fires: true },
  { lang: 'es', text: 'Normalmente no compro más de dos unidades, ¿hay descuento por cinco?', fires: false },
  { lang: 'es', text: '¿Vuelvo a comprar la entrada o sirve la que ya tengo?', fires: false },
  { lang: 'en', text: 'Third late delivery this month. Will never order from them again.', fires: true },
  { lang: 'en', text: 'Looking to close this account as soon as my contract ends.', fires: true },
  { lang: 'en', text: "I'll be ordering again next month, can I keep the same delivery slot?", fires: false },
  // Contempt for the product as a whole, and never again in other words.
  { lang: 'es', text: 'Se cuelga cada dos por tres, qué basura de app.', fires: true },
  { lang: 'es', text: 'Jamás vuelvo a utilizar esta tarjeta.', fires: true },
  { lang: 'es', text: 'Tiré la caja a la basura sin mirar, ¿tienen el número de serie en el sistema?', fires: false },
  { lang: 'en', text: 'Total scam, the promo code never works at checkout.', fires: true },
  { lang: 'en', text: 'Worst customer service I have dealt with, nobody reads the messages.', fires: true },
  { lang: 'en', text: "Won't be making use of this app anymore after that fare.", fires: true },
  { lang: 'en', text: 'Someone sent me a text asking for my PIN, is that a scam?', fires: false },
  { lang: 'en', text: 'I put the old charger in the trash, do I need it for the return?', fires: false },
  // A name or a code in capitals said twice is not a raised voice; a run of capitals is.
  { lang: 'es', text: 'Estoy buscando cómo leer el código de error que devuelve la AFIP, pero la AFIP solo responde con un texto vacío.', fires: false },
  { lang: 'en', text: 'The sandbox returns ERROR on the first card and ERROR again on the second, is the test data current?', fires: false },
  { lang: 'es', text: 'Y encima NO FUE EL REPARTIDOR quien llamó, tuve que llamar yo.', fires: true },
  // Names called and verdicts said outright.
  { lang: 'es', text: 'Son unos farsantes mentirosos, ni el bono ni los megas.', fires: true },
  { lang: 'es', text: 'No hay atención real. Es como hablar con un bot.', fires: true },
  { lang: 'es', text: 'En esa tienda te roban la plata de frente.', fires: true },
  { lang: 'en', text: "Calling them is like talking to a brick wall.", fires: true },
  { lang: 'es', text: 'El bot me ayudó a cambiar la dirección en un minuto, gracias.', fires: false },
  // Leaving for another bank, a regulator called in, contempt, a demand for respect, a censored swear.
  { lang: 'es', text: 'Siempre funciona un solo cajero, mal servicio. Estoy pensando en regresar a mi banco anterior.', fires: true },
  { lang: 'es', text: 'Me cobran por sacar mi propio dinero de su cajero. ¿Así o más ladrones? @Profeco', fires: true },
  { lang: 'es', text: 'Hagan un solo cobro y respeten el tiempo de la gente. ¡Abusadores!', fires: true },
  { lang: 'es', text: 'Son un asco para dar servicio.', fires: true },
  { lang: 'es', text: 'La vida es breve y ellos una **** naranja.', fires: true },
  { lang: 'en', text: 'I want you to stop charging my card every month. If this continues, I will file a complaint.', fires: true },
  { lang: 'es', text: 'Quiero domiciliar el recibo en la cuenta ES12 **** **** 4421, gracias.', fires: false },
  { lang: 'es', text: 'Solicito que mi caso lo revise el Defensor del Consumidor Financiero.', fires: false },
  // Look-alikes of leaving, contempt and ratings (from a review of this session's patterns).
  { lang: 'es', text: 'Voy a cambiar a otra talla, ¿cómo lo hago?', fires: false },
  { lang: 'en', text: "I'm about to leave for the airport, can you confirm the booking?", fires: false },
  { lang: 'en', text: 'Is trash collection included in the rent?', fires: false },
  { lang: 'en', text: "I'm changing to a new bank account next month, how do I update it?", fires: false },
  { lang: 'es', text: 'Los códigos de error XYZ QRS TPL los devuelve el servicio de la AFIP.', fires: false },
  { lang: 'es', text: 'Si no me lo devuelven, voy a poner una denuncia.', fires: true },
  // Eighteenth session.
  { lang: 'es', text: 'Eviten contratar con ellos, cobran lo que quieren.', fires: true },
  { lang: 'es', text: 'Para evitar el recargo, pagué antes del vencimiento.', fires: false },
  { lang: 'en', text: 'Avoid booking with them, the bus never showed up.', fires: true },
  { lang: 'en', text: 'To avoid delays, please book with your passport number.', fires: false },
  { lang: 'en', text: "I'll quit your app if the login isn't fixed by the weekend!", fires: true },
  { lang: 'en', text: "I'll leave the parcel with my neighbour if nobody is home.", fires: false },
  { lang: 'es', text: 'La app va lenta y la señal del móvil, un asco.', fires: true },
  { lang: 'es', text: 'Lo peor que pude hacer fue cambiarme a esta compañía.', fires: true },
  { lang: 'en', text: "Worst bank I have ever dealt with, three weeks for a card.", fires: true },
  // Nineteenth session: a swear masked at the sentence's end or inside a word; contempt as a disaster; markdown bold is no mask.
  { lang: 'es', text: 'Son unos ****. Me siguen cobrando la cuenta.', fires: true },
  { lang: 'en', text: 'What a f***ing joke, three weeks and no refund.', fires: true },
  { lang: 'en', text: '**Steps to reproduce**: open the app and tap **Pay**.', fires: false },
  { lang: 'en', text: 'The key never arrived. **Transaction ID**: pay_0Ng5J. Please resend it.', fires: false },
  { lang: 'en', text: 'They lost ten of our bags, a disaster of an airline.', fires: true },
  { lang: 'en', text: 'The storm was a disaster for the whole town, is my order delayed?', fires: false },
  { lang: 'es', text: 'La cuenta sigue abierta y me siguen cobrando. Es para huir.', fires: true },
  // Twenty-second session: anger said outright and a verdict of disappointment; a denied or mild feeling is not anger,
  // and a name in capitals cheered with «!» is no shout.
  { lang: 'en', text: 'I am very angry about how my booking was handled.', fires: true },
  { lang: 'en', text: 'Really upset about the flights being cancelled twice.', fires: true },
  { lang: 'en', text: 'Honestly, what a letdown this upgrade has been.', fires: true },
  { lang: 'en', text: 'We will never travel with them again after this.', fires: true },
  { lang: 'en', text: "I'm not angry, just confused about the second charge.", fires: false },
  { lang: 'en', text: "I'm a bit annoyed the box came dented, could you send a new one?", fires: false },
  { lang: 'en', text: 'GOCARD was great to deal with! Thanks for the quick card swap.', fires: false },
  { lang: 'es', text: 'Estoy muy enojada con cómo manejaron mi reclamo.', fires: true },
  { lang: 'es', text: 'Qué decepción, la verdad, después de tantos años.', fires: true },
  { lang: 'es', text: 'No estoy enojado, solo quiero saber cuándo llega.', fires: false },
  { lang: 'es', text: 'Ya no estoy molesta, gracias por resolverlo tan rápido.', fires: false },
  { lang: 'es', text: 'El jefe de zona no se digna contestar a la carta que le mandé hace un mes.', fires: true, lexiconOnly: true },
  // Twenty-fourth session: leaving said by where they will shop, others warned off, the failure called a habit.
  { lang: 'en', text: 'Pretty poor apology for a weekly customer. Feel like shopping somewhere else.', fires: true, lexiconOnly: true },
  { lang: 'en', text: 'Do I need to go somewhere else to get the SIM swapped?', fires: false, lexiconOnly: true },
  { lang: 'en', text: 'Your service is disastrous and I will tell people not to use you.', fires: true, lexiconOnly: true },
  { lang: 'es', text: 'Siempre hacéis igual. Ni tocáis el timbre.', fires: true, lexiconOnly: true },
  { lang: 'es', text: '¿Siempre hacen lo mismo con los paquetes grandes? Es para saber si bajar a la portería.', fires: false, lexiconOnly: true },
  // (Review of the twenty-fourth session.)
  { lang: 'en', text: 'I usually bank elsewhere, but I opened this account for my mortgage.', fires: false, lexiconOnly: true },
  { lang: 'en', text: "I've told all my friends not to use you.", fires: true, lexiconOnly: true },
  { lang: 'es', text: 'Nadie se ha dignado a contestarme.', fires: true, lexiconOnly: true },
  { lang: 'es', text: 'El repartidor es un encanto, siempre hace lo mismo: me llama antes de subir.', fires: false, lexiconOnly: true },
  // Twenty-sixth session: a question word shouted with «??»; a name in capitals asked about is not.
  { lang: 'en', text: 'You kept the money and sent us vouchers. WHY @AirlineCo ???', fires: true, lexiconOnly: true },
  { lang: 'es', text: '¿DÓNDE está mi reembolso?? Ya pasaron tres semanas.', fires: true, lexiconOnly: true },
  { lang: 'en', text: 'Does the desktop app run on LINUX?? Thinking of switching laptops.', fires: false, lexiconOnly: true },
  // Twenty-ninth session: the feeling named by what causes it or gives it, a charge called a robbery; a theft told is no anger.
  { lang: 'en', text: 'Trying to reach an agent since last night. Infuriating!', fires: true, lexiconOnly: true },
  { lang: 'es', text: 'Qué rabia me da que nadie conteste.', fires: true, lexiconOnly: true },
  { lang: 'es', text: 'Por reclamar 18 euros me cobran 30 de gestión. ¿Me confirmáis este atraco?', fires: true, lexiconOnly: true },
  { lang: 'es', text: 'El robo de mi bolso fue en el aeropuerto; ¿pueden bloquear la tarjeta?', fires: false, lexiconOnly: true },
  // Twenty-ninth session's review: a theft asked about, a feeling denied.
  { lang: 'es', text: 'Me robaron la bici del garaje. ¿El seguro de hogar cubre este robo?', fires: false, lexiconOnly: true },
  { lang: 'en', text: 'The delay is not infuriating, just a bit confusing. When does it ship?', fires: false, lexiconOnly: true },
  // Thirtieth session: a swear censored with other marks or a single one.
  { lang: 'en', text: 'you guys f%cking banned me for nothing', fires: true, lexiconOnly: true },
  { lang: 'en', text: 'what a sh!t update, nothing loads', fires: true, lexiconOnly: true },
  { lang: 'en', text: 'The shift key stopped working after the update.', fires: false, lexiconOnly: true },
  // Thirty-ninth session: threats read from an intent and a consequence aimed at the company (grammar/threat.ts).
  { lang: 'en', text: "Fix the bill by Friday or I'll be taking this to the ombudsman.", fires: true, lexiconOnly: true },
  { lang: 'en', text: "We're seriously considering other providers after this week.", fires: true, lexiconOnly: true },
  { lang: 'en', text: "I'm considering reporting this to the state licensing board.", fires: true, lexiconOnly: true },
  { lang: 'en', text: "I'll report the crash to the developers with a screenshot.", fires: false, lexiconOnly: true },
  { lang: 'en', text: "I'm going to report the theft to the police and then block the card.", fires: false, lexiconOnly: true },
  { lang: 'es', text: 'Si no me devuelven el dinero esta semana, voy a presentar una queja ante consumo.', fires: true, lexiconOnly: true },
  { lang: 'es', text: 'Pienso publicarlo en redes con las fotos del pedido.', fires: true, lexiconOnly: true },
  { lang: 'es', text: 'Esto no se va a quedar así.', fires: true, lexiconOnly: true },
  { lang: 'es', text: 'Voy a ir a la oficina el lunes a llevar los papeles.', fires: false, lexiconOnly: true },
  // Forty-third session: leaving said as a choice not made again; using the app from now on is no threat.
  { lang: 'en', text: 'Three failed transfers this month. I will not be choosing this bank again.', fires: true, lexiconOnly: true },
  { lang: 'en', text: 'Cancelled twice in a week, so next year I will be going with another airline.', fires: true, lexiconOnly: true },
  { lang: 'en', text: 'Two months for a card. I will not recommend this bank to anyone.', fires: true, lexiconOnly: true },
  { lang: 'es', text: 'Después de esto ya no los voy a elegir para mis viajes.', fires: true, lexiconOnly: true },
  { lang: 'es', text: 'Tres meses con el mismo error: no pienso seguir con ustedes.', fires: true, lexiconOnly: true },
  { lang: 'en', text: 'The update fixed it, I will be using this app for my bills from now on.', fires: false, lexiconOnly: true },
  { lang: 'es', text: 'No voy a seguir con el trámite hasta que me respondan si hace falta el poder notarial.', fires: false, lexiconOnly: true },
  // …not a pause with its reason, nor a choice about the goods (the second review's findings).
  { lang: 'en', text: "I won't be using this app until the update is out, it keeps crashing on my phone.", fires: false, lexiconOnly: true },
  { lang: 'es', text: 'Los rojos no los voy a elegir porque no tienen mi talla, ¿hay los negros en 38?', fires: false, lexiconOnly: true },
  { lang: 'en', text: 'I will not recommend your company, full stop.', fires: true, lexiconOnly: true },
  { lang: 'en', text: 'Third failed payment this week and no reply from support. Going to uninstall this app.', fires: true, lexiconOnly: true },
  { lang: 'en', text: "I'm going to uninstall it and put the older version back, the new one won't open.", fires: false, lexiconOnly: true },
  { lang: 'es', text: 'Me cobraron dos veces el mismo pedido, la voy a desinstalar.', fires: true, lexiconOnly: true },
  { lang: 'es', text: 'Voy a desinstalarla y volver a instalarla a ver si así carga el saldo.', fires: false, lexiconOnly: true },
  { lang: 'en', text: 'Oh no, I am very disappointed to hear that. Could you send the replacement then?', fires: false, lexiconOnly: true },
  // Forty-fourth session: a verdict with words between, deceit and unprofessionalism named; a misleading message in a bug report is no anger.
  { lang: 'es', text: 'El soporte por chat de esta tienda es pésimo, tres días sin contestar.', fires: true, lexiconOnly: true },
  { lang: 'es', text: '¡Qué fiasco! Publicidad engañosa y poca profesionalidad.', fires: true, lexiconOnly: true },
  { lang: 'en', text: 'Extra charges added at checkout. Very misleading.', fires: true, lexiconOnly: true },
  { lang: 'en', text: 'The warning text is very misleading: it says offline while the sync is running.', fires: false, lexiconOnly: true },
  { lang: 'en', text: 'Cutting cover after a claim is really scummy.', fires: true, lexiconOnly: true },
  // The review's findings: uninstalling as a step agreed to is no threat.
  { lang: 'en', text: "Ok, I'm going to uninstall it. What's the next step after that?", fires: false, lexiconOnly: true },
  { lang: 'es', text: 'Vale, la voy a desinstalar.', fires: false, lexiconOnly: true },
  // Forty-fourth session: leaving said as the search for another company, never choosing it, a boycott, names called.
  { lang: 'en', text: "Premiums up again. I'm looking for a different insurer.", fires: true, lexiconOnly: true },
  { lang: 'en', text: "I'm looking for a different size in the same model, is the 42 back?", fires: false, lexiconOnly: true },
  { lang: 'es', text: 'Con tanto retraso, cualquier otra alternativa antes que esta aerolínea.', fires: true, lexiconOnly: true },
  { lang: 'es', text: '¿Hay otra opción antes que cambiar el router?', fires: false, lexiconOnly: true },
  { lang: 'es', text: 'Consejo: jamás elegir esta agencia para un viaje largo.', fires: true, lexiconOnly: true },
  { lang: 'es', text: 'Las personas del mostrador son muy altaneras.', fires: true, lexiconOnly: true },
  { lang: 'en', text: 'You people are frauds.', fires: true, lexiconOnly: true },
  { lang: 'es', text: 'Arreglen la app de una vez por todas, llevo una semana sin poder entrar.', fires: true, lexiconOnly: true },
  // The second review's findings: another provider looked for as a task, another option before a step, advice about
  // luggage, a band's name, scammers reported, a nonsense label, capitals after a query, a curt exit.
  { lang: 'en', text: 'My employer is switching to a different insurance provider in January, how do I get my claims history?', fires: false, lexiconOnly: true },
  { lang: 'es', text: 'Soy corredor: tengo que buscar otra aseguradora para un cliente, ¿qué papeles necesitan?', fires: false, lexiconOnly: true },
  { lang: 'es', text: 'Me gustaría otra opción antes que la devolución, ¿tienen cambio por talla?', fires: false, lexiconOnly: true },
  { lang: 'es', text: 'Sinceramente, cualquier otra opción antes que volver a volar con ustedes.', fires: true, lexiconOnly: true },
  { lang: 'en', text: 'My band is called Boycott Tuesday and the app shows another artwork on our album.', fires: false, lexiconOnly: true },
  { lang: 'en', text: "It's scammers again calling my mum pretending to be your bank, can you block that number?", fires: false, lexiconOnly: true },
  { lang: 'en', text: 'Why is a nonsense address showing on my delivery label?', fires: false, lexiconOnly: true },
  { lang: 'en', text: 'I ran SELECT id FROM invoices and it returned zero rows AGAIN. FIX YOUR DATABASE RIGHT NOW', fires: true, lexiconOnly: true },
  { lang: 'en', text: "Fine. I'm uninstalling.", fires: true, lexiconOnly: true },
  { lang: 'en', text: "Time to look for another bank, I've had enough of these hidden fees.", fires: true, lexiconOnly: true },
  { lang: 'es', text: 'No elijan nunca a esta empresa de mudanzas, rompieron la mitad de mis muebles.', fires: true, lexiconOnly: true },
  { lang: 'en', text: "I'll find another bank branch near the office for the deposit, thanks.", fires: false, lexiconOnly: true },
  // Forty-fifth session: common verdicts of real reviews, and the same words said calmly.
  { lang: 'en', text: 'Two months of this. What a waste of money.', fires: true, lexiconOnly: true },
  { lang: 'en', text: 'Avoid this airline like the plague.', fires: true, lexiconOnly: true },
  { lang: 'en', text: 'Do yourself a favour and book with anyone else.', fires: true, lexiconOnly: true },
  { lang: 'en', text: 'Forty minutes on hold and then cut off. Is this what you call customer service?', fires: true, lexiconOnly: true },
  { lang: 'en', text: 'You should be ashamed of how you treat pensioners.', fires: true, lexiconOnly: true },
  { lang: 'en', text: 'Charging a fee to close an account? How is this even legal?', fires: true, lexiconOnly: true },
  { lang: 'en', text: 'Do you even care about your customers?', fires: true, lexiconOnly: true },
  { lang: 'en', text: 'You just lost a loyal customer after eleven years.', fires: true, lexiconOnly: true },
  { lang: 'en', text: 'Customer support is non-existent, the chat bot loops forever.', fires: true, lexiconOnly: true },
  { lang: 'en', text: 'Nobody at that branch gives a damn.', fires: true, lexiconOnly: true },
  { lang: 'es', text: '¿A esto le llaman atención al cliente? Tres días sin contestar.', fires: true, lexiconOnly: true },
  { lang: 'es', text: 'Qué pérdida de tiempo, al final tuve que ir a la tienda.', fires: true, lexiconOnly: true },
  { lang: 'es', text: 'Les importa un bledo el cliente.', fires: true, lexiconOnly: true },
  { lang: 'es', text: 'Estoy hasta la madre de sus cobros.', fires: true, lexiconOnly: true },
  // Fifty-third session (real61): fed up with having to do something, the infinitive after «de».
  { lang: 'es', text: 'Estamos hasta el gorro de tener que ir a recoger cada carta a la oficina.', fires: true, lexiconOnly: true },
  { lang: 'en', text: 'Three tickets and no fix. You only care about my money.', fires: true, lexiconOnly: true },
  { lang: 'es', text: 'No resuelven nada, solo les interesa el dinero.', fires: true, lexiconOnly: true },
  { lang: 'es', text: 'La comida bien, pero la atención al cliente, pésima.', fires: true, lexiconOnly: true },
  { lang: 'es', text: 'Muy mala, se cae cada vez que quiero pagar.', fires: true, lexiconOnly: true },
  { lang: 'es', text: 'Dormimos en el suelo del aeropuerto y no les importó nada.', fires: true, lexiconOnly: true },
  { lang: 'es', text: 'La señal es muy mala en mi zona, ¿hay antenas nuevas previstas?', fires: false, lexiconOnly: true },
  // A run of five or more stars is a redaction (complaint sites mask names and numbers), not a word censored.
  { lang: 'en', text: 'I had the card at ******* for two years and a charge of $40 appeared from ********.', fires: false, lexiconOnly: true },
  { lang: 'en', text: 'We only want the money back that was taken twice.', fires: false, lexiconOnly: true },
  { lang: 'es', text: 'Si no le importa nada más, quisiera confirmar la dirección de entrega.', fires: false, lexiconOnly: true },
  { lang: 'es', text: '¡Ya basta! Devuélvanme el dinero.', fires: true, lexiconOnly: true },
  { lang: 'es', text: 'Se están burlando de nosotros con tanta excusa.', fires: true, lexiconOnly: true },
  { lang: 'es', text: 'Están jugando con mi dinero desde marzo.', fires: true, lexiconOnly: true },
  { lang: 'es', text: 'Huyan de esta aseguradora.', fires: true, lexiconOnly: true },
  { lang: 'en', text: "I don't want this call to be a waste of your time, so here are the details.", fires: false, lexiconOnly: true },
  { lang: 'en', text: 'I want to avoid at all costs losing my booking, can I change the date instead?', fires: false, lexiconOnly: true },
  { lang: 'en', text: 'Do yourself a favour and restart the router first, it fixed mine.', fires: false, lexiconOnly: true },
  { lang: 'en', text: 'Is this what you call the billing page? I cannot find my invoices there.', fires: false, lexiconOnly: true },
  { lang: 'en', text: 'Do you actually care about which size I pick, or can I exchange later?', fires: false, lexiconOnly: true },
  { lang: 'en', text: "I've had it with me for two years and the battery still works.", fires: false, lexiconOnly: true },
  { lang: 'es', text: 'Tuve una pérdida de dinero por el cargo doble, ¿me lo pueden devolver?', fires: false, lexiconOnly: true },
  { lang: 'es', text: 'No quiero tirar el dinero en un plan que no uso, ¿cuál me recomiendan?', fires: false, lexiconOnly: true },
  { lang: 'es', text: 'Quiero evitar a toda costa perder la reserva, ¿puedo cambiar la fecha?', fires: false, lexiconOnly: true },
  { lang: 'es', text: 'El servicio al cliente no existe los domingos, ¿verdad? Solo para saber.', fires: false, lexiconOnly: true },
  { lang: 'es', text: 'Estoy hasta el cuello de trabajo, les respondo mañana.', fires: false, lexiconOnly: true },
  { lang: 'es', text: 'Mi hijo estaba jugando con mi teléfono y compró una suscripción.', fires: false, lexiconOnly: true },  // Forty-sixth session: not coming back, said as the last word; shame called for.
  { lang: 'es', text: 'La comida fría y el camarero ni nos miró. No volveremos.', fires: true, lexiconOnly: true },
  { lang: 'es', text: 'Cobraron una ronda que era gratis. No volveré a este restaurante.', fires: true, lexiconOnly: true },
  { lang: 'es', text: 'Salgo de viaje y no vuelvo hasta el lunes, ¿pueden dejar el paquete al vecino?', fires: false, lexiconOnly: true },
  { lang: 'en', text: 'Two hours for a cold pizza. We won\'t be back.', fires: true, lexiconOnly: true },
  { lang: 'en', text: 'They sold me a used phone as new. You should be ashamed.', fires: true, lexiconOnly: true },
  { lang: 'en', text: "I won't be back home until six, can the driver leave it with a neighbour?", fires: false, lexiconOnly: true },  // …and after the review: a trip, a move or someone else not coming back; shame on oneself.
  { lang: 'es', text: 'Estoy fuera por trabajo y hasta el jueves no vuelvo, ¿me lo guardan?', fires: false, lexiconOnly: true },
  { lang: 'en', text: "Please hold my mail, I'm working in Dubai this month and won't be back.", fires: false, lexiconOnly: true },
  { lang: 'en', text: 'I should be ashamed to say I lost the receipt again.', fires: false, lexiconOnly: true },
  { lang: 'en', text: 'Rude staff, cold food. Never coming back.', fires: true, lexiconOnly: true },
  // Forty-seventh session: the verdict of a one-line review, «Fraud app.»; a fake app reported is no anger.
  { lang: 'en', text: 'Fraud app. only advertising offers, always denying them', fires: true, lexiconOnly: true },
  { lang: 'en', text: 'There is a fraud app using your logo on the store, please report it.', fires: false, lexiconOnly: true },
  { lang: 'en', text: 'Fraud bank transfer: someone took 300 pounds from my account last night, what should I do?', fires: false, lexiconOnly: true },
  { lang: 'en', text: 'Scam resort, do not book. Nobody came to pick us up.', fires: true, lexiconOnly: true },
  { lang: 'en', text: 'Refused my refund after two weeks of excuses. Cheaters', fires: true, lexiconOnly: true },
  { lang: 'es', text: 'Tres horas para que me cambien una tarjeta. Un asco de servicio.', fires: true, lexiconOnly: true },
  { lang: 'es', text: 'El clima está un asco hoy, ojalá el paquete llegue seco.', fires: false, lexiconOnly: true },
  { lang: 'es', text: 'App fraudulenta. Me cobraron dos veces la suscripción.', fires: true, lexiconOnly: true },
  { lang: 'es', text: 'Hay una app fraudulenta que usa su logo, ¿la pueden denunciar?', fires: false, lexiconOnly: true },
  // Forty-eighth session, from real55's read half: swearing, an occasion ruined, customers taken advantage of, praise
  // set against being left stranded.
  { lang: 'en', text: 'Your API has been a pain in the ass since the upgrade.', fires: true, lexiconOnly: true },
  { lang: 'en', text: 'Sorry to be a pain in the ass, but could you check my order again?', fires: false, lexiconOnly: true },
  { lang: 'en', text: 'Setting up the VPN was a pain in the ass, but it works now, thanks!', fires: false, lexiconOnly: true },
  { lang: 'en', text: 'You ruined our honeymoon and nobody even apologised.', fires: true, lexiconOnly: true },
  { lang: 'en', text: 'The storm nearly ruined our trip, but your crew rebooked us within the hour. Thank you!', fires: false, lexiconOnly: true },
  { lang: 'en', text: "My toddler's flu ruined our trip, so I'd like to move the booking to March.", fires: false, lexiconOnly: true },
  { lang: 'es', text: 'La lluvia nos arruinó el fin de semana, pero el hotel fue un encanto, gracias.', fires: false, lexiconOnly: true },
  { lang: 'es', text: 'Nos arruinaron las vacaciones con ese cambio de vuelo.', fires: true, lexiconOnly: true },
  { lang: 'es', text: 'Casi nos arruinaron las vacaciones, pero el personal del hotel lo solucionó rápido.', fires: false, lexiconOnly: true },
  { lang: 'en', text: 'These fees are just taking advantage of loyal customers.', fires: true, lexiconOnly: true },
  { lang: 'en', text: "I'd like to take advantage of the holiday discount on the annual plan.", fires: false, lexiconOnly: true },
  { lang: 'en', text: 'Someone took advantage of me and used my card. Please block it.', fires: false, lexiconOnly: true },
  { lang: 'es', text: 'Se aprovechan de la gente mayor que no sabe usar la app.', fires: true, lexiconOnly: true },
  { lang: 'en', text: 'Left us stranded at the gate all night. Props to you guys.', fires: true, lexiconOnly: true },
  { lang: 'en', text: 'Still a long way to go before I finish the setup, but your guide helps a lot.', fires: false, lexiconOnly: true },
  { lang: 'en', text: 'Way to go, team! Got my refund in 2 days, not weeks.', fires: false, lexiconOnly: true },
  { lang: 'en', text: 'We were stranded in Denver, but your team got us on the next flight. Props to you!', fires: false, lexiconOnly: true },
  { lang: 'en', text: "Switching back to free did nothing. Surely there's a way to go back to the free tier?", fires: false, lexiconOnly: true },
  { lang: 'es', text: 'Penosa app, se ríen en tu cara', fires: true, lexiconOnly: true },
  { lang: 'es', text: 'Basura, papel y vidrio: ¿qué días pasa el camión por mi calle?', fires: false, lexiconOnly: true },
  { lang: 'en', text: 'Terrible, I know, but I forgot my password again. Can you reset it?', fires: false, lexiconOnly: true },
  { lang: 'es', text: 'Penoso que no tengan cajero en el pueblo, pero el chat me lo resolvió enseguida.', fires: false, lexiconOnly: true },
  { lang: 'en', text: '@airline now u horrible people say there is nowhere for her to sleep?', fires: true, lexiconOnly: true },
  { lang: 'en', text: 'Thank you, you wonderful people, the bag arrived this morning.', fires: false, lexiconOnly: true },
  { lang: 'en', text: 'Thank you for wasting my time, again.', fires: true, lexiconOnly: true },
  { lang: 'es', text: 'Gracias por dejarme tirado en el aeropuerto, un servicio de diez.', fires: true, lexiconOnly: true },
  { lang: 'en', text: 'Thanks for finding my lost bag so quickly!', fires: false, lexiconOnly: true },
  // …and the second review's near-misses.
  { lang: 'en', text: 'Thank you for leaving me waiting while I found the receipt, here it is: #45521.', fires: false, lexiconOnly: true },
  { lang: 'es', text: 'Gracias por hacerme perder 8 kilos en dos meses, la app es genial.', fires: false, lexiconOnly: true },
  { lang: 'es', text: 'Mis hijos me arruinaron el fin de semana con la gripe, ¿puedo cambiar la reserva?', fires: false, lexiconOnly: true },
  { lang: 'en', text: 'Do you take advantage of customer data for ads? Just curious before I sign up.', fires: false, lexiconOnly: true },
  { lang: 'en', text: 'I know I\'m a pain in the butt. Could you check once more?', fires: false, lexiconOnly: true },
  { lang: 'en', text: 'Props to you, Maria! You found the wallet I lost on the train.', fires: false, lexiconOnly: true },
  // Fifty-fourth session (real63): hatred said to the company; hating a chore, the weather or a weekday names no company.
  { lang: 'es', text: 'Es oficial: detesto a esta aerolínea.', fires: true, lexiconOnly: true },
  { lang: 'en', text: 'I really hate Comcast right now.', fires: true, lexiconOnly: true },
  { lang: 'en', text: 'I hate to bother you, but could you check the tracking for me?', fires: false, lexiconOnly: true },
  { lang: 'es', text: 'Odio tener que pedirlo, pero ¿me pueden mandar la factura otra vez?', fires: false, lexiconOnly: true },
  { lang: 'en', text: 'I hate Mondays, but your courier made mine: the parcel came early.', fires: false, lexiconOnly: true },
  { lang: 'es', text: 'Veinte años con el mismo número y me lo cortan así, esos hijos de p…', fires: true, lexiconOnly: true },
  { lang: 'es', text: 'Mis hijos de P. y de M. usan la misma cuenta, ¿puedo separar las facturas?', fires: false, lexiconOnly: true },
  { lang: 'en', text: "I can't stand London traffic, so please deliver it to my office instead.", fires: false, lexiconOnly: true },
  { lang: 'es', text: 'Odio Madrid en agosto, ¿pueden cambiar mi vuelo a septiembre?', fires: false, lexiconOnly: true },
];

const moment: Moment = {
  id: 'anger',
  detect: (text, folded) => detectPhrases(folded) || shouts(text) || ANGRY_SIGNS.test(text) || ironic(text, folded) || leavesOrCallsRegulator(text, folded) || followedBy(text, HATES, HATED_COMPANY) || threatens(folded),
  label: { es: 'Cliente enojado', en: 'Angry customer' },
  advice: {
    es: 'No te defiendas ni lo tomes personal: reconoce su enojo con tus palabras, pide disculpas por lo que sí falló y di el próximo paso concreto.',
    en: "Don't get defensive: name their frustration, apologise for what did go wrong, and give one concrete next step.",
  },
};

export default moment;
