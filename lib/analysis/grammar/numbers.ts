/**
 * Cardinal numbers written in words, one to a hundred, in folded Spanish and English:
 * «veinticuatro», «cuarenta y ocho», «dieciseis», "twenty-four", "forty eight". Customers
 * spell counts and windows out («las veinticuatro horas que dijeron», "called thirty-two
 * times"), and a table of a few dozen words misses most of them.
 *
 * The sources are regex fragments built from the parts of a number, not from a list of every
 * number, so a pattern that embeds them stays small. Callers put their own word boundaries
 * around them.
 */
import type { Lang } from '../types';

const ES_UNITS: Record<string, number> = {
  uno: 1, una: 1, un: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9,
};
const ES_TEENS: Record<string, number> = { diez: 10, once: 11, doce: 12, trece: 13, catorce: 14, quince: 15, dieciseis: 16, diecisiete: 17, dieciocho: 18, diecinueve: 19 };
const ES_TENS: Record<string, number> = { treinta: 30, cuarenta: 40, cincuenta: 50, sesenta: 60, setenta: 70, ochenta: 80, noventa: 90 };

const EN_UNITS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 };
const EN_TEENS: Record<string, number> = {
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const EN_TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };

/**
 * Longest first, so «una» is tried before «un» and "fourteen" before "four"; ties in code-unit order (the words are
 * plain ASCII: `localeCompare` gave the same order but its collator cost ~10 ms of the engine's load in a page).
 */
const alternatives = (...tables: Record<string, number>[]) =>
  tables.flatMap((t) => Object.keys(t)).sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0)).join('|');

const ES_UNIT = alternatives(ES_UNITS);
/** The units a count of two or more ends in: «veintiuna» is many, «una» alone is not. */
const ES_UNIT_FROM_TWO = alternatives(Object.fromEntries(Object.entries(ES_UNITS).filter(([, v]) => v > 1)));
const EN_UNIT = alternatives(EN_UNITS);
const EN_UNIT_FROM_TWO = alternatives(Object.fromEntries(Object.entries(EN_UNITS).filter(([, v]) => v > 1)));

// Tens and teens first: «dieciseis» must not stop at «dos»; «veinti-» joins its unit in one word.
const ES_TWO_DIGITS = String.raw`(?:${alternatives(ES_TENS)})(?:\s+y\s+(?:${ES_UNIT}))?|veinti(?:${ES_UNIT})|veinte|${alternatives(ES_TEENS)}|cien`;
const EN_TWO_DIGITS = String.raw`(?:${alternatives(EN_TENS)})(?:[\s-]+(?:${EN_UNIT}))?|${alternatives(EN_TEENS)}|(?:a|one)\s+hundred`;

/** Any cardinal from one to a hundred, as a regex fragment (no groups, no boundaries). */
export const CARDINAL: Record<Lang, string> = {
  es: `(?:${ES_TWO_DIGITS}|${ES_UNIT})`,
  en: `(?:${EN_TWO_DIGITS}|${EN_UNIT})`,
};
/** A cardinal of two or more: what a count of repeated contacts is said with. */
export const CARDINAL_FROM_TWO: Record<Lang, string> = {
  es: `(?:${ES_TWO_DIGITS}|${ES_UNIT_FROM_TWO})`,
  en: `(?:${EN_TWO_DIGITS}|${EN_UNIT_FROM_TWO})`,
};

const ES_VALUES: Record<string, number> = { ...ES_UNITS, ...ES_TEENS, ...ES_TENS, veinte: 20, cien: 100 };
const EN_VALUES: Record<string, number> = { ...EN_UNITS, ...EN_TEENS, ...EN_TENS };

/** The value of a cardinal matched by `CARDINAL` (folded, any spacing), or undefined. */
export function cardinalValue(words: string): number | undefined {
  const w = words.trim().replace(/[\s-]+/g, ' ');
  const known = ES_VALUES[w] ?? EN_VALUES[w];
  if (known !== undefined) return known;
  if (w.startsWith('veinti')) {
    const unit = ES_UNITS[w.slice(6)];
    return unit === undefined ? undefined : 20 + unit;
  }
  if (/^(?:a|one) hundred$/.test(w)) return 100;
  const [tens, unit, more] = w.split(/ (?:y )?/);
  if (more !== undefined || unit === undefined) return undefined;
  const t = ES_TENS[tens] ?? EN_TENS[tens];
  const u = ES_UNITS[unit] ?? EN_UNITS[unit];
  return t === undefined || u === undefined ? undefined : t + u;
}
