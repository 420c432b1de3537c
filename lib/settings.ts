// The agent's settings, as WXT storage items (not zustand persist). The API key is not among them: it is a
// secret, kept in the extension origin's IndexedDB (lib/secrets), where no content script can read it in any
// browser. Content scripts receive no settings at all.
//
// What Tandem actually uses is the EFFECTIVE settings: the organisation's managed policy over the agent's own
// settings over these defaults (lib/policy/effective.ts). `loadSettings()` returns exactly that.
// The stored settings themselves (schema, defaults, the storage item and its migrations) are in
// lib/agent-settings.ts, which effective.ts reads; this module only adds the effective view on top.
import { browser } from 'wxt/browser';
import { loadEffective, UNREADABLE_RETRY_MS } from './policy/effective';

export {
  apiKeyItem,
  DEFAULT_SETTINGS,
  loadAgentSettings,
  removeFromAgentSettings,
  settingsItem,
  withDefaults,
  type Settings,
} from './agent-settings';
import type { Settings } from './agent-settings';

let cachedEffective: ReturnType<typeof loadEffective> | undefined;
let watchingStorage = false;

/**
 * The effective settings, read once and kept until any storage area changes (the agent saves, policy arrives).
 * The background asks on every ticket change, and Chromium's first read of managed storage after launch takes
 * seconds: without this, the panel would wait for it on every snapshot.
 */
function effective(): ReturnType<typeof loadEffective> {
  const onChanged = browser?.storage?.onChanged;
  if (!onChanged) return loadEffective();
  if (!watchingStorage) {
    onChanged.addListener(() => (cachedEffective = undefined));
    watchingStorage = true;
  }
  if (!cachedEffective) {
    const mine = loadEffective();
    cachedEffective = mine;
    mine.then(
      (e) => {
        // Unreadable policy: Tandem is closed; forget this soon so the next request reads the policy again.
        if (e.policyReport.source === 'unreadable') setTimeout(() => cachedEffective === mine && (cachedEffective = undefined), UNREADABLE_RETRY_MS);
      },
      () => cachedEffective === mine && (cachedEffective = undefined),
    );
  }
  return cachedEffective;
}

/** The effective settings: managed policy > agent > defaults. */
export async function loadSettings(): Promise<Settings> {
  return (await effective()).settings;
}

/** The effective API key: the organisation's key when policy sets one, '' with a keyless gateway, else the agent's. */
export async function loadApiKey(): Promise<string> {
  return (await effective()).apiKey;
}
