/**
 * The surface of a raised voice — capitals and exclamation marks — read the way a person
 * reads them. Real support posts are full of capitals and «!» that raise nothing: a redacted
 * name («XXXX»), an agency or a code («FNMT», «PDF»), a Markdown image («![image](…)»), a
 * thanks or a plea said warmly («Gracias!», «HELP!!!»). Two readers share this: the anger
 * lexicon and the model's shape features.
 */

/** A word in capitals that can be shouted has a vowel: «NUNCA», «WHY»; not «XXXX», «FNMT», «PDF». */
const VOWEL = /[AEIOUYÁÉÍÓÚÜ]/u;
export const hasVowel = (word: string) => VOWEL.test(word);

/** «![image](https://…)»: Markdown's image, whose «!» nobody exclaims. */
const MARKDOWN_IMAGE = /!\[[^\]\n]{0,200}\]\([^)\s]{0,500}\)/g;

/**
 * «Gracias!», «¡Hola!», «Thanks!!», «please help!!!», «HELP!»: an exclamation that warms a
 * greeting, a thanks or a plea is eagerness or distress, not anger.
 */
const WARM_BANG =
  /[¡]?\b(?:good (?:morning|afternoon|evening|day)|thanks?(?: you)?(?: so much| very much| a lot| in advance)?|thank you(?: so much| very much| in advance)?|thx|cheers|gracias(?: de antemano| mil| por todo)?|saludos|hi|hello|hey|hola|buenas(?: tardes| noches)?|buenos dias|buenos días|buen dia|buen día|help(?: me| please)?|please|pls|plz|ayuda|ayudenme|ayúdenme|auxilio|por favor|porfa)\s*[!¡]+/giu;

/** The text with the «!» that raise nothing taken out (images; the marks of warm exclamations, their words kept). */
export function withoutCalmBangs(text: string): string {
  return text.includes('!') ? text.replace(MARKDOWN_IMAGE, ' ').replace(WARM_BANG, (warm) => warm.replace(/[!¡]/g, ' ')) : text;
}

/** Words of capitals («NUNCA», «WHY») that could carry a raised voice, in order. */
export function capitalWords(text: string, minLength: number): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/(?<![\p{L}\p{N}])\p{Lu}{2,}(?![\p{L}\p{N}])/gu)) if (m[0].length >= minLength && hasVowel(m[0])) out.push(m[0]);
  return out;
}
