/**
 * Trains the learned layer (lib/analysis/model) and writes its weights file:
 *   npm run train [-- --check]
 *
 * Data: tests/corpus/train.jsonl, sample.jsonl and probe.jsonl (texts) and every rule's and moment's own examples
 * (sentences). Thresholds are calibrated on tests/corpus/dev.jsonl. The frozen test split
 * (tests/corpus/test.jsonl) is never read here.
 *
 * Labels are per text, the model scores sentences (a text scores as its best sentence),
 * so training is multiple-instance: in a text labelled with L, the sentence where the
 * lexicon finds L is the positive one; without a lexicon hit, every sentence starts as a
 * weak positive, then each round keeps only the sentence the model now scores highest.
 * Every sentence of a text without L is a negative (for flat-refusal, texts that offer
 * an alternative are left out: their refusal is fine only because of the offer).
 *
 * The learner is FTRL-proximal logistic regression (L1 keeps the weights sparse), in a
 * fixed order: the same data gives the same bytes. Weights are quantised to 8 bits.
 * With --check, nothing is written: the script fails if the committed weights differ.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze } from '../lib/analysis';
import { MOMENTS } from '../lib/analysis/moments/registry';
import { FEATURE_BITS, sentenceFeatures } from '../lib/analysis/model/features';
import { decodeModel, encodeModel, MODEL_LABELS, scoreFeatures, sigmoid, type LabelInfo, type Model } from '../lib/analysis/model';
import { hasOffer } from '../lib/analysis/rules/flat-refusal';
import { RULES } from '../lib/analysis/rules/registry';
import { fold, splitSentences } from '../lib/analysis/text';
import type { AnalyzeInput, Lang, Strictness } from '../lib/analysis/types';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
/** Everything the model learns from: the train split, the development sample and the team's probe. */
const TRAIN = ['train.jsonl', 'sample.jsonl', 'probe.jsonl'].map((f) => resolve(ROOT, 'tests/corpus', f));
const DEV = resolve(ROOT, 'tests/corpus/dev.jsonl');
const WEIGHTS = resolve(ROOT, 'lib/analysis/model/weights.ts');

const SIZE = 1 << FEATURE_BITS;
const L = MODEL_LABELS.length;
const RULE_LABELS = new Set<string>(RULES.map((r) => r.id));

// Learner settings (chosen on the dev split, see docs/engine.md).
const ALPHA = 0.08;
const BETA = 1;
const L1 = 0.6;
const L2 = 1;
const EPOCHS = 6;
const ROUNDS = 3;
/** Quantised weights below this many steps of 1/127 of the largest are dropped. */
const PRUNE_STEPS = 1;
/** Of the dev texts without a label, the share the model may add to the lexicons' false alarms. */
const MAX_FALSE_ALARM = { standard: 0.015, picky: 0.04 };

interface Line {
  id: string;
  /** The line as the engine takes it (text, role, now, context). */
  input: AnalyzeInput;
  role: 'agent' | 'customer';
  text: string;
  lang?: Lang;
  labels: Set<string>;
  optional: Set<string>;
}

function readCorpus(file: string): Line[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((raw) => {
      const o = JSON.parse(raw);
      const expect = o.expect ?? {};
      return {
        id: o.id,
        input: { text: o.text, role: o.role ?? 'agent', lang: expect.lang, now: o.now, context: o.context },
        role: o.role ?? 'agent',
        text: o.text,
        lang: expect.lang,
        labels: new Set<string>([...(expect.rules ?? []), ...(expect.moments ?? [])]),
        optional: new Set<string>(expect.optional ?? []),
      };
    });
}

interface Instance {
  key: string;
  features: number[];
  /** Per label: 1 positive, 0 negative, -1 not used; with a weight. */
  target: Int8Array;
  weight: Float32Array;
}

interface TextBag {
  line: Line;
  sentences: Instance[];
  /** Per label: index of the sentence the lexicon marks, or -1. */
  hint: Int16Array;
}

const labelIndex = new Map<string, number>(MODEL_LABELS.map((id, i) => [id, i]));

function instance(key: string, text: string): Instance {
  return { key, features: sentenceFeatures(text, fold(text)), target: new Int8Array(L).fill(-1), weight: new Float32Array(L) };
}

/** The lexicon's answer per sentence, as a hint for which sentence carries the label. */
function lexiconHints(line: Line, sentences: { start: number; end: number; text: string }[]): Int16Array {
  const hint = new Int16Array(L).fill(-1);
  if (line.role === 'customer') {
    sentences.forEach((s, i) => {
      const folded = fold(s.text);
      for (const m of MOMENTS) {
        const l = labelIndex.get(m.id);
        if (l !== undefined && hint[l] < 0 && m.detect(s.text, folded, line.lang ?? 'es')) hint[l] = i;
      }
    });
    return hint;
  }
  const result = analyze({ text: line.text, role: 'agent', lang: line.lang }, { model: null });
  for (const f of result.findings) {
    const l = labelIndex.get(f.rule);
    if (l === undefined || hint[l] >= 0) continue;
    const at = sentences.findIndex((s) => s.start <= f.start && f.start < s.end);
    if (at >= 0) hint[l] = at;
  }
  return hint;
}

function bagsOf(lines: Line[]): TextBag[] {
  return lines.map((line) => {
    const split = splitSentences(line.text);
    const sentences = split.map((s, i) => instance(`${line.id}#${i}`, s.text));
    return { line, sentences, hint: lexiconHints(line, split) };
  });
}

/** Sentence-level examples of the rules and moments (a marked span is a positive). */
function exampleInstances(): Instance[] {
  const out: Instance[] = [];
  for (const rule of RULES) {
    const l = labelIndex.get(rule.id);
    if (l === undefined) continue;
    rule.examples.forEach((ex, i) => {
      const positive = ex.text.includes('[[');
      const text = ex.text.replace(/\[\[|\]\]/g, '');
      const inst = instance(`example:${rule.id}:${i}`, text);
      inst.target[l] = positive ? 1 : 0;
      inst.weight[l] = 1;
      out.push(inst);
    });
  }
  out.push(...rewriteInstances(RULES.flatMap((rule) => rule.examples.map((ex, i) => ({ key: `example:${rule.id}:${i}`, text: ex.text.replace(/\[\[|\]\]/g, ''), lang: ex.lang })))));
  for (const moment of MOMENTS) {
    const l = labelIndex.get(moment.id)!;
    moment.examples.forEach((ex, i) => {
      const inst = instance(`example:${moment.id}:${i}`, ex.text);
      inst.target[l] = ex.fires ? 1 : 0;
      inst.weight[l] = 1;
      out.push(inst);
    });
  }
  return out;
}

/**
 * The lexicon's own rewrites, applied: each is a sentence the rule must no longer flag
 * (the contract: applying a suggestion does not re-trigger its rule), so each is a
 * negative for that rule.
 */
function rewriteInstances(texts: { key: string; text: string; lang?: Lang }[]): Instance[] {
  const out: Instance[] = [];
  for (const { key, text, lang } of texts) {
    const result = analyze({ text, role: 'agent', lang }, { model: null });
    for (const finding of result.findings) {
      const l = labelIndex.get(finding.rule);
      if (l === undefined) continue;
      finding.suggestions.forEach((suggestion, k) => {
        const applied = text.slice(0, finding.start) + suggestion + text.slice(finding.end);
        const sentence = splitSentences(applied).find((s) => s.start <= finding.start && finding.start < s.end);
        if (!sentence) return;
        const inst = instance(`${key}:rewrite:${finding.rule}:${finding.start}:${k}`, sentence.text);
        inst.target[l] = 0;
        inst.weight[l] = 1;
        out.push(inst);
      });
    }
  }
  return out;
}

/** Sets each sentence's targets for one round; `scores` are the previous round's (or null). */
function assignTargets(bags: TextBag[], scores: Map<string, Float32Array> | null): void {
  for (const bag of bags) {
    const { line } = bag;
    const isRuleText = line.role === 'agent';
    for (let l = 0; l < L; l++) {
      const id = MODEL_LABELS[l];
      const applies = isRuleText === RULE_LABELS.has(id);
      for (const s of bag.sentences) {
        s.target[l] = -1;
        s.weight[l] = 0;
      }
      if (!applies || line.optional.has(id)) continue;
      if (!line.labels.has(id)) {
        if (id === 'flat-refusal' && hasOffer(fold(line.text), line.lang ?? 'es')) continue;
        for (const s of bag.sentences) {
          s.target[l] = 0;
          s.weight[l] = 1;
        }
        continue;
      }
      let pick = bag.hint[l];
      if (pick < 0 && scores) {
        let best = -Infinity;
        bag.sentences.forEach((s, i) => {
          const v = scores.get(s.key)![l];
          if (v > best) {
            best = v;
            pick = i;
          }
        });
      }
      if (pick >= 0) {
        bag.sentences[pick].target[l] = 1;
        bag.sentences[pick].weight[l] = 1;
      } else {
        const share = 1 / bag.sentences.length;
        for (const s of bag.sentences) {
          s.target[l] = 1;
          s.weight[l] = Math.max(share, 0.2);
        }
      }
    }
  }
}

/** A deterministic order: instances sorted by a hash of their key. */
function shuffled<T extends { key: string }>(items: T[], epoch: number): T[] {
  const hash = (s: string) => {
    let h = 2166136261 ^ epoch;
    for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619) >>> 0;
    return h;
  };
  return items.map((item) => ({ item, h: hash(item.key) })).sort((a, b) => a.h - b.h || (a.item.key < b.item.key ? -1 : 1)).map((x) => x.item);
}

/** FTRL-proximal logistic regression, all labels at once; returns float weights and biases. */
function train(instances: Instance[]): { w: Float32Array[]; bias: Float64Array } {
  const z = Array.from({ length: L }, () => new Float64Array(SIZE));
  const n = Array.from({ length: L }, () => new Float64Array(SIZE));
  const bz = new Float64Array(L);
  const bn = new Float64Array(L);
  const weightOf = (zi: number, ni: number, l1: number) =>
    Math.abs(zi) <= l1 ? 0 : -(zi - Math.sign(zi) * l1) / ((BETA + Math.sqrt(ni)) / ALPHA + L2);
  // Positives are rarer than negatives: weigh them up by the square root of the ratio.
  const positiveWeight = new Float64Array(L);
  for (let l = 0; l < L; l++) {
    let pos = 0;
    let neg = 0;
    for (const inst of instances) {
      if (inst.target[l] === 1) pos += inst.weight[l];
      else if (inst.target[l] === 0) neg += inst.weight[l];
    }
    positiveWeight[l] = pos > 0 ? Math.min(6, Math.sqrt(neg / pos)) : 1;
  }
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (const inst of shuffled(instances, epoch)) {
      for (let l = 0; l < L; l++) {
        const y = inst.target[l];
        if (y < 0) continue;
        const zl = z[l];
        const nl = n[l];
        let logit = weightOf(bz[l], bn[l], 0);
        for (const f of inst.features) logit += weightOf(zl[f], nl[f], L1);
        const p = sigmoid(Math.max(-30, Math.min(30, logit)));
        const g = (p - y) * inst.weight[l] * (y === 1 ? positiveWeight[l] : 1);
        for (const f of inst.features) {
          const w = weightOf(zl[f], nl[f], L1);
          const sigma = (Math.sqrt(nl[f] + g * g) - Math.sqrt(nl[f])) / ALPHA;
          zl[f] += g - sigma * w;
          nl[f] += g * g;
        }
        const bw = weightOf(bz[l], bn[l], 0);
        const bs = (Math.sqrt(bn[l] + g * g) - Math.sqrt(bn[l])) / ALPHA;
        bz[l] += g - bs * bw;
        bn[l] += g * g;
      }
    }
  }
  const w = z.map((zl, l) => Float32Array.from(zl, (zi, f) => weightOf(zi, n[l][f], L1)));
  const bias = Float64Array.from(bz, (zi, l) => weightOf(zi, bn[l], 0));
  return { w, bias };
}

/** 8-bit weights: per label scale = max |w| / 127; rows are the buckets any label uses. */
function quantise(w: Float32Array[], bias: Float64Array): { labels: LabelInfo[]; rows: number[]; matrix: Int8Array } {
  const scale = w.map((wl) => {
    let max = 0;
    for (const v of wl) max = Math.max(max, Math.abs(v));
    return max > 0 ? max / 127 : 1;
  });
  const rows: number[] = [];
  const values: number[] = [];
  for (let f = 0; f < SIZE; f++) {
    const q = w.map((wl, l) => Math.round(wl[f] / scale[l]));
    if (q.every((v) => Math.abs(v) < PRUNE_STEPS || v === 0)) continue;
    rows.push(f);
    values.push(...q.map((v) => (Math.abs(v) < PRUNE_STEPS ? 0 : v)));
  }
  const labels = MODEL_LABELS.map((_, l) => ({ bias: bias[l], scale: scale[l], threshold: { standard: 0.5, picky: 0.35 } }));
  return { labels, rows, matrix: Int8Array.from(values) };
}

/**
 * Per label and strictness, the threshold with the best F1 on the dev split whose false
 * alarms (dev texts without the label that get it) stay within the budget. Measured with
 * the engine itself, lexicons and draft-level steps included, one pass per threshold.
 */
function calibrate(model: Model, dev: Line[]): void {
  // The first pass (threshold above 1) is the lexicons alone: the baseline for false alarms.
  const grid = [1.01, ...Array.from({ length: 19 }, (_, i) => 0.95 - i * 0.05)];
  // Standard never fires below 0.5: a coach's clear call is at least an even bet.
  const floor = { standard: 0.5, picky: 0.3 };
  const counts = grid.map(() => MODEL_LABELS.map(() => ({ tp: 0, fp: 0, fn: 0, negatives: 0 })));
  grid.forEach((t, g) => {
    for (const label of model.labels) label.threshold = { standard: t, picky: t };
    for (const line of dev) {
      const result = analyze(line.input, { model });
      const fired = new Set<string>(line.role === 'customer' ? result.moments : result.findings.map((f) => f.rule));
      MODEL_LABELS.forEach((id, l) => {
        if ((line.role === 'agent') !== RULE_LABELS.has(id) || line.optional.has(id)) return;
        const c = counts[g][l];
        const want = line.labels.has(id);
        if (!want) c.negatives++;
        if (fired.has(id) && want) c.tp++;
        else if (fired.has(id)) c.fp++;
        else if (want) c.fn++;
      });
    }
  });
  const chosen = MODEL_LABELS.map((_, l) => {
    const pick = (strictness: Strictness) => {
      let best = { t: 1.01, f1: -1 };
      grid.forEach((t, g) => {
        const c = counts[g][l];
        const f1 = c.tp === 0 ? 0 : (2 * c.tp) / (2 * c.tp + c.fp + c.fn);
        const added = c.negatives ? (c.fp - counts[0][l].fp) / c.negatives : 0;
        if (t < floor[strictness] - 1e-9 || added > MAX_FALSE_ALARM[strictness]) return;
        if (f1 >= best.f1) best = { t, f1 };
      });
      return best.t;
    };
    const standard = pick('standard');
    return { standard, picky: Math.min(standard, pick('picky')) };
  });
  model.labels.forEach((label, l) => (label.threshold = chosen[l]));
}

function main(): void {
  const check = process.argv.includes('--check');
  const trainLines = TRAIN.flatMap(readCorpus);
  const devLines = readCorpus(DEV);
  const bags = bagsOf(trainLines);
  const examples = [...exampleInstances(), ...rewriteInstances(trainLines.filter((l) => l.role === 'agent').map((l) => ({ key: l.id, text: l.text, lang: l.lang })))];
  const sentenceInstances = bags.flatMap((b) => b.sentences);
  let scores: Map<string, Float32Array> | null = null;
  let trained: { w: Float32Array[]; bias: Float64Array } | undefined;
  for (let round = 0; round < ROUNDS; round++) {
    assignTargets(bags, scores);
    trained = train([...sentenceInstances, ...examples]);
    const { w, bias } = trained;
    scores = new Map(
      sentenceInstances.map((s) => {
        const out = new Float32Array(L);
        for (let l = 0; l < L; l++) {
          let v = bias[l];
          for (const f of s.features) v += w[l][f];
          out[l] = v;
        }
        return [s.key, out];
      }),
    );
  }
  const { labels, rows, matrix } = quantise(trained!.w, trained!.bias);
  const model = decodeModel(encodeModel(labels, rows, matrix));
  calibrate(model, devLines);
  const bytes = encodeModel(model.labels, rows, matrix);
  const base64 = Buffer.from(bytes).toString('base64');
  const source = `// Written by \`npm run train\` (scripts/train.ts) from tests/corpus/train.jsonl and the rules'\n// and moments' examples; thresholds from tests/corpus/dev.jsonl. Do not edit by hand.\n// ${bytes.length} bytes: ${rows.length} feature buckets × ${L} labels, 8-bit.\nexport const WEIGHTS_BASE64 =\n  '${base64}';\n`;
  const summary = `${trainLines.length} training texts (${sentenceInstances.length} sentences) + ${examples.length} examples; ${rows.length} buckets; ${bytes.length} bytes`;
  const thresholds = MODEL_LABELS.map((id, l) => `${id} ${model.labels[l].threshold.standard.toFixed(2)}/${model.labels[l].threshold.picky.toFixed(2)}`).join(', ');
  if (check) {
    const committed = readFileSync(WEIGHTS, 'utf8');
    if (committed !== source) {
      console.error(`train --check: lib/analysis/model/weights.ts differs from what the script makes (${summary})`);
      process.exit(1);
    }
    console.log(`train --check: weights reproduce (${summary})`);
    return;
  }
  writeFileSync(WEIGHTS, source);
  console.log(summary);
  console.log(`thresholds (standard/picky): ${thresholds}`);
}

main();
