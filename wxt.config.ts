import { defineConfig } from 'wxt';
import type { PluginOption } from 'vite';
import preact from '@preact/preset-vite';
import { build as esbuild, type BuildOptions } from 'esbuild';
import { resolve } from 'node:path';

/**
 * The modules the content script imports when the agent first works in a reply editor, so
 * pages without a reply box never load them: Tacto's page code (`coach.js`, from
 * entrypoints/helpdesk.content/app.ts) and the analysis engine (`engine.js`). WXT bundles
 * content scripts as single IIFE files, so these ES modules are built here.
 */
/** How every bundle built here with esbuild is made: for the browsers the manifest targets. */
const ESBUILD_BROWSER_BUNDLE = {
  bundle: true,
  platform: 'browser',
  target: ['chrome120', 'firefox128'],
  minify: !process.env.TACTO_NO_MINIFY,
  charset: 'ascii',
  legalComments: 'none',
} satisfies BuildOptions;

async function buildPageModule(entry: string): Promise<string> {
  const result = await esbuild({
    ...ESBUILD_BROWSER_BUNDLE,
    entryPoints: [entry],
    format: 'esm',
    // The same `browser` as the WXT-built entrypoints (the webextension-polyfill module).
    alias: { 'wxt/browser': '@wxt-dev/webextension-polyfill/browser' },
    write: false,
  });
  return result.outputFiles[0].text;
}

/**
 * compromise and es-compromise (the topic's fallback, lib/log/nlp-libraries.ts) bundled
 * inside a function that runs on the first call: a cold background worker then only scans
 * their code instead of evaluating it before it can store an event.
 */
function lazyNlpLibraries(): PluginOption {
  return {
    name: 'tacto-lazy-nlp-libraries',
    enforce: 'pre',
    async load(id) {
      if (!id.replace(/\\/g, '/').endsWith('/lib/log/nlp-libraries.ts')) return null;
      const result = await esbuild({
        ...ESBUILD_BROWSER_BUNDLE,
        stdin: { contents: "import nlp from 'compromise'; import esNlp from 'es-compromise'; export const libraries = { nlp, esNlp };", resolveDir: resolve('.'), loader: 'ts' },
        format: 'iife',
        globalName: 'tactoNlp',
        write: false,
      });
      return `let libraries;\nexport function loadNlpLibraries() {\n  libraries ??= (function () {\n${result.outputFiles[0].text}\nreturn tactoNlp.libraries;\n  })();\n  return libraries;\n}\n`;
    },
  };
}

/**
 * The content script's loader (entrypoints/helpdesk.content/index.ts) is evaluated on every
 * helpdesk page load, and of `browser` it uses only `runtime.id`, `runtime.getURL` and
 * `runtime.onMessage` answered through `sendResponse` (so does WXT's wrapper around it), which
 * Chrome's `chrome` and Firefox's native `browser` both have. In that one bundle
 * webextension-polyfill (10.2 KB of its 22 KB, and the polyfill's evaluation) is replaced by
 * the browser's own object; every other bundle, `coach.js` included, keeps the polyfill.
 */
const LOADER_BROWSER = '\0tacto-loader-browser';
function loaderWithoutPolyfill(): PluginOption {
  return {
    name: 'tacto-loader-without-polyfill',
    enforce: 'pre',
    resolveId(source) {
      return source === 'webextension-polyfill' ? LOADER_BROWSER : null;
    },
    load(id) {
      if (id !== LOADER_BROWSER) return null;
      return 'const g = globalThis;\nexport default g.browser?.runtime?.id ? g.browser : g.chrome;\n';
    },
  };
}

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // Drawn by scripts/icons.ts from assets/icon/tacto.svg (PNGs committed in public/icon/).
    icons: { 16: '/icon/16.png', 32: '/icon/32.png', 48: '/icon/48.png', 128: '/icon/128.png' },
    action: {
      default_title: '__MSG_extName__',
      default_icon: { 16: '/icon/16.png', 32: '/icon/32.png', 48: '/icon/48.png', 128: '/icon/128.png' },
    },
    // storage: settings and the playbook (browser.storage). Nothing else is asked up front:
    // the content script's match patterns cover the three helpdesks, and custom domains are
    // requested as optional host permissions when the user adds one.
    permissions: [
      'storage', // settings and the playbook (browser.storage)
      'scripting', // registerContentScripts for the custom helpdesk domains a user adds
      'alarms', // retries of the push to the team's CouchDB survive the worker's sleep (no install warning)
      'activeTab', // the toolbar popup reads the clicked tab's address to say why Tacto is not active there (no install warning)
    ],
    // The keyboard command (the browser lets the agent change the keys): from the reply
    // editor to the first suggestion and back. Routed by the background to the active tab.
    commands: {
      'focus-suggestions': { suggested_key: { default: 'Alt+Shift+T' }, description: '__MSG_commandFocusSuggestions__' },
    },
    // Custom helpdesk domains (support.acme.com): asked for one host at a time, when the
    // user adds it on the options page; never granted up front.
    // The team's CouchDB (docs/team-sync.md) is asked for the same way, when the server is
    // saved; plain http only on the loopback addresses (a CouchDB on this machine).
    optional_host_permissions: ['https://*/*', 'http://127.0.0.1/*', 'http://localhost/*'],
    // coach.js and engine.js (and its weights, model.bin) are imported by the content script on helpdesk pages (custom domains are
    // arbitrary, hence every https page). It is not a public service: in Chrome it answers
    // only at a per-session dynamic id (use_dynamic_url), so no page can guess its address,
    // fingerprint Tacto or run the engine. Firefox has no use_dynamic_url; there every
    // install already lives at its own random moz-extension:// UUID, which gives the same.
    web_accessible_resources: [
      browser === 'firefox'
        ? { resources: ['coach.js', 'engine.js', 'model.bin'], matches: ['https://*/*'] }
        : { resources: ['coach.js', 'engine.js', 'model.bin'], matches: ['https://*/*'], use_dynamic_url: true },
    ],
    // Settings an administrator sets by enterprise policy (Chrome's `3rdparty` extension
    // policy is validated against this schema; Firefox reads policies.json without one).
    ...(browser === 'firefox' ? {} : { storage: { managed_schema: 'managed-schema.json' } }),
    browser_specific_settings: {
      gecko: {
        id: 'tacto@tacto.app',
        // MAIN-world content scripts (the editors' bridge) need Firefox 128, and the
        // data_collection_permissions declaration 140 (ESR 140 and later).
        strict_min_version: '140.0',
        data_collection_permissions: { required: ['none'] },
      },
      // Firefox for Android reads data_collection_permissions from 142 on.
      gecko_android: { strict_min_version: '142.0' },
    },
  }),
  hooks: {
    'vite:build:extendConfig': (entrypoints, config) => {
      if (entrypoints.length === 1 && entrypoints[0].name === 'helpdesk' && entrypoints[0].type === 'content-script') {
        config.plugins = [...(config.plugins ?? []), loaderWithoutPolyfill()];
      }
    },
    'build:publicAssets': async (_wxt, files) => {
      files.push({ contents: await buildPageModule('lib/analysis/page-engine.ts'), relativeDest: 'engine.js' });
      files.push({ contents: await buildPageModule('entrypoints/helpdesk.content/app.ts'), relativeDest: 'coach.js' });
      files.push({ absoluteSrc: resolve('lib/analysis/model/weights.bin'), relativeDest: 'model.bin' });
    },
  },
  zip: {
    excludeSources: ['tests/**', '.tmp/**', '**/*.pem', '**/*.key', '.ci/**'],
  },
  vite: () => ({
    plugins: [preact(), lazyNlpLibraries()],
    resolve: {
      // The holiday parser's time-zone library without its 700 KB of zone data: the options
      // page computes holidays as calendar days, and the zones a country's rules name come
      // with its generated file (lib/settings/holiday-calendar.ts, scripts/holiday-data.ts).
      alias: [{ find: /^moment-timezone$/, replacement: 'moment-timezone/moment-timezone.js' }],
    },
    build: {
      // Chrome rejects non-UTF-8 content scripts; Dexie's bundle holds a literal U+FFFF.
      rolldownOptions: { output: { charset: 'ascii' } },
      minify: process.env.TACTO_NO_MINIFY ? false : undefined,
    },
  }),
});
