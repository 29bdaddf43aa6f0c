/**
 * The settings schema's history (keep every migration while users may still have the old shape):
 *   v1  { agentAlias }                                   (extension skeleton)
 *   v2  everything in ./types.ts; v1's alias is kept. `allowPhrases` and `strictness` came
 *       later within v2: a value without them reads them as their defaults (no migration needed).
 */
import { defaultSettings } from './defaults';
import { MAX_ALIAS, SETTINGS_VERSION } from './types';
import { isRecord } from './validation';

/** Schema migrations, by the version they produce. Pure; exported for tests. */
export const MIGRATIONS: Record<number, (old: unknown) => unknown> = {
  // v1 held only the alias: keep it, add every v2 field with its default.
  2: (old) => {
    const v1 = isRecord(old) ? old : {};
    const alias = typeof v1.agentAlias === 'string' && v1.agentAlias.trim() ? v1.agentAlias.trim().slice(0, MAX_ALIAS) : 'agent';
    return { ...defaultSettings(), agentAlias: alias };
  },
};

/** Runs the migrations from `fromVersion` up to the current schema (team files use it too). */
export function migrateSettings(value: unknown, fromVersion: number): unknown {
  let v = value;
  for (let version = fromVersion + 1; version <= SETTINGS_VERSION; version++) v = MIGRATIONS[version]?.(v) ?? v;
  return v;
}
