/** The headline of the biggest changes and the trend over the last weeks, per moment and per rule. */
import { useMemo } from 'preact/hooks';
import { MOMENT_IDS, RULE_IDS } from '@/lib/analysis/types';
import type { Translate } from '@/lib/coach/i18n';
import { momentLabel, MOMENT_COLORS, ruleLabel, RULE_COLORS } from '@/lib/log/labels';
import { headlineText, shortWeek } from '@/lib/log/report';
import type { HeadlineItem, Trend } from '@/lib/log/team';
import { ChartView } from './ChartView';
import { DrillButton, type OnDrill } from './drill';

export function Headline({ t, lang, items, week, onDrill }: { t: Translate; lang: 'es' | 'en'; items: HeadlineItem[]; week: string; onDrill: OnDrill }) {
  const texts = headlineText(t, lang, items);
  return (
    <section class="dash-headline" data-report="headline">
      <strong>{t('dashHeadline')}</strong>
      <ul>
        {items.length === 0 ? (
          <li>{t('dashHeadlineNone')}</li>
        ) : (
          items.map((item, i) => (
            <li key={`${item.kind}:${item.id}`} data-kind={item.kind} data-id={item.id}>
              <DrillButton drill={{ filter: { week, kind: item.kind, type: item.id, ...(item.topic ? { topic: item.topic } : {}) }, title: texts[i] }} onDrill={onDrill}>
                {texts[i]}
              </DrillButton>
            </li>
          ))
        )}
      </ul>
    </section>
  );
}

export function TrendView({ t, trend, onDrill }: { t: Translate; trend: Trend; onDrill: OnDrill }) {
  const labels = useMemo(() => trend.weeks.map(shortWeek), [trend]);
  const moments = useMemo(() => MOMENT_IDS.filter((id) => trend.moments[id].some((v) => v > 0)), [trend]);
  const rules = useMemo(() => RULE_IDS.filter((id) => trend.findings[id].some((v) => v > 0)), [trend]);
  const momentSeries = useMemo(() => moments.map((id) => ({ label: momentLabel(t, id), color: MOMENT_COLORS[id], values: trend.moments[id] })), [moments, t]);
  const ruleSeries = useMemo(() => rules.map((id) => ({ label: ruleLabel(t, id), color: RULE_COLORS[id], values: trend.findings[id] })), [rules, t]);
  const title = t('dashTrend', String(trend.weeks.length));
  return (
    <section class="dash-trend" data-section="trend" data-weeks={trend.weeks.join(' ')}>
      <h2>{title}</h2>
      <div class="dash-grid">
        <ChartView
          name="trend-moments"
          title={t('dashTrendMoments')}
          type="bar"
          stacked
          labels={labels}
          series={momentSeries}
          onSelect={(s, w) => onDrill({ filter: { week: trend.weeks[w], kind: 'moment', type: moments[s] }, title: `${momentLabel(t, moments[s])} · ${trend.weeks[w]}` })}
        />
        <ChartView
          name="trend-findings"
          title={t('dashTrendFindings')}
          type="bar"
          stacked
          labels={labels}
          series={ruleSeries}
          onSelect={(s, w) => onDrill({ filter: { week: trend.weeks[w], kind: 'finding', type: rules[s] }, title: `${ruleLabel(t, rules[s])} · ${trend.weeks[w]}` })}
        />
      </div>
    </section>
  );
}
