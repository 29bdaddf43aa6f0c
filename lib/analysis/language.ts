/**
 * Language detection, Spanish vs English, for one text.
 *
 * Scoring, in one pass over the folded text (no regex per word, no allocation per char):
 *  - function words and very common support words vote for their language (weight 1–3);
 *    words that exist in both languages («no», «a», «me», «he», «solo», «plan») do not vote;
 *  - English contractions («don't», «I'm», «it's», «you'll») vote English (weight 3);
 *  - English-only content words (complaint adjectives, support nouns: «pathetic», «useless»,
 *    «refund», «parcel») vote English too, so a one-word English message is not a tie;
 *  - Spanish-only characters vote Spanish: ñ ¿ ¡ and accented vowels (weight 2 each,
 *    counted on the raw text, so an accent-less Spanish text still wins on its words).
 * Only the first ~1,500 characters are read once one side leads clearly: enough for any
 * reply, and it keeps long drafts within the time budget.
 *
 * Ties (including texts with no evidence at all, such as «OK» or «#4821») go to Spanish:
 * Tacto's teams write mostly in Spanish, and a tie means the text is too short for the
 * language to matter much.
 */
import { fold } from './text';
import type { Lang } from './types';

const ES_WORDS: Record<string, number> = {};
const EN_WORDS: Record<string, number> = {};

function add(target: Record<string, number>, weight: number, words: string): void {
  for (const w of words.split(/\s+/)) if (w) target[w] = weight;
}

// Spanish function words and frequent support vocabulary (folded: no accents).
add(ES_WORDS, 2, `de la que el en y los se del las por un para con una su al lo es como mas pero sus le ya
  este porque esta entre cuando muy sin sobre tambien hasta hay donde quien desde todo nos durante todos
  uno les ni contra otros ese eso ante ellos esto antes algunos unos yo otro otras otra tanto esa estos
  mucho quienes nada muchos cual poco ella estar estas algunas algo nosotros mis tu te ti tus ellas
  usted ustedes vos hola gracias buenas buenos dias tardes noches saludos esta estan tiene tengo puedo
  quiero necesito hoy manana ayer vez pedido cuenta porfa xq q che tenes podes sos queres
  hace hacer fue son somos estoy estamos era eran han ha hemos sido tenemos pueden podemos puede
  puedes quieres tienes favor disculpa disculpe lamentablemente entonces pues aqui alli ahi asi aun
  todavia nunca siempre ahora luego despues mismo misma cuanto cuando mejor peor bien mal gran grande
  nuevo nueva dos tres cuatro cinco semana mes hora horas minutos correo llamada factura cobro
  problema caso equipo cliente servicio tienda envio entrega reembolso cambio plazo soy seria sera
  listo perfecto vale genial funciona anda llego llega sigue
  pasa paso llega llego funciona favor cual cuales que quiere estoy dijeron dije mande`);
// English function words and frequent support vocabulary.
add(EN_WORDS, 2, `the be to of and in that have it for not on with as you do at this but his by from they we
  say her she or an will my one all would there their what so up out if about who get which go when make
  can like time just him know take people into year your good some could them see other than then now
  look only its over think also back after use two how our work first well way even new want because any
  these give day most us is are was were been had did does i im ive ill id youre youve youll
  thats its dont cant wont isnt arent didnt doesnt hasnt havent couldnt wouldnt shouldnt hi hello thanks
  thank please sorry sure yes yeah okay hey dear regards cheers team order account refund issue
  still already again yet never always here where why should must may might let lets ive weve
  theyre theyll well were youd through from with without today tomorrow yesterday week hours minutes
  called told asked help need needs fix fixed working works support manager customer email phone
  done great perfect awesome got`);
// English-only content words, so a short English text with no function words («Pathetic.»,
// «Ridiculous!!», «Useless service») still has evidence. None of them is a Spanish word.
add(EN_WORDS, 2, `pathetic ridiculous useless unacceptable disgusting unbelievable awful appalling outrageous
  disgraceful shameful absurd joke scam rubbish garbage nonsense clowns liars thieves idiots worst best
  really very absolutely totally completely seriously honestly literally nothing nobody everything something
  anything anyone someone everyone broken late wrong missing money back charged charge cancel cancelled
  canceled waiting waited wait delivery delivered package parcel shipping shipped service bill billing
  payment paid password login logged thx pls plz urgent urgently fine bad`);
// A word listed on both sides votes for neither.
for (const w of Object.keys(ES_WORDS)) {
  if (w in EN_WORDS) {
    delete ES_WORDS[w];
    delete EN_WORDS[w];
  }
}

const SCAN_LIMIT = 1500;
const CLEAR_LEAD = 12;

function isLetter(code: number): boolean {
  // a-z after folding, plus anything beyond ASCII that is a letter-ish code unit.
  return (code >= 97 && code <= 122) || code === 39 || code > 0xbf;
}

/** Where the run of non-space characters that `from` is in ends. */
function endOfToken(text: string, from: number): number {
  while (from < text.length && !/\s/.test(text[from])) from++;
  return from;
}

/** Detects 'es' or 'en'. `folded` is `fold(text)` when the caller already has it. */
export function detectLanguage(text: string, folded: string = fold(text)): Lang {
  const [es, en] = languageEvidence(text, folded);
  return en > es ? 'en' : 'es';
}

/**
 * The evidence for each language, `[es, en]`. Both are 0 when nothing in the text speaks either
 * language (a link, a case number, «OK»): a draft's language then leaves that sentence out.
 */
export function languageEvidence(text: string, folded: string = fold(text)): [number, number] {
  let es = 0;
  let en = 0;
  const n = folded.length;
  let i = 0;
  while (i < n) {
    if (i >= SCAN_LIMIT && Math.abs(es - en) >= CLEAR_LEAD) break;
    const code = folded.charCodeAt(i);
    if (!isLetter(code)) {
      if (code === 0xbf || code === 0xa1) es += 2; // ¿ ¡
      i++;
      // A handle, a hashtag or a link names something; it speaks no language («@ibexpress_help … sigo esperando»).
      if (code === 64 || code === 35) i = endOfToken(folded, i);
      continue;
    }
    const start = i;
    while (i < n && isLetter(folded.charCodeAt(i))) i++;
    let word = folded.slice(start, i);
    if ((word === 'http' || word === 'https' || word === 'www') && (folded[i] === ':' || folded[i] === '.')) {
      i = endOfToken(folded, i);
      continue;
    }
    if (word.charCodeAt(0) === 39) word = word.slice(1);
    if (word.length && word.charCodeAt(word.length - 1) === 39) word = word.slice(0, -1);
    const apo = word.indexOf("'");
    if (apo > 0) {
      const tail = word.slice(apo + 1);
      if (tail === 't' || tail === 's' || tail === 'm' || tail === 'll' || tail === 're' || tail === 've' || tail === 'd') {
        en += 3;
        continue;
      }
      word = word.replace(/'/g, '');
    }
    const esW = ES_WORDS[word];
    const enW = EN_WORDS[word];
    if (esW !== undefined) es += esW;
    if (enW !== undefined) en += enW;
  }
  // Spanish-only letters on the raw text (folding removed them): ñ and accented vowels.
  const rawLimit = Math.min(text.length, Math.max(i, SCAN_LIMIT));
  let marks = 0;
  for (let j = 0; j < rawLimit; j++) {
    const c = text.charCodeAt(j);
    if (c >= 0xc0 && c <= 0x17f) {
      const ch = text[j].toLowerCase();
      if (ch === 'ñ' || ch === 'á' || ch === 'é' || ch === 'í' || ch === 'ó' || ch === 'ú' || ch === 'ü') marks++;
    }
  }
  es += 2 * Math.min(marks, 10);
  return [es, en];
}
