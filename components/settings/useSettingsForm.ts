/**
 * The settings tab's form state: the settings as loaded and watched through the store,
 * what the organisation's policy fixes, and `commit` — every change is validated and saved
 * at once; a change that does not validate stays on screen, unsaved, with its problems,
 * and another tab's save does not overwrite it while it is being fixed.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Translate } from '@/lib/coach/i18n';
import type { ManagedKey } from '@/lib/settings/managed';
import { problemTexts } from '@/lib/settings/problems';
import type { SettingsStore } from '@/lib/settings/settings-store';
import type { Settings } from '@/lib/settings/types';

/** Changes one setting and saves the whole (what the sections are given). */
export type SetSetting = <K extends keyof Settings>(key: K, value: Settings[K]) => void;

export interface SettingsForm {
  /** Null until the store has loaded them. */
  settings: Settings | null;
  /** Why the last change was not saved (shown in role="alert"); empty when it was. */
  problems: string[];
  /** «Saved» after a change that was. */
  status: string;
  /** The settings the policy fixes, and the policy's allow-list phrases. */
  managed: ReadonlySet<ManagedKey>;
  teamPhrases: string[];
  /** Validates and saves; on a problem shows it and keeps the edit on screen, unsaved. */
  commit(next: Settings): Promise<boolean>;
  /** Shows settings saved elsewhere (a team file's import) as the form's, clearing problems. */
  adopt(saved: Settings): void;
}

export function useSettingsForm(store: SettingsStore, t: Translate): SettingsForm {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const [status, setStatus] = useState('');
  const pendingInvalid = useRef(false);
  const [managed, setManaged] = useState<ReadonlySet<ManagedKey>>(new Set());
  const [teamPhrases, setTeamPhrases] = useState<string[]>([]);

  useEffect(() => {
    let live = true;
    void store.managed?.().then((m) => {
      if (!live) return;
      setManaged(new Set(m.keys));
      setTeamPhrases(m.value.allowPhrases ?? []);
    });
    return () => {
      live = false;
    };
  }, [store]);

  useEffect(() => {
    let live = true;
    void store.load().then((s) => live && setSettings(s));
    const unwatch = store.watch((s) => {
      // Another tab (or an import) saved: show it, unless the user is fixing an invalid field here.
      if (!pendingInvalid.current) setSettings(s);
    });
    return () => {
      live = false;
      unwatch();
    };
  }, [store]);

  const commit = async (next: Settings): Promise<boolean> => {
    setSettings(next);
    try {
      await store.save(next);
      pendingInvalid.current = false;
      setProblems([]);
      setStatus(t('setSaved'));
      return true;
    } catch (error) {
      pendingInvalid.current = true;
      setStatus('');
      setProblems(problemTexts(error, t));
      return false;
    }
  };

  const adopt = (saved: Settings) => {
    pendingInvalid.current = false;
    setProblems([]);
    setSettings(saved);
  };

  return { settings, problems, status, managed, teamPhrases, commit, adopt };
}
