/**
 * Node-side plumbing shared by the CLI, the corpus eval and the benchmarks: reading
 * JSONL input lines, loading a playbook file, and the engine options (holiday calendar)
 * that only Node callers inject, and the shipped model's weights read from disk. The pure
 * engine lives in ./analysis.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dateHolidaysProvider } from '../analysis/holidays';
import { useShippedWeights } from '../analysis/model';
import { translatorFor } from '../coach/i18n';
import { parsePlaybook } from '../settings/playbook-file';
import { problemTexts } from '../settings/problems';
import type { EngineOptions, Playbook } from '../analysis/types';

export const nodeEngineOptions: EngineOptions = { holidayProvider: dateHolidaysProvider };

/** The learned layer's weights, committed beside the model code (written by `npm run train`). */
export const WEIGHTS_FILE = fileURLToPath(new URL('../analysis/model/weights.bin', import.meta.url));

// Every Node caller (CLI, eval, benchmarks, unit tests) runs the engine with its shipped model.
useShippedWeights(new Uint8Array(readFileSync(WEIGHTS_FILE)));

/** Reads a file, or stdin when the name is "-". */
export function readInput(file: string): string {
  return readFileSync(file === '-' ? 0 : file, 'utf8');
}

/** Input lines without the blank ones, each with its 1-based line number. */
export function jsonlLines(content: string): { lineNo: number; raw: string }[] {
  return content
    .split(/\r?\n/)
    .map((raw, i) => ({ lineNo: i + 1, raw }))
    .filter((l) => l.raw.trim() !== '');
}

/**
 * The instant a corpus line without `now` is read at (`npm run eval`, `npm run train`). Such a
 * line holds no commitment (docs/labelling.md), but the engine still reads clock times and
 * weekdays against the present, so without a pinned instant the same engine scored
 * differently at 10:00 and at 10:40. A Wednesday, 10:00 UTC.
 */
export const CORPUS_DEFAULT_NOW = '2026-11-18T10:00:00Z';

export class InputError extends Error {}

export function loadPlaybookFile(file: string): Playbook {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new InputError(`playbook ${file}: ${(err as Error).message}`);
  }
  try {
    return parsePlaybook(json);
  } catch (err) {
    throw new InputError(`playbook ${file}: ${problemTexts(err, translatorFor('en')).join('; ')}`);
  }
}

export { parseInputLine, type ParsedLine } from './input-line';
