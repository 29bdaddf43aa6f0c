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
import { fold } from '../analysis/text';
import { translatorFor } from '../coach/i18n';
import { parsePlaybook } from '../settings/playbook-file';
import { problemTexts } from '../settings/problems';
import type { AnalysisContext, AnalyzeInput, EngineOptions, Lang, Playbook, Role } from '../analysis/types';

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

export interface ParsedLine {
  id: unknown;
  input?: AnalyzeInput;
  error?: string;
  /** The raw object, for callers that read extra fields such as `expect`. */
  raw?: Record<string, unknown>;
}

/** Weekday names an input line may hold instead of numbers («lun», "Monday", «miércoles»), by their first three letters. */
const DAY_BY_NAME: Record<string, number> = { mon: 1, lun: 1, tue: 2, mar: 2, wed: 3, mie: 3, thu: 4, jue: 4, fri: 5, vie: 5, sat: 6, sab: 6, sun: 7, dom: 7 };

/** The context as the engine reads it: `businessHours.days` given by name become ISO weekdays (unknown names are dropped). */
function withNumberedDays(context: Record<string, unknown>): Partial<AnalysisContext> {
  const hours = context.businessHours as { days?: unknown } | undefined;
  if (!hours || typeof hours !== 'object' || !Array.isArray(hours.days)) return context as Partial<AnalysisContext>;
  const days = hours.days.map((d) => (typeof d === 'string' ? DAY_BY_NAME[fold(d.trim()).slice(0, 3)] : d));
  return { ...context, businessHours: { ...hours, days } } as Partial<AnalysisContext>;
}

/** One CLI input line → analyze() input, or an error message (the id is kept when present). */
export function parseInputLine(rawLine: string, playbook?: Playbook): ParsedLine {
  let obj: unknown;
  try {
    obj = JSON.parse(rawLine);
  } catch (err) {
    return { id: null, error: `invalid JSON: ${(err as Error).message}` };
  }
  if (!obj || typeof obj !== 'object' || Array.isArray(obj)) return { id: null, error: 'a line must be a JSON object' };
  const o = obj as Record<string, unknown>;
  const id = o.id ?? null;
  const fail = (error: string): ParsedLine => ({ id, error, raw: o });
  if (o.id === undefined || o.id === null || o.id === '') return fail('missing "id"');
  if (typeof o.text !== 'string') return fail('missing "text" (a string)');
  const role = o.role ?? 'agent';
  if (role !== 'agent' && role !== 'customer') return fail('"role" must be "agent" or "customer"');
  if (o.lang !== undefined && o.lang !== 'es' && o.lang !== 'en') return fail('"lang" must be "es" or "en"');
  if (o.now !== undefined && (typeof o.now !== 'string' || Number.isNaN(Date.parse(o.now)))) {
    return fail('"now" must be an ISO 8601 date-time');
  }
  if (o.context !== undefined && (typeof o.context !== 'object' || o.context === null || Array.isArray(o.context))) {
    return fail('"context" must be an object');
  }
  const input: AnalyzeInput = {
    text: o.text,
    role: role as Role,
    lang: o.lang as Lang | undefined,
    now: o.now as string | undefined,
    context: o.context === undefined ? undefined : withNumberedDays(o.context as Record<string, unknown>),
    playbook,
  };
  return { id, input, raw: o };
}
