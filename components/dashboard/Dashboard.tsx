/**
 * The team lead's weekly view of difficult moments (options page): what the lead does on it
 * (choose a week or agent, drill down, export, import, delete) and where each part goes. The
 * data — source, week, trend, derived figures — is `useWeekData`; each part is its own
 * component fed by props (DashAlerts, WeekControls, WeekTotals, TrendView, WeekCharts,
 * AgentTable, TopicList, CountsTable, TicketList, ImportPanel, DataSafety). It opens on the
 * latest week with events; the trend covers the last TREND_WEEKS weeks; any number, bar or
 * topic lists its tickets. Data comes through a LogSource (lib/log/source.ts); the numbers
 * come from pure functions in lib/log (team.ts, team-week.ts, report.ts, summary.ts).
 *
 * Test hooks (ui.md): select[name="week"], select[name="format"], [data-action="export"],
 * input[type="file"][name="import"], errors in [role="alert"]. Also select[name="agent"],
 * [data-action="delete-all"] / [data-action="confirm-delete"], and `data-state` on the root
 * ("loading" | "ready") with `data-week` and `data-events` once a week is shown.
 */
import { useMemo, useRef, useState } from 'preact/hooks';
import type { Translate } from '@/lib/coach/i18n';
import { HOSTED_HELPDESKS } from '@/lib/helpdesk/sites';
import { buildExport } from '@/lib/log/export';
import { MIME, type ExportFormat } from '@/lib/log/export/files';
import type { RollCallLine } from '@/lib/log/import';
import type { FileLike, LogSource } from '@/lib/log/source';
import { compare } from '@/lib/log/summary';
import { ticketsFor } from '@/lib/log/team';
import type { TicketHosts } from '@/lib/log/ticket-links';
import { shiftWeek } from '@/lib/log/week';
import { AgentTable } from './AgentTable';
import { CountsTable } from './CountsTable';
import { DashAlerts } from './DashAlerts';
import { DataSafety } from './DataSafety';
import type { Drill } from './drill';
import { ImportPanel, rollCallSummary, type ImportReport } from './ImportPanel';
import { importErrorMessage, storageMessage } from './messages';
import { RuleTrust } from './RuleTrust';
import { TicketList } from './TicketList';
import { TopicList } from './TopicList';
import { Headline, TrendView } from './TrendView';
import { useWeekData } from './useWeekData';
import { WeekCharts } from './WeekCharts';
import { WeekControls } from './WeekControls';
import { WeekAgents, WeekTotals } from './WeekTotals';
import './dashboard.css';

export { TREND_WEEKS } from '@/lib/log/team-week';

interface Props {
  t: Translate;
  lang: 'es' | 'en';
  /** A source ready to read (tests pass a fake)… */
  source?: LogSource;
  /** …or how to get one: the options page passes the extension's database, loaded on first show. */
  loadSource?: () => Promise<LogSource>;
}

export function Dashboard({ t, lang, source: given, loadSource }: Props) {
  const [agent, setAgent] = useState('');
  const [format, setFormat] = useState<ExportFormat>('json');
  const [exportWeeks, setExportWeeks] = useState(1);
  const [drill, setDrill] = useState<Drill | null>(null);
  const [importReport, setImportReport] = useState<ImportReport | null>(null);
  const [alert, setAlert] = useState<string[]>([]);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const root = useRef<HTMLElement>(null);
  const data = useWeekData({ t, source: given, loadSource, agent, root, onError: (message) => setAlert([message]) });
  const { source, settings, week, setWeek, view, rangeEvents, derived, weekCache, hosts, refreshLog, reload } = data;

  const summary = view?.summary;
  const previous = view?.previous;
  const shownWeek = view?.week ?? week;
  const previousWeek = shownWeek ? shiftWeek(shownWeek, -1) : '';

  const tickets = useMemo(
    () => (drill && rangeEvents ? ticketsFor(rangeEvents, { ...drill.filter, ...(agent && drill.filter.agent === undefined ? { agent } : {}) }) : []),
    [drill, rangeEvents, agent],
  );
  const rows = useMemo(() => (summary && previous ? compare(summary, previous) : []), [summary, previous]);

  const openDrill = (next: Drill) => {
    setDrill(next);
    // The list opens below the controls; bring it into view.
    requestAnimationFrame(() => root.current?.querySelector('.dash-tickets')?.scrollIntoView?.({ block: 'nearest' }));
  };

  const onExport = () => {
    if (!source || !view || !settings || !derived) return;
    const started = performance.now();
    const file = buildExport({ format, weeks: exportWeeks, view, events: derived.scoped, agent: settings.agentAlias, team: settings.teamName ?? '', generatedAt: source.now().toISOString(), t, lang });
    source.download(file.name, MIME[format], file.text);
    root.current?.setAttribute('data-export-ms', (performance.now() - started).toFixed(1));
    setStatus(exportWeeks === 1 ? t('dashExported', file.name, String(file.events)) : t('dashExportedRange', file.name, String(file.events), String(exportWeeks)));
  };

  const onImport = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const files: FileLike[] = [...(input.files ?? [])];
    if (!source || !settings || files.length === 0) return;
    setBusy(true);
    const errors: string[] = [];
    const lines: RollCallLine[] = [];
    let lastWeek = '';
    for (const file of files) {
      try {
        const outcome = await source.importFile(file);
        if (!outcome.ok) {
          errors.push(importErrorMessage(t, file.name, outcome));
          continue;
        }
        if (outcome.file.week > lastWeek) lastWeek = outcome.file.week;
        lines.push(...outcome.result.rollCall);
      } catch (error) {
        errors.push(`${file.name}: ${storageMessage(t, error)}`);
      }
    }
    input.value = '';
    weekCache?.clear();
    const report: ImportReport = { files: files.length, refused: errors.length, lines };
    setAlert(errors);
    setImportReport(report);
    setStatus(rollCallSummary(t, report));
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
    try {
      await source.deleteAll();
      weekCache?.clear();
      setStatus(t('dashDeleted'));
      setAlert([]);
      setDrill(null);
      setImportReport(null);
      await refreshLog(source, settings.retentionWeeks);
      await reload();
    } catch (error) {
      setAlert([storageMessage(t, error)]);
    }
  };

  const onSaveHosts = (next: TicketHosts) => {
    const merged = Object.fromEntries(HOSTED_HELPDESKS.map((id) => [id, next[id] || hosts[id]])) as TicketHosts;
    data.setHosts(merged);
    source?.saveTicketHosts(next).then(() => setStatus(t('dashHostSaved')), (error: unknown) => setAlert([storageMessage(t, error)]));
  };

  return (
    <section
      class="dash"
      ref={root}
      data-state={view && view.week === week ? 'ready' : 'loading'}
      data-week={view?.week}
      data-events={view?.events.length}
      data-trend={derived ? 'ready' : 'loading'}
      aria-busy={busy}
    >
      <DashAlerts t={t} lang={lang} messages={alert} problem={data.problem} onDismiss={data.dismissProblem} />
      <p class="dash-status" role="status">
        {status}
      </p>

      <WeekControls
        t={t}
        lang={lang}
        weeks={data.weeks}
        week={week}
        agents={data.agentList}
        agent={agent}
        range={exportWeeks}
        format={format}
        canExport={!!derived}
        onWeek={setWeek}
        onAgent={setAgent}
        onRange={setExportWeeks}
        onFormat={setFormat}
        onExport={onExport}
      />

      {summary && <WeekTotals t={t} week={shownWeek} summary={summary} onDrill={openDrill} />}
      {derived && <Headline t={t} lang={lang} items={derived.items} week={shownWeek} onDrill={openDrill} />}
      <p class="dash-hint">{t('dashDrillHint')}</p>

      {drill && <TicketList t={t} lang={lang} drill={drill} tickets={tickets} hosts={hosts} onSaveHosts={onSaveHosts} onClose={() => setDrill(null)} />}

      {summary && <WeekCharts t={t} lang={lang} summary={summary} previousWeek={previousWeek} rows={rows} onDrill={openDrill} />}
      {derived && <TrendView t={t} trend={derived.trend} onDrill={openDrill} />}

      {summary && <RuleTrust t={t} rows={summary.trust} />}

      <h2>{t('dashAgentsTitle')}</h2>
      {derived && <AgentTable t={t} lang={lang} table={derived.table} week={shownWeek} selected={agent} onDrill={openDrill} />}

      {summary && derived && <TopicList t={t} lang={lang} week={shownWeek} topics={derived.topics} moments={summary.moments} findings={summary.findings} onDrill={openDrill} />}

      <CountsTable t={t} rows={rows} week={shownWeek} previousWeek={previousWeek} onDrill={openDrill} />

      <ImportPanel t={t} week={shownWeek} imports={data.imports} report={importReport} missing={derived?.missing ?? []} disabled={busy || !settings} onImport={(e) => void onImport(e)} />
      {summary && <WeekAgents t={t} week={shownWeek} summary={summary} onDrill={openDrill} />}

      <DataSafety t={t} retentionWeeks={settings?.retentionWeeks} persisted={data.persisted} disabled={!settings} onDeleteAll={() => void onDeleteAll()} />
    </section>
  );
}
