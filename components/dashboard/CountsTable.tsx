/** This week against the previous one, each count listing its tickets when clicked. */
import type { Translate } from '@/lib/coach/i18n';
import { actionLabel, momentLabel, ruleLabel } from '@/lib/log/labels';
import type { CountRow } from '@/lib/log/summary';
import type { EventFilter } from '@/lib/log/team';
import { DrillButton, type OnDrill } from './drill';

function changeText(row: CountRow): string {
  const sign = row.change > 0 ? '+' : '';
  return `${sign}${row.change}${row.percent === null ? '' : ` (${row.percent > 0 ? '+' : ''}${row.percent} %)`}`;
}

export function rowLabel(t: Translate, row: Pick<CountRow, 'kind' | 'id'>): string {
  return row.kind === 'moment' ? momentLabel(t, row.id) : row.kind === 'finding' ? ruleLabel(t, row.id) : row.kind === 'action' ? actionLabel(t, row.id) : t('dashTotal');
}

export function rowFilter(row: Pick<CountRow, 'kind' | 'id'>): EventFilter {
  if (row.kind === 'moment' || row.kind === 'finding') return { kind: row.kind, type: row.id };
  if (row.kind === 'action') return { kind: 'finding', action: row.id };
  return {};
}

interface Props {
  t: Translate;
  rows: CountRow[];
  week: string;
  previousWeek: string;
  onDrill: OnDrill;
}

export function CountsTable({ t, rows, week, previousWeek, onDrill }: Props) {
  const cell = (row: CountRow, value: number, inWeek: string) =>
    value === 0 ? (
      '0'
    ) : (
      <DrillButton drill={{ filter: { ...rowFilter(row), week: inWeek }, title: `${rowLabel(t, row)} · ${inWeek}` }} onDrill={onDrill}>
        {value}
      </DrillButton>
    );
  return (
    <>
      <h2>{t('dashCounts')}</h2>
      <table class="dash-counts">
        <thead>
          <tr>
            <th scope="col"></th>
            <th scope="col">{t('dashColThisWeek')}</th>
            <th scope="col">{t('dashColPreviousWeek')}</th>
            <th scope="col">{t('dashColChange')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={`${row.kind}:${row.id}`} class={row.kind} data-kind={row.kind} data-id={row.id}>
              <th scope="row">{rowLabel(t, row)}</th>
              <td data-col="current">{cell(row, row.current, week)}</td>
              <td data-col="previous">{cell(row, row.previous, previousWeek)}</td>
              <td data-col="change">{changeText(row)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
