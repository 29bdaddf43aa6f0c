/**
 * Adds a batch of labelled training lines (`tr-*` ids) to the train and dev splits:
 *   npx tsx scripts/add-batch.ts BATCH.jsonl [--check]
 *
 * Each line is checked first (it parses, its id is new and starts with `tr-`, every commitment
 * quote is in its text, `unrealistic-commitment` is listed exactly when a commitment is
 * unrealistic, a line with a commitment says `why`). Then the line goes where its id sends it:
 * FNV-1a 32-bit of the id, modulo 5 — 0 to dev, the rest to train (tests/corpus/README.md).
 * With --check, nothing is written. The test split (te-*) is never touched here.
 */
import { appendFileSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fnv1a } from '../lib/analysis/model/features';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const TRAIN = resolve(ROOT, 'tests/corpus/train.jsonl');
const DEV = resolve(ROOT, 'tests/corpus/dev.jsonl');


interface BatchLine {
  id: string;
  role: 'agent' | 'customer';
  text: string;
  now?: string;
  context?: object;
  expect: { lang: string; rules?: string[]; moments?: string[]; commitments?: Array<{ quote: string; realistic: boolean }>; why?: string };
}

/** What is wrong with one line (any parsed JSON value), or nothing. */
export function problems(value: unknown, known: ReadonlySet<string>): string[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return ['not a JSON object'];
  const line = value as Partial<BatchLine>;
  const out: string[] = [];
  if (typeof line.id !== 'string' || !/^tr-[a-z0-9]+-\d+$/.test(line.id)) out.push('id is not tr-<batch>-<n>');
  else if (known.has(line.id)) out.push('id already used');
  if (line.role !== 'agent' && line.role !== 'customer') out.push('role is neither agent nor customer');
  const text = typeof line.text === 'string' ? line.text : '';
  if (!text.trim()) out.push('no text');
  const expect = typeof line.expect === 'object' && line.expect !== null ? line.expect : undefined;
  if (!expect || (expect.lang !== 'es' && expect.lang !== 'en')) out.push('expect.lang is neither es nor en');
  const commitments = Array.isArray(expect?.commitments) ? expect.commitments : [];
  for (const c of commitments) {
    if (typeof c?.quote !== 'string' || !c.quote.trim()) out.push('a commitment with an empty quote');
    else if (!text.includes(c.quote)) out.push(`quote «${c.quote}» is not in the text`);
    if (typeof c?.realistic !== 'boolean') out.push('a commitment without `realistic`');
  }
  const unrealistic = commitments.some((c) => c?.realistic === false);
  if (unrealistic !== (expect?.rules ?? []).includes('unrealistic-commitment')) out.push('unrealistic-commitment disagrees with the commitments');
  if (commitments.length > 0 && !expect?.why) out.push('a commitment without `why`');
  // The guide: an agent line gives its send moment and calendar, a customer line its moments.
  if (line.role === 'agent' && (typeof line.now !== 'string' || typeof line.context !== 'object' || line.context === null)) out.push('an agent line without `now` and `context`');
  if (line.role === 'customer' && expect && !Array.isArray(expect.moments)) out.push('a customer line without `expect.moments`');
  return out;
}

function main(): void {
  const [file, ...flags] = process.argv.slice(2);
  if (!file) {
    console.error('usage: npx tsx scripts/add-batch.ts BATCH.jsonl [--check]');
    process.exit(2);
  }
  const known = new Set(
    [TRAIN, DEV].flatMap((f) => readFileSync(f, 'utf8').split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { id: string }).id)),
  );
  const lines = readFileSync(resolve(file), 'utf8').split('\n').filter((l) => l.trim());
  const toTrain: string[] = [];
  const toDev: string[] = [];
  let bad = 0;
  for (const [n, raw] of lines.entries()) {
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      console.error(`line ${n + 1}: does not parse`);
      bad++;
      continue;
    }
    const wrong = problems(value, known);
    if (wrong.length > 0) {
      console.error(`line ${n + 1}: ${wrong.join('; ')}`);
      bad++;
      continue;
    }
    const line = value as BatchLine;
    known.add(line.id);
    (fnv1a(line.id) % 5 === 0 ? toDev : toTrain).push(JSON.stringify(line));
  }
  console.log(`${lines.length} lines: ${toTrain.length} to train, ${toDev.length} to dev, ${bad} rejected`);
  if (bad > 0) process.exit(1);
  if (flags.includes('--check')) return;
  if (toTrain.length) appendFileSync(TRAIN, `${toTrain.join('\n')}\n`);
  if (toDev.length) appendFileSync(DEV, `${toDev.join('\n')}\n`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
