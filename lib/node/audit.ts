/** The macro audit itself: each template's reply text through the engine (role agent). */
import { analyze } from '../analysis';
import type { AnalysisContext, Finding, Lang, Playbook, Priority } from '../analysis/types';
import { DEFAULT_PLAYBOOK } from '../settings/playbook-default';
import type { ParsedTemplates, Skipped, Template } from './audit-templates';
import { nodeEngineOptions } from './node-engine';

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

export const PRIORITIES: Priority[] = ['low', 'normal', 'high', 'urgent'];
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
