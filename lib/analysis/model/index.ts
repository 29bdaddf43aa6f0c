/**
 * The learned layer: one logistic-regression scorer per rule and per moment over hashed
 * word and character n-grams of a sentence (features.ts), trained by `npm run train`
 * (scripts/train.ts) and shipped as 8-bit weights (weights.bin). A text's score for a
 * label is its best sentence's: a problem sits in a sentence, not in the greeting.
 *
 * The lexicons stay for precise spans and suggestions; this layer adds recall where the
 * wording is new. Thresholds per label and strictness were calibrated on the dev split.
 * Sentence scores are cached by sentence text, so a keystroke re-scores one sentence.
 */
import { fold } from '../text';
import { MOMENT_IDS, RULE_IDS, type MomentId, type RuleId, type Strictness } from '../types';
import { FEATURE_BITS, readSentence, wordFeatures } from './features';
import { contexts, RangeDecoder, RangeEncoder } from './range-coder';

/**
 * The labels the model scores, in the weights file's order: the phrase rules (not
 * `unrealistic-commitment`, which is computed), the moments, and two helpers: `offer` («the
 * draft offers the customer something», so a refusal is not flat) and `commitment` («this
 * clause promises this time», read with the time phrase replaced by a placeholder).
 */
export type ModelLabel = Exclude<RuleId, 'unrealistic-commitment'> | MomentId | 'offer' | 'commitment';
export const MODEL_LABELS: readonly ModelLabel[] = [
  ...RULE_IDS.filter((id): id is Exclude<RuleId, 'unrealistic-commitment'> => id !== 'unrealistic-commitment'),
  ...MOMENT_IDS,
  'offer',
  'commitment',
];

export type { Strictness };

export interface LabelInfo {
  bias: number;
  scale: number;
  /** Probability thresholds: `standard` fires only what a coach would clearly mark. */
  threshold: Record<Strictness, number>;
  /**
   * A grammar proposal the model scores below this is dropped (0: never). Only `commitment`
   * uses it; calibration leaves every other label at 0 (scripts/train.ts, step 3).
   */
  veto: number;
  /**
   * The veto on the grammar's weakest reading, a clause with no actor and no future («la oficina abre el lunes»,
   * "the portal is down today"): at least `veto`. Only `commitment` uses it (scripts/train.ts, step 2c).
   */
  weakVeto: number;
}

export interface Model {
  labels: LabelInfo[];
  /**
   * Which feature buckets have a row: bit `f & 31` of word `f >> 5`. With `rank`, it takes a
   * feature to its row in 64 KB; the 1 MB table of row starts it replaced was read once per
   * feature, and its cache misses were the model's largest cost in a full analysis.
   */
  present: Int32Array;
  /** Rows before each 32-bucket word of `present`. */
  rank: Uint32Array;
  /** Where each row starts in `rows`. */
  rowStart: Uint32Array;
  /**
   * The rows, packed so that scoring a feature reads one place: a 16-bit label mask (bit l
   * set when label l weighs the feature; about 3 of 16 do), then the row's non-zero 8-bit
   * weights, label by label. Separate mask, offset and value arrays cost four cache misses
   * per feature, and a 2,000-character draft has about 4,700 features.
   */
  rows: Int8Array;
}

/** Set bits of a 32-bit word. */
function popcount(word: number): number {
  let x = word - ((word >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

/** The index of the lowest set bit of a label mask: the next label a row weighs. */
const lowestBit = (mask: number) => 31 - Math.clz32(mask & -mask);

/** Where the row of feature bucket `feature` starts in `model.rows`, or -1 when no label weighs it. */
export function rowOf(model: Model, feature: number): number {
  const word = model.present[feature >>> 5]!;
  const bit = 1 << (feature & 31);
  if (!(word & bit)) return -1;
  return model.rowStart[model.rank[feature >>> 5]! + popcount(word & (bit - 1))]!;
}

// ------------------------------------------------------------------ the weights file

/**
 * Layout (little-endian): u16 label count L with RANGE_CODED, MAGNITUDE_CODED, GRID_CODED and DELTAS_CODED set, u32 row
 * count R, u8 the smallest weight magnitude in the file, u8 the grid's size G and its G magnitudes, u16 the labels on the
 * grid; per label f32 bias, f32 scale, f32 standard threshold, f32 picky threshold, f32 veto, f32 weak veto; then, range
 * coded to the end of the file (range-coder.ts), the R feature buckets as ascending deltas, and row by row the row's 16-bit
 * label mask (bit l set when label l weighs the row's feature) and its
 * non-zero signed weights, label by label. Four in five weights are zero, so rows are sparse. Until the fortieth
 * session masks and weights were stored as bytes and left to gzip: the same weights gzip to 61.3 KB coded, 68.2 KB
 * stored (decoding takes about 7 ms more, once a page).
 */
const RANGE_CODED = 0x2000;

/** How many of a row's labels before `label` weigh it, counted up to this: rows weighed by many labels are rare. */
const MASK_COUNT_CAP = 4;
const MASK_CONTEXTS_PER_LABEL = 2 * (MASK_COUNT_CAP + 1);
/**
 * A mask bit's context: its label, how many labels before it weigh the row (capped), and whether the label just before
 * does (neighbouring labels are kin: the moments sit together, and so do the phrase rules).
 */
const maskContext = (label: number, before: number, previous: number) =>
  label * MASK_CONTEXTS_PER_LABEL + Math.min(before, MASK_COUNT_CAP) * 2 + previous;
/**
 * A weight is coded as its sign, then its magnitude above the file's smallest as an Elias gamma code: the magnitude's
 * length in bits in unary, then its bits below the top, the first two through a small tree and the rest alone. Each
 * label has two sets of contexts, for rows it weighs alone and rows it shares (a shared row's weights run smaller).
 * Forty-second session: 1.3 KB less than the path to the weight's byte through a 256-leaf tree per label, whose
 * 255 contexts a label learned one by one.
 */
const MAGNITUDE_CODED = 0x4000;
/**
 * The moments', `offer`'s and `commitment`'s weights take one of a few magnitudes (scripts/train.ts, MAGNITUDES): a weight
 * of a label on that grid is coded as its sign and its place on the grid, through a tree of 15 contexts per sign.
 * Forty-third session: 0.9 KB less than the gamma code, which spent bits telling apart magnitudes that never occur.
 */
const GRID_CODED = 0x1000;
const GRID_MAX = 16;
/** Contexts of the place on the grid, after the sign: 16 per sign. */
const GRID_PLACE = 1;
/**
 * The feature buckets' deltas range coded too, as a gamma code of the delta + 1: its length in unary (no stop bit at
 * DELTA_MAX_LENGTH), then its bits under the top, the first three through a tree of 7 contexts per length and the rest
 * in one more: 1.1 KB less than LEB128 bytes left to gzip (forty-third session).
 */
const DELTAS_CODED = 0x0800;
const DELTA_MAX_LENGTH = 23;
/** Per length, context 0 for the bits under the tree, 1–7 for the tree's nodes. */
const DELTA_BITS = DELTA_MAX_LENGTH + 1;
const DELTA_CONTEXTS = DELTA_BITS + 8 * (DELTA_MAX_LENGTH + 1);
const LAYOUT = RANGE_CODED | MAGNITUDE_CODED | GRID_CODED | DELTAS_CODED;
const deltaBitContext = (length: number, node: number) => DELTA_BITS + length * 8 + (node < 8 ? node : 0);

function encodeDelta(coder: RangeEncoder, odds: Uint16Array, delta: number): void {
  const value = delta + 1;
  const length = 31 - Math.clz32(value);
  for (let k = 0; k < length; k++) coder.bit(odds, k, 1);
  if (length < DELTA_MAX_LENGTH) coder.bit(odds, length, 0);
  for (let b = length - 1, node = 1; b >= 0; b--) {
    const bit = (value >> b) & 1;
    coder.bit(odds, deltaBitContext(length, node), bit);
    if (node < 8) node = node * 2 + bit;
  }
}

function decodeDelta(decoder: RangeDecoder, odds: Uint16Array): number {
  let length = 0;
  while (length < DELTA_MAX_LENGTH && decoder.bit(odds, length)) length++;
  let value = 1;
  for (let b = length - 1, node = 1; b >= 0; b--) {
    const bit = decoder.bit(odds, deltaBitContext(length, node));
    if (node < 8) node = node * 2 + bit;
    value = value * 2 + bit;
  }
  return value - 1;
}
const VALUE_CONTEXTS = 64;
const SIGN = 0;
/** Contexts of the magnitude's length: 8 for positive weights, then 8 for negative ones. */
const LENGTH = 1;
/** Contexts of the first two bits under the top, a tree of 3 nodes per length. */
const HIGH_BITS = 17;
/** Contexts of the remaining bits, one per length. */
const LOW_BITS = 49;
const valueContext = (label: number, shared: boolean) => (label * 2 + (shared ? 1 : 0)) * VALUE_CONTEXTS;

function encodeWeight(coder: RangeEncoder, odds: Uint16Array, base: number, weight: number, floor: number): void {
  const negative = weight < 0 ? 1 : 0;
  coder.bit(odds, base + SIGN, negative);
  const magnitude = Math.abs(weight) - floor + 1;
  const length = 31 - Math.clz32(magnitude);
  for (let k = 0; k < length; k++) coder.bit(odds, base + LENGTH + negative * 8 + k, 1);
  if (length < 7) coder.bit(odds, base + LENGTH + negative * 8 + length, 0);
  for (let b = length - 1, node = 1; b >= 0; b--) {
    const bit = (magnitude >> b) & 1;
    if (length - 1 - b < 2) {
      coder.bit(odds, base + HIGH_BITS + length * 4 + node, bit);
      node = node * 2 + bit;
    } else coder.bit(odds, base + LOW_BITS + length, bit);
  }
}

function decodeWeight(decoder: RangeDecoder, odds: Uint16Array, base: number, floor: number): number {
  const negative = decoder.bit(odds, base + SIGN);
  let length = 0;
  while (length < 7 && decoder.bit(odds, base + LENGTH + negative * 8 + length)) length++;
  let magnitude = 1;
  for (let b = length - 1, node = 1; b >= 0; b--) {
    let bit: number;
    if (length - 1 - b < 2) {
      bit = decoder.bit(odds, base + HIGH_BITS + length * 4 + node);
      node = node * 2 + bit;
    } else bit = decoder.bit(odds, base + LOW_BITS + length);
    magnitude = magnitude * 2 + bit;
  }
  const weight = magnitude + floor - 1;
  return negative ? -weight : weight;
}

/** Bits that number a place on a grid of `size` magnitudes. */
const placeBits = (size: number) => 32 - Math.clz32(Math.max(1, size - 1));

function encodeOnGrid(coder: RangeEncoder, odds: Uint16Array, base: number, weight: number, grid: number[]): void {
  const negative = weight < 0 ? 1 : 0;
  coder.bit(odds, base + SIGN, negative);
  const place = grid.indexOf(Math.abs(weight));
  for (let b = placeBits(grid.length) - 1, node = 1; b >= 0; b--) {
    const bit = (place >> b) & 1;
    coder.bit(odds, base + GRID_PLACE + negative * GRID_MAX + node, bit);
    node = node * 2 + bit;
  }
}

function decodeOnGrid(decoder: RangeDecoder, odds: Uint16Array, base: number, grid: Uint8Array): number {
  const negative = decoder.bit(odds, base + SIGN);
  const bits = placeBits(grid.length);
  let node = 1;
  for (let b = bits - 1; b >= 0; b--) node = node * 2 + decoder.bit(odds, base + GRID_PLACE + negative * GRID_MAX + node);
  const magnitude = grid[node - (1 << bits)];
  if (magnitude === undefined) throw new Error('weights file: a place off the grid');
  return negative ? -magnitude : magnitude;
}

/**
 * The grid: of the labels' own sets of magnitudes (those of 16 or fewer), the one that holds every magnitude of the most
 * weights; the labels on it are those whose magnitudes it holds (a bit each).
 */
function gridOf(matrix: Int8Array, labelCount: number): { grid: number[]; onGrid: number } {
  const seen = Array.from({ length: labelCount }, () => new Set<number>());
  const weights = new Array<number>(labelCount).fill(0);
  matrix.forEach((w, i) => {
    if (w === 0) return;
    seen[i % labelCount]!.add(Math.abs(w));
    weights[i % labelCount]++;
  });
  let best = { grid: [] as number[], onGrid: 0, covered: 0 };
  for (const candidate of seen) {
    if (candidate.size === 0 || candidate.size > GRID_MAX) continue;
    let onGrid = 0;
    let covered = 0;
    seen.forEach((magnitudes, l) => {
      if (magnitudes.size > 0 && [...magnitudes].every((m) => candidate.has(m))) {
        onGrid |= 1 << l;
        covered += weights[l]!;
      }
    });
    if (covered > best.covered) best = { grid: [...candidate].sort((a, b) => a - b), onGrid, covered };
  }
  return { grid: best.grid, onGrid: best.onGrid };
}

export function encodeModel(labels: LabelInfo[], rows: number[], matrix: Int8Array): Uint8Array {
  if (labels.length > 16) throw new Error('the weights file keeps a 16-bit label mask per row');
  const bytes: number[] = [];
  const view = new DataView(new ArrayBuffer(4));
  const u16 = (v: number) => bytes.push(v & 0xff, (v >> 8) & 0xff);
  const u32 = (v: number) => {
    view.setUint32(0, v, true);
    bytes.push(...new Uint8Array(view.buffer));
  };
  const f32 = (v: number) => {
    view.setFloat32(0, v, true);
    bytes.push(...new Uint8Array(view.buffer));
  };
  let floor = 128;
  for (const w of matrix) if (w !== 0) floor = Math.min(floor, Math.abs(w));
  const { grid, onGrid } = gridOf(matrix, labels.length);
  u16(labels.length | LAYOUT);
  u32(rows.length);
  bytes.push(floor, grid.length, ...grid);
  u16(onGrid);
  for (const l of labels) {
    f32(l.bias);
    f32(l.scale);
    f32(l.threshold.standard);
    f32(l.threshold.picky);
    f32(l.veto);
    f32(l.weakVeto);
  }
  const L = labels.length;
  const coder = new RangeEncoder();
  const deltaOdds = contexts(DELTA_CONTEXTS);
  rows.forEach((row, r) => encodeDelta(coder, deltaOdds, row - (r > 0 ? rows[r - 1]! : 0)));
  const maskOdds = contexts(L * MASK_CONTEXTS_PER_LABEL);
  const valueOdds = contexts(L * 2 * VALUE_CONTEXTS);
  for (let r = 0; r < rows.length; r++) {
    let before = 0;
    for (let l = 0; l < L; l++) {
      const bit = matrix[r * L + l] !== 0 ? 1 : 0;
      coder.bit(maskOdds, maskContext(l, before, l > 0 && matrix[r * L + l - 1] !== 0 ? 1 : 0), bit);
      before += bit;
    }
    for (let l = 0; l < L; l++) {
      const w = matrix[r * L + l]!;
      if (w === 0) continue;
      if ((onGrid >> l) & 1) encodeOnGrid(coder, valueOdds, valueContext(l, before > 1), w, grid);
      else encodeWeight(coder, valueOdds, valueContext(l, before > 1), w, floor);
    }
  }
  return Uint8Array.from([...bytes, ...coder.finish()]);
}

export function decodeModel(bytes: Uint8Array): Model {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 0;
  const header = view.getUint16(at, true);
  // A file of an older layout (bytes left to gzip, or weights coded through a 256-leaf tree) would misread its coded bits.
  if ((header & LAYOUT) !== LAYOUT) throw new Error('weights file: another layout');
  const labelCount = header & ~LAYOUT;
  if (labelCount !== MODEL_LABELS.length) throw new Error('weights file: another set of labels');
  at += 2;
  const rowCount = view.getUint32(at, true);
  const floor = bytes[at + 4]!;
  const gridSize = bytes[at + 5] ?? 0;
  if (gridSize > GRID_MAX) throw new Error('weights file: another layout');
  const grid = bytes.slice(at + 6, at + 6 + gridSize);
  at += 6 + gridSize;
  const onGrid = view.getUint16(at, true);
  at += 2;
  // A feature bucket has one row at most: a count past them is no weights file.
  if (rowCount > 1 << FEATURE_BITS) throw new Error('weights file: wrong length');
  const labels: LabelInfo[] = [];
  for (let l = 0; l < labelCount; l++) {
    labels.push({
      bias: view.getFloat32(at, true),
      scale: view.getFloat32(at + 4, true),
      threshold: { standard: view.getFloat32(at + 8, true), picky: view.getFloat32(at + 12, true) },
      veto: view.getFloat32(at + 16, true),
      weakVeto: view.getFloat32(at + 20, true),
    });
    at += 24;
  }
  const present = new Int32Array(1 << (FEATURE_BITS - 5));
  const rowStart = new Uint32Array(rowCount);
  const decoder = new RangeDecoder(bytes, at);
  // Each row's bucket, from the ascending deltas, marked present.
  const deltaOdds = contexts(DELTA_CONTEXTS);
  let feature = 0;
  for (let r = 0; r < rowCount; r++) {
    feature += decodeDelta(decoder, deltaOdds);
    if (feature >= 1 << FEATURE_BITS) throw new Error('weights file: a bucket past the last');
    present[feature >>> 5] |= 1 << (feature & 31);
  }
  // Kept sparse, as coded: scoring visits only the labels a feature weighs.
  const maskOdds = contexts(labelCount * MASK_CONTEXTS_PER_LABEL);
  const valueOdds = contexts(labelCount * 2 * VALUE_CONTEXTS);
  // A row holds its 2-byte mask and at most one weight a label.
  const rows = new Int8Array(rowCount * (2 + labelCount));
  let write = 0;
  for (let r = 0; r < rowCount; r++) {
    let mask = 0;
    let before = 0;
    for (let l = 0; l < labelCount; l++) {
      const set = decoder.bit(maskOdds, maskContext(l, before, l > 0 ? (mask >> (l - 1)) & 1 : 0));
      mask |= set << l;
      before += set;
    }
    rowStart[r] = write;
    rows[write++] = mask & 0xff;
    rows[write++] = mask >> 8;
    for (let m = mask; m; m &= m - 1) {
      const l = lowestBit(m);
      const base = valueContext(l, before > 1);
      rows[write++] = (onGrid >> l) & 1 ? decodeOnGrid(decoder, valueOdds, base, grid) : decodeWeight(decoder, valueOdds, base, floor);
    }
  }
  // The coded stream ends the file: a file of another layout, or cut short, does not end where its rows do.
  if (decoder.end !== bytes.length) throw new Error('weights file: wrong length');
  // Rows are in ascending bucket order, so a bucket's row index is the rows before its word plus its rank inside it.
  const rank = new Uint32Array(present.length);
  for (let w = 1; w < present.length; w++) rank[w] = rank[w - 1]! + popcount(present[w - 1]!);
  return { labels, present, rank, rowStart, rows: rows.slice(0, write) };
}

let shipped: Model | null = null;
/** Weights installed but not decoded yet: decoded on the first score (in the page, the warm-up analysis while idle). */
let undecoded: Uint8Array | null = null;

/**
 * Installs the shipped weights: the bytes of `weights.bin` (written by `npm run train`).
 * The page's content script fetches them beside engine.js; Node reads the file
 * (lib/node/node-engine.ts). Until then, or with no bytes, the lexicons work alone.
 */
export function useShippedWeights(bytes: Uint8Array | null): void {
  shipped = null;
  undecoded = bytes && bytes.length > 0 ? bytes : null;
}

/** Decodes installed weights now rather than on the first score. */
export function prepareModel(): void {
  if (!undecoded) return;
  const bytes = undecoded;
  undecoded = null;
  try {
    shipped = decodeModel(bytes);
  } catch {
    // Weights that do not decode are weights that did not arrive: the lexicons and the grammar work alone.
    shipped = null;
  }
}

/** The shipped model, or null when no weights were installed. */
export function shippedModel(): Model | null {
  prepareModel();
  return shipped;
}

// ------------------------------------------------------------------ scoring

/** Raw scores (logits) of one sentence for every label. */
export function scoreFeatures(model: Model, features: readonly number[]): Float32Array {
  // Integer sums: the weights are 8-bit integers, so the sums are exact and no float is stored per weight.
  const sums = new Int32Array(model.labels.length);
  for (const f of features) addRow(model, sums, f);
  return logitsOf(model, sums);
}

/** Adds the weights of feature bucket `feature` to each label's sum. */
function addRow(model: Model, sums: Int32Array, feature: number): void {
  const { rows } = model;
  let at = rowOf(model, feature);
  if (at < 0) return;
  let m = (rows[at]! & 0xff) | ((rows[at + 1]! & 0xff) << 8);
  at += 2;
  for (; m; m &= m - 1) sums[lowestBit(m)]! += rows[at++]!;
}

function logitsOf(model: Model, sums: Int32Array): Float32Array {
  const logits = new Float32Array(model.labels.length);
  for (let l = 0; l < logits.length; l++) logits[l] = model.labels[l].bias + sums[l]! * model.labels[l].scale;
  return logits;
}

/**
 * Each word's own features summed per label, kept for the words read lately. A word's n-grams are most of a sentence's
 * features and the same words come back sentence after sentence, draft after draft: summed once, a word costs one
 * lookup. Integer sums, so a sentence scores exactly as scoreFeatures(sentenceFeatures(…)) does (tested).
 */
interface WordSums {
  at: Map<string, number>;
  pool: Int32Array;
}
const WORDS_KEPT = 4096;
const wordSums = new WeakMap<Model, WordSums>();

function wordSumsOf(model: Model): WordSums {
  let kept = wordSums.get(model);
  if (!kept) wordSums.set(model, (kept = { at: new Map(), pool: new Int32Array(WORDS_KEPT * model.labels.length) }));
  return kept;
}

/** Where `word`'s sums start in the pool (summed now if the word is new). */
function sumsOfWord(model: Model, kept: WordSums, word: string): number {
  const labels = model.labels.length;
  let at = kept.at.get(word);
  if (at === undefined) {
    if (kept.at.size >= WORDS_KEPT) {
      kept.at.clear();
      kept.pool.fill(0);
    }
    at = kept.at.size * labels;
    const sums = kept.pool.subarray(at, at + labels);
    for (const f of wordFeatures(word)) addRow(model, sums, f);
    kept.at.set(word, at);
  }
  return at;
}

/** Raw scores (logits) of one sentence for every label: scoreFeatures of its features, each word's read once. */
export function sentenceLogits(model: Model, original: string, folded: string): Float32Array {
  const labels = model.labels.length;
  const sums = new Int32Array(labels);
  const { words, acrossWords } = readSentence(original, folded);
  const kept = wordSumsOf(model);
  for (const word of words) {
    const at = sumsOfWord(model, kept, word);
    for (let l = 0; l < labels; l++) sums[l]! += kept.pool[at + l]!;
  }
  for (const f of acrossWords) addRow(model, sums, f);
  return logitsOf(model, sums);
}

export const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

const CACHE_LIMIT = 4000;
const caches = new WeakMap<Model, Map<string, Float32Array>>();

/** Probabilities of one sentence for every label, cached by its text (per model). */
export function sentenceProbabilities(sentence: string, model: Model | null = shippedModel()): Float32Array | null {
  if (!model) return null;
  let cache = caches.get(model);
  if (!cache) caches.set(model, (cache = new Map()));
  let probabilities = cache.get(sentence);
  if (!probabilities) {
    probabilities = sentenceLogits(model, sentence, fold(sentence)).map(sigmoid);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(sentence, probabilities);
  }
  return probabilities;
}

export interface LabelScore {
  label: ModelLabel;
  probability: number;
  /** Index of the sentence that scored highest. */
  sentence: number;
  threshold: Record<Strictness, number>;
}

/** For each label, the best sentence and its probability. */
export function textScores(sentences: readonly string[], model: Model | null = shippedModel()): LabelScore[] {
  if (!model) return [];
  const best = MODEL_LABELS.map((label, l) => ({ label, probability: 0, sentence: -1, threshold: model.labels[l].threshold }));
  sentences.forEach((sentence, s) => {
    const p = sentenceProbabilities(sentence, model);
    if (!p) return;
    for (let l = 0; l < best.length; l++) {
      if (p[l] > best[l].probability) {
        best[l].probability = p[l];
        best[l].sentence = s;
      }
    }
  });
  return best;
}
