/**
 * Which lexicon alternatives ever match: runs the engine over every non-frozen corpus text and counts, for each pattern
 * source, the texts its lexicon read and the texts the source alone matched.
 *   npx tsx scripts/lexicon-audit.ts [more.jsonl …] [--min-reads N] [--json out.json]
 * Lists the sources that matched no text although their lexicon read at least N texts (default 3,000), and that match
 * no text even where their lexicon did not look (a phrase list read only when an earlier one missed, a rule's lexicon on a
 * customer's message): alternatives no writing here needed. A source read only in a narrow context (the turn after a
 * refusal) is not listed however quiet it was: a few hundred reads are too little evidence. The frozen test split is
 * never read. Retiring a listed source changes no figure of the texts read (it matched none of them); one whose own
 * examples, or their rewritten variants, then fail stays. The reply rules' alternatives are listed but were kept: a rule
 * has few findings in real replies, and a fresh blind set showed a listed one firing right on a line nobody here had
 * written (docs/engine.md, fifty-second session).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeAsWritten } from '../lib/node/markup';
import { CORPUS_DEFAULT_NOW, jsonlLines, nodeEngineOptions, parseInputLine, readInput } from '../lib/node/node-engine';
import { compileSource, lexiconProbe } from '../lib/analysis/patterns';
import { fold } from '../lib/analysis/text';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args.splice(i, 2)[1] : undefined;
};
const minReads = Number(option('--min-reads') ?? 3000);
const jsonOut = option('--json');

const corpusFiles = [
  ...readdirSync(resolve(ROOT, 'tests/corpus')).filter((f) => f.endsWith('.jsonl') && f !== 'test.jsonl').map((f) => `tests/corpus/${f}`),
  ...readdirSync(resolve(ROOT, 'tests/analysis')).filter((f) => f.endsWith('.jsonl')).map((f) => `tests/analysis/${f}`),
  ...args,
];

interface Tally {
  reads: number;
  hits: number;
  lastText: number;
  lastHit: number;
  test: RegExp;
}
const tallies = new Map<string, Tally>();
let textNo = 0;
const folded: string[] = [];
lexiconProbe.read = (lexicon, text) => {
  lexicon.written.forEach((source, i) => {
    let t = tallies.get(source);
    if (!t) tallies.set(source, (t = { reads: 0, hits: 0, lastText: -1, lastHit: -1, test: compileSource(lexicon.sources[i]!) }));
    if (t.lastText !== textNo) {
      t.lastText = textNo;
      t.reads++;
    }
    if (t.lastHit !== textNo && t.test.test(text)) {
      t.lastHit = textNo;
      t.hits++;
    }
  });
};

for (const file of corpusFiles) {
  for (const { raw } of jsonlLines(readInput(resolve(ROOT, file)))) {
    const line = parseInputLine(raw, undefined);
    if (!line.input) continue;
    textNo++;
    folded.push(fold(line.input.text));
    analyzeAsWritten({ ...line.input, now: line.input.now ?? CORPUS_DEFAULT_NOW }, nodeEngineOptions);
  }
}

/** Where a source is written: the module whose text holds it as a string literal (template-built sources are not found). */
const modules = readdirSync(resolve(ROOT, 'lib/analysis'), { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.ts'))
  .map((f) => ({ file: `lib/analysis/${f}`, text: readFileSync(resolve(ROOT, 'lib/analysis', f), 'utf8') }));
const home = (source: string): string => {
  const body = source.replace(/\\/g, '\\\\');
  const forms = [`'${body.replace(/'/g, "\\'")}'`, `"${body.replace(/"/g, '\\"')}"`, `\`${body}\``];
  return modules.find((m) => forms.some((f) => m.text.includes(f)))?.file ?? '(built from parts)';
};

const quietWhereRead = [...tallies].filter(([, t]) => t.hits === 0 && t.reads >= minReads).sort((a, b) => b[1].reads - a[1].reads);
/** Texts a source matches read whole, wherever its lexicon looks. */
const anywhere = (t: Tally) => folded.filter((text) => t.test.test(text)).length;
const quiet = quietWhereRead.filter(([, t]) => anywhere(t) === 0);
console.log(`${textNo} texts from ${corpusFiles.length} files; ${tallies.size} sources read; ${[...tallies.values()].filter((t) => t.hits === 0).length} matched none where read`);
console.log(`${quietWhereRead.length} matched none with at least ${minReads} texts read; ${quiet.length} of them match no text anywhere:`);
for (const [source, t] of quiet) console.log(`${String(t.reads).padStart(6)}  ${home(source)}  ${source.slice(0, 120)}`);
if (jsonOut) {
  const out = Object.fromEntries([...tallies].map(([source, t]) => [source, { reads: t.reads, hits: t.hits, home: t.hits === 0 ? home(source) : undefined }]));
  writeFileSync(jsonOut, JSON.stringify(out, null, 1));
}
