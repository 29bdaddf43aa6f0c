/**
 * The turn after a refusal: «esta promo no aplica en tienda, pero el mismo precio lo tienes en la app», "hotel costs
 * aren't reimbursable on this fare, but you do qualify for a travel credit". Real replies say their way forward in any
 * words once they turn, and no list of offers holds them all (thirty-third session: 38 of the 93 refusals flagged on
 * clean lines of the read sets turned to an offer the lexicon did not know). What follows a turn without offering
 * anything is a short list: a feeling (thanks, sorry, we understand), the policy again, the feedback noted, the thread
 * closed, another no. So the turn offers unless what follows it is one of those.
 *
 * Read by flat-refusal's draft step (folded text: lower case, no accents, same offsets as the draft).
 */
import { fold, type Sentence } from '../text';
import type { Lang } from '../types';

/** A contrast that turns from the no to what comes instead. «Aunque», "though" concede («aunque sea de un familiar»). */
const TURN_WORDS: Record<Lang, string> = {
  en: 'but|however|that said|that being said|having said that',
  es: 'pero|sin embargo|no obstante|eso si|en cambio|dicho esto',
};
/** The turns that also stand inside a sentence rather than open it: "Please note, however, that…". */
const MID_SENTENCE_TURN_WORDS: Record<Lang, string> = { en: 'however', es: 'sin embargo|no obstante' };
const TURN: Record<Lang, RegExp> = {
  en: new RegExp(`\\b(?:${TURN_WORDS.en})\\b`, 'g'),
  es: new RegExp(`\\b(?:${TURN_WORDS.es})\\b`, 'g'),
};
/** The next sentence turning: on its opening («…no es reembolsable. Sin embargo, …»), or anywhere with "however". */
const NEXT_TURNS: Record<Lang, RegExp> = {
  en: new RegExp(`^\\W*(?:${TURN_WORDS.en})\\b|\\b(?:${MID_SENTENCE_TURN_WORDS.en})\\b`),
  es: new RegExp(`^\\W*(?:${TURN_WORDS.es})\\b|\\b(?:${MID_SENTENCE_TURN_WORDS.es})\\b`),
};

/** Words that carry nothing before the clause: «pero bueno, …», "but no worries, …", "however, please note that …". */
const FILLER: Record<Lang, RegExp> = {
  en: /^(?:[\s,;:()\-–—]|\p{Extended_Pictographic}|\ufe0f|(?:and|so|still|also|then|hey|ok|okay|good news|the good news is|on the bright side|luckily|happily|thankfully|no worries|no problem|don't worry|please note|please be advised|please be aware)(?![\w']))+/u,
  es: /^(?:[\s,;:()\-–—]|\p{Extended_Pictographic}|\ufe0f|(?:y|que|bueno|vamos|ojo|igual|ademas|de todas formas|de todos modos|la buena noticia es que|lo bueno es que|por suerte|afortunadamente|no te preocupes|no se preocupe|no se preocupen|no pasa nada|tranquil[oa]s?|relax|calma)(?![\w']))+/u,
};

/** What follows a turn and offers nothing: feelings, thanks, apologies, the policy again, feedback noted, a thread closed. */
const NOT_AN_OFFER: Record<Lang, RegExp> = {
  en: new RegExp(
    '^(?:' +
      [
        // A feeling or an assurance: "but we understand how frustrating…", "but I hope…", "but rest assured…".
        "(?:i|we)(?:'\\w+| am| are| do| really| truly| completely| totally| fully| sincerely| deeply| certainly| can| could| would| just| all)* (?:understand|appreciat|apologi|sorry|regret|hope|thank|value|know|reali|see|hear|empath|sympath|feel|recogni|sure|afraid|grateful|wish|love)\\w*",
        '(?:thank|sorry|apolog|(?:my|our) apolog|please accept|rest assured|please (?:know|understand|be patient|bear with)|unfortunate|sad|regrettab|alas|hope|enjoy|have a (?:good|great|nice|lovely)|take care|cheers|best|kind regards)\\w*',
        // The rule again: "but that's our policy", "but rules are rules", "but we have to follow the terms".
        "(?:(?:that|it)'?s|(?:that|this|it|which) (?:is|was))(?: just| simply| unfortunately| sadly| clearly)? (?:(?:our|the|company|a) (?:\\w+ )?(?:policy|policies|rule|rules|terms|procedure|process|standard)|how (?:it|things|the system|our system) works?|the way (?:it|things) (?:is|are|works?)|stated in|in (?:our|the) (?:terms|policy|conditions))",
        '(?:the )?(?:rules|policies|terms) (?:are|is)',
        '(?:we|i) (?:have|need|must|are required|am required)(?: to)? (?:follow|apply|stick|comply|enforce|respect|adhere)',
        // The feedback kept: "but I've passed your feedback on", "but we'll take it into account".
        "(?:i|we)(?:'\\w+| have| will| shall)?(?: already| also| certainly| definitely| be sure to| make sure to)? (?:pass|share|note|log|forward|relay|record|take|took|keep|kept)\\w* (?:on |along )?(?:(?:your|the|this|these|that|those|all) )?(?:feedback|comment|suggestion|concern|thought|view|opinion|input|experience)\\w*",
        "(?:i|we)(?:'\\w+| have| will)?(?: certainly| definitely)? (?:take|taken|took|keep|kept|bear|borne) (?:it|this|that|your \\w+) (?:into (?:account|consideration)|in mind|on (?:board|file|record))",
        "(?:i|we)(?:'ll| will)(?: be sure to| make sure to)? keep you (?:posted|updated|informed|in the loop)",
        "your (?:feedback|patience|understanding|comments?|business|loyalty|satisfaction|input|experience|custom) (?:is|are|matters|means|has been|have been)",
        // The thread ended: "but we closed your ticket".
        "(?:i|we)(?:'ve| have)?(?: now| already| just)? (?:closed|closing|close|resolved|marked|archived|locked)",
      ].join('|') +
      ')\\b',
  ),
  es: new RegExp(
    '^(?:' +
      [
        '(?:te |le |les |os |lo )?(?:entiend|entendemos|comprend|lament|siento|sentimos|agradec|valoramos|espero|esperamos|ojala|gracias|disculp|perdon|mil disculpas|desafortunad|por desgracia|lastimosa|sabemos|se que|tenga la seguridad|ten la seguridad|qued\\w+ atent|saludos|un saludo|que tengas?)\\w*',
        // The rule again: «pero así es la política», «pero son las normas», «pero es lo que hay».
        '(?:asi|eso|esa|esta)? ?(?:es|son|funciona|funcionan) (?:(?:la|nuestra|las|nuestras) )?(?:politica|politicas|norma|normas|regla|reglas|condiciones|procedimiento|lo que hay|asi)',
        '(?:debemos|debo|tenemos que|tengo que|hay que) (?:cumplir|seguir|aplicar|respetar|acatar)',
        // The feedback kept: «pero tomamos nota», «pero trasladamos su comentario».
        '(?:ya )?(?:tomamos|tomo|tome|tomaremos|hemos tomado|he tomado) (?:nota|en cuenta)',
        '(?:lo |la )?(?:tendremos|tendre|tenemos|tengo) en cuenta',
        '(?:ya )?(?:(?:he|hemos) )?(?:traslad|pas|compart|registr|anot|elev)\\w* (?:tu|su|sus|tus|el|la|los|las|este|esta|estos|estas) (?:comentario|sugerencia|opinion|observacion|inquietud|experiencia|feedback)\\w*',
        '(?:te|le|les|os) (?:mantendremos|mantengo|mantenemos|mantendre|tendremos|tendre) (?:informad[oa]s?|al tanto|al corriente)',
        '(?:tu|su) (?:opinion|comentario|paciencia|comprension|satisfaccion|experiencia|sugerencia) (?:es|son|nos importa|importa|vale)',
        // The thread ended: «pero cerramos el ticket».
        '(?:ya )?(?:(?:he|hemos) )?(?:cerr|cierro|marqu|marc|archiv)\\w*',
      ].join('|') +
      ')\\b',
  ),
};

/** Another no in the first words after the turn: "but we can't…", «pero tampoco…», «pero no es para tanto». */
const NEGATED: Record<Lang, RegExp> = {
  en: /^(?:\S+\s+){0,4}?(?:not|no|never|nothing|nobody|none|cannot|neither|nor|unable|cant|wont|dont)\b|^(?:\S+\s+){0,4}?\S*n't\b/,
  es: /^(?:\S+\s+){0,4}?(?:no|nunca|nada|tampoco|ni|ningun|ninguna|ninguno|jamas|imposible|nadie)\b/,
};

/** A condition and what then happens is a way forward, whatever the condition denies: "but if you're not home, …". */
const CONDITION: Record<Lang, RegExp> = { en: /^(?:if|unless|when|once|as soon as)\b/, es: /^(?:si|en caso de que|cuando|apenas|en cuanto)\b/ };

/** A clause of at least this many words follows the turn; "but, sorry!" is no way forward. */
const MIN_WORDS = 3;
/** How much after a turn is read: the way forward opens within it, and a run-on text stays linear. */
const TAIL_CHARS = 160;

/** Whether the words after a turn (folded) offer something rather than regret, the rule again or another no. */
export function turnOffers(tail: string, lang: Lang): boolean {
  const clause = tail.replace(FILLER[lang], '');
  if (NOT_AN_OFFER[lang].test(clause) || (NEGATED[lang].test(clause) && !CONDITION[lang].test(clause))) return false;
  return (clause.match(/[\p{L}\p{N}]+/gu)?.length ?? 0) >= MIN_WORDS;
}

/** The index of the sentence holding offset `from`, or -1. */
const sentenceIndexAt = (sentences: Sentence[], from: number) => sentences.findIndex((s) => s.start <= from && from < s.end);

/**
 * Whether the refusal that starts at `from` (an offset of the folded draft) turns to an offer: after it in its
 * sentence, or in the next one. A turn before the refusal («I understand, but we can't…») is read
 * too when the refusal's span is its whole sentence, and fails: what follows it is the no itself.
 */
export function offersAfterTurn(folded: string, sentences: Sentence[], from: number, lang: Lang): boolean {
  const at = sentenceIndexAt(sentences, from);
  if (at < 0) return false;
  const sentence = sentences[at]!;
  const turn = TURN[lang];
  turn.lastIndex = from;
  // The words after a turn ending at `after`, within its sentence and TAIL_CHARS.
  const tailFrom = (after: number, end: number) => folded.slice(after, Math.min(end, after + TAIL_CHARS));
  for (let m = turn.exec(folded); m && m.index < sentence.end; m = turn.exec(folded)) {
    // A turn opening the refusal's own words leads into the no, away from what came before ("However with regards to
    // the smell we really can't do much"): it is not a way forward after it (forty-second session).
    if (/^[\s,;:]*$/.test(folded.slice(from, m.index))) continue;
    if (turnOffers(tailFrom(m.index + m[0].length, sentence.end), lang)) return true;
  }
  const next = sentences[at + 1];
  if (!next) return false;
  const opening = NEXT_TURNS[lang].exec(tailFrom(next.start, next.end));
  return !!opening && turnOffers(tailFrom(next.start + opening.index + opening[0].length, next.end), lang);
}

/** "Building from source works though": the turn said after the way forward, which is the clause before it. */
const TRAILING_TURN = /(?<=[\p{L}\p{N}'`]\s+)though(?=\s*(?:[,.;:!)]|$))/gu;
/** Where the clause before a trailing turn opens: the sentence's start or its last comma, semicolon, colon or dash. */
const CLAUSE_BREAK = /[,;:–—]\s*(?=[^,;:–—]*$)/;

/**
 * Whether the sentence after the refusal (at `from`) turns with a trailing "though": «Won't ship a Windows
 * installer. Building from source works though». The clause before it offers unless it is regret, the rule again or
 * another no (as after "but").
 */
export function offersBeforeTrailingTurn(folded: string, sentences: Sentence[], from: number, lang: Lang): boolean {
  if (lang !== 'en') return false;
  const at = sentenceIndexAt(sentences, from);
  const next = at < 0 ? undefined : sentences[at + 1];
  if (!next) return false;
  const text = folded.slice(next.start, Math.min(next.end, next.start + TAIL_CHARS));
  for (const m of text.matchAll(TRAILING_TURN)) {
    const head = text.slice(0, m.index);
    const cut = CLAUSE_BREAK.exec(head);
    if (turnOffers(cut ? head.slice(cut.index + cut[0].length) : head, lang)) return true;
  }
  return false;
}

/**
 * «Con Bancolombia sí te aplica», «lo que sí hago es…»: after the no, a «sí» inside a clause (not the answer «Sí, …»)
 * affirms what can be done instead. Read on the text as written: folded, «si» is "if".
 */
const CONTRASTIVE_SI = /(?<=[\p{L}\p{N}]\s+)sí\s+(?=\p{L})(?!(?:o|y|pero|señor|señora)\b)/u;

/** Whether the refusal at `from` is followed, in its sentence or the next, by a contrastive «sí». */
export function affirmsInstead(text: string, sentences: Sentence[], from: number, lang: Lang): boolean {
  if (lang !== 'es') return false;
  const at = sentenceIndexAt(sentences, from);
  if (at < 0) return false;
  const end = sentences[at + 1]?.end ?? sentences[at]!.end;
  const window = text.slice(from, Math.min(end, from + 2 * TAIL_CHARS)).toLowerCase();
  const m = CONTRASTIVE_SI.exec(window);
  if (!m) return false;
  // What is affirmed must be a way forward, not a feeling or another no: «…, aunque sí lo lamentamos».
  const tail = fold(window.slice(m.index + m[0].length));
  return !NOT_AN_OFFER.es.test(tail.replace(/^(?:(?:te|le|les|lo|la|los|las|se|nos|me|os)\s+)+/, '')) && !NEGATED.es.test(tail);
}
