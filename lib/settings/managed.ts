/**
 * Managed (policy) settings, pure: which fields an administrator's policy sets, and how
 * they combine with the agent's own. Reading the policy is in ./storage.ts.
 */
import type { Problem } from './problems';
import type { Settings } from './types';
import { checkSettingsFields, isRecord } from './validation';

// An administrator can set the team's settings, playbook and a team allow-list through
// enterprise policy (browser.storage.managed; Chrome `3rdparty` extension policy with
// public/managed-schema.json, Firefox policies.json `3rdparty`). Managed values win over
// local ones; the team allow-list adds to each agent's own. Holidays are not managed (public
// holiday dates are computed on each machine).

export const MANAGED_KEYS = [
  'timezone',
  'businessHours',
  'minBusinessHours',
  'defaultPriority',
  'helpdesks',
  'disabledRules',
  'retentionWeeks',
  'customDomains',
  'playbook',
  'allowPhrases',
] as const satisfies readonly (keyof Settings)[];
export type ManagedKey = (typeof MANAGED_KEYS)[number];

export interface ManagedSettings {
  value: Partial<Pick<Settings, ManagedKey>>;
  /** The keys the policy sets (validly). */
  keys: ManagedKey[];
  /** Fields of the policy that were left out, and why. */
  problems: Problem[];
}

export const NO_MANAGED: ManagedSettings = Object.freeze({ value: {}, keys: [], problems: [] }) as ManagedSettings;

/** Lenient: the fields the policy sets validly; a bad field is left out (and named in `problems`). */
export function parseManagedSettings(raw: unknown): ManagedSettings {
  if (!isRecord(raw) || Object.keys(raw).length === 0) return NO_MANAGED;
  const { value, problems } = checkSettingsFields(raw, MANAGED_KEYS, false);
  return { value, keys: MANAGED_KEYS.filter((k) => value[k] !== undefined), problems };
}

/** The settings in force: the managed values over the local ones; the team allow-list before the agent's. */
export function applyManaged(local: Settings, managed: ManagedSettings): Settings {
  if (managed.keys.length === 0) return local;
  const out: Settings = { ...local, ...structuredClone(managed.value) };
  if (managed.value.allowPhrases) out.allowPhrases = [...new Set([...managed.value.allowPhrases, ...local.allowPhrases])];
  return out;
}

/** What is stored locally for `next`: managed fields keep their stored local value; team phrases are not copied. */
export function localPart(next: Settings, storedLocal: Settings, managed: ManagedSettings): Settings {
  const out = { ...next } as Record<string, unknown>;
  for (const key of managed.keys) {
    if (key === 'allowPhrases') out.allowPhrases = next.allowPhrases.filter((p) => !managed.value.allowPhrases?.includes(p));
    else out[key] = storedLocal[key];
  }
  return out as unknown as Settings;
}
