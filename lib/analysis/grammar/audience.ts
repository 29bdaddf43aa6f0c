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

const BARE_GREETING = /^\W*(?:hi|hello|hey|hola|buenas|buenos dias|buenas tardes|buenas noches|buen dia|good (?:morning|afternoon|evening))[ \t]*[,!.:]?[ \t]*\n/;

/**
 * Whether the text opens as a reply to someone. Read twice: folded, for the words; and with its capitals kept but the
 * greeting's own, for a name greeted («Hola Marta»). `folded` is the text folded, or at least its opening.
 */
function opensAsReply(text: string, folded: string, lang: Lang): boolean {
  // A greeting alone on the first line («Hola,», "Hi!") opens a reply; a notice greets its many readers by name.
  if (BARE_GREETING.test(folded.trimStart())) return true;
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
  const last = lastLineWith(lines, (line) => line.trim().length > 0);
  for (let i = 0; i < last; i++) if (isHeading(lines[i])) return true;
  return false;
}

/** The index of the last line that passes `test` (0 when none does): a heading is looked for above it. */
function lastLineWith(lines: string[], test: (line: string) => boolean): number {
  let last = lines.length - 1;
  while (last > 0 && !test(lines[last]!)) last--;
  return last;
}

/**
 * A process announced for anyone who follows it: «el proceso es el siguiente», «sigue estos pasos», "follow these steps".
 * Not a reply's "here's what happens next: I'll send…" nor "as per our terms and conditions, I'll refund…": terms name
 * a page only as its title, at the text's start.
 */
const PROCESS_ANNOUNCED: Record<Lang, RegExp> = {
  en: /^\W*terms (?:and|&) conditions\b|\b(?:(?:the|our) (?:process|procedure) (?:is as follows|works like this)|(?:please )?follow (?:these|the following|the steps below|the below) steps|there are (?:\d+|two|three|four|five) (?:stages|steps) (?:to|in) (?:our|the|this))\b/,
  es: /^\W*terminos y condiciones\b|\b(?:a continuacion (?:se )?(?:detallan|detallamos|te detallamos|le detallamos)|(?:el|nuestro) (?:proceso|procedimiento)(?: (?:de|para) [a-z ]{3,40}?)? es el siguiente|sig(?:ue|a|an) (?:los siguientes|estos) pasos)\b/,
};
/**
 * A label opening a line, the way a page of terms sets out its cases: «Plazos de entrega:», «Tarjetas de débito: Cobras en
 * 1 día hábil.», "Standard delivery: 3-5 working days". Not the labels a reply fills in for one case or signs with
 * («Pedido: 4411», "Status: shipped", «Teléfono: …», "Email: …").
 */
const LABEL_LINE = /^[ \t]*(?:[-•*·]\s*|\p{Extended_Pictographic}\s*)?(\p{Lu}[^:\n.!?]{2,45}):(?=[ \t]|$)/gmu;
/** A case's field: one word («Estado:», "Email:") or one that names the order, case or contact («Número de pedido:»). */
const CASE_LABEL = /^(?:\S+|(?:order|case|ticket|tracking|phone|e-?mail|date|pedido|numero|n[or]\.?|caso|telefono|correo|fecha)\b.*)$/;
/** A question heading in the customer's voice: «¿Cuándo se procesará mi solicitud?», "When will my refund arrive?". */
const CUSTOMER_QUESTION_LINE: Record<Lang, RegExp> = {
  en: /^(?:how|when|what|where|why|can|do|will|does|is|are)\b.{0,100}\bmy\b.{0,100}\?$/,
  es: /^¿?(?:como|cuando|que|donde|por que|puedo|debo|cuanto)\b.{0,100}\b(?:mi|mis)\b.{0,100}\?$/,
};

/** A line that asks, in the customer's voice, what the lines after it answer (a question heading); never the text's last line. */
function hasQuestionHeading(folded: string, lang: Lang): boolean {
  if (!folded.includes('?')) return false;
  const lines = folded.split('\n');
  const last = lastLineWith(lines, (line) => /[a-z]/.test(line));
  for (let i = 0; i < last; i++) {
    const line = lines[i]!.trim();
    if (line.length > 0 && line.length <= 200 && line.endsWith('?') && CUSTOMER_QUESTION_LINE[lang].test(line)) return true;
  }
  return false;
}

/**
 * Whether the text lays out a procedure or terms for anyone (a help-centre page, a complaints process, an FAQ, a page of
 * shipping terms) rather than answer one case: «El proceso de presentar una reclamación es el siguiente: … 3. Revisaremos
 * tu reclamación en un plazo de 3 días», «Plazos de entrega: / Entrega 48/72 horas: … / Entrega urgente: …». The «tu» and
 * "your" of such a page are anyone's, so its times are windows for every case (docs/labelling.md). Read above the
 * sign-off; never a text that opens as a reply.
 */
export function readsAsProcedure(text: string, lang: Lang, folded: string = fold(text)): boolean {
  if (opensAsReply(text, folded, lang)) return false;
  const end = signOffStart(text);
  const body = folded.slice(0, end);
  if (PROCESS_ANNOUNCED[lang].test(body.trimStart()) || hasQuestionHeading(body, lang)) return true;
  // Three labels that set out cases; a letter's salutation ending in a colon («Señora Andrea, buenas tardes:») is none.
  let labels = 0;
  for (const m of text.slice(0, end).trimStart().replace(/^[^\n]*:[ \t]*\n/, '').matchAll(LABEL_LINE)) {
    if (!CASE_LABEL.test(fold(m[1]!).trim())) labels++;
  }
  return labels >= 3;
}
