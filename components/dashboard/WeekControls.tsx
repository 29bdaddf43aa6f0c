/** The week, agent, export range and format pickers, and the export button. */
import { EXPORT_FORMATS, type ExportFormat } from '@/lib/log/export/files';
import type { Translate } from '@/lib/coach/i18n';
import { weekDates } from '@/lib/log/report';

/** Weeks an export may cover, ending with the week on screen. */
export const EXPORT_RANGES = [1, 4, 8, 12] as const;

interface Props {
  t: Translate;
  lang: 'es' | 'en';
  weeks: string[];
  week: string;
  agents: string[];
  agent: string;
  range: number;
  format: ExportFormat;
  canExport: boolean;
  onWeek(week: string): void;
  onAgent(agent: string): void;
  onRange(range: number): void;
  onFormat(format: ExportFormat): void;
  onExport(): void;
}

const value = (e: Event) => (e.currentTarget as HTMLSelectElement).value;

export function WeekControls(p: Props) {
  const { t } = p;
  return (
    <div class="dash-controls">
      <label>
        {t('dashWeek')}{' '}
        <select name="week" value={p.week} onChange={(e) => p.onWeek(value(e))}>
          {(p.weeks.includes(p.week) || !p.week ? p.weeks : [p.week, ...p.weeks]).map((w) => (
            <option key={w} value={w}>
              {`${w} (${weekDates(w, p.lang)})`}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('dashAgent')}{' '}
        <select name="agent" value={p.agent} onChange={(e) => p.onAgent(value(e))}>
          <option value="">{t('dashAllAgents')}</option>
          {p.agents.map((a) => (
            <option key={a} value={a}>
              {a}
            </option>
          ))}
        </select>
      </label>
      <span class="dash-export">
        <label>
          {t('dashRange')}{' '}
          <select name="range" value={String(p.range)} onChange={(e) => p.onRange(Number(value(e)))}>
            {EXPORT_RANGES.map((n) => (
              <option key={n} value={String(n)}>
                {n === 1 ? t('dashRangeOne') : t('dashRangeMany', String(n))}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('dashFormat')}{' '}
          <select name="format" value={p.format} onChange={(e) => p.onFormat(value(e) as ExportFormat)}>
            {EXPORT_FORMATS.map((f) => (
              <option key={f} value={f}>
                {f.toUpperCase()}
              </option>
            ))}
          </select>
        </label>
        <button type="button" data-action="export" onClick={p.onExport} disabled={!p.canExport}>
          {p.range === 1 ? t('dashExport') : t('dashExportRange')}
        </button>
      </span>
    </div>
  );
}
