/**
 * Reading a helpdesk's export of macros or canned responses into plain templates
 * (title + reply text) for the macro audit; the accepted inputs are listed in
 * ./audit-command.ts and docs/settings.md.
 */
import Papa from 'papaparse';
import { InputError } from './node-engine';
import { isRecord } from '../settings/problems';

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
