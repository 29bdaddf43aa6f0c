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
import type { Priority } from '../analysis/types';
import { type AuditOptions, auditTemplates, PRIORITIES } from './audit';
import { formatTable } from './audit-table';
import { parseTemplates } from './audit-templates';
import { InputError, loadPlaybookFile } from './node-engine';

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
