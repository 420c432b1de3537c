import { defineConfig } from 'wxt';
import { HELPDESK_MATCHES } from './adapters/matches';

// The manifest is the one place where Tandem's reach is declared: host access only for the helpdesks we
// know; anything else (custom helpdesks, knowledge URLs, gateways) is asked for at run time as an optional
// permission, from the options page, with the reason shown next to the button.
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  webExt: { disabled: true },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // alarms: the retention purge runs on a schedule (lib/retention).
    permissions: ['storage', 'tabs', 'alarms', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    host_permissions: HELPDESK_MATCHES,
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    action: { default_title: '__MSG_openPanelCommand__' },
    commands: {
      [browser === 'firefox' ? '_execute_sidebar_action' : '_execute_action']: {
        suggested_key: { default: 'Alt+Shift+T' },
        description: '__MSG_openPanelCommand__',
      },
    },
    // Chrome reads the organisation's settings (3rdparty policy) through this schema; Firefox takes them from
    // policies.json without one and warns about the key, so it gets none.
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'tandem@tandem.example', strict_min_version: '115.0' } } }
      : { storage: { managed_schema: 'managed_schema.json' } }),
  }),
});
