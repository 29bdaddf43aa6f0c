/**
 * Writes docs/figures.md: every corpus split scored by `tests/corpus/eval.ts --json`, per rule
 * and per moment, all lines and each language apart:
 *   npm run figures
 * The figures are the engine's at the commit named in the file; rerun after changing it.
 */
import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { EvalJson, LabelCounts } from '../tests/corpus/eval';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const run = promisify(execFile);


/** Each split, what it is and whether the trainer reads it (tests/corpus/README.md). */
const SPLITS: { file: string; what: string }[] = [
  { file: 'test.jsonl', what: 'the frozen test split: reported only, never trained or tuned on' },
  { file: 'dev.jsonl', what: 'the dev split: thresholds are calibrated on it, so it overstates' },
  { file: 'blind3.jsonl', what: 'blind batch 3: a check, never trained on' },
  { file: 'blind2.jsonl', what: 'blind batch 2: lexicons were fixed on it once; never trained on' },
  { file: 'letters.jsonl', what: 'round 5, long letters: a check, never trained on' },
  { file: 'round6.jsonl', what: 'round 6: a check, never trained on' },
  { file: 'round7.jsonl', what: 'round 7, company writing with times: a check, never trained on' },
  { file: 'round8.jsonl', what: "round 8's second part, customers written from real situations: a check, never trained on" },
  { file: 'round9.jsonl', what: 'round 9, customers and company replies written from real situations the writers found: a check, never trained on' },
  { file: 'round13.jsonl', what: 'round 13, customers and company replies written from read real sets (fifteenth session): a check, never trained on (training on it was measured and rejected)' },
  { file: 'round17.jsonl', what: 'round 17, customer messages on the moments real writing misses most, by a writer who never saw the engine (seventeenth session): read and worked on, never trained on' },
  { file: 'round19.jsonl', what: 'round 19, customer messages in the voices of real29, by two writers who never saw the engine (nineteenth session): a check, never trained on (training on it was measured and rejected)' },
  { file: 'round21.jsonl', what: 'round 21, company replies in the voices of the read real reply halves, by two writers who never saw the engine (twenty-first session): a check, never trained on (training on it was measured and rejected)' },
  { file: 'voices31-held-en.jsonl', what: 'round 31, English replies as a formal letter, a brand and a lone maintainer, by a helper who saw only the labelling guide: held out, never read' },
  { file: 'voices31-held-es.jsonl', what: 'round 31, the same in Spanish by another such helper: held out, never read' },
  { file: 'voices31-read.jsonl', what: "round 31, the rules' English examples rewritten in those voices by a helper: read and worked on, never trained on" },
  { file: 'voices32-train.jsonl', what: 'round 32, replies in five voices by two helpers who saw only the labelling guide: written for training, measured, not trained on' },
  { file: 'voices50-train.jsonl', what: 'round 50, customer messages by two helpers who saw only the labelling guide: anger, broken promises and repeat contact as real customers say them, and calm look-alikes; written for training, measured on arrival and as training, not trained on' },
  { file: 'voices34-blind.jsonl', what: 'round 34, replies leaning to public social writing by two helpers who saw only the labelling guide: a blind check, first run before any change, never read or trained on' },
  { file: 'voices36-read.jsonl', what: 'round 36, customer messages by two helpers who saw only the labelling guide, odd ids: first run before any change, then read and worked on, never trained on' },
  { file: 'voices36-held.jsonl', what: 'round 36, the even ids of the same batch: first run before any change, never read or trained on' },
  { file: 'voices37-read.jsonl', what: 'round 37, agent replies (es and en) by two helpers who saw only the labelling guide, odd ids: first run before any change, then read and worked on, never trained on' },
  { file: 'voices37-held.jsonl', what: 'round 37, the even ids of the same batch: first run before any change, never read or trained on' },
  { file: 'voices38-read.jsonl', what: 'round 38, agent replies (es and en) in new genres by two helpers who saw only the labelling guide, odd ids: first run before any change, then read and worked on, never trained on' },
  { file: 'voices38-held.jsonl', what: 'round 38, the even ids of the same batch: first run before any change, never read or trained on' },
  { file: 'voices39-read.jsonl', what: 'round 39, customer messages (es and en) in new domains by a helper who saw only the labelling guide, odd ids: first run before any change, then read and worked on, never trained on' },
  { file: 'voices39-held.jsonl', what: 'round 39, the even ids of the same batch: first run before any change, never read or trained on' },
  { file: 'probe45.jsonl', what: 'round 45, the commonest wordings of each moment and rule with calm or clean near-misses, by two helpers who saw only the labelling guide: first run before any change, then read (the forty-fifth session wrote patterns from it), never trained on' },
  { file: 'probe47.jsonl', what: 'round 47, three blind probe sets by helpers who saw only the labelling guide: businesses\' public replies to reviews (400), maintainers\' and vendors\' replies in support threads (300), customers\' 1- and 2-star reviews and complaint tweets (300); first run before any change, then read (the forty-seventh session wrote patterns from it), never trained on' },
  { file: 'voices31-train.jsonl', what: 'round 31, replies in three voices by two helpers who saw only the labelling guide: trained on since the thirty-second session' },
  { file: 'voices49-train.jsonl', what: 'round 49, customer messages by a helper who saw only the labelling guide: judging and feeling words said of the company in anger, and of anything else calmly; trained on since the forty-ninth session' },
  { file: 'sample.jsonl', what: 'the development sample: trained on' },
  { file: 'probe.jsonl', what: 'the first probe batch: trained on' },
];
const LANGS = [undefined, 'es', 'en'] as const;

async function score(file: string, lang: string | undefined): Promise<EvalJson> {
  const args = ['tsx', 'tests/corpus/eval.ts', `tests/corpus/${file}`, '--json', ...(lang ? ['--lang', lang] : [])];
  const { stdout } = await run('npx', args, { cwd: ROOT, maxBuffer: 1 << 24 });
  return JSON.parse(stdout.trim().split('\n').pop()!) as EvalJson;
}

/** Two at a time: the machine has two cores. */
async function scoreAll(): Promise<Map<string, EvalJson>> {
  const jobs = SPLITS.flatMap(({ file }) => LANGS.map((lang) => ({ file, lang })));
  const out = new Map<string, EvalJson>();
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const { file, lang } = jobs[next++];
      out.set(`${file}|${lang ?? 'all'}`, await score(file, lang));
    }
  };
  await Promise.all([worker(), worker()]);
  return out;
}

const f3 = (x: number) => x.toFixed(3);
/** A label's F1 with its counts; «—» where it has neither positives nor false alarms. */
const cell = (c: LabelCounts) => (c.tp + c.fp + c.fn === 0 ? '—' : `${f3(c.f1)} (${c.tp}/${c.fp}/${c.fn})`);
const clean = (s: EvalJson) => (s.clean.total === 0 ? '—' : `${((100 * s.clean.flagged) / s.clean.total).toFixed(1)} % (${s.clean.flagged}/${s.clean.total})`);
const commitments = (s: EvalJson) => {
  const c = s.commitments;
  return c.tp + c.fp + c.fn === 0 ? '—' : `${f3(c.precision)} / ${f3(c.recall)} / ${f3(c.f1)}`;
};

function section(file: string, what: string, scores: Map<string, EvalJson>): string {
  const [all, es, en] = LANGS.map((lang) => scores.get(`${file}|${lang ?? 'all'}`)!);
  const row = (name: string, pick: (s: EvalJson) => string) => `| ${name} | ${pick(all)} | ${pick(es)} | ${pick(en)} |`;
  const lines = [
    `## \`${file}\``,
    '',
    `${what[0].toUpperCase()}${what.slice(1)}.`,
    '',
    '| | all | es | en |',
    '|---|---|---|---|',
    row('rules macro-F1', (s) => f3(s.macroF1)),
    row('clean agent texts flagged', clean),
    row('commitments P / R / F1', commitments),
    row('moments micro-F1 (P / R)', (s) => (s.momentsMicro.tp + s.momentsMicro.fn === 0 ? '—' : `${f3(s.momentsMicro.f1)} (${f3(s.momentsMicro.precision)} / ${f3(s.momentsMicro.recall)})`)),
    ...Object.keys(all.rules).map((id) => row(`\`${id}\``, (s) => cell(s.rules[id]))),
    ...Object.keys(all.moments).map((id) => row(`\`${id}\``, (s) => cell(s.moments[id]))),
    '',
  ];
  return lines.join('\n');
}

async function main() {
  const { stdout: commit } = await run('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT });
  // Figures are usually made before the change they measure is committed: then they are the next commit's.
  const { stdout: changed } = await run('git', ['status', '--porcelain', '--', 'lib', 'tests/corpus', 'scripts/train.ts'], { cwd: ROOT });
  const engineAt = changed.trim() ? `in the commit after ${commit.trim()}` : `at commit ${commit.trim()}`;
  const scores = await scoreAll();
  const head = [
    '# Figures per split, rule, moment and language',
    '',
    `<!-- Generated by \`npm run figures\` (scripts/figures.ts); do not edit by hand. -->`,
    '',
    `The engine ${engineAt}, with its learned layer, scored by \`tests/corpus/eval.ts\`.`,
    'Each label reads F1 (true / false / missed); a rule with neither positives nor false alarms',
    'in a split shows «—» and counts as 1.000 in that split\'s macro-F1, as `npm run eval` does (which',
    'also prints the macro-F1 over the rules a split has lines for). `optional` labels count neither',
    'way. The trainer reads `train.jsonl`, `sample.jsonl`, `probe.jsonl`, `voices31-train.jsonl`, `voices49-train.jsonl`',
    'and the rules\' and moments\' examples; thresholds come from `dev.jsonl`; every',
    'other split is never trained on (`tests/corpus/README.md`). Real public writing is scored',
    'outside the repository: its figures are in [`engine.md`](engine.md).',
    '',
  ];
  const body = SPLITS.map(({ file, what }) => section(file, what, scores));
  writeFileSync(resolve(ROOT, 'docs/figures.md'), [...head, ...body].join('\n'));
}

await main();
