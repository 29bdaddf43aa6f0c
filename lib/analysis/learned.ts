/**
 * How the learned layer joins the lexicons. The lexicons give precise spans and
 * suggestions; the model adds what they miss:
 * - a customer moment is present when its lexicon finds it, or when the model scores the
 *   message above the label's calibrated threshold (and the moment's gate passes);
 * - a lexicon finding always stands: on writing by people outside the training corpus the
 *   model's vetoes removed more right answers than wrong ones (scripts/train.ts, step 3);
 *   only commitments, which the grammar proposes, are checked by the model;
 * - a draft rule the lexicon did not find fires when the model scores a sentence above
 *   the threshold and the sentence passes the rule's gate (below) and its draft-level
 *   step; the finding spans that sentence, and its suggestions are built from it by the
 *   rule's own suggester, keeping only rewrites that no longer trigger the rule.
 * Every finding carries a confidence: the model's probability, at least 0.9 for a
 * lexicon match (a lexicon pattern is a reviewed, precise phrasing).
 */
import { shippedModel, textScores, MODEL_LABELS, sentenceProbabilities, type LabelScore, type Model, type ModelLabel } from './model';
import { blank, compile, type SpanInfo } from './patterns';
import type { Register } from './grammar/register';
import { findingOf, type DraftContext, type Rule, type RuleMatch } from './rules/types';
import type { Sentence } from './text';
import { fold } from './text';
import { signOffStart } from './grammar/sign-off';
import { contactAnswered, contactOnlyTowardCustomer, OWN_PARTY, writesAboutNewTopic } from './grammar/contact-history';
import { REPORTED_AHEAD } from './grammar/spanish-verbs';
import { spellOutTextSpeak } from './grammar/text-speak';
import { DECLINES_TO_PREDICT } from './grammar/declines-to-predict';
import { BILLING_CONSEQUENCE } from './grammar/billing-consequence';
import { MOMENT_IDS, type Finding, type Lang, type MomentId, type RuleId, type Strictness } from './types';
import { withoutCalmUrgency } from './moments/urgency';
import { GLAD } from './moments/anger';
import { hasVerdictOnCompany } from './model/evaluative';
import { waitAgainstWindow } from './grammar/time-waited';

const LEXICON_CONFIDENCE = 0.9;

/**
 * What a sentence must hold for the model alone to flag it: restating «your problem» is
 * about the customer, so a problem-framing sentence addresses them (you / tú / vos / usted).
 */
/** «Si has obtenido algún problema…, déjame más detalle», "if you run into any other issues": a problem supposed, not theirs restated. */
const SUPPOSED_PROBLEM: Record<Lang, RegExp> = {
  en: /\b(?:if|should|in case|whenever) (?:\w+ ){0,3}(?:(?:any|another|other|further|more) )+(?:problems?|issues?|errors?|trouble|difficult(?:y|ies))\b/,
  es: /\b(?:si|en caso de(?: que)?|cuando|ante) (?:\w+ ){0,3}(?:(?:algun|alguna|cualquier|otro|otra|mas) )+(?:problema|error|inconveniente|falla|fallo|incidencia)s?\b/,
};
/**
 * …or one that may go on or come back: «si seguís experimentando problemas, podés reabrir el issue», "if the issue
 * persists", "if you still have trouble" (twenty-eighth session).
 */
const PROBLEM_GOES_ON: Record<Lang, RegExp> = {
  en: /\b(?:if|should|in case) (?:you |it |the (?:problem|issue|error)s? )?(?:still|continue|continues|keep|keeps|are still|'re still|persists?|comes? back|happens? again|returns?|reappears?|recurs?)\b/,
  es: /\b(?:si|en caso de(?: que)?) (?:\w+ ){0,2}(?:sigues|seguis|sigue|siguen|continuas|continua|continuan|persiste|persisten|vuelves a|volves a|vuelve a|vuelven a|reaparece|reaparecen|se repite|se repiten)\b/,
};
/** A cause found is a diagnosis, not the problem said back: «el problema viene de la versión de OpenSSL», "the issue is caused by your proxy". */
const CAUSE_FOUND: Record<Lang, RegExp> = {
  en: /\b(?:problem|issue|error|bug)s? (?:(?:is|are|was|were) (?:caused|due)|comes? from|lies|stems)\b/,
  es: /\b(?:problema|fallo|error|inconveniente)s? (?:viene|vienen|proviene|provienen|se debe|se deben|radica|esta causad)/,
};
/** Asking for the problem's details frames nothing yet: «cuéntame más detalles sobre tu problema», "tell us more about your issue". */
const ASKS_ABOUT_PROBLEM: Record<Lang, RegExp> = {
  en: /\b(?:tell|give|send|share with|describe to) (?:me|us) (?:a (?:bit|little) )?(?:more )?(?:details? )?(?:about|on|of) (?:your|the) (?:problem|issue|error|trouble)\b/,
  es: /\b(?:cuentame|cuentanos|contame|contanos|cuentenos|describeme|describenos|explicame|explicanos|dame|danos|indicame|indicanos|enviame|envianos)(?: un poco)? (?:mas )?(?:detalles? )?(?:sobre|de|acerca de) (?:tu|su|el) (?:problema|error|inconveniente|incidencia)\b/,
};
const ADDRESSES_CUSTOMER: Record<Lang, RegExp> = {
  en: /\byou(?:r|rs|'re|'ve|'ll|'d)?\b/,
  es: /\b(?:tu|tus|te|ti|vos|usted|ustedes|su|sus|le|les|os|vuestr[oa]s?|tienes|tenes|puedes|podes|quieres|queres|necesitas|recibes|recibis|intentas|logras)\b/,
};
/**
 * Dismissing makes something smaller than the customer feels it is: «just», «only», «easy»,
 * «calm down», «everyone», «normal», «no es para tanto» (not «por lo tanto», therefore; not «a few minutes ago» or «we've only just opened», which tell time). A plain correction («No es un
 * cobro doble») or an explanation («sometimes it's the device») makes nothing smaller.
 */
const MINIMISES: Record<Lang, RegExp> = {
  en: /\b(?:(?<!\bonly )just|only(?! just\b)|simply|merely|calm|relax|chill|easy|easily|simple|small|minor|tiny|little|trivial|nothing|no big|not a big|not that|not such|everyone|everybody|most (?:people|customers|users)|all (?:our )?(?:customers|users)|normal|common|happens|overreact\w*|exaggerat\w*|dramatic|drama|worry|fuss|fine|bit|few(?! (?:seconds|minutes|hours|days|weeks|months) ago)|quick|upset|personally|patient|patience|deal with it|all you|big deal|no need|that bad|so bad|hard to miss|anyone can|anybody can|obvious\w*|right there)\b/,
  es: /\b(?:solo|solamente|simplemente|nada mas|nomas|apenas|tan solo|calm\w*|tranquil\w*|relaj\w*|facil\w*|sencill\w*|simple|pequen[oa]s?|menor|minim[oa]s?|poco|poca|nada|todos|todo el mundo|la mayoria|normal|pasa|pasan|exager\w*|drama\w*|preocup\w*|tonteria|grave|(?<!\bpor (?:lo )?)tanto|personal|a pecho|paciencia|molest\w*|alter\w*|enoj\w*|enfad\w*|cualquiera|importante|importancia|obvi[oa]|a la vista|complicacion|complicado)\b/,
};
/** Patience thanked for is not patience asked for: "appreciate the patience", «gracias por tu paciencia». */
const THANKS_FOR_PATIENCE: Record<Lang, RegExp> = {
  en: /\b(?:thanks?|thank you|grateful|appreciat\w*) (?:[\w']+ ){0,4}?patience\b/g,
  es: /\b(?:gracias|agradec\w*) (?:\w+ ){0,4}?paciencia\b/g,
};
/**
 * A hand-off passes the case to someone else: a team, a desk, «they», «alguien», «otra área»,
 * or says it was passed on («forwarded», «remitido», «in due course»). «I will take a look and
 * reverse the charges» keeps the case.
 */
const SOMEONE_ELSE: Record<Lang, RegExp> = {
  en: /\b(?:someone|somebody|team|teams|department|desk|office|colleague|colleagues|specialist|specialists|agent|representative|rep|handler|engineer|engineers|they|they'll|them|their|who|passed|forwarded|escalated|referred|transferred|handed|in due course|processed)\b/,
  es: /\b(?:alguien|equipo|area|departamento|oficina|sector|funcionari[oa]|especialista|asesor[a]?|agente|tecnico|ellos|ellas|otra|otro|pase|paso|pasado|remitido|remitimos|derivado|derive|derivamos|escalado|escale|trasladado|diran|atiende|atenderan|correspondiente|responsable|unidad|dependencia|(?:contact|llam|escrib|comunic|avis|inform|respond|contest)\w*(?:aran|eran|iran)|pondran|van a (?:contactar|llamar|escribir|comunicar|avisar|informar|responder|contestar))\b/,
};
/** Whom the customer already reached is no hand-off: "after you contacted our support team", «cuando hablaste con el área de ventas». */
const CUSTOMER_REACHED: Record<Lang, RegExp> = {
  en: /\byou(?:'ve| have)? (?:contacted|reached(?: out to)?|spoke (?:to|with)|talked (?:to|with)|wrote to|emailed|called|messaged) (?:our|the) (?:\w+ )?(?:team|department|desk|office|agents?|specialists?)\b/g,
  es: /\b(?:(?:te|se) (?:comunicaste|comunico|contactaste|contacto)|hablaste|hablo|escribiste|escribio|llamaste|llamo) (?:con|a) (?:el|la|nuestro|nuestra) (?:\w+ )?(?:equipo|area|departamento|oficina|sector|especialistas?)\b/g,
};
/**
 * A guarantee pledges certainty: a promise, an absolute, the speaker's certainty or a recurrence
 * ruled out («I promise», «definitely», «I'm sure», «won't happen again», «no vuelve a pasar»,
 * «sin falta»). An agent saying what they will do («I will reply there and close this one»)
 * pledges an action, «again» alone («I'll send it again») rules nothing out, and a guarantee as
 * a thing («en garantía», "under guarantee") or «by law» pledges nothing.
 */
const PLEDGES_CERTAINTY: Record<Lang, RegExp> = {
  en: /\b(?:always|definitely|certainly|surely|for sure|100|hundred|absolutely|no doubt|without (?:a )?doubt|without fail|promis(?:e|es|ed|ing)|(?<!(?:under|a|the|our|your|its|back|extended) )guarantee(?:d|s)?(?! (?:period|card|terms|claim|cover))|assur\w*|swear|my word|forever|for good|rest assured|(?:i'm|i am|we're|we are|be|rest|feel) (?:\w+ )?(?:sure|certain|positive|confident)|(?:never|won't|will not|not|no more|nothing like this) (?:\w+ ){0,4}(?:again|happen|recur|come back)|never again|nothing to (?:worry|stress|fear))\b/,
  es: /\b(?:nunca mas|jamas|siempre|(?:este|estoy|estamos|esta|estar|puede estar|puedes estar|quede|quedate) (?:\w+ )?segur[oa]s?|100|cien|sin falta|sin (?:ninguna )?duda|ninguna duda|garantiz\w*|asegur\w*|promet\w*|juro|mi palabra|para siempre|no (?:\w+ ){0,3}(?:volver\w*|vuelv\w*|repet\w*|pasara|ocurrira|fallara)|esta vez (?:no|si)|definitivamente|nada de que preocupar\w*)\b/,
};
/**
 * A refusal is a negated or negative clause («no podemos», «we're unable», «fuera de la
 * garantía», «declined»), and a double negation («es imposible no entenderte», «can't not
 * mention») affirms.
 */
const NEGATIVE: Record<Lang, RegExp> = {
  en: /\b(?:no|not|never|cannot|can't|won't|unable|impossible|outside|beyond|declined|denied|rejected|refused|unfortunately)\b|n't\b/,
  es: /\b(?:no|nunca|jamas|imposible|fuera|rechazad[oa]s?|denegad[oa]s?|lamentablemente|tampoco|ni)\b/,
};
/** What a refusal withholds, as stems: "we're not offering", "we aren't accepting", "it isn't covered", "we won't be extending"; a past participle («if it is not reversed») is a state, not a refusal (twenty-second session: the -ing forms and «'re not» had kept the model's surest refusals out). */
const REFUSED_ACTION_EN = '(?:offer|provid|support|accept|cover|refund|exchang|ship|deliver|issu|process|appl|allow|permit|honou?r|giv(?!ing up\\b|e up\\b)|qualif|includ|extend|waiv|reopen|revers|chang)';
/**
 * …and what it refuses is ours to give: an ability, a permission, a policy or stock
 * («we can't», «not eligible», «no aplica», «agotado»). A negation elsewhere («your post came
 * when no agents were available», «no te entendí») refuses nothing.
 */
const REFUSES: Record<Lang, RegExp> = {
  en: new RegExp(String.raw`\b(?:can't|cannot|can not|couldn't|(?:won't|wouldn't) (?:be able|be possible|allow|accept|refund|replace|exchange|cover|honou?r|waive|extend|reopen|reverse|change|give|issue|process|approve|do|make|send|ship|offer)|unable|not able|not possible|impossible|not allowed|not permitted|not eligible|ineligible|not available|unavailable|out of stock|sold out|no longer|(?:(?:do|does|did|will|would|are|is|am|'re|'s|'m) not|don't|doesn't|didn't|aren't|isn't) (?:\w+ )?(?:be )?${REFUSED_ACTION_EN}(?:e|es|s|y|ies|ing|ying)?\b|(?:don't|doesn't|didn't|aren't|isn't) (?:\w+ )?(?:eligible|possible|available|covered|refundable)|(?:not|isn't|aren't) (?:\w+ )?(?:admissible|payable|acceptable|applicable|refundable|possible|available|eligible|covered|valid)|outside|beyond|declined|denied|rejected|refused|unfortunately|afraid not|no way|final)\b|n't (?:do|help|make|offer)\b`),
  es: /\b(?:no (?:\w+ ){0,2}(?:podemos|puedo|podre|podremos|podria|podriamos|pudimos|pude|es posible|fue posible|sera posible|se puede|se pueden|se podra|se podria|esta permitid[oa]s?|estan permitid[oa]s?|permit\w*|aplica|aplican|procede|contempla\w*|cubre|cubren|incluye|acept\w*|ofrec\w*|extend\w*|ampli\w*|otorg\w*|conced\w*|prorrog\w*|realiza\w*|hacemos|hago|ofrecemos|tenemos|disponemos|esta disponible|estan disponibles|hay (?:forma|manera|posibilidad|stock|disponibilidad|opcion)|corresponde|es viable|es factible|admit\w*|admisible|procedente|valid[oa]|reembols\w*|devolvemos|cambiamos)|imposible|fuera de|rechaz\w*|deneg\w*|improcedente|lamentablemente|desafortunadamente|no disponible|agotad[oa]s?|ya no)\b/,
};
/**
 * …or the team declining to make a change: "we will not be adding this", "we don't plan to support Windows", "this
 * won't be implemented", «no vamos a implementar eso», «no tenemos pensado dar soporte», «no se va a corregir»
 * (twenty-second session). The model still decides; the gate only admits sentences of this shape.
 */
const CHANGE_VERB_EN = '(?:add|implement|fix|merg|support|chang|includ|develop|build|port|maintain|backport|pursu|consider|prioriti[sz]|work(?:ing)? on|releas|ship|address|accept)';
const CHANGE_VERB_ES = '(?:agreg|anad|implement|correg|corrig|arregl|soport|dar soporte|cambi|inclu|desarroll|manten|integr|lanz|public|acept)';
const DECLINES_A_CHANGE: Record<Lang, RegExp> = {
  en: new RegExp(String.raw`\b(?:(?<!\b(?:you|u) )(?:won't|wont|will not|not going to|(?:do|does|did)(?: not|n't) (?:plan|intend|want) to|no (?:current |immediate )?(?:plans?|intention) (?:to|of|for)|not planning (?:to|on)|not (?:something|a feature) (?:we|i)(?:'re| are| am|'m)? (?:going|planning|looking) to) (?:\w+ ){0,2}?${CHANGE_VERB_EN}\w*|(?:won't|wont|will not|isn't going to|is not going to|aren't going to|are not going to) (?:ever )?be ${CHANGE_VERB_EN}\w*|wont ?fix)\b`),
  es: new RegExp(String.raw`\bno (?:(?:vamos|voy|van) a|se (?:va|van) a|(?:tenemos|tengo|hay) (?:pensado|previsto|planeado|planes de|intencion de)|(?:esta|estan) (?:previst[oa]s?|planead[oa]s?|contemplad[oa]s?)|pensamos|planeamos|se(?= \w+(?:ara|era|ira|aran|eran|iran)\b))\s+(?:\w+ ){0,2}?${CHANGE_VERB_ES}\w*`),
};
const DOUBLE_NEGATION: Record<Lang, RegExp> = {
  en: /\b(?:impossible|can't|cannot|couldn't) not\b/,
  es: /\b(?:imposible|no (?:puedo|podemos|se puede)) no\b/,
};
/** "I'm sorry our tech left a mess - that's not acceptable": the agent owning a failure, not refusing a request. */
const OWNS_A_FAILURE: Record<Lang, RegExp> = {
  en: /\b(?:that|this|it)(?:'s| is| was)(?: just| simply| really| completely| totally)? (?:not acceptable|unacceptable|not ok|not okay|not good enough)\b/g,
  es: /\b(?:eso|esto)? ?(?:no (?:es|fue|esta) (?:aceptable|bien|correcto)|(?:es|fue) inaceptable)\b/g,
};
/** «no podrás entrar durante el mantenimiento», «you won't be able to log in»: the customer's inability, not our refusal. */
const CUSTOMER_CANNOT: Record<Lang, RegExp> = {
  en: /\byou(?: can't| cannot| can not| won't be able to| will not be able to| aren't able to| are not able to| are unable to|'re unable to|'re not able to| weren't able to| were unable to| couldn't)\b/g,
  es: /\bno (?:te |le |les )?(?:puedes|podes|puede usted|podras|podra usted|podran|podrias|vas a poder|van a poder)\b/g,
};
/**
 * Blame puts a cause on someone: the customer, a party named as responsible, or the customer's
 * not having read an earlier message («ya se lo habíamos explicado»). A cause explained
 * («because the carrier had not returned it», «which is why») is not blame by itself: the
 * rule's own advice is to explain the cause neutrally.
 */
const NAMES_A_CAUSE: Record<Lang, RegExp> = {
  en: /\b(?:fault|blame|responsib\w*|their|they|supplier|carrier|courier|bank|provider|manufacturer|driver|company|not (?:us|ours|our|me|mine|on us|something (?:we|i))|out of (?:our|my) hands|(?:don't|do not|can't|cannot) control|\w+'s (?:call|decision|end|side)|already|previous(?:ly)?|earlier|before|again)\b/,
  es: /\b(?:culpa|responsab\w*|ellos|proveedor|transportista|paqueteria|banco|fabricante|repartidor|empresa|no (?:de )?nosotros|(?:no )?(?:esta|depende) (?:en nuestras manos|de nosotros)|fuera de nuestro (?:control|alcance)|decision (?:de|del)|ya|anterior(?:mente)?|antes|otra vez|de nuevo|se lo)\b/,
};
/**
 * A sentence that takes the fault on us is the opposite of blame, whatever else it names:
 * «that's on us, not you», «es responsabilidad nuestra», «you shouldn't have had to chase
 * anyone», «that should not have happened».
 */
const OWNS_THE_FAULT: Record<Lang, RegExp> = {
  en: /\b(?:on us|our (?:fault|mistake|error|responsibility|side|end|bad)|(?:we|i) (?:should have|should've|shouldn't have|should not have|made (?:a|an|the) (?:mistake|error)|got (?:it|this|that) wrong|messed up|dropped the ball|take (?:full )?responsibility|own (?:this|that|it))|(?:you )?(?:shouldn't|should not) have (?:had to|needed to|been)|(?:that|this|it) (?:shouldn't|should not) have happened|not (?:your fault|yours|on you|you)|our (?:system|process|tool|website|site|app|checkout|stock check)\b[^.!?]{0,80}\bwhich is why)\b/,
  es: /\b(?:(?:es|fue) (?:culpa|responsabilidad|error|un error) nuestr[oa]|(?:es|fue) nuestra (?:culpa|responsabilidad)|(?:es|fue) nuestro error|(?:nos|me) equivocamos|(?:nos|me) equivoque|(?:no )?debi(?:mos)? haber|no (?:debio|deberia haber|tendria que haber) (?:pasar|pasado|ocurrir|ocurrido|suceder)|no (?:es|fue|era) (?:(?:tu|su) (?:culpa|responsabilidad)|(?:culpa|responsabilidad) (?:suya|tuya))|(?:usted |tu |vos )?no (?:tiene|tienes|tenes) que hacer nada|no (?:tuviste|tuvo|debiste|debio) (?:que|haber)|asumimos|nos hacemos cargo|me hago cargo)\b/,
};
/** «we can't guarantee…», «no podemos garantizar…»: refusing to promise is not a promise. */
const DECLINES_TO_PROMISE: Record<Lang, RegExp> = {
  en: /\b(?:can't|cannot|can not|couldn't|won't|unable to|not able to|don't|do not|not|never|isn't|aren't|wasn't|weren't) (?:\w+ ){0,2}(?:guarantee\w*|promis\w*|assur\w*|commit\w*|sure|certain|positive|confident|(?:100|one hundred) ?(?:%|percent|per cent))|\bno guarantee\b/,
  es: /\bno (?:\w+ ){0,2}(?:garantiz\w*|promet\w*|asegur\w*|segur[oa]s?)\b|\bsin garantia\b/,
};
/**
 * A party cleared is not named as the cause: «the decline has nothing to do with the bank», «no tiene nada que ver
 * con el banco» (what is cleared as ours, «nothing to do with our plugin», the lexicon reads).
 */
/** What a cancellation just done means for the bill is no pledge: "it won't renew and you won't be charged again" (grammar/billing-consequence.ts). */
const BILLING_CONSEQUENCE_RE: Record<Lang, RegExp> = { es: compile(BILLING_CONSEQUENCE.es), en: compile(BILLING_CONSEQUENCE.en) };
/** Doing what the customer asked is no pointing back at earlier messages: "we have rechecked your script as requested". */
const AS_REQUESTED: Record<Lang, RegExp> = {
  en: /\bas (?:you )?(?:requested|asked|discussed|agreed|promised)\b/g,
  es: /\bcomo (?:lo |la |nos |me )?(?:solicito|solicitaste|solicitaron|pidio|pediste|pidieron|acordamos|quedamos|prometimos)\b/g,
};
/** The agent asking another team for something keeps the case: «hemos solicitado al área técnica el informe», "I've chased the warehouse". */
const AGENT_ASKED_THEM: Record<Lang, RegExp> = {
  en: /\b(?:i|we)(?:'ve| have)? (?:already |just )?(?:asked|requested|chased|queried|checked with|followed up with)\b/,
  es: /\b(?:(?:ya )?(?:he|hemos) (?:solicitado|pedido|reclamado|consultado|requerido|insistido)|(?:ya )?(?:solicite|pedi|reclame|consulte|solicitamos|pedimos|reclamamos|consultamos))\b/,
};
const CLEARED_PARTY: Record<Lang, RegExp> = {
  en: /\b(?:has|have|had|is|was|'s)(?: absolutely)? nothing to do with (?:the |your |their |a )?\w+/g,
  es: /\bno (?:tiene|tienen|tuvo|tuvieron) (?:absolutamente )?(?:nada )?que ver con (?:el |la |los |las |tu |su |sus |tus |un |una )?\w+/g,
};
const MODEL_GATES: Partial<Record<RuleId, (folded: string, lang: Lang) => boolean>> = {
  blame: (folded, lang) => {
    const named = folded.replace(CLEARED_PARTY[lang], ' ').replace(AS_REQUESTED[lang], ' ');
    return (ADDRESSES_CUSTOMER[lang].test(named) || NAMES_A_CAUSE[lang].test(named)) && !OWNS_THE_FAULT[lang].test(folded);
  },
  'flat-refusal': (folded, lang) => {
    // What the customer cannot do, a time the agent declines to promise («we can't give you a date yet») and a failure
    // the agent owns («that's not acceptable») refuse nothing.
    const ours = folded.replace(CUSTOMER_CANNOT[lang], ' ').replace(DECLINES_TO_PREDICT[lang], ' ').replace(OWNS_A_FAILURE[lang], ' ');
    return NEGATIVE[lang].test(ours) && (REFUSES[lang].test(ours) || DECLINES_A_CHANGE[lang].test(ours)) && !DOUBLE_NEGATION[lang].test(ours);
  },
  'problem-framing': (folded, lang) => ADDRESSES_CUSTOMER[lang].test(folded) && !SUPPOSED_PROBLEM[lang].test(folded) && !PROBLEM_GOES_ON[lang].test(folded) && !ASKS_ABOUT_PROBLEM[lang].test(folded) && !CAUSE_FOUND[lang].test(folded),
  dismissive: (folded, lang) => MINIMISES[lang].test(folded.replace(THANKS_FOR_PATIENCE[lang], ' ')),
  'vague-handoff': (folded, lang) => SOMEONE_ELSE[lang].test(folded.replace(CUSTOMER_REACHED[lang], ' ')) && !AGENT_ASKED_THEM[lang].test(folded),
  overpromise: (folded, lang) => PLEDGES_CERTAINTY[lang].test(blank(BILLING_CONSEQUENCE_RE[lang], folded)) && !DECLINES_TO_PROMISE[lang].test(folded),
};
const MOMENT_SET = new Set<string>(MOMENT_IDS);

/** Whether a sentence the model scored for `rule` holds what the rule needs (folded sentence). */
export function passesRuleGate(rule: RuleId, folded: string, lang: Lang): boolean {
  return MODEL_GATES[rule]?.(folded, lang) ?? true;
}

/**
 * A broken promise is also something that did not happen: said outright («never came»,
 * «y nada») or by setting the promised time against today («It's Tuesday», «van 25»).
 */
const FAILED: Record<Lang, RegExp> = {
  en: /\b(?:no|not|never|nothing|nobody|still|yet|late|overdue|instead|again|missed|wrong|without|it's|it is|its|been|now|today|already|past|passed|over|second|third|fourth)\b|n't\b/,
  es: /\b(?:no|nunca|nada|nadie|todavia|aun|sigue|siguen|sigo|seguimos|tarde|atrasad[oa]|otra vez|de nuevo|sin|ni|hoy|son las|estamos|van|ya|paso|pasaron|llevo|lleva|llevamos|segunda|tercera|cuarta)\b/,
};

/**
 * Anger the lexicon did not name still says so in a word of judgement, hurt or leaving. A calm,
 * detailed account of a problem is not anger, however bad the problem: on real messages the
 * model alone read such accounts as anger more often than not. A raised voice alone (an «!», a
 * word in capitals, an emoji) no longer opens the gate (ninth session): on 336 real customer
 * messages whose texts were never read, the model's anger past the lexicon was right once and
 * wrong 8 times with it, right once and wrong once without; on round 8 it went 28 right / 23
 * wrong → 24 / 12, and on six team sets together (dev, blind3, rounds 6, 8 and 9, letters) 78 / 47 → 62 / 28.
 */
const JUDGEMENT_PHRASES: Record<Lang, RegExp> = {
  en: /\b(?:worst|terrible|awful|horrible|horrendous|dreadful|appalling|atrocious|abysmal|disgrace\w*|shocking|joke|laughable|hopeless|useless|rubbish|trash|garbage|junk|crap\w*|shambles|farce|clowns?|muppets?|idiots?|morons?|liars?|lying|lied to|thie(?:f|ves)|stealing|robb(?:ed|ery|ing)|scam\w*|fraud\w*|ripp?(?:ed|ing)? off|rip-?off|cheat\w*|nerve|insult\w*|disrespect\w*|rude\w*|shame\w*|embarrass\w*|pathetic|ridiculous|absurd|outrag\w*|unacceptable|unbelievable|disgust\w*|furious|angry|livid|annoy\w*|frustrat\w*|fed up|sick of|tired of|had enough|never again|competitor|done with|report(?:ing)? you|sue|lawyer|regulator|ombudsman|ofcom|fcc|bbb|seriously|honestly|really\?|how (?:dare|hard|come)|how (?:is|can) (?:this|that|it) (?:be )?(?:possible|acceptable|legal|ok|okay|allowed|fair|right)|woeful|disaster\w*|let (?:me|us) down|beyond a joke|nobody cares|no one cares|don't care|dont care|(?:couldn't|could not|could) care less|don't give a|loyal\w*|lost (?:me|us) as|(?:hours?|days?|weeks?|months?) (?:later|on hold)|wtf|smh|ffs|omg)\b/,
  es: /\b(?:peor(?:es)?|pesim[oa]s?|malisim[oa]s?|mal(?:o|a|os|as)? servicio|horrible|terrible|fatal|nefast[oa]|lamentable|deplorable|vergonzos[oa]|verguenza|patetic[oa]|ridicul[oa]|absurd[oa]|increible|inaudito|el colmo|indign\w*|inaceptable|intolerable|burla|chiste|desastre|horror|basura|porqueria|estaf\w*|me (?:robaron|roban|estan robando)|nos (?:robaron|roban|estan robando)|un robo|ladron\w*|fraude|abuso|abusiv[oa]s?|mienten|mintieron|mentira\w*|mentiros\w*|enganad[oa]s?|me enganaron|timo|cinism\w*|falta de respeto|irrespet\w*|groser\w*|incompeten\w*|inutil\w*|hart[oa]s?|hartar\w*|harte\w*|fastidi\w*|cansad[oa]s?|me canse|molest[oa]s? con|enojad[oa]s?|enfadad[oa]s?|furios[oa]|rabia|coraje|decepcion\w*|nunca mas|competencia|me cambio|cambiarme de|(?:voy|vamos) a (?:denunciar|demandar|cancelar)|profeco|sernac|indecopi|abogad[oa]|en serio|como es posible|como puede ser|hasta cuando|nadie (?:me |nos )?(?:hace caso|responde|contesta|ayuda)|no les importa|(?:les|le|te) importa(?:mos)? (?:un )?(?:nada|poco|un carajo|un bledo|un comino|un pepino|un pito)|les da igual|lealtad|anos (?:de|como) cliente)\b/,
};

/** What a gate's requirement asks of the folded message: a regular expression, or phrases and a word list read together. */
type GateTest = { test(folded: string): boolean };

/**
 * …or, since the forty-ninth session, a verdict word of the model's own list said of the company (model/evaluative.ts):
 * "the checkout is janky", «servicio deficiente». Said of anyone, the list's words let the model's anger through for
 * the weather, a pet or the writer (the session's review: of 21 anger gained, 14 wrong, 4 of them at the gate).
 */
const orVerdictOnCompany = (phrases: RegExp): GateTest => ({ test: (folded) => phrases.test(folded) || hasVerdictOnCompany(folded) });
const JUDGEMENT: Record<Lang, GateTest> = { en: orVerdictOnCompany(JUDGEMENT_PHRASES.en), es: orVerdictOnCompany(JUDGEMENT_PHRASES.es) };

/**
 * What a customer message must hold for the model alone to report a moment: a word of
 * the moment's own kind. Real customers describe problems at length, and a problem told
 * in detail is not yet a difficult moment: trying something «several times» is not
 * contacting support again, and «I need help» is not a deadline. The model still decides;
 * the gate only keeps it to messages that speak of the thing at all. Every requirement of
 * a gate must hold.
 */
const MOMENT_GATES: Partial<Record<MomentId, Array<Record<Lang, GateTest>>>> = {
  anger: [JUDGEMENT],
  'repeat-contact': [
    {
      en: /\b(?:again|already|another|still|yet|(?:second|2nd|third|3rd|fourth|4th|fifth|5th|\d+(?:st|nd|rd|th)) (?:time|email|call|message|tweet|dm|attempt)|call(?:s|ed|ing)?|phon(?:e|ed|ing)|e-?mail(?:s|ed)?|messag(?:e|es|ed)|dms?|tweet(?:s|ed)?|wr(?:ote|itten|iting)|contact(?:ed|ing)?|reach(?:ed)? out|repl(?:y|ied|ies)|respon(?:se|d|ded|ding)|answer(?:s|ed)?|heard back|tickets?|chat(?:ted)?|get through|follow(?:ed|ing)?[ -]?up|reminder|nobody|no one|no response|informed|agents?|reps?|representatives?|spoke|talked)\b/,
      es: /\b(?:otra vez|de nuevo|nuevamente|ya (?:les?|los|las|te|os|he|hab|llam|escrib|envi|mand|reclam)|sigo|seguimos|todavia|aun|(?:segunda|tercera|cuarta|quinta|\d+a?) vez|veces|llam\w*|escrib\w*|escrit\w*|correos?|mails?|mensajes?|md|dm|tweets?|tuits?|reclam\w*|contact\w*|respuesta|respond\w*|contest\w*|ticket|chat|nadie|ninguna respuesta|recordatorio|reiter\w*|asesor\w*|agentes?|operador\w*|hable|hablamos|atiende|atendio|segundo|tercer[oa]?)\b/,
    },
    // …and a contact of some kind: «cancelled AGAIN, third time this week» is the problem coming back, which the
    // labelling guide does not count by itself, nor «I've already tried that multiple times».
    {
      en: /\b(?:call(?:s|ed|ing)?|phon(?:e|ed|ing)|rang|ring(?:ing)?|e-?mail(?:s|ed|ing)?|messag(?:e|es|ed|ing)|dms?|tweet(?:s|ed|ing)?|wr(?:ote|itten|iting|ite)|contact(?:ed|ing)?|reach(?:ed|ing)? out|repl(?:y|ied|ies)|respon(?:se|d|ded|ding)|answer(?:s|ed)?|heard|hear back|tickets?|chat(?:ted|s)?|get through|follow(?:ed|ing)?[ -]?up|reminder|nobody|no one|informed|agents?|reps?|representatives?|spoke|talked|told|ask(?:ed|ing)?|explained|sen[dt]|sending|support|customer service|complain\w*|report(?:ed|ing)?|chas\w*|updates?|news|transferred|request(?:ed|ing)?|attach\w*|for the (?:second|third|fourth|fifth|\d+(?:nd|rd|th)) time)\b/,
      es: /\b(?:llam\w*|escrib\w*|escrit\w*|correos?|mails?|emails?|mensajes?|md|dm|tweets?|tuits?|reclam\w*|contact\w*|respuesta|respond\w*|contest\w*|ticket|chat|nadie|recordatorio|reiter\w*|asesor\w*|agentes?|operador\w*|hable|hablamos|atiend\w*|atendi\w*|dije|explic\w*|comunic\w*|pregunt\w*|solicit\w*|envi\w*|mand\w*|report\w*|queja\w*|noticias|novedad\w*|sucursal|oficina|linea|telefono|pid\w*|pedi\w*|adjunt\w*|transfer\w*|insist\w*)\b/,
    },
  ],
  urgency: [
    {
      en: /\b(?:asap|urgent(?:ly)?|now|today|tonight|tomorrow|immediately|right away|deadline|hours?|hrs?|minutes?|mins?|quick(?:ly)?|fast|soon|emergency|desperate(?:ly)?|before|by (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|noon|tonight|the end)|running out|time)\b/,
      es: /\b(?:urgente|urge|urgencia|ya|ahora|ahorita|hoy|manana|cuanto antes|lo antes posible|rapido|rapidamente|inmediat\w*|plazo|horas?|minutos?|desesperad[oa]s?|emergencia|antes de|se me acaba|se acaba|tiempo)\b/,
    },
    // …and a demand: a time word beside a report or a feeling is not urgency («fuming right now»).
    {
      en: /\b(?:need|needs|needed|want|require|demand|please|pls|can you|could you|fix|send|give me|call me|reply|respond|refund|help|get (?:me|this|it|us)|resolve|expect|have to|must|asap|urgent\w*|emergency)\b/,
      es: /\b(?:necesit\w*|nesecit\w*|quiero|queremos|requiero|exijo|pido|por favor|porfa|pueden|podrian|puede|podria|urge\w*|urgent\w*|solucion\w*|arregl\w*|resuelv\w*|tienen que|deben|ayud\w*)\b/,
    },
  ],
  'escalation-demand': [
    {
      en: /\b(?:manager|supervisor|someone (?:in charge|senior|higher|else|who|with|from|that)|escalat\w*|(?:speak|talk) (?:to|with) (?:a |an |the |your )?(?:human|person|real|senior|boss|manager|supervisor|head|director)|human|real person|boss|ceo|higher up|complaints? department|in charge|corporate|head office|leadership|above|level|higher|senior|director|authority|grievance|ombudsman)\b/,
      es: /\b(?:supervisor[a]?|gerente|encargad[oa]|jefe|jefa|responsable|superior|escal\w*|hablar con (?:un|una|el|la|alguien|su|tu|vuestro|vuestra|quien)|alguien (?:que|con|de mas|de)|persona real|humano|directivo|director[a]?|gerencia|coordinador[a]?|nivel|arriba|funcionari[oa]|jefatura|auditor\w*|autoridad)\b/,
    },
    // …and a request of some kind: "the manager was rude" in a review tells of one, it asks for nobody (forty-second session).
    {
      en: /\?|\b(?:speak|talk|want|need|demand|request\w*|ask(?:ing)?|get me|put me|let me|connect|transfer|escalat\w*|call me|contact me|give me|(?:i'd|i would|we'd|we would) like|can i|could i|may i|please|pls|plz|have (?:a|the|your|someone)|get (?:a|the|your|someone|somebody)|forward|loop in|(?:i'm|i am) after|reach|put|send|bring|find|insist|deal)\b/,
      es: /\?|\b(?:hablar|quiero|queremos|necesito|necesitamos|exijo|exigimos|pido|pedimos|solicito|solicitamos|comuniqu\w*|comunicar\w*|contact\w*|llam\w*|pas\w* con|escal\w*|me gustaria|podria|puedo|por favor|porfa|que me atienda\w*|pon\w* con|den|dame|denme)\b/,
    },
  ],
  // Asking for an exception names the rule, limit or date it asks to bend, or appeals for leniency;
  // a plain question («is there any way to know the time slot?») asks for nothing special.
  'exception-request': [
    {
      en: /\b(?:exception|waive\w*|leniency|lenient|extend|extension|just this once|one-?time|one-?off|goodwill|courtesy|consider\w*|anyway|regardless|even though|although|i know|i understand|i reali[sz]e|i'm aware|aware|missed|past (?:the|it|my)|after the|late|expired|deadline|window|policy|rules?|terms|conditions|non-?refundable|no refunds?|fee|penalty|postpone|allow|let me(?! know)|special|compassion\w*|bereave\w*|hospital|passed away|sick|ill|emergency|still (?:apply|match|honou?r|get|use|refund|be)|honou?r)\b/,
      es: /\b(?:excepcion\w*|aunque|ya se|se que|lo se|entiendo que|soy consciente|por esta vez|solo esta vez|fuera de(?:l)? plazo|plazo|vencid\w*|venci\w*|vence\w*|expir\w*|se me paso|ya paso|pasado|extender|ampliar|prorrog\w*|posterg\w*|aplaz\w*|igual|de todas formas|aun asi|permit\w*|dejen|dejar(?:me|nos)|especial|cortesia|consideracion|perdon\w*|condon\w*|anular|multa|penalizacion|recargo|no reembolsable|no permite|politica|condiciones|normas?|reglas?|hospital|internad[oa]|fallec\w*|enferm\w*|urgencia|emergencia|operan|sin cobrar)\b/,
    },
  ],
  // A misunderstanding sets what the customer said or asked against what came back, or says
  // outright they were not read or understood; «I have a question» or «I didn't cause it» is neither.
  misunderstanding: [
    {
      en: /\b(?:(?:i|i've|i have|i had) (?:\w+ )?(?:asked|said|told|wrote|written|explained|mentioned|meant|mean)|i(?:'m| am) (?:not )?(?:asking|saying|talking)|not (?:what|how|why|the) (?:i|to|question)|didn't ask|did not ask|never asked|different question|wrong (?:order|account|question|thing|one|item|person)|misunderst\w*|misread|(?:don't|didn't|do not|did not|aren't|are not|not) (?:even )?(?:understand\w*|read\w*|listen\w*|get (?:it|me|my|what))(?: (?:me|my|what|it|the))?|read (?:my|what)|my (?:question|point)|that's not|thats not|that is not|wires crossed|originally asked|as i (?:originally )?(?:asked|said)|i (?:didn't|did not|never) (?:select|choose|chose|request|order|ask|want))\b/,
      es: /\b(?:(?:yo )?(?:no )?(?:dije|pregunte|pedi|escribi|explique|comente|me refiero|quise decir|estoy (?:preguntando|pidiendo|diciendo))|(?:no )?(?:le|te|les|os) (?:estoy )?(?:pregunto|pido|digo|pregunte|pedi|dije)|no (?:me )?(?:has|han|ha|habeis|estas|esta|estan|estais)? ?(?:entendid\w*|entend\w*|leid\w*|leyendo|escuchando)|no (?:entendiste|entendieron|entendio|leyeron|leiste|leyo|leen|lee|lees)|a ver si entienden|lea bien|lean bien|lee bien|lo que (?:dije|pregunte|pedi|escribi)|no es (?:eso|lo que)|otra cosa|nada que ver|mi (?:pregunta|consulta)|(?:ya )?no se como decirlo|no se (?:ha|han) leido|no (?:lo |la |me )?(?:ha|han) leido|(?:no )?(?:he|hemos) (?:preguntado|dicho|pedido|escrito|solicitado)|(?:que|para que) me (?:escuchen|entiendan|lean)|no me (?:escuchan|entienden|leen))\b/,
    },
    // …set against what came back: a «not», an «instead», «a different question», «again».
    {
      en: /\b(?:not|never|no|instead|different|wrong|other|again|already|misunderst\w*|misread|confus\w*|clarify|meant|mean)\b|n't\b/,
      es: /\b(?:no|ni|nunca|otra|otro|distint[oa]|diferente|equivocad[oa]|sino|en vez|de nuevo|otra vez|ya|aclar\w*|confund\w*|refiero|quise decir)\b/,
    },
  ],
  'broken-promise': [
    {
      en: /\b(?:promis\w*|said|told|supposed|due|meant to|window|slot|scheduled|booked|swore|should have|were going to|was going to|guarantee\w*|expected|assured|confirmed|informed|would be|will be|would arrive|would come|overdue|late|agreed|(?:gone|went|going) back on|by (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|now|today|the))\b/,
      es: new RegExp(String.raw`\b(?:promet\w*|(?:(?:inform|indic|coment|avis|comunic|notific|explic|contest)(?:aron|an|o|aba|aban|asteis|aste)|dic(?:e|en)|respond(?:ieron|en|io|isteis|iste))(?= (?:que|q) [^.!?]{0,80}?${REPORTED_AHEAD})|ofrec(?:ieron|io|isteis|iste)|confirm(?:aron|o|asteis|aste)|informaron|informasteis|dij(?:o|eron|iste|isteis)|deci(?:a|an)|quedaron|quedasteis|quedo|supuestamente|supuesto|se supone|se suponia|debia|tenia que|iba a|iban a|asegur\w*|garantiz\w*|segun|llegaba|devolvian|programad[oa]|reprogram\w*|pactad[oa]|acordad[oa]|comprometi\w*|(?:no|nunca) (?:han |habian )?cumpl\w*|(?:que|q) (?:me|nos) (?:dieron|disteis|dio))\b`),
    },
    FAILED,
  ],
  'insists-own-solution': [
    {
      en: /\b(?:don't want|do not want|dont want|just want|only want|all i|instead|rather|no (?:coupon|credit|voucher|replacement|more)|not (?:interested|accepting|accept|another|good enough|what i)|won't accept|will not accept|nothing (?:else|more)|don't need|do not need|that's it|period|full stop|whatever it takes|either|neither|nor|prefer\w*|not (?:a|an) (?:credit|voucher|coupon|replacement|refund|repair|technician|visit|call|gift card|exchange|discount)|over (?:a |the )?(?:store )?(?:credit|voucher|coupon|replacement|repair|exchange))\b/,
      es: /\b(?:no quiero|solo quiero|lo (?:unico )?que quiero|en vez|en lugar|prefiero|(?:no|ni siquiera) me sirven?|no me interesa|ni (?:bonos?|cambios?|cupon\w*|puntos|otr[oa]s?)|nada de|no acepto|lo que pido|nada mas|punto|ni mas ni menos|no (?:otro|otra)|ya (?:le|te|les|os) dije|reiter\w*|sino)\b/,
    },
  ],
};

/** «Dear Manager,», «To the Complaints Manager,», «Estimados señores:»: whom a letter is addressed to asks for no one. */
const SALUTATION = /^\s*(?:dear|to|attn|attention|hello|hi|estimad[oa]s?|senor(?:es|a|as)?|sr|sra|a la atencion de|atencion|hola)\b[^\n,:;]{0,60}[,:;]?[ \t]*(?:\n|$)/;

/** Asking whether something is a scam («is that a scam?», «¿es una estafa?») judges nobody: it asks for help. */
const ASKS_IF_GENUINE: Record<Lang, RegExp> = {
  en: /\b(?:is|was|are|were) (?:this|that|it|these|they|those)\b[^.!?]{0,40}? (?:a |an |just a )?(?:scam|fraud|phishing|fake)\w*\s*\?/g,
  es: /\b(?:es|era|son) (?:esto |eso |esta |este )?[^.!?]{0,40}?(?:una |un )?(?:estafa|fraude|phishing|falso|falsa|enga\w+)\s*\?/g,
};

/** Contacting someone of the customer's own («trying to call my bank», «hablar con mi asesor del banco») is no contact with us. */
const OWN_PARTY_CONTACT: Record<Lang, RegExp> = {
  en: new RegExp(String.raw`\b(?:call(?:ing)?|ring(?:ing)?|phon(?:e|ing)|email(?:ing)?|contact(?:ing)?|reach(?:ing)?|messag(?:e|ing)|writ(?:e|ing) to|talk(?:ing)? to|speak(?:ing)? to) ${OWN_PARTY}\w+`, 'g'),
  es: new RegExp(String.raw`\b(?:llam\w*|contact\w*|escrib\w*|habl\w*)(?: a| con)? ${OWN_PARTY}\w+`, 'g'),
};

/**
 * A promise told as kept: "they said the first month was free and I was not charged", «me dijeron que era gratis y
 * efectivamente no me cobraron». The model reads «said… free… not» as a broken promise; the words of a kept one
 * say otherwise (fourteenth session).
 */
const PROMISE_KEPT: Record<Lang, RegExp> = {
  en: /\b(?:as (?:promised|agreed)|true to (?:their|your|his|her|its) word|kept (?:their|your|his|her|its) (?:word|promise)|(?:wasn't|was not|weren't|were not|never got|never been|haven't been|have not been) (?:charged|billed)|(?:didn't|did not|never) (?:charge|bill) (?:me|us)|and (?:i've|i have|we've|we have|i|we) (?:already |now )?(?:got|received) it)\b/,
  es: /\b(?:como (?:prometieron|prometio|prometisteis|quedamos|acordamos)|y (?:efectivamente|asi fue|lo cumplieron|cumplieron)|cumplieron (?:con )?(?:lo prometido|su palabra)|no (?:me|nos) (?:cobraron|cobro|cobrasteis|han cobrado)|y ya (?:lo|la|los|las) (?:recibi|recibimos|tengo|tenemos))\b/,
};

/** Asking for the manager to praise someone is no escalation: "who's the manager? I'd love to praise the barista". */
const TO_PRAISE: Record<Lang, RegExp> = {
  en: /\b(?:praise|compliment|commend|shout ?out|kudos|give (?:her|him|them) (?:credit|a raise)|(?:say|tell) how (?:great|amazing|helpful|kind))\b/,
  es: /\b(?:felicitar(?:la|lo|les)?|elogiar(?:la|lo)?|agradecer(?:le|les)? (?:a|el trato|la atencion)|destacar (?:a|el trabajo|la atencion))\b/,
};

/**
 * Asking whether it happened is not saying it failed: "You said installation was free, have I been charged for it?",
 * «¿me han cobrado la instalación?». A question that opens on its auxiliary is blanked before the broken promise's
 * gate looks for a failure; "why is it still not here?" opens on its question word and stays.
 */
const ASKS_WHETHER = /(?:^|(?<=[.!?,;:]\s?))\s*¿?(?:(?:have|has|had|was|were|did|is|are|am|will) (?:i|we|it|they|you|my|our|the|this)|(?:me|nos) (?:han|ha|habeis|has) (?:cobrado|cargado|facturado))\b[^.!?]{0,80}\?/g;

/** A message that only asks how to get in touch («¿Les escribo por correo o por WhatsApp?», "Should I email or call?") has no earlier contact in it. */
const ASKS_CHANNEL = /^\s*¿?(?:(?:les|le|te|os) (?:escribo|llamo|contacto|mando|envio)|(?:should|do|can|shall) i (?:email|call|ring|write|message|contact))\b[^.!?]{0,60}\?\s*$/;

/** «En el peor de los casos», "worst case": a plan for if it comes to that, not a verdict on anyone. */
/** A judgement the writer concedes of their own doing ("Terrible, I know, but I forgot my password again", «Un desastre, lo sé, pero…»). */
const CONCEDED = /\b[a-z]+, (?:i know|i admit|lo se|ya lo se)\b/g;
const WORST_CASE = /\b(?:en el peor de los casos|(?:in the )?worst(?:-| )case(?: scenario)?)\b/g;
/** Regret, not a judgement: "it's a shame that this falls flat" (forty-eighth session); and "What a shame, I was looking forward to it"; "shame on you", "what a shame that nobody cares" stay. */
const MILD_SHAME = /\b(?:(?:it(?:'s| is| was)|that(?:'s| is)) an? (?:real |great |big )?shame\b(?! on| how| (?:that )?(?:you|your|they)\b)|what a shame(?=\s*[,.!]))/g;

/** An exception a program throws («lanza una excepción de tipo timeout», "throws an exception") asks for nothing: blanked before the gate reads «excepción». */
const PROGRAM_EXCEPTION: Record<Lang, RegExp> = {
  en: /\b(?:(?:throws?|threw|thrown|raises?|raised|unhandled|uncaught|get|got|getting|see|seeing) (?:an |the |this |that |the following )?exceptions?|exceptions? (?:is thrown|was thrown|occurs|occurred|in thread|at line|type))\b/g,
  es: /\b(?:(?:lanza|lanzo|arroja|arrojo|devuelve|devolvio|genera|genero|tira|tiro|salta|salto|produce|produjo|sale|aparece|muestra) (?:una |la |esta |esa |el )?(?:siguiente )?excepcion\w*|excepcion(?:es)? (?:de tipo|no (?:controlada|manejada)|en (?:la linea|el metodo|tiempo)))/g,
};

/** Their own confusion owned ("I think I misunderstood the instructions", «no entendí la tabla») says nobody misread them. */
const OWN_CONFUSION: Record<Lang, RegExp> = {
  en: /\bi(?: think i| may have| must have)? (?:misunderstood|misread|(?:didn't|did not) (?:quite |fully )?(?:understand|get) (?:the (?!reply|answer|response|email|message)|how|what|which))|\bnever (?:say|said) no to an? good/g,
  // …and (forty-seventh session) the idiom of never turning a thing down: «nunca dije que no a una buena oferta» (not «…a la mejora»).
  es: /\b(?:no (?:entendi|comprendi) (?:bien )?(?:la|el|las|los|como|que|cual)|me (?:confundi|equivoque)|(?:nunca|jamas) (?:dije|digo) que no a una? (?:buen|buena|rico|rica))\b/g,
};

/** What a gate reads first: what rules its moment out whatever the model says, then words it must not count. */
interface GateSteps {
  rulesOut?: Array<(folded: string, lang: Lang) => boolean>;
  blanks?: Array<(folded: string, lang: Lang) => string>;
}

const GATE_STEPS: Partial<Record<MomentId, GateSteps>> = {
  // A wait the customer counts as still inside the window they were given («me dijeron 10 días y van 6») is no broken promise yet.
  'broken-promise': {
    rulesOut: [(folded, lang) => PROMISE_KEPT[lang].test(folded), (folded) => waitAgainstWindow(folded) === 'within'],
    blanks: [(folded) => folded.replace(ASKS_WHETHER, ' ')],
  },
  'exception-request': { blanks: [(folded, lang) => folded.replace(PROGRAM_EXCEPTION[lang], ' ')] },
  anger: { blanks: [(folded, lang) => folded.replace(ASKS_IF_GENUINE[lang], ' ').replace(WORST_CASE, ' ').replace(MILD_SHAME, ' ').replace(CONCEDED, ' ')] },
  'repeat-contact': {
    rulesOut: [contactOnlyTowardCustomer, contactAnswered, writesAboutNewTopic, (folded) => ASKS_CHANNEL.test(folded)],
    blanks: [(folded, lang) => folded.replace(OWN_PARTY_CONTACT[lang], ' ')],
  },
  'escalation-demand': {
    rulesOut: [(folded, lang) => TO_PRAISE[lang].test(folded)],
    blanks: [(folded) => folded.replace(SALUTATION, '')],
  },
  urgency: { blanks: [withoutCalmUrgency] },
  misunderstanding: { blanks: [(folded, lang) => folded.replace(OWN_CONFUSION[lang], ' ')] },
};

/** Whether a reading of the message rules the moment out (GATE_STEPS), whatever the model's certainty. */
function momentRuledOut(id: MomentId, folded: string, lang: Lang): boolean {
  return GATE_STEPS[id]?.rulesOut?.some((rulesOut) => rulesOut(folded, lang)) ?? false;
}

export function passesMomentGate(id: MomentId, text: string, folded: string, lang: Lang): boolean {
  const steps = GATE_STEPS[id];
  if (momentRuledOut(id, folded, lang)) return false;
  const read = (steps?.blanks ?? []).reduce((rest, blank) => blank(rest, lang), folded);
  return (MOMENT_GATES[id] ?? []).every((requirement) => requirement[lang].test(read));
}

export function resolveModel(option: Model | null | undefined): Model | null {
  return option === undefined ? shippedModel() : option;
}

/**
 * Moments said in one breath, whose gate reads the sentence the model scored and its neighbours: a misunderstanding
 * («I asked X. Not Y»), a broken promise («they said Monday… nothing came»: in a long review, «me informaron» in one
 * paragraph and «no» in another are not one), and since the forty-fourth session an escalation, a repeat contact,
 * insisting and an exception asked for: a review that met "the manager" or «llamé» in one paragraph and asks for
 * something in another is no such moment (team sets 14 lines better, 2 worse; real read 3 / 1).
 */
const WINDOWED = new Set<string>(['misunderstanding', 'broken-promise', 'escalation-demand', 'repeat-contact', 'insists-own-solution', 'exception-request']);

/**
 * Where the model is all but certain, its reading of these moments stands without the gate's word: real customers
 * voice anger with no judgement word from the list ("really scummy", «es penosa») and tell of contacts in words the
 * gate lacks. Forty-second session, measured with the gate waived at 0.95, 0.98 and 0.99 for each gated moment on every
 * real and team set: at 0.98 anger and repeat contact gained on the real sets (+6 found, +2 false), broken promise
 * lost (0 found, +3 false) and the others did not move. Forty-eighth session: not for anger in a message that thanks or
 * praises ("Dr. X was amazing! … I will DEFINITELY use it again! Thank you so much!" read 0.98): real56 one false anger fewer,
 * the team sets two, nothing lost.
 */
const GATE_WAIVED_AT = 0.98;
const GATE_WAIVABLE: ReadonlySet<string> = new Set<MomentId>(['anger', 'repeat-contact']);

/**
 * The moments of a customer message: the lexicons' and the model's above threshold. `text` and `folded` are the whole
 * message, as typed and folded (the moment gates read them).
 */
export function combineMoments(
  lexicon: readonly MomentId[],
  sentences: Sentence[],
  model: Model | null,
  strictness: Strictness,
  lang: Lang,
  text: string,
  folded: string,
): MomentId[] {
  if (!model) return [...lexicon];
  // Each sentence, and the message read whole (signals spread over sentences add up).
  const texts = sentences.map((s) => s.text);
  if (texts.length > 1) texts.push(texts.join(' '));
  const scores = textScores(texts, model);
  const found = new Set<MomentId>(lexicon);
  for (const s of scores) {
    if (!MOMENT_SET.has(s.label) || s.sentence < 0 || s.probability < s.threshold[strictness]) continue;
    // A moment said in one breath (WINDOWED) is gated on the sentence the model scored and its neighbours.
    const own = WINDOWED.has(s.label) && s.sentence < sentences.length ? texts.slice(Math.max(0, s.sentence - 1), s.sentence + 2).join(' ') : text;
    const ownFolded = own === text ? folded : spellOutTextSpeak(fold(own), lang);
    // Above GATE_WAIVED_AT the gate's words are waived, not the readings that rule a moment out (an answered contact).
    const waived = s.probability >= GATE_WAIVED_AT && GATE_WAIVABLE.has(s.label) && !(s.label === 'anger' && GLAD.test(text));
    if (waived ? !momentRuledOut(s.label as MomentId, ownFolded, lang) : passesMomentGate(s.label as MomentId, own, ownFolded, lang)) found.add(s.label as MomentId);
  }
  return [...found];
}

/** Whether the model reads an offer (an alternative, a workaround, advice) anywhere in the draft. */
export function learnedOffer(sentences: Sentence[], model: Model | null, strictness: Strictness): boolean {
  if (!model) return false;
  const score = textScores(sentences.map((s) => s.text), model).find((s) => s.label === 'offer');
  return !!score && score.sentence >= 0 && score.probability >= score.threshold[strictness];
}

/** Where the sentence's words start and end (the finding's span, without edge punctuation). */
function trimmedSpan(sentence: Sentence): [number, number] {
  let s = 0;
  let e = sentence.text.length;
  while (s < e && /[\s"'«»“”¿¡(\-–—*>•]/.test(sentence.text[s])) s++;
  while (e > s && /[\s.!?…;:,"'«»“”)]/.test(sentence.text[e - 1])) e--;
  return [sentence.start + s, sentence.start + e];
}

/**
 * Findings the model adds to a draft: for each rule the lexicons did not report, the best
 * sentence above threshold, passed through the rule's own draft-level step (a flat
 * refusal needs a draft with no offer; a hand-off, one where nobody keeps the case).
 */
export function learnedFindings(
  draft: DraftContext,
  rules: Rule[],
  lexicon: Finding[],
  model: Model | null,
  strictness: Strictness,
  disabled: ReadonlySet<string>,
  register: Register,
): Finding[] {
  if (!model || draft.sentences.length === 0) return [];
  const found = new Set(lexicon.map((f) => f.rule));
  const out: Finding[] = [];
  // The sign-off and signature («Área de Reclamos – Banco Andino») say who writes, not what;
  // found only once a sentence is above a threshold, not on every keystroke's analysis.
  let signOff: number | undefined;
  for (const score of withUncushionedRefusal(textScores(draft.sentences.map((s) => s.text), model), draft.sentences, draft.lang, model)) {
    const rule = rules.find((r) => r.id === score.label);
    if (!rule || found.has(rule.id) || disabled.has(rule.id) || !rule.languages.includes(draft.lang)) continue;
    if (score.sentence < 0 || score.probability < score.threshold[strictness]) continue;
    const [start, end] = trimmedSpan(draft.sentences[score.sentence]);
    if (end <= start || start >= (signOff ??= signOffStart(draft.text))) continue;
    const quote = draft.text.slice(start, end);
    const foldedQuote = fold(quote);
    if (!passesRuleGate(rule.id, rule.withoutExemptions?.(draft.lang, foldedQuote) ?? foldedQuote, draft.lang)) continue;
    // A sentence a lexicon already reads as another rule is not this one: a minimising sentence the dismissive lexicon
    // holds («no es para tanto») is no refusal, and a cause the blame lexicon places on the customer's side («lo más
    // seguro es que el problema esté en su instalación», eighteenth session) is a diagnosis, not the problem restated; and a
    // sentence the refusal lexicon holds («That's not something we offer») is the no, not blame (nineteenth session).
    const readAsOther = EXCLUDED_BY[rule.id];
    if (readAsOther && lexicon.some((f) => f.rule === readAsOther && f.start < end && start < f.end)) continue;
    let matches: RuleMatch[] = [{ start, end, suggestions: rewritesFor(rule.id, quote, foldedQuote, draft.lang, register, model, strictness, rule.suggest) }];
    if (rule.checkDraft) matches = rule.checkDraft(draft, matches);
    for (const m of matches) out.push({ ...findingOf(rule, m, draft.text, draft.lang), confidence: round(score.probability) });
  }
  return out;
}

/**
 * A refusal opened by a concession («While we understand where you're coming from, right now, we're not extending
 * funds…», «Si bien entendemos tu situación, no podemos…») is scored as the model would read it whole and without the
 * concession: read whole, the cushion outweighs the no (twenty-second session). Only the refusal is read this way.
 * «Sé» is «I know» only with its accent or before «que»: «Se lo cambiamos…» opens no concession.
 */
const CONCESSION_OPENING: Record<Lang, RegExp> = {
  en: /^\W*(?:while|although|though|whilst|(?:i|we)(?: completely| totally| fully| really)? (?:understand|appreciate|know|realize|realise|hear you|see))\b[^,.;!?]{0,120},\s*(?:(?:but|however|unfortunately|right now|at this time|at the moment|currently),?\s*)*/iu,
  es: /^\W*(?:si bien|aunque|(?:entiendo|entendemos|comprendo|comprendemos|sabemos|valoramos|agradecemos)\b|sé(?=\s)|se(?= que\b))[^,.;!?]{0,120},\s*(?:(?:pero|sin embargo|lamentablemente|por ahora|por el momento|actualmente|en este momento),?\s*)*/iu,
};
/** How many characters of `sentence` a concession opens with (0: none). */
export function concessionLength(sentence: string, lang: Lang): number {
  return CONCESSION_OPENING[lang].exec(sentence)?.[0].length ?? 0;
}
const REFUSAL_LABEL = MODEL_LABELS.indexOf('flat-refusal');
function withUncushionedRefusal(scores: LabelScore[], sentences: Sentence[], lang: Lang, model: Model): LabelScore[] {
  const refusal = scores.find((s) => s.label === 'flat-refusal');
  if (!refusal || REFUSAL_LABEL < 0) return scores;
  sentences.forEach((sentence, i) => {
    const cushion = concessionLength(sentence.text, lang);
    if (cushion === 0 || cushion >= sentence.text.length - 8) return;
    const p = sentenceProbabilities(sentence.text.slice(cushion), model);
    if (p && p[REFUSAL_LABEL] > refusal.probability) {
      refusal.probability = p[REFUSAL_LABEL];
      refusal.sentence = i;
    }
  });
  return scores;
}

/** The rule a lexicon finding of which, on the same sentence, rules out the model's finding of this one. */
const EXCLUDED_BY: Partial<Record<RuleId, RuleId>> = { 'flat-refusal': 'dismissive', 'problem-framing': 'blame', blame: 'flat-refusal' };

/** The rule's own rewrites of a whole sentence, kept only when they read as a full sentence and no longer trigger it. */
function rewritesFor(
  rule: RuleId,
  quote: string,
  folded: string,
  lang: Lang,
  register: Register,
  model: Model,
  strictness: Strictness,
  suggest: ((info: SpanInfo) => string[] | null) | undefined,
): string[] {
  if (!suggest) return [];
  const info: SpanInfo = { lang, text: quote, folded, start: 0, end: quote.length, quote, kinds: [], cueEnd: quote.length, register };
  const label = MODEL_LABELS.indexOf(rule as ModelLabel);
  const candidates = suggest(info) ?? [];
  return candidates.filter((candidate) => {
    if (candidate.length < quote.length * 0.6) return false; // would drop what the agent said
    if (/\b(\p{L}+) \1\b/iu.test(candidate)) return false;
    const p = sentenceProbabilities(candidate, model);
    return !p || label < 0 || p[label] < model.labels[label].threshold[strictness];
  }).slice(0, 3);
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/** Lexicon findings get a confidence too: the model's view of their sentence, at least 0.9. */
export function confirmLexicon(findings: Finding[], sentences: Sentence[], model: Model | null): Finding[] {
  const out: Finding[] = [];
  for (const f of findings) {
    if (f.confidence !== undefined) {
      out.push(f);
      continue;
    }
    const label = MODEL_LABELS.indexOf(f.rule as ModelLabel);
    const sentence = sentences.find((s) => s.start <= f.start && f.start < s.end);
    const p = label >= 0 && model && sentence ? sentenceProbabilities(sentence.text, model)?.[label] ?? 0 : undefined;
    out.push({ ...f, confidence: round(Math.max(LEXICON_CONFIDENCE, p ?? 0)) });
  }
  return out;
}

/** The strictness asked for, or standard. */
export function strictnessOf(value: unknown): Strictness {
  return value === 'picky' ? 'picky' : 'standard';
}
