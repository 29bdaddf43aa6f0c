/**
 * How the page engine is bundled as wxt.config.ts builds `engine.js` (the manifest's browser targets, minified,
 * ASCII output, no legal comments): the size test and the engine bench measure that file, not a near copy of it.
 */
import { resolve } from 'node:path';
import type { BuildOptions } from 'esbuild';

export const ENGINE_ENTRY = resolve(import.meta.dirname, '../../lib/analysis/page-engine.ts');

export const ENGINE_BUNDLE = {
  entryPoints: [ENGINE_ENTRY],
  bundle: true,
  format: 'esm',
  minify: true,
  target: ['chrome120', 'firefox128'],
  charset: 'ascii',
  legalComments: 'none',
  logLevel: 'silent',
} satisfies BuildOptions;
