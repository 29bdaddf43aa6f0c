import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { build as esbuild } from 'esbuild';

/**
 * The analysis engine as its own ES module (`engine.js`), which the content script
 * imports when a reply editor is first focused: pages without a reply box never load it.
 * WXT bundles content scripts as single IIFE files, so this one module is built here.
 */
async function buildPageEngine(): Promise<string> {
  const result = await esbuild({
    entryPoints: ['lib/analysis/page-engine.ts'],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: ['chrome120', 'firefox128'],
    minify: !process.env.TACTO_NO_MINIFY,
    charset: 'ascii',
    legalComments: 'none',
    write: false,
  });
  return result.outputFiles[0].text;
}

export default defineConfig({
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // storage: settings and the playbook (browser.storage). Nothing else is asked up front:
    // the content script's match patterns cover the three helpdesks, and custom domains are
    // requested as optional host permissions when the user adds one.
    permissions: [
      'storage', // settings and the playbook (browser.storage)
      'scripting', // registerContentScripts for the custom helpdesk domains a user adds
    ],
    // Custom helpdesk domains (support.acme.com): asked for one host at a time, when the
    // user adds it on the options page; never granted up front.
    optional_host_permissions: ['https://*/*'],
    // engine.js is imported by the content script in the helpdesk page's context, so it must
    // be web-accessible there: on every https page, since custom helpdesk domains are
    // arbitrary. All a page learns from it is that Tacto is installed.
    web_accessible_resources: [{ resources: ['engine.js'], matches: ['https://*/*'] }],
    browser_specific_settings: {
      gecko: {
        id: 'tacto@tacto.app',
        data_collection_permissions: { required: ['none'] },
      },
    },
  },
  hooks: {
    'build:publicAssets': async (_wxt, files) => {
      files.push({ contents: await buildPageEngine(), relativeDest: 'engine.js' });
    },
  },
  zip: {
    excludeSources: ['tests/**', '.tmp/**', '**/*.pem', '**/*.key', '.ci/**'],
  },
  vite: () => ({
    plugins: [preact()],
    build: {
      // Chrome rejects non-UTF-8 content scripts; Dexie's bundle holds a literal U+FFFF.
      rolldownOptions: { output: { charset: 'ascii' } },
      minify: process.env.TACTO_NO_MINIFY ? false : undefined,
    },
  }),
});
