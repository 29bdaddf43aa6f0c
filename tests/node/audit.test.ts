/**
 * Macro audit: reading Zendesk macro exports, Freshdesk canned responses, plain JSON lists
 * and CSV with title/body-like headers; the report and its table; the command's options.
 */
import { describe, expect, it } from 'vitest';
import { auditCommand } from '@/lib/node/audit-command';
import { formatTable } from '@/lib/node/audit-table';
import { htmlToText, parseTemplates } from '@/lib/node/audit-templates';
import { auditTemplates } from '@/lib/node/audit';
import { InputError } from '@/lib/node/node-engine';

const ZENDESK = JSON.stringify({
  macros: [
    { id: 360001, title: 'Archivo grande', active: true, actions: [{ field: 'status', value: 'pending' }, { field: 'comment_value', value: 'No es posible, no aceptamos archivos de más de 10MB.' }] },
    { id: 360002, title: 'HTML only', actions: [{ field: 'comment_value_html', value: '<p>Hola,</p><p>Gracias por escribirnos &amp; por tu paciencia.</p>' }] },
    { id: 360003, title: 'Solo estado', actions: [{ field: 'status', value: 'solved' }] },
    { id: 360004, title: 'Array value', actions: [{ field: 'comment_value', value: ['channel:all', 'Le garantizo que no volverá a pasar.'] }] },
  ],
  next_page: null,
  count: 4,
});

const FRESHDESK = JSON.stringify([
  { id: 9001, title: 'Refund', folder_id: 3, content: "We can't refund your order.", content_html: "<div>We can't refund your order.</div>" },
  { id: 9002, title: 'Html only', folder_id: 3, content_html: '<div>Thanks for your patience.<br>We are on it.</div>' },
]);

describe('parseTemplates', () => {
  it('reads a Zendesk macro export (comment_value, comment_value_html, array values) and skips field-only macros', () => {
    const parsed = parseTemplates(ZENDESK, 'macros.json');
    expect(parsed.source).toBe('zendesk-macros');
    expect(parsed.templates).toEqual([
      { index: 1, id: '360001', title: 'Archivo grande', body: 'No es posible, no aceptamos archivos de más de 10MB.' },
      { index: 2, id: '360002', title: 'HTML only', body: 'Hola,\nGracias por escribirnos & por tu paciencia.' },
      { index: 4, id: '360004', title: 'Array value', body: 'Le garantizo que no volverá a pasar.' },
    ]);
    expect(parsed.skipped).toEqual([{ index: 3, title: 'Solo estado', reason: 'no reply text (the macro only changes fields)' }]);
  });

  it('reads a single Zendesk macro ({"macro":{…}})', () => {
    const parsed = parseTemplates(JSON.stringify({ macro: { title: 'One', actions: [{ field: 'comment_value', value: 'Hola' }] } }));
    expect(parsed.templates).toEqual([{ index: 1, title: 'One', body: 'Hola' }]);
  });

  it('reads Freshdesk canned responses (content first, else content_html), as a list or wrapped', () => {
    for (const text of [FRESHDESK, JSON.stringify({ canned_responses: JSON.parse(FRESHDESK) })]) {
      const parsed = parseTemplates(text);
      expect(parsed.source).toBe('freshdesk-canned-responses');
      expect(parsed.templates.map((t) => t.body)).toEqual(["We can't refund your order.", 'Thanks for your patience.\nWe are on it.']);
    }
  });

  it('reads a plain JSON list with name/body', () => {
    const parsed = parseTemplates(JSON.stringify([{ name: 'A', body: 'Texto A' }, { title: 'B', text: 'Text B' }, { title: 'C' }]));
    expect(parsed.templates.map((t) => [t.title, t.body])).toEqual([['A', 'Texto A'], ['B', 'Text B']]);
    expect(parsed.skipped).toEqual([{ index: 3, title: 'C', reason: 'no body text' }]);
  });

  it('reads CSV with title/body-like headers, quoted newlines and a BOM', () => {
    const csv = '\uFEFFMacro ID,Macro Name,Comment Value\n1,"Retraso","Hola,\nmañana lo tienes."\n2,Vacía,\n';
    const parsed = parseTemplates(csv, 'macros.csv');
    expect(parsed.source).toBe('csv');
    expect(parsed.templates).toEqual([{ index: 1, id: '1', title: 'Retraso', body: 'Hola,\nmañana lo tienes.' }]);
    expect(parsed.skipped).toEqual([{ index: 2, title: 'Vacía', reason: 'empty body' }]);
  });

  it('reads Freshdesk-like CSV (title, content_html)', () => {
    const parsed = parseTemplates('title,content_html\nRefund,"<p>We can&#39;t refund it.</p>"\n');
    expect(parsed.templates[0]).toMatchObject({ title: 'Refund', body: "We can't refund it." });
  });

  it('reads headerless two-column CSV as title, body', () => {
    const parsed = parseTemplates('Saludo,Hola y gracias\nCierre,Quedo atenta\n');
    expect(parsed.templates.map((t) => t.title)).toEqual(['Saludo', 'Cierre']);
  });

  it('says which columns it accepts when it finds no body column', () => {
    expect(() => parseTemplates('id,name,colour\n1,a,red\n')).toThrow(/no body column.*accepted: body, text, content/);
    expect(() => parseTemplates('', 'x.csv')).toThrow(InputError);
    expect(() => parseTemplates('{oops', 'x.json')).toThrow(/not valid JSON/);
  });

  it('reduces HTML to text', () => {
    expect(htmlToText('<p>Uno<br/>dos</p><ul><li>tres</li></ul>&nbsp;&eacute;&#233;&#xE9;')).toBe('Uno\ndos\ntres\n &eacute;éé');
  });
});

describe('auditTemplates and the table', () => {
  const report = auditTemplates(parseTemplates(ZENDESK), { now: '2026-11-18T10:00:00-05:00', context: { timezone: 'America/Lima' } });

  it('finds the problems of each template with suggestions, and playbook alternatives for refusals', () => {
    expect(report.summary.templates).toBe(3);
    expect(report.summary.skipped).toBe(1);
    const byTitle = Object.fromEntries(report.templates.map((t) => [t.title, t]));
    const refusal = byTitle['Archivo grande'].findings.find((f) => f.rule === 'flat-refusal');
    expect(refusal?.suggestions.length).toBeGreaterThan(0);
    expect(refusal?.alternatives[0]?.id).toBe('es-adjuntos-grandes');
    expect(byTitle['Array value'].findings.map((f) => f.rule)).toContain('overpromise');
    expect(byTitle['HTML only'].findings).toEqual([]);
    expect(report.summary.findings).toBe(report.templates.reduce((n, t) => n + t.findings.length, 0));
  });

  it('prints one table row per finding, with its suggestion, and a summary', () => {
    const table = formatTable(report, 120);
    expect(table).toMatch(/\| Template +\| Rule +\| Quote +\| Suggestion +\|/);
    expect(table).toMatch(/1\. Archivo grande +\| flat-refusal/);
    expect(table).toMatch(/4\. Array value +\| overpromise/);
    expect(table).toMatch(/3 templates audited, \d+ findings? in 2\./);
    expect(table).toMatch(/skipped 3 \(Solo estado\): no reply text/);
    for (const line of table.split('\n')) expect(line.length).toBeLessThanOrEqual(120);
  });
});

describe('auditCommand', () => {
  it('writes JSON with --json and refuses unknown options', async () => {
    const { writeFileSync, mkdtempSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const file = join(mkdtempSync(join(tmpdir(), 'tacto-audit-')), 'macros.json');
    writeFileSync(file, ZENDESK);
    let out = '';
    expect(auditCommand([file, '--json', '--now', '2026-11-18T10:00:00-05:00', '--priority', 'high'], (s) => (out += s))).toBe(0);
    const json = JSON.parse(out);
    expect(json.format).toBe('tacto-audit');
    expect(json.templates).toHaveLength(3);
    expect(() => auditCommand([file, '--csv'])).toThrow(/unknown option --csv/);
    expect(() => auditCommand([file, '--priority', 'asap'])).toThrow(/--priority/);
    expect(() => auditCommand([])).toThrow(/needs a FILE/);
    expect(() => auditCommand(['/nonexistent/file.json'])).toThrow(/cannot read/);
  });
});
