// Managed policy > agent settings > defaults. The merge is a pure function (`mergeSettings`) so it can be tested
// exhaustively; `loadEffective` gathers its inputs from storage, and `watchEffective` re-computes when the
// admin's policy (storage area 'managed') or the agent's settings change.
import { browser } from 'wxt/browser';
import { apiKeyItem, settingsItem, withDefaults, type Settings } from '../agent-settings';
import { apiKeyBaseUrlSecret, knowledgeHeadersSecret, type KnowledgeHeaders } from '../secrets';
import { closedPolicy, validatePolicy } from './validate';
import { FEATURE_NAMES, type FeatureName, type Features, type ManagedPolicy, type PolicyReport } from './types';

/** A setting the organisation decides; the options page shows it disabled. */
export type LockKey = keyof Settings | 'apiKey' | `features.${FeatureName}`;

export interface EffectiveSettings {
  settings: Settings;
  /** The key requests carry: the organisation's, the agent's, or '' when the gateway needs none. */
  apiKey: string;
  locked: Set<LockKey>;
  features: Features;
  policy: ManagedPolicy;
  policyReport: PolicyReport;
  /** The agent's key is kept back: it was saved for another base URL than the settings now name (saving the
   *  options again, by the agent, binds it to the new one). */
  apiKeyWithheld?: boolean;
}

/** Base URLs compared as the client uses them: trimmed, without a trailing slash. */
const withoutTrailingSlashes = (url: string) => {
  let end = url.length;
  while (end > 0 && url[end - 1] === '/') end--; // (a loop, not /\/+$/: linear on any text)
  return url.slice(0, end);
};
const sameBaseUrl = (a: string, b: string) => withoutTrailingSlashes(a.trim()) === withoutTrailingSlashes(b.trim());

/**
 * The agent's key, only for the base URL it was saved for. A key from before the binding existed (bound: null) is
 * bound to the base URL of the settings on first use ("trust on first use": that was the agent's setting then).
 */
export async function keyForBaseUrl(
  key: string,
  bound: string | null,
  baseUrl: string,
  bind: (url: string) => Promise<void> = (url) => apiKeyBaseUrlSecret.setValue(url),
): Promise<{ key: string; withheld: boolean }> {
  if (!key) return { key, withheld: false };
  if (bound === null) {
    await bind(baseUrl.trim());
    return { key, withheld: false };
  }
  return sameBaseUrl(bound, baseUrl) ? { key, withheld: false } : { key: '', withheld: true };
}

/** Pure merge. `agent` is what the agent stored (defaults already filled in). */
export function mergeSettings(
  agent: Settings,
  agentApiKey: string,
  policy: ManagedPolicy,
): { settings: Settings; apiKey: string; locked: Set<LockKey> } {
  const settings: Settings = {
    ...agent,
    features: { ...agent.features },
    alerts: { ...agent.alerts },
  };
  const locked = new Set<LockKey>();
  let apiKey = agentApiKey;
  delete settings.blockHelpdesks; // only policy closes Tandem

  const direct = [
    ['apiBaseUrl', 'baseUrl'],
    ['model', 'model'],
    ['maxTokens', 'maxTokens'],
    ['brandVoice', 'brandVoice'],
    ['allowedHelpdeskHosts', 'allowedHelpdeskHosts'],
    ['customAdapters', 'customAdapters'],
    ['knowledgeSources', 'knowledgeSources'],
    ['retentionDays', 'retentionDays'],
    ['auditRetentionDays', 'auditRetentionDays'],
    ['auditIncludeContent', 'auditIncludeContent'],
    ['analyticsExportAllowed', 'analyticsExportAllowed'],
    ['agentHelpdesks', 'agentHelpdesks'],
    ['agentKnowledgeSources', 'agentKnowledgeSources'],
  ] as const satisfies readonly (readonly [keyof ManagedPolicy, keyof Settings])[];
  for (const [from, to] of direct) {
    if (policy[from] === undefined) continue;
    (settings as unknown as Record<string, unknown>)[to] = policy[from];
    locked.add(to);
  }

  if (policy.apiKey !== undefined) {
    apiKey = policy.apiKey;
    settings.useGatewayWithoutKey = false;
    // The organisation's key goes only where the organisation says: its gateway, or Anthropic's own endpoint.
    // Otherwise an agent could point the base URL at any server and receive the key with the first request.
    settings.baseUrl = policy.apiBaseUrl ?? '';
    locked.add('apiKey').add('useGatewayWithoutKey').add('baseUrl');
  } else if (policy.useGatewayWithoutKey !== undefined) {
    settings.useGatewayWithoutKey = policy.useGatewayWithoutKey;
    locked.add('useGatewayWithoutKey');
    if (policy.useGatewayWithoutKey) locked.add('apiKey');
  }
  // Without a key for the gateway, the agent's own Anthropic key must not travel to it either.
  if (settings.useGatewayWithoutKey) apiKey = '';

  // "Redaction required" only ever forces redaction on; false leaves the choice to the agent.
  if (policy.redactionRequired) {
    settings.redact = true;
    locked.add('redact');
  }

  for (const name of FEATURE_NAMES) {
    const value = policy.features?.[name];
    if (value === undefined) continue;
    settings.features[name] = value;
    locked.add(`features.${name}`);
  }

  if (policy.alerts) {
    settings.alerts = { ...settings.alerts, ...policy.alerts };
    locked.add('alerts');
  }

  // Fail closed: no helpdesk at all (isHelpdeskHostAllowed says no everywhere).
  if (policy.blockHelpdesks) {
    settings.blockHelpdesks = true;
    settings.allowedHelpdeskHosts = [];
    locked.add('allowedHelpdeskHosts');
  }
  // Without the agent's own additions, what the agent's settings listed from earlier versions goes too (the
  // organisation's own lists, when set, were applied above).
  if (policy.agentHelpdesks === false && policy.customAdapters === undefined) {
    settings.customAdapters = [];
    locked.add('customAdapters');
  }
  if (policy.agentKnowledgeSources === false && policy.knowledgeSources === undefined) {
    settings.knowledgeSources = [];
    locked.add('knowledgeSources');
  }
  return { settings, apiKey, locked };
}

/** The slice of a StorageArea we read: chrome.storage.managed / browser.storage.managed. */
export interface ManagedArea {
  get(keys?: null | string | string[]): Promise<Record<string, unknown>>;
}

function defaultManagedArea(): ManagedArea | undefined {
  return (browser as unknown as { storage?: { managed?: ManagedArea } }).storage?.managed;
}

/** Firefox rejects the read when no policies.json names the extension: that is "no policy", not a failure. */
const NO_POLICY_ERRORS = /managed storage manifest not found|managed storage.*not (found|available)/i;

/** Waits between read attempts: one quick retry for a hiccup, one slower, then fail closed (and retry later). */
export const READ_RETRY_DELAYS_MS = [200, 1000];
/** While the policy cannot be read, how often the worker and open pages try again. */
export const UNREADABLE_RETRY_MS = 15_000;

/**
 * Read the raw managed storage. No API (unit tests, some browsers) or no policy installed: an empty policy. Any
 * other failure is retried, and if it persists the source is 'unreadable': the caller fails closed (the
 * organisation's limits are unknown, so none may be assumed away).
 */
export async function readManagedPolicy(
  area: ManagedArea | undefined = defaultManagedArea(),
  retryDelaysMs: number[] = READ_RETRY_DELAYS_MS,
): Promise<{ raw: Record<string, unknown>; source: PolicyReport['source']; readError?: string }> {
  if (!area?.get) return { raw: {}, source: 'none' };
  for (let attempt = 0; ; attempt++) {
    try {
      const raw = (await area.get(null)) ?? {};
      return { raw, source: Object.keys(raw).length ? 'managed' : 'none' };
    } catch (err) {
      const readError = err instanceof Error ? err.message : String(err);
      if (NO_POLICY_ERRORS.test(readError)) return { raw: {}, source: 'none', readError };
      if (attempt >= retryDelaysMs.length) return { raw: {}, source: 'unreadable', readError };
      await new Promise((resolve) => setTimeout(resolve, retryDelaysMs[attempt]));
    }
  }
}

export interface EffectiveInputs {
  managedArea?: ManagedArea;
  agent?: Partial<Settings> | null;
  agentApiKey?: string;
  /** The base URL the agent's key was saved for (lib/secrets apiKeyBaseUrlSecret); null: not bound yet. */
  agentApiKeyBaseUrl?: string | null;
  /** Headers of the agent's knowledge sources, by id (kept with the secrets, not in the settings). */
  agentKnowledgeHeaders?: KnowledgeHeaders;
}

/** The agent's stored settings with their knowledge sources' headers put back from the secrets: only for a
 *  source whose URL is still the one the headers were given for. */
function withKnowledgeHeaders(agent: Settings, headers: KnowledgeHeaders): Settings {
  const own = (s: { id: string; url: string }) => (headers[s.id]?.url === s.url ? headers[s.id].headers : undefined);
  if (!agent.knowledgeSources.some(own)) return agent;
  return { ...agent, knowledgeSources: agent.knowledgeSources.map((s) => (own(s) ? { ...s, headers: own(s) } : s)) };
}

export async function loadEffective(inputs: EffectiveInputs = {}): Promise<EffectiveSettings> {
  const [managed, agentStored, storedApiKey, keyBaseUrl, headers] = await Promise.all([
    readManagedPolicy('managedArea' in inputs ? inputs.managedArea : defaultManagedArea()),
    'agent' in inputs ? inputs.agent : settingsItem.getValue(),
    'agentApiKey' in inputs ? inputs.agentApiKey ?? '' : apiKeyItem.getValue(),
    // (tests that give the key give its binding too, or none: then it is taken as bound to the settings' URL)
    'agentApiKey' in inputs ? ('agentApiKeyBaseUrl' in inputs ? inputs.agentApiKeyBaseUrl ?? null : undefined) : apiKeyBaseUrlSecret.getValue(),
    'agentKnowledgeHeaders' in inputs ? inputs.agentKnowledgeHeaders ?? {} : knowledgeHeadersSecret.getValue(),
  ]);
  const agent = withDefaults(agentStored);
  const { key: agentApiKey, withheld } =
    keyBaseUrl === undefined
      ? { key: storedApiKey, withheld: false }
      : await keyForBaseUrl(storedApiKey, keyBaseUrl, agent.baseUrl, 'agentApiKey' in inputs ? async () => {} : undefined);
  const { policy, report } = managed.source === 'unreadable'
    ? { policy: closedPolicy(), report: { applied: [], rejected: [], failedClosed: 'unreadable' as const } }
    : validatePolicy(managed.raw);
  const merged = mergeSettings(withKnowledgeHeaders(agent, headers), agentApiKey, policy);
  return {
    ...merged,
    // (only when the agent's key is the one in question: not under the organisation's key or a keyless gateway)
    ...(withheld && policy.apiKey === undefined && !merged.settings.useGatewayWithoutKey ? { apiKeyWithheld: true } : {}),
    features: merged.settings.features,
    policy,
    policyReport: { ...report, source: managed.source, ...(managed.readError ? { readError: managed.readError } : {}) },
  };
}

/** Calls `onChange` with fresh effective settings whenever the policy or the agent's settings change.
 *  Returns the unsubscribe function. */
export function watchEffective(onChange: (effective: EffectiveSettings) => void, { initial = false } = {}): () => void {
  let stopped = false;
  let generation = 0;
  let retry: ReturnType<typeof setTimeout> | undefined;
  const refresh = () => {
    const mine = ++generation;
    clearTimeout(retry);
    void loadEffective().then((e) => {
      // Only the latest read wins: two quick changes must not leave the older result on screen.
      if (stopped || mine !== generation) return;
      onChange(e);
      // The policy could not be read: Tandem stays closed, and tries again (no change event will come).
      if (e.policyReport.source === 'unreadable') retry = setTimeout(refresh, UNREADABLE_RETRY_MS);
    });
  };
  const onStorage = (_changes: unknown, area: string) => {
    if (area === 'managed') refresh();
  };
  browser.storage.onChanged.addListener(onStorage);
  const unwatchSettings = settingsItem.watch(refresh);
  // Every secret write bumps one counter: this hears the key and the knowledge headers alike.
  const unwatchKey = apiKeyItem.watch(refresh);
  if (initial) refresh();
  return () => {
    stopped = true;
    clearTimeout(retry);
    browser.storage.onChanged.removeListener(onStorage);
    unwatchSettings();
    unwatchKey();
  };
}

/** Whether Tandem may work on this URL's host under `allowedHelpdeskHosts` (empty list: everywhere it can). */
export function isHelpdeskHostAllowed(settings: Pick<Settings, 'allowedHelpdeskHosts' | 'blockHelpdesks'>, url: string): boolean {
  if (settings.blockHelpdesks) return false; // failed closed
  if (settings.allowedHelpdeskHosts.length === 0) return true;
  let host: string;
  try {
    host = new URL(url).host.toLowerCase();
  } catch {
    return false;
  }
  return settings.allowedHelpdeskHosts.some((pattern) => {
    if (pattern.startsWith('*.')) {
      const base = pattern.slice(2);
      return host === base || host.endsWith(`.${base}`);
    }
    return host === pattern;
  });
}
