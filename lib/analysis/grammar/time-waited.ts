/**
 * The time a customer was given against the time they have waited, read from the numbers:
 * «el vale "llegaba en 48 hrs"… ya van 10 días», "Estimated pickup: 15 min. Actual: 1 hr 40 min",
 * "they told me 3-5 business days, it's been 2 days". A window outrun is a broken promise
 * whatever words carry it; a wait still inside the window is not one yet. Works on folded text
 * (lower case, no accents), where quotation marks are kept.
 */
import { EN_MONTH_SHORT, EN_MONTHS, ES_MONTHS } from './calendar-words';
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
  /(?:\b(?:ya van|van|llevo|llevamos|lleva|llevan|llevaba|han pasado|ha pasado|pasaron|paso|ya son|hace|desde hace|it's been|it's now been|it has been|it has now been|its been|has been|have been|been waiting|been waiting for|waiting for|waited|waited for|espere|esperamos|he esperado|hemos esperado|since|after|despues de|tras|took|taken|taking|tardo|tardaron|tardaste|tardasteis|demoro|demoraron|actual|actually))\s*:?\s+(?:(?:ya|already|over|more than|mas de|casi|almost|nearly|about|around|like|unos|unas|como|un total de|a total of)\s+)*$/;
/** …or just after it: "3 weeks later", «50 minutos de espera», «tres días sin que aparezca nadie», "2 hours on hold". */
const WAITED_AFTER =
  /^\s*(?:later|ago|despues|de espera|on hold|on the phone|en espera|al telefono|en el telefono|de retraso|de demora|de atraso|late|overdue|and counting|y contando|y nada|and nothing|and still|y sigue|y seguimos|y todavia|y aun|sin (?:que|respuesta|noticias|nada|solucion|novedad)|without (?:any|a|an|my|the|news|reply|response)|waiting|esperando)\b/;
/** A stretch of the customer's own life, not a wait: «hace 3 años que soy cliente», "for 5 years as a customer". */
const NOT_A_WAIT = /^\s*(?:que soy|como client|siendo client|de client|con ustedes|con vosotros|as a customer|with you|of (?:being|membership)|de vacaciones|de viaje|on holiday|on vacation)/;

/** A window the company gave: reported, estimated, or advertised in the same sentence before it. */
export const GIVEN_BY =
  /\b(?:segun|as per|per (?:your|their|the)|according to|meant to|was to be|were to be|se suponia|dijeron|dijo|dijiste|dijisteis|dicen|dice|decian|decia|ponia|pone|hablan de|hablaban de|prometieron|prometio|prometen|prometisteis|indicaron|indico|indica|informaron|informo|aseguraron|aseguro|confirmaron|confirmo|confirmasteis|quedaron|respondieron|contestaron|estimad[oa]|estimated|estimate|eta|said|says|saying|told|tells|promised|promising|quoted|stated|states|assured|confirmed|advertised|guaranteed|supposed|expected)\b/;
/** …said as the span a service takes: «en 48 horas», "within 24hrs", «está a 5 minutos», "in 5-7 days". */
const WINDOW_WORD = /\b(?:en|than|under|dentro de|en un maximo de|un maximo de|maximo de|maximo|max|within|in|up to|hasta|de|plazo de|entre|between|a|of|take|takes|tarda|tardan|demora|demoran|son|seran|serian|eran)\s+(?:(?:the next|los proximos|las proximas|unos|unas|about|around|aprox|aproximadamente|approx|approximately)\s+)?$/;
/** Windows that bind the customer, not the company: «tienes 30 días para devolverlo», "returns within 30 days of purchase". */
const CUSTOMER_WINDOW =
  /\b(?:tienes|tiene usted|tenes|teneis|tienen|you have|you've got|you must|you need|you can|must be|para (?:devolver|cambiar|reclamar|cancelar|pedir|solicitar|presentar|pagar)|to (?:return|exchange|cancel|claim|request|file|pay|dispute)|of purchase|de la compra|policy|politica|returns? (?:are|is) accepted|se aceptan)\b/;
/** Counted from an arrival: the customer's window («30 days of delivery»), unless the company's act is what it times ("refund within 5-7 business days of receipt"). */
const COUNTED_FROM = /\b(?:of (?:delivery|receipt)|de (?:la entrega|recibid))/;
const COMPANY_ACT = /\b(?:refund\w*|reembols\w*|reintegr\w*|acredit\w*|credited|processed|procesad\w*)\b/;
const QUOTED = /["“”«»][^"“”«»\n]{1,160}["“”«»]/g;
/** Said right after the saying: "told me 3-5 business days", «me dijeron 10 días», "ETA: 15 min". */
const SAID_RIGHT_BEFORE = /(?:\b(?:me|us|nos|les?)|\b(?:said|told|dijeron|dijo|quoted|promised|eta|estimated(?: [a-z]+){0,2}|estimad[oa](?: [a-z]+){0,2}))\s*:?\s+$/;
/** Words that make a stated span a service's window (a delivery, a refund, an answer), when it counts business days. */
const SERVICE_WORD = /\b(?:entrega\w*|envio|enviar|envian|despacho|llega\w*|reembolso|devolucion|reintegro|respuesta|responder|contestar|solucion\w*|resolver|arregl\w*|repar\w*|instal\w*|conect\w*|activ\w*|visita\w*|plazo|acredit\w*|abono|repair\w*|install\w*|connect\w*|activat\w*|deliver\w*|ship\w*|dispatch\w*|arriv\w*|refund\w*|repl\w*|respon\w*|resolv\w*|fix\w*|process\w*|credit\w*|revers\w*|reflect\w*)\b/;

/** A wait counted without its unit, which is the window's: «me dijeron 10 días y van 6», "they said 5 days, it's been 8". */
const BARE_WAIT = new RegExp(String.raw`\b(?:ya van|van|llevo|llevamos|llevan|it's been|it has been|its been|been|took|tardo|tardaron|espere|esperamos|waited)\s+(?:ya\s+)?(?<n>\d{1,3}|${CARDINAL.es}|${CARDINAL.en})(?=\s*(?:[.,;!?)]|$|y\b|and\b|but\b|pero\b|ya\b|now\b|para\b))`, 'g');

/** A stretch read: where it starts, its length in minutes, the minutes of its unit, and whether it was given or waited. */
type Reading = { at: number; minutes: number; per: number; given: boolean; waited: boolean };
/** An estimate hedged is no window given: "bags usually turn up within 48 hours", «suele tardar 3 días». */
export const HEDGED = /\b(?:usually|normally|typically|generally|often|sometimes|can take|may take|might take|could take|suele|suelen|normalmente|generalmente|habitualmente|por lo general|a veces|puede tardar|pueden tardar|podria tardar)\b/;

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
    const before = folded.slice(Math.max(0, m.index! - 140), m.index!);
    const clause = before.replace(/^[\s\S]*[.!?\n;]/, '');
    const after = folded.slice(end, end + 40);
    const waited = (WAITED_BEFORE.test(before.slice(-40)) || WAITED_AFTER.test(after)) && !NOT_A_WAIT.test(after);
    // The company's words quoted, saying a span: «"está a 5 minutos"», "it will reflect within 24hrs".
    const inQuotes = quoted.some(([a, b]) => a < m.index! && end < b) && WINDOW_WORD.test(clause);
    const around = folded.slice(Math.max(0, m.index! - 50), end + 40);
    const said = GIVEN_BY.test(clause) && (WINDOW_WORD.test(clause) || SAID_RIGHT_BEFORE.test(clause));
    // A service that counts business days is the company's clock, said or not: "refunds take 5-7 business days".
    const business = !!(g.pre || g.biz) && WINDOW_WORD.test(clause) && SERVICE_WORD.test(around);
    const customers = CUSTOMER_WINDOW.test(around) || (COUNTED_FROM.test(around) && !COMPANY_ACT.test(clause));
    const given = !waited && (inQuotes || said || business) && !customers && !HEDGED.test(clause);
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
  if (slotGoneBy(folded) || clockGoneBy(folded)) return 'outrun';
  const readings = readStretches(folded);
  const windows = readings.filter((r) => r.given);
  const waits = readings.filter((r) => r.waited).map((r) => ({ at: r.at, minutes: r.minutes }));
  // A window said without its unit takes the wait's: «la app ponía 25-35… lleva 55 minutos».
  if (!windows.length && waits.length) windows.push(...bareWindows(folded, readings.find((r) => r.waited)!.per));
  if (!windows.length) return null;
  // The unit left out is the window's (the first window told).
  for (const m of folded.matchAll(BARE_WAIT)) waits.push({ at: m.index!, minutes: countOf(m.groups!.n) * windows[0].per });
  // …and a wait told by the calendar: "received on April 11. It's May 2.", «Eso fue en enero. Estamos en abril.»
  waits.push(...calendarWaits(folded));
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


/** A range said without a unit right after the saying: «la app ponía 25-35», "the app said 25-35". */
const BARE_WINDOW = /\b(?:ponia|pone|decia|dice|marcaba|marca|mostraba|said|says|showed|shows|estimated|eta)\s*:?\s+(?<n>\d{1,3})\s*(?:-|a|to)\s*(?<m>\d{1,3})(?=\s*(?:[.,;!?)]|$|y\b|and\b|but\b|pero\b))/g;
/** …or set against the wait as what was said: "it took 2 days, not 5 like you said", «tardó 3 días, no 10 como dijeron». */
const NOT_AS_SAID = /\b(?:not|instead of|rather than|no|en vez de|en lugar de)\s+(?:the\s+|los\s+|las\s+)?(?<n>\d{1,3})\s+(?:like|as|como|que)\s+(?:you|they|he|she|you guys|dijeron|dijo|dijiste|dijisteis|prometieron|prometio|decia|decian|ponia)\b/g;
function bareWindows(folded: string, per: number): Reading[] {
  return [...folded.matchAll(BARE_WINDOW), ...folded.matchAll(NOT_AS_SAID)].map((m) => ({
    at: m.index!, minutes: Math.max(Number(m.groups!.n), Number(m.groups!.m ?? 0)) * per, per, given: true, waited: false,
  }));
}

/** A month's name, full or short, to its index from 0. */
const MONTH_OF = new Map<string, number>([
  ...[ES_MONTHS, EN_MONTHS, EN_MONTH_SHORT].flatMap((names) => names.map((name, month) => [name, month] as const)),
  ['setiembre', 8],
  ['sept', 8],
]);
const MONTH = [...MONTH_OF.keys()].sort((a, b) => b.length - a.length).join('|');
/** "May" alone is a verb more often than a month. */
const MONTH_NOT_MAY = MONTH.replace('|may|', '|');
/** A day of a named month: «11 de abril», "April 11th", "11 April", "the 2nd of May". */
const DATE = new RegExp(String.raw`(?<![a-z0-9])(?:(?<d1>\d{1,2})(?:st|nd|rd|th)?\s+(?:de\s+|of\s+)?(?<m1>${MONTH})|(?<m2>${MONTH})\.?\s+(?<d2>\d{1,2})(?:st|nd|rd|th)?)(?![a-z0-9])`, 'g');
/** A month named alone as when something was: «en enero», "since January", "in March". */
const MONTH_ALONE = new RegExp(String.raw`\b(?:en|in|since|desde|de)\s+(?<m>${MONTH_NOT_MAY})(?![a-z0-9])`, 'g');
/** What says a date or a month is today's: "It's May 2", "today is the 15th", «hoy es 2 de mayo», «estamos en abril». */
const NOW_IS = String.raw`\b(?:it'?s|it is|now it'?s|today is|today's|we'?re in|we are in|estamos en|estamos a|hoy es)\s+(?:now\s+)?(?:the\s+)?(?:already\s+|ya\s+)?`;
const NOW_SAID = new RegExp(`${NOW_IS}$`);
/** A message that never says what today is tells no wait by the calendar. */
const NOW_ANYWHERE = new RegExp(NOW_IS);
const NOW_MONTH = new RegExp(String.raw`${NOW_IS}(?<m>${MONTH_NOT_MAY})(?![a-z0-9])`, 'g');

/** Days from a dated event to the date said to be today, or whole months between a month told and the month said to be now. */
function calendarWaits(folded: string): Array<{ at: number; minutes: number }> {
  if (!NOW_ANYWHERE.test(folded)) return [];
  const dates = [...folded.matchAll(DATE)].map((m) => {
    const g = m.groups!;
    return { at: m.index!, month: MONTH_OF.get(g.m1 ?? g.m2)!, day: Number(g.d1 ?? g.d2), now: NOW_SAID.test(folded.slice(Math.max(0, m.index! - 30), m.index!)) };
  }).filter((d) => d.day >= 1 && d.day <= 31);
  const out: Array<{ at: number; minutes: number }> = [];
  for (const today of dates.filter((d) => d.now)) {
    const before = dates.filter((d) => !d.now && d.at < today.at);
    if (!before.length) continue;
    const from = before[before.length - 1]!;
    let days = (today.month - from.month) * 30.44 + today.day - from.day;
    if (days < 0) days += 365;
    if (days > 0 && days < 200) out.push({ at: today.at, minutes: Math.round(days) * 24 * 60 });
  }
  for (const now of folded.matchAll(NOW_MONTH)) {
    const month = MONTH_OF.get(now.groups!.m)!;
    const told = [...dates.filter((d) => !d.now && d.at < now.index!).map((d) => ({ at: d.at, month: d.month })),
      ...[...folded.slice(0, now.index!).matchAll(MONTH_ALONE)].map((m) => ({ at: m.index!, month: MONTH_OF.get(m.groups!.m)! }))].sort((a, b) => a.at - b.at);
    if (!told.length) continue;
    const gap = (month - told[told.length - 1]!.month + 12) % 12;
    // Two months on is at least one whole month waited (January to March: all of February).
    if (gap >= 2 && gap <= 6) out.push({ at: now.index!, minutes: (gap - 1) * 30 * 24 * 60 });
  }
  return out;
}

/** A visit booked for a slot today, and a time said as now past its end: "booked for today 8-12… it's now 2pm", «entre las 9 y las 13… ya son las 4 de la tarde». */
const SLOT_TODAY = /\b(?:today|hoy)\b[^.!?]{0,40}?\b(?:between\s+|entre\s+(?:las\s+)?|from\s+|de\s+(?:las\s+)?)?(?<a>\d{1,2})(?::\d\d)?\s*(?:am|pm)?\s*(?:-|–|to|and|y|a)\s*(?:las\s+)?(?<b>\d{1,2})(?::\d\d)?\s*(?<bm>am|pm|hs|h\b)?/;
const hour24 = (h: number, marker: string | undefined) => (/^(?:pm|p\.m\.|de la tarde|de la noche)$/.test(marker ?? '') || (!marker && h <= 7) ? (h % 12) + 12 : h);
/** The hour a match names (`n`, `nm`, `ap`, or `noon` for lunchtime), on the 24-hour clock: «las 5» is 17, "11 am" is 11. */
const hourOf = (g: Record<string, string | undefined>) =>
  g.noon ? 13 : hour24(/^\d/.test(g.n!) ? Number(g.n) : (cardinalValue(g.n!) ?? NaN), g.ap) + Number(g.nm ?? 0) / 60;
function slotGoneBy(folded: string): boolean {
  const slot = SLOT_TODAY.exec(folded);
  if (!slot) return false;
  const end = hour24(Number(slot.groups!.b), slot.groups!.bm);
  if (end <= Number(slot.groups!.a) || end > 23) return false;
  for (const now of folded.slice(slot.index + slot[0].length).matchAll(NOW_HOUR)) {
    const hour = hourOf(now.groups!);
    if (hour > end && hour <= 23.99) return true;
  }
  return false;
}

/** An hour of the clock in digits or words: «las 5», "at 11", "four". */
const HOUR = String.raw`\d{1,2}|${CARDINAL.es}|${CARDINAL.en}`;
const MARKER = String.raw`am|pm|a\.m\.|p\.m\.|de la manana|de la tarde|de la noche|hs|h\b`;
/** A time of day the company named or the customer booked: «a las 5», "at 11 am", "by lunchtime", «para el mediodía». */
const PROMISED_CLOCK = new RegExp(String.raw`\b(?:(?:a|para|hasta|antes de) las|at|for|by|before|around|al?|para el|antes del)\s+(?:(?<n>${HOUR})(?::(?<nm>\d\d))?\s*(?<ap>${MARKER})?|(?<noon>lunch(?:time)?|noon|midday|mediodia))(?![a-z0-9:]|\s+(?:dias?|days?|hours?|horas?|hrs?|weeks?|semanas?|months?|mes|meses|min\w*|nights?|noches?|years?|anos?|veces|times)\b)`, 'g');
/** What makes that time a booking, besides a promise told (GIVEN_BY): «agendé una consulta a las 4», "booked for 11 am". */
const BOOKED = /\b(?:agend\w*|reserv\w*|cita|turno|consulta|programad\w*|quedaba|quedo en|estaria|llegaba|iba a|iban a|tenian? que|booked|scheduled|appointment|consultation|due|would|\w+'d)\b/;
/** The time said to be now, later in the message: «ya son las 7», "it's nearly four", «son las 4:40». */
const NOW_HOUR = new RegExp(String.raw`\b(?:son las|es la|it's|it is|its)\s+(?:(?:now|already|nearly|almost|past|gone|casi|ya)\s+)*(?<n>${HOUR})(?::(?<nm>\d\d))?\s*(?<ap>${MARKER})?(?=\s*(?:[.,;!?)]|$|(?:and|y|now|ya|already|still|todavia|pero|but|no|nadie|nobody|el|la|the)\b))`, 'g');

/** A time of day promised or booked and a later time said to be now: «quedaba lista a las 5 y ya son las 7», "booked for 4, it's 4:40". */
function clockGoneBy(folded: string): boolean {
  for (const slot of folded.matchAll(PROMISED_CLOCK)) {
    const sentence = folded.slice(Math.max(0, slot.index! - 120), slot.index!).replace(/^[\s\S]*[.!?\n]/, '');
    if (!GIVEN_BY.test(sentence) && !BOOKED.test(sentence)) continue;
    const promised = hourOf(slot.groups!);
    for (const now of folded.slice(slot.index! + slot[0].length).matchAll(NOW_HOUR)) {
      const hour = hourOf(now.groups!);
      if (hour > promised && hour < 24) return true;
    }
  }
  return false;
}
