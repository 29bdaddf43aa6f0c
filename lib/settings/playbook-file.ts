/**
 * The playbook as a file (spec format `tacto-playbook`): its schema, parsed on import, in the
 * settings and by the command line; exported on the options page. Matching is the engine's
 * (lib/analysis/playbook.ts), which takes a playbook already checked here.
 */
import * as v from 'valibot';
import { PLAYBOOK_LIMITS } from '../analysis/playbook';
import type { Playbook } from '../analysis/types';
import { jsonObject, problemsOf, say, SettingsFileError, shown } from './problems';

export const PLAYBOOK_FORMAT = 'tacto-playbook';

const notEmpty = (s: string) => s.trim() !== '';

/** A required text of an entry: a non-empty string of at most `max` characters. */
const entryText = (max: number) =>
  v.pipe(v.string(say('errPbEmpty')), v.check(notEmpty, say('errPbEmpty')), v.maxLength(max, say('errTooLong', max)));

/** A list of short phrases; blank ones are dropped. */
const phrases = (count: number, length: number) =>
  v.pipe(
    v.array(v.pipe(v.string(say('errPhrases')), v.maxLength(length, say('errTooLong', length))), say('errPhrases')),
    v.maxLength(count, say('errTooMany', count, (list) => String((list as unknown[]).length))),
    v.transform((list) => list.filter(notEmpty)),
  );

const entrySchema = jsonObject(
  {
    id: entryText(PLAYBOOK_LIMITS.id),
    lang: v.picklist(['es', 'en'], say('errPbLang', shown)),
    title: entryText(PLAYBOOK_LIMITS.title),
    text: entryText(PLAYBOOK_LIMITS.text),
    triggers: v.optional(phrases(PLAYBOOK_LIMITS.triggers, PLAYBOOK_LIMITS.trigger)),
  },
  say('errPbEntry'),
);

function firstRepeatedId(entries: readonly { id: string }[]): string | undefined {
  const seen = new Set<string>();
  for (const { id } of entries) {
    if (seen.has(id)) return id;
    seen.add(id);
  }
  return undefined;
}

export const playbookSchema = jsonObject(
  {
    format: v.literal(PLAYBOOK_FORMAT, say('errPbFormat', shown)),
    version: v.literal(1, say('errVersion', shown)),
    entries: v.pipe(
      v.array(entrySchema, say('errPbEntries')),
      v.maxLength(PLAYBOOK_LIMITS.entries, say('errTooMany', PLAYBOOK_LIMITS.entries, (list) => String((list as unknown[]).length))),
      v.check((entries) => firstRepeatedId(entries) === undefined, say('errPbRepeatedId', (entries) => shown(firstRepeatedId(entries as { id: string }[])))),
    ),
    accepted: v.optional(phrases(PLAYBOOK_LIMITS.accepted, PLAYBOOK_LIMITS.phrase)),
  },
  say('errNotObject'),
) satisfies v.GenericSchema<unknown, Playbook>;

/** Reads JSON text (or takes a parsed value); a file that is not JSON is one problem. */
export function parseJsonInput(input: unknown): unknown {
  if (typeof input !== 'string') return input;
  try {
    return JSON.parse(input);
  } catch {
    throw new SettingsFileError([{ key: 'errNotJson', subs: [] }]);
  }
}

/** Parses and validates a playbook (text or parsed JSON); throws SettingsFileError listing the problems. */
export function parsePlaybook(input: unknown): Playbook {
  const result = v.safeParse(playbookSchema, parseJsonInput(input));
  if (!result.success) throw new SettingsFileError(problemsOf(result.issues));
  const { format, version, entries, accepted } = result.output;
  // The entries keep only the fields the format names, and `triggers` only when given.
  const playbook: Playbook = { format, version, entries: entries.map(({ triggers, ...entry }) => (triggers ? { ...entry, triggers } : entry)) };
  if (accepted) playbook.accepted = accepted;
  return playbook;
}

export function exportPlaybook(playbook: Playbook): string {
  const accepted = playbook.accepted?.length ? { accepted: playbook.accepted } : {};
  return `${JSON.stringify({ format: PLAYBOOK_FORMAT, version: 1, entries: playbook.entries, ...accepted }, null, 2)}\n`;
}

/** Parses a playbook file (spec format); throws SettingsFileError listing the problems. */
export function importPlaybook(text: string): Playbook {
  return parsePlaybook(text);
}
