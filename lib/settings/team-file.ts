/**
 * The team settings file a lead exports and agents import:
 *   team file ──parseTeamSettingsFile() (strict: any problem rejects the whole file)──► TeamSettings
 */
import { normalisePhrase } from '../coach/control/dismissals';
import { migrateSettings } from './migrations';
import { type Settings, SETTINGS_VERSION, TEAM_KEYS, type TeamSettings } from './types';
import { checkSettingsFields, isRecord, SettingsFileError } from './validation';

/** Team-file fields added after the format was first shared: a file without them still imports. */
const OPTIONAL_TEAM_KEYS: ReadonlySet<string> = new Set(['teamAllowPhrases']);
export const SETTINGS_FILE_FORMAT = 'tacto-settings';

export interface TeamSettingsFile {
  format: typeof SETTINGS_FILE_FORMAT;
  version: number;
  exportedAt: string;
  settings: TeamSettings;
}

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
  let data = input;
  if (typeof data === 'string') {
    try {
      data = JSON.parse(data);
    } catch (error) {
      throw new SettingsFileError([`not a JSON file (${(error as Error).message})`]);
    }
  }
  if (!isRecord(data)) throw new SettingsFileError(['expected a JSON object']);
  if (data.format !== SETTINGS_FILE_FORMAT) {
    const hint = data.format === 'tacto-playbook' ? ' (this is a playbook: import it in the playbook section)' : '';
    throw new SettingsFileError([`"format" must be "${SETTINGS_FILE_FORMAT}" (got ${JSON.stringify(data.format)})${hint}`]);
  }
  const version = data.version;
  if (!Number.isInteger(version) || (version as number) < 1) throw new SettingsFileError([`"version" must be a schema version (got ${JSON.stringify(version)})`]);
  if ((version as number) > SETTINGS_VERSION) throw new SettingsFileError([`made by a newer Tacto (settings version ${version}; this one reads up to ${SETTINGS_VERSION})`]);
  if (!isRecord(data.settings)) throw new SettingsFileError(['"settings" must be an object']);
  const migrated = (version as number) < SETTINGS_VERSION ? migrateSettings(data.settings, version as number) : data.settings;
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
