import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

// ───────────────────────────── walls ─────────────────────────────
// Each wall is a list of forbidden imports; a folder's rule lists every wall it stands
// behind (a later config block replaces a rule's options, it does not add to them).
// tests/walls.test.ts proves each wall fails the lint, and follows imports past one file.

/** Node-only code lives in lib/node; what ships in the extension never reaches it nor Node's modules. */
const NODE_WALL = {
  paths: ['fs', 'path', 'os', 'url', 'child_process', 'crypto', 'module', 'util'].map((name) => ({
    name,
    message: 'Only lib/node, scripts/ and tests/ use Node modules: this code ships in the extension.',
  })),
  patterns: [
    { group: ['node:*'], message: 'Only lib/node, scripts/ and tests/ use Node modules: this code ships in the extension.' },
    { group: ['**/lib/node', '**/lib/node/**', '@/lib/node/**', '../node', '../node/**', '../../node/**'], message: 'lib/node is Node-only (CLI, audit, engine plumbing): code that ships in the extension must not import it.' },
  ],
};

/** The core never reaches the UI or the wiring. */
const CORE_WALL = {
  patterns: [
    { group: ['@/entrypoints/**', '**/entrypoints/**', '@/components/**', '**/components/**'], message: 'lib/ is the framework-free core: the UI and the wiring call it, never the other way.' },
  ],
};

/** The engine is pure: no DOM, no browser API, no storage, no UI, no heavy NLP in the page. */
const ANALYSIS_WALL = {
  patterns: [
    { group: ['wxt', 'wxt/*', '@wxt-dev/*', '#imports', 'dexie', 'preact', 'preact/*', 'chart.js', 'compromise', 'es-compromise', 'papaparse'], message: 'lib/analysis is pure: no browser API, storage, UI or NLP library.' },
    {
      group: ['@/lib/*', '@/lib/*/**', '!@/lib/analysis', '!@/lib/analysis/**', '../helpdesk', '../helpdesk/**', '../coach', '../coach/**', '../log', '../log/**', '../settings', '../settings/**', '../node', '../node/**', '../shims/**', '../../helpdesk/**', '../../coach/**', '../../log/**', '../../settings/**', '../../node/**'],
      message: 'lib/analysis depends on nothing outside itself.',
    },
  ],
};

/**
 * Components are Preact fed by props: no Dexie and no browser API. The sources and stores
 * that use them are created in entrypoints/ and passed in (typed by interfaces in lib/), so
 * type imports are allowed: they vanish at build.
 */
const COMPONENT_WALL = {
  patterns: [
    {
      group: ['dexie', 'wxt/browser', 'wxt/utils/storage', '#imports', 'webextension-polyfill', '@wxt-dev/*'],
      allowTypeImports: true,
      message: 'components/ touch no Dexie and no browser API: take a source or store from entrypoints/ as a prop.',
    },
    {
      group: [
        '**/lib/log/db', '**/lib/log/browser-source', '**/lib/log/source', '**/lib/log/writer', '**/lib/log/health',
        '**/lib/settings/storage', '**/lib/settings/browser-settings-store', '**/lib/settings/settings-holidays', '**/lib/settings/settings-background',
        '**/lib/helpdesk/custom-domains', '**/lib/coach/control/pause-storage',
      ],
      allowTypeImports: true,
      message: 'This lib module reaches Dexie or the browser API: components take it from entrypoints/ as a prop (types may be imported).',
    },
  ],
};

/**
 * The log has one writer, the background: only entrypoints/background.ts imports
 * lib/log/writer (Dexie's appends, merges, prunes, deletions). The options page, the popup,
 * the content scripts and components ask the background (lib/log/write-requests.ts).
 */
const LOG_WRITER_WALL = {
  patterns: [
    {
      group: ['**/lib/log/writer', '**/log/writer', './writer', '../writer'],
      message: 'Only the background writes the log: ask it with a lib/log/write-requests message (log/import, log/prune, log/delete-all).',
    },
  ],
};

const walls = (...list) => ['error', { paths: list.flatMap((wall) => wall.paths ?? []), patterns: list.flatMap((wall) => wall.patterns ?? []) }];

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', '.tmp/**', 'node_modules/**', 'tests/fixtures/**/vendor/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  { files: ['entrypoints/**/*.{ts,tsx}'], ignores: ['entrypoints/background.ts'], rules: { '@typescript-eslint/no-restricted-imports': walls(NODE_WALL, LOG_WRITER_WALL) } },
  { files: ['entrypoints/background.ts'], rules: { '@typescript-eslint/no-restricted-imports': walls(NODE_WALL) } },
  { files: ['lib/**/*.{ts,tsx}'], ignores: ['lib/node/**'], rules: { '@typescript-eslint/no-restricted-imports': walls(NODE_WALL, CORE_WALL) } },
  { files: ['lib/node/**/*.{ts,tsx}'], rules: { '@typescript-eslint/no-restricted-imports': walls(CORE_WALL) } },
  {
    files: ['lib/analysis/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': walls(NODE_WALL, CORE_WALL, ANALYSIS_WALL),
      'no-restricted-globals': ['error', 'document', 'window', 'chrome', 'browser', 'navigator', 'localStorage', 'indexedDB', 'fetch'],
    },
  },
  {
    files: ['components/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': walls(NODE_WALL, COMPONENT_WALL, LOG_WRITER_WALL),
      'no-restricted-globals': ['error', 'chrome', 'browser', 'indexedDB'],
    },
  },
);
