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
  },
  es: {
    q: 'que', k: 'que', xq: 'porque', pq: 'porque', porq: 'porque', tb: 'tambien', tmb: 'tambien', tbn: 'tambien',
    xfa: 'por favor', xfavor: 'por favor', porfa: 'por favor', dnd: 'donde', msj: 'mensaje', msjs: 'mensajes', hrs: 'horas',
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

/** The folded message with its text-speak spelled out (customer messages only). */
export function spellOutTextSpeak(folded: string, lang: Lang): string {
  const spelled = folded.replace(WORDS[lang], (word) => SPELLED_OUT[lang][word]);
  return lang === 'es' ? spelled.replace(X_FOR_POR, 'por') : spelled.replace(TWO_FOR_TO, 'to');
}
