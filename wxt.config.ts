import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

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
    browser_specific_settings: {
      gecko: {
        id: 'tacto@tacto.app',
        data_collection_permissions: { required: ['none'] },
      },
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
    },
  }),
});
