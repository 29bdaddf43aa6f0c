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
  en: /^\W*(?:@\w|(?:hello|hi|hey|dear)\s+(?:\[name\]|mr\.?|mrs\.?|ms\.?|[A-Z][a-z]+\b(?<!\b(?:All|Everyone|Everybody|Folks|There|Team|Customers|Guys)))|(?:[^.!?\n]*[.!?,]?\s*)?thanks? (?:you )?(?:so much |very much )?for (?:reaching out|contacting|getting in touch|your \w+))/,
  es: /^\W*(?:@\w|(?:hola|buenas|buen dia|buenos dias|buenas tardes|buenas noches|estimad[oa]|querid[oa])\s+(?:\[name\]|sr\.?|sra\.?|senor|senora|don|dona|[A-Z][a-z]+\b(?<!\b(?:Todos|Todas|Clientes|Usuarios|Chicos|Chicas|Amigos)))|(?:[^.!?\n]*[.!?,]?\s*)?(?:muchas )?gracias por (?:escribir\w*|contactar\w*|comunicar\w*|ponerte en contacto|ponerse en contacto|tu \w+|su \w+))/,
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

/** Whether the text is written to everyone who reads it (a page, a notice, a statement) rather than to one person. */
export function readsAsBroadcast(text: string, lang: Lang): boolean {
  const head = text.trimStart().slice(0, 200);
  // Folded for the words, and again with its capitals kept but the greeting's own, for a name greeted («Hola Marta»).
  const cased = head.normalize('NFD').replace(/\p{M}/gu, '').replace(/\s+/g, ' ').replace(/^\W*\p{L}+/u, (word) => word.toLowerCase());
  const foldedHead = fold(head);
  if (OPENS_AS_REPLY[lang].test(cased) || OPENS_AS_REPLY[lang].test(foldedHead.replace(/\s+/g, ' '))) return false;
  if (GREETS_MANY[lang].test(foldedHead)) return true;
  if (QA_LAYOUT.test(text)) return true;
  const lines = text.split('\n');
  // A heading has text under it: the last line with text titles nothing.
  let lastWithText = lines.length - 1;
  while (lastWithText > 0 && !lines[lastWithText].trim()) lastWithText--;
  for (let i = 0; i < lastWithText; i++) if (isHeading(lines[i])) return true;
  return false;
}
