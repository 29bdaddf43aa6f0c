/**
 * The time a customer was given against the time they have waited, read from the numbers:
 * «el vale "llegaba en 48 hrs"… ya van 10 días», "Estimated pickup: 15 min. Actual: 1 hr 40 min",
 * "they told me 3-5 business days, it's been 2 days". A window outrun is a broken promise
 * whatever words carry it; a wait still inside the window is not one yet. Works on folded text
 * (lower case, no accents), where quotation marks are kept.
 */
import { CARDINAL, cardinalValue } from './numbers';

/** A count in digits or words; «a week», «media hora», "half an hour". */
const COUNT = String.raw`\d{1,3}(?:[.,]5)?|${CARDINAL.es}|${CARDINAL.en}|an?|media|half an?`;
/** Digits may touch their unit («48h», "25mins"); a word needs a space or a hyphen. */
const JOIN = String.raw`(?:(?<=\d)\s*|[\s-]+)`;
const UNIT = String.raw`(?:minutos?|minutes?|mins?|horas?|hours?|hrs?|hs|h|dias?|days?|semanas?|weeks?|wks?|meses|mes|months?)`;
const STRETCH = new RegExp(
  String.raw`(?<![a-z0-9])(?<n>${COUNT})(?:\s*(?:-|a|to|o|or|al)\s*(?<m>${COUNT}))?${JOIN}(?<pre>(?:business|working)\s+)?(?<unit>${UNIT})(?![a-z])(?<biz>\s+(?:habiles|laborables|utiles))?`,
  'g',
);
/** The smaller unit of a compound stretch, right after the first: "1 hr 40 min", «2 horas y 15 minutos». */
const TAIL = new RegExp(String.raw`\s*(?:y|and|,)?\s*(?<n>\d{1,2})${JOIN}(?<unit>minutos?|minutes?|mins?|min)(?![a-z])`, 'y');

const MINUTES: Array<[RegExp, number]> = [
  [/^min/, 1],
  [/^(?:h|hs|hrs?|horas?|hours?)$/, 60],
  [/^(?:dias?|days?)$/, 60 * 24],
  [/^(?:semanas?|weeks?|wks?)$/, 60 * 24 * 7],
  [/^(?:mes|meses|months?)$/, 60 * 24 * 30],
];

function countOf(word: string | undefined): number {
  if (word === undefined) return 0;
  if (/^\d/.test(word)) return Number(word.replace(',', '.'));
  if (/^(?:an?|un|una|uno|one)$/.test(word)) return 1;
  if (/^(?:media|half)/.test(word)) return 0.5;
  return cardinalValue(word) ?? 0;
}

/** Said just before the stretch, it counts time gone by: «ya van», «llevo», "it's been", «hace», "took", "Actual:". */
const WAITED_BEFORE =
  /(?:\b(?:ya van|van|llevo|llevamos|lleva|llevan|llevaba|han pasado|ha pasado|pasaron|paso|ya son|hace|desde hace|it's been|it's now been|it has been|it has now been|its been|has been|have been|been waiting|been waiting for|waiting for|waited|waited for|since|after|despues de|tras|took|taken|taking|tardo|tardaron|tardaste|tardasteis|demoro|demoraron|actual|actually))\s*:?\s+(?:(?:ya|already|over|more than|mas de|casi|almost|nearly|about|around|like|unos|unas|como|un total de|a total of)\s+)*$/;
/** …or just after it: "3 weeks later", «50 minutos de espera», «tres días sin que aparezca nadie», "2 hours on hold". */
const WAITED_AFTER =
  /^\s*(?:later|ago|despues|de espera|on hold|on the phone|en espera|al telefono|en el telefono|de retraso|de demora|de atraso|late|overdue|and counting|y contando|y nada|and nothing|and still|y sigue|y seguimos|y todavia|y aun|sin (?:que|respuesta|noticias|nada|solucion|novedad)|without (?:any|a|an|my|the|news|reply|response)|waiting|esperando)\b/;
/** A stretch of the customer's own life, not a wait: «hace 3 años que soy cliente», "for 5 years as a customer". */
const NOT_A_WAIT = /^\s*(?:que soy|como client|siendo client|de client|con ustedes|con vosotros|as a customer|with you|of (?:being|membership)|de vacaciones|de viaje|on holiday|on vacation)/;

/** A window the company gave: reported, estimated, or advertised in the same sentence before it. */
const GIVEN_BY =
  /\b(?:dijeron|dijo|dijiste|dijisteis|dicen|dice|decian|decia|ponia|pone|hablan de|hablaban de|prometieron|prometio|prometen|prometisteis|indicaron|indico|indica|informaron|informo|aseguraron|aseguro|confirmaron|confirmo|confirmasteis|quedaron|respondieron|contestaron|estimad[oa]|estimated|estimate|eta|said|says|saying|told|tells|promised|promising|quoted|stated|states|assured|confirmed|advertised|guaranteed|supposed|expected)\b/;
/** …said as the span a service takes: «en 48 horas», "within 24hrs", «está a 5 minutos», "in 5-7 days". */
const WINDOW_WORD = /\b(?:en|dentro de|en un maximo de|un maximo de|maximo de|maximo|max|within|in|up to|hasta|de|plazo de|entre|between|a|of|take|takes|tarda|tardan|demora|demoran|son|seran|serian|eran)\s+(?:(?:the next|los proximos|las proximas|unos|unas|about|around|aprox|aproximadamente|approx|approximately)\s+)?$/;
/** Windows that bind the customer, not the company: «tienes 30 días para devolverlo», "returns within 30 days of purchase". */
const CUSTOMER_WINDOW =
  /\b(?:tienes|tiene usted|tenes|teneis|tienen|you have|you've got|you must|you need|you can|must be|para (?:devolver|cambiar|reclamar|cancelar|pedir|solicitar|presentar|pagar)|to (?:return|exchange|cancel|claim|request|file|pay|dispute)|of (?:purchase|delivery|receipt)|de (?:la compra|la entrega|recibid)|policy|politica|returns? (?:are|is) accepted|se aceptan)\b/;
const QUOTED = /["“”«»][^"“”«»\n]{1,160}["“”«»]/g;
/** Said right after the saying: "told me 3-5 business days", «me dijeron 10 días», "ETA: 15 min". */
const SAID_RIGHT_BEFORE = /(?:\b(?:me|us|nos|les?)|\b(?:said|told|dijeron|dijo|quoted|promised|eta|estimated(?: [a-z]+){0,2}|estimad[oa](?: [a-z]+){0,2}))\s*:?\s+$/;
/** Words that make a stated span a service's window (a delivery, a refund, an answer), when it counts business days. */
const SERVICE_WORD = /\b(?:entrega\w*|envio|enviar|envian|despacho|llega\w*|reembolso|devolucion|reintegro|respuesta|responder|contestar|solucion\w*|resolver|arregl\w*|repar\w*|instal\w*|conect\w*|activ\w*|visita\w*|plazo|acredit\w*|abono|repair\w*|install\w*|connect\w*|activat\w*|deliver\w*|ship\w*|dispatch\w*|arriv\w*|refund\w*|repl\w*|respon\w*|resolv\w*|fix\w*|process\w*|credit\w*|revers\w*|reflect\w*)\b/;

/** A wait counted without its unit, which is the window's: «me dijeron 10 días y van 6», "they said 5 days, it's been 8". */
const BARE_WAIT = new RegExp(String.raw`\b(?:ya van|van|llevo|llevamos|llevan|it's been|it has been|its been|been)\s+(?:ya\s+)?(?<n>\d{1,3}|${CARDINAL.es}|${CARDINAL.en})(?=\s*(?:[.,;!?)]|$|y\b|and\b|but\b|pero\b|ya\b|now\b))`, 'g');

/** A stretch read: where it starts, its length in minutes, the minutes of its unit, and whether it was given or waited. */
type Reading = { at: number; minutes: number; per: number; given: boolean; waited: boolean };
/** An estimate hedged is no window given: "bags usually turn up within 48 hours", «suele tardar 3 días». */
const HEDGED = /\b(?:usually|normally|typically|generally|often|sometimes|can take|may take|might take|could take|suele|suelen|normalmente|generalmente|habitualmente|por lo general|a veces|puede tardar|pueden tardar|podria tardar)\b/;

/** The stretches of the text last read: repeat contact and broken promise ask about the same message, one after the other. */
let lastRead: { folded: string | null; readings: Reading[] } = { folded: null, readings: [] };
function readStretches(folded: string): Reading[] {
  if (folded !== lastRead.folded) lastRead = { folded, readings: readStretchesUncached(folded) };
  return lastRead.readings;
}

function readStretchesUncached(folded: string): Reading[] {
  const quoted: Array<[number, number]> = [];
  for (const q of folded.matchAll(QUOTED)) quoted.push([q.index!, q.index! + q[0].length]);
  const readings: Reading[] = [];
  for (const m of folded.matchAll(STRETCH)) {
    const g = m.groups!;
    const per = MINUTES.find(([unit]) => unit.test(g.unit))![1];
    // A range counts its far end: "3-5 business days" is five of them.
    let minutes = Math.max(countOf(g.n), countOf(g.m)) * per * (g.pre || g.biz ? 7 / 5 : 1);
    let end = m.index! + m[0].length;
    TAIL.lastIndex = end;
    const tail = per === 60 ? TAIL.exec(folded) : null;
    if (tail) {
      minutes += Number(tail.groups!.n);
      end += tail[0].length;
    }
    if (!minutes) continue;
    const before = folded.slice(Math.max(0, m.index! - 80), m.index!);
    const clause = before.replace(/^[\s\S]*[.!?\n;]/, '');
    const after = folded.slice(end, end + 40);
    const waited = (WAITED_BEFORE.test(before.slice(-40)) || WAITED_AFTER.test(after)) && !NOT_A_WAIT.test(after);
    // The company's words quoted, saying a span: «"está a 5 minutos"», "it will reflect within 24hrs".
    const inQuotes = quoted.some(([a, b]) => a < m.index! && end < b) && WINDOW_WORD.test(clause);
    const around = folded.slice(Math.max(0, m.index! - 50), end + 40);
    const said = GIVEN_BY.test(clause) && (WINDOW_WORD.test(clause) || SAID_RIGHT_BEFORE.test(clause));
    // A service that counts business days is the company's clock, said or not: "refunds take 5-7 business days".
    const business = !!(g.pre || g.biz) && WINDOW_WORD.test(clause) && SERVICE_WORD.test(around);
    const given = !waited && (inQuotes || said || business) && !CUSTOMER_WINDOW.test(around) && !HEDGED.test(clause);
    readings.push({ at: m.index!, minutes, per, given, waited });
  }
  return readings;
}

/**
 * A stretch waited on a contact that got nowhere: "It's been 2 hours on hold", «Diez días de espera en Facebook»,
 * «ya van 3 días… y ninguna información». Trying for a stretch of time is contacting again (docs/labelling.md); a
 * wait beside no channel or answer («3 hours late», «una hora en espera en la puerta», "3 hours on the phone with my mum") is not.
 */
const CONTACT_WAITED_ON =
  /\b(?:on hold|calls?|call(?:ed|ing)|chat|e-?mails?|dms?|repl(?:y|ies)|response|answer|customer (?:service|care)|support|agents?|representatives?|llamadas?|correos?|mails?|mensajes?|respuesta|respond\w*|contest\w*|informacion|noticias|atencion al cliente|servicio al cliente|facebook|twitter|whatsapp)\b/;

/** A count could be there: digits or a number word. Both readers skip a text without one (most texts). */
const MAY_COUNT = /\d|\b(?:un|una|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|an?|one|two|three|four|five|six|seven|eight|nine|ten|media|half)\b/;

export function waitedOnContact(folded: string): boolean {
  if (!MAY_COUNT.test(folded)) return false;
  // The contact follows the stretch in its own sentence: «2 horas en espera al teléfono», not "Hello Support Team, since 10 days my channel…".
  return readStretches(folded).some((r) => r.waited && CONTACT_WAITED_ON.test(folded.slice(r.at, r.at + 60).split(/[.!?\n]|\s\/\s/)[0]!));
}

/**
 * 'outrun' when a wait is longer than the shortest window given before it (a window moved later
 * does not mend the first: «en 7 días hábiles… diez días después… ya era de 20»); 'within' when
 * every wait is shorter than its window and of its order (40 minutes on hold says nothing of a
 * 48-hour refund); null when the message does not tell both, or a wait equals its window.
 */
export function waitAgainstWindow(folded: string): 'outrun' | 'within' | null {
  // The lexicon and the model's gate both ask about the same message, one after the other.
  if (folded !== lastAsked.folded) lastAsked = { folded, answer: compareWaitAndWindow(folded) };
  return lastAsked.answer;
}

let lastAsked: { folded: string | null; answer: 'outrun' | 'within' | null } = { folded: null, answer: null };

function compareWaitAndWindow(folded: string): 'outrun' | 'within' | null {
  if (!MAY_COUNT.test(folded)) return null;
  const readings = readStretches(folded);
  const windows = readings.filter((r) => r.given);
  if (!windows.length) return null;
  const waits = readings.filter((r) => r.waited).map((r) => ({ at: r.at, minutes: r.minutes }));
  // The unit left out is the window's (the first window told).
  for (const m of folded.matchAll(BARE_WAIT)) waits.push({ at: m.index!, minutes: countOf(m.groups!.n) * windows[0].per });
  if (!waits.length) return null;
  let within = true;
  for (const wait of waits) {
    const before = windows.filter((w) => w.at < wait.at);
    const window = Math.min(...(before.length ? before : windows).map((w) => w.minutes));
    if (wait.minutes > window) return 'outrun';
    if (!(wait.minutes < window && wait.minutes >= window / 10)) within = false;
  }
  return within ? 'within' : null;
}
