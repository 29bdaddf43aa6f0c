import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

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
  // Walls. The core never reaches the UI or the wiring.
  {
    files: ['lib/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['@/entrypoints/*', '**/entrypoints/*', '@/components/*', '**/components/*'], message: 'lib/ is the framework-free core: the UI and the wiring call it, never the other way.' },
      ] }],
    },
  },
  // The engine is pure: no DOM, no browser API, no storage, no UI, no heavy NLP in the page.
  {
    files: ['lib/analysis/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['wxt', 'wxt/*', '@wxt-dev/*', 'dexie', 'preact', 'preact/*', 'chart.js', 'compromise', 'es-compromise', 'papaparse'], message: 'lib/analysis is pure: no browser API, storage, UI or NLP library.' },
        { group: ['@/entrypoints/*', '**/entrypoints/*', '@/components/*', '**/components/*', '../adapters/*', '../editors/*', '../log/*', '../db', '../coach', '../send-guard'], message: 'lib/analysis depends on nothing outside itself.' },
      ] }],
      'no-restricted-globals': ['error', 'document', 'window', 'chrome', 'browser', 'navigator', 'localStorage', 'indexedDB', 'fetch'],
    },
  },
);
