/**
 * The team lead's weekly view of difficult moments (options page): a week picker,
 * charts of moments and findings per day, recurring topics per moment, send-guard
 * outcomes, change against the previous week, a counts table, exports, the team
 * import, retention and deletion. Data comes through a LogSource (lib/log/source.ts).
 *
 * Test hooks (ui.md): select[name="week"], select[name="format"], [data-action="export"],
 * input[type="file"][name="import"], errors in [role="alert"]. Also select[name="agent"],
 * [data-action="delete-all"] / [data-action="confirm-delete"], and `data-state` on the root
 * ("loading" | "ready") with `data-week` and `data-events` once a week is shown.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { MOMENT_IDS, RULE_IDS } from '@/lib/analysis/types';
import type { ImportRecord } from '@/lib/db';
import type { Translate } from '@/lib/i18n';
import { dayLabels, EXPORT_FORMATS, fileName, MIME, toCsv, toHtml, toJson, type ExportFormat } from '@/lib/log/export';
import type { StorageProblem } from '@/lib/log/health';
import { MAX_IMPORT_BYTES, type ImportError } from '@/lib/log/import';
import { actionLabel, momentLabel, MOMENT_COLORS, ruleLabel, RULE_COLORS } from '@/lib/log/labels';
import type { DashboardSettings, FileLike, LogSource } from '@/lib/log/source';
import { errorText, isQuotaError, type WeekView } from '@/lib/log/store';
import { compare, type CountRow } from '@/lib/log/summary';
import { isoWeek, weekDays } from '@/lib/log/week';
import { ChartView } from './ChartView';
import { RuleTrust } from './RuleTrust';
import './dashboard.css';

interface Props {
  t: Translate;
  lang: 'es' | 'en';
  /** Defaults to the options page's source (the extension's database). */
  source?: LogSource;
}

let defaultSource: Promise<LogSource> | undefined;
function browserSource(): Promise<LogSource> {
  defaultSource ??= import('@/lib/log/browser-source').then((m) => m.browserLogSource());
  return defaultSource;
}

export function importErrorMessage(t: Translate, name: string, error: ImportError): string {
  switch (error.code) {
    case 'too-large':
      return t('dashErrTooLarge', name, String(Math.round(MAX_IMPORT_BYTES / 1024 / 1024)));
    case 'too-many':
      return t('dashErrTooMany', name);
    case 'empty':
      return t('dashErrEmpty', name);
    case 'not-json':
      return t('dashErrNotJson', name);
    case 'truncated':
      return t('dashErrTruncated', name);
    case 'format':
      return t('dashErrFormat', name);
    case 'version':
      return t('dashErrVersion', name, error.detail ?? '?');
    case 'invalid-header':
      return t('dashErrHeader', name, error.detail ?? '?');
    case 'invalid-event':
      return t('dashErrInvalid', name, error.detail ?? '?');
    case 'duplicate-id':
      return t('dashErrDuplicate', name, error.detail ?? '?');
  }
}

function storageMessage(t: Translate, error: unknown): string {
  return isQuotaError(error) ? t('dashErrStorageFull', errorText(error)) : t('dashErrStorage', errorText(error));
}

function changeText(row: CountRow): string {
  const sign = row.change > 0 ? '+' : '';
  return `${sign}${row.change}${row.percent === null ? '' : ` (${row.percent > 0 ? '+' : ''}${row.percent} %)`}`;
}

export function Dashboard({ t, lang, source: given }: Props) {
  const [source, setSource] = useState<LogSource | undefined>(given);
  const [settings, setSettings] = useState<DashboardSettings | undefined>();
  const [weeks, setWeeks] = useState<string[]>([]);
  const [week, setWeek] = useState<string>('');
  const [agentList, setAgentList] = useState<string[]>([]);
  const [agent, setAgent] = useState('');
  const [view, setView] = useState<WeekView | undefined>();
  const [imports, setImports] = useState<ImportRecord[]>([]);
  const [format, setFormat] = useState<ExportFormat>('json');
  const [alert, setAlert] = useState<string[]>([]);
  const [status, setStatus] = useState('');
  const [problem, setProblem] = useState<StorageProblem | null>(null);
  const [persisted, setPersisted] = useState<boolean | null | undefined>(undefined);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const loadStarted = useRef(0);
  const root = useRef<HTMLElement>(null);

  useEffect(() => {
    if (!source) browserSource().then(setSource, (error: unknown) => setAlert([storageMessage(t, error)]));
  }, [source]);

  /** Reloads what depends on the whole log (weeks, agents, team files). */
  const refreshLog = useCallback(async (src: LogSource, retention: number) => {
    const [w, a, i] = await Promise.all([src.weekOptions(retention), src.agents(), src.imports()]);
    setWeeks(w);
    setAgentList(a);
    setImports(i);
  }, []);

  // Start: settings, retention pass, persistence, the background's storage problems.
  useEffect(() => {
    if (!source) return;
    let cancelled = false;
    (async () => {
      try {
        const s = await source.settings();
        if (cancelled) return;
        setSettings(s);
        await source.prune(s.retentionWeeks);
        await refreshLog(source, s.retentionWeeks);
        setWeek((current) => current || isoWeek(source.now()));
      } catch (error) {
        setAlert([storageMessage(t, error)]);
      }
      source.storageProblem().then((p) => !cancelled && setProblem(p), () => {});
      source.persist().then((p) => !cancelled && setPersisted(p), () => setPersisted(null));
    })();
    return () => {
      cancelled = true;
    };
  }, [source]);

  const reload = useCallback(async () => {
    if (!source || !week) return;
    loadStarted.current = performance.now();
    try {
      const next = await source.loadWeek(week, agent || undefined);
      root.current?.setAttribute('data-query-ms', (performance.now() - loadStarted.current).toFixed(1));
      setView(next);
    } catch (error) {
      setAlert([storageMessage(t, error)]);
    }
  }, [source, week, agent]);

  useEffect(() => {
    void reload();
  }, [reload]);

  // Once a week is on screen (charts drawn in their own effects, which run first): time it.
  useEffect(() => {
    if (!view || !loadStarted.current) return;
    const ms = performance.now() - loadStarted.current;
    loadStarted.current = 0;
    root.current?.setAttribute('data-render-ms', ms.toFixed(1));
  }, [view]);

  const labels = useMemo(() => dayLabels(view?.summary.days ?? weekDays(week || isoWeek(new Date())), lang), [view, lang, week]);
  const summary = view?.summary;
  const previous = view?.previous;

  const momentSeries = useMemo(
    () => (summary ? MOMENT_IDS.filter((id) => summary.moments[id] > 0).map((id) => ({ label: momentLabel(t, id), color: MOMENT_COLORS[id], values: summary.momentsPerDay[id] })) : []),
    [summary],
  );
  const findingSeries = useMemo(
    () => (summary ? RULE_IDS.filter((id) => summary.findings[id] > 0).map((id) => ({ label: ruleLabel(t, id), color: RULE_COLORS[id], values: summary.findingsPerDay[id] })) : []),
    [summary],
  );
  const guardLabels = useMemo(() => [t('dashGuardRevised'), t('dashGuardApplied'), t('dashGuardSentAnyway')], [t]);
  const guardSeries = useMemo(
    () => (summary ? [{ label: t('dashGuard'), color: '#2f855a', values: [summary.guard.revised, summary.guard.applied, summary.guard.sentAnyway] }] : []),
    [summary],
  );
  const rows = useMemo(() => (summary && previous ? compare(summary, previous) : []), [summary, previous]);
  const changed = useMemo(() => rows.filter((r) => (r.kind === 'moment' || r.kind === 'finding') && (r.current > 0 || r.previous > 0)), [rows]);
  const changeLabels = useMemo(() => changed.map((r) => (r.kind === 'moment' ? momentLabel(t, r.id) : ruleLabel(t, r.id))), [changed]);
  const changeSeries = useMemo(
    () => [
      { label: t('dashColThisWeek'), color: '#0f766e', values: changed.map((r) => r.current) },
      { label: t('dashColPreviousWeek'), color: '#a0aec0', values: changed.map((r) => r.previous) },
    ],
    [changed],
  );

  const onExport = () => {
    if (!source || !view || !settings) return;
    const started = performance.now();
    const generatedAt = source.now().toISOString();
    const common = { week: view.week, agent: settings.agentAlias, generatedAt };
    const text =
      format === 'json'
        ? toJson({ ...common, events: view.events, summary: view.summary })
        : format === 'csv'
          ? toCsv(view.events)
          : toHtml({ ...common, summary: view.summary, previous: view.previous, t, lang });
    const name = fileName(view.week, format);
    source.download(name, MIME[format], text);
    root.current?.setAttribute('data-export-ms', (performance.now() - started).toFixed(1));
    setStatus(t('dashExported', name, String(view.events.length)));
  };

  const onImport = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const files: FileLike[] = [...(input.files ?? [])];
    if (!source || !settings || files.length === 0) return;
    setBusy(true);
    const errors: string[] = [];
    const done: string[] = [];
    let lastWeek = '';
    for (const file of files) {
      try {
        const outcome = await source.importFile(file);
        if (!outcome.ok) {
          errors.push(importErrorMessage(t, file.name, outcome));
          continue;
        }
        lastWeek = outcome.file.week;
        done.push(t('dashImported', file.name, outcome.file.agent, String(outcome.result.added), String(outcome.result.events - outcome.result.added)));
      } catch (error) {
        errors.push(`${file.name}: ${storageMessage(t, error)}`);
      }
    }
    input.value = '';
    setAlert(errors);
    setStatus(done.join(' '));
    try {
      await refreshLog(source, settings.retentionWeeks);
      if (lastWeek && lastWeek !== week) setWeek(lastWeek);
      else await reload();
    } catch (error) {
      setAlert([...errors, storageMessage(t, error)]);
    }
    setBusy(false);
  };

  const onDeleteAll = async () => {
    if (!source || !settings) return;
    setConfirming(false);
    try {
      await source.deleteAll();
      setStatus(t('dashDeleted'));
      setAlert([]);
      await refreshLog(source, settings.retentionWeeks);
      await reload();
    } catch (error) {
      setAlert([storageMessage(t, error)]);
    }
  };

  const dismissProblem = () => {
    setProblem(null);
    source?.clearStorageProblem().catch(() => {});
  };

  const weekLabel = (w: string) => {
    const days = weekDays(w);
    const format = new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'short' });
    const date = (d: string) => {
      const [y, m, day] = d.split('-').map(Number);
      return format.format(new Date(y, m - 1, day));
    };
    return `${w} (${date(days[0])} – ${date(days[6])})`;
  };

  const alerts = [...alert, ...(problem ? [t(problem.quota ? 'dashErrBackgroundFull' : 'dashErrBackground', new Date(problem.at).toLocaleString(lang), problem.message)] : [])];

  return (
    <section
      class="dash"
      ref={root}
      data-state={view && view.week === week ? 'ready' : 'loading'}
      data-week={view?.week}
      data-events={view?.events.length}
      aria-busy={busy}
    >
      <div class="dash-alert" role="alert" hidden={alerts.length === 0}>
        {alerts.map((message) => (
          <p key={message}>{message}</p>
        ))}
        {problem && (
          <button type="button" data-action="dismiss-problem" onClick={dismissProblem}>
            {t('dashDismiss')}
          </button>
        )}
      </div>
      <p class="dash-status" role="status">
        {status}
      </p>

      <div class="dash-controls">
        <label>
          {t('dashWeek')}{' '}
          <select name="week" value={week} onChange={(e) => setWeek((e.currentTarget as HTMLSelectElement).value)}>
            {(weeks.includes(week) || !week ? weeks : [week, ...weeks]).map((w) => (
              <option key={w} value={w}>
                {weekLabel(w)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('dashAgent')}{' '}
          <select name="agent" value={agent} onChange={(e) => setAgent((e.currentTarget as HTMLSelectElement).value)}>
            <option value="">{t('dashAllAgents')}</option>
            {agentList.map((a) => (
              <option key={a} value={a}>
                {a}
              </option>
            ))}
          </select>
        </label>
        <span class="dash-export">
          <label>
            {t('dashFormat')}{' '}
            <select name="format" value={format} onChange={(e) => setFormat((e.currentTarget as HTMLSelectElement).value as ExportFormat)}>
              {EXPORT_FORMATS.map((f) => (
                <option key={f} value={f}>
                  {f.toUpperCase()}
                </option>
              ))}
            </select>
          </label>
          <button type="button" data-action="export" onClick={onExport} disabled={!view}>
            {t('dashExport')}
          </button>
        </span>
      </div>

      {summary && (
        <p class="dash-totals">{t('dashReportTotals', String(summary.events), String(summary.tickets))}</p>
      )}
      {summary && summary.events === 0 && <p class="dash-empty">{t('dashEmpty')}</p>}

      <div class="dash-grid">
        <ChartView name="moments" title={t('dashMomentsPerDay')} type="bar" stacked labels={labels} series={momentSeries} />
        <ChartView name="findings" title={t('dashFindingsPerDay')} type="bar" stacked labels={labels} series={findingSeries} />
        <ChartView name="guard" title={t('dashGuard')} type="doughnut" labels={guardLabels} series={guardSeries} />
        <ChartView name="change" title={t('dashChangeTitle')} type="bar" horizontal labels={changeLabels} series={changeSeries} />
      </div>

      <h2>{t('dashTopics')}</h2>
      <ul class="dash-topics" data-list="topics">
        {summary &&
          MOMENT_IDS.filter((id) => summary.moments[id] > 0).map((id) => (
            <li key={id} data-moment={id}>
              <strong>
                {momentLabel(t, id)} ({summary.moments[id]})
              </strong>
              {': '}
              {summary.topics[id].length === 0
                ? t('dashNoTopic')
                : summary.topics[id].map((x, i) => (
                    <span key={x.topic} data-topic={x.topic}>
                      {i > 0 ? ', ' : ''}
                      {x.topic} ({x.count})
                    </span>
                  ))}
            </li>
          ))}
      </ul>

      {summary && <RuleTrust t={t} rows={summary.trust} />}

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
              <th scope="row">
                {row.kind === 'moment' ? momentLabel(t, row.id) : row.kind === 'finding' ? ruleLabel(t, row.id) : row.kind === 'action' ? actionLabel(t, row.id) : t('dashTotal')}
              </th>
              <td data-col="current">{row.current}</td>
              <td data-col="previous">{row.previous}</td>
              <td data-col="change">{changeText(row)}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <h2>{t('dashTeam')}</h2>
      <label class="dash-import">
        {t('dashImport')}{' '}
        <input type="file" name="import" accept=".json,application/json" multiple onChange={(e) => void onImport(e)} disabled={busy || !settings} />
      </label>
      {imports.length === 0 ? (
        <p>{t('dashTeamEmpty')}</p>
      ) : (
        <ul class="dash-imports">
          {imports.map((i) => (
            <li key={i.key} data-agent={i.agent}>
              {t('dashTeamRow', i.agent, i.week, String(i.events))}
            </li>
          ))}
        </ul>
      )}
      {summary && summary.agents.length > 0 && (
        <p class="dash-agents">
          {t('dashAgents')}: {summary.agents.map((a) => `${a.agent} (${a.events})`).join(', ')}
        </p>
      )}

      <h2>{t('dashDataSafety')}</h2>
      <p>{t('dashRetention', String(settings?.retentionWeeks ?? ''))}</p>
      {persisted !== undefined && <p data-persisted={String(persisted)}>{t(persisted ? 'dashPersisted' : 'dashNotPersisted')}</p>}
      {!confirming ? (
        <button type="button" class="danger" data-action="delete-all" onClick={() => setConfirming(true)} disabled={!settings}>
          {t('dashDeleteAll')}
        </button>
      ) : (
        <div class="dash-confirm" role="alertdialog" aria-label={t('dashDeleteAll')}>
          <p>{t('dashDeleteConfirm')}</p>
          <button type="button" class="danger" data-action="confirm-delete" onClick={() => void onDeleteAll()}>
            {t('dashDeleteYes')}
          </button>{' '}
          <button type="button" data-action="cancel-delete" onClick={() => setConfirming(false)}>
            {t('dashCancel')}
          </button>
        </div>
      )}
    </section>
  );
}
