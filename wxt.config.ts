import { defineConfig } from 'wxt';
import { resolve } from 'node:path';
import { HELPDESK_MATCHES } from './adapters/matches';
import { writeManagedSchema } from './scripts/managed-schema';
import { stripSelectorFixtures } from './scripts/strip-selector-fixtures';

const slimContentScriptContext = {
  name: 'tandem-slim-content-script-context',
  enforce: 'pre' as const,
  resolveId: (id: string) => (id === 'wxt/utils/content-script-context' ? resolve('lib/content/script-context.ts') : null),
};

// The manifest is the one place where Tandem's reach is declared: host access only for the helpdesks we
// know; anything else (custom helpdesks, knowledge URLs, gateways) is asked for at run time as an optional
// permission, from the options page, with the reason shown next to the button.
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  webExt: { disabled: true },
  // The MCP SDK's default validator (Ajv) cannot run under an extension's CSP and is never used (lib/connectors/mcp.ts
  // passes its own): a stub keeps it out of the background bundle.
  vite: () => ({
    resolve: { alias: [{ find: /^\.\.\/validation\/ajv-provider\.js$/, replacement: resolve('lib/connectors/no-ajv.ts') }] },
    plugins: [stripSelectorFixtures],
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // alarms: the retention purge and the knowledge-source refresh run on a schedule (lib/retention,
    // lib/knowledge/refresh). scripting: the content script is registered at run time for custom helpdesks on hosts the
    // agent granted (lib/custom-helpdesks/background.ts).
    permissions: ['storage', 'tabs', 'alarms', 'scripting', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    host_permissions: HELPDESK_MATCHES,
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    action: { default_title: '__MSG_openPanelCommand__' },
    commands: {
      [browser === 'firefox' ? '_execute_sidebar_action' : '_execute_action']: {
        suggested_key: { default: 'Alt+Shift+T' },
        description: '__MSG_openPanelCommand__',
      },
      'insert-top-draft': {
        suggested_key: { default: 'Alt+Shift+I' },
        description: '__MSG_insertTopDraftCommand__',
      },
    },
    // Chrome reads the organisation's settings (3rdparty policy) through this schema; Firefox takes them from
    // policies.json without one and warns about the key, so it gets none.
    // Firefox MV2 has no optional_host_permissions: host patterns go in optional_permissions. Its data consent
    // declaration says what leaves the browser: ticket content (customer messages, names) sent to the AI API.
    ...(browser === 'firefox'
      ? {
          optional_permissions: ['https://*/*', 'http://*/*'],
          browser_specific_settings: {
            gecko: {
              id: 'tandem@tandem.example',
              strict_min_version: '115.0',
              data_collection_permissions: { required: ['websiteContent', 'personalCommunications', 'personallyIdentifyingInfo'] },
            },
          },
        }
      : { storage: { managed_schema: 'managed_schema.json' } }),
  }),
  hooks: {
    // The content script, which every helpdesk page loads, is minified by terser with two compress passes instead of
    // esbuild: about 4 % smaller gzipped (its budget is 30 KB: bench:adapters). Only that build step: terser is
    // slower, and the other bundles have no such budget. Its target is ES2022 (Chrome 94+, Firefox 93+; the manifest asks
    // Firefox 115): class fields and the like are not lowered, some 45 B of that budget.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.some((e) => e.type === 'content-script')) return;
      // safari10: false: Vite turns on terser's workarounds for Safari 10/11 bugs, which this script never runs in (the
      // builds are Chrome's and Firefox's); they only keep the mangler from reusing names (about 140 B gzip). hoist_funs:
      // function declarations written at the top of their scope, where the language hoists them anyway (about 40 B).
      config.build = {
        ...config.build,
        target: 'es2022',
        minify: 'terser',
        terserOptions: { safari10: false, compress: { passes: 2, hoist_funs: true }, format: { comments: false } },
      };
      config.esbuild = { ...(config.esbuild || {}), tsconfigRaw: { compilerOptions: { useDefineForClassFields: false } } };
      // WXT's content-script context gives way to lib/content/script-context.ts: the same start/stop protocol with
      // onInvalidated alone, which is all the content script uses (lib/content/watch-ticket.ts startContentScript).
      config.plugins = [...(config.plugins ?? []), slimContentScriptContext];
    },
    // public/managed_schema.json is generated from the policy's zod schema, never written by hand.
    'build:before': () => writeManagedSchema(),
    'build:manifestGenerated': (_wxt, manifest) => {
      // Firefox's sidebar gets the extension's icons and a translated title.
      const sidebar = (manifest as { sidebar_action?: { default_icon?: unknown; default_title?: string } }).sidebar_action;
      if (sidebar) {
        sidebar.default_icon ??= manifest.icons;
        sidebar.default_title = '__MSG_extName__';
      }
    },
  },
});
