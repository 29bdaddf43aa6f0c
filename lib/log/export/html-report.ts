/**
 * The printable HTML report (ui.md, "The difficult-moment log"): a self-contained page whose
 * charts are inline SVG (no scripts, no network, prints as is). For the same input it is the
 * same bytes (tests/log/export/html-report.test.ts).
 */
import { MOMENT_IDS, RULE_IDS } from '../../analysis/types';
import type { Translate } from '../../coach/i18n';
import type { LogEvent } from '../messaging';
import { actionLabel, momentLabel, MOMENT_COLORS, ruleLabel, RULE_COLORS } from '../labels';
import { headlineText, shortWeek, weekDates, type TeamReport } from '../report';
import { compare, type WeekSummary } from '../summary';
import { AGENT_COLUMNS, mergedTopics } from '../team';
import { topicName } from '../topic-map';

/** The alias settings start with (lib/settings/defaults.ts). */
const DEFAULT_ALIAS = 'agent';

const escapeHtml = (value: string | number) =>
  String(value).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

interface Series {
  label: string;
  color: string;
  values: number[];
}

/** A stacked bar chart as inline SVG, with a legend; empty series are left out. */
export function svgStackedBars(title: string, labels: string[], series: Series[]): string {
  const shown = series.filter((s) => s.values.some((v) => v > 0));
  const width = 640;
  const height = 220;
  const left = 36;
  const bottom = 28;
  const top = 12;
  const totals = labels.map((_, i) => shown.reduce((n, s) => n + s.values[i], 0));
  const max = Math.max(1, ...totals);
  const step = Math.pow(10, Math.floor(Math.log10(max)));
  const tick = max / step > 5 ? step * 2 : step;
  const plotH = height - bottom - top;
  const barW = ((width - left) / labels.length) * 0.6;
  const y = (v: number) => top + plotH - (v / max) * plotH;
  const parts: string[] = [];
  for (let v = 0; v <= max; v += tick) {
    parts.push(`<line x1="${left}" x2="${width}" y1="${y(v).toFixed(1)}" y2="${y(v).toFixed(1)}" stroke="#e2e8f0"/>`);
    parts.push(`<text x="${left - 4}" y="${(y(v) + 4).toFixed(1)}" text-anchor="end" font-size="10" fill="#52606d">${v}</text>`);
  }
  labels.forEach((label, i) => {
    const x = left + ((width - left) / labels.length) * (i + 0.2);
    let base = 0;
    for (const s of shown) {
      const v = s.values[i];
      if (v > 0) {
        parts.push(`<rect x="${x.toFixed(1)}" y="${y(base + v).toFixed(1)}" width="${barW.toFixed(1)}" height="${(y(base) - y(base + v)).toFixed(1)}" fill="${s.color}"><title>${escapeHtml(`${s.label}: ${v}`)}</title></rect>`);
      }
      base += v;
    }
    parts.push(`<text x="${(x + barW / 2).toFixed(1)}" y="${height - 10}" text-anchor="middle" font-size="11" fill="#1f2933">${escapeHtml(label)}</text>`);
  });
  const legend = shown
    .map((s) => `<span class="key"><i style="background:${s.color}"></i>${escapeHtml(s.label)}</span>`)
    .join(' ');
  return `<figure><figcaption>${escapeHtml(title)}</figcaption><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="100%" role="img" aria-label="${escapeHtml(title)}">${parts.join('')}</svg><div class="legend">${legend}</div></figure>`;
}

export function dayLabels(days: string[], lang: string): string[] {
  const format = new Intl.DateTimeFormat(lang, { weekday: 'short', day: 'numeric' });
  return days.map((d) => {
    const [y, m, day] = d.split('-').map(Number);
    return format.format(new Date(y, m - 1, day));
  });
}

/** The printable report: self-contained (inline CSS and SVG, no script, no external resource), A4 or Letter. */
export function toHtml(args: {
  week: string;
  agent: string;
  generatedAt: string;
  summary: WeekSummary;
  previous: WeekSummary;
  /** Headline, trend and per-agent table; without it the report shows the week alone. */
  report?: TeamReport;
  team?: string;
  t: Translate;
  lang: 'es' | 'en';
}): string {
  const { week, summary, previous, report, t, lang } = args;
  const team = args.team ?? report?.team ?? '';
  const labels = dayLabels(summary.days, lang);
  const momentsChart = svgStackedBars(
    t('dashMomentsPerDay'),
    labels,
    MOMENT_IDS.map((id) => ({ label: momentLabel(t, id), color: MOMENT_COLORS[id], values: summary.momentsPerDay[id] })),
  );
  const findingsChart = svgStackedBars(
    t('dashFindingsPerDay'),
    labels,
    RULE_IDS.map((id) => ({ label: ruleLabel(t, id), color: RULE_COLORS[id], values: summary.findingsPerDay[id] })),
  );
  const trendCharts = report
    ? svgStackedBars(t('dashTrendMoments'), report.trend.weeks.map(shortWeek), MOMENT_IDS.map((id) => ({ label: momentLabel(t, id), color: MOMENT_COLORS[id], values: report.trend.moments[id] }))) +
      svgStackedBars(t('dashTrendFindings'), report.trend.weeks.map(shortWeek), RULE_IDS.map((id) => ({ label: ruleLabel(t, id), color: RULE_COLORS[id], values: report.trend.findings[id] })))
    : '';
  const name = (row: { kind: string; id: string }) =>
    row.kind === 'moment' ? momentLabel(t, row.id) : row.kind === 'finding' ? ruleLabel(t, row.id) : row.kind === 'action' ? actionLabel(t, row.id) : t('dashTotal');
  const change = (row: { change: number; percent: number | null }) =>
    `${row.change > 0 ? '+' : ''}${row.change}${row.percent === null ? '' : ` (${row.percent > 0 ? '+' : ''}${row.percent} %)`}`;
  // Rows with nothing in either week say nothing: left out.
  const rows = compare(summary, previous)
    .filter((row) => row.current > 0 || row.previous > 0)
    .map((row) => `<tr class="${row.kind}"><th scope="row">${escapeHtml(name(row))}</th><td>${row.current}</td><td>${row.previous}</td><td>${escapeHtml(change(row))}</td></tr>`)
    .join('');
  // Without a report, the summary's per-language topics are merged here.
  const weekTopics = report?.topics ?? mergedTopics(MOMENT_IDS.flatMap((id) => summary.topics[id].flatMap((x) => Array.from({ length: x.count }, () => ({ kind: 'moment', type: id, topic: x.topic }) as LogEvent))));
  const topics = MOMENT_IDS.filter((id) => summary.moments[id] > 0)
    .map((id) => `<li><strong>${escapeHtml(momentLabel(t, id))}</strong> — ${topicList(id)}</li>`)
    .join('');
  function topicList(id: (typeof MOMENT_IDS)[number]): string {
    const list = weekTopics.moments[id].map((x) => `${escapeHtml(topicName(x.key, lang))} (${x.count})`).join(', ');
    return list || escapeHtml(t('dashNoTopic'));
  }
  const guard = summary.guard;
  const percent = (n: number | null) => (n === null ? '–' : `${n} %`);
  const trustRows = summary.trust
    .map((r) => `<tr data-rule="${escapeHtml(r.rule)}"><th scope="row">${escapeHtml(ruleLabel(t, r.rule))}</th><td>${r.acted}</td><td>${r.applied}</td><td>${r.revised}</td><td>${r.dismissed}</td><td>${percent(r.dismissedPercent)}</td></tr>`)
    .join('');
  const headline = report ? headlineText(t, lang, report.headline) : [];
  const agentRows = report
    ? report.agents.rows
        .map((row) => `<tr><th scope="row">${escapeHtml(row.agent)}</th>${AGENT_COLUMNS.map((c) => `<td>${row.counts[c]}</td>`).join('')}</tr>`)
        .join('') +
      `<tr class="total"><th scope="row">${escapeHtml(t('dashTeamAverage'))}</th>${AGENT_COLUMNS.map((c) => `<td>${report.agents.average[c].toLocaleString(lang)}</td>`).join('')}</tr>`
    : '';
  const agentTableHtml = report && report.agents.rows.length
    ? `<table class="agents"><thead><tr><th scope="col">${escapeHtml(t('dashAgent'))}</th>${AGENT_COLUMNS.map((c) => `<th scope="col">${escapeHtml(t(agentColumnKey(c)))}</th>`).join('')}</tr></thead><tbody>${agentRows}</tbody></table>`
    : summary.agents.length
      ? `<ul>${summary.agents.map((a) => `<li>${escapeHtml(a.agent)}: ${a.events}</li>`).join('')}</ul>`
      : `<p>${escapeHtml(t('dashEmpty'))}</p>`;
  const title = t('dashReportTitle', week);
  // The settings' default alias names nobody: the report then says only when it was made.
  const when = new Date(args.generatedAt).toLocaleString(lang);
  const generated = args.agent && args.agent !== DEFAULT_ALIAS ? t('dashReportGenerated', when, args.agent) : t('dashReportGeneratedAt', when);
  const dates = weekDates(week, lang);
  return `<!doctype html>
<html lang="${escapeHtml(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Tacto">
<title>${escapeHtml(`${title} (${dates})`)}</title>
<style>
body{font:13px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1f2933;max-width:900px;margin:24px auto;padding:0 16px;-webkit-print-color-adjust:exact;print-color-adjust:exact}
h1{font-size:20px;margin:0 0 4px}h2{font-size:15px;margin:20px 0 6px;break-after:avoid}
.meta{color:#52606d;margin:0 0 12px}
.headline{font-size:15px;border-left:4px solid #0072B2;padding:4px 10px;margin:12px 0;background:#f5f8fa}
.headline li{margin:2px 0}
figure{margin:12px 0;break-inside:avoid}figcaption{font-weight:600;margin-bottom:4px}svg{max-width:100%;height:auto}
.legend{display:flex;flex-wrap:wrap;gap:4px 12px;font-size:11px}.key i{display:inline-block;width:10px;height:10px;margin-right:4px;vertical-align:-1px;border:1px solid #1f2933}
table{border-collapse:collapse;width:100%;break-inside:avoid}th,td{border-bottom:1px solid #e2e8f0;padding:3px 8px;text-align:right}th[scope=row],thead th:first-child{text-align:left}
thead th{font-weight:600;vertical-align:bottom}
tr.total th,tr.total td{font-weight:700;border-top:2px solid #1f2933}
@page{size:auto;margin:14mm}
@media print{body{margin:0;max-width:none;padding:0;font-size:11px}.headline{background:none}}
</style>
</head>
<body>
<h1>${escapeHtml(title)}</h1>
<p class="meta" data-report="dates">${escapeHtml(t('dashReportWeekDates', dates))} · ${escapeHtml(team ? t('dashReportTeam', team) : t('dashReportNoTeam'))}</p>
<p class="meta">${escapeHtml(generated)} · ${escapeHtml(t('dashReportTotals', String(summary.events), String(summary.tickets)))}</p>
${report ? `<section class="headline" data-report="headline"><strong>${escapeHtml(t('dashHeadline'))}</strong><ul>${headline.length ? headline.map((h) => `<li>${escapeHtml(h)}</li>`).join('') : `<li>${escapeHtml(t('dashHeadlineNone'))}</li>`}</ul></section>` : ''}
${trendCharts ? `<h2>${escapeHtml(t('dashTrend', String(report!.trend.weeks.length)))}</h2>${trendCharts}` : ''}
<h2>${escapeHtml(t('dashAgentsTitle'))}</h2>
${agentTableHtml}
<h2>${escapeHtml(t('dashTrust'))}</h2>
<table class="trust"><thead><tr><th></th><th>${escapeHtml(t('dashTrustActed'))}</th><th>${escapeHtml(t('dashTrustApplied'))}</th><th>${escapeHtml(t('dashTrustRevised'))}</th><th>${escapeHtml(t('dashTrustDismissed'))}</th><th>${escapeHtml(t('dashTrustDismissedShare'))}</th></tr></thead><tbody>${trustRows}</tbody></table>
<h2>${escapeHtml(t('dashCounts'))}</h2>
${rows ? `<table class="counts"><thead><tr><th></th><th>${escapeHtml(t('dashColThisWeek'))}</th><th>${escapeHtml(t('dashColPreviousWeek'))}</th><th>${escapeHtml(t('dashColChange'))}</th></tr></thead><tbody>${rows}</tbody></table>` : `<p>${escapeHtml(t('dashEmpty'))}</p>`}
<h2>${escapeHtml(t('dashTopics'))}</h2>
<ul>${topics || `<li>${escapeHtml(t('dashEmpty'))}</li>`}</ul>
<h2>${escapeHtml(t('dashGuard'))}</h2>
<ul><li>${escapeHtml(t('dashGuardRevised'))}: ${guard.revised}</li><li>${escapeHtml(t('dashGuardApplied'))}: ${guard.applied}</li><li>${escapeHtml(t('dashGuardSentAnyway'))}: ${guard.sentAnyway}</li></ul>
${momentsChart}
${findingsChart}
</body>
</html>
`;
}

/** Message key of a per-agent column's heading. */
export function agentColumnKey(column: (typeof AGENT_COLUMNS)[number]): string {
  return column === 'moments' ? 'dashColMoments' : column === 'dismissed' ? 'dashColDismissed' : `dashAction_${column.replace(/-/g, '_')}`;
}
