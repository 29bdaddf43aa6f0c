/**
 * Where the dashboard's events come from: `select[name="source"]`, `local` (this
 * computer's log, own and imported) or `team` (the team's CouchDB, docs/team-sync.md).
 */
import type { Translate } from '@/lib/coach/i18n';

export type DashboardSource = 'local' | 'team';

interface Props {
  t: Translate;
  value: DashboardSource;
  /** Why `team` cannot be shown ('' when it can). */
  problem: string;
  onChange(value: DashboardSource): void;
}

export function SourcePicker({ t, value, problem, onChange }: Props) {
  return (
    <div class="dash-source">
      <label>
        {t('dashSourceLabel')}{' '}
        <select name="source" value={value} onChange={(e) => onChange((e.target as HTMLSelectElement).value as DashboardSource)}>
          <option value="local">{t('dashSourceLocal')}</option>
          <option value="team">{t('dashSourceTeam')}</option>
        </select>
      </label>
      {problem && (
        <p role="alert" data-error-for="source">
          {problem}
        </p>
      )}
    </div>
  );
}
