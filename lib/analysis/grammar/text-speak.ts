/**
 * Customers write in text-speak: «u said it wld be here fri», «x favor q alguien me llame», "i
 * cant log in pls help". The moment lexicons are written in full words, so the customer's
 * folded message is spelled out before they read it. Moments are ids, not spans, so the change
 * of length is harmless there; an agent's draft is never spelled out (its findings point into
 * the text).
 */
import type { Lang } from '../types';

const SPELLED_OUT: Record<Lang, Record<string, string>> = {
  en: {
    u: 'you', ur: 'your', pls: 'please', plz: 'please', wld: 'would', cld: 'could', shld: 'should',
    thx: 'thanks', thnx: 'thanks', cuz: 'because', coz: 'because', bc: 'because', ppl: 'people', msg: 'message', msgs: 'messages',
    im: "i'm", ive: "i've", dont: "don't", didnt: "didn't", cant: "can't", wont: "won't", havent: "haven't", hasnt: "hasn't",
    isnt: "isn't", doesnt: "doesn't", wasnt: "wasn't", werent: "weren't", arent: "aren't", couldnt: "couldn't", wouldnt: "wouldn't",
    b4: 'before', tmrw: 'tomorrow', '2day': 'today', '2nite': 'tonight',
  },
  es: {
    q: 'que', k: 'que', xq: 'porque', pq: 'porque', porq: 'porque', tb: 'tambien', tmb: 'tambien', tbn: 'tambien',
    xfa: 'por favor', xfavor: 'por favor', porfa: 'por favor', dnd: 'donde', msj: 'mensaje', msjs: 'mensajes', hrs: 'horas',
    xk: 'porque', pk: 'porque', dsd: 'desde', kiero: 'quiero', aki: 'aqui',
  },
};

/** «x» for «por» only before what «por» governs («x favor», «x la espera», «x dm»), not in «2 x 3» or «el iPhone X no enciende». */
const X_FOR_POR = /(?<=^|[a-z] )x(?= (?:favor|la|el|los|las|lo|un|una|eso|esto|esta|este|que|fin|ejemplo|mi|mis|su|sus|tu|tus|culpa|medio|dm|md|interno|privado|whatsapp|correo|mail|telefono|aca|aqui|ahi|ahora|dia|mes|semana)\b)/g;
/** "2" for "to" only before a verb or a pronoun ("trying 2 reach u", "seems 2 be"), not in "in 2 days". */
const TWO_FOR_TO = /(?<=[a-z] )2(?= (?:be|do|get|sort|reach|call|ring|help|speak|talk|contact|fix|pay|see|go|make|have|know|wait|me|you|u|us|them|him|her|the|my|your|ur)\b)/g;

const WORDS: Record<Lang, RegExp> = {
  en: new RegExp(String.raw`(?<![\w'@#-])(?:${Object.keys(SPELLED_OUT.en).join('|')})(?![\w'@-])`, 'g'),
  es: new RegExp(String.raw`(?<![\w'@#-])(?:${Object.keys(SPELLED_OUT.es).join('|')})(?![\w'@-])`, 'g'),
};

/**
 * Long words the moment lexicons turn on, as customers mistype them: "rediculous", "recieved",
 * «incompetentes». Written in full, a near miss of one of them is read as the word itself.
 */
const OFTEN_MISTYPED: Record<Lang, readonly string[]> = {
  en: ['ridiculous', 'unacceptable', 'disgusting', 'disgraceful', 'incompetent', 'pathetic', 'outrageous', 'appalling', 'horrible', 'terrible', 'useless',
    'received', 'receive', 'promised', 'supposed', 'already', 'supervisor', 'manager', 'escalate', 'cancelled', 'ignored'],
  es: ['ridiculo', 'ridiculos', 'vergonzoso', 'verguenza', 'indignante', 'inaceptable', 'incompetentes', 'incompetente', 'asqueroso', 'sinverguenzas',
    'estafadores', 'horrible', 'prometieron', 'prometido', 'supervisor', 'todavia', 'recibido', 'reembolso', 'devolucion'],
};
const MISTYPED_BY_SHAPE: Record<Lang, Map<string, string[]>> = { en: byShape(OFTEN_MISTYPED.en), es: byShape(OFTEN_MISTYPED.es) };
const LONG_WORD = /[a-z]{6,}/g;

/** Words filed by first letter and last two: a typo keeps the word's ends, and other words ("unbelievably") rarely do. */
function shapeOf(word: string): string {
  return word[0] + word.slice(-2);
}
function byShape(words: readonly string[]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const w of words) map.set(shapeOf(w), [...(map.get(shapeOf(w)) ?? []), w]);
  return map;
}

/** Edit distance with adjacent swaps (optimal string alignment), stopping once past `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2] + 1);
      row.push(d);
      rowMin = Math.min(rowMin, d);
    }
    if (rowMin > max) return max + 1;
    prev2 = prev;
    prev = row;
  }
  return prev[b.length];
}

/** The word a near miss stands for: one slip in a word of up to nine letters, two in a longer one. */
function intendedWord(word: string, lang: Lang): string | undefined {
  const candidates = MISTYPED_BY_SHAPE[lang].get(shapeOf(word));
  if (!candidates) return undefined;
  for (const target of candidates) {
    if (target === word) return undefined;
    // Two slips only in a long word missing at most one letter: «superior» is a word of its own, not "supervisor" less two.
    const allowed = target.length >= 10 && word.length >= target.length - 1 ? 2 : 1;
    if (target.length >= 7 && editDistance(word, target, allowed) <= allowed) return target;
  }
  return undefined;
}

/** The folded message with its text-speak spelled out and its near misses mended (customer messages only). */
export function spellOutTextSpeak(folded: string, lang: Lang): string {
  const spelled = folded.replace(WORDS[lang], (word) => SPELLED_OUT[lang][word]).replace(LONG_WORD, (word) => intendedWord(word, lang) ?? word);
  return lang === 'es' ? spelled.replace(X_FOR_POR, 'por') : spelled.replace(TWO_FOR_TO, 'to');
}
