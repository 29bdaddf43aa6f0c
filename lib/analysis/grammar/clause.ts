/**
 * A small grammar of the clause around a time phrase, for es and en: who acts (the agent
 * or company, the customer, or the case itself), in what tense or mood, and whether the
 * clause states a window or an offer rather than making a promise. Commitment extraction
 * (../commitments/extract.ts) asks it one question: does this clause promise the time?
 *
 * It reads folded text (lower case, no accents) and works with verb endings, auxiliaries
 * and a few construction patterns; it is not a parser. What it covers, with examples, is
 * in tests/analysis/grammar.test.ts.
 */
import type { Lang } from '../types';

export type Actor = 'agent' | 'customer' | 'case' | 'unknown';
export type Tense = 'future' | 'present' | 'progressive' | 'past' | 'modal-offer' | 'conditional' | 'none';

export interface ClauseReading {
  actor: Actor;
  tense: Tense;
  /** The customer is on the receiving end («you'll have it», «lo recibirás»): still the company's promise. */
  receiving: boolean;
  /** The clause describes a window or a state that lasts until the time (a sale, a policy, a due date). */
  window: boolean;
  /** The time phrase qualifies a noun («our letter of 12 November», «la caída del martes»). */
  attributive: boolean;
}

// ------------------------------------------------------------------ English

const EN_AGENT = /\b(?:i|we|i'll|we'll|i'm|we're|i've|we've|i'd|we'd|our (?:team|engineers?|technicians?|courier|specialists?|support team)|the team)\b/;
const EN_CUSTOMER = /\b(?:you|you'll|you're|you've|you'd)\b/;
const EN_RECEIVING = /\byou(?:'ll| will| should| are going to|'re going to)? (?:have|get|receive|see|hear from|be (?:able|contacted|refunded|credited|called)|find)\b/;
const EN_FUTURE = /\b(?:will|'ll|shall|going to|gonna)\b/;
const EN_PROGRESSIVE = /\b(?:am|is|are|'m|'re|'s) (?:currently |still |now )?\w+ing\b/;
const EN_PAST = /\b(?:was|were|did|had|yesterday|ago)\b|\b(?:i|we|you|they|it|he|she)(?: just| already)? \w+ed\b|\b(?:have|has|'ve) (?:\w+ed|been|sent|made|taken|given|done|spoken|told)\b/;
const EN_MODAL_OFFER = /\b(?:i|we) (?:can|could|may|might)(?: also| still| even)? (?!confirm|guarantee|promise|assure)\w+|\b(?:happy|glad) to\b|\bwould you like\b|\bif you(?:'d)? (?:like|prefer|want)\b/;
const EN_CONDITIONAL = /\b(?:would|could|should|might)\b/;
/** A window or state that runs to the time: offers, policies, due dates, stock. */
const EN_WINDOW = /\b(?:sale|offer|deal|promo(?:tion)?|discount|prices?|code|voucher|coupon|window|policy|warranty|guarantee period|grace period|deadline|due|valid|expires?|expiry|runs?|lasts?|ends?|closes?|on backorder|out of stock|back in stock|available|in effect|effective)\b/;
const EN_CUSTOMER_WINDOW = /\byou(?:'ve| have)?(?: got)? (?:until|up to|(?:\w+ ){0,2}(?:days?|hours?|weeks?|months?) to)\b|\byou (?:must|need to|have to|should|can|could|may)\b|\b(?:please|kindly)\b|\bmake sure\b/;
const EN_ATTRIBUTIVE = /(?:\b(?:of|from|since|dated|on your|before your|for your)|'s) (?:the )?$/;

// ------------------------------------------------------------------ Spanish

/** First person: «envío», «enviamos», «te lo mando», «voy a», «vamos a», «estoy», «les escribo». */
const ES_AGENT = /\b(?:yo|nosotros|nosotras|nuestro equipo|el equipo|(?:voy|vamos) a|estoy|estamos|he|hemos|tengo|tenemos|puedo|podemos|\w{2,}(?:o|amos|emos|imos|are|ere|ire|aremos|eremos|iremos|re|remos))\b/;
/** Second person tú/vos acting (usted is third person in form): «tienes», «tenés», «podés», «envías». */
const ES_CUSTOMER = /\b(?:vos|tienes|tenes|puedes|podes|debes|necesitas|quieres|queres|envias|mandas|haces|haces|vas a|llamas|escribes|escribis|pasas|compras|pagas|devuelves|devolves|eliges|elegis|subes|subis|entras|ingresas|ingresa usted|usted (?:puede|debe|tiene|envia|paga|devuelve))\b/;
const ES_RECEIVING = /\b(?:(?:vas|va|van) a (?:tener|recibir|ver)|(?:lo |la |los |las |le |te )?(?:tendras|tendra|tendran|tienes|tenes|tiene|tienen|recibiras|recibira|recibiran|recibis|recibes|recibe|reciben|te llega|le llega|les llega|te llegara|le llegara|les llegara|veras|vera|veran|queda|quedara|quedan|quedaran|estara|estaran))\b/;
const ES_FUTURE = /\b(?:voy|vas|va|vamos|van|vais) a\b|\b\w{2,}(?:re|ra|ras|remos|ran|reis)\b/;
const ES_PROGRESSIVE = /\b(?:estoy|estamos|esta|estan|estas|sigo|seguimos|sigue|siguen) \w+(?:ando|iendo|yendo)\b/;
const ES_PAST = /\b(?:ayer|anoche|hace \w+|fue|fueron|\w{2,}(?:aste|iste|aron|ieron|aba|aban|ia|ian)|(?:he|has|ha|hemos|han) \w+(?:ado|ido|to|cho|so))\b/;
const ES_MODAL_OFFER = /\b(?:puedo|podemos|podria|podriamos)(?: tambien| incluso)? (?!confirmar|garantizar|asegurar|prometer)\w+(?:ar|er|ir)\b|\bsi (?:quieres|queres|prefieres|preferis|lo prefieres|gustas|desea|prefiere|lo desea)\b|\bcon gusto (?:te |le )?(?:puedo|podemos)\b/;
const ES_CONDITIONAL = /\b\w{3,}(?:ria|rian|riamos)\b/;
const ES_WINDOW = /\b(?:oferta|promo|promocion|descuento|rebajas?|precios?|codigo|cupon|plazo|politica|garantia|vence|vencen|vencimiento|caduca|expira|vigente|vigencia|valid[oa]s?|dura|duran|termina|terminan|acaba|acaban|finaliza|disponible|agotad[oa]s?|sin stock|reposicion)\b/;
const ES_CUSTOMER_WINDOW = /\b(?:tienes|tenes|tiene usted|tienen|cuentas con|contas con|cuenta con|dispones de|dispone de|disponen de)(?: hasta| un plazo de| (?:\w+ ){0,2}(?:dias|horas|semanas|meses) para)\b|\b(?:debes|debe|deben|tienes que|tenes que|tiene que|tienen que|necesitas|necesita|puedes|podes|pueden|podra|podras)\b|\bpor favor\b|\b(?:recuerda|recorda|recuerde) que\b/;
const ES_ATTRIBUTIVE = /\b(?:del|de la|desde el|desde la|con fecha|fechad[oa])\s*$|\bde (?:el|su|tu)\s*$/;
const ES_ATTRIBUTIVE_MENTION = /^del\s/;

const GRAMMAR = {
  en: { agent: EN_AGENT, customer: EN_CUSTOMER, receiving: EN_RECEIVING, future: EN_FUTURE, progressive: EN_PROGRESSIVE, past: EN_PAST, offer: EN_MODAL_OFFER, conditional: EN_CONDITIONAL, window: EN_WINDOW, customerWindow: EN_CUSTOMER_WINDOW, attributive: EN_ATTRIBUTIVE },
  es: { agent: ES_AGENT, customer: ES_CUSTOMER, receiving: ES_RECEIVING, future: ES_FUTURE, progressive: ES_PROGRESSIVE, past: ES_PAST, offer: ES_MODAL_OFFER, conditional: ES_CONDITIONAL, window: ES_WINDOW, customerWindow: ES_CUSTOMER_WINDOW, attributive: ES_ATTRIBUTIVE },
} as const;

/**
 * Reads the clause `clause` (folded) in which the time phrase sits at [mentionStart,
 * mentionEnd) (offsets into `clause`).
 */
export function readClause(clause: string, mentionStart: number, mentionEnd: number, lang: Lang): ClauseReading {
  const g = GRAMMAR[lang];
  const before = clause.slice(0, mentionStart);
  const mention = clause.slice(mentionStart, mentionEnd);
  const rest = `${before} ${clause.slice(mentionEnd)}`;
  const receiving = g.receiving.test(rest);
  const agent = g.agent.test(rest);
  const customer = g.customer.test(rest);
  const actor: Actor = receiving ? 'case' : agent ? 'agent' : customer ? 'customer' : 'unknown';
  const tense: Tense = g.offer.test(rest)
    ? 'modal-offer'
    : g.future.test(rest)
      ? 'future'
      : g.progressive.test(rest)
        ? 'progressive'
        : g.past.test(rest)
          ? 'past'
          : g.conditional.test(rest)
            ? 'conditional'
            : /\w/.test(rest)
              ? 'present'
              : 'none';
  const window = g.customerWindow.test(rest) || (g.window.test(rest) && !(lang === 'en' ? /\b(?:i|we)(?:'ll| will)\b/ : /\b(?:te|le|les) (?:lo |la |los |las )?\w+(?:o|amos|re|remos)\b/).test(before));
  const attributive = g.attributive.test(before) || (lang === 'es' && ES_ATTRIBUTIVE_MENTION.test(mention));
  return { actor, tense, receiving, window, attributive };
}

/** Immediacy and the present day: a present state at these times is not a promise. */
export type TimeKind = 'immediate' | 'today' | 'later';

/**
 * Whether the clause promises the time: the agent or company acts (or the customer
 * receives), in future or present-for-future, outside a window, offer or attribute.
 */
export function promisesTime(reading: ClauseReading, time: TimeKind): boolean {
  if (reading.attributive || reading.window) return false;
  if (reading.tense === 'modal-offer' || reading.tense === 'conditional') return false;
  if (reading.tense === 'progressive' && time !== 'later') return false;
  if (reading.actor === 'customer' && !reading.receiving) return false;
  return true;
}
