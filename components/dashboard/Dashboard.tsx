/**
 * The team lead's weekly view of difficult moments (options page): the state and the data
 * loading; each part is its own component fed by props (WeekControls, TrendView, WeekCharts,
 * AgentTable, TopicList, CountsTable, TicketList, ImportPanel, DataSafety). It opens on the
 * latest week with events; the trend covers the last TREND_WEEKS weeks; any number, bar or
 * topic lists its tickets. Data comes through a LogSource (lib/log/source.ts); the numbers
 * come from pure functions in lib/log (team.ts, report.ts, summary.ts).
 *
 * Test hooks (ui.md): select[name="week"], select[name="format"], [data-action="export"],
 * input[type="file"][name="import"], errors in [role="alert"]. Also select[name="agent"],
 * [data-action="delete-all"] / [data-action="confirm-delete"], and `data-state` on the root
 * ("loading" | "ready") with `data-week` and `data-events` once a week is shown.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ImportRecord, StoredEvent } from '@/lib/log/db';
import type { Translate } from '@/lib/coach/i18n';
import { buildExport, MIME, type ExportFormat } from '@/lib/log/export';
import type { StorageProblem } from '@/lib/log/health';
import type { RollCallLine } from '@/lib/log/import';
import type { DashboardSettings, FileLike, LogSource } from '@/lib/log/source';
import { weekViewFrom, type WeekView } from '@/lib/log/store';
import { compare } from '@/lib/log/summary';
import { agentTable, eventMatcher, headline, mergedTopics, missingAgents, ticketsFor, weeklyTrend, weeksEnding } from '@/lib/log/team';
import { HOSTED_HELPDESKS } from '@/lib/helpdesk/sites';
import { EMPTY_TICKET_HOSTS, type TicketHosts } from '@/lib/log/ticket-links';
import { shiftWeek } from '@/lib/log/week';
import { createWeekCache } from '@/lib/log/week-cache';
import { AgentTable } from './AgentTable';
import { CountsTable } from './CountsTable';
import { DataSafety } from './DataSafety';
import { DrillButton, type Drill } from './drill';
import { ImportPanel, rollCallSummary, type ImportReport } from './ImportPanel';
import { importErrorMessage, storageMessage } from './messages';
import { TicketList } from './TicketList';
import { TopicList } from './TopicList';
import { Headline, TrendView } from './TrendView';
import { WeekCharts } from './WeekCharts';
import { WeekControls } from './WeekControls';
import { RuleTrust } from './RuleTrust';
import './dashboard.css';

/** Weeks the trend covers (and the longest export range). */
export const TREND_WEEKS = 12;
/** Alerts shown unfolded. */
const ALERTS_SHOWN = 3;
interface Props {
  t: Translate;
  lang: 'es' | 'en';
  /** A source ready to read (tests pass a fake)… */
  source?: LogSource;
  /** …or how to get one: the options page passes the extension's database, loaded on first show. */
  loadSource?: () => Promise<LogSource>;
}

export function Dashboard({ t, lang, source: given, loadSource }: Props) {
  const [source, setSource] = useState<LogSource | undefined>(given);
  const [settings, setSettings] = useState<DashboardSettings | undefined>();
  const [weeks, setWeeks] = useState<string[]>([]);
  const [week, setWeek] = useState<string>('');
  const [agentList, setAgentList] = useState<string[]>([]);
  const [agent, setAgent] = useState('');
  const [view, setView] = useState<WeekView | undefined>();
  /** All agents' events over the trend's weeks ending with `week` (read after the week itself is on screen). */
  const [range, setRangeData] = useState<{ week: string; events: StoredEvent[] } | undefined>();
  const [imports, setImports] = useState<ImportRecord[]>([]);
  const [format, setFormat] = useState<ExportFormat>('json');
  const [exportWeeks, setExportWeeks] = useState(1);
  const [drill, setDrill] = useState<Drill | null>(null);
  const [hosts, setHosts] = useState<TicketHosts>(EMPTY_TICKET_HOSTS);
  const [importReport, setImportReport] = useState<ImportReport | null>(null);
  const [alert, setAlert] = useState<string[]>([]);
  const [status, setStatus] = useState('');
  const [problem, setProblem] = useState<StorageProblem | null>(null);
  const [persisted, setPersisted] = useState<boolean | null | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const loadStarted = useRef(0);
  const trendStarted = useRef(0);
  const root = useRef<HTMLElement>(null);
  // Weeks already read for the trend; a switch reads only the weeks it lacks.
  const weekCache = useMemo(() => (source ? createWeekCache((last, count) => source.loadRange(last, count), () => source.now()) : undefined), [source]);

  useEffect(() => {
    if (!source && loadSource) loadSource().then(setSource, (error: unknown) => setAlert([storageMessage(t, error)]));
  }, [source]);

  /** Reloads what depends on the whole log (weeks, agents, team files). */
  const refreshLog = useCallback(async (src: LogSource, retention: number) => {
    const [w, a, i] = await Promise.all([src.weekOptions(retention), src.agents(), src.imports()]);
    setWeeks(w);
    setAgentList(a);
    setImports(i);
  }, []);

  // Start: settings, retention pass, persistence, the background's storage problems; then the latest week with events.
  useEffect(() => {
    if (!source) return;
    let cancelled = false;
    (async () => {
      try {
        const s = await source.settings();
        if (cancelled) return;
        setSettings(s);
        setHosts(s.ticketHosts ?? EMPTY_TICKET_HOSTS);
        await source.prune();
        await refreshLog(source, s.retentionWeeks);
        const latest = await source.latestWeek();
        if (!cancelled) setWeek((current) => current || latest);
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
    if (!source || !weekCache || !week) return;
    const started = performance.now();
    loadStarted.current = started;
    try {
      // First the week and the one before (what the week's charts need), then the rest of the
      // trend's weeks; weeks read once are kept (lib/log/week-cache.ts), so a switch reads one.
      const near = await weekCache.range(week, 2);
      root.current?.setAttribute('data-query-ms', (performance.now() - started).toFixed(1));
      setView(weekViewFrom(week, near, agent || undefined));
      const events = await weekCache.range(week, TREND_WEEKS);
      setRangeData({ week, events });
      trendStarted.current = started;
    } catch (error) {
      setAlert([storageMessage(t, error)]);
    }
  }, [source, weekCache, week, agent]);

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

  const rangeEvents = range && view && range.week === view.week ? range.events : undefined;
  const summary = view?.summary;
  const previous = view?.previous;
  const shownWeek = view?.week ?? week;
  const previousWeek = shownWeek ? shiftWeek(shownWeek, -1) : '';

  // The aggregation (pure, lib/log/team.ts), timed for the bench as data-aggregate-ms.
  const derived = useMemo(() => {
    if (!view || !rangeEvents) return undefined;
    const started = performance.now();
    const scoped = agent ? rangeEvents.filter((e) => e.agent === agent) : rangeEvents;
    const trend = weeklyTrend(weeksEnding(view.week, TREND_WEEKS), scoped);
    const weekAll = rangeEvents.filter(eventMatcher({ week: view.week }));
    const table = agentTable(weekAll);
    const topics = mergedTopics(view.events);
    const items = headline(trend, view.events);
    const missing = missingAgents([...agentList, ...imports.map((i) => i.agent)], table.rows.map((r) => r.agent));
    return { scoped, trend, table, topics, items, missing, ms: performance.now() - started };
  }, [view, rangeEvents, agent, agentList, imports]);

  useEffect(() => {
    if (!derived) return;
    root.current?.setAttribute('data-aggregate-ms', derived.ms.toFixed(1));
    if (trendStarted.current) root.current?.setAttribute('data-trend-ms', (performance.now() - trendStarted.current).toFixed(1));
    trendStarted.current = 0;
  }, [derived]);

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
    setHosts(merged);
    source?.saveTicketHosts(next).then(() => setStatus(t('dashHostSaved')), (error: unknown) => setAlert([storageMessage(t, error)]));
  };

  const dismissProblem = () => {
    setProblem(null);
    source?.clearStorageProblem().catch(() => {});
  };

  const alerts = [...alert, ...(problem ? [t(problem.quota ? 'dashErrBackgroundFull' : 'dashErrBackground', new Date(problem.at).toLocaleString(lang), problem.message)] : [])];

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
      <div class="dash-alert" role="alert" hidden={alerts.length === 0}>
        {/* Many refused files stay short too: the first few, the rest folded. */}
        {alerts.slice(0, ALERTS_SHOWN).map((message) => (
          <p key={message}>{message}</p>
        ))}
        {alerts.length > ALERTS_SHOWN && (
          <details>
            <summary>{t('dashAlertMore', String(alerts.length - ALERTS_SHOWN))}</summary>
            {alerts.slice(ALERTS_SHOWN).map((message) => (
              <p key={message}>{message}</p>
            ))}
          </details>
        )}
        {problem && (
          <button type="button" data-action="dismiss-problem" onClick={dismissProblem}>
            {t('dashDismiss')}
          </button>
        )}
      </div>
      <p class="dash-status" role="status">
        {status}
      </p>

      <WeekControls
        t={t}
        lang={lang}
        weeks={weeks}
        week={week}
        agents={agentList}
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

      {summary && (
        <p class="dash-totals">
          {summary.events > 0 ? (
            <DrillButton drill={{ filter: { week: shownWeek }, title: `${t('dashTotal')} · ${shownWeek}` }} onDrill={openDrill}>
              {t('dashReportTotals', String(summary.events), String(summary.tickets))}
            </DrillButton>
          ) : (
            t('dashReportTotals', '0', '0')
          )}
        </p>
      )}
      {summary && summary.events === 0 && <p class="dash-empty">{t('dashEmpty')}</p>}
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

      <ImportPanel t={t} week={shownWeek} imports={imports} report={importReport} missing={derived?.missing ?? []} disabled={busy || !settings} onImport={(e) => void onImport(e)} />
      {summary && summary.agents.length > 0 && (
        <p class="dash-agents">
          {t('dashAgents')}:{' '}
          {summary.agents.map((a, i) => (
            <span key={a.agent}>
              {i > 0 ? ', ' : ''}
              <DrillButton drill={{ filter: { week: shownWeek, agent: a.agent }, title: `${a.agent} · ${shownWeek}` }} onDrill={openDrill}>
                {`${a.agent} (${a.events})`}
              </DrillButton>
            </span>
          ))}
        </p>
      )}

      <DataSafety t={t} retentionWeeks={settings?.retentionWeeks} persisted={persisted} disabled={!settings} onDeleteAll={() => void onDeleteAll()} />
    </section>
  );
}
