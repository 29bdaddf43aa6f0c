/** The week's totals and the agents who logged it, each a way into their tickets. */
import type { Translate } from '@/lib/coach/i18n';
import type { WeekSummary } from '@/lib/log/summary';
import { DrillButton, type Drill } from './drill';

interface Props {
  t: Translate;
  week: string;
  summary: WeekSummary;
  onDrill(drill: Drill): void;
}

/** «N events on M tickets» (a drill-down when there are any), and the empty week's note. */
export function WeekTotals({ t, week, summary, onDrill }: Props) {
  return (
    <>
      <p class="dash-totals">
        {summary.events > 0 ? (
          <DrillButton drill={{ filter: { week }, title: `${t('dashTotal')} · ${week}` }} onDrill={onDrill}>
            {t('dashReportTotals', String(summary.events), String(summary.tickets))}
          </DrillButton>
        ) : (
          t('dashReportTotals', '0', '0')
        )}
      </p>
      {summary.events === 0 && <p class="dash-empty">{t('dashEmpty')}</p>}
    </>
  );
}

/** «Agents: ana (12), luis (3)», each name a drill-down to their week. */
export function WeekAgents({ t, week, summary, onDrill }: Props) {
  if (summary.agents.length === 0) return null;
  return (
    <p class="dash-agents">
      {t('dashAgents')}:{' '}
      {summary.agents.map((a, i) => (
        <span key={a.agent}>
          {i > 0 ? ', ' : ''}
          <DrillButton drill={{ filter: { week, agent: a.agent }, title: `${a.agent} · ${week}` }} onDrill={onDrill}>
            {`${a.agent} (${a.events})`}
          </DrillButton>
        </span>
      ))}
    </p>
  );
}
