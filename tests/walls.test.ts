/**
 * The walls between Tacto's parts, held by the build: each case lints a small snippet as
 * if it lived in a walled folder and expects the wall's error (and a control case that
 * passes), so a wall that stops working fails `npm test`. ESLint sees one file's import
 * lines; the import-graph cases follow run-time imports through lib/ to what they reach.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { reach, ROOT } from './support/import-graph';

const eslint = new ESLint({ cwd: ROOT });

/** The wall rules' messages for `code` linted as the file `filePath` (other rules ignored). */
async function wallErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(ROOT, filePath) });
  return result.messages
    .filter((m) => m.ruleId === '@typescript-eslint/no-restricted-imports' || m.ruleId === 'no-restricted-globals')
    .map((m) => m.message);
}

const CASES: { wall: string; file: string; code: string; expected: RegExp | null }[] = [
  // lib/analysis is pure.
  { wall: 'analysis → log', file: 'lib/analysis/probe.ts', code: "import { TactoDatabase } from '../log/db';\nexport const db = TactoDatabase;", expected: /depends on nothing outside itself/ },
  { wall: 'analysis → settings (alias)', file: 'lib/analysis/rules/probe.ts', code: "import { defaultSettings } from '@/lib/settings/defaults';\nexport const d = defaultSettings;", expected: /depends on nothing outside itself/ },
  { wall: 'analysis → helpdesk (two up)', file: 'lib/analysis/rules/probe.ts', code: "import { placeSidebar } from '../../helpdesk/placement';\nexport const p = placeSidebar;", expected: /depends on nothing outside itself/ },
  { wall: 'analysis → browser API', file: 'lib/analysis/probe.ts', code: "import { browser } from 'wxt/browser';\nexport const b = browser;", expected: /pure: no browser API/ },
  { wall: 'analysis → DOM global', file: 'lib/analysis/probe.ts', code: 'export const title = () => document.title;', expected: /document/ },
  { wall: 'analysis → itself (allowed)', file: 'lib/analysis/rules/probe.ts', code: "import { fold } from '../text';\nimport { RULE_IDS } from '@/lib/analysis/types';\nexport const x = [fold, RULE_IDS];", expected: null },
  // lib/ never reaches the UI or the wiring.
  { wall: 'lib → components', file: 'lib/log/probe.ts', code: "import { Dashboard } from '../../components/dashboard/Dashboard';\nexport const d = Dashboard;", expected: /framework-free core/ },
  { wall: 'lib → entrypoints (alias)', file: 'lib/coach/probe.ts', code: "import main from '@/entrypoints/helpdesk.content/index';\nexport const m = main;", expected: /framework-free core/ },
  { wall: 'lib/node → components', file: 'lib/node/probe.ts', code: "import { Sidebar } from '@/components/Sidebar';\nexport const s = Sidebar;", expected: /framework-free core/ },
  // Node-only code stays in lib/node.
  { wall: 'lib → node:fs', file: 'lib/settings/probe.ts', code: "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;", expected: /ships in the extension/ },
  { wall: 'lib → path', file: 'lib/helpdesk/probe.ts', code: "import { join } from 'path';\nexport const j = join;", expected: /ships in the extension/ },
  { wall: 'lib → lib/node', file: 'lib/log/probe.ts', code: "import { nodeEngineOptions } from '../node/node-engine';\nexport const o = nodeEngineOptions;", expected: /lib\/node is Node-only/ },
  { wall: 'entrypoints → lib/node', file: 'entrypoints/background.ts', code: "import { auditCommand } from '@/lib/node/audit-command';\nexport const a = auditCommand;", expected: /lib\/node is Node-only/ },
  { wall: 'components → node:fs', file: 'components/Probe.tsx', code: "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;", expected: /ships in the extension/ },
  { wall: 'lib/node → node:fs (allowed)', file: 'lib/node/probe.ts', code: "import { readFileSync } from 'node:fs';\nimport { join } from 'path';\nexport const r = [readFileSync, join];", expected: null },
  // Components get Dexie and the browser through props.
  { wall: 'components → dexie', file: 'components/dashboard/Probe.tsx', code: "import Dexie from 'dexie';\nexport const d = Dexie;", expected: /no Dexie and no browser API/ },
  { wall: 'components → lib/log/db', file: 'components/dashboard/Probe.tsx', code: "import { TactoDatabase } from '@/lib/log/db';\nexport const d = TactoDatabase;", expected: /reaches Dexie or the browser API/ },
  { wall: 'components → browser-source', file: 'components/dashboard/Probe.tsx', code: "import { browserLogSource } from '../../lib/log/browser-source';\nexport const s = browserLogSource;", expected: /reaches Dexie or the browser API/ },
  { wall: 'components → settings storage', file: 'components/settings/Probe.tsx', code: "import { loadSettings } from '@/lib/settings/storage';\nexport const l = loadSettings;", expected: /reaches Dexie or the browser API/ },
  { wall: 'components → browser settings store', file: 'components/settings/Probe.tsx', code: "import { browserSettingsStore } from '@/lib/settings/browser-settings-store';\nexport const s = browserSettingsStore;", expected: /reaches Dexie or the browser API/ },
  { wall: 'components → wxt/browser', file: 'components/Probe.tsx', code: "import { browser } from 'wxt/browser';\nexport const b = browser;", expected: /no Dexie and no browser API/ },
  { wall: 'components → browser global', file: 'components/Probe.tsx', code: 'export const open = () => browser.runtime.openOptionsPage();', expected: /browser/ },
  { wall: 'components → chrome global', file: 'components/Probe.tsx', code: 'export const open = () => chrome.runtime.openOptionsPage();', expected: /chrome/ },
  // Only the background writes the log.
  { wall: 'options page → log writer', file: 'entrypoints/options/main.tsx', code: "import { deleteAll } from '@/lib/log/writer';\nexport const d = deleteAll;", expected: /Only the background writes the log/ },
  { wall: 'popup → log writer (relative)', file: 'entrypoints/popup/main.tsx', code: "import { prune } from '../../lib/log/writer';\nexport const p = prune;", expected: /Only the background writes the log/ },
  { wall: 'content script → log writer', file: 'entrypoints/helpdesk.content/app.ts', code: "import { appendEvents } from '@/lib/log/writer';\nexport const a = appendEvents;", expected: /Only the background writes the log/ },
  { wall: 'components → log writer', file: 'components/dashboard/Probe.tsx', code: "import { mergeExport } from '@/lib/log/writer';\nexport const m = mergeExport;", expected: /Only the background writes the log/ },
  { wall: 'background → log writer (allowed)', file: 'entrypoints/background.ts', code: "import { appendEvents } from '@/lib/log/writer';\nexport const a = appendEvents;", expected: null },
  { wall: 'options page → write requests (allowed)', file: 'entrypoints/options/probe.ts', code: "import { backgroundLogWriter } from '@/lib/log/write-requests';\nexport const w = backgroundLogWriter;", expected: null },
  { wall: 'components → types of walled modules (allowed)', file: 'components/dashboard/Probe.tsx', code: "import type { StoredEvent } from '@/lib/log/db';\nimport type { SettingsStore } from '@/lib/settings/settings-store';\nexport type X = [StoredEvent, SettingsStore];", expected: null },
];

describe('walls the lint enforces', () => {
  for (const { wall, file, code, expected } of CASES) {
    it(`${wall} (${file})`, async () => {
      const errors = await wallErrors(file, code);
      if (expected) expect(errors.some((message) => expected.test(message)), `errors: ${JSON.stringify(errors)}`).toBe(true);
      else expect(errors).toEqual([]);
    });
  }
});

const sourceFiles = (dir: string): string[] =>
  readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [join(dir, entry.name)] : [],
  );

/** The files and packages `file` reaches at run time that match `banned`, with the path to each. */
function reached(file: string, banned: RegExp): string[] {
  return [...reach(file)].filter(([target]) => banned.test(target)).map(([, trail]) => trail.join(' → '));
}

describe('walls through the import graph', () => {
  it('reads value imports and skips type-only ones (the reader itself)', () => {
    const dashboard = reach('components/dashboard/Dashboard.tsx');
    expect(dashboard.has('lib/log/team.ts')).toBe(true);
    expect(dashboard.has('preact/hooks')).toBe(true);
    // Dashboard imports only types from lib/log/db.ts.
    expect(dashboard.has('lib/log/db.ts')).toBe(false);
    expect(reach('lib/log/browser-source.ts').has('dexie')).toBe(true);
  });

  const BROWSER_OR_DEXIE = /^(dexie|wxt\/browser|wxt\/utils\/storage|#imports|webextension-polyfill)$|^lib\/log\/db\.ts$/;
  it.each(sourceFiles('components'))('%s reaches no Dexie and no browser API at run time', (file) => {
    expect(reached(file, BROWSER_OR_DEXIE)).toEqual([]);
  });

  // The log's one writer is the background: nothing else reaches lib/log/writer.ts, even through lib/.
  const LOG_WRITER = /^lib\/log\/writer\.ts$/;
  const notBackground = sourceFiles('entrypoints').filter((file) => file !== join('entrypoints', 'background.ts'));
  it('the background reaches the log writer (the graph sees it)', () => {
    expect(reached('entrypoints/background.ts', LOG_WRITER)).not.toEqual([]);
  });
  it.each([...notBackground, ...sourceFiles('components')])('%s reaches no log writer at run time', (file) => {
    expect(reached(file, LOG_WRITER)).toEqual([]);
  });

  // Nor does anything the options page runs write Dexie by itself, outside the writer (the
  // schema's own upgrade in lib/log/db.ts aside: Dexie runs it on whichever side opens first).
  const DEXIE_WRITE = /transaction\(\s*['"]rw|\.(?:events|imports|outbox)\b(?:\.\w+\([^()]*\))*\.(?:add|bulkAdd|put|bulkPut|update|bulkUpdate|delete|bulkDelete|clear|modify)\(/;
  it('the graph sees Dexie writes where they are (the reader itself)', () => {
    expect(DEXIE_WRITE.test(readFileSync(join(ROOT, 'lib/log/writer.ts'), 'utf8'))).toBe(true);
    expect(DEXIE_WRITE.test("await db.events.where('t').below(cutoff).delete();")).toBe(true);
  });
  it.each(notBackground)('%s reaches no code that writes Dexie', (file) => {
    const writers = [...reach(file)]
      .filter(([target]) => /\.tsx?$/.test(target) && target !== 'lib/log/db.ts' && DEXIE_WRITE.test(readFileSync(join(ROOT, target), 'utf8')))
      .map(([, trail]) => trail.join(' → '));
    expect(writers).toEqual([]);
  });

  const NODE_ONLY = /^(node:.*|fs|path|os|url|child_process)$|^lib\/node\//;
  it.each([...sourceFiles('entrypoints'), ...sourceFiles('components')])('%s reaches no Node-only code at run time', (file) => {
    expect(reached(file, NODE_ONLY)).toEqual([]);
  });

  const OUTSIDE_ANALYSIS = /^(lib\/(?!analysis\/)|components\/|entrypoints\/)|^(wxt|wxt\/.*|dexie|preact|preact\/.*|node:.*)$/;
  it.each(sourceFiles('lib/analysis'))('%s reaches nothing outside lib/analysis but its libraries', (file) => {
    expect(reached(file, OUTSIDE_ANALYSIS)).toEqual([]);
  });
});
