/**
 * A threat, built from its two halves: the customer's intent («voy a», "I'll", "I'm considering", «de lo
 * contrario», "or I'll be") and what they will do to the company — take it to an authority, a regulator, the press
 * or a court, post about it, take their business elsewhere («…voy a denunciarlos ante Profeco», "Otherwise I'll be filing
 * under the lemon law and leaving reviews everywhere", "we're evaluating alternatives"). The labelling guide
 * counts threats to leave, sue or go public as anger. The anger lexicon lists the threats said whole (a lawyer named
 * is one on its own); this reads the ones said in other words. Reporting to the police, cancelling for a reason and reporting a bug to the
 * developers threaten nobody: the consequences are only those aimed at the company. Works on folded text.
 */

const INTENT_EN = String.raw`(?:i'll|i will|we'll|we will|(?:i'm|im|i m|i am|we're|we are) (?:going to|gonna|(?:seriously )?considering|thinking (?:of|about)|(?:about )?ready to|about to|evaluating|looking at)|i may|i might|we may|we might|(?:i|we) have no (?:choice|option) but to|next step is)`;
const AUTHORITY_EN = String.raw`(?:the |a |my |our )?(?:[a-z]+ ){0,3}?(?:board|regulator|ombudsman|bbb|ftc|fcc|cfpb|attorney general|consumer (?:affairs|protection|council|rights)|trading standards|press|media|authorit(?:y|ies)|lemon law|small claims|court|tribunal)\b`;
const CONSEQUENCE_EN = [
  String.raw`(?:report|complain|escalat|tak|writ|contact|talk|go|fil)[a-z]*(?: a (?:complaint|claim|case))?(?: this| it| you| them)?(?: to| with| under| against)? ${AUTHORITY_EN}`,
  String.raw`(?:leav|writ|post)[a-z]*(?: [a-z]+){0,2} (?:reviews?|online|everywhere)`,
  String.raw`clos[a-z]+ (?:every|all(?: of)?) (?:my |our )?(?:[a-z]+ )?accounts?`,
  // Fifty-third session (real62): the money taken back through the bank ("I'll have to resort to filing … a forced chargeback").
  String.raw`(?:(?:fil|do|open|initiat|request|issu|start|go)[a-z]* (?:a |an |for a )?(?:[a-z]+ ){0,2}?)?(?:chargeback|charge-back)\b`,
  // Fifty-third session (real61): action against the company, named as strict or legal, or said against it ("else i'm going to
  // take strict action on it"); a plain "I'll take action on it tonight" is a step, not a threat.
  String.raw`tak[a-z]* (?:(?:strict|strong|serious|legal|drastic) actions?\b|actions?(?= against\b)|actions(?= on (?:it|this|them)\b|\s*[.!,]|$))`,
  // "we're evaluating alternatives": the intent holds the verb.
  String.raw`(?:(?:look[a-z]* (?:at|for)|explor[a-z]+|consider[a-z]*) )?(?:other )?(?:alternatives|other (?:providers|vendors|suppliers|banks|carriers))`,
];

const INTENT_ES = String.raw`(?:voy a|vamos a|pienso|pensamos|(?:estoy|estamos) (?:pensando en|considerando)|me vere obligad[oa] a|no me queda(?:ra)? (?:otra|mas remedio) que|tendre que|procedere a|de lo contrario|caso contrario|si no [^.!?]{0,50}?,)`;
const AUTHORITY_ES = String.raw`(?:la |el |los |un |una |mi |al )?(?:[a-z]+ ){0,2}?(?:abogad[oa]s?|juzgado|tribunal(?:es)?|justicia|prensa|medios|profeco|condusef|sernac|indecopi|osiptel|superintendencia|consumo|ocu|facua|defensa del consumidor|autoridad(?:es)?)\b`;
const CONSEQUENCE_ES = [
  String.raw`(?:denunci|demand|quej|reclam|acud|ir|recurr|escal|llev|present|poner|consult|habl)[a-z]*(?: [a-z]+){0,3}? (?:a|ante|en|con|al) ${AUTHORITY_ES}`,
  String.raw`(?:publicar|difundir|subir|compartir|contar|escrachar)[a-z]*(?: [a-z]+){0,3}? (?:en (?:redes|twitter|facebook|instagram|tiktok|google|internet|todas partes)|por (?:todos lados|todas partes|redes))`,
];

/** Said whole, these need no intent: «esto no se va a quedar así», "this won't end here". */
const NOT_OVER = String.raw`(?:esto )?no se va a quedar asi|esto no (?:queda|quedara) asi|this (?:won't|will not|isn't going to) end here|this is(?:n't| not) over`;

const THREAT = new RegExp(
  String.raw`\b(?:${INTENT_EN}(?: (?:be|now|just|also|then|seriously|probably|definitely|have to|resort to|go ahead and))* (?:${CONSEQUENCE_EN.join('|')})|${INTENT_ES}(?: (?:ya|directamente|tambien))* (?:${CONSEQUENCE_ES.join('|')})|${NOT_OVER})`,
);

export function threatens(folded: string): boolean {
  return THREAT.test(folded);
}
