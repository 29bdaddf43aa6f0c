/** Shared bench plumbing: timing loops, percentiles and the table printer. */
import { performance } from 'node:perf_hooks';

export interface BenchRow {
  measure: string;
  median?: number;
  p99?: number;
  /** Target or reference, e.g. "≤ 2 ms" or "×12 engine". */
  note?: string;
}

export interface BenchSection {
  name: string;
  description: string;
  run(): Promise<BenchRow[]> | BenchRow[];
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i];
}

/** Runs `fn(i)` `warmup` times untimed, then `runs` times timed; returns sorted ms. */
export function timeRuns(fn: (i: number) => unknown, runs: number, warmup = Math.min(50, runs)): number[] {
  for (let i = 0; i < warmup; i++) fn(i);
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn(warmup + i);
    samples.push(performance.now() - t0);
  }
  return samples.sort((a, b) => a - b);
}

export function stats(sorted: number[]): { median: number; p99: number } {
  return { median: percentile(sorted, 50), p99: percentile(sorted, 99) };
}

/**
 * The quietest of `rounds` timed rounds (lowest median). On a shared machine other work only
 * ever adds time, and one round's median moved by ±20 % between runs minutes apart; the
 * quietest round is the engine's own cost.
 */
export function quietest(rounds: number, round: () => { median: number; p99: number }): { median: number; p99: number } {
  let best = round();
  for (let r = 1; r < rounds; r++) {
    const next = round();
    if (next.median < best.median) best = next;
  }
  return best;
}

const ms = (x: number | undefined) => (x === undefined || Number.isNaN(x) ? '' : x < 0.1 ? x.toFixed(4) : x < 10 ? x.toFixed(3) : x.toFixed(1));

export function printTable(rows: BenchRow[]): void {
  const header = ['measure', 'median ms', 'p99 ms', 'note'];
  const body = rows.map((r) => [r.measure, ms(r.median), ms(r.p99), r.note ?? '']);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => (i === 1 || i === 2 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join(' | ')} |`;
  console.log(line(header));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const b of body) console.log(line(b));
}
