/** The macro audit as a text table for the terminal. */
import type { AuditReport } from './audit';

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
