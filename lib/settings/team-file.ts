/**
 * The team settings file a lead exports and agents import:
 *   team file ──parseTeamSettingsFile() (strict: any problem rejects the whole file)──► TeamSettings
 */
import * as v from 'valibot';
import { normalisePhrase } from '../coach/control/dismissals';
import { migrateSettings } from './migrations';
import { parseJsonInput, PLAYBOOK_FORMAT } from './playbook-file';
import { isRecord, jsonObject, problemsOf, say, SettingsFileError, shown } from './problems';
import { type Settings, SETTINGS_VERSION, TEAM_KEYS, type TeamSettings } from './types';
import { checkSettingsFields } from './validation';

/** Team-file fields added after the format was first shared: a file without them still imports. */
const OPTIONAL_TEAM_KEYS: ReadonlySet<string> = new Set(['teamAllowPhrases']);
export const SETTINGS_FILE_FORMAT = 'tacto-settings';

export interface TeamSettingsFile {
  format: typeof SETTINGS_FILE_FORMAT;
  version: number;
  exportedAt: string;
  settings: TeamSettings;
}

/** The file around the settings; the settings themselves are checked field by field. */
const teamFileHeader = jsonObject(
  {
    format: v.literal(SETTINGS_FILE_FORMAT, (issue) => say(issue.input === PLAYBOOK_FORMAT ? 'errTeamIsPlaybook' : 'errTeamFormat', shown)(issue)),
    version: v.pipe(
      v.config(v.pipe(v.number(), v.integer(), v.minValue(1)), { message: say('errVersion', shown) }),
      v.maxValue(SETTINGS_VERSION, say('errTeamNewer', shown, SETTINGS_VERSION)),
    ),
    settings: v.custom<Record<string, unknown>>(isRecord, say('errTeamSettings')),
  },
  say('errNotObject'),
);

export function teamSettingsOf(settings: Settings): TeamSettings {
  const out = {} as Record<string, unknown>;
  for (const key of TEAM_KEYS) out[key] = structuredClone(settings[key]);
  // What the lead never wants flagged (their own allow-list) goes to the whole team.
  out.teamAllowPhrases = [...new Set([...settings.teamAllowPhrases, ...settings.allowPhrases].map(normalisePhrase).filter(Boolean))];
  return out as TeamSettings;
}

export function exportTeamSettings(settings: Settings, now = new Date()): TeamSettingsFile {
  return { format: SETTINGS_FILE_FORMAT, version: SETTINGS_VERSION, exportedAt: now.toISOString(), settings: teamSettingsOf(settings) };
}

/**
 * Parses a team settings file (text or parsed JSON). Strict: throws SettingsFileError
 * listing every problem, so the caller changes nothing. Files of older schema versions
 * are migrated first; a file from a newer Tacto is refused.
 */
export function parseTeamSettingsFile(input: unknown): TeamSettings {
  // The header is read first and alone: a file that is not a team file has no settings to list.
  const header = v.safeParse(teamFileHeader, parseJsonInput(input), { abortEarly: true });
  if (!header.success) throw new SettingsFileError(problemsOf(header.issues));
  const { version, settings } = header.output;
  const migrated = version < SETTINGS_VERSION ? migrateSettings(settings, version) : settings;
  const required = TEAM_KEYS.filter((key) => !OPTIONAL_TEAM_KEYS.has(key));
  const optional = TEAM_KEYS.filter((key) => OPTIONAL_TEAM_KEYS.has(key));
  const { value, problems } = checkSettingsFields(migrated, required, true);
  const extra = checkSettingsFields(migrated, optional, false);
  problems.push(...extra.problems);
  if (problems.length) throw new SettingsFileError(problems);
  return { teamAllowPhrases: [], ...value, ...extra.value } as TeamSettings;
}

/** The current settings with a team file's settings applied (the alias and UI language stay). */
export function applyTeamSettings(current: Settings, team: TeamSettings): Settings {
  return { ...current, ...structuredClone(team) };
}
