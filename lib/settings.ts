// The agent's settings, as WXT storage items (not zustand persist). The API key is not among them: it is a
// secret, kept in the extension origin's IndexedDB (lib/secrets), where no content script can read it in any
// browser. Content scripts receive no settings at all.
//
// What Tandem actually uses is the EFFECTIVE settings: the organisation's managed policy over the agent's own
// settings over these defaults (lib/policy/effective.ts). `loadSettings()` returns exactly that.
import { storage } from 'wxt/utils/storage';
import type { AlertSettings, CustomAdapterPolicy, Features, KnowledgeSource } from './policy/types';
// A cycle on purpose (effective.ts reads settingsItem): both sides use the other only inside functions. No
// dynamic import(): it is not allowed in a service worker.
import { loadEffective, UNREADABLE_RETRY_MS } from './policy/effective';
import { apiKeySecret, knowledgeHeadersSecret } from './secrets';

export interface Settings {
  /** Company gateway or proxy in front of the Messages API; empty: Anthropic's default endpoint. */
  baseUrl: string;
  model: string;
  maxTokens: number;
  /** Redact personal data before anything leaves the browser. */
  redact: boolean;
  agentName: string;
  brandVoice: string;
  /** The gateway at baseUrl authenticates on its own: requests carry no Anthropic key. */
  useGatewayWithoutKey: boolean;
  /** Helpdesk hosts Tandem works on ("*.zendesk.com", "support.example.com"); empty: every supported helpdesk. */
  allowedHelpdeskHosts: string[];
  /** Other helpdesks described by selectors (lib/custom-helpdesks/). */
  customAdapters: CustomAdapterPolicy[];
  knowledgeSources: KnowledgeSource[];
  /** Tickets, drafts and chats older than this are deleted. */
  retentionDays: number;
  auditRetentionDays: number;
  /** The audit log may keep customer text (drafts inserted, alert evidence). Off: metadata only. */
  auditIncludeContent: boolean;
  /** Analytics totals may be exported. */
  analyticsExportAllowed: boolean;
  features: Features;
  alerts: AlertSettings;
  /** The agent may add helpdesks of their own (custom adapters). The organisation can switch this off. */
  agentHelpdesks: boolean;
  /** The agent may add knowledge of their own (sources, file imports). The organisation can switch this off. */
  agentKnowledgeSources: boolean;
  /** Set only by the organisation's policy when Tandem fails closed: it works on no helpdesk. Never stored. */
  blockHelpdesks?: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  baseUrl: '',
  model: 'claude-sonnet-4-5',
  maxTokens: 1024,
  redact: true,
  agentName: '',
  brandVoice: '',
  useGatewayWithoutKey: false,
  allowedHelpdeskHosts: [],
  customAdapters: [],
  knowledgeSources: [],
  retentionDays: 30,
  auditRetentionDays: 180,
  auditIncludeContent: false,
  analyticsExportAllowed: false,
  features: { drafts: true, chat: true, sentiment: true, knowledge: true, analytics: true, aiAlerts: false },
  alerts: { extraPhrases: {}, thresholds: {}, disabledKinds: [] },
  agentHelpdesks: true,
  agentKnowledgeSources: true,
};

/** The agent's own choices (may be partial: stored by an older version). */
export const settingsItem = storage.defineItem<Settings>('local:settings', { fallback: DEFAULT_SETTINGS });
/** The agent's own API key: same interface as a storage item, kept in lib/secrets. */
export const apiKeyItem = apiKeySecret;

/** Defaults filled in under what the agent stored, nested objects included. */
export function withDefaults(stored: Partial<Settings> | null | undefined): Settings {
  const s = stored ?? {};
  return {
    ...DEFAULT_SETTINGS,
    ...s,
    features: { ...DEFAULT_SETTINGS.features, ...(s.features ?? {}) },
    alerts: { ...DEFAULT_SETTINGS.alerts, ...(s.alerts ?? {}) },
  };
}

/** The agent's settings with defaults, ignoring policy (what the options form edits). */
export async function loadAgentSettings(): Promise<Settings> {
  return withDefaults(await settingsItem.getValue());
}

/** Removes one entry (by id) from a list in the agent's own settings: knowledge sources or custom helpdesks kept
 *  there by earlier versions, now edited in their own options sections. Returns whether there was one. */
export async function removeFromAgentSettings(key: 'knowledgeSources' | 'customAdapters', id: string): Promise<boolean> {
  const settings = await loadAgentSettings();
  const list: { id: string }[] = settings[key];
  if (!list.some((item) => item.id === id)) return false;
  await settingsItem.setValue({ ...settings, [key]: list.filter((item) => item.id !== id) });
  if (key === 'knowledgeSources') {
    const headers = await knowledgeHeadersSecret.getValue();
    if (id in headers) {
      const { [id]: _gone, ...rest } = headers;
      await knowledgeHeadersSecret.setValue(rest);
    }
  }
  return true;
}

let cachedEffective: ReturnType<typeof loadEffective> | undefined;
let watchingStorage = false;

/**
 * The effective settings, read once and kept until any storage area changes (the agent saves, policy arrives).
 * The background asks on every ticket change, and Chromium's first read of managed storage after launch takes
 * seconds: without this, the panel would wait for it on every snapshot.
 */
function effective(): ReturnType<typeof loadEffective> {
  const onChanged = (globalThis as { chrome?: typeof chrome }).chrome?.storage?.onChanged;
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
