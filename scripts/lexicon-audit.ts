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
 *   --redundant: lists instead the moments' alternatives another alternative of the same lexicon always covers: it never
 * matched a text alone, the words it matched, taken alone, are matched by another alternative still kept, and so are
 * 200 wordings drawn at random from every branch of its own pattern (the rules' and moments' examples are read too;
 * taken longest first, so two that cover each other cannot both go). Without the drawn wordings, 37 were listed and 5
 * of 28 plain sentences written for them («El soporte es horrible.», "Total rip off.") were lost; with them, 17 and none
 * (docs/engine.md, fifty-fourth session). Moments only: a rule's span and rewrites depend on which alternative matched.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeAsWritten } from '../lib/node/markup';
import { CORPUS_DEFAULT_NOW, jsonlLines, nodeEngineOptions, parseInputLine, readInput } from '../lib/node/node-engine';
import { compileSource, lexiconProbe, type ProbedLexicon } from '../lib/analysis/patterns';
import { fold } from '../lib/analysis/text';
import { RegExpParser, type AST } from '@eslint-community/regexpp';
import { MOMENT_EXAMPLES } from '../lib/analysis/moments/registry';
import { RULE_EXAMPLES } from '../lib/analysis/rules/registry';
import type { Lang } from '../lib/analysis/types';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args.splice(i, 2)[1] : undefined;
};
const minReads = Number(option('--min-reads') ?? 3000);
const jsonOut = option('--json');
const redundantMode = args.includes('--redundant') && Boolean(args.splice(args.indexOf('--redundant'), 1));

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
  /** Reads where this alternative matched and no other of its lexicon did. */
  alone: number;
  everywhere: RegExp;
  /** For --redundant: the words it matched, and the lexicons it was read in. */
  matchedWords: Set<string>;
  lexicons: Set<ProbedLexicon>;
}
const tallies = new Map<string, Tally>();
let textNo = 0;
const folded: string[] = [];
lexiconProbe.read = (lexicon, text) => {
  const matched: Tally[] = [];
  lexicon.written.forEach((source, i) => {
    let t = tallies.get(source);
    if (!t) {
      const test = compileSource(lexicon.sources[i]!);
      tallies.set(source, (t = { reads: 0, hits: 0, lastText: -1, lastHit: -1, test, alone: 0, everywhere: new RegExp(test.source, 'gu'), matchedWords: new Set(), lexicons: new Set() }));
    }
    if (t.lastText !== textNo) {
      t.lastText = textNo;
      t.reads++;
    }
    // Outside --redundant a source already found in this text need not be tried again.
    const hit = (redundantMode || t.lastHit !== textNo) && t.test.test(text);
    if (hit) {
      matched.push(t);
      if (redundantMode) {
        t.lexicons.add(lexicon);
        for (const m of text.matchAll(t.everywhere)) t.matchedWords.add(m[0]);
      }
    }
    if (t.lastHit !== textNo && hit) {
      t.lastHit = textNo;
      t.hits++;
    }
  });
  if (matched.length === 1) matched[0]!.alone++;
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

// The examples are read too: an alternative an example needs alone is not redundant.
if (redundantMode) {
  for (const examples of [...Object.values(MOMENT_EXAMPLES), ...Object.values(RULE_EXAMPLES)]) {
    for (const example of examples as Array<{ lang: Lang; text: string }>) {
      textNo++;
      for (const role of ['customer', 'agent'] as const) analyzeAsWritten({ text: example.text.replace(/\[\[|\]\]/g, ''), lang: example.lang, role, now: CORPUS_DEFAULT_NOW }, nodeEngineOptions);
    }
  }
}

/** Wordings a pattern matches, drawn at random branch by branch with a fixed seed (lookarounds and \\b left out). */
type Node = AST.Node;
function drawWordings(re: RegExp, count: number): string[] {
  let seed = 7;
  const random = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  const pattern = new RegExpParser({ ecmaVersion: 2024 }).parsePattern(re.source, undefined, undefined, { unicode: true });
  const setChar: Record<string, string> = { word: 'a', digit: '1', space: ' ', any: 'x', property: 'a' };
  const draw = (node: Node): string => {
    switch (node.type) {
      case 'Pattern':
      case 'Group':
      case 'CapturingGroup':
        return node.alternatives.length ? draw(node.alternatives[random(node.alternatives.length)]!) : '';
      case 'Alternative':
        return node.elements.map(draw).join('');
      case 'Quantifier': {
        const times = node.min + random(Math.min(node.max, node.min + 2) - node.min + 1);
        return Array.from({ length: times }, () => draw(node.element)).join('');
      }
      case 'Character':
        return String.fromCodePoint(node.value);
      case 'CharacterClass': {
        if (node.negate || !node.elements.length) return node.negate ? ' ' : '';
        const pick = node.elements[random(node.elements.length)]!;
        return pick.type === 'CharacterClassRange' ? String.fromCodePoint(pick.min.value) : draw(pick as Node);
      }
      case 'CharacterSet':
        return setChar[node.kind] ?? 'a';
      default:
        return '';
    }
  };
  return Array.from({ length: count }, () => draw(pattern).replace(/\s+/g, ' ').trim());
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

if (redundantMode) {
  // Taken one at a time, longest first: two alternatives that always match together cannot both go.
  const candidates = [...tallies]
    .filter(([source, t]) => t.hits > 0 && t.alone === 0 && home(source).startsWith('lib/analysis/moments/'))
    .sort((a, b) => b[0].length - a[0].length);
  const retired = new Set<Tally>();
  // Covered: the words it matched, each taken alone, are matched by another alternative of its lexicon still kept — not
  // merely near another match (an «unless» phrase or "Walmart should be ashamed" would go on that evidence).
  const redundant = candidates.filter(([, t]) => {
    const others = [...t.lexicons].flatMap((lexicon) => lexicon.written.map((source) => tallies.get(source)!)).filter((o) => o !== t && !retired.has(o));
    // …and so are 200 wordings drawn from its own pattern (every branch of it, not just those the texts used).
    const drawn = drawWordings(t.test, 200).filter((words) => t.test.test(words));
    const stillCovered = [...t.matchedWords, ...drawn].every((words) => others.some((o) => o.test.test(words)));
    if (stillCovered) retired.add(t);
    return stillCovered;
  });
  console.log(`${textNo} texts and examples read; ${redundant.length} of ${candidates.length} moment alternatives that never matched alone can go together:`);
  for (const [source, t] of redundant) console.log(`${String(t.hits).padStart(6)}  ${home(source)}  ${source}`);
  process.exit(0);
}

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
