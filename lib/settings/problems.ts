/**
 * What is wrong with a settings value, a team file or a playbook, as data the interface
 * translates: which setting, which item of a list and which part of it, and a locale key
 * with its values. Valibot schemas say it through `say()`; `problemsOf()` reads their issues.
 */
import * as v from 'valibot';
import type { BaseIssue } from 'valibot';
import type { Translate } from '../coach/i18n';

export interface Problem {
  /** The setting (`timezone`, `playbook`…), or none for the file as a whole. */
  field?: string;
  /** The 1-based number of the list item the problem is in (a custom domain, a playbook entry). */
  item?: number;
  /** The part of the value (`start`, `title`, `host`…), named by the locale key `errPart_<part>`. */
  part?: string;
  /** The locale key of the sentence, filled with `subs`. */
  key: string;
  subs: string[];
}

// Valibot carries a message as a string; a problem's key and values travel in it joined by
// a character no locale key holds, and are split again in problemsOf().
const SEPARATOR = '\u241f';

/** A value as the person wrote it, quoted («…» in either language, so the quotes need no key). */
export const shown = (value: unknown): string => {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  return `«${text.length > 60 ? `${text.slice(0, 57)}…` : text}»`;
};

type Sub = string | number | ((input: unknown) => string);

/** A valibot message: the locale key and its values (a function of the input for the value found). */
export function say(key: string, ...subs: Sub[]): (issue: BaseIssue<unknown>) => string {
  return (issue) => [key, ...subs.map((sub) => (typeof sub === 'function' ? sub(issue.input) : String(sub)))].join(SEPARATOR);
}

/** A JSON object (not an array, not null), the one test of it the schemas share. */
export const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** An object schema that, unlike valibot's own, refuses arrays. */
export function jsonObject<const E extends v.ObjectEntries>(entries: E, message: (issue: BaseIssue<unknown>) => string) {
  return v.pipe(v.custom<Record<string, unknown>>(isRecord, message), v.object(entries, message));
}

/** Valibot reports a missing key with its object's message; it is said as "missing". */
const isMissingKey = (issue: BaseIssue<unknown>) => issue.type === 'object' && issue.input === undefined && (issue.path?.length ?? 0) > 0;

/** The problem a valibot issue carries, placed by its path. */
export function problemOf(issue: BaseIssue<unknown>, field?: string): Problem {
  const [key, ...subs] = isMissingKey(issue) ? ['errMissing'] : issue.message.split(SEPARATOR);
  const problem: Problem = { key, subs };
  if (field) problem.field = field;
  for (const step of issue.path ?? []) {
    if (typeof step.key === 'number') {
      problem.item = step.key + 1;
      delete problem.part;
    } else if (typeof step.key === 'string') problem.part = step.key;
  }
  return problem;
}

/** A broken file of thousands of entries is not listed whole: the first few say enough. */
const MAX_LISTED = 10;

/** The distinct problems of a failed parse (at most MAX_LISTED, then how many more). */
export function problemsOf(issues: readonly BaseIssue<unknown>[], field?: string): Problem[] {
  const out = new Map<string, Problem>();
  for (const issue of issues) {
    const problem = problemOf(issue, field);
    out.set(JSON.stringify(problem), problem);
  }
  const all = [...out.values()];
  if (all.length <= MAX_LISTED) return all;
  return [...all.slice(0, MAX_LISTED), { ...(field ? { field } : {}), key: 'errMore', subs: [String(all.length - MAX_LISTED)] }];
}

/** A problem in the interface language: «Business hours, end: «25:00» is not a time HH:MM». */
export function describeProblem(problem: Problem, t: Translate): string {
  const where = [
    problem.field ? t(`errField_${problem.field}`) : '',
    problem.item ? t('errItem', String(problem.item)) : '',
    problem.part ? partName(problem.part, t) : '',
  ].filter(Boolean);
  const what = t(problem.key, ...problem.subs);
  return where.length ? `${where.join(', ')}: ${what}` : what;
}

function partName(part: string, t: Translate): string {
  const key = `errPart_${part}`;
  const name = t(key);
  // A part without a name of its own (a key a newer file carries) is shown as written.
  return name === key ? part : name;
}

/** For logs and the command line: the problem without translation. */
export function problemCode(problem: Problem): string {
  const where = [problem.field, problem.item && `#${problem.item}`, problem.part].filter(Boolean).join(' ');
  return `${where ? `${where}: ` : ''}${problem.key}${problem.subs.length ? ` (${problem.subs.join(', ')})` : ''}`;
}

/** A value refused whole: nothing is saved or imported, and every problem is listed. */
export class SettingsFileError extends Error {
  constructor(readonly problems: Problem[]) {
    super(`Invalid settings: ${problems.map(problemCode).join('; ')}`);
    this.name = 'SettingsFileError';
  }
}

/** What to show for a failed save or import: each problem translated, or the error's own text. */
export function problemTexts(error: unknown, t: Translate): string[] {
  if (error instanceof SettingsFileError) return error.problems.map((problem) => describeProblem(problem, t));
  return [error instanceof Error ? error.message : String(error)];
}
