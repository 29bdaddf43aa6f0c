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
import { MOMENT_EXAMPLES } from '../lib/analysis/moments/registry';
import { RULE_EXAMPLES } from '../lib/analysis/rules/registry';
import { FEATURE_BITS, fnv1a, sentenceFeatures, wordClassBuckets } from '../lib/analysis/model/features';
import { decodeModel, encodeModel, MODEL_LABELS, sigmoid, type LabelInfo, type Model, type ModelLabel } from '../lib/analysis/model';
import { hasOffer } from '../lib/analysis/rules/flat-refusal';
import { RULES } from '../lib/analysis/rules/registry';
import { fold, splitSentences } from '../lib/analysis/text';
import { mentionCandidates, regionOf } from '../lib/analysis/commitments';
import { resolveContext } from '../lib/analysis/context';
import { maskQuoted } from '../lib/analysis/grammar/quoted';
import { dateHolidaysProvider } from '../lib/analysis/holidays';
import { CORPUS_DEFAULT_NOW } from '../lib/node/node-engine';
import { MOMENT_IDS, type AnalysisResult, type AnalyzeInput, type Lang, type RuleId, type Strictness } from '../lib/analysis/types';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
/**
 * Everything the model learns from: the train split, the development sample, the team's probe and (since the
 * thirty-second session) round 31's replies in three voices, two thirds clean (tests/corpus/README.md).
 */
const TRAIN = ['train.jsonl', 'sample.jsonl', 'probe.jsonl', 'voices31-train.jsonl', 'voices49-train.jsonl'].map((f) => resolve(ROOT, 'tests/corpus', f));
const DEV = resolve(ROOT, 'tests/corpus/dev.jsonl');
const WEIGHTS = resolve(ROOT, 'lib/analysis/model/weights.bin');

const SIZE = 1 << FEATURE_BITS;
const L = MODEL_LABELS.length;
const RULE_LABELS = new Set<string>(RULES.map((r) => r.id));
const OFFER = MODEL_LABELS.indexOf('offer');
const COMMITMENT = MODEL_LABELS.indexOf('commitment');
const flatRefusal = RULES.find((r) => r.id === 'flat-refusal')!;

// Learner settings (chosen on the dev split, see docs/engine.md).
const ALPHA = 0.08;
const BETA = 1;
const L1 = Number(process.env.TACTO_TRAIN_L1 ?? 2);
// Moments are learned from customers' looser writing (round 8 written from real situations): a
// stronger L1 keeps fewer of their many weak n-grams, which measured equal or better on every
// set and 19 KB less gzip; the rules, `offer` and `commitment` lose F1 at 3 and keep 2. Twenty-ninth session, 3 -> 4:
// 7.0 KB less gzip, every moment figure within ±0.005 (the read real customers 0.667 -> 0.675, round 6 0.834 -> 0.830,
// round 13 0.734 -> 0.730, blind 3 0.865 -> 0.868), no rule figure moved by more than 0.002. Thirty-ninth session, 4 -> 5,
// for the clock, chase, contact and threat grammar (engine + weights were 0.7 KB over): 3.7 KB less gzip; moments
// micro-F1 over 13 customer sets 0.784 either way (dev 0.831 -> 0.829, round 8 0.702 -> 0.699, round 19 0.816 -> 0.813,
// round 17 0.900 -> 0.914, round 36 read 0.901 -> 0.907), no reply's finding changed. Two borderline examples it moved
// over their thresholds were read as what they are: «en el peor de los casos» is no verdict, and a yes/no question
// ("have I been charged?") tells no failure (learned.ts). The other ways tried lost more: offer's L1 3 -> 5 (two refusals
// better, two worse), the phrase rules' bucket floor 5 -> 6 (seven replies worse, three better), commitment's L1 2 -> 3
// (five replies worse), anger's L1 17–22. Fortieth session, 5 -> 4 again, once the range-coded weights file
// (lib/analysis/model/range-coder.ts) had made 6.8 KB of room: 3.9 KB more gzip; on the customer sets never read,
// moments micro-F1 round 39 held 0.739 -> 0.764, round 36 held 0.802 -> 0.806, real45-es held 0.655 -> 0.678, real45-en
// held 0.610 either way; dev 0.834 -> 0.831, round 17 0.914 -> 0.904; no reply's figure moved. Forty-fourth session,
// 4 -> 4.6 for the session's lexicon lines (engine + weights were 15 B over): 1.9 KB less gzip; 4.2, 4.4, 4.6 and 4.8 tried,
// 4.6 the best on the team sets' customer lines (39 better, 36 worse; micro-F1 0.775 -> 0.774) and the real read ones
// (3 better, 1 worse); the phrase rules' L1 6 -> 7 instead lost nine team refusals and hand-offs for 0.8 KB.
// Forty-fifth session, 4.6 -> 5 with anger's 17 -> 24, for the common review verdicts and chasers (1.1 KB over): 2.6 KB
// less gzip; team customers' moments micro-F1 0.776 either way, real read 0.755 -> 0.754. Anger at 20 (with 4.6, 4.8 or 5)
// let the model call "The storm was a disaster for the whole town" anger, an example that must not fire; 24 with 4.8
// read one line worse on both. Forty-seventh session, 5 -> 5.3, for the replies-to-reviews patterns (engine + weights were
// 428 B over): 0.7 KB less gzip; team customers 0.776 -> 0.777, real read 0.755 -> 0.752 (anger's L1 32 -> 40 instead: 0.4 KB,
// 0.776 and 0.754). Then 5.3 -> 5.6 for the customers' wordings of probe47c (369 B over): 0.8 KB less; team 0.777 either way,
// real read 0.752 -> 0.750 (anger 32 -> 40 instead read 0.752 and 0.777 but left 27 B; a tie inside one retrain's spread, the
// room decided). Forty-eighth session, 5.6 -> 6.2 (with anger's L1 back at 32, above) for the session's patterns: the team
// customer sets −0.036 summed over 12 (round 9 −0.014, round 39 held −0.011), real55's read English +0.020.
// Forty-ninth session, 6.2 -> 6.8 for the judging and feeling words' class features (model/evaluative.ts, 1.4 KB of
// engine): 1.2 KB less gzip; anger unchanged on every set, the team customer sets +0.011 summed over 12. Then 6.8 -> 7.4
// for round 49's 160 training lines (0.6 KB over): 1.2 KB less gzip; the review's 223 sentences and the real read and
// held sets the same at 6.8, 7.3 and 7.4; at 7.3 a repeat-contact example that must not fire («Sigo esperando el
// autobús, les escribo al llegar») scored its threshold, 0.80; 0.77 at 7.4. Fiftieth session, 7.4 -> 8.4 for the broken-promise
// reader (grammar/time-given.ts, 1.3 KB of engine; 8.0 stayed 70 B over): 1.5 KB less gzip; the 12 team customer sets
// 3,129 / 688 / 821 -> 3,134 / 699 / 816 (F1 summed 9.78 -> 9.77), anger unchanged on each, real55/56's held halves and
// real57 51 / 16 / 38 both; the test split's moments, read after, 0.848 -> 0.843, its rules and commitments unchanged.
// Fifty-first session, 8.4 -> 8.7 for the lexicons' literal gates (lib/analysis/required-literals.ts, 0.6 KB of engine):
// 0.4 KB less gzip; the 12 team customer sets 3,134 / 699 / 816 -> 3,158 / 716 / 792, the held real halves and real57
// 51 / 16 / 38 both. Then 8.7 -> 8.8 for the answered-contact reader (grammar/contact-history.ts; 0.5 KB, of which the
// session's shared weekday lists and rule wiring gave back 0.4): 0.1 KB less gzip; on the 30 non-frozen sets 23 customer
// lines better and 24 worse than at 8.7 (9.1 instead: 25 better, 37 worse).
const L1_MOMENTS = Number(process.env.TACTO_TRAIN_L1M ?? 8.8);
/**
 * `offer` only tells a flat refusal from one that offers something, at a threshold of 0.95: at 3 it keeps fewer weak
 * n-grams, 0.8 KB less gzip, for one more flat refusal flagged on 1,789 team replies and no other figure moved
 * (twenty-fifth session, whose commitment grammar had put engine + weights 0.3 KB over the 250 KB budget).
 */
const L1_OFFER = 3;
/**
 * Anger holds the most weights of any label (13,485 of 127,989, 5,184 buckets weighed by it alone): at 4 it keeps fewer
 * of its weak n-grams, 3.4 KB less gzip, for three anger decisions on round 9's 433 customers (0.593 -> 0.587) and no
 * other set's figure (dev, the test split, rounds 8, 13, 17, 19, blind 3, letters, the read real customers: anger AUC
 * 0.789 -> 0.788). Twenty-seventh session: engine + weights were 10 B under the 250 KB budget. Thirty-third session,
 * 4 -> 5, to make room for the turn after a refusal (grammar/turn.ts): 1.9 KB less gzip (11,155 anger weights before);
 * moments micro-F1 dev 0.827 -> 0.829, round 8 0.699 -> 0.698, round 9 0.589 -> 0.585, round 19 0.815 -> 0.814, every
 * other set and every rule the same. Thirty-fourth session, 5 -> 6, for blame's pointing-back patterns: 1.3 KB less gzip
 * (9,507 anger weights before); moments micro-F1 dev the same, round 8 0.698 -> 0.700, round 9 0.585 -> 0.588, round 13
 * 0.736 -> 0.738, round 19 0.814 -> 0.813, blind 3 and the test split the same. Thirty-fifth session, 6 -> 7, for the
 * hand-off's own follow-up and the present-state progressive: 1.1 KB less gzip; moments micro-F1 round 6 0.834 -> 0.833,
 * round 8 0.700 -> 0.699, round 9 0.588 -> 0.587, round 19 0.813 -> 0.815, dev, round 13, letters, blind 3 the same.
 * Thirty-sixth session, 7 -> 11 with MAGNITUDES 12 -> 10 (below), for the session's moment patterns and calendar reading
 * (4.2 KB of engine): 3.7 KB less gzip together; what it cost is in docs/engine.md. Thirty-eighth session, 11 -> 16, for
 * round 38's patterns (engine + weights were 985 B over the budget): 1.5 KB less gzip; moments micro-F1 round 6 0.825 ->
 * 0.824, round 8 0.699 -> 0.697, round 13 0.741 -> 0.740, round 19 0.815 -> 0.814, dev and the letters the same (15 gave
 * 1.3 KB and the same rule figures). Forty-third session, 16 -> 17, for the urgency, refusal and escalation phrasings read
 * from real49 (engine + weights were 34 B over): 231 B less gzip; on 9,900 lines (team, real and the test split), 8 moment
 * decisions better and 5 worse, the held real customers one each way (real46 en lost an anger, real48 en lost a false one).
 * Forty-fifth session, 17 -> 24 with the moments' L1 (above), then 24 -> 28 for the patterns the session's two reviews mended
 * (20 B over): 337 B less gzip; team customers 0.775 either way, real read 0.753 -> 0.752, dev the same (26 gave 0.751).
 * Forty-sixth session, 28 -> 32 for the not-coming-back and name-calling patterns as the session's review narrowed them
 * (135 B over): 229 B less gzip (a step of L1 is ~56 B); chosen on the read real and team customers (32: 0.753 and
 * 0.7757; 34: 0.752 and 0.7756).
 * Forty-eighth session: for the room its patterns needed, 32 -> 44 -> 64 in two steps (each within ±0.003 on the team
 * customer sets), then back to 32 with the moments' L1 at 6.2 instead (below): the real sets read that session told the
 * other way — each step up lost a real customer's anger the team sets did not see (32 with the moments at 6.2 against 64
 * at 5.8: real55/56's read halves one moment more found; their held halves and real57, looked at in counts before the
 * choice, 49 / 16 / 40 against 47 / 18 / 42). The weak n-grams an L1 prunes are what carries to wordings nobody here wrote.
 * Fifty-second session, 32 -> 16 (1.5 KB), in the room left by retiring 104 lexicon alternatives no text matched
 * (scripts/lexicon-audit.ts): real55/56's read halves two angers more, their held halves and real57 51 / 16 / 38 ->
 * 52 / 15 / 37, real59 89 / 20 / 34 -> 90 / 20 / 33, real60 70 / 25 / 43 -> 72 / 24 / 41, real58 one false anger more;
 * the 12 team customer sets within ±2 lines each. 12 was tried: real59 one more, real55's held half and real60 one fewer.
 */
const L1_ANGER = Number(process.env.TACTO_TRAIN_L1A ?? 16);
/**
 * The phrase rules' L1. Thirty-second session, 2 -> 6, when round 31's 897 voice replies joined the training text: at 2
 * the weights did not fit the budget, and at 4 they were 1.4 KB over it for the same held-out figures (voices31-held-en
 * 0.675 against 0.673, -es 0.864 against 0.866). `commitment` keeps 2. (Thirty-sixth session: 7 gave 0.9 KB, for rules
 * macro-F1 round 6 0.873 -> 0.869, blind 3 0.863 -> 0.855, round 32 0.897 -> 0.889, and moved a borderline refusal and
 * a clean example over their thresholds; anger's L1 took the room instead.)
 */
const L1_RULES = Number(process.env.TACTO_TRAIN_L1R ?? 6);
/** Each label's L1, by its index in MODEL_LABELS. */
const L1_OF_LABEL = MODEL_LABELS.map((label) =>
  label === 'anger' ? L1_ANGER : (MOMENT_IDS as readonly string[]).includes(label) ? L1_MOMENTS : label === 'offer' ? L1_OFFER : label === 'commitment' ? L1 : L1_RULES,
);
const L2 = 1;
const EPOCHS = 6;
const ROUNDS = 3;
/**
 * Quantised weights below this many steps of 1/127 of the largest are dropped. 4 since the seventeenth session: its
 * patterns put engine + weights at 151.6 + 103.9 = 255.5 KB gzip, over the 250 KB budget. At 4 the weights are 91.6
 * KB; the other way to fit (a bucket stored only from 6 steps) cost more on the team's sets (dev clean replies flagged
 * 6 → 8, round 6 5 → 8, commitments F1 −0.011 on round 6) — docs/engine.md, seventeenth session.
 */
const PRUNE_STEPS = Number(process.env.TACTO_TRAIN_PRUNE ?? 4);
/**
 * A bucket is stored only when some label weighs it at ≥ ROW_PRUNE_STEPS quantisation steps; inside a stored bucket
 * every weight of ≥ PRUNE_STEPS stays. A bucket whose largest weight is 3 steps costs its delta, its mask and its
 * values for next to nothing: dropping them took the weights from 123.3 to 110.8 KB gzip and moved no set's figure
 * by more than 0.002 (twelfth session, docs/engine.md). At 5 steps (fourteenth session: the session's patterns had
 * put engine + weights 0.3 KB over the 250 KB budget) the weights went 109.8 -> 98.8 KB gzip; read sets' moments
 * 0.7572 -> 0.7577, rules within ±0.008 per set, the test split's rules 0.903 -> 0.900. Back to 4 in the twenty-first
 * session, once date-fns in place of luxon had taken 18 KB off the engine: weights 88.5 -> 99.3 KB, engine + weights
 * 244.4 KB; unread customers 0.713 -> 0.724, real30-a held 0.696 -> 0.750, real31-b held 0.640 -> 0.667, real30-b held
 * 0.755 -> 0.741, no reply figure moved on any set (docs/engine.md, twenty-first session).
 */
const ROW_PRUNE_STEPS = Number(process.env.TACTO_TRAIN_ROW_PRUNE ?? 4);
/**
 * …and from 5 steps when only the phrase rules weigh it (twenty-sixth session: the session's commitment and repeat-contact
 * grammar had put engine + weights 0.5 KB over the 250 KB budget). The twenty-first session's move from 5 back to 4 moved
 * no reply figure on any set; its gains were the customers' (moments), which keep 4. 1,039 buckets, 2.3 KB gzip.
 * (Thirty-sixth session: 6 gave 1.1 KB and was left for MAGNITUDES 10, below.)
 */
const ROW_PRUNE_RULE_STEPS = Number(process.env.TACTO_TRAIN_ROW_PRUNE_RULES ?? 5);
/**
 * The moments', `offer`'s and `commitment`'s weights take one of this many magnitudes, spaced evenly in log scale from
 * PRUNE_STEPS to 127 (at 10: 4, 6, 9, 13, 19, 27, 40, 59, 86, 127): a weight keeps its size to about ±20 %, and
 * the fewer distinct bytes gzip better; the file's layout and the scorer are unchanged. Thirty-first session, when the session's patterns needed room
 * under the 250 KB budget: weights 87.6 -> 83.0 KB gzip, and on the team's sets every figure the same or better but
 * round 8's moments 0.700 -> 0.699 and the letters' 0.728 -> 0.726 (dev, the test split and every reply figure the
 * same). At 8 magnitudes (2.2 KB more) commitments and moments lost up to 0.012 (round 17, the letters); the phrase
 * rules' weights on a 16-magnitude grid cost round 6 two clean replies flagged and stay linear (docs/engine.md).
 * Thirty-sixth session, 12 -> 10 (with anger's L1 7 -> 11), to fit the session's engine: against the phrase rules' bucket
 * floor 5 -> 6 for the same room, on the read sets dev rules 0.926 -> 0.927 and moments 0.826 -> 0.831, round 6 rules
 * 0.873 -> 0.878, round 8 0.696 -> 0.699, round 19 0.811 -> 0.815; the letters' rules 0.766 -> 0.747, round 17 0.914 ->
 * 0.903, dev commitments 0.925 -> 0.922 (docs/engine.md says which unread figures were seen before the choice).
 */
const MAGNITUDES = Number(process.env.TACTO_TRAIN_MAGNITUDES ?? 10);
const MAGNITUDE_GRID = [
  ...new Set(Array.from({ length: MAGNITUDES }, (_, i) => Math.round(PRUNE_STEPS * (127 / PRUNE_STEPS) ** (i / (MAGNITUDES - 1))))),
];

/** `q` moved to the grid's magnitude nearest in ratio. */
function onMagnitudeGrid(q: number): number {
  const ratio = (g: number) => Math.abs(Math.log(g / Math.abs(q)));
  return Math.sign(q) * MAGNITUDE_GRID.reduce((best, g) => (ratio(g) < ratio(best) ? g : best));
}

const PHRASE_RULE_LABEL = MODEL_LABELS.map((label) => RULE_LABELS.has(label));
/**
 * How far below dev's best commitment F1 another setting may be and still count as a tie (about
 * one line of dev's ~170 commitments). Among ties the lightest veto wins. Dev's F1 is flat
 * (0.923–0.928) from veto 0.1 to 0.4, so dev cannot choose; real company replies can. On 383 of
 * them collected blind in the eighth session (28 commitments) precision stays 0.79–0.85 whatever
 * the veto, while recall falls from 0.54 (veto 0.1) to 0.32 (0.4): the heavier veto drops true
 * promises in words the corpus never used («las subiré mañana», «se van a publicar mañana»).
 * Until then ties went to the most precise setting, which picked 0.4.
 */
const COMMITMENT_F1_SLACK = 0.005;
/** Where dev cannot choose the commitment threshold, the one real company writing chose (step 2b). */
const COMMITMENT_PRIOR_THRESHOLD = 0.75;
/**
 * The lightest veto tried. Below 0.1 the grammar's promise stands even where the model gives it
 * under one chance in ten; dev cannot tell (its commitment F1 was 0.923 at both 0.05 and 0.1 in the
 * ninth session), but on the real company replies 0.05 let through present states and asides
 * («Note that I'm traveling today», «Ahora mismo cualquier usuario ya puede…»): precision 0.778 at
 * 0.05 against 0.875 at 0.1, recall 0.750 at both.
 */
const COMMITMENT_VETOES = [0.1, 0.15, 0.2, 0.3, 0.4];
/** The vetoes tried on the grammar's weakest reading (step 2c), never lighter than the veto chosen for the rest. */
const WEAK_VETOES = [0.1, 0.15, 0.2, 0.3, 0.4, 0.5, 0.6];
/** Of the dev texts without a label, the share the model may add to the lexicons' false alarms. */
const MAX_FALSE_ALARM = { standard: 0.015, picky: 0.04 };
/**
 * Rules share one budget: a clean draft flagged by any of six rules is a false alarm, so
 * each rule may add a sixth of the 3 % a standard coach allows itself.
 */
const MAX_RULE_FALSE_ALARM = { standard: 0.005, picky: 0.015 };
/**
 * A moment's threshold is at most 0.8. The dev split's customers say their moment more plainly than
 * real ones, so dev alone pushed repeat contact to 0.95; on 330 real customer messages read
 * (thirteenth session) 0.95 → 0.8 found 116 → 124 of 148 repeated contacts for 12 → 14 false alarms.
 */
const MOMENT_CEILING = 0.8;
const MOMENT_LABELS = new Set<string>(MOMENTS.map((m) => m.id));

interface Line {
  id: string;
  /** The line as the engine takes it (text, role, now, context). */
  input: AnalyzeInput;
  role: 'agent' | 'customer';
  text: string;
  lang?: Lang;
  labels: Set<string>;
  optional: Set<string>;
  /** Expected commitments (quotes), or null where the line does not list them. */
  commitments: string[] | null;
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
        input: { text: o.text, role: o.role ?? 'agent', lang: expect.lang, now: o.now ?? CORPUS_DEFAULT_NOW, context: o.context },
        role: o.role ?? 'agent',
        text: o.text,
        lang: expect.lang,
        labels: new Set<string>([...(expect.rules ?? []), ...(expect.moments ?? [])]),
        optional: new Set<string>(expect.optional ?? []),
        commitments: o.role !== 'customer' && Array.isArray(expect.commitments) && !expect.ignoreCommitments ? expect.commitments.map((c: { quote: string }) => c.quote) : null,
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
  /**
   * For the `offer` label: a draft labelled flat-refusal offers nothing (every sentence a
   * negative); a draft with a refusal that is not labelled flat offers something in one of
   * its other sentences (a positive bag), never in one that only acknowledges the customer.
   */
  offer: { bag: 'positive' | 'negative' | null; refusals: Set<number>; acknowledgements: Set<number> };
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
  // The line as labelled (its `now` and calendar): without them the hints followed the wall clock, and the weights with them.
  const result = analyze({ ...line.input, role: 'agent' }, { model: null });
  for (const f of result.findings) {
    const l = labelIndex.get(f.rule);
    if (l === undefined || hint[l] >= 0) continue;
    const at = sentences.findIndex((s) => s.start <= f.start && f.start < s.end);
    if (at >= 0) hint[l] = at;
  }
  return hint;
}

function offerBag(line: Line, split: { text: string }[], hint: Int16Array): TextBag['offer'] {
  const refusals = new Set<number>();
  const acknowledgements = new Set<number>();
  if (line.role !== 'agent') return { bag: null, refusals, acknowledgements };
  const lang = line.lang ?? 'es';
  split.forEach((s, i) => {
    const folded = fold(s.text);
    if (flatRefusal.checkSentence?.({ sentence: { start: 0, end: s.text.length, text: s.text }, folded, lang }).length) refusals.add(i);
    else if (ACKNOWLEDGEMENT.test(folded)) acknowledgements.add(i);
  });
  let offerAt = -1;
  split.forEach((s, i) => {
    if (offerAt < 0 && !refusals.has(i) && hasOffer(fold(s.text), lang)) offerAt = i;
  });
  hint[OFFER] = offerAt;
  if (line.optional.has('flat-refusal')) return { bag: null, refusals, acknowledgements };
  if (line.labels.has('flat-refusal')) return { bag: 'negative', refusals, acknowledgements };
  if (refusals.size > 0 || offerAt >= 0) return { bag: 'positive', refusals, acknowledgements };
  return { bag: null, refusals, acknowledgements };
}

function bagsOf(lines: Line[]): TextBag[] {
  return lines.map((line) => {
    const split = splitSentences(line.text);
    const sentences = split.map((s, i) => instance(`${line.id}#${i}`, s.text));
    // A customer message is also read whole: anger and urgency spread over sentences add up.
    if (line.role === 'customer' && split.length > 1) split.push({ start: 0, end: line.text.length, text: line.text.replace(/\s+/g, ' ') });
    if (line.role === 'customer' && split.length > sentences.length) sentences.push(instance(`${line.id}#all`, split[split.length - 1].text));
    const hint = lexiconHints(line, split);
    return { line, sentences, hint, offer: offerBag(line, split, hint) };
  });
}

/** A rule's examples the model is taught (not the `lexiconOnly` ones), each with its index in the rule's list (its key). */
const taughtExamples = (rule: RuleId) => RULE_EXAMPLES[rule].flatMap((ex, i) => (ex.lexiconOnly ? [] : [{ ex, i }]));

/** Sentence-level examples of the rules and moments (a marked span is a positive). */
function exampleInstances(): Instance[] {
  const out: Instance[] = [];
  for (const rule of RULES) {
    const l = labelIndex.get(rule.id);
    if (l === undefined) continue;
    for (const { ex, i } of taughtExamples(rule.id)) {
      const positive = ex.text.includes('[[');
      const text = ex.text.replace(/\[\[|\]\]/g, '');
      const inst = instance(`example:${rule.id}:${i}`, text);
      inst.target[l] = positive ? 1 : 0;
      inst.weight[l] = 1;
      // A flat refusal's own example offers nothing in any sentence: without this, round 31's clean replies taught `offer`
      // that "We'll let you know if anything changes" is a way forward and 13 refusal examples and probe lines went quiet.
      if (rule.id === 'flat-refusal' && positive) {
        inst.target[OFFER] = 0;
        inst.weight[OFFER] = 1;
      }
      out.push(inst);
    }
  }
  out.push(...rewriteInstances(RULES.flatMap((rule) => taughtExamples(rule.id).map(({ ex, i }) => ({ key: `example:${rule.id}:${i}`, text: ex.text.replace(/\[\[|\]\]/g, ''), lang: ex.lang })))));
  for (const moment of MOMENTS) {
    const l = labelIndex.get(moment.id)!;
    MOMENT_EXAMPLES[moment.id].forEach((ex, i) => {
      if (ex.lexiconOnly) return;
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
    // A fixed moment: a rewrite read at the wall clock's time made the weights depend on the day they were trained.
    const result = analyze({ text, role: 'agent', lang, now: CORPUS_DEFAULT_NOW }, { model: null });
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

/** Whether [start, end) of `text` overlaps one of the expected quotes. */
function overlapsQuote(text: string, quotes: string[], start: number, end: number): boolean {
  return quotes.some((q) => {
    for (let i = text.indexOf(q); i >= 0 && q; i = text.indexOf(q, i + 1)) if (i < end && start < i + q.length) return true;
    return false;
  });
}

/**
 * Commitment instances: every time phrase that passes the hard filters, in its clause with
 * the phrase replaced by a placeholder; positive when the line lists it as a commitment.
 */
function commitmentInstances(lines: Line[]): Instance[] {
  const out: Instance[] = [];
  for (const line of lines) {
    if (!line.commitments) continue;
    const context = resolveContext(line.input.context);
    for (const sentence of splitSentences(maskQuoted(line.text))) {
      for (const c of mentionCandidates(sentence.text, line.lang ?? 'es', regionOf(context))) {
        const start = sentence.start + c.start;
        const inst = instance(`${line.id}#commitment#${start}`, c.clause);
        inst.target[COMMITMENT] = overlapsQuote(line.text, line.commitments, start, sentence.start + c.end) ? 1 : 0;
        inst.weight[COMMITMENT] = 1;
        out.push(inst);
      }
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
      if (l === OFFER) {
        assignOffer(bag, scores);
        continue;
      }
      if (l === COMMITMENT) {
        for (const s of bag.sentences) s.target[l] = -1;
        continue;
      }
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
      markPositive(bag, l, bag.sentences.map((_, i) => i), scores);
    }
  }
}

/**
 * The positive instance of a bag for label `l`, among `candidates`: the lexicon's hint,
 * else the sentence the previous round scored highest; in the first round without a hint,
 * every candidate as a weak positive.
 */
function markPositive(bag: TextBag, l: number, candidates: number[], scores: Map<string, Float32Array> | null): void {
  let pick = bag.hint[l];
  if (pick < 0 && scores) {
    let best = -Infinity;
    for (const i of candidates) {
      const v = scores.get(bag.sentences[i].key)![l];
      if (v > best) {
        best = v;
        pick = i;
      }
    }
  }
  if (pick >= 0) {
    bag.sentences[pick].target[l] = 1;
    bag.sentences[pick].weight[l] = 1;
    return;
  }
  for (const i of candidates) {
    bag.sentences[i].target[l] = 1;
    bag.sentences[i].weight[l] = Math.max(1 / candidates.length, 0.2);
  }
}

/**
 * A sentence that only acknowledges what the customer wants or feels («We understand you'd like a refund», «Entiendo tu
 * molestia»): never where a refusal's offer is. Naming the remedy made it the bag's best-scoring sentence, and `offer`
 * then silenced the refusal that followed it ("…refunded; however, returns cannot be accepted after 30 days").
 */
const ACKNOWLEDGEMENT = /^\W*(?:(?:i|we)(?: do| completely| totally| fully| really| can)? (?:understand|appreciate|know|reali[sz]e|hear you|see that|recogni[sz]e|are sorry|'re sorry|am sorry|'m sorry)|(?:i'm|i am|we're|we are) (?:so |really |very |truly )?sorry|sorry (?:to hear|about|for)|(?:entiendo|entendemos|comprendo|comprendemos|lamento|lamentamos|sentimos|siento|sabemos|se que|valoramos|agradecemos)\b)(?![^.;!?]*\b(?:but|however|and|so|pero|sin embargo|y|asi que)\b)[^.;!?]*[.;!?]?\s*$/;

function assignOffer(bag: TextBag, scores: Map<string, Float32Array> | null): void {
  for (const s of bag.sentences) {
    s.target[OFFER] = -1;
    s.weight[OFFER] = 0;
  }
  if (bag.offer.bag === 'negative') {
    for (const s of bag.sentences) {
      s.target[OFFER] = 0;
      s.weight[OFFER] = 1;
    }
    return;
  }
  if (bag.offer.bag !== 'positive') return;
  for (const i of bag.offer.acknowledgements) {
    bag.sentences[i].target[OFFER] = 0;
    bag.sentences[i].weight[OFFER] = 1;
  }
  const candidates = bag.sentences.map((_, i) => i).filter((i) => !bag.offer.refusals.has(i) && !bag.offer.acknowledgements.has(i));
  if (candidates.length > 0) markPositive(bag, OFFER, candidates, scores);
}

/** A deterministic order: instances sorted by a hash of their key (TACTO_TRAIN_SEED, default 0, varies it to measure a retrain's spread). */
function shuffled<T extends { key: string }>(items: T[], epoch: number): T[] {
  const seed = (2166136261 ^ epoch ^ Number(process.env.TACTO_TRAIN_SEED ?? 0)) >>> 0;
  return items.map((item) => ({ item, h: fnv1a(item.key, seed) })).sort((a, b) => a.h - b.h || (a.item.key < b.item.key ? -1 : 1)).map((x) => x.item);
}

/** FTRL-proximal logistic regression, all labels at once; returns float weights and biases. */
function train(instances: Instance[]): { w: Float32Array[]; bias: Float64Array } {
  // The judging and feeling words' classes are customers' tone: the replies' rules, `offer` and `commitment` leave
  // them at zero (weighed by blame, they moved its threshold and two replies that blame nobody over it).
  const classBuckets = wordClassBuckets();
  const unweighed = MODEL_LABELS.map((label) => (MOMENT_IDS as readonly string[]).includes(label) ? null : classBuckets);
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
        const l1 = L1_OF_LABEL[l];
        const skip = unweighed[l];
        for (const f of inst.features) if (!skip?.has(f)) logit += weightOf(zl[f], nl[f], l1);
        const p = sigmoid(Math.max(-30, Math.min(30, logit)));
        const g = (p - y) * inst.weight[l] * (y === 1 ? positiveWeight[l] : 1);
        for (const f of inst.features) {
          if (skip?.has(f)) continue;
          const w = weightOf(zl[f], nl[f], l1);
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
  const w = z.map((zl, l) => Float32Array.from(zl, (zi, f) => weightOf(zi, n[l][f], L1_OF_LABEL[l])));
  const bias = Float64Array.from(bz, (zi, l) => weightOf(zi, bn[l], 0));
  return { w, bias };
}

/**
 * 8-bit weights: per label scale = max |w| / 127, the non-rule labels' on MAGNITUDE_GRID; rows are the buckets any
 * label uses.
 */
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
    if (q.every((v, l) => Math.abs(v) < Math.max(PRUNE_STEPS, PHRASE_RULE_LABEL[l] ? ROW_PRUNE_RULE_STEPS : ROW_PRUNE_STEPS) || v === 0)) continue;
    rows.push(f);
    values.push(...q.map((v, l) => (Math.abs(v) < PRUNE_STEPS ? 0 : PHRASE_RULE_LABEL[l] ? v : onMagnitudeGrid(v))));
  }
  const labels = MODEL_LABELS.map((_, l) => ({ bias: bias[l], scale: scale[l], threshold: { standard: 0.5, picky: 0.35 }, veto: 0, weakVeto: 0 }));
  return { labels, rows, matrix: Int8Array.from(values) };
}

interface Count {
  tp: number;
  fp: number;
  fn: number;
  negatives: number;
}

/**
 * Runs the engine with `model` on the dev lines once for each setting (a function that sets the model's thresholds);
 * counts per setting and label (the offer label counts as flat-refusal; the commitment label counts commitments,
 * matched by overlap). Each line is read under every setting in turn, so the engine's per-sentence caches serve all
 * but the first reading: the lexicons do not depend on the model's thresholds.
 */
function runDev(model: Model, dev: Line[], settings: Array<() => void>): Count[][] {
  const counts = settings.map(() => MODEL_LABELS.map(() => ({ tp: 0, fp: 0, fn: 0, negatives: 0 })));
  for (const line of dev) {
    settings.forEach((apply, s) => {
      apply();
      countLine(line, analyze(line.input, { model, holidayProvider: dateHolidaysProvider }), counts[s]);
    });
  }
  return counts;
}

function countLine(line: Line, result: AnalysisResult, counts: Count[]): void {
  if (line.commitments) {
    const c = counts[COMMITMENT];
    const found = result.commitments.filter((m) => overlapsQuote(line.text, line.commitments!, m.start, m.end)).length;
    c.tp += Math.min(found, line.commitments.length);
    c.fp += result.commitments.length - found;
    c.fn += Math.max(0, line.commitments.length - found);
  }
  const fired = new Set<string>(line.role === 'customer' ? result.moments : result.findings.map((f) => f.rule));
  MODEL_LABELS.forEach((label, l) => {
    if (l === COMMITMENT) return;
    const id = label === 'offer' ? 'flat-refusal' : label;
    if ((line.role === 'agent') !== RULE_LABELS.has(id) || line.optional.has(id)) return;
    const c = counts[l];
    const want = line.labels.has(id);
    if (!want) c.negatives++;
    if (fired.has(id) && want) c.tp++;
    else if (fired.has(id)) c.fp++;
    else if (want) c.fn++;
  });
}

const f1Of = (c: Count) => (c.tp === 0 ? 0 : (2 * c.tp) / (2 * c.tp + c.fp + c.fn));
const precisionOf = (c: Count) => (c.tp + c.fp > 0 ? c.tp / (c.tp + c.fp) : 0);

/**
 * Where dev scores a rule's standard thresholds alike, the one nearest this prior, not the highest. Thirty-third session:
 * dev's flat refusals are the lexicon's own, so its F1 is flat from 0.95 down to the 0.5 floor and the tie went to 0.95,
 * where the model decides almost nothing. On the sets read but never trained on, 0.55 finds 5 refusals more than 0.95
 * (round 21 1, letters 1, round 32 3) and no false alarm; 0.45 the same; 0.35 brings false alarms (blind 3, round 21,
 * round 32). (The same sweep printed the held-out voice probes: +5 English and +1 Spanish refusals at 0.55, one false
 * alarm at 0.45; so they no longer stand untouched for this choice, docs/engine.md.)
 * Thirty-fourth session, overpromise the same way (dev alike from 0.95 to 0.7): on those sets 0.7 finds 4 more (round 32)
 * and no false alarm, 0.55 one more and a false alarm (blind 3). Blame keeps its highest: each threshold below 0.95
 * brought about one false alarm for each line found (dev, letters, round 6, round 7, round 13, round 32). These sweeps
 * read no held-out probe.
 */
const TIE_PRIOR: Partial<Record<ModelLabel, number>> = { 'flat-refusal': 0.55, overpromise: 0.7 };

/**
 * Calibration on the dev split, with the engine itself (lexicons and draft-level steps
 * included): (1) per label and strictness, the threshold with the best F1 whose added
 * false alarms (dev texts without the label that get it, beyond the lexicons' own) stay
 * within the budget (on a tie, a rule's highest or the one nearest its TIE_PRIOR, and a moment's lowest: nineteenth session,
 * docs/engine.md);
 * (2) the offer threshold with the best flat-refusal F1; (2b) the
 * commitment threshold and veto; (3) no veto on any other lexicon match.
 */
function calibrate(model: Model, dev: Line[]): void {
  const set = (field: (label: LabelInfo, l: number) => void) => model.labels.forEach(field);
  // (1) The first pass (threshold above 1) is the lexicons alone: the baseline for false alarms.
  const grid = [1.01, ...Array.from({ length: 19 }, (_, i) => 0.95 - i * 0.05)];
  // Standard never fires below 0.5: a coach's clear call is at least an even bet.
  const floor = { standard: 0.5, picky: 0.3 };
  set((label) => {
    label.veto = 0;
    label.weakVeto = 0;
  });
  const passes = runDev(
    model,
    dev,
    grid.map((t) => () => set((label, l) => (label.threshold = l === OFFER ? { standard: 0.5, picky: 0.5 } : l === COMMITMENT ? { standard: 1.01, picky: 1.01 } : { standard: t, picky: t }))),
  );
  const chosen = MODEL_LABELS.map((_, l) => {
    const pick = (strictness: Strictness) => {
      const eligible: Array<{ t: number; f1: number }> = [];
      grid.forEach((t, g) => {
        const c = passes[g][l];
        const added = c.negatives ? (c.fp - passes[0][l].fp) / c.negatives : 0;
        const budget = RULE_LABELS.has(MODEL_LABELS[l]) ? MAX_RULE_FALSE_ALARM : MAX_FALSE_ALARM;
        if (t < floor[strictness] - 1e-9 || added > budget[strictness]) return;
        eligible.push({ t, f1: f1Of(c) });
      });
      const best = Math.max(...eligible.map((e) => e.f1));
      const alike = eligible.filter((e) => e.f1 === best).map((e) => e.t);
      // Where dev scores several thresholds alike, a rule takes the highest (the fewest alarms on a clean draft), a moment the
      // lowest; a rule with a prior, the nearest to it.
      const prior = strictness === 'standard' ? TIE_PRIOR[MODEL_LABELS[l]] : undefined;
      if (prior !== undefined) return alike.reduce((a, b) => (Math.abs(b - prior) < Math.abs(a - prior) ? b : a));
      // Picky is the setting that asks for more: where dev cannot tell, it takes the lowest threshold its budget allows
      // (thirty-seventh session: dev's refusals are all the lexicon's now, the tie went to the highest, and picky
      // flagged nothing standard did not).
      return RULE_LABELS.has(MODEL_LABELS[l]) && strictness === 'standard' ? Math.max(...alike) : Math.min(...alike);
    };
    // Past the false-alarm budget if need be: the budget is counted on dev, whose customers are plainer than real ones.
    const standard = MOMENT_LABELS.has(MODEL_LABELS[l]) ? Math.min(pick('standard'), MOMENT_CEILING) : pick('standard');
    return { standard, picky: Math.min(standard, pick('picky')) };
  });
  set((label, l) => (label.threshold = chosen[l]));
  // (2) The offer threshold, for the flat-refusal F1 it gives.
  let bestOffer = { t: 1.01, f1: -1 };
  const offerPasses = runDev(model, dev, grid.map((t) => () => (model.labels[OFFER].threshold = { standard: t, picky: t })));
  grid.forEach((t, g) => {
    const f1 = f1Of(offerPasses[g][OFFER]);
    if (f1 > bestOffer.f1) bestOffer = { t, f1 };
  });
  model.labels[OFFER].threshold = { standard: bestOffer.t, picky: bestOffer.t };
  // (2b) Commitments: the model's veto on the grammar's promises and its own threshold. Among
  // the settings with precision ≥ 0.85 (all, if none reaches it), those within COMMITMENT_F1_SLACK
  // of the best dev F1, and of those the lightest veto, then the threshold nearest COMMITMENT_PRIOR_THRESHOLD. Dev's
  // F1 is flat from 0.7 to 0.85; the twenty-sixth session's retrain, which broke the tie toward the more precise
  // 0.85, lost model-only promises on real company writing ("This will go live within the next week", p 0.77):
  // commitments F1 on real36-f 0.737 at 0.85, 0.857 at 0.75, 0.818 at 0.7; round 13 0.776 / 0.788 / 0.800;
  // round 6 0.804 / 0.807 / 0.804; real36-e one false promise more below 0.85.
  const tried = [1.01, 0.95, 0.9, 0.85, 0.8, 0.75, 0.7].flatMap((t) => COMMITMENT_VETOES.map((v) => ({ t, v })));
  const commitmentPasses = runDev(
    model,
    dev,
    tried.map(({ t, v }) => () => {
      model.labels[COMMITMENT].threshold = { standard: t, picky: t };
      model.labels[COMMITMENT].veto = v;
    }),
  );
  const settings = tried.map(({ t, v }, i) => {
    const c = commitmentPasses[i][COMMITMENT];
    const f1 = f1Of(c);
    if (process.env.TACTO_TRAIN_DEBUG) console.log(`commitment t=${t} veto=${v}: tp ${c.tp} fp ${c.fp} fn ${c.fn} F1 ${f1.toFixed(3)}`);
    return { t, v, f1, precise: precisionOf(c) >= 0.85 };
  });
  const eligible = settings.some((x) => x.precise) ? settings.filter((x) => x.precise) : settings;
  const bestF1 = Math.max(...eligible.map((x) => x.f1));
  const bestCommitment = eligible
    .filter((x) => x.f1 >= bestF1 - COMMITMENT_F1_SLACK)
    .reduce((a, b) => (b.v < a.v || (b.v === a.v && Math.abs(b.t - COMMITMENT_PRIOR_THRESHOLD) < Math.abs(a.t - COMMITMENT_PRIOR_THRESHOLD)) ? b : a));
  model.labels[COMMITMENT].threshold = { standard: bestCommitment.t, picky: bestCommitment.t };
  model.labels[COMMITMENT].veto = bestCommitment.v;
  // (2c) The veto on the grammar's weakest reading (a clause where nobody acts and nothing is to come: «la oficina
  // abre el lunes», "the portal is down today"), with the rest fixed: among the weak vetoes within COMMITMENT_F1_SLACK
  // of the best dev F1, the most precise, then the lightest. Such readings were right 11 times in 34 on the team's
  // sets in English and 26 in 43 in Spanish (twenty-fifth session), against 9 in 10 for the rest.
  const weakTried = WEAK_VETOES.filter((w) => w >= bestCommitment.v);
  const weakPasses = runDev(model, dev, weakTried.map((w) => () => (model.labels[COMMITMENT].weakVeto = w)));
  const weak = weakTried.map((w, i) => {
    const c = weakPasses[i][COMMITMENT];
    if (process.env.TACTO_TRAIN_DEBUG) console.log(`commitment weak veto ${w}: tp ${c.tp} fp ${c.fp} fn ${c.fn} F1 ${f1Of(c).toFixed(3)}`);
    return { w, f1: f1Of(c), precision: precisionOf(c) };
  });
  const bestWeakF1 = Math.max(...weak.map((x) => x.f1));
  const bestWeak = weak.filter((x) => x.f1 >= bestWeakF1 - COMMITMENT_F1_SLACK).reduce((a, b) => (b.precision > a.precision ? b : a));
  model.labels[COMMITMENT].weakVeto = bestWeak.w;
  // (3) No veto on the lexicons' rule and moment matches. Calibrated on dev, vetoes lifted
  // dev F1 by removing matches on lines by the training corpus's own writers, but on writing
  // by anyone else they removed right answers: on the real public texts of real-dev, 6 of the
  // 7 rule findings and most of the moments the vetoes dropped were right (rules 0.456 with
  // vetoes, 0.514 without; moments 0.742 / 0.756), and on the independent blind3 batch
  // rules went 0.803 → 0.823. A reviewed phrasing is better evidence than a model trained
  // on a few thousand lines. Commitments keep theirs (step 2b): there the grammar proposes
  // and the model checks, which real-dev confirms (precision 0.36 without, 0.75 with).
  set((label, l) => (label.veto = l === COMMITMENT ? bestCommitment.v : 0));
}

function main(): void {
  const check = process.argv.includes('--check');
  const trainLines = TRAIN.flatMap(readCorpus);
  const devLines = readCorpus(DEV);
  const bags = bagsOf(trainLines);
  const examples = [...exampleInstances(), ...commitmentInstances(trainLines), ...rewriteInstances(trainLines.filter((l) => l.role === 'agent').map((l) => ({ key: l.id, text: l.text, lang: l.lang })))];
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
  const summary = `${trainLines.length} training texts (${sentenceInstances.length} sentences) + ${examples.length} examples; ${rows.length} buckets; ${bytes.length} bytes`;
  const thresholds = MODEL_LABELS.map((id, l) => `${id} ${model.labels[l].threshold.standard.toFixed(2)}/${model.labels[l].threshold.picky.toFixed(2)} veto ${model.labels[l].veto}${l === COMMITMENT ? ` weak ${model.labels[l].weakVeto}` : ''}`).join(', ');
  if (check) {
    const committed = readFileSync(WEIGHTS);
    if (!committed.equals(Buffer.from(bytes))) {
      console.error(`train --check: lib/analysis/model/weights.bin differs from what the script makes (${summary})`);
      process.exit(1);
    }
    console.log(`train --check: weights reproduce (${summary})`);
    return;
  }
  writeFileSync(WEIGHTS, bytes);
  console.log(summary);
  console.log(`thresholds (standard/picky): ${thresholds}`);
}

main();
