/**
 * The dashboard's data: the log source (given, or loaded on first show), the lead's settings,
 * the weeks, agents and team files the log holds, the week on screen and its trend's weeks
 * (read once and kept: lib/log/week-cache.ts), and what is derived from them
 * (lib/log/team-week.ts). Timings for the bench go on the root element as `data-query-ms`,
 * `data-render-ms`, `data-aggregate-ms` and `data-trend-ms`.
 */
import type { RefObject } from 'preact';
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Translate } from '@/lib/coach/i18n';
import type { ImportRecord, StoredEvent } from '@/lib/log/db';
import type { StorageProblem } from '@/lib/log/health';
import type { DashboardSettings, LogSource } from '@/lib/log/source';
import { weekViewFrom, type WeekView } from '@/lib/log/store';
import { teamWeek, TREND_WEEKS, type TeamWeek } from '@/lib/log/team-week';
import { EMPTY_TICKET_HOSTS, type TicketHosts } from '@/lib/log/ticket-links';
import { createWeekCache } from '@/lib/log/week-cache';
import { storageMessage } from './messages';

interface Options {
  t: Translate;
  /** A source ready to read (tests pass a fake)… */
  source?: LogSource;
  /** …or how to get one, on first show. */
  loadSource?: () => Promise<LogSource>;
  /** The chosen agent ('' for the team): narrows the week and the trend. */
  agent: string;
  /** The dashboard's root, which carries the timings. */
  root: RefObject<HTMLElement | null>;
  /** A read failed: what to show in the dashboard's alert. */
  onError(message: string): void;
}

export function useWeekData({ t, source: given, loadSource, agent, root, onError }: Options) {
  const [source, setSource] = useState<LogSource | undefined>(given);
  const [settings, setSettings] = useState<DashboardSettings | undefined>();
  const [weeks, setWeeks] = useState<string[]>([]);
  const [week, setWeek] = useState<string>('');
  const [agentList, setAgentList] = useState<string[]>([]);
  const [view, setView] = useState<WeekView | undefined>();
  /** All agents' events over the trend's weeks ending with `week` (read after the week itself is on screen). */
  const [range, setRangeData] = useState<{ week: string; events: StoredEvent[] } | undefined>();
  const [imports, setImports] = useState<ImportRecord[]>([]);
  const [hosts, setHosts] = useState<TicketHosts>(EMPTY_TICKET_HOSTS);
  const [problem, setProblem] = useState<StorageProblem | null>(null);
  const [persisted, setPersisted] = useState<boolean | null | undefined>(undefined);
  const loadStarted = useRef(0);
  const trendStarted = useRef(0);
  // Weeks already read for the trend; a switch reads only the weeks it lacks.
  const weekCache = useMemo(() => (source ? createWeekCache((last, count) => source.loadRange(last, count), () => source.now()) : undefined), [source]);

  useEffect(() => {
    if (!source && loadSource) loadSource().then(setSource, (error: unknown) => onError(storageMessage(t, error)));
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
        onError(storageMessage(t, error));
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
      onError(storageMessage(t, error));
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

  // The aggregation (pure, lib/log/team-week.ts), timed for the bench as data-aggregate-ms.
  const derived = useMemo((): (TeamWeek & { ms: number }) | undefined => {
    if (!view || !rangeEvents) return undefined;
    const started = performance.now();
    const figures = teamWeek(view, rangeEvents, agent, [...agentList, ...imports.map((i) => i.agent)]);
    return { ...figures, ms: performance.now() - started };
  }, [view, rangeEvents, agent, agentList, imports]);

  useEffect(() => {
    if (!derived) return;
    root.current?.setAttribute('data-aggregate-ms', derived.ms.toFixed(1));
    if (trendStarted.current) root.current?.setAttribute('data-trend-ms', (performance.now() - trendStarted.current).toFixed(1));
    trendStarted.current = 0;
  }, [derived]);

  const dismissProblem = () => {
    setProblem(null);
    source?.clearStorageProblem().catch(() => {});
  };

  return {
    source, settings, weeks, week, setWeek, agentList, imports, view, rangeEvents, derived, weekCache,
    hosts, setHosts, problem, dismissProblem, persisted, refreshLog, reload,
  };
}
