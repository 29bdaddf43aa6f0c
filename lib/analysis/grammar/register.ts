/**
 * The form of address a whole draft uses, so every suggestion and inserted playbook text
 * can keep it: `you` in English; in Spanish `tu`, `vos`, `usted`, and the plurals
 * `vosotros` (Spain) and `ustedes` (the Americas, or formal in Spain). The singular forms
 * come from the per-sentence detector below (`detectRegister`, which the rules' lexicon
 * checker in ../patterns.ts also uses); the plurals need their own markers.
 */
import { compileTest } from '../patterns';
import { fold } from '../text';
import type { Lang } from '../types';

/** Spanish form of address of one sentence or text: tuteo, voseo or ustedeo. */
export type Register = 'tu' | 'vos' | 'usted';

/** Voseo present forms carry a written accent: «necesitás», «borrás», «recibís». */
const VOS_RAW = /(?<![\p{L}])\p{L}{2,}(?:ás|és|ís)(?![\p{L}])/gu;
const ACCENTED_S = /[áéí]s/;
const NOT_VOS = /^(?:m[aá]s|jam[aá]s|adem[aá]s|dem[aá]s|atr[aá]s|detr[aá]s|quiz[aá]s|trav[eé]s|despu[eé]s|ingl[eé]s|franc[eé]s|japon[eé]s|portugu[eé]s|pa[ií]s|est[aá]s|inter[eé]s|ciempi[eé]s)$|(?:ar|er|ir|dr|br)[aá]s$/;

/**
 * The singular markers, compiled by the pattern compiler on first use: ../patterns.ts
 * imports this module (its lexicon checker falls back on `detectRegister`), so compiling
 * them while the modules load would run the compiler before it exists.
 */
let singularRegexes: { vos: RegExp; tu: RegExp; usted: RegExp } | undefined;
function singularMarkers(): { vos: RegExp; tu: RegExp; usted: RegExp } {
  return (singularRegexes ??= {
    vos: compileTest([
      'vos', 'sos', 'podes', 'tenes', 'queres', 'decime', 'contame', 'escribime', 'escribiles', 'che',
    ]),
    tu: compileTest([
      'tu', 'tus', 'te', 'ti', 'contigo', 'tienes', 'puedes', 'quieres', 'necesitas', 'estas', 'sabes',
      'haces', 'debes', 'hiciste', 'pudiste', 'recibiste', 'dime', 'escribeme', 'cuentame',
    ]),
    usted: compileTest([
      'usted', 'ustedes', 'su', 'sus', 'suyo', 'suya', 'suyos', 'suyas', 'le', 'les', 'disculpe', 'digame', 'escribanos', 'perdone', 'calmese', 'tranquilicese',
      'relajese', 'preocupe', 'exagere', 'altere', 'tiene que', 'verifique', 'revise', 'intente',
    ]),
  });
}

/**
 * Guesses the Spanish register of a text. Voseo only shows in distinctive or accented
 * forms («vos», «podés», «necesitás»), so those are checked on the raw text. Without
 * any marker the default is tuteo, the most common register in chat support.
 */
export function detectRegister(text: string, folded: string): Register {
  const markers = singularMarkers();
  if (markers.vos.test(folded)) return 'vos';
  const raw = text.toLowerCase();
  // Most sentences have no accented «-ás/-és/-ís» at all: one cheap scan spares the word-by-word one.
  if (ACCENTED_S.test(raw)) {
    VOS_RAW.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = VOS_RAW.exec(raw)) !== null) if (!NOT_VOS.test(m[0])) return 'vos';
  }
  const tu = markers.tu.test(folded);
  const usted = markers.usted.test(folded);
  if (usted && !tu) return 'usted';
  return 'tu';
}

/** Picks the register form of a Spanish phrase. */
export function byRegister(reg: Register, forms: { tu: string; vos?: string; usted: string }): string {
  if (reg === 'vos') return forms.vos ?? forms.tu;
  return forms[reg];
}

export type DraftRegister = 'tu' | 'vos' | 'usted' | 'ustedes' | 'vosotros' | 'you';

/** Vosotros shows in its pronouns and in accented verb endings («podéis», «tenéis», «enviadnos»). */
const VOSOTROS_FOLDED = /\b(?:vosotr[oa]s|os|vuestr[oa]s?|sois|estais|teneis|podeis|quereis|necesitais|habeis|decidme|escribidnos|mandadnos|enviadnos)\b/;
const ACCENTED_IS = /[áé]is/;
const hasVosotrosEnding = (lower: string) => ACCENTED_IS.test(lower) && VOSOTROS_RAW.test(lower);
const VOSOTROS_RAW = /(?<![\p{L}])\p{L}{2,}(?:áis|éis)(?![\p{L}])/u;
/** Ustedes: the pronoun, or «les» with a plural verb of address. */
const USTEDES_FOLDED = /\bustedes\b|\bles\b[^.!?\n]{0,40}\b(?:pueden|tienen|quieren|necesitan|deben|reciban|escriban|envien|manden)\b|\b(?:a|para|con) ustedes\b/;

/** What one sentence shows of the form of address (cached by its text). */
interface Markers {
  plural?: 'vosotros' | 'ustedes';
  singular: 'tu' | 'vos' | 'usted' | 'none';
}
const MARKER_CACHE_LIMIT = 4000;
const markerCache = new Map<string, Markers>();

function markersOf(sentence: string): Markers {
  let m = markerCache.get(sentence);
  if (m) return m;
  const folded = fold(sentence);
  const plural = VOSOTROS_FOLDED.test(folded) || hasVosotrosEnding(sentence.toLowerCase()) ? 'vosotros' : USTEDES_FOLDED.test(folded) ? 'ustedes' : undefined;
  const detected = detectRegister(sentence, folded);
  // detectRegister says «tu» when it sees nothing: tell that apart from a real tú marker.
  const singular = detected !== 'tu' ? detected : SINGULAR_TU.test(folded) ? 'tu' : 'none';
  m = { plural, singular };
  if (markerCache.size >= MARKER_CACHE_LIMIT) markerCache.clear();
  markerCache.set(sentence, m);
  return m;
}
const SINGULAR_TU = /\b(?:tu|tus|te|ti|contigo|tienes|puedes|quieres|necesitas|estas|sabes|haces|debes|eres|dime|escribeme|cuentame)\b/;

/**
 * The draft's register from its sentences, each read once and cached, so a keystroke
 * re-reads one sentence: a plural anywhere wins (vosotros before ustedes), then vos, then
 * usted unless a tú form appears, else tú (the common default in chat support).
 */
export function registerOfSentences(sentences: readonly string[], lang: Lang): DraftRegister {
  if (lang === 'en') return 'you';
  let vosotros = false;
  let ustedes = false;
  let vos = false;
  let usted = false;
  let tu = false;
  for (const s of sentences) {
    const m = markersOf(s);
    if (m.plural === 'vosotros') vosotros = true;
    else if (m.plural === 'ustedes') ustedes = true;
    if (m.singular === 'vos') vos = true;
    else if (m.singular === 'usted') usted = true;
    else if (m.singular === 'tu') tu = true;
  }
  if (vosotros) return 'vosotros';
  if (ustedes) return 'ustedes';
  if (vos) return 'vos';
  if (usted && !tu) return 'usted';
  return 'tu';
}

/** The singular form the suggestion builders write in, for a draft register. */
export function builderRegister(register: DraftRegister): 'tu' | 'vos' | 'usted' {
  if (register === 'ustedes') return 'usted';
  if (register === 'vosotros' || register === 'you') return 'tu';
  return register;
}

/**
 * Word-for-word changes that turn the builders' singular address into the plural one.
 * They cover the closed set of words the suggestion templates use (tests/analysis/
 * suggestions.test.ts checks every suggestion against the draft's register).
 */
const TO_VOSOTROS: Record<string, string> = {
  te: 'os', ti: 'vosotros', tu: 'vuestro', tus: 'vuestros', contigo: 'con vosotros',
  necesitas: 'necesitáis', puedes: 'podéis', quieres: 'queréis', tienes: 'tenéis', sabes: 'sabéis',
  debes: 'debéis', eres: 'sois', estás: 'estáis', dime: 'decidme', escríbeme: 'escribidme', cuéntame: 'contadme',
  buscarte: 'buscaros', ofrecerte: 'ofreceros', explicarte: 'explicaros', ayudarte: 'ayudaros', escribirte: 'escribiros',
  llamarte: 'llamaros', confirmarte: 'confirmaros', enviarte: 'enviaros', mandarte: 'mandaros', darte: 'daros', sirva: 'sirva',
  acompaño: 'acompaño', causando: 'causando',
};
const TO_USTEDES: Record<string, string> = {
  le: 'les', usted: 'ustedes', necesita: 'necesitan', puede: 'pueden', quiere: 'quieren', tiene: 'tienen', sabe: 'saben',
  debe: 'deben', está: 'están', dígame: 'díganme', escríbame: 'escríbanme', cuénteme: 'cuéntenme',
  buscarle: 'buscarles', ofrecerle: 'ofrecerles', explicarle: 'explicarles', ayudarle: 'ayudarles', escribirle: 'escribirles',
  llamarle: 'llamarles', confirmarle: 'confirmarles', enviarle: 'enviarles', mandarle: 'mandarles', darle: 'darles',
};

/** A suggestion written in the builders' singular form, put into the draft's plural register. */
export function inRegister(suggestion: string, register: DraftRegister): string {
  const table = register === 'vosotros' ? TO_VOSOTROS : register === 'ustedes' ? TO_USTEDES : null;
  if (!table) return suggestion;
  return suggestion.replace(/[\p{L}]+/gu, (word) => {
    const lower = word.toLowerCase();
    const to = table[lower];
    if (!to) return word;
    return word[0] !== lower[0] ? to[0].toUpperCase() + to.slice(1) : to;
  });
}

/** «the the courier», «no no se aplique»: a word doubled where a template met the draft's own words. */
export function tidySuggestion(suggestion: string, quote: string): string {
  return suggestion.replace(/(?<![\p{L}\p{N}])([\p{L}]+)(\s+)\1(?![\p{L}\p{N}])/giu, (match, word: string) => {
    const twice = new RegExp(`(?<![\\p{L}])${word}\\s+${word}(?![\\p{L}])`, 'iu');
    return twice.test(quote) ? match : word;
  });
}

/** Singular tú ↔ usted forms of the words playbook texts and templates use most. */
const TU_TO_USTED: Record<string, string> = {
  te: 'le', tu: 'su', tus: 'sus', ti: 'usted', contigo: 'con usted', tienes: 'tiene', puedes: 'puede', quieres: 'quiere',
  necesitas: 'necesita', sabes: 'sabe', debes: 'debe', eres: 'es', estás: 'está', prefieres: 'prefiere', viene: 'viene',
  dime: 'dígame', escríbeme: 'escríbame', cuéntame: 'cuénteme', súbelo: 'súbalo', compárteme: 'compártame', envíame: 'envíeme',
  mándame: 'mándeme', avísame: 'avíseme', confírmame: 'confírmeme', ofrecerte: 'ofrecerle', mostrarte: 'mostrarle',
  buscarte: 'buscarle', ayudarte: 'ayudarle', escribirte: 'escribirle', devolverte: 'devolverle', enviarte: 'enviarle',
  darte: 'darle', explicarte: 'explicarle', llamarte: 'llamarle', tengas: 'tenga', quieras: 'quiera', puedas: 'pueda',
  necesites: 'necesite', prefieras: 'prefiera', recibas: 'reciba',
};
const USTED_TO_TU: Record<string, string> = Object.fromEntries(
  Object.entries(TU_TO_USTED).filter(([tu]) => !['viene', 'ti'].includes(tu)).map(([tu, usted]) => [usted, tu]).filter(([usted]) => !/^(?:es|le|su|sus|tiene|puede|quiere|sabe|debe|está)$/.test(usted)),
);
const TU_TO_VOS: Record<string, string> = {
  tienes: 'tenés', puedes: 'podés', quieres: 'querés', necesitas: 'necesitás', sabes: 'sabés', debes: 'debés', eres: 'sos',
  estás: 'estás', prefieres: 'preferís', dime: 'decime', escríbeme: 'escribime', cuéntame: 'contame', súbelo: 'subilo',
  compárteme: 'compartime', envíame: 'enviame', mándame: 'mandame', avísame: 'avisame', confírmame: 'confirmame', ti: 'vos',
};

function mapWords(text: string, table: Record<string, string>): string {
  return text.replace(/\p{L}+/gu, (word) => {
    const lower = word.toLowerCase();
    const to = table[lower];
    if (!to) return word;
    return word[0] !== lower[0] ? to[0].toUpperCase() + to.slice(1) : to;
  });
}

/**
 * A Spanish text (a playbook entry, a template) put into the draft's form of address:
 * tú ↔ usted by a word table, then vos or the plurals. Forms the tables do not know stay
 * as they are; the suggestion test checks every suggestion of the corpora against this.
 */
export function toRegister(text: string, target: DraftRegister): string {
  if (target === 'you') return text;
  const own = detectRegister(text, text.toLowerCase().normalize('NFD').replace(/\p{M}/gu, ''));
  const base = builderRegister(target);
  let out = text;
  if (own === 'usted' && base !== 'usted') out = mapWords(out, USTED_TO_TU);
  if (own !== 'usted' && base === 'usted') out = mapWords(out, TU_TO_USTED);
  if (target === 'vos') out = mapWords(out, TU_TO_VOS);
  return inRegister(out, target);
}

const POLISH_CACHE_LIMIT = 2000;
const polishCache = new Map<string, string>();

/** A suggestion in the draft's register and tidied (memoised: the same findings come back on every keystroke). */
export function polishSuggestion(suggestion: string, quote: string, lang: Lang, register: DraftRegister): string {
  const key = `${lang}\u0000${register}\u0000${quote}\u0000${suggestion}`;
  let out = polishCache.get(key);
  if (out === undefined) {
    out = tidySuggestion(lang === 'es' ? toRegister(suggestion, register) : suggestion, quote);
    if (polishCache.size >= POLISH_CACHE_LIMIT) polishCache.clear();
    polishCache.set(key, out);
  }
  return out;
}
