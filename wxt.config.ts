import { defineConfig } from 'wxt';
import { HELPDESK_MATCHES } from './adapters/matches';

// The manifest is the one place where Tandem's reach is declared: host access only for the helpdesks we
// know; anything else (custom helpdesks, gateways) is asked for at run time as an optional permission.
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  webExt: { disabled: true },
  manifest: ({ browser }) => ({
    name: 'Tandem — agent assist',
    description: 'An AI co-worker beside your helpdesk: ticket context, knowledge snippets, drafts. You decide and send.',
    permissions: ['storage', 'tabs', 'scripting', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    host_permissions: HELPDESK_MATCHES,
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    action: { default_title: 'Open Tandem' },
    commands: {
      [browser === 'firefox' ? '_execute_sidebar_action' : '_execute_action']: {
        suggested_key: { default: 'Alt+Shift+T' },
        description: 'Open the Tandem panel',
      },
    },
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'tandem@tandem.example', strict_min_version: '115.0' } } }
      : {}),
  }),
});
