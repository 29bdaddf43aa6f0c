/**
 * Features of one sentence for the learned layer: hashed into 2^18 buckets, no n-gram
 * strings built, so a sentence of 100 characters costs a few microseconds.
 *
 * - word unigrams and bigrams of the folded text (lower case, no accents), with sentence
 *   start and end as words: they carry phrasing («as previously», «nadie me»);
 * - character 3- to 5-grams inside each word, with word boundaries: they carry
 *   inflection, typos and missing accents («escribi», «llamé», «llame», «yamé»);
 * - every run of digits read as one «0», so a count or a span learned with one number
 *   holds for any («3 días», «12 días»; «48h», «72h»); «100» is kept («100 % seguro»);
 * - a few shape cues of the original text: words in capitals, repeated «!» or «?»,
 *   digits, angry or sad emoji. These carry tone that folding would lose;
 * - the class of a judging or feeling word (evaluative.ts): "atrocious" weighs as "awful"
 *   does, though no training line has it.
 *
 * Hashing is FNV-1a over UTF-16 units with a per-kind seed, so kinds do not collide by
 * construction of equal strings.
 */

import { capitalWords, withoutCalmBangs } from '../grammar/tone';
import { EVALUATIVE } from './evaluative';

export const FEATURE_BITS = 18;
export const FEATURE_MASK = (1 << FEATURE_BITS) - 1;

const FNV_PRIME = 16777619;
const SEED_WORD = 2166136261;
const SEED_BIGRAM = 0x01000193 ^ 0x9e3779b9;
const SEED_CHAR = 0x85ebca6b;
const SEED_SHAPE = 0xc2b2ae35;

function mix(hash: number, code: number): number {
  return Math.imul(hash ^ code, FNV_PRIME) >>> 0;
}

/** FNV-1a 32-bit of a whole string (UTF-16 units), from `seed`: the corpus split and the trainer's fixed order use it. */
export function fnv1a(text: string, seed = SEED_WORD): number {
  let hash = seed;
  for (let i = 0; i < text.length; i++) hash = mix(hash, text.charCodeAt(i));
  return hash;
}

const isLetterOrDigit = (code: number) =>
  (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code === 39 || (code > 0xbf && code !== 0xd7 && code !== 0xf7 && code < 0x2000);

/** Shape cues: small fixed set, hashed by name. */
const SHAPES = ['caps1', 'caps3', 'bang2', 'quest2', 'digit', 'emoji-angry', 'emoji-sad', 'emoji-other', 'short', 'long'] as const;
type Shape = (typeof SHAPES)[number];
const SHAPE_HASH = new Map<Shape, number>(
  SHAPES.map((name) => {
    let h = SEED_SHAPE;
    for (let i = 0; i < name.length; i++) h = mix(h, name.charCodeAt(i));
    return [name, h & FEATURE_MASK];
  }),
);

const ANGRY_EMOJI = /[\u{1F620}\u{1F621}\u{1F624}\u{1F92C}\u{1F47F}\u{1F4A2}\u{1F595}\u{1F92F}]/u;
const SAD_EMOJI = /[\u{1F622}\u{1F62D}\u{1F61E}\u{1F614}\u{1F629}\u{1F62B}\u{1F644}\u{1F612}\u{1F611}\u{1F610}]/u;
const ANY_EMOJI = /\p{Extended_Pictographic}/u;

function shapes(original: string, words: number): Shape[] {
  const out: Shape[] = [];
  // Capitals without a vowel are codes and redactions («PDF», «XXXX»), not a raised voice.
  const capsWords = capitalWords(original, 3).filter((w) => w !== 'OK').length;
  if (capsWords >= 1) out.push('caps1');
  if (capsWords >= 3) out.push('caps3');
  if (/[!¡]{2,}|![^!]*!/.test(withoutCalmBangs(original))) out.push('bang2');
  if (/[?¿]{2,}/.test(original)) out.push('quest2');
  if (/\d/.test(original)) out.push('digit');
  if (ANGRY_EMOJI.test(original)) out.push('emoji-angry');
  else if (SAD_EMOJI.test(original)) out.push('emoji-sad');
  else if (ANY_EMOJI.test(original)) out.push('emoji-other');
  if (words <= 4) out.push('short');
  else if (words >= 30) out.push('long');
  return out;
}

/** A judging or feeling word's class feature, by the word's hash (evaluative.ts). */
const CLASS_OF_WORD = new Map<number, number>();
for (const [word, kind] of EVALUATIVE) CLASS_OF_WORD.set(fnv1a(word), fnv1a(kind, SEED_SHAPE) & FEATURE_MASK);
/** The class features' buckets: the trainer lets only the moments weigh them (scripts/train.ts). */
export const wordClassBuckets = (): ReadonlySet<number> => new Set(CLASS_OF_WORD.values());

const DIGITS = /\d+/g;
const ANY_DIGIT = /\d/;

/**
 * Every run of digits as one «0»: «3 días» and «12 días», «48h» and «72h» share their features.
 * «100» stays itself: «100 %» is a pledge of certainty, not a count.
 */
function numbersAsOne(folded: string): string {
  return ANY_DIGIT.test(folded) ? folded.replace(DIGITS, (run) => (run === '100' ? run : '0')) : folded;
}

/** The code units of the word being read, with a blank on each side (grown when a word is longer). */
let units = new Uint16Array(64);

/**
 * The features of one word alone, appended to `out`: the word itself, its class when it judges or feels, and its
 * character 3- to 5-grams with a blank on each side. `word` is as the sentence reads it (folded, digits as one).
 */
export function wordFeatures(word: string, out: number[] = []): number[] {
  const h = fnv1a(word);
  out.push(h & FEATURE_MASK);
  const wordClass = CLASS_OF_WORD.get(h);
  if (wordClass !== undefined) out.push(wordClass);
  // Read from a buffer of its codes: a closure per word was a third of the sentence's time.
  const len = word.length + 2;
  if (units.length < len) units = new Uint16Array(2 * len);
  units[0] = 32;
  units[len - 1] = 32;
  for (let k = 1; k < len - 1; k++) units[k] = word.charCodeAt(k - 1);
  for (let size = 3; size <= 5; size++) {
    const seed = mix(SEED_CHAR, size);
    for (let k = 0; k + size <= len; k++) {
      let g = seed;
      for (let j = 0; j < size; j++) g = mix(g, units[k + j]!);
      out.push(g & FEATURE_MASK);
    }
  }
  return out;
}

/** A sentence read for the learned layer: its words (folded, digits as one), and the features that reach across them. */
export interface SentenceReading {
  words: string[];
  /** Word bigrams, with the sentence's start and end as words (hash 1 and 2), and the shape cues. */
  acrossWords: number[];
}

export function readSentence(original: string, foldedOriginal: string): SentenceReading {
  const folded = numbersAsOne(foldedOriginal);
  const words: string[] = [];
  let i = 0;
  const n = folded.length;
  while (i < n) {
    while (i < n && !isLetterOrDigit(folded.charCodeAt(i))) i++;
    if (i >= n) break;
    const s = i;
    while (i < n && isLetterOrDigit(folded.charCodeAt(i))) i++;
    words.push(folded.slice(s, i));
  }
  const acrossWords: number[] = [];
  let previous = 1;
  for (const word of words) {
    const h = fnv1a(word);
    acrossWords.push(mix(mix(SEED_BIGRAM, previous), h) & FEATURE_MASK);
    previous = h;
  }
  acrossWords.push(mix(mix(SEED_BIGRAM, previous), 2) & FEATURE_MASK);
  for (const shape of shapes(original, words.length)) acrossWords.push(SHAPE_HASH.get(shape)!);
  return { words, acrossWords };
}

/**
 * The hashed features of one sentence. `foldedOriginal` is `fold(original)` (same length).
 * Duplicates are kept: a feature that occurs twice counts twice, like a bag of n-grams.
 */
export function sentenceFeatures(original: string, foldedOriginal: string): number[] {
  const { words, acrossWords } = readSentence(original, foldedOriginal);
  const out: number[] = [];
  for (const word of words) wordFeatures(word, out);
  for (const f of acrossWords) out.push(f);
  return out;
}
