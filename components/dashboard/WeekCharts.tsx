/** The week's four charts: moments and findings per day, send-guard outcomes, change against the week before. */
import { useMemo } from 'preact/hooks';
import { MOMENT_IDS, RULE_IDS } from '@/lib/analysis/types';
import type { Translate } from '@/lib/coach/i18n';
import { dayLabels } from '@/lib/log/export/html-report';
import { COMPARE_COLORS, momentLabel, MOMENT_COLORS, ruleLabel, RULE_COLORS } from '@/lib/log/labels';
import type { CountRow, WeekSummary } from '@/lib/log/summary';
import { ChartView } from './ChartView';
import type { OnDrill } from './drill';

interface Props {
  t: Translate;
  lang: 'es' | 'en';
  summary: WeekSummary;
  previousWeek: string;
  rows: CountRow[];
  onDrill: OnDrill;
}

const GUARD_ACTIONS = ['revised', 'applied-suggestion', 'sent-anyway'] as const;

export function WeekCharts({ t, lang, summary, previousWeek, rows, onDrill }: Props) {
  const week = summary.week;
  const labels = useMemo(() => dayLabels(summary.days, lang), [summary, lang]);
  const moments = useMemo(() => MOMENT_IDS.filter((id) => summary.moments[id] > 0), [summary]);
  const rules = useMemo(() => RULE_IDS.filter((id) => summary.findings[id] > 0), [summary]);
  const momentSeries = useMemo(() => moments.map((id) => ({ label: momentLabel(t, id), color: MOMENT_COLORS[id], values: summary.momentsPerDay[id] })), [moments, t]);
  const findingSeries = useMemo(() => rules.map((id) => ({ label: ruleLabel(t, id), color: RULE_COLORS[id], values: summary.findingsPerDay[id] })), [rules, t]);
  const guardLabels = useMemo(() => [t('dashGuardRevised'), t('dashGuardApplied'), t('dashGuardSentAnyway')], [t]);
  const guardSeries = useMemo(() => [{ label: t('dashGuard'), color: '', values: [summary.guard.revised, summary.guard.applied, summary.guard.sentAnyway] }], [summary, t]);
  const changed = useMemo(() => rows.filter((r) => (r.kind === 'moment' || r.kind === 'finding') && (r.current > 0 || r.previous > 0)), [rows]);
  const changeLabels = useMemo(() => changed.map((r) => (r.kind === 'moment' ? momentLabel(t, r.id) : ruleLabel(t, r.id))), [changed, t]);
  const changeSeries = useMemo(
    () => [
      { label: t('dashColThisWeek'), color: COMPARE_COLORS[0], values: changed.map((r) => r.current) },
      { label: t('dashColPreviousWeek'), color: COMPARE_COLORS[1], values: changed.map((r) => r.previous) },
    ],
    [changed, t],
  );
  return (
    <div class="dash-grid">
      <ChartView
        name="moments"
        title={t('dashMomentsPerDay')}
        type="bar"
        stacked
        labels={labels}
        series={momentSeries}
        onSelect={(s, d) => onDrill({ filter: { week, day: summary.days[d], kind: 'moment', type: moments[s] }, title: `${momentLabel(t, moments[s])} · ${labels[d]}` })}
      />
      <ChartView
        name="findings"
        title={t('dashFindingsPerDay')}
        type="bar"
        stacked
        labels={labels}
        series={findingSeries}
        onSelect={(s, d) => onDrill({ filter: { week, day: summary.days[d], kind: 'finding', type: rules[s] }, title: `${ruleLabel(t, rules[s])} · ${labels[d]}` })}
      />
      <ChartView
        name="guard"
        title={t('dashGuard')}
        type="doughnut"
        labels={guardLabels}
        series={guardSeries}
        onSelect={(_, i) => onDrill({ filter: { week, kind: 'finding', type: 'unrealistic-commitment', action: GUARD_ACTIONS[i] }, title: `${t('dashGuard')} · ${guardLabels[i]} · ${week}` })}
      />
      <ChartView
        name="change"
        title={t('dashChangeTitle')}
        type="bar"
        horizontal
        labels={changeLabels}
        series={changeSeries}
        onSelect={(s, i) => {
          const row = changed[i];
          const inWeek = s === 0 ? week : previousWeek;
          onDrill({ filter: { week: inWeek, kind: row.kind as 'moment' | 'finding', type: row.id }, title: `${changeLabels[i]} · ${inWeek}` });
        }}
      />
    </div>
  );
}
