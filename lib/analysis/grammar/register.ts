/**
 * The form of address a whole draft uses, so every suggestion and inserted playbook text
 * can keep it: `you` in English; in Spanish `tu`, `vos`, `usted`, and the plurals
 * `vosotros` (Spain) and `ustedes` (the Americas, or formal in Spain). The singular forms
 * come from the per-sentence detector the rules already use (../patterns.ts); the plurals
 * need their own markers.
 */
import { detectRegister } from '../patterns';
import type { Lang } from '../types';

export type DraftRegister = 'tu' | 'vos' | 'usted' | 'ustedes' | 'vosotros' | 'you';

/** Vosotros shows in its pronouns and in accented verb endings («podéis», «tenéis», «enviadnos»). */
const VOSOTROS_FOLDED = /\b(?:vosotr[oa]s|os|vuestr[oa]s?|sois|estais|teneis|podeis|quereis|necesitais|habeis|decidme|escribidnos|mandadnos|enviadnos)\b/;
const VOSOTROS_RAW = /(?<![\p{L}])\p{L}{2,}(?:áis|éis)(?![\p{L}])/u;
/** Ustedes: the pronoun, or «les» with a plural verb of address. */
const USTEDES_FOLDED = /\bustedes\b|\bles\b[^.!?\n]{0,40}\b(?:pueden|tienen|quieren|necesitan|deben|reciban|escriban|envien|manden)\b|\b(?:a|para|con) ustedes\b/;

export function draftRegister(text: string, folded: string, lang: Lang): DraftRegister {
  if (lang === 'en') return 'you';
  if (VOSOTROS_FOLDED.test(folded) || VOSOTROS_RAW.test(text.toLowerCase())) return 'vosotros';
  if (USTEDES_FOLDED.test(folded)) return 'ustedes';
  return detectRegister(text, folded);
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
