/**
 * Short topics for log events («reembolso», «envío», «factura»): the recurring cause
 * behind a difficult moment, taken from the sentence the event is about. Runs in the
 * background only (compromise and es-compromise weigh ~250 KB gzipped together and
 * must never load on a helpdesk page); the sentence itself is dropped right after.
 *
 * Two stages:
 * 1. A lexicon of support topics per language (accent-insensitive patterns): quick,
 *    predictable, and it maps synonyms to one name («devolución del dinero» → reembolso).
 * 2. Otherwise a noun from the sentence: compromise for English; for Spanish,
 *    es-compromise plus a heuristic (a word right after an article is a noun), because
 *    es-compromise tags many Spanish nouns as verbs («el reembolso» → Verb).
 *
 * Privacy: the text is scrubbed first (emails, URLs, handles, every token holding a
 * digit: phone and order numbers, references); stage 2 never returns a person, a place,
 * an organisation, a capitalised word, or a known first or last name; and whatever comes
 * out must be 1–3 lowercase words of letters only, at most 32 characters, or it is ''.
 */
import type { Lang } from '../analysis/types';
import { loadNlpLibraries } from './nlp-libraries';

interface TopicEntry {
  topic: string;
  /** On lowercase, accent-stripped text. */
  pattern: RegExp;
  /** 1 = a specific cause; 2 = a generic one, used only when no specific one is named. */
  tier: 1 | 2;
}

const LEXICON: Record<Lang, TopicEntry[]> = {
  es: [
    { topic: 'reembolso', tier: 1, pattern: /\breembols\w*|\breintegr\w*|\bdevol\w* (?:de |del |el |mi |su )*dinero|\bdevuelv\w* (?:el |mi )?dinero|\bmi dinero\b/ },
    { topic: 'devolución', tier: 1, pattern: /\bdevoluci(?:on|ones)\b|\bdevolver (?:el|la|los|las|un|una) (?:producto|articulo|paquete|pedido|compra)/ },
    { topic: 'factura', tier: 1, pattern: /\bfactur\w*/ },
    { topic: 'cobro', tier: 1, pattern: /\bcobr(?:o|os|aron|ado|ando|ar|ais|an)\b|\b(?:doble )?cargos? (?:en|a|de) (?:mi|la) (?:tarjeta|cuenta)|\bcargo (?:doble|duplicado|indebido)/ },
    { topic: 'envío', tier: 1, pattern: /\benvios?\b|\benviaron\b|\bentregas?\b|\bentregad[oa]s?\b|\bentregar\b|\bpaquetes?\b|\brepartidor\w*|\btransportista\w*|\bmensajeria\b|\bseguimiento\b/ },
    { topic: 'contraseña', tier: 1, pattern: /\bcontrasenas?\b|\bclave de acceso\b|\bpassword\b/ },
    { topic: 'garantía', tier: 1, pattern: /\bgarantias?\b/ },
    { topic: 'cancelación', tier: 1, pattern: /\bcancel\w*|\bdar(?:me)? de baja\b|\bla baja\b/ },
    { topic: 'suscripción', tier: 1, pattern: /\bsu[b]?scripci\w*|\brenovaci\w*|\bcambio de plan\b|\bplan (?:pro|premium|basico|anual|mensual)\b/ },
    { topic: 'producto defectuoso', tier: 1, pattern: /\bdefectuos\w*|\broto\b|\brota\b|\bdanad[oa]s?\b|\baveriad[oa]s?\b|\bno funciona\w*/ },
    { topic: 'descuento', tier: 1, pattern: /\bdescuentos?\b|\bcupon\w*|\bcodigo promocional\b/ },
    { topic: 'pedido', tier: 2, pattern: /\bpedidos?\b|\bcompras?\b/ },
    { topic: 'pago', tier: 2, pattern: /\bpag(?:o|os|ar|ue|ado)\b|\btarjeta\b|\btransferencia\b/ },
    { topic: 'cuenta', tier: 2, pattern: /\bcuenta de usuario\b|\biniciar sesion\b|\bacceder\b|\bacceso\b|\bbloquead[oa]\b/ },
    { topic: 'precio', tier: 2, pattern: /\bprecios?\b|\btarifas?\b/ },
    { topic: 'retraso', tier: 2, pattern: /\bretras\w*|\bdemora\w*|\btard(?:a|an|ando|o|aron)\b/ },
  ],
  en: [
    { topic: 'refund', tier: 1, pattern: /\brefund\w*|\bmoney back\b|\breimburs\w*/ },
    { topic: 'return', tier: 1, pattern: /\b(?:the|a|my|this|your) return\b|\breturn (?:label|policy|request|shipping)\b|\breturning (?:the|my|it)\b/ },
    { topic: 'invoice', tier: 1, pattern: /\binvoic\w*|\breceipts?\b/ },
    { topic: 'charge', tier: 1, pattern: /\bcharg(?:e|es|ed|ing)\b|\bbill(?:ed|ing)\b|\bovercharg\w*/ },
    { topic: 'shipping', tier: 1, pattern: /\bship(?:ping|ment|ments|ped)\b|\bdeliver\w*|\bpackages?\b|\bparcels?\b|\bcourier\b|\btracking\b/ },
    { topic: 'password', tier: 1, pattern: /\bpasswords?\b|\blog ?in\b|\bsign in\b|\blocked out\b/ },
    { topic: 'warranty', tier: 1, pattern: /\bwarrant(?:y|ies)\b|\bguarantee\b/ },
    { topic: 'cancellation', tier: 1, pattern: /\bcancel\w*/ },
    { topic: 'subscription', tier: 1, pattern: /\bsubscri\w*|\brenewal\b|\b(?:plan|tier) (?:change|upgrade|downgrade)\b|\b(?:pro|premium|annual|monthly) plan\b/ },
    { topic: 'damaged product', tier: 1, pattern: /\bbroken\b|\bdamaged\b|\bdefective\b|\bfaulty\b|\b(?:doesn'?t|does not|isn'?t|stopped) work\w*|\bnot working\b/ },
    { topic: 'discount', tier: 1, pattern: /\bdiscounts?\b|\bcoupons?\b|\bpromo code\b|\bvouchers?\b/ },
    { topic: 'order', tier: 2, pattern: /\borders?\b|\bpurchases?\b/ },
    { topic: 'payment', tier: 2, pattern: /\bpayments?\b|\bpaid\b|\bcredit card\b|\bcard\b/ },
    { topic: 'account', tier: 2, pattern: /\baccounts?\b/ },
    { topic: 'price', tier: 2, pattern: /\bprices?\b|\bpricing\b/ },
    { topic: 'delay', tier: 2, pattern: /\bdelay\w*|\blate\b/ },
  ],
};

/** Nouns that say nothing about the cause. */
const STOPWORDS = new Set(
  [
    // es
    'semana', 'semanas', 'dia', 'dias', 'hora', 'horas', 'minuto', 'minutos', 'mes', 'meses', 'ano', 'anos', 'vez', 'veces',
    'cosa', 'cosas', 'problema', 'problemas', 'ayuda', 'hola', 'gracias', 'favor', 'senor', 'senora', 'cliente', 'clientes',
    'equipo', 'mensaje', 'mensajes', 'correo', 'respuesta', 'tiempo', 'momento', 'nada', 'algo', 'verguenza', 'broma',
    'desastre', 'pena', 'paciencia', 'caso', 'tema', 'gente', 'persona', 'personas', 'nadie', 'alguien', 'usted', 'ustedes',
    'servicio', 'atencion', 'manera', 'forma', 'hoy', 'manana', 'ayer', 'solucion', 'respuesta', 'lunes', 'martes',
    'miercoles', 'jueves', 'viernes', 'sabado', 'domingo', 'ticket', 'email', 'telefono', 'numero', 'referencia',
    'nombre', 'direccion', 'culpa', 'error', 'errores', 'supervisor', 'responsable', 'encargado', 'jefe', 'gerente', 'agente',
    // en
    'time', 'day', 'days', 'week', 'weeks', 'hour', 'hours', 'minute', 'minutes', 'month', 'months', 'year', 'years',
    'thing', 'things', 'problem', 'problems', 'issue', 'issues', 'help', 'way', 'lot', 'today', 'tomorrow', 'yesterday',
    'people', 'guy', 'someone', 'anyone', 'nobody', 'customer', 'customers', 'support', 'team', 'message', 'answer',
    'response', 'sir', 'madam', 'hello', 'thanks', 'case', 'service', 'joke', 'shame', 'disgrace', 'nothing', 'something',
    'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'ticket', 'phone', 'number', 'name',
    'address', 'reference', 'manager', 'supervisor', 'agent', 'reply', 'solution', 'end',
  ].map((w) => w.normalize('NFD').replace(/\p{M}/gu, '')),
);

const ARTICLES = new Set(['el', 'la', 'los', 'las', 'un', 'una', 'unos', 'unas', 'del', 'al', 'mi', 'mis', 'su', 'sus', 'tu', 'tus', 'este', 'esta', 'ese', 'esa', 'nuestro', 'nuestra']);

const SAFE_TOPIC = /^\p{Ll}+(?: \p{Ll}+){0,2}$/u;
const MAX_TOPIC = 32;

function fold(text: string): string {
  return text.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
}

/** Removes what could identify someone before any analysis: emails, URLs, handles, tokens with digits. */
export function scrub(text: string): string {
  return text
    .replace(/\S+@\S+/g, ' ')
    .replace(/\b(?:https?:\/\/|www\.)\S+/gi, ' ')
    .replace(/[@#]\S+/g, ' ')
    .replace(/\S*\d\S*/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** True when the word is a first or last name in either language's lexicon. */
function isName(word: string): boolean {
  const { nlp, esNlp } = loadNlpLibraries();
  if (nlp(word).has('(#Person|#FirstName|#LastName|#Place|#Organization)')) return true;
  const capitalised = word.charAt(0).toUpperCase() + word.slice(1);
  return esNlp(capitalised).has('(#Person|#FirstName|#LastName|#ProperNoun)');
}

/** Rejects anything that is not a plain, lowercase, letters-only noun phrase. */
export function safeTopic(candidate: string, source: string): string {
  const topic = candidate.toLowerCase().replace(/[^\p{L} ]/gu, ' ').replace(/\s+/g, ' ').trim();
  if (topic.length < 3 || topic.length > MAX_TOPIC || !SAFE_TOPIC.test(topic)) return '';
  const words = topic.split(' ');
  if (words.some((w) => STOPWORDS.has(fold(w)))) return '';
  // A word the text only ever writes capitalised is a name of something or someone.
  for (const word of words) {
    const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const occurrences = source.match(new RegExp(`(?<!\\p{L})${escaped}(?!\\p{L})`, 'giu')) ?? [];
    if (occurrences.length > 0 && occurrences.every((o) => o !== o.toLowerCase())) return '';
  }
  return topic;
}

function fromLexicon(folded: string, lang: Lang): string {
  let best: { index: number; tier: number; topic: string } | undefined;
  for (const entry of LEXICON[lang]) {
    const match = entry.pattern.exec(folded);
    if (!match) continue;
    if (!best || entry.tier < best.tier || (entry.tier === best.tier && match.index < best.index)) {
      best = { index: match.index, tier: entry.tier, topic: entry.topic };
    }
  }
  return best?.topic ?? '';
}

interface NlpTerm {
  text: string;
  normal?: string;
  tags: string[];
}

const EXCLUDED_TAGS = ['Person', 'FirstName', 'LastName', 'ProperNoun', 'Place', 'Organization', 'Pronoun', 'Value', 'Acronym', 'Possessive', 'Url', 'Email', 'PhoneNumber', 'Date', 'Month', 'WeekDay'];

function fromEnglish(text: string): string[] {
  const { nlp } = loadNlpLibraries();
  const doc = nlp(text);
  const candidates: string[] = [];
  for (const phrase of doc.nouns().json() as Array<{ terms: NlpTerm[] }>) {
    const nouns = phrase.terms.filter((t) => t.tags.includes('Noun') && !t.tags.some((tag) => EXCLUDED_TAGS.includes(tag)));
    const head = nouns.at(-1);
    if (!head) continue;
    const word = (head.normal ?? head.text).toLowerCase();
    const singular = nlp(word).nouns().toSingular().text().toLowerCase() || word;
    candidates.push(singular);
  }
  return candidates;
}

function fromSpanish(text: string): string[] {
  const candidates: string[] = [];
  const { esNlp } = loadNlpLibraries();
  for (const sentence of esNlp(text).json() as Array<{ terms: NlpTerm[] }>) {
    sentence.terms.forEach((term, i) => {
      if (term.tags.some((tag) => EXCLUDED_TAGS.includes(tag))) return;
      const word = (term.normal ?? term.text).toLowerCase().replace(/[^\p{L}]/gu, '');
      if (word.length < 4) return;
      const previous = sentence.terms[i - 1];
      const afterArticle = previous !== undefined && ARTICLES.has((previous.normal ?? previous.text).toLowerCase());
      const taggedNoun = term.tags.includes('Noun');
      const notNoun = term.tags.some((tag) => ['Adverb', 'Determiner', 'Preposition', 'Conjunction', 'Copula', 'Infinitive', 'Gerund', 'PastTense'].includes(tag));
      const adjective = term.tags.includes('Adjective');
      // «la lavadora desde…»: tagged Adjective, but after an article and before no noun it is the noun.
      const next = sentence.terms[i + 1];
      const standsAlone = !next || !next.tags.some((tag) => tag === 'Noun' || tag === 'Adjective');
      if (notNoun) return;
      if ((taggedNoun && !adjective) || (afterArticle && (!adjective || standsAlone))) candidates.push(word);
    });
  }
  return candidates;
}

/**
 * A short topic for the sentence, or '' when none can be named safely. Never throws:
 * a failure in the NLP libraries yields ''.
 */
export function extractTopic(source: string | undefined, lang: Lang): string {
  if (!source) return '';
  const text = scrub(source.slice(0, 500));
  if (!text) return '';
  const lexical = fromLexicon(fold(text), lang);
  if (lexical) return lexical;
  try {
    const candidates = lang === 'es' ? fromSpanish(text) : fromEnglish(text);
    for (const candidate of candidates) {
      const topic = safeTopic(candidate, text);
      if (topic && !isName(topic)) return topic;
    }
  } catch {
    // The NLP libraries are a best effort: no topic rather than no event.
  }
  return '';
}
