/** Per agent: moments met and what each did with findings, the team's average beside them. */
import type { Translate } from '@/lib/coach/i18n';
import { agentColumnKey } from '@/lib/log/export/html-report';
import { AGENT_COLUMNS, type AgentTable as Table } from '@/lib/log/team';
import { DrillButton, type OnDrill } from './drill';

interface Props {
  t: Translate;
  lang: 'es' | 'en';
  table: Table;
  week: string;
  /** The agent picked above, highlighted. */
  selected: string;
  onDrill: OnDrill;
}

export function AgentTable({ t, lang, table, week, selected, onDrill }: Props) {
  if (table.rows.length === 0) return <p class="dash-empty">{t('dashEmpty')}</p>;
  return (
    <table class="dash-agents-table" data-table="agents">
      <thead>
        <tr>
          <th scope="col">{t('dashAgent')}</th>
          {AGENT_COLUMNS.map((c) => (
            <th scope="col" key={c} data-col={c}>
              {t(agentColumnKey(c))}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {table.rows.map((row) => (
          <tr key={row.agent} data-agent={row.agent} class={row.agent === selected ? 'selected' : undefined}>
            <th scope="row">{row.agent}</th>
            {AGENT_COLUMNS.map((c) => (
              <td key={c} data-col={c}>
                {row.counts[c] === 0 ? (
                  '0'
                ) : (
                  <DrillButton drill={{ filter: { week, agent: row.agent, column: c }, title: `${row.agent} · ${t(agentColumnKey(c))} · ${week}` }} onDrill={onDrill}>
                    {row.counts[c]}
                  </DrillButton>
                )}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr data-row="average">
          <th scope="row">{t('dashTeamAverage')}</th>
          {AGENT_COLUMNS.map((c) => (
            <td key={c} data-col={c}>
              {table.average[c].toLocaleString(lang)}
            </td>
          ))}
        </tr>
      </tfoot>
    </table>
  );
}
