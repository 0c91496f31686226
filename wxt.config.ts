import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { inertHtml } from './scripts/vite-inert-html';

// The extension's manifest: permissions are the smallest set that works (see README).
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  srcDir: '.',
  outDir: '.output',
  vite: () => ({
    plugins: [inertHtml(), preact()],
    build: { sourcemap: false },
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    short_name: 'Hamish',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'contextMenus', 'unlimitedStorage', 'alarms', ...(browser === 'firefox' ? [] : ['sidePanel', 'offscreen'])],
    // Asked for at the moment the reader adds coverage from other sites, for those sites only.
    ...(browser === 'firefox'
      ? { optional_permissions: ['http://*/*', 'https://*/*'] }
      : { optional_host_permissions: ['http://*/*', 'https://*/*'] }),
    action: { default_title: '__MSG_actionTitle__' },
    // Extension pages run only their own scripts; nothing inline, no eval, no plugins.
    content_security_policy:
      browser === 'firefox'
        ? "script-src 'self'; object-src 'none'; base-uri 'none'"
        : { extension_pages: "script-src 'self'; object-src 'none'; base-uri 'none'" },
    commands: {
      'highlight-selection': {
        suggested_key: { default: 'Alt+Shift+H' },
        description: '__MSG_commandHighlight__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'hamish@hamish.example',
              strict_min_version: '128.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
