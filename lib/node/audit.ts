/**
 * The macro audit for leads: reads an export of a helpdesk's macros or canned responses
 * and runs each reply text through the engine (role agent), so a team can clean the
 * templates agents paste every day.
 *
 *   npm run --silent tacto -- audit FILE [--json] [--playbook PLAYBOOK.json] [--now ISO] [--priority P]
 *
 *   FILE ─► parseTemplates (JSON: Zendesk macros, Freshdesk canned responses, plain lists;
 *           CSV: papaparse, title/body-like headers) ─► auditTemplates (analyze) ─► table | JSON
 *
 * Accepted inputs (docs/settings.md has the full list):
 * - Zendesk macros: `{"macros":[{"id","title","actions":[{"field":"comment_value","value":…}]}]}`
 *   (also `{"macro":{…}}` and `comment_value_html`); `value` may be a string or
 *   `["channel:all","text"]`. Macros without a reply text (only field changes) are skipped.
 * - Freshdesk canned responses: `[{"id","title","content","content_html"}]` or
 *   `{"canned_responses":[…]}`; `content` (plain) is preferred over `content_html`.
 * - Any list of `{"title"|"name", "body"|"text"|"content"|"message"|"comment"}`.
 * - CSV with a header row: title-like (title, name, macro, macro name, template…) and
 *   body-like (body, text, content, content_html, comment, comment_value, response,
 *   message…) columns; with no known header, two columns are read as title and body.
 * HTML bodies are reduced to text. Helpdesk placeholders ({{ticket.requester.first_name}})
 * stay as written.
 */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { analyze } from '../analysis';
import { DEFAULT_PLAYBOOK } from '../settings/playbook-default';
import { InputError, loadPlaybookFile, nodeEngineOptions } from './node-engine';
import type { AnalysisContext, Finding, Lang, Playbook, Priority } from '../analysis/types';

export interface Template {
  /** 1-based position in the file (row number for CSV, not counting the header). */
  index: number;
  id?: string;
  title: string;
  body: string;
}

export interface Skipped {
  index: number;
  title?: string;
  reason: string;
}

export interface ParsedTemplates {
  source: 'zendesk-macros' | 'freshdesk-canned-responses' | 'json-list' | 'csv';
  templates: Template[];
  skipped: Skipped[];
}

export interface AuditedTemplate extends Template {
  lang: Lang;
  findings: Finding[];
}

export interface AuditReport {
  format: 'tacto-audit';
  version: 1;
  source: ParsedTemplates['source'];
  summary: { templates: number; withFindings: number; findings: number; byRule: Record<string, number>; skipped: number };
  templates: AuditedTemplate[];
  skipped: Skipped[];
}

const PRIORITIES: Priority[] = ['low', 'normal', 'high', 'urgent'];

// ───────────────────────────── reading ─────────────────────────────

const ENTITIES: Record<string, string> = { nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** HTML to plain text: block ends and <br> become line breaks, tags go, entities decode. */
export function htmlToText(html: string): string {
  return html
    .replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/gi, '')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|div|li|h[1-6]|tr|blockquote)>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&(#x?[0-9a-f]+|[a-z]+);/gi, (m, code: string) => {
      if (code[0] === '#') {
        const n = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
        return Number.isFinite(n) ? String.fromCodePoint(n) : m;
      }
      return ENTITIES[code.toLowerCase()] ?? m;
    })
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

const looksLikeHtml = (s: string) => /<\/?(p|br|div|span|strong|em|b|i|ul|ol|li|a)\b[^>]*>/i.test(s);
const asText = (s: string) => (looksLikeHtml(s) ? htmlToText(s) : s.trim());
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v : typeof v === 'number' ? String(v) : undefined);

/** Zendesk's comment action value: a string, or ["channel:all", "text"]. */
function actionText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) {
    const texts = value.filter((v): v is string => typeof v === 'string' && !/^channel:/.test(v));
    return texts.length ? texts[texts.length - 1] : undefined;
  }
  return undefined;
}

function bodyOf(item: Record<string, unknown>): string | undefined {
  if (Array.isArray(item.actions)) {
    const actions = item.actions.filter(isRecord);
    const plain = actions.find((a) => a.field === 'comment_value');
    const html = actions.find((a) => a.field === 'comment_value_html');
    const text = (plain && actionText(plain.value)) ?? (html && actionText(html.value));
    return text ? asText(text) : undefined;
  }
  for (const key of ['content', 'body', 'text', 'message', 'comment', 'response', 'description']) {
    const v = str(item[key]);
    if (v) return asText(v);
  }
  for (const key of ['content_html', 'body_html', 'html']) {
    const v = str(item[key]);
    if (v) return htmlToText(v);
  }
  return undefined;
}

function fromJson(data: unknown): ParsedTemplates {
  let items: unknown[];
  let source: ParsedTemplates['source'] = 'json-list';
  if (Array.isArray(data)) items = data;
  else if (isRecord(data) && Array.isArray(data.macros)) [items, source] = [data.macros, 'zendesk-macros'];
  else if (isRecord(data) && isRecord(data.macro)) [items, source] = [[data.macro], 'zendesk-macros'];
  else if (isRecord(data) && Array.isArray(data.canned_responses)) [items, source] = [data.canned_responses, 'freshdesk-canned-responses'];
  else if (isRecord(data)) {
    const list = ['responses', 'templates', 'items', 'entries'].map((k) => data[k]).find(Array.isArray);
    items = list ?? [data];
  } else throw new InputError('expected a JSON list of templates, {"macros":[…]} or {"canned_responses":[…]}');
  if (source === 'json-list' && items.some((i) => isRecord(i) && Array.isArray(i.actions))) source = 'zendesk-macros';
  else if (source === 'json-list' && items.some((i) => isRecord(i) && ('content_html' in i || 'folder_id' in i))) source = 'freshdesk-canned-responses';

  const templates: Template[] = [];
  const skipped: Skipped[] = [];
  items.forEach((raw, i) => {
    const index = i + 1;
    if (!isRecord(raw)) return skipped.push({ index, reason: 'not an object' });
    const title = str(raw.title) ?? str(raw.name) ?? str(raw.raw_title) ?? `#${index}`;
    const body = bodyOf(raw);
    if (!body) return skipped.push({ index, title, reason: Array.isArray(raw.actions) ? 'no reply text (the macro only changes fields)' : 'no body text' });
    const t: Template = { index, title: title.trim(), body };
    const id = str(raw.id);
    if (id) t.id = id;
    templates.push(t);
  });
  return { source, templates, skipped };
}

const TITLE_HEADERS = ['title', 'name', 'macro', 'macro name', 'macro title', 'canned response', 'canned response title', 'template', 'template name', 'subject'];
const BODY_HEADERS = ['body', 'text', 'content', 'comment', 'comment value', 'response', 'message', 'reply', 'macro body', 'template body', 'canned response body', 'content html', 'comment value html', 'body html', 'html'];
const ID_HEADERS = ['id', 'macro id', 'template id'];

const headerKey = (h: string) => h.trim().toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

function fromCsv(content: string): ParsedTemplates {
  const parsed = Papa.parse<string[]>(content.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' });
  const rows = parsed.data.filter((r) => Array.isArray(r) && r.some((c) => c.trim() !== ''));
  if (rows.length === 0) throw new InputError('the CSV file is empty');
  const header = rows[0].map(headerKey);
  const find = (names: string[]) => {
    for (const name of names) {
      const at = header.indexOf(name);
      if (at >= 0) return at;
    }
    return -1;
  };
  let titleCol = find(TITLE_HEADERS);
  let bodyCol = find(BODY_HEADERS);
  const idCol = find(ID_HEADERS);
  let dataRows = rows.slice(1);
  if (bodyCol < 0) {
    if (titleCol >= 0 || idCol >= 0 || rows[0].length !== 2) {
      throw new InputError(
        `no body column in the CSV header (${rows[0].join(', ')}); accepted: ${BODY_HEADERS.join(', ')}`,
      );
    }
    // No known header: two columns are title and body, and the first row is data.
    [titleCol, bodyCol, dataRows] = [0, 1, rows];
  }
  const htmlCol = /html/.test(header[bodyCol] ?? '');
  const templates: Template[] = [];
  const skipped: Skipped[] = [];
  dataRows.forEach((row, i) => {
    const index = i + 1;
    const title = (titleCol >= 0 ? row[titleCol]?.trim() : '') || `#${index}`;
    const raw = row[bodyCol] ?? '';
    const body = htmlCol ? htmlToText(raw) : asText(raw);
    if (!body) return skipped.push({ index, title, reason: 'empty body' });
    const t: Template = { index, title, body };
    if (idCol >= 0 && row[idCol]?.trim()) t.id = row[idCol].trim();
    templates.push(t);
  });
  return { source: 'csv', templates, skipped };
}

/** Reads templates from the text of a JSON or CSV export (by content; `name` only hints). */
export function parseTemplates(content: string, name = ''): ParsedTemplates {
  const text = content.replace(/^\uFEFF/, '');
  const trimmed = text.trimStart();
  if (/\.json$/i.test(name) || trimmed.startsWith('{') || trimmed.startsWith('[')) {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (error) {
      if (/\.json$/i.test(name)) throw new InputError(`not valid JSON: ${(error as Error).message}`);
      return fromCsv(text);
    }
    return fromJson(data);
  }
  return fromCsv(text);
}

// ───────────────────────────── auditing ─────────────────────────────

export interface AuditOptions {
  playbook?: Playbook;
  now?: string | Date;
  context?: Partial<AnalysisContext>;
}

export function auditTemplates(parsed: ParsedTemplates, options: AuditOptions = {}): AuditReport {
  const playbook = options.playbook ?? DEFAULT_PLAYBOOK;
  const byRule: Record<string, number> = {};
  const templates = parsed.templates.map((template): AuditedTemplate => {
    const result = analyze({ text: template.body, role: 'agent', now: options.now, context: options.context, playbook }, nodeEngineOptions);
    for (const f of result.findings) byRule[f.rule] = (byRule[f.rule] ?? 0) + 1;
    return { ...template, lang: result.lang, findings: result.findings };
  });
  return {
    format: 'tacto-audit',
    version: 1,
    source: parsed.source,
    summary: {
      templates: templates.length,
      withFindings: templates.filter((t) => t.findings.length).length,
      findings: templates.reduce((n, t) => n + t.findings.length, 0),
      byRule,
      skipped: parsed.skipped.length,
    },
    templates,
    skipped: parsed.skipped,
  };
}

// ───────────────────────────── the table ─────────────────────────────

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.replace(/\s+/g, ' ').trim().split('\n')) {
    let line = '';
    for (const word of paragraph.split(' ')) {
      let w = word;
      while (w.length > width) {
        if (line) lines.push(line);
        lines.push(w.slice(0, width));
        w = w.slice(width);
        line = '';
      }
      if (!line) line = w;
      else if (line.length + 1 + w.length <= width) line += ` ${w}`;
      else {
        lines.push(line);
        line = w;
      }
    }
    lines.push(line);
  }
  return lines.length ? lines : [''];
}

/** A plain-text table: one row per finding (template, rule, quote, first suggestion). */
export function formatTable(report: AuditReport, width = 120): string {
  const cols = [
    { head: 'Template', width: Math.max(16, Math.floor(width * 0.2)) },
    { head: 'Rule', width: 22 },
    { head: 'Quote', width: Math.max(16, Math.floor(width * 0.22)) },
  ];
  const used = cols.reduce((n, c) => n + c.width + 3, 1);
  cols.push({ head: 'Suggestion', width: Math.max(20, width - used - 3) });
  const rule = `+${cols.map((c) => '-'.repeat(c.width + 2)).join('+')}+`;
  const row = (cells: string[]) => {
    const wrapped = cells.map((cell, i) => wrap(cell, cols[i].width));
    const height = Math.max(...wrapped.map((w) => w.length));
    const out: string[] = [];
    for (let l = 0; l < height; l++) out.push(`| ${wrapped.map((w, i) => (w[l] ?? '').padEnd(cols[i].width)).join(' | ')} |`);
    return out.join('\n');
  };
  const lines = [rule, row(cols.map((c) => c.head)), rule];
  for (const t of report.templates) {
    for (const f of t.findings) {
      const suggestion = f.suggestions[0] ?? f.message;
      const alternatives = f.alternatives.length ? ` (playbook: ${f.alternatives.map((a) => a.title).join('; ')})` : '';
      lines.push(row([`${t.index}. ${t.title}`, f.rule, `«${f.quote}»`, suggestion + alternatives]), rule);
    }
  }
  const s = report.summary;
  const summary = [
    `${s.templates} template${s.templates === 1 ? '' : 's'} audited, ${s.findings} finding${s.findings === 1 ? '' : 's'} in ${s.withFindings}.`,
    ...Object.entries(s.byRule).map(([r, n]) => `  ${r}: ${n}`),
    ...report.skipped.map((k) => `skipped ${k.index}${k.title ? ` (${k.title})` : ''}: ${k.reason}`),
  ];
  return (s.findings ? `${lines.join('\n')}\n` : '') + summary.join('\n') + '\n';
}

// ───────────────────────────── the command ─────────────────────────────

export const AUDIT_USAGE = 'tacto audit FILE [--json] [--playbook PLAYBOOK.json] [--now ISO] [--priority low|normal|high|urgent]   audit macros / canned responses (JSON or CSV)';

/** `tacto audit …`: returns the exit code (0 = audited, findings or not). Usage errors throw InputError. */
export function auditCommand(args: string[], write: (s: string) => void = (s) => process.stdout.write(s)): number {
  let json = false;
  let file: string | undefined;
  const options: AuditOptions = {};
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const value = () => {
      const v = args[++i];
      if (v === undefined) throw new InputError(`${a} needs a value`);
      return v;
    };
    if (a === '--json') json = true;
    else if (a === '--playbook') options.playbook = loadPlaybookFile(value());
    else if (a === '--now') {
      const now = value();
      if (Number.isNaN(Date.parse(now))) throw new InputError('--now must be an ISO 8601 date-time');
      options.now = now;
    } else if (a === '--priority') {
      const p = value() as Priority;
      if (!PRIORITIES.includes(p)) throw new InputError(`--priority must be one of ${PRIORITIES.join(', ')}`);
      options.context = { ...options.context, priority: p };
    } else if (a.startsWith('--')) throw new InputError(`unknown option ${a}`);
    else if (file === undefined) file = a;
    else throw new InputError('audit takes exactly one FILE');
  }
  if (!file) throw new InputError('audit needs a FILE (a JSON or CSV export of macros or canned responses; - reads stdin)');
  let content: string;
  try {
    content = readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (error) {
    throw new InputError(`cannot read ${file}: ${(error as Error).message}`);
  }
  const report = auditTemplates(parseTemplates(content, file), options);
  write(json ? `${JSON.stringify(report, null, 2)}\n` : formatTable(report, Math.min(160, Math.max(80, process.stdout.columns ?? 120))));
  return 0;
}
