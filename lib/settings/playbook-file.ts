/** The playbook as a file (spec format `tacto-playbook`), exported and imported on the options page. */
import { parsePlaybook } from '../analysis/playbook';
import type { Playbook } from '../analysis/types';

export function exportPlaybook(playbook: Playbook): string {
  const accepted = playbook.accepted?.length ? { accepted: playbook.accepted } : {};
  return `${JSON.stringify({ format: 'tacto-playbook', version: 1, entries: playbook.entries, ...accepted }, null, 2)}\n`;
}

/** Parses a playbook file (spec format); throws an Error naming the first problem. */
export function importPlaybook(text: string): Playbook {
  return parsePlaybook(text);
}
