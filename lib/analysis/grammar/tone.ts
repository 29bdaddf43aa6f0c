/**
 * The surface of a raised voice — capitals and exclamation marks — read the way a person
 * reads them. Real support posts are full of capitals and «!» that raise nothing: a redacted
 * name («XXXX»), an agency or a code («FNMT», «PDF»), a Markdown image («![image](…)»), a
 * thanks or a plea said warmly («Gracias!», «HELP!!!»). Three readers share this: the anger
 * lexicon, the anger gate of the learned layer and the model's shape features.
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

/** Emoji that warm a message (hearts, smiles, thumbs up, folded hands, a party): no raised voice. */
const WARM_EMOJI = /^(?:❤️?|♥️?|[\u{1F499}-\u{1F49F}\u{1F9E1}\u{1F90D}\u{1F90E}\u{1F970}\u{1F60A}\u{1F642}\u{1F600}-\u{1F606}\u{1F609}\u{1F60D}\u{1F618}\u{1F917}\u{1F44D}\u{1F64F}\u{1F64C}\u{1F389}\u{1F38A}\u{2728}\u{1F31F}\u{2B50}\u{1F44B}\u{1F60E}\u{263A}])\uFE0F?$/u;
const EMOJI = /\p{Extended_Pictographic}\uFE0F?/gu;

/** Whether the text has an emoji that is not a warm one (an angry face, an eye-roll, a facepalm…). */
export function hasUnwarmEmoji(text: string): boolean {
  for (const m of text.matchAll(EMOJI)) if (!WARM_EMOJI.test(m[0])) return true;
  return false;
}
