/**
 * The team view as a roll call: importing agents' files reports one line per agent and
 * week (a summary line, the lines folded away), and the week on screen says who has no
 * events in it yet.
 */
import type { ImportRecord } from '@/lib/log/db';
import type { Translate } from '@/lib/coach/i18n';
import type { RollCallLine } from '@/lib/log/import';

export interface ImportReport {
  files: number;
  refused: number;
  lines: RollCallLine[];
}

interface Props {
  t: Translate;
  week: string;
  imports: ImportRecord[];
  report: ImportReport | null;
  missing: string[];
  disabled: boolean;
  onImport(event: Event): void;
}

export function rollCallSummary(t: Translate, report: ImportReport): string {
  const added = report.lines.filter((l) => l.added > 0);
  return t('dashRollCall', String(report.files), String(added.length), String(added.reduce((n, l) => n + l.added, 0)), String(report.refused));
}

export function ImportPanel({ t, week, imports, report, missing, disabled, onImport }: Props) {
  return (
    <section class="dash-team" data-section="team">
      <h2>{t('dashTeam')}</h2>
      <label class="dash-import">
        {t('dashImport')}{' '}
        <input type="file" name="import" accept=".json,application/json" multiple onChange={onImport} disabled={disabled} />
      </label>
      {report && (
        <details class="dash-rollcall" data-list="roll-call">
          <summary>{t('dashRollCallDetails')}</summary>
          <ul>
            {report.lines.map((line) => (
              <li key={`${line.agent}|${line.week}`} data-agent={line.agent} data-week={line.week} data-added={line.added}>
                {t('dashRollCallLine', line.agent, line.week, String(line.added), String(line.events - line.added))}
              </li>
            ))}
          </ul>
        </details>
      )}
      <p class="dash-missing" data-list="missing" data-week={week}>
        {missing.length === 0
          ? t('dashMissingNone', week)
          : t('dashMissing', week)}
        {missing.map((agent, i) => (
          <span key={agent} data-agent={agent}>
            {i > 0 ? ', ' : ''}
            {agent}
          </span>
        ))}
      </p>
      {imports.length === 0 ? (
        <p>{t('dashTeamEmpty')}</p>
      ) : (
        <details class="dash-files">
          <summary>{t('dashTeamFiles', String(imports.length))}</summary>
          <ul class="dash-imports">
            {imports.map((i) => (
              <li key={i.key} data-agent={i.agent}>
                {t('dashTeamRow', i.agent, i.week, String(i.events))}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
