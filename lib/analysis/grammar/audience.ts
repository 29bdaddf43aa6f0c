/**
 * Whom a company text is written to: one person (a reply) or everyone who reads a page, a notice or a statement
 * («Política de devoluciones / Reembolsos / …», "Service Update 31.03.20 / Dear valued customers, …", "Question: …
 * Answer: …"). A refund policy page that says «te informaremos sobre la aprobación» hands no one's case off; the same
 * words in a reply to one customer do (rules/vague-handoff).
 *
 * Read from the text's shape, not its topic: a heading line, a greeting to many, a question-and-answer layout; and
 * never when the text opens as a reply to someone (a name or @handle greeted, thanks for their message).
 */
import type { Lang } from '../types';
import { fold } from '../text';
import { signOffStart } from './sign-off';

/**
 * A greeting to many readers at the top: "Hello everyone", "Dear valued customers", «Estimados clientes», «Hola a
 * todos» (a plural closes the greeting; «buenas tardes» is a time of day, and a name greeted opens a reply).
 */
const GREETS_MANY: Record<Lang, RegExp> = {
  en: /^\W*(?:hello|hi|hey|dear|greetings|good (?:morning|afternoon|evening))(?: there)?,? (?:to )?(?:(?:all|our|my) )?(?:everyone|everybody|all|folks|y'all|(?:[a-z]+ )?[a-z]{3,}s)(?=\s*[,!:.\n]|$)/,
  es: /^\W*(?:hola|buenas|buen dia|buenos dias|estimad[oa]s|querid[oa]s|apreciad[oa]s|saludos)(?: a)?,? (?!(?:tardes|noches|dias)\b)(?:todos|todas|todes|(?:[a-z]+ )?[a-z]{3,}(?:os|as|es))(?=\s*[,!:.\n]|$)/,
};
/** A question-and-answer layout: «Pregunta: … Respuesta: …», "Q: … A: …". */
const QA_LAYOUT = /(?:^|\n)\s*(?:question|pregunta|q)\s*:[\s\S]*?\s(?:answer|respuesta|a)\s*:/i;
/** A reply opens to someone: «Hola [name]», "Hi Sam,", "@maria", thanks for their message. */
const OPENS_AS_REPLY: Record<Lang, RegExp> = {
  en: /^\W*(?:@\w|(?:hello|hi|hey|dear|good (?:morning|afternoon|evening)),?\s+(?:@\w|\[name\]|mr\.?|mrs\.?|ms\.?|dr\.?|[A-Z][a-z]+\b(?<!\b(?:All|Everyone|Everybody|Folks|There|Team|Customers|Guys)))|(?:[^.!?\n]*[.!?,]?\s*)?thanks? (?:you )?(?:so much |very much )?for (?:reaching out|contacting|getting in touch|your \w+))/,
  es: /^\W*(?:@\w|(?:hola|buenas|buen dia|buenos dias|buenas tardes|buenas noches|estimad[oa]|querid[oa]),?\s+(?:@\w|equipo de|\[name\]|sr\.?|sra\.?|srta\.?|senor|senora|senorita|don|dona|lic\.?|dr\.?|dra\.?|ing\.?|[A-Z][a-z]+\b(?<!\b(?:Todos|Todas|Clientes|Usuarios|Chicos|Chicas|Amigos)))|(?:[^.!?\n]*[.!?,]?\s*)?(?:muchas )?gracias por (?:escribir\w*|contactar\w*|comunicar\w*|ponerte en contacto|ponerse en contacto|tu \w+|su \w+))/,
};
/** Closings and greetings are not headings. */
const NOT_A_HEADING = /^(?:hola|hello|hi|hey|dear|estimad|saludos|regards|kind regards|best|thanks|thank you|gracias|cheers|atentamente|cordialmente|un saludo|sincerely|equipo|team|the\s+\w+\s+team|el equipo|x+o*|\[name\])\b/i;
const WORDS = /[\p{L}\p{N}]+/gu;

/** A line that could title what follows: short, no closing punctuation, a capital or a number first. */
function isHeading(line: string): boolean {
  const trimmed = line.trim().replace(/^(?:#{1,4}|\*\*|\d{1,2}[.)]|[a-h]\))\s*/, '').replace(/\*\*$/, '');
  if (!trimmed || /[.!?,;:…)]$/.test(trimmed) || !/^[\p{Lu}\d]/u.test(trimmed)) return false;
  if (NOT_A_HEADING.test(fold(trimmed)) || /\[name\]|@|https?:/.test(trimmed)) return false;
  const words = trimmed.match(WORDS)?.length ?? 0;
  return words >= 2 && words <= 8;
}

/**
 * Whether the text opens as a reply to someone. Read twice: folded, for the words; and with its capitals kept but the
 * greeting's own, for a name greeted («Hola Marta»). `folded` is the text folded, or at least its opening.
 */
function opensAsReply(text: string, folded: string, lang: Lang): boolean {
  const head = text.trimStart().slice(0, 200);
  const cased = head.normalize('NFD').replace(/\p{M}/gu, '').replace(/\s+/g, ' ').replace(/^\W*\p{L}+/u, (word) => word.toLowerCase());
  return OPENS_AS_REPLY[lang].test(cased) || OPENS_AS_REPLY[lang].test(folded.trimStart().slice(0, 200).replace(/\s+/g, ' '));
}

/** Whether the text is written to everyone who reads it (a page, a notice, a statement) rather than to one person. */
export function readsAsBroadcast(text: string, lang: Lang): boolean {
  const foldedHead = fold(text.trimStart().slice(0, 200));
  if (opensAsReply(text, foldedHead, lang)) return false;
  if (GREETS_MANY[lang].test(foldedHead)) return true;
  if (QA_LAYOUT.test(text)) return true;
  // The sign-off's name and company lines title nothing: headings are looked for above it.
  const lines = text.slice(0, signOffStart(text)).split('\n');
  // A heading has text under it: the last line with text titles nothing.
  let lastWithText = lines.length - 1;
  while (lastWithText > 0 && !lines[lastWithText].trim()) lastWithText--;
  for (let i = 0; i < lastWithText; i++) if (isHeading(lines[i])) return true;
  return false;
}

/** A process announced for anyone who follows it: «el proceso es el siguiente», «sigue estos pasos», "what happens next". */
const PROCESS_ANNOUNCED: Record<Lang, RegExp> = {
  en: /\b(?:(?:the|our) (?:process|procedure) (?:is as follows|works like this|is simple)|terms (?:and|&) conditions|below (?:are|you(?:'ll| will) find) (?:our|the)|(?:please )?follow (?:these|the following|the steps below|the below) steps|there are (?:\d+|two|three|four|five) (?:stages|steps) (?:to|in)|what happens next|how to (?:make|submit|file|request|raise|report|claim|return)|step (?:1|one)\b)/,
  es: /\b(?:a continuacion (?:se )?(?:detallan|detallamos|te detallamos|le detallamos|encontraras|encontrara|te explicamos|le explicamos)|terminos y condiciones|(?:el|nuestro) (?:proceso|procedimiento)(?: (?:de|para) [a-z ]{3,40}?)? es (?:el siguiente|muy sencillo|sencillo|simple)|sig(?:ue|a|an) (?:los siguientes|estos) pasos|(?:los|estos) son los pasos|que pasa (?:despues|a continuacion)|como (?:presentar|hacer|solicitar|realizar|tramitar) (?:una|un|el|la) (?:reclamo|reclamacion|queja|devolucion|cambio|solicitud)|paso (?:1|uno)\b)/,
};
/**
 * A label opening a line, the way a page of terms sets out its cases: «Plazos de entrega:», «Tarjetas de débito: Cobras en
 * 1 día hábil.», "Standard delivery: 3-5 working days". A reply's «Hola Marta:» is caught before (it opens as a reply).
 */
const LABEL_LINE = /^[ \t]*(?:[-•*·]\s*|\p{Extended_Pictographic}\s*)?\p{Lu}[^:\n.!?]{2,45}:(?=[ \t]|$)/gmu;
/** A numbered step at the start of a line: «1. Describe…», "2) Send…". */
const NUMBERED_STEP = /^[ \t]*\d{1,2}[.)][ \t]+\S/gm;
/** A question in the customer's voice used as a heading: «¿Cuándo se procesará mi solicitud?», "When will I get my refund?". */
const CUSTOMER_QUESTION_LINE: Record<Lang, RegExp> = {
  en: /^[ \t]*(?:how|when|what|where|why|can|do|will|is|does)\b[^\n?]*\b(?:i|my)\b[^\n?]*\?[ \t]*$/m,
  es: /^[ \t]*¿?(?:como|cuando|que|donde|por que|puedo|debo|cuanto)\b[^\n?]*\b(?:mi|mis|puedo|debo|tengo|recibo|recibire)\b[^\n?]*\?[ \t]*$/m,
};

/**
 * Whether the text lays out a procedure for anyone (a help-centre page, a complaints process, an FAQ) rather than answer
 * one case: «El proceso de presentar una reclamación es el siguiente: 1. … 3. Revisaremos tu reclamación en un plazo de 3
 * días», "Complaints procedure / … / What happens next / A member of our support team will reply within 5 working days".
 * The «tu» and "your" of such a page are anyone's, so its times are windows for every case (docs/labelling.md).
 */
export function readsAsProcedure(text: string, lang: Lang, folded: string = fold(text)): boolean {
  // A reply that lists steps for this customer («Hola Irene: para solicitarlo tienes que: 1. …») answers one case.
  if (opensAsReply(text, folded, lang)) return false;
  if (PROCESS_ANNOUNCED[lang].test(folded) || CUSTOMER_QUESTION_LINE[lang].test(folded.slice(0, signOffStart(text)))) return true;
  if ((text.match(NUMBERED_STEP)?.length ?? 0) >= 2) return true;
  // A letter's salutation ends with a colon in Spanish («Señora Andrea, buenas tardes:»): the first line is no label.
  const body = text.trimStart().replace(/^[^\n]*:[ \t]*\n/, '');
  return (body.match(LABEL_LINE)?.length ?? 0) >= 2;
}
