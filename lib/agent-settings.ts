// The agent's own settings as stored (WXT storage item `local:settings`), their schema and defaults, and the
// versioned migrations that upgrade what earlier versions stored. No policy here: lib/settings.ts puts the
// organisation's policy over these (through lib/policy/effective.ts, which reads this module; this module reads
// neither, so there is no import cycle).
//
// Versions of the stored shape:
//   1  (no version mark) whatever earlier versions wrote: the first kept only baseUrl, model, maxTokens, redact,
//      agentName and brandVoice; later ones added the policy-era fields one by one (features without aiAlerts...).
//   2  every field of `Settings`, nested features and alerts complete; `blockHelpdesks` never stored.
// The upgrade runs once per stored value, when a context first defines the item (WXT storage `migrations`), and
// writes the upgraded value back: before, the partial shape was filled in on every read and written back whole
// only when the agent pressed Save on the options page.
import * as z from 'zod';
import { storage } from 'wxt/utils/storage';
import { ALERT_KINDS, alertsSchema, featuresSchema } from './policy/schema';
import type { CustomAdapterPolicy, KnowledgeSource } from './policy/types';
import { apiKeySecret, knowledgeHeadersSecret } from './secrets';

const list = <T>() => z.array(z.custom<T>()).default([]);
const phrases = () => z.array(z.string()).optional();
const threshold = () => z.number().optional();

/** The agent's settings, with their defaults. Value checks are the policy's (lib/policy/schema.ts); the agent's
 *  own values are checked by the options form when saved. */
export const settingsSchema = z.object({
  /** Company gateway or proxy in front of the Messages API; empty: Anthropic's default endpoint. */
  baseUrl: z.string().default(''),
  model: z.string().default('claude-sonnet-4-5'),
  maxTokens: z.number().default(1024),
  /** Redact personal data before anything leaves the browser. */
  redact: z.boolean().default(true),
  agentName: z.string().default(''),
  brandVoice: z.string().default(''),
  /** The gateway at baseUrl authenticates on its own: requests carry no Anthropic key. */
  useGatewayWithoutKey: z.boolean().default(false),
  /** Helpdesk hosts Tandem works on ("*.zendesk.com", "support.example.com"); empty: every supported helpdesk. */
  allowedHelpdeskHosts: z.array(z.string()).default([]),
  /** Other helpdesks described by selectors (adapters/custom.ts). */
  customAdapters: list<CustomAdapterPolicy>(),
  knowledgeSources: list<KnowledgeSource>(),
  /** Tickets, drafts and chats older than this are deleted. */
  retentionDays: z.number().default(30),
  auditRetentionDays: z.number().default(180),
  /** The audit log may keep customer text (drafts inserted, alert evidence). Off: metadata only. */
  auditIncludeContent: z.boolean().default(false),
  /** Analytics totals may be exported. */
  analyticsExportAllowed: z.boolean().default(false),
  features: z.object({
    drafts: z.boolean().default(true),
    chat: z.boolean().default(true),
    sentiment: z.boolean().default(true),
    knowledge: z.boolean().default(true),
    analytics: z.boolean().default(true),
    aiAlerts: z.boolean().default(false),
  } satisfies Record<keyof typeof featuresSchema.shape, z.ZodType>).prefault({}),
  alerts: z.object({
    extraPhrases: z.object({
      anger: phrases(), legal_threat: phrases(), churn_risk: phrases(), human_requested: phrases(), urgency: phrases(), repeat_contact: phrases(),
    } satisfies Record<keyof typeof alertsSchema.shape.extraPhrases.shape, z.ZodType>).default({}),
    thresholds: z.object({
      anger: threshold(), angerCritical: threshold(), trendDelta: threshold(), trendNegative: threshold(), recencyDecay: threshold(),
    } satisfies Record<keyof typeof alertsSchema.shape.thresholds.shape, z.ZodType>).default({}),
    disabledKinds: z.array(z.enum(ALERT_KINDS)).default([]),
  }).prefault({}),
  /** The agent may add helpdesks of their own (custom adapters). The organisation can switch this off. */
  agentHelpdesks: z.boolean().default(true),
  /** The agent may add knowledge of their own (sources, file imports). The organisation can switch this off. */
  agentKnowledgeSources: z.boolean().default(true),
  /** Set only by the organisation's policy when Tandem fails closed: it works on no helpdesk. Never stored. */
  blockHelpdesks: z.boolean().optional(),
});

export type Settings = z.output<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = settingsSchema.parse({});

/** Defaults filled in under what the agent stored, nested objects included. Stays tolerant (no value checks):
 *  a value another context wrote since this one upgraded the item must still read as a whole `Settings`. */
export function withDefaults(stored: Partial<Settings> | null | undefined): Settings {
  const s = stored ?? {};
  return {
    ...DEFAULT_SETTINGS,
    ...s,
    features: { ...DEFAULT_SETTINGS.features, ...(s.features ?? {}) },
    alerts: { ...DEFAULT_SETTINGS.alerts, ...(s.alerts ?? {}) },
  };
}

export const SETTINGS_VERSION = 2;

/** Upgrades of the stored value, by the version they produce. */
export const settingsMigrations = {
  2: (old: Partial<Settings> | null): Settings => {
    const { blockHelpdesks: _never, ...upgraded } = withDefaults(old);
    return upgraded;
  },
};

/** The agent's own choices. */
export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: SETTINGS_VERSION,
  migrations: settingsMigrations,
});
/** The agent's own API key: same interface as a storage item, kept in lib/secrets. */
export const apiKeyItem = apiKeySecret;

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
