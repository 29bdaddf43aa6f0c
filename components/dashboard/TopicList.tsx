/** Recurring topics per moment and per finding, merged across es/en, each listing its tickets when clicked. */
import { MOMENT_IDS, RULE_IDS } from '@/lib/analysis/types';
import type { Translate } from '@/lib/coach/i18n';
import { momentLabel, ruleLabel } from '@/lib/log/labels';
import type { MergedTopic, MergedTopics } from '@/lib/log/team';
import { topicName } from '@/lib/log/topic-map';
import { DrillButton, type OnDrill } from './drill';

interface Props {
  t: Translate;
  lang: 'es' | 'en';
  week: string;
  topics: MergedTopics;
  moments: Record<string, number>;
  findings: Record<string, number>;
  onDrill: OnDrill;
}

function Topics(props: { t: Translate; lang: 'es' | 'en'; week: string; kind: 'moment' | 'finding'; id: string; label: string; list: MergedTopic[]; onDrill: OnDrill }) {
  const { t, lang, week, kind, id, label, list, onDrill } = props;
  if (list.length === 0) return <>{t('dashNoTopic')}</>;
  return (
    <>
      {list.map((x, i) => {
        const name = topicName(x.key, lang);
        return (
          <span key={x.key} data-topic={name} data-topic-key={x.key}>
            {i > 0 ? ', ' : ''}
            <DrillButton drill={{ filter: { week, kind, type: id, topic: x.key }, title: `${label} · ${t('dashDrillTopic', name)} · ${week}` }} onDrill={onDrill}>
              {name} ({x.count})
            </DrillButton>
          </span>
        );
      })}
    </>
  );
}

export function TopicList({ t, lang, week, topics, moments, findings, onDrill }: Props) {
  const common = { t, lang, week, onDrill };
  return (
    <>
      <h2>{t('dashTopics')}</h2>
      <ul class="dash-topics" data-list="topics">
        {MOMENT_IDS.filter((id) => moments[id] > 0).map((id) => (
          <li key={id} data-moment={id}>
            <strong>
              {momentLabel(t, id)} ({moments[id]})
            </strong>
            {': '}
            <Topics {...common} kind="moment" id={id} label={momentLabel(t, id)} list={topics.moments[id]} />
          </li>
        ))}
      </ul>
      <h2>{t('dashFindingTopics')}</h2>
      <ul class="dash-topics" data-list="finding-topics">
        {RULE_IDS.filter((id) => findings[id] > 0).map((id) => (
          <li key={id} data-rule={id}>
            <strong>
              {ruleLabel(t, id)} ({findings[id]})
            </strong>
            {': '}
            <Topics {...common} kind="finding" id={id} label={ruleLabel(t, id)} list={topics.findings[id]} />
          </li>
        ))}
      </ul>
    </>
  );
}
