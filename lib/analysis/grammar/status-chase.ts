/**
 * A customer chasing an open request: asking after it («¿hubo alguna novedad?», "Is there going
 * to be an update on this?"), asking whether anyone has looked at it yet («¿alguien pudo revisar
 * esto?», "has anyone looked at this?"), asking whether anybody is there, or saying nothing came
 * back ("heard nothing back"). The labelling guide counts chasing as a repeat contact. A request
 * made for the first time («could someone look at this?») and a question about a product's plans
 * ("any updates planned for dark mode?") chase nothing. Works on folded text.
 */

/**
 * Asking after it: news, an update, progress, an answer — of this request («on this», «sobre mi
 * reclamo») or asked bare («Any update?», «hubo alguna novedad, alguna luz..»). "Any ETA on a fix?"
 * during an outage asks for news of the service, not of an earlier contact.
 */
const ASKS_AFTER = new RegExp(
  String.raw`\b(?:(?:any|an|some) (?:updates?|news|progress|feedback|movement)|(?:is there|will there be|is there going to be|can i get|could i get|can we get|could we get|could you give (?:me|us)|can you give (?:me|us)) (?:an? |any )?(?:update|news|status)|(?:hubo|hay|habra|tienen|tenes|tienes|tendran) (?:alguna |algun |algo de )?(?:novedad|novedades|noticias|avance|avances|actualizacion|respuesta)|(?:alguna|algun) (?:novedad|avance|noticia|actualizacion))` +
    String.raw`(?:(?: (?:on|about|regarding|with|for|sobre|de|con|del|en)) (?:this|that|it|my|our|the (?:ticket|case|issue|request|claim|refund|complaint)|esto|eso|este|esta|mi|mis|el (?:caso|ticket|reclamo|pedido|tema)|lo)\b|(?= ?(?:please|pls|por favor|yet|ya)?(?: ?\x40[\w.-]+)*\s*(?:[?,]|$)))`,
);
/** …of something the product plans, not of the customer's request. */
const ASKS_OF_PLANS = /\b(?:planned|coming|upcoming|roadmap|next (?:version|release)|new (?:version|release|feature)|to the app|para la (?:proxima|nueva) (?:version|actualizacion))\b/;
/** Whether anyone has looked at it yet, said in the past: a first request asks in the present. */
const LOOKED_AT_YET =
  /\b(?:(?:has|have|did) (?:anyone|anybody|someone|somebody|you|you guys|your team|the team)(?: (?:had|got|get|have) (?:a|the) chance to| been able to)? (?:look(?:ed)? (?:at|into)|check(?:ed)?|review(?:ed)?|go through)|(?:is|are) (?:anyone|anybody|someone|somebody|you|you guys|your team|the team) (?:still )?(?:looking (?:at|into)|working on|checking)|(?:alguien|ustedes|uds|vos|usted) (?:pudo|pudieron|ha podido|han podido|ya) (?:revisar|mirar|chequear)|(?:han|habeis|has|ha) (?:podido )?(?:revisado|mirado|chequeado)|(?:han|habeis|has|ha) (?:podido )?visto algo de) (?:algo de )?(?:this|it|my|our|that|the (?:ticket|issue|request|email|message|form|case)|the (?:[a-z]+ ){1,2}(?:i|we)(?:'ve| have)? (?:sent|attached|uploaded|shared|submitted|emailed|forwarded)|esto|este|esta|eso|mi|mis|el (?:ticket|caso|mensaje|correo|reclamo)|lo que)\b/;
/**
 * The same in Spanish with the subject dropped, as Spanish says it: «¿pudieron revisar lo que les mandé?», «¿ya
 * revisaron mi caso?», «si han tenido la oportunidad de revisar…». A past or perfect «revisar» of the one addressed (tú,
 * usted or ustedes) opening the customer's question is the company's looking, already asked for. Only at the question's
 * opening (after «¿», «si» or «ya»): «no se pudo verificar la tarjeta, ¿qué hago?» and «el técnico
 * pudo revisar el medidor, pero…» tell what happened; «¿han leído las reseñas?» and «si han revisado alguna vez…» ask
 * nothing about this request.
 */
const LOOKED_AT_YET_ES = new RegExp(
  String.raw`(?:^|¿|\bsi )\s*(?:(?:ustedes|uds|usted|vos) )?(?:ya )?(?:(?:pudieron|pudo|pudiste|han podido|ha podido|has podido|alcanzaron a|alcanzaste a|(?:han|ha|has) tenido|tuvieron|tuvo|tuviste) (?:(?:la |alguna |algo de )?(?:oportunidad|chance|ocasion|tiempo) de )?(?:(?:revis|mir|cheque|chec|verific|analiz)ar|ver)|(?:revis|mir|cheque|chec|verific|analiz)(?:aron|aste)|vieron|viste|(?:han|ha|has) (?:ya )?(?:(?:revis|mir|cheque|chec|verific|analiz)ado|visto))\b(?! alguna vez| que)`,
);
/**
 * A question asked without its «?»: «quisiera saber si ya revisaron…», "I was wondering whether you had a chance to…".
 * What follows the opener is read as the question.
 */
const ASKS_INDIRECTLY = /\b(?:quisiera(?:mos)?|queria(?:mos)?|(?:me|nos) gustaria|quiero|queremos|necesito) saber si\b|\b(?:(?:i|we)(?:'d| would) like to know|wondering|wanted to check|want to check|checking) (?:if|whether)\b/;

/** Anybody there: "are you there?", «¿siguen ahí?». */
const ANYBODY_THERE =
  /(?:\b(?:are you|is anyone|is anybody|anyone|anybody|is someone|you) (?:still )?(?:there|around|alive)|\b(?:siguen|sigues|sigue|hay alguien|estan|estas) (?:por )?ahi)(?=\s*(?:[?!.,]|$))/;
/** A greeting asked as a question and nothing else ("Hello? @dev", «¿Hola?»): sent into a thread, it asks whether anyone is there. */
const BARE_HELLO = /^\s*(?:\x40[\w.-]+,?\s+)*¿?(?:hello+|helo|hola+|alo)\s*\?+(?:\s*\x40[\w.-]+)*\s*$/;
/** Nothing came back, said outright: "heard nothing back", «no tuve respuesta». */
const NOTHING_BACK =
  /\b(?:heard|received|got|gotten) (?:nothing|no (?:reply|response|answer|word)) back\b|\b(?:haven't|have not|didn't|did not|never) (?:heard|got|gotten|received (?:a|any)) (?:back|anything back|a (?:reply|response) back)\b|\b(?:friendly|gentle|quick) (?:reminder|follow[- ]?up) (?:about|on|regarding|re|for) (?:my|our|this|the)\b/;

/**
 * Asking them to answer at all, or to pick the thread up again: «¿podrían responder por favor?», "can someone please
 * reply?", "following up on my email from the 4th", «retomo este hilo». A customer writing for the first time asks
 * their question; asking for an answer, bare, says the first one did not come. "Please reply with your order number"
 * (what to answer with) is not bare.
 */
const ASKS_FOR_AN_ANSWER = new RegExp(
  String.raw`\b(?:(?:can|could|would|will) (?:you|someone|somebody|anyone|anybody|you guys|the team)(?: please| pls| kindly)?|please|pls|kindly)(?: please)? (?:respond|reply|answer|follow up|get back to (?:me|us))(?: at all)?(?: (?:to|about|regarding) (?:(?:my|our) (?:\w+ )?(?:issues?|tickets?|messages?|e-?mails?|requests?|questions?|case|problem|comment|post|thread)|(?:this|these|the) (?:\w+ )?(?:issues?|tickets?|requests?|questions?|case|complaint)|this|me|us))?(?=\s*(?:[.?!,]|$)| (?:please|pls)\b)` +
    String.raw`|\b(?:podrian|pueden|podrias|puedes|podria|puede|podes|podeis|podrian por favor|pueden por favor)(?: por favor| porfa| porfavor)? (?:responder(?:me|nos)?|contestar(?:me|nos)?|dar(?:me|nos)? (?:una )?respuesta)(?=\s*(?:[.?!,]|$)| (?:por favor|porfa|porfavor|pls|please)\b)` +
    String.raw`|\b(?:avisar|avisen|pedir|pidan) (?:a alguien )?que (?:me |nos )?(?:respondan|contesten)` +
    String.raw`|\bfollowing up (?:on|about|regarding) (?:my|our|this|the) (?:previous |last |earlier |original |below |prior )?(?:e-?mail|message|ticket|request|question|post|comment|case|call|letter|enquiry|inquiry)` +
    String.raw`|\b(?:just )?(?:asking|checking|wondering|following up)(?: in)? (?:if|whether|on|about) (?:there(?:'s| is| are) )?(?:any|an) (?:update|news|progress)` +
    String.raw`|\b(?:retomo|reactivo|reabro) (?:este|el) (?:hilo|tema|caso|correo|asunto|ticket)` +
    // Forty-second session: the same chase said shorter: "Following up on this.", "checking in again on the refund".
    String.raw`|^(?:(?:hi|hello|hey)\b[^.!?]{0,20}[,.!] ?)?(?:just )?following up(?: (?:on|about) (?:this|it|that))?(?=\s*[.!]*$)|\bchecking (?:in|back) (?:again|once more)\b` +
    // Forty-eighth session: asked for by name, as a second voice on a tracker ("Also requesting an update - …"); not an
    // update asked of the record ("requesting an update to my address") or of the software ("…for the firmware").
    String.raw`|(?<!\bnot |(?:users|customers|people|they) (?:are |keep |kept |were )?)\b(?:also |again )?requesting (?:an |any )?(?:update|status update)(?= (?:on|about|regarding) (?:this|it|that|(?:my|our|the) (?:ticket|case|order|claim|request|refund|complaint|booking|return|dispute|status)|ticket|case|order|claim|request|#|\d)|,? ?(?:please|pls)?\s*(?:[-.,!?]|$))`,
);

/** The sentences of a folded message that ask: a «?», an opening «¿», or an ask said first with its «?» left out («hubo alguna novedad, alguna luz..»). */
function questions(folded: string): string[] {
  return folded.split(/(?<=[?])|[.!\n]+/).filter((s) => s.includes('?') || /^\s*(?:\x40[\w.-]+\s+)?(?:¿|(?:hubo|hay|alguna|algun|any) )/.test(s) || ASKS_INDIRECTLY.test(s));
}

export function chasesStatus(folded: string): boolean {
  if (NOTHING_BACK.test(folded) || ASKS_FOR_AN_ANSWER.test(folded) || BARE_HELLO.test(folded)) return true;
  return questions(folded).some(
    (q) => (ASKS_AFTER.test(q) && !ASKS_OF_PLANS.test(q)) || LOOKED_AT_YET.test(q) || LOOKED_AT_YET_ES.test(q) || ANYBODY_THERE.test(q),
  );
}
